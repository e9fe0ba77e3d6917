import SamplanCore
import Yams

/// Reads the keys of one mapping against the keys it may have. Unknown keys are reported as soon
/// as the mapping is opened, so a reader that gives up early (a bad id) never makes the keys it did
/// not get to look unknown.
final class MappingReader {
    let owner: Value
    private let diagnostics: Diagnostics
    private var entries: [(key: String, keyNode: Value, value: Value)] = []

    init(mapping: Node.Mapping, owner: Value, keys allowed: [String], diagnostics: Diagnostics) {
        self.owner = owner
        self.diagnostics = diagnostics
        for (key, value) in mapping {
            let keyValue = Value(node: key, file: owner.file)
            let name = key.scalar?.string ?? ""
            if !allowed.contains(name) {
                diagnostics.report(keyValue.position, .unknownKey(name, suggestion: MappingReader.closest(to: name, in: allowed)))
                continue
            }
            entries.append((name, keyValue, Value(node: value, file: owner.file)))
        }
    }

    var position: SourcePosition { owner.position }

    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// The value of `key`, or nil (no error) when absent or null.
    func optional(_ key: String) -> Value? {
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else { return nil }
        return entry.value
    }

    /// The value of `key`; reports a missing key at the mapping.
    func required(_ key: String) -> Value? {
        guard let value = optional(key) else {
            diagnostics.report(position, .missingKey(key))
            return nil
        }
        return value
    }

    static func closest(to key: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(key.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= max(2, key.count / 3) else { return nil }
        return best.0
    }
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
