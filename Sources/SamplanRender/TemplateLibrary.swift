import Mustache

/// The Mustache templates of `Templates`, parsed once.
enum TemplateLibrary {
    /// Every template, by name (`agenda.md`, `page-style`).
    static let shared: MustacheLibrary = load()

    /// Renders `view` with the template `name`. Every name used is in `Templates.all` and parses
    /// (a unit test renders each one), so a miss is a programming error.
    static func render(_ view: Any, template name: String) -> String {
        guard let text = shared.render(view, withTemplate: name) else {
            preconditionFailure("samplan: no template named \(name)")
        }
        return text
    }

    private static func load() -> MustacheLibrary {
        // Registered before any template is parsed: the pragma is resolved at parse time.
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        var library = MustacheLibrary()
        for (name, text) in Templates.all.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(text, named: name)
            } catch {
                preconditionFailure("samplan: the template \(name) does not parse: \(error)")
            }
        }
        return library
    }
}

/// Markdown escaping for `{{…}}` in Markdown templates: characters that would start emphasis, code,
/// links, HTML or a table cell are escaped, and a line break inside a value becomes `<br>`, so that
/// a value never breaks a list item or a table row.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            if character.isNewline {
                escaped += "<br>"
                continue
            }
            if "\\`*_[]<>|#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
