/// A calendar date without a time zone (proleptic Gregorian), as meetings are planned.
///
/// ```swift
/// let date = LocalDate(year: 2026, month: 5, day: 14)!
/// date.weekday            // .thursday
/// date.adding(days: 1)    // 2026-05-15
/// ```
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31.
    public let day: Int

    /// A date, or nil when the day does not exist (2025-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day).
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// 1 January of `year` (clamped to 1...9999, the years a `LocalDate` can hold).
    public static func first(ofYear year: Int) -> LocalDate {
        LocalDate(dayNumber: LocalDate(clampedYear: year, month: 1, day: 1).dayNumber)
    }

    /// 31 December of `year` (clamped to 1...9999).
    public static func last(ofYear year: Int) -> LocalDate {
        LocalDate(dayNumber: LocalDate(clampedYear: year, month: 12, day: 31).dayNumber)
    }

    /// A date of a valid month and day in `year` clamped to 1...9999; never fails.
    private init(clampedYear year: Int, month: Int, day: Int) {
        self.year = min(max(year, 1), 9999)
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((dayNumber % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[index]
    }

    /// This date moved by a number of days.
    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// This date moved by whole months, the day clamped to the target month's length.
    public func adding(months: Int) -> LocalDate {
        // Clamped to years 1...9999, so an absurd duration in a config cannot produce an invalid date.
        let index = min(max(year * 12 + (month - 1) + months, 12), 9999 * 12 + 11)
        let y = index / 12
        let m = index % 12 + 1
        return LocalDate(clampedYear: y, month: m, day: min(day, LocalDate.daysIn(month: m, year: y)))
    }

    /// The latest date on or before this one that falls on `weekday`.
    public func onOrBefore(_ weekday: Weekday) -> LocalDate {
        let back = (self.weekday.isoNumber - weekday.isoNumber + 7) % 7
        return adding(days: -back)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        // Built from ASCII digits directly: ids and feeds format thousands of dates.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        let digit = { (value: Int) in UInt8(48 + value % 10) }
        let y = min(max(year, 0), 9999)
        bytes += [digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), 45, digit(month / 10), digit(month), 45, digit(day / 10), digit(day)]
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }
}

/// Zero-padded decimal, shared by the ISO descriptions.
func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
