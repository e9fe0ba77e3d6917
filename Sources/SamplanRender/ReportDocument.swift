import Foundation
public import SamplanCore

/// The yearly follow-up report in the shape of "Bilaga 1 – Uppföljning av aktivitetslista": per focus
/// area and delmål a table Aktivitet | Resultat (vad har gjorts) | Klar?, as Markdown, as a printable
/// HTML page, or as CSV (`;`-separated, UTF-8 with a BOM so that Excel shows å, ä and ö right). The
/// heading is `report.title` when configured. Activities from an earlier year say so after their
/// title ("(från 2024)") in Markdown and HTML; the CSV keeps titles as they are, so it imports back.
///
/// ```swift
/// let report = FollowUpReport(configuration, year: 2024)
/// print(ReportDocument.markdown(report, language: .sv))
/// let bytes = ReportDocument.csv(report, language: .sv)   // EF BB BF "Fokusområde;Delmål;Aktivitet;Resultat;Klar?" …
/// ```
public enum ReportDocument {
    /// The report as Markdown.
    public static func markdown(_ report: FollowUpReport, language: Language) -> String {
        TemplateLibrary.render(ReportView(report, language: language), template: "report.md")
    }

    /// The report as a complete HTML page.
    public static func html(_ report: FollowUpReport, language: Language) -> String {
        TemplateLibrary.render(ReportView(report, language: language), template: "report.html")
    }

    /// The page pandoc converts to Word (with `--shift-heading-level-by=-1`): no `<h1>`, the heading alone
    /// in `<title>`, so that it becomes Word's title and the focus areas Heading 1.
    public static func wordHTML(_ report: FollowUpReport, language: Language) -> String {
        TemplateLibrary.render(ReportView(report, language: language, word: true), template: "report.html")
    }

    /// The CSV header row's cells, in `language`; `import-activities` reads both languages.
    public static func csvHeader(_ language: Language) -> [String] {
        let words = language.words.followUp
        return [words.focusArea, words.goal, words.activity, words.result, words.done]
    }

    /// The report as CSV text (without the BOM): a header row, then one row per activity; CRLF line ends.
    public static func csvText(_ report: FollowUpReport, language: Language) -> String {
        var lines = [csvHeader(language).map(csvCell).joined(separator: ";")]
        for area in report.areas {
            for goal in area.goals {
                for row in goal.rows {
                    let cells = [
                        "\(area.id). \(area.name)", "\(goal.goal.id). \(goal.goal.text)", row.title, row.result,
                        row.status?.label(in: language) ?? "",
                    ]
                    lines.append(cells.map(csvCell).joined(separator: ";"))
                }
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The report as CSV bytes: UTF-8 with a byte order mark.
    public static func csv(_ report: FollowUpReport, language: Language) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(csvText(report, language: language).utf8)
    }

    /// A cell, quoted when it holds a separator, a quote, a line break or surrounding blanks.
    static func csvCell(_ text: String) -> String {
        let needsQuotes =
            text.contains { $0 == ";" || $0 == "," || $0 == "\"" || $0.isNewline }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

/// What the report templates read.
struct ReportView {
    struct Row {
        let title: String
        let result: String
        let status: String
    }
    struct Goal {
        let heading: String
        let rows: [Row]
    }
    struct Area {
        let heading: String
        let goals: [Goal]
    }

    let lang: String
    /// For pandoc: no `<h1>`, the heading alone in `<title>`.
    let word: Bool
    let words: Words.AgendaWords
    let heading: String
    let organization: String
    let note: String?
    let areas: [Area]

    /// `heading` replaces the report's own (the narrative report numbers its appendix).
    init(_ report: FollowUpReport, language: Language, heading: String? = nil, word: Bool = false) {
        self.word = word
        let words = language.words.agenda
        lang = language.rawValue
        self.words = words
        let originWord = language.words.followUp.fromYear
        self.heading = heading ?? report.title ?? "\(words.report) \(report.year)"
        organization = report.title == nil ? report.organization : "\(report.organization) \(report.year)"
        note = report.listMissing ? language.words.flags.missingList("\(report.year)") + "." : nil
        areas = report.areas.map { area in
            Area(
                heading: "\(words.focusArea) \(area.id). \(area.name)",
                goals: area.goals.map { goal in
                    Goal(
                        heading: "\(words.goal) \(goal.goal.id). \(goal.goal.text)",
                        rows: goal.rows.map { row in
                            Row(
                                title: row.title + (row.origin.map { " (" + originWord("\($0)") + ")" } ?? ""), result: row.result,
                                status: row.status?.label(in: language) ?? "")
                        })
                })
        }
    }
}
