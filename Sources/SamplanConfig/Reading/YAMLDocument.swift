import Yams

/// A parsed YAML file: its root node and where it came from.
struct YAMLDocument {
    let file: String
    let root: Value

    /// Parses `text`; on a syntax error reports it at its position and returns nil.
    static func parse(_ text: String, file: String, diagnostics: Diagnostics) -> YAMLDocument? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                diagnostics.report(SourcePosition(file: file, line: 1, column: 1), .empty)
                return nil
            }
            // Aliases repeat a node without repeating its text: ten lines can stand for a billion
            // values ("billion laughs"). Reading such a file would never end, so it is refused.
            guard fits(node, within: maximumValues) else {
                diagnostics.report(SourcePosition(file: file, line: 1, column: 1), .expandsTooFar(limit: maximumValues))
                return nil
            }
            return YAMLDocument(file: file, root: Value(node: node, file: file))
        } catch let error as YamlError {
            let (mark, problem) = describe(error)
            diagnostics.report(SourcePosition(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1), .yamlSyntax(problem))
            return nil
        } catch {
            diagnostics.report(SourcePosition(file: file, line: 1, column: 1), .yamlSyntax(String(describing: error)))
            return nil
        }
    }

    /// The most values (scalars, lists, mappings) a file may hold once its aliases are expanded.
    static let maximumValues = 200_000

    /// Whether `node`, aliases expanded, has at most `limit` values; stops counting at the limit.
    static func fits(_ node: Node, within limit: Int) -> Bool {
        var count = 0
        var stack = [node]
        while let next = stack.popLast() {
            count += 1
            if count > limit { return false }
            switch next {
            case .scalar, .alias: continue
            case let .sequence(sequence): stack += sequence
            case let .mapping(mapping):
                for pair in mapping {
                    stack.append(pair.key)
                    stack.append(pair.value)
                }
            }
        }
        return true
    }

    private static func describe(_ error: YamlError) -> (Mark?, String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            // The context says what was open ("while parsing a flow sequence") and where it began,
            // which is often where the mistake is.
            let opened = context.map { " (\($0.text), \($0.mark.line):\($0.mark.column))" } ?? ""
            return (mark, problem + opened)
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark, "duplicated key \(duplicates.joined(separator: ", ")) in mapping")
        case let .reader(problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, String(describing: error))
        }
    }
}
