public import ICal

/// The years samplan plans in: 1900–2199. A date outside them is an input error wherever it is
/// written (config, command line, URL); computed ranges are clamped to them, so no date arithmetic
/// on user input can leave the calendar the code relies on.
///
/// ```swift
/// SupportedYears.contains(LocalDate(year: 9999, month: 1, day: 14)!)   // false
/// SupportedYears.clamp(2190...2300)                                   // 2190...2199
/// ```
public enum SupportedYears {
    /// 1900...2199.
    public static let range: ClosedRange<Int> = 1900...2199

    /// The longest duration a configuration may give (200 years): anything longer can only lead outside.
    public static let longestDurationDays = 200 * 366

    /// True when `year` is supported.
    public static func contains(_ year: Int) -> Bool { range.contains(year) }

    /// True when `date` lies in a supported year.
    public static func contains(_ date: LocalDate) -> Bool { range.contains(date.year) }

    /// The part of `years` that is supported, or nil when none is.
    public static func clamp(_ years: ClosedRange<Int>) -> ClosedRange<Int>? {
        let lower = max(years.lowerBound, range.lowerBound)
        let upper = min(years.upperBound, range.upperBound)
        return lower <= upper ? lower...upper : nil
    }

    /// `date` moved into the supported years (the first or last supported day).
    public static func clamp(_ date: LocalDate) -> LocalDate {
        if date.year < range.lowerBound { return LocalDate.first(ofYear: range.lowerBound) }
        if date.year > range.upperBound { return LocalDate.last(ofYear: range.upperBound) }
        return date
    }

    /// "1900–2199", for messages.
    public static var text: String { "\(range.lowerBound)–\(range.upperBound)" }
}
