import Foundation
import Mustache

/// The Mustache templates of `Templates/`, read from the module's bundle once.
enum TemplateLibrary {
    /// Every template, by file name without `.mustache` (`agenda.md`, `page-style`).
    static let shared: MustacheLibrary = load()

    /// Renders `view` with the template `name`.
    static func render(_ view: Any, template name: String) -> String {
        guard let text = shared.render(view, withTemplate: name) else {
            preconditionFailure("samplan: the template \(name).mustache is missing from the SamplanRender bundle")
        }
        return text
    }

    private static func load() -> MustacheLibrary {
        // Registered before any template is parsed: the pragma is resolved at parse time.
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        guard let directory = Bundle.module.url(forResource: "Templates", withExtension: nil),
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else {
            preconditionFailure("samplan: the Templates folder is missing from the SamplanRender bundle")
        }
        var library = MustacheLibrary()
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let url = directory.appendingPathComponent(name)
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                try library.register(text, named: String(name.dropLast(".mustache".count)))
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
