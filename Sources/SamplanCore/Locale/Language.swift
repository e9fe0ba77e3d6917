/// The language of everything a user reads: drafts, schedules, error messages about their config.
/// Its texts are in `words` (the catalog in `Words+sv.swift`, `Words+en.swift`).
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Swedish, the default.
    case sv
    /// English.
    case en
}

/// A text that is data carrying every language at once (a holiday's name as a meeting's shift reason),
/// made from the catalog, so that the schedule can be computed once and read in any language.
public struct LocalizedText: Hashable, Sendable {
    /// The text in every language, in the order of `Language.allCases`.
    private let texts: [String]

    /// The text that `pick` takes from each language's catalog.
    public init(_ pick: (Words) -> String) {
        texts = Words.all.map(pick)
    }

    /// The same text in every language (names that are data, e.g. a closed period's name).
    public init(verbatim: String) {
        texts = Language.allCases.map { _ in verbatim }
    }

    /// Swedish.
    public var sv: String { text(in: .sv) }
    /// English.
    public var en: String { text(in: .en) }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        texts[Language.allCases.firstIndex(of: language) ?? 0]
    }
}
