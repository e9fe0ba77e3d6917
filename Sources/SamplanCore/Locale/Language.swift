/// The language of everything a user reads: drafts, schedules, error messages about their config.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Swedish, the default.
    case sv
    /// English.
    case en
}

/// A text in every supported language; picked with `text(in:)`.
public struct LocalizedText: Hashable, Sendable {
    /// Swedish.
    public let sv: String
    /// English.
    public let en: String

    /// A text in both languages.
    public init(sv: String, en: String) {
        self.sv = sv
        self.en = en
    }

    /// The same text in both languages (names that are data, e.g. a closed period's name).
    public init(verbatim: String) {
        self.init(sv: verbatim, en: verbatim)
    }

    /// The text in `language`.
    public func text(in language: Language) -> String { language == .sv ? sv : en }
}
