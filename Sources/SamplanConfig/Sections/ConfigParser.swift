import ICal
import SamplanCore

/// Turns parsed YAML documents into a `Configuration`, collecting every error on the way and
/// checking every reference once all ids are known.
final class ConfigParser {
    typealias RefKind = ConfigMessage.RefKind

    let diagnostics: Diagnostics
    private var declared: [RefKind: [String: SourcePosition]] = [:]
    private var references: [(kind: RefKind, id: String, position: SourcePosition)] = []
    /// Meeting ids written in the configuration, checked against the schedule at the end.
    var meetingReferences: [(id: String, position: SourcePosition)] = []
    /// Positions of things the schedule check reports on.
    var exceptionPositions: [SourcePosition] = []
    var relativePositions: [String: SourcePosition] = [:]
    /// Goal id → focus area id, for checking invitation and activity links.
    var goalArea: [String: String] = [:]

    init(diagnostics: Diagnostics) { self.diagnostics = diagnostics }

    /// Registers an id; reports a duplicate and returns false.
    @discardableResult
    func declare(_ kind: RefKind, _ id: String, at position: SourcePosition) -> Bool {
        if let first = declared[kind]?[id] {
            diagnostics.report(position, .duplicateID(kind: kind, id: id, first: first))
            return false
        }
        declared[kind, default: [:]][id] = position
        return true
    }

    /// Notes a reference to be checked once everything is declared.
    func refer(_ kind: RefKind, _ id: String, at position: SourcePosition) {
        references.append((kind, id, position))
    }

    /// A meeting-id reference: its form is checked now, its existence against the schedule later.
    func referMeeting(_ value: Value) -> String? {
        guard let text = value.text(diagnostics) else { return nil }
        guard let parsed = MeetingID(text) else {
            if let unsupported = MeetingID(anyYear: text) {
                diagnostics.report(value.position, .dateOutOfRange(unsupported.date.description))
            } else {
                diagnostics.report(value.position, .invalidMeetingID(text))
            }
            return nil
        }
        refer(.body, parsed.body, at: value.position)
        meetingReferences.append((text, value.position))
        return text
    }

    func isDeclared(_ kind: RefKind, _ id: String) -> Bool { declared[kind]?[id] != nil }

    /// Reports every reference to an id that was never declared, except for kinds whose file could
    /// not be read (their ids are unknown, not wrong).
    /// The first hundred name the nearest declared id when one is close.
    func checkReferences(unjudged: Set<RefKind> = []) {
        var suggested = 0
        for reference in references where !unjudged.contains(reference.kind) && !isDeclared(reference.kind, reference.id) {
            var suggestion: String?
            if suggested < 100, let known = declared[reference.kind] {
                suggested += 1
                suggestion = MappingReader.closest(to: reference.id, in: Array(known.keys))
            }
            diagnostics.report(reference.position, .unknownReference(kind: reference.kind, id: reference.id, suggestion: suggestion))
        }
    }

    /// Reads a list under `key` of a mapping, each item with `read`.
    func items<T>(_ reader: MappingReader, _ key: String, required: Bool = false, _ read: (Value) -> T?) -> [T] {
        guard let value = required ? reader.required(key) : reader.optional(key), let list = value.list(diagnostics) else { return [] }
        return list.compactMap(read)
    }
}
