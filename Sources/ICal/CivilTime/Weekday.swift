/// A day of the week, Monday first (ISO 8601), with its RFC 5545 code.
public enum Weekday: String, CaseIterable, Sendable, Hashable {
    case monday = "MO", tuesday = "TU", wednesday = "WE", thursday = "TH", friday = "FR", saturday = "SA", sunday = "SU"

    /// 1 (Monday) ... 7 (Sunday).
    public var isoNumber: Int { Weekday.allCases.firstIndex(of: self)! + 1 }

    /// Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    /// Parses an RFC 5545 code (`TU`), case-insensitively.
    public init?(code: String) { self.init(rawValue: code.uppercased()) }
}
