public import SamplanCore

/// The small page the daemon answers with when a request cannot be served and the client prefers
/// HTML (a browser): the message in the organization's language, and a link to the subscribe page.
/// The daemon chooses the status and the message; this only writes them out, escaped.
///
/// ```swift
/// ErrorPage.html(status: 404, message: Words.sv.http.notFound, language: .sv)
/// // "<!DOCTYPE html>\n<html lang=\"sv\">…<h1>Sidan finns inte.</h1>…"
/// ```
public enum ErrorPage {
    /// The page for `status` (e.g. 404) saying `message`.
    public static func html(status: Int, message: String, language: Language) -> String {
        TemplateLibrary.render(ErrorView(status: status, message: message, language: language), template: "error.html")
    }
}

/// What `error.html` reads.
struct ErrorView {
    let lang: String
    let status: Int
    let message: String
    let home: String

    init(status: Int, message: String, language: Language) {
        lang = language.rawValue
        self.status = status
        self.message = message
        home = language.words.http.home
    }
}
