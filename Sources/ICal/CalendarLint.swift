import Foundation

/// Checks produced iCalendar bytes the way strict clients and validators do, in two passes: the
/// octets (RFC 5545 §3.1: CRLF, ≤ 75-octet lines, folds that never split a UTF-8 character, escaped
/// `,` and `;` in TEXT, one CATEGORIES property per event) and the content as libical reads it (no
/// X-LIC-ERROR; VERSION, PRODID; each VEVENT with UID, DTSTAMP, DTSTART and not both DTEND and
/// DURATION; no METHOD in a feed, and METHOD REQUEST or CANCEL in an invitation by e-mail).
///
/// ```swift
/// CalendarLint.problems(in: Array(text.utf8))   // [] for a valid feed
/// ```
public enum CalendarLint {
    private static let textProperties: Set<String> = ["SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "X-WR-CALNAME", "NAME"]

    /// Every problem found, as short English sentences; empty when the calendar is valid. With
    /// `invitation` the calendar is an iTIP message sent by e-mail, which must carry METHOD.
    public static func problems(in bytes: [UInt8], invitation: Bool = false) -> [String] {
        var problems = octetProblems(bytes)
        if let text = String(validating: bytes, as: UTF8.self) {
            problems += contentProblems(text, invitation: invitation)
        }
        return problems
    }

    static func octetProblems(_ bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { problems.append("UTF-8 BOM") }
        if !(bytes.count >= 2 && bytes[bytes.count - 2] == 13 && bytes[bytes.count - 1] == 10) { problems.append("does not end with CRLF") }
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 10 {
                if index == 0 || bytes[index - 1] != 13 { problems.append("bare LF at byte \(index)") }
            } else if bytes[index] == 13 {
                if index + 1 >= bytes.count || bytes[index + 1] != 10 {
                    problems.append("bare CR at byte \(index)")
                } else {
                    lines.append(bytes[lineStart..<index])
                    index += 2
                    lineStart = index
                    continue
                }
            }
            index += 1
        }
        if lineStart < bytes.count { lines.append(bytes[lineStart...]) }
        for (number, line) in lines.enumerated() {
            if line.count > 75 { problems.append("line \(number + 1): \(line.count) octets > 75") }
            if String(validating: line, as: UTF8.self) == nil {
                problems.append("line \(number + 1): not UTF-8 on its own (bad encoding or a fold splits a character)")
            }
        }
        // Unfold and look at TEXT values for unescaped , and ; (in CATEGORIES, a list of TEXT, the
        // comma separates values), and for events with more than one CATEGORIES property, which
        // some parsers refuse.
        guard let text = String(validating: bytes, as: UTF8.self) else { return problems }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
        var categoriesInEvent = 0
        for line in unfolded.split(separator: "\r\n", omittingEmptySubsequences: true) {
            if line == "BEGIN:VEVENT" { categoriesInEvent = 0 }
            let name = String(line.prefix { $0 != ";" && $0 != ":" }).uppercased()
            if name == "CATEGORIES" {
                categoriesInEvent += 1
                if categoriesInEvent == 2 { problems.append("CATEGORIES more than once in one event") }
            }
            guard textProperties.contains(name) || name == "CATEGORIES", let value = valuePart(of: line) else { continue }
            if let separator = unescapedSeparator(in: value, listSeparatorAllowed: name == "CATEGORIES") {
                problems.append("\(name): unescaped \(separator)")
            }
        }
        return problems
    }

    /// The first `,` or `;` not escaped with a backslash, if any; a comma is allowed in a list.
    private static func unescapedSeparator(in value: Substring, listSeparatorAllowed: Bool) -> Character? {
        var escaped = false
        for character in value {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ";" || (character == "," && !listSeparatorAllowed) {
                return character
            }
        }
        return nil
    }

    /// The value after the first `:` that is not inside a quoted parameter.
    private static func valuePart(of line: Substring) -> Substring? {
        var quoted = false
        for index in line.indices {
            let character = line[index]
            if character == "\"" { quoted.toggle() }
            if character == ":" && !quoted { return line[line.index(after: index)...] }
        }
        return nil
    }

    static func contentProblems(_ text: String, invitation: Bool = false) -> [String] {
        guard let calendar = CalendarReader.parse(text) else { return ["libical found no VCALENDAR"] }
        var problems = calendar.errors.map { "X-LIC-ERROR: \($0)" }
        if calendar.properties["VERSION"] == nil { problems.append("missing VERSION") }
        if calendar.properties["PRODID"] == nil { problems.append("missing PRODID") }
        if invitation {
            if !["REQUEST", "CANCEL"].contains(calendar.properties["METHOD"] ?? "") {
                problems.append("an invitation without METHOD REQUEST or CANCEL")
            }
        } else if calendar.properties["METHOD"] != nil {
            problems.append("METHOD in a subscribed feed")
        }
        for (index, event) in calendar.events.enumerated() {
            let name = event.uid ?? "VEVENT #\(index + 1)"
            if event.uid == nil { problems.append("\(name): missing UID") }
            if !event.hasStamp { problems.append("\(name): missing DTSTAMP") }
            if event.start == nil { problems.append("\(name): missing DTSTART") }
            if event.end != nil && event.hasDuration { problems.append("\(name): both DTEND and DURATION") }
            if let zone = event.startZone, !calendar.timeZones.contains(zone) { problems.append("\(name): TZID \(zone) has no VTIMEZONE") }
        }
        return problems
    }
}
