public import ICal

/// An ISO 8601 duration (`PT2H30M`, `-P21D`, `P12M`), as written in the configuration.
///
/// ```swift
/// let lead = ISODuration(text: "-P21D")!
/// lead.adding(to: LocalDate(year: 2025, month: 5, day: 8)!)   // 2025-04-17
/// ```
public struct ISODuration: Hashable, Sendable, CustomStringConvertible {
    /// True for a negative duration (`-P1D`).
    public var isNegative: Bool
    /// Calendar parts.
    public var years = 0, months = 0, weeks = 0, days = 0
    /// Clock parts.
    public var hours = 0, minutes = 0, seconds = 0

    /// An explicit duration.
    public init(
        isNegative: Bool = false, years: Int = 0, months: Int = 0, weeks: Int = 0, days: Int = 0,
        hours: Int = 0, minutes: Int = 0, seconds: Int = 0
    ) {
        self.isNegative = isNegative
        self.years = years
        self.months = months
        self.weeks = weeks
        self.days = days
        self.hours = hours
        self.minutes = minutes
        self.seconds = seconds
    }

    /// Parses `[+-]P[nY][nM][nW][nD][T[nH][nM][nS]]` with at least one part; nil otherwise.
    public init?(text: String) {
        var rest = Substring(text.uppercased())
        isNegative = false
        if rest.first == "-" || rest.first == "+" {
            isNegative = rest.first == "-"
            rest = rest.dropFirst()
        }
        guard rest.first == "P" else { return nil }
        rest = rest.dropFirst()
        var inTime = false
        var number = ""
        var seen = Set<String>()
        for character in rest {
            if character.isASCII, character.isNumber {
                number.append(character)
                continue
            }
            if character == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            guard let value = Int(number), number.count <= 6 else { return nil }
            let unit = (inTime ? "T" : "") + String(character)
            guard seen.insert(unit).inserted else { return nil }
            switch unit {
            case "Y": years = value
            case "M": months = value
            case "W": weeks = value
            case "D": days = value
            case "TH": hours = value
            case "TM": minutes = value
            case "TS": seconds = value
            default: return nil
            }
            number = ""
        }
        guard number.isEmpty, !seen.isEmpty, !(inTime && !seen.contains(where: { $0.hasPrefix("T") })) else { return nil }
    }

    private var sign: Int { isNegative ? -1 : 1 }

    /// True when the duration has no years or months (a fixed length in time).
    public var isExact: Bool { years == 0 && months == 0 }

    /// True when the duration has no clock part (whole days, weeks, months, years).
    public var isWholeDays: Bool { hours == 0 && minutes == 0 && seconds == 0 }

    /// The signed length in seconds; only meaningful when `isExact`.
    public var totalSeconds: Int { sign * (((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60 + seconds) }

    /// The signed length in whole days (weeks and days; clock parts ignored).
    public var totalDays: Int { sign * (weeks * 7 + days) }

    /// The length in days, counting a year as 366 and a month as 31 (an upper bound, for limits).
    public var approximateDays: Int { years * 366 + months * 31 + weeks * 7 + days + (hours + minutes / 60 + seconds / 3600) / 24 }

    /// A date moved by the calendar parts of this duration.
    public func adding(to date: LocalDate) -> LocalDate {
        date.adding(months: sign * (years * 12 + months)).adding(days: totalDays)
    }

    /// The canonical text (`-P21D`, `PT2H30M`).
    public var description: String {
        var text = isNegative ? "-P" : "P"
        for (value, unit) in [(years, "Y"), (months, "M"), (weeks, "W"), (days, "D")] where value != 0 { text += "\(value)\(unit)" }
        if hours != 0 || minutes != 0 || seconds != 0 {
            text += "T"
            for (value, unit) in [(hours, "H"), (minutes, "M"), (seconds, "S")] where value != 0 { text += "\(value)\(unit)" }
        }
        return text == "P" || text == "-P" ? "PT0S" : text
    }
}
