import ICal
public import SamplanCore

/// The skeleton of `minutes/<meeting-id>.yaml` that `samplan minutes ID --template` prints, to be
/// filled in after the meeting: every member present (to edit), the invited presenters as guests,
/// one entry per agenda item, the activities of the meeting's focus areas (all of the year's work at
/// a samråd's May meeting) with their latest status, and the body's open åtgärder, each as a
/// commented line ready to fill in. It validates as printed.
///
/// ```swift
/// print(MinutesTemplate.yaml(agenda: agenda, configuration: configuration))
/// ```
public enum MinutesTemplate {
    /// The template of the meeting of `agenda`.
    public static func yaml(agenda: Agenda, configuration: Configuration) -> String {
        let language = configuration.organization.language
        let words = language.words.minutes
        let dates = DateText(language)
        let meeting = agenda.meeting
        let quoted = ActivityListYAML.quoted
        var lines = [
            "# " + words.templateHeading(meeting.title, dates.span(meeting.start.local, meeting.end.local)),
            "# " + words.templateSave("minutes/\(meeting.id).yaml"),
            "meeting: \(meeting.id)",
            "attendance:",
            "  # " + words.templatePresent,
            "  present: [" + agenda.participants.map(\.person).map(quoted).joined(separator: ", ") + "]",
            "  absent: []",
            "  # " + words.templateSubstitutes,
            "  substitutes: []",
            "  # " + words.templateGuests,
        ]
        var guests: [String] = []
        let members = Set(agenda.participants.map(\.person))
        for (_, presentation) in agenda.presentations where !members.contains(presentation.person ?? "") {
            let entry =
                presentation.person.map(quoted)
                ?? "{name: \(quoted(presentation.name))" + (presentation.organization.map { ", organization: \(quoted($0))" } ?? "") + "}"
            if !guests.contains(entry) { guests.append(entry) }
        }
        lines.append("  guests: [" + guests.joined(separator: ", ") + "]")
        lines.append("# " + words.templateNotes)
        lines.append(agenda.items.isEmpty ? "items: []" : "items:")
        for item in agenda.items {
            lines.append("  - item: \(quoted(item.title))")
            lines.append("    # notes: \"\"")
            lines.append("    # decisions: [\"\"]")
        }
        lines.append("# " + words.templateFollowUps)
        lines.append("followups:")
        var listed = Set<String>()
        let activities = agenda.focus.flatMap { $0.goals.flatMap(\.activities) }
        for line in activities where listed.insert(line.activity.id).inserted {
            let latest = line.latest.map { words.templateLatest(($0.status.map { $0.label(in: language).lowercased() + ", " } ?? "") + dates.date($0.date)) }
            lines.append(
                "  # - {activity: \(line.activity.id), status: , text: \"\"}   # " + comment(line.activity.title)
                    + (latest.map { " (" + $0 + ")" } ?? ""))
        }
        for lacking in agenda.lackingFollowUp where listed.insert(lacking.activity.id).inserted {
            lines.append("  # - {activity: \(lacking.activity.id), status: , text: \"\"}   # " + comment(lacking.activity.title))
        }
        lines.append("actions:")
        lines.append("  # " + words.templateActions)
        lines.append("  # - {text: \"\", responsible: , due: }")
        lines.append("done:")
        if !agenda.openActions.isEmpty { lines.append("  # " + words.templateDone) }
        for open in agenda.openActions {
            var note = comment(open.action.text)
            let who = [open.responsible, open.action.due.map(dates.date)].compactMap { $0 }
            if !who.isEmpty { note += " (" + who.joined(separator: ", ") + ")" }
            lines.append("  # - \(quoted(open.action.id))   # " + note)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe inside a one-line YAML comment.
    private static func comment(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
