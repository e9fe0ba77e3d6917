public import ICal

/// The one date and time formatter; its words come from `Words.dates` of the language.
///
/// ```swift
/// DateText(.sv).span(start, end)   // "torsdag 15 maj 2025 kl. 13.00–15.30"
/// DateText(.en).span(start, end)   // "Thursday 15 May 2025, 13:00–15:30"
/// ```
public struct DateText: Sendable {
    /// The language written in.
    public let language: Language

    /// A formatter for `language`.
    public init(_ language: Language) {
        self.language = language
        catalog = language.words
    }

    // The catalog itself (a class), not a copy of its date words: formatters are made per text.
    private let catalog: Words

    /// The weekday's name ("torsdag", "Thursday").
    public func weekday(_ day: Weekday) -> String { catalog.dates.weekdays[day.isoNumber - 1] }

    /// The month's name ("maj", "May").
    public func month(_ month: Int) -> String { catalog.dates.months[month - 1] }

    /// "15 maj 2025" / "15 May 2025".
    public func date(_ date: LocalDate) -> String { "\(date.day) \(month(date.month)) \(date.year)" }

    /// "torsdag 15 maj 2025" / "Thursday 15 May 2025".
    public func longDate(_ date: LocalDate) -> String { "\(weekday(date.weekday)) \(self.date(date))" }

    /// "13.00" / "13:00".
    public func time(_ time: LocalTime) -> String {
        let minute = time.minute < 10 ? "0\(time.minute)" : "\(time.minute)"
        return "\(time.hour)" + catalog.dates.timeSeparator + minute
    }

    /// "torsdag 15 maj 2025 kl. 13.00–15.30"; a meeting that ends on another day names both dates.
    public func span(_ start: LocalDateTime, _ end: LocalDateTime) -> String {
        let at = catalog.dates.at
        if start.date == end.date {
            return longDate(start.date) + at + time(start.time) + "–" + time(end.time)
        }
        return longDate(start.date) + at + time(start.time) + " – " + longDate(end.date) + at + time(end.time)
    }

    /// "torsdag 15 maj 2025 kl. 13.00".
    public func dateTime(_ value: LocalDateTime) -> String {
        longDate(value.date) + catalog.dates.at + time(value.time)
    }

    /// "13.00–13.05" / "13:00–13:05": the clock times of an agenda item.
    public func clockSpan(_ start: LocalTime, _ end: LocalTime) -> String { time(start) + "–" + time(end) }

    /// "13.00–13.05", or "13.00" for an agenda item without a length.
    public func clock(_ start: LocalDateTime, _ end: LocalDateTime?) -> String {
        guard let end else { return time(start.time) }
        return clockSpan(start.time, end.time)
    }

    /// A length of time as people say it: "45 min", "2 tim 30 min" / "2 h 30 min".
    public func minutes(_ total: Int) -> String {
        let sign = total < 0 ? "-" : ""
        let hours = abs(total) / 60
        let minutes = abs(total) % 60
        let hour = catalog.dates.hours
        let min = catalog.dates.minutes
        switch (hours, minutes) {
        case (0, _): return "\(sign)\(minutes) \(min)"
        case (_, 0): return "\(sign)\(hours) \(hour)"
        default: return "\(sign)\(hours) \(hour) \(minutes) \(min)"
        }
    }
}
