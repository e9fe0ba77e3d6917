/// Something in an imported CSV file that samplan could not read, with the line it is on.
public struct ImportProblem: Hashable, Sendable, Comparable {
    /// What is wrong.
    public enum Kind: Hashable, Sendable {
        /// The file holds nothing but blanks.
        case empty
        /// The file is binary, not text.
        case notText
        /// A quoted cell is never closed.
        case unterminatedQuote
        /// A quote inside a cell that does not start with one.
        case strayQuote
        /// Text after the closing quote of a cell.
        case textAfterQuote
        /// The header row lacks columns (their names, in the file's language).
        case missingColumns([String])
        /// More cells than the header has columns.
        case tooManyCells(Int, expected: Int)
        /// Cells filled in but no activity.
        case missingTitle
        /// A delmål that the configuration does not have.
        case unknownGoal(String, known: [String])
        /// No delmål column and no "Delmål …" row above.
        case noGoal
        /// A focus area that the configuration does not have.
        case unknownFocusArea(String)
        /// The delmål does not belong to the focus area of the row.
        case goalOutsideArea(goal: String, area: String)
        /// A Klar? value that is not a status.
        case unknownStatus(String)
        /// A Klar? value without a result.
        case missingResult
        /// No activity in the whole file.
        case noActivities
        /// A Datum cell that is not a date.
        case invalidDate(String)
        /// A Datum cell naming a date outside the supported years.
        case dateOutOfRange(String)
    }

    /// The line (1-based).
    public let line: Int
    /// What is wrong.
    public let kind: Kind

    /// A problem.
    public init(line: Int, kind: Kind) {
        self.line = line
        self.kind = kind
    }

    public static func < (lhs: ImportProblem, rhs: ImportProblem) -> Bool { lhs.line < rhs.line }

    /// The problem in words for the strategist.
    public func message(in language: Language) -> String {
        let words = language.words.importing
        switch kind {
        case .empty: return words.empty
        case .notText: return words.notText
        case .unterminatedQuote: return words.unterminatedQuote
        case .strayQuote: return words.strayQuote
        case .textAfterQuote: return words.textAfterQuote
        case let .missingColumns(names): return words.missingColumns(names.joined(separator: ", "))
        case let .tooManyCells(count, expected): return words.tooManyCells("\(count)", "\(expected)")
        case .missingTitle: return words.missingTitle
        case let .unknownGoal(text, known): return words.unknownGoal(text, known.joined(separator: ", "))
        case .noGoal: return words.noGoal
        case let .unknownFocusArea(text): return words.unknownFocusArea(text)
        case let .goalOutsideArea(goal, area): return words.goalOutsideArea(goal, area)
        case let .unknownStatus(text): return words.unknownStatus(text)
        case .missingResult: return words.missingResult
        case .noActivities: return words.noActivities
        case let .invalidDate(text): return words.invalidDate(text)
        case let .dateOutOfRange(text): return words.dateOutOfRange(text, SupportedYears.text)
        }
    }
}
