import ICal

/// The DESCRIPTION of a meeting's event: the agenda as plain text, the participants by name and
/// title (never an address: the same text goes into public feeds), and the links written out in the
/// text, since several clients ignore URL.
enum EventDescription {
    static func text(
        meeting: Meeting, body: Body?, areas: [FocusArea], participants: [EventContent.Participant], agenda: String?, url: String,
        language: Language
    ) -> String {
        let words = language.words
        let dates = DateText(language)
        var lines: [String] = []
        if meeting.status == .cancelled {
            lines.append(words.meeting.cancelledSentence + (meeting.cancellationReason.map { ": " + $0 } ?? "."))
            lines.append("")
        }
        if let move = meeting.move {
            lines.append(words.meeting.movedNote(from: dates.dateTime(move.previousStart), reason: move.reason) + ".")
        }
        if let follows = meeting.follows {
            lines.append(words.meeting.movedNote(from: dates.longDate(follows.from), reason: follows.reason(in: language)) + ".")
        }
        if let shift = meeting.shift {
            lines.append(words.meeting.movedNote(from: dates.longDate(shift.from), reason: shift.reason.text(in: language)) + ".")
        }
        if let online = meeting.online {
            lines.append(words.feed.joinOnline(online))
        }
        lines.append(words.feed.agendaLink(url))
        lines.append("")
        if let agenda, !agenda.isEmpty {
            lines.append(agenda)
        } else {
            if !areas.isEmpty {
                lines.append(words.feed.focusAreas + ":")
                for area in areas { lines.append("- \(area.id) \(area.name)") }
                lines.append("")
            }
            let items = (body?.standingAgenda ?? []) + (body?.special.filter { $0.month == meeting.start.local.date.month }.flatMap(\.items) ?? [])
            if !items.isEmpty {
                lines.append(words.agenda.agenda + ":")
                for (number, item) in items.enumerated() { lines.append("\(number + 1). \(item.title)") }
                lines.append("")
            }
        }
        if !participants.isEmpty {
            lines.append(words.feed.participants + ":")
            for participant in participants {
                lines.append("- " + participant.name + (participant.title.map { ", " + $0 } ?? ""))
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
