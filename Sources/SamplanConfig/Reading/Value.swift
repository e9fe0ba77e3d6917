import Foundation
import ICal
import SamplanCore
import Yams

/// A YAML node with its file, read leniently: each accessor reports a precise error and returns nil.
struct Value {
    let node: Node
    let file: String

    var position: SourcePosition {
        SourcePosition(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    var isNull: Bool {
        guard case let .scalar(scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    var isScalar: Bool { if case .scalar = node { true } else { false } }

    var isSequence: Bool { if case .sequence = node { true } else { false } }

    /// The key-value pairs of a mapping whose keys are data (a focus plan), in written order.
    func pairs(_ diagnostics: Diagnostics) -> [(key: Value, value: Value)]? {
        guard case let .mapping(mapping) = node else {
            diagnostics.report(position, .expectedMapping)
            return nil
        }
        return mapping.map { (Value(node: $0.key, file: file), Value(node: $0.value, file: file)) }
    }

    /// The node as a mapping reader that allows `keys`.
    func mapping(_ diagnostics: Diagnostics, keys: [String]) -> MappingReader? {
        guard case let .mapping(mapping) = node else {
            diagnostics.report(position, .expectedMapping)
            return nil
        }
        return MappingReader(mapping: mapping, owner: self, keys: keys, diagnostics: diagnostics)
    }

    /// The items of a sequence (a null value is an empty list).
    func list(_ diagnostics: Diagnostics) -> [Value]? {
        if isNull { return [] }
        guard case let .sequence(sequence) = node else {
            diagnostics.report(position, .expectedList)
            return nil
        }
        return sequence.map { Value(node: $0, file: file) }
    }

    /// The scalar text, trimmed; nil (with an error) for collections and empty values.
    func text(_ diagnostics: Diagnostics) -> String? {
        guard case let .scalar(scalar) = node else {
            diagnostics.report(position, .expectedScalar)
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, !isNull else {
            diagnostics.report(position, .emptyValue)
            return nil
        }
        return text
    }

    func id(_ diagnostics: Diagnostics) -> String? {
        guard let text = text(diagnostics) else { return nil }
        guard Value.isValidID(text) else {
            diagnostics.report(position, .invalidID(text))
            return nil
        }
        return text
    }

    static func isValidID(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 100
            && text.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" }
    }

    func date(_ diagnostics: Diagnostics) -> LocalDate? {
        guard let text = text(diagnostics) else { return nil }
        guard let date = LocalDate(iso: text) else {
            diagnostics.report(position, .invalidDate(text))
            return nil
        }
        return supported(date, text, diagnostics)
    }

    /// `date` when it lies in the supported years; else reported.
    func supported(_ date: LocalDate, _ text: String, _ diagnostics: Diagnostics) -> LocalDate? {
        guard SupportedYears.contains(date) else {
            diagnostics.report(position, .dateOutOfRange(text))
            return nil
        }
        return date
    }

    func time(_ diagnostics: Diagnostics) -> LocalTime? {
        guard let text = text(diagnostics) else { return nil }
        guard let time = LocalTime(text: text) else {
            diagnostics.report(position, .invalidTime(text))
            return nil
        }
        return time
    }

    func dateTime(_ diagnostics: Diagnostics) -> LocalDateTime? {
        guard let text = text(diagnostics) else { return nil }
        guard let value = LocalDateTime(text: text) else {
            diagnostics.report(position, .invalidDateTime(text))
            return nil
        }
        return supported(value.date, text, diagnostics).map { _ in value }
    }

    func duration(_ diagnostics: Diagnostics) -> ISODuration? {
        guard let text = text(diagnostics) else { return nil }
        guard let value = ISODuration(text: text) else {
            diagnostics.report(position, .invalidDuration(text))
            return nil
        }
        guard value.approximateDays <= SupportedYears.longestDurationDays else {
            diagnostics.report(position, .durationTooLong(text))
            return nil
        }
        return value
    }

    /// A meeting length: exact and positive.
    func meetingLength(_ diagnostics: Diagnostics) -> ISODuration? {
        guard let value = duration(diagnostics) else { return nil }
        if !value.isExact {
            diagnostics.report(position, .durationNotExact(value.description))
            return nil
        }
        if value.isNegative || value.totalSeconds <= 0 {
            diagnostics.report(position, .durationNotPositive(value.description))
            return nil
        }
        return value
    }

    func integer(_ diagnostics: Diagnostics, in range: ClosedRange<Int>) -> Int? {
        guard let text = text(diagnostics) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            diagnostics.report(position, .invalidNumber(text))
            return nil
        }
        return value
    }

    func bool(_ diagnostics: Diagnostics) -> Bool? {
        guard let text = text(diagnostics) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "ja": return true
        case "false", "no", "nej": return false
        default:
            diagnostics.report(position, .invalidBool(text))
            return nil
        }
    }

    func choice<T: RawRepresentable & CaseIterable>(_ diagnostics: Diagnostics, of type: T.Type, aliases: [String: T] = [:]) -> T?
    where T.RawValue == String {
        guard let text = text(diagnostics) else { return nil }
        if let value = T(rawValue: text) ?? T(rawValue: text.lowercased()) ?? aliases[text.lowercased()] { return value }
        diagnostics.report(position, .invalidChoice(text, allowed: T.allCases.map(\.rawValue)))
        return nil
    }

    /// A list of ids, written as a YAML list (`[A, B]`) or a single id.
    func ids(_ diagnostics: Diagnostics) -> [(String, SourcePosition)] {
        if isScalar { return id(diagnostics).map { [($0, position)] } ?? [] }
        return (list(diagnostics) ?? []).compactMap { item in item.id(diagnostics).map { ($0, item.position) } }
    }
}
