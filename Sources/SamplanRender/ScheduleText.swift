import ICal
public import SamplanCore

/// The schedule as people read it in a terminal: one line per meeting, then indented notes on
/// shifts, moves, cancellations and focus areas.
///
/// ```
/// samrad-2026-05-14  Samråd HSVO Knivsta  fredag 15 maj 2026 kl. 13.00–15.30  Kommunhuset, sal Alsike
///                    ↳ Flyttat från torsdag 14 maj 2026 (Kristi himmelsfärds dag)
/// ```
public enum ScheduleText {
    /// The listing of `schedule` in `language`.
    public static func render(_ schedule: Schedule, configuration: Configuration, language: Language) -> String {
        let format = DateText(language)
        let words = language.words
        let said = words.meeting
        let idWidth = schedule.meetings.map(\.id.count).max() ?? 0
        let titleWidth = schedule.meetings.map(\.title.count).max() ?? 0
        let indent = String(repeating: " ", count: idWidth + 2) + "↳ "
        let range =
            schedule.years.lowerBound == schedule.years.upperBound
            ? "\(schedule.years.lowerBound)" : "\(schedule.years.lowerBound)–\(schedule.years.upperBound)"
        var lines = [
            words.schedule.heading(range, "\(configuration.organization.name) (\(configuration.organization.timeZone))"),
            "",
        ]
        for meeting in schedule.meetings {
            let when = format.span(meeting.start.local, meeting.end.local)
            var line = meeting.id.padded(to: idWidth) + "  " + meeting.title.padded(to: titleWidth) + "  " + when
            if let location = meeting.location { line += "  " + location }
            if meeting.status == .cancelled { line = said.cancelledMark + " " + line }
            lines.append(line)
            var notes: [String] = []
            if let follows = meeting.follows {
                notes.append(said.movedNote(from: format.longDate(follows.from), reason: follows.reason(in: language)))
            }
            if let shift = meeting.shift {
                notes.append(said.movedNote(from: format.longDate(shift.from), reason: shift.reason.text(in: language)))
            }
            if let conflict = meeting.conflict {
                notes.append(said.labelled(said.note, reason: said.fallsOn(conflict.text(in: language))))
            }
            if let move = meeting.move {
                notes.append(said.movedNote(from: format.dateTime(move.previousStart), reason: move.reason))
            }
            if meeting.status == .cancelled {
                notes.append(said.labelled(said.cancelled, reason: meeting.cancellationReason))
            }
            if meeting.isExtra {
                notes.append(said.labelled(said.extra, reason: meeting.extraReason))
            }
            if !meeting.focus.isEmpty {
                let names = meeting.focus.map { id in
                    configuration.focusAreas.first { $0.id == id }.map { "\(id) \($0.name)" } ?? id
                }
                notes.append(said.labelled(said.focus, reason: names.joined(separator: "; ")))
            }
            lines += notes.map { indent + $0 }
        }
        if schedule.meetings.isEmpty { lines.append(words.schedule.noMeetings) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padded(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
