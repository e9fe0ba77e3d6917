import ICal

/// The DESCRIPTION of a meeting's event: the agenda as plain text, the participants by name and
/// title (never an address: the same text goes into public feeds), and the links written out in the
/// text, since several clients ignore URL.
enum EventDescription {
    static func text(
        meeting: Meeting, body: Body?, areas: [FocusArea], participants: [EventContent.Participant], agenda: String?, url: String,
        language: Language
    ) -> String {
        let sv = language == .sv
        let dates = DateText(language)
        var lines: [String] = []
        if meeting.status == .cancelled {
            lines.append((sv ? "Mötet är inställt" : "The meeting is cancelled") + (meeting.cancellationReason.map { ": " + $0 } ?? "."))
            lines.append("")
        }
        if let move = meeting.move {
            lines.append((sv ? "Flyttat från " : "Moved from ") + dates.dateTime(move.previousStart) + (move.reason.map { " (\($0))" } ?? "."))
        }
        if let shift = meeting.shift {
            lines.append((sv ? "Flyttat från " : "Moved from ") + dates.longDate(shift.from) + " (" + shift.reason.text(in: language) + ").")
        }
        if let online = meeting.online {
            lines.append((sv ? "Delta digitalt: " : "Join online: ") + online)
        }
        lines.append((sv ? "Dagordning: " : "Agenda: ") + url)
        lines.append("")
        if let agenda, !agenda.isEmpty {
            lines.append(agenda)
        } else {
            if !areas.isEmpty {
                lines.append(sv ? "Fokusområden:" : "Focus areas:")
                for area in areas { lines.append("- \(area.id) \(area.name)") }
                lines.append("")
            }
            let items = (body?.standingAgenda ?? []) + (body?.special.filter { $0.month == meeting.start.local.date.month }.flatMap(\.items) ?? [])
            if !items.isEmpty {
                lines.append(sv ? "Dagordning:" : "Agenda:")
                for (number, item) in items.enumerated() { lines.append("\(number + 1). \(item.title)") }
                lines.append("")
            }
        }
        if !participants.isEmpty {
            lines.append(sv ? "Deltagare:" : "Participants:")
            for participant in participants {
                lines.append("- " + participant.name + (participant.title.map { ", " + $0 } ?? ""))
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
