public import SamplanCore

/// A place in a configuration file (1-based line and column).
public struct SourcePosition: Hashable, Sendable, Comparable {
    /// The file as the admin names it (`config/knivsta/bodies.yaml`).
    public let file: String
    /// Line, from 1.
    public let line: Int
    /// Column, from 1.
    public let column: Int

    /// A position.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One mistake in the configuration, said where it is: `FILE:LINE:COLUMN: message`.
///
/// ```swift
/// ConfigError(position: SourcePosition(file: "bodies.yaml", line: 4, column: 11), message: ConfigMessage.unknownKey("tiem", suggestion: "time"))
///     .description(in: .sv)   // "bodies.yaml:4:11: okänd nyckel \"tiem\" (menade du \"time\"?)"
/// ```
public struct ConfigError: Error, Hashable, Sendable {
    /// Where.
    public let position: SourcePosition
    /// What.
    public let message: ConfigMessage

    /// An error.
    public init(position: SourcePosition, message: ConfigMessage) {
        self.position = position
        self.message = message
    }

    /// `FILE:LINE:COLUMN: message` in `language`.
    public func description(in language: Language) -> String {
        "\(position.file):\(position.line):\(position.column): \(message.text(in: language))"
    }

    /// `FILE:LINE:COLUMN: varning: message` in `language`, for what loads but is probably not meant.
    public func warningDescription(in language: Language) -> String {
        "\(position.file):\(position.line):\(position.column): \(language.words.config.warning): \(message.text(in: language))"
    }
}

/// Every error of one load, in file order, and the language to show them in.
public struct ConfigErrors: Error, Sendable {
    /// The errors, sorted by position.
    public let errors: [ConfigError]
    /// The organization's language if it could be read, else Swedish.
    public let language: Language

    /// One line per error.
    public var lines: [String] { errors.map { $0.description(in: language) } }
}
