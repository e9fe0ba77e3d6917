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
        /// A result without a Klar? value.
        case missingStatus
        /// A Klar? value without a result.
        case missingResult
        /// No activity in the whole file.
        case noActivities
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
        let sv = language == .sv
        switch kind {
        case .empty:
            return sv ? "filen är tom" : "the file is empty"
        case .notText:
            return sv ? "filen är inte text (binär fil?); spara den som CSV" : "the file is not text (a binary file?); save it as CSV"
        case .unterminatedQuote:
            return sv
                ? "citattecknet som inleder cellen här avslutas aldrig (en cell med \" måste sluta med \")"
                : "the quote that opens the cell here is never closed (a cell starting with \" must end with \")"
        case .strayQuote:
            return sv
                ? "citattecken mitt i en cell; omge cellen med \" och skriv citattecken inuti som \"\""
                : "a quote inside a cell; put the cell in \" and write quotes inside it as \"\""
        case .textAfterQuote:
            return sv ? "text efter cellens avslutande citattecken" : "text after the cell's closing quote"
        case let .missingColumns(names):
            let list = names.joined(separator: ", ")
            return sv
                ? "rubrikraden saknar kolumnerna \(list) (väntade Fokusområde;Delmål;Aktivitet;Resultat;Klar?)"
                : "the header row lacks the columns \(list) (expected Focus area;Goal;Activity;Result;Done?)"
        case let .tooManyCells(count, expected):
            return sv
                ? "raden har \(count) celler men rubrikraden \(expected) (en avgränsare för mycket, eller en cell utan citattecken?)"
                : "the row has \(count) cells but the header \(expected) (a separator too many, or a cell without quotes?)"
        case .missingTitle:
            return sv ? "raden saknar aktivitet" : "the row has no activity"
        case let .unknownGoal(text, known):
            return sv
                ? "okänt delmål \"\(text)\" (finns: \(known.joined(separator: ", ")))"
                : "unknown goal \"\(text)\" (known: \(known.joined(separator: ", ")))"
        case .noGoal:
            return sv
                ? "raden hör inte till något delmål (fyll i kolumnen Delmål, eller skriv en rad \"Delmål A1. …\" före)"
                : "the row belongs to no goal (fill in the Goal column, or put a row \"Goal A1. …\" before it)"
        case let .unknownFocusArea(text):
            return sv ? "okänt fokusområde \"\(text)\"" : "unknown focus area \"\(text)\""
        case let .goalOutsideArea(goal, area):
            return sv ? "delmålet \(goal) hör inte till fokusområde \(area)" : "goal \(goal) does not belong to focus area \(area)"
        case let .unknownStatus(text):
            return sv
                ? "okänt värde \"\(text)\" i Klar? (tillåtna: ja, nej, delvis, pågående)"
                : "unknown value \"\(text)\" in Done? (allowed: yes, no, partly, ongoing, or ja, nej, delvis, pågående)"
        case .missingStatus:
            return sv ? "Resultat är ifyllt men Klar? är tomt" : "Result is filled in but Done? is empty"
        case .missingResult:
            return sv ? "Klar? är ifyllt men Resultat är tomt" : "Done? is filled in but Result is empty"
        case .noActivities:
            return sv ? "filen innehåller inga aktiviteter" : "the file holds no activities"
        }
    }
}
