/// The Mustache templates, compiled into the binary so that an installed `samplan` needs no files
/// beside it. Every word comes from the view values (Swedish or English); templates hold structure only.
/// Markdown templates start with `{{% CONTENT_TYPE: MARKDOWN}}`, which escapes Markdown's special
/// characters; HTML templates use the default HTML escaping. Never use `{{{…}}}`.
enum Templates {
    /// Every template by name; `page-start`, `page-style`, `followup-table` and `subscribe-links` are partials (`{{> page-style}}`).
    static let all: [String: String] = [
        "agenda.html": agendaHTML,
        "agenda.md": agendaMD,
        "berattelse.html": narrativeHTML,
        "berattelse.md": narrativeMD,
        "error.html": errorHTML,
        "followup-table": followUpTable,
        "minutes.html": minutesHTML,
        "minutes.md": minutesMD,
        "page-start": pageStart,
        "page-style": pageStyle,
        "personal.html": personalHTML,
        "report.html": reportHTML,
        "report.md": reportMD,
        "subscribe.html": subscribeHTML,
        "subscribe-links": subscribeLinks,
    ]
}
