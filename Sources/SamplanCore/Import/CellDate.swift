public import ICal

/// A date as a spreadsheet cell holds it: `2025-05-08`, or `8 maj 2025` / `8 May 2025` with the month
/// written out (or its first three letters or more) in any language samplan speaks, in any case.
///
/// ```swift
/// CellDate.read("2025-05-08")      // .date(2025-05-08)
/// CellDate.read("10 december 2024") // .date(2024-12-10)
/// CellDate.read("2300-01-01")      // .outOfRange
/// CellDate.read("30 februari 2025") // .invalid
/// ```
public enum CellDate: Hashable, Sendable {
    /// A date in the supported years.
    case date(LocalDate)
    /// Not a date.
    case invalid
    /// A date outside the supported years (1900–2199).
    case outOfRange

    /// Reads `text`, trimmed of blanks.
    public static func read(_ text: String) -> CellDate {
        let trimmed = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard let date = LocalDate(iso: trimmed) ?? written(trimmed) else { return .invalid }
        return SupportedYears.contains(date) ? .date(date) : .outOfRange
    }

    /// "8 maj 2025", "8 maj. 2025", "8 May 2025": the day, the month's name, a four-digit year.
    private static func written(_ text: String) -> LocalDate? {
        let parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard parts.count == 3 else { return nil }
        let dayText = parts[0].hasSuffix(".") ? String(parts[0].dropLast()) : parts[0]
        guard (1...2).contains(dayText.count), dayText.allSatisfy(\.isASCIIDigit), let day = Int(dayText),
            parts[2].count == 4, parts[2].allSatisfy(\.isASCIIDigit), let year = Int(parts[2]),
            let month = month(parts[1])
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// The month a name or its beginning (three letters at least) names in any language; nil when
    /// it names none or several.
    private static func month(_ text: String) -> Int? {
        let name = (text.hasSuffix(".") ? String(text.dropLast()) : text).lowercased()
        guard name.count >= 3 else { return nil }
        var months = Set<Int>()
        for words in Words.all {
            for (index, month) in words.dates.months.enumerated() where month.lowercased().hasPrefix(name) {
                months.insert(index + 1)
            }
        }
        return months.count == 1 ? months.first : nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
