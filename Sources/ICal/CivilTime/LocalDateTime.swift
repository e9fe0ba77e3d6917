/// A date and wall-clock time without a zone; the zone is the organization's.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar date.
    public let date: LocalDate
    /// The wall-clock time.
    public let time: LocalTime

    /// Combines a date and a time.
    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// Parses `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM`.
    public init?(text: some StringProtocol) {
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2, let d = LocalDate(iso: parts[0]), let t = LocalTime(text: parts[1]) else { return nil }
        self.init(date: d, time: t)
    }

    /// Minutes since 1970-01-01 00:00 of the same wall clock (no zone).
    public var wallMinutes: Int { date.dayNumber * 1440 + time.minutesSinceMidnight }

    /// The wall-clock time `minutes` later (ignoring zone transitions).
    public func adding(minutes: Int) -> LocalDateTime {
        let total = wallMinutes + minutes
        let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
        let rest = total - days * 1440
        return LocalDateTime(date: LocalDate(dayNumber: days), time: LocalTime(hour: rest / 60, minute: rest % 60)!)
    }

    /// `YYYY-MM-DDTHH:MM:00`.
    public var description: String { "\(date)T\(time):00" }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool { (lhs.date, lhs.time) < (rhs.date, rhs.time) }
}
