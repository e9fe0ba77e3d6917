import Foundation

/// One record of a CSV file: its cells and the line it starts on (1-based).
public struct CSVRecord: Hashable, Sendable {
    /// The line the record starts on.
    public let line: Int
    /// The cells, unquoted.
    public let cells: [String]

    /// A record.
    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }

    /// True when every cell is empty or blank.
    public var isBlank: Bool { cells.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}

/// Reads CSV as spreadsheets write it: `;`, `,` or tab between cells (whichever the first line
/// uses most), cells in double quotes may hold the separator, line breaks and `""` for a quote;
/// CRLF, LF or CR line ends; UTF-8 with or without a BOM, UTF-16 with a BOM, else Windows-1252
/// (what Excel saves as "CSV (semikolonavgränsad)"). Quoting mistakes are problems with the line
/// they are on; the rest of the file is still read, so every mistake is reported in one run.
///
/// ```swift
/// let (records, problems) = CSVReader.read(Array("Aktivitet;Resultat\n\"a;b\";c\n".utf8))
/// records[1].cells   // ["a;b", "c"]
/// ```
public enum CSVReader {
    /// The records of `bytes` and the problems found; `.empty` alone when there is nothing but blanks.
    public static func read(_ bytes: [UInt8]) -> (records: [CSVRecord], problems: [ImportProblem]) {
        guard let text = decode(bytes) else { return ([], [ImportProblem(line: 1, kind: .notText)]) }
        return read(text: text)
    }

    /// The records of `text` and the problems found.
    public static func read(text: String) -> (records: [CSVRecord], problems: [ImportProblem]) {
        guard !text.allSatisfy(\.isWhitespace) else { return ([], [ImportProblem(line: 1, kind: .empty)]) }
        let scalars = Array(text.unicodeScalars)
        let separator = detectSeparator(scalars)
        var records: [CSVRecord] = []
        var problems: [ImportProblem] = []
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var inQuotes = false
        var afterQuote = false
        var wasQuoted = false
        var skippingLine = false
        var position = 0

        func endCell() {
            cells.append(wasQuoted ? String(cell) : String(cell).trimmingCharacters(in: .whitespaces))
            cell = String.UnicodeScalarView()
            afterQuote = false
            wasQuoted = false
        }
        func endRecord() {
            if skippingLine {
                skippingLine = false
            } else {
                endCell()
                records.append(CSVRecord(line: recordLine, cells: cells))
            }
            cells = []
            cell = String.UnicodeScalarView()
            afterQuote = false
            wasQuoted = false
        }

        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            let isBreak = scalar == "\n" || scalar == "\r"
            if isBreak, scalar == "\r", position < scalars.count, scalars[position] == "\n" { position += 1 }
            if inQuotes {
                if scalar == "\"" {
                    if position < scalars.count, scalars[position] == "\"" {
                        cell.append("\"")
                        position += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    cell.append(isBreak ? "\n" : scalar)
                    if isBreak { line += 1 }
                }
                continue
            }
            if isBreak {
                endRecord()
                line += 1
                recordLine = line
                continue
            }
            if skippingLine { continue }
            if scalar == separator {
                endCell()
                continue
            }
            if afterQuote {
                if scalar == " " || scalar == "\t" { continue }
                problems.append(ImportProblem(line: line, kind: .textAfterQuote))
                skippingLine = true
                continue
            }
            if scalar == "\"" {
                if String(cell).allSatisfy(\.isWhitespace) {
                    cell = String.UnicodeScalarView()
                    inQuotes = true
                    wasQuoted = true
                    quoteLine = line
                } else {
                    problems.append(ImportProblem(line: line, kind: .strayQuote))
                    skippingLine = true
                }
                continue
            }
            cell.append(scalar)
        }
        if inQuotes {
            problems.append(ImportProblem(line: quoteLine, kind: .unterminatedQuote))
        } else if !(cells.isEmpty && cell.isEmpty && !afterQuote) || skippingLine {
            endRecord()
        }
        return (records, problems)
    }

    /// The text of a file: UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252; nil for binary data.
    public static func decode(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: Data(bytes), encoding: .utf16).map { $0.hasPrefix("\u{FEFF}") ? String($0.dropFirst()) : $0 }
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard !body.contains(0) else { return nil }
        if let text = String(validating: body, as: UTF8.self) { return text }
        return String(data: Data(body), encoding: .windowsCP1252)
    }

    /// The separator the first line uses most, outside quotes: `;` on a tie or when none is found.
    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [";": 0, ",": 0, "\t": 0]
        var inQuotes = false
        for scalar in scalars {
            if scalar == "\"" { inQuotes.toggle() }
            if !inQuotes, scalar == "\n" || scalar == "\r" { break }
            if !inQuotes, counts[scalar] != nil { counts[scalar]! += 1 }
        }
        let candidates: [Unicode.Scalar] = [";", ",", "\t"]
        let best = candidates.max { counts[$0]! < counts[$1]! }!
        return counts[best]! > 0 ? best : ";"
    }
}
