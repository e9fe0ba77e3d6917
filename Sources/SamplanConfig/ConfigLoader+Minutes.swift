import ICal
import SamplanCore

extension ConfigLoader {
    /// The day number of the date in a meeting id, for ordering minutes (0 when it is none).
    static func dayOf(_ meeting: String) -> Int { MeetingID(meeting)?.date.dayNumber ?? 0 }

    /// Judges minutes against the schedule and reports what does not hold at the place it was written:
    /// minutes of a cancelled meeting or of one that has not started by `now` (when given), an item
    /// title the meeting's agenda does not have (naming the nearest), an action due before the
    /// meeting. Returns the activities with the minutes' follow-ups added, dated the day each meeting
    /// was held.
    static func checkMinutes(_ configuration: Configuration, minutes: [(Minutes, MinutesPositions)], parser: ConfigParser, now: Int?)
        -> [Activity]
    {
        let diagnostics = parser.diagnostics
        let years = minutes.compactMap { MeetingID($0.0.meeting)?.date.year }
        guard let first = years.min(), let last = years.max() else { return configuration.activities }
        let schedule = ScheduleBuilder.build(configuration, years: (first - 1)...(last + 1))
        let builder = AgendaBuilder(configuration: configuration, schedule: schedule)
        let dates = DateText(configuration.organization.language)
        for (record, positions) in minutes {
            // A meeting the schedule does not have is reported with the other meeting references.
            guard let meeting = schedule.meeting(named: record.meeting) else { continue }
            if meeting.status == .cancelled {
                diagnostics.report(positions.meeting, .minutesOfCancelledMeeting(record.meeting))
                continue
            }
            if let now, meeting.start.epochSeconds > now {
                diagnostics.report(positions.meeting, .minutesBeforeMeeting(record.meeting, dates.dateTime(meeting.start.local)))
            }
            let titles = builder.agenda(for: meeting, asOf: meeting.start.local.date).items.map(\.title)
            let normalized = Set(titles.map(normalize))
            for (title, position) in positions.items where !normalized.contains(normalize(title)) {
                diagnostics.report(
                    position, .unknownAgendaItem(title, meeting: record.meeting, suggestion: MappingReader.closest(to: title, in: titles)))
            }
            for (due, position) in positions.dues where due < meeting.start.local.date {
                diagnostics.report(position, .actionDueBeforeMeeting(due.description, meeting: dates.date(meeting.start.local.date)))
            }
        }
        return configuration.addingMinutesFollowUps { schedule.meeting(named: $0)?.start.local.date }
    }

    private static func normalize(_ title: String) -> String {
        title.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
