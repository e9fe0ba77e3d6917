public import ICal
public import SamplanCore

/// Flags as the strategist reads them in a terminal: per meeting, grouped by whom to ask. First what
/// concerns the meeting itself (a missing activity list, double bookings, an overlong agenda), then
/// one group per responsible person (name, title and e-mail) in the order of people.yaml, then the
/// activities nobody is responsible for; one line per activity (or overdue åtgärd) with every reason,
/// in the organization's words. `flags --format json` keeps the rule codes.
///
/// ```
/// Flaggor per 20 april 2025 – HSVO Knivsta
///
/// samrad-2025-05-08  Samråd HSVO Knivsta  torsdag 8 maj 2025 kl. 13.00–15.30
///   Anna Andersson, socialchef <anna.andersson@knivsta.se>
///     - Följa upp arbetet med suicidprevention (a2-suicidprevention, från 2024): ingen uppföljning sedan mötet 9 januari 2025
///   Utan ansvarig
///     - I samverkan skapa gemensamma utbildningstillfällen (c1-…): saknar uppföljning; saknar ansvarig
/// ```
public enum FlagsText {
    /// The listing of `flags` of `meetings` (meetings without flags say so), as of `asOf`.
    public static func render(_ flags: [MeetingFlag], meetings: [Meeting], asOf: LocalDate, configuration: Configuration) -> String {
        let language = configuration.organization.language
        let words = language.words.flags
        let dates = DateText(language)
        var lines = [words.heading(dates.date(asOf)) + " – " + configuration.organization.name]
        let byMeeting = Dictionary(grouping: flags, by: \.meeting)
        let activities = Dictionary(configuration.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let peopleOrder = Dictionary(configuration.people.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for meeting in meetings {
            lines.append("")
            lines.append("\(meeting.id)  \(meeting.title)  \(dates.span(meeting.start.local, meeting.end.local))")
            let own = byMeeting[meeting.id] ?? []
            if own.isEmpty { lines.append("  " + words.noFlags) }
            let concernsPerson = { (flag: MeetingFlag) in
                flag.rule.concernsActivity || flag.rule == .actionOverdue || flag.rule == .presentationNotHeld
            }
            let aboutMeeting = own.filter { !concernsPerson($0) }
            if !aboutMeeting.isEmpty {
                lines.append("  " + words.aboutMeeting)
                for flag in aboutMeeting { lines.append("    - " + flag.message(in: language)) }
            }
            // Activity flags come grouped by activity; keep that order within each person's group. An
            // overdue åtgärd goes to its responsible person, under its id; a presentation not held to the
            // person responsible for its activity, else to the presenter.
            var groups: [String?: [(activity: String, flags: [MeetingFlag])]] = [:]
            for flag in own where concernsPerson(flag) {
                var id = flag.activity ?? flag.subject
                var responsible = activities[id]?.responsible
                if case let .action(action, _) = flag.detail {
                    id = action
                    responsible = flag.person
                } else if flag.rule == .presentationNotHeld, responsible == nil {
                    responsible = flag.person
                }
                var group = groups[responsible] ?? []
                if let last = group.indices.last, group[last].activity == id {
                    group[last].flags.append(flag)
                } else {
                    group.append((id, [flag]))
                }
                groups[responsible] = group
            }
            let people = groups.keys.compactMap { $0 }.sorted { (peopleOrder[$0] ?? Int.max, $0) < (peopleOrder[$1] ?? Int.max, $1) }
            for key in people.map(Optional.some) + [nil] {
                guard let entries = groups[key] else { continue }
                lines.append("  " + (key.map { header(of: $0, configuration) } ?? words.withoutResponsible))
                for entry in entries {
                    var tags = [entry.activity]
                    if let origin = activities[entry.activity]?.origin(shownIn: meeting.start.local.date.year) {
                        tags.append(language.words.followUp.fromYear("\(origin)"))
                    }
                    let title = entry.flags.first?.subject ?? entry.activity
                    let reasons = entry.flags.map { $0.reason(in: language) }.joined(separator: "; ")
                    lines.append("    - \(title) (\(tags.joined(separator: ", "))): \(reasons)")
                }
            }
        }
        if meetings.isEmpty {
            lines.append("")
            lines.append(words.noUpcoming)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Anna Andersson, socialchef <anna@knivsta.se>": whom to ask, and how to reach them.
    static func header(of person: String, _ configuration: Configuration) -> String {
        guard let known = configuration.person(person) else { return person }
        var text = known.name
        if let title = known.title, !title.isEmpty, !known.name.lowercased().contains(title.lowercased()) { text += ", " + title }
        if let email = known.email, !email.isEmpty { text += " <" + email + ">" }
        return text
    }
}
