public import ICal

/// The one meeting-id rule: `<body>-<YYYY-MM-DD>` of the rule occurrence, stable under moves and
/// holiday shifts (extras: the date of their start).
public struct MeetingID: Hashable, Sendable, CustomStringConvertible {
    /// Body id.
    public let body: String
    /// Rule-occurrence date.
    public let date: LocalDate

    /// The id of a body's meeting whose rule falls on `date`.
    public init(body: String, date: LocalDate) {
        self.body = body
        self.date = date
    }

    /// Splits a textual id; nil when it does not end in `-YYYY-MM-DD` after a non-empty body id, or
    /// when the date lies outside the supported years.
    public init?(_ text: String) {
        guard let id = MeetingID(anyYear: text), SupportedYears.contains(id.date) else { return nil }
        self = id
    }

    /// Splits a textual id whatever its year (to tell an unsupported year from a malformed id).
    public init?(anyYear text: String) {
        guard text.count > 11 else { return nil }
        let split = text.index(text.endIndex, offsetBy: -11)
        guard text[split] == "-", let date = LocalDate(iso: text[text.index(after: split)...]) else { return nil }
        self.init(body: String(text[..<split]), date: date)
    }

    /// `samrad-2026-05-14`.
    public var description: String { "\(body)-\(date)" }
}
