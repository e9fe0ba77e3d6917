import Foundation
import ICal
public import SamplanCore

/// The yearly narrative report (samverkansberättelse) in the shape of the seeds: 1 Bakgrund, 2
/// Resultat with a section per body (how often it met and when, the functions that took part, the
/// presenters invited), the status of the activity list per focus area, 3 Sammanfattning, the
/// approval line, then Bilaga 1. As Markdown, or as a printable HTML page; `wordHTML` is the page
/// pandoc turns into a Word file (the title in `<title>` only, so that it becomes Word's title).
///
/// ```swift
/// let report = AnnualReport(configuration, year: 2024)
/// print(NarrativeDocument.markdown(report, language: .sv))   // "# Samverkansberättelse HSVO Knivsta 2024" …
/// ```
public enum NarrativeDocument {
    /// The report as Markdown.
    public static func markdown(_ report: AnnualReport, language: Language) -> String {
        TemplateLibrary.render(NarrativeView(report, language: language, word: false), template: "berattelse.md")
    }

    /// The report as a complete, printable HTML page.
    public static func html(_ report: AnnualReport, language: Language) -> String {
        TemplateLibrary.render(NarrativeView(report, language: language, word: false), template: "berattelse.html")
    }

    /// The HTML page pandoc converts to Word (with `--shift-heading-level-by=-1`): no `<h1>`, the
    /// title in `<title>`, so that sections become Heading 1 and bodies Heading 2.
    public static func wordHTML(_ report: AnnualReport, language: Language) -> String {
        TemplateLibrary.render(NarrativeView(report, language: language, word: true), template: "berattelse.html")
    }

    /// "a", "a och b", "a, b och c".
    static func list(_ items: [String], and: String) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " " + and + " " + last
    }

    /// Paragraphs of a free text: blank lines separate them, single line breaks are only wrapping.
    static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }
}

/// What the narrative templates read: every text already in the right language.
struct NarrativeView {
    struct Text {
        let heading: String
        let paragraphs: [String]
        let missing: String?
    }
    struct MeetingLine {
        let when: String
        let note: String?
        let cancelled: Bool
    }
    struct BodyBlock {
        let heading: String
        let participantsIntro: String
        let participation: [String]
        let hasParticipation: Bool
        let met: String
        let meetingsHeading: String
        let meetings: [MeetingLine]
        let steeredBy: String?
        let invited: String?
    }
    struct Told {
        let title: String
        let parts: [Part]
        /// "Bakgrund: first paragraph", then the further paragraphs.
        struct Part {
            let label: String
            let first: String
            let rest: [String]
        }
    }
    struct StatusRow {
        let area: String
        let summary: String
        let total: Int
    }

    let lang: String
    let word: Bool
    let title: String
    let background: Text
    let resultsHeading: String
    let resultsIntro: String
    let bodies: [BodyBlock]
    let activitiesHeading: String
    let activityCount: String
    let areaColumn: String
    let statusColumn: String
    let statuses: [StatusRow]
    let total: StatusRow
    let toldHeading: String
    let told: [Told]
    let hasTold: Bool
    let summary: Text
    let approval: String?
    let appendix: ReportView

    init(_ report: AnnualReport, language: Language, word: Bool) {
        let words = language.words
        let narrative = words.narrative
        let dates = DateText(language)
        let file = "reports/\(report.year).yaml"
        lang = language.rawValue
        self.word = word
        let kind = report.text?.kind ?? narrative.kind
        title = report.text?.title ?? "\(kind) \(report.organization) \(report.year)"
        func text(_ number: Int, _ heading: String, _ value: String?, key: String) -> Text {
            let paragraphs = value.map(NarrativeDocument.paragraphs) ?? []
            return Text(
                heading: "\(number). \(heading)", paragraphs: paragraphs,
                missing: paragraphs.isEmpty ? narrative.missingText(key + ":", file) : nil)
        }
        background = text(1, narrative.background, report.text?.background, key: "background")
        summary = text(3, narrative.summary, report.text?.summary, key: "summary")
        resultsHeading = "2. \(narrative.results)"
        resultsIntro = narrative.resultsIntro("\(report.year)")
        func join(_ items: [String]) -> String { NarrativeDocument.list(items, and: narrative.and) }
        let areaNames = Dictionary(report.appendix.areas.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        bodies = report.bodies.enumerated().map { index, section in
            let body = section.body
            let participation = section.participation.map { group -> String in
                var parts: [String] = []
                if !group.boards.isEmpty { parts.append(narrative.politiciansFrom(join(group.boards))) }
                if !group.functions.isEmpty { parts.append(join(group.functions)) }
                let line = parts.joined(separator: "; ")
                return group.organization.map { "\($0): \(line)" } ?? line
            }
            var met = narrative.met(body.name, narrative.times("\(section.held)"), "\(report.year)")
            if section.extra > 0 {
                met +=
                    ", "
                    + (section.extra == section.held ? narrative.allExtra : narrative.ofWhich("\(section.held - section.extra)", "\(section.extra)"))
            }
            met += "."
            if section.held == 0 { met = narrative.notMet(body.name, "\(report.year)") }
            let meetings = section.meetings.map { meeting -> MeetingLine in
                var notes: [String] = []
                if !meeting.focus.isEmpty {
                    notes.append(
                        words.meeting.focus + ": " + meeting.focus.map { id in areaNames[id].map { "\(id). \($0)" } ?? id }.joined(separator: ", "))
                }
                if meeting.isExtra { notes.append(words.meeting.labelled(words.meeting.extra, reason: meeting.extraReason)) }
                if let move = meeting.move { notes.append(words.meeting.movedNote(from: dates.date(move.from), reason: move.reason)) }
                if meeting.status == .cancelled {
                    notes.append(words.meeting.labelled(words.meeting.cancelled, reason: meeting.cancellationReason))
                }
                let when = dates.longDate(meeting.start.local.date) + (meeting.isExtra && meeting.title != body.name ? " – " + meeting.title : "")
                return MeetingLine(when: when, note: notes.isEmpty ? nil : notes.joined(separator: "; "), cancelled: meeting.status == .cancelled)
            }
            let meetingsNoun: String
            switch body.kind {
            case .samrad: meetingsNoun = narrative.samradMeetings
            case .tjansteledning: meetingsNoun = narrative.tjansteledningMeetings
            case .arbetsutskott, .other: meetingsNoun = narrative.otherMeetings
            }
            let presenters = section.presenters.map { presenter in presenter.organization.map { "\(presenter.name) (\($0))" } ?? presenter.name }
            return BodyBlock(
                heading: "2.\(index + 1) \(body.name)", participantsIntro: narrative.participants(body.name), participation: participation,
                hasParticipation: !participation.isEmpty, met: met, meetingsHeading: narrative.meetings, meetings: meetings,
                steeredBy: section.focusAreas.isEmpty ? nil : narrative.steeredBy(join(section.focusAreas.map { "\($0.id). \($0.name)" })),
                invited: presenters.isEmpty ? nil : narrative.invited(meetingsNoun, join(presenters)))
        }
        activitiesHeading = "2.\(report.bodies.count + 1) \(narrative.activities)"
        activityCount = narrative.activityCount("\(report.year)", "\(report.total.total)")
        areaColumn = words.followUp.focusArea
        statusColumn = words.agenda.status
        func row(_ summary: AnnualReport.StatusSummary, area: String) -> StatusRow {
            var parts = summary.counts.map { count -> String in
                let name: String
                switch count.status {
                case .ja: name = narrative.countYes
                case .pagaende: name = narrative.countOngoing
                case .delvis: name = narrative.countPartly
                case .nej: name = narrative.countNo
                case .ejAktuell: name = narrative.countNotRelevant
                }
                return "\(count.count) \(name)"
            }
            if summary.withoutStatus > 0 { parts.append("\(summary.withoutStatus) \(narrative.countNone)") }
            return StatusRow(area: area, summary: parts.joined(separator: ", "), total: summary.total)
        }
        statuses = report.statuses.map { row($0, area: "\($0.id ?? ""). \($0.name ?? "")") }
        total = row(report.total, area: narrative.total)
        toldHeading = "2.\(report.bodies.count + 2) \(narrative.activityTexts)"
        told = report.told.map { row in
            let parts: [(String, String?)] = [
                (narrative.background, row.activity.background), (narrative.results, row.result.isEmpty ? nil : row.result),
                (narrative.analysis, row.activity.analysis),
            ]
            return Told(
                title: row.title,
                parts: parts.compactMap { label, text in
                    let paragraphs = text.map(NarrativeDocument.paragraphs) ?? []
                    guard let first = paragraphs.first else { return nil }
                    return Told.Part(label: label, first: first, rest: Array(paragraphs.dropFirst()))
                })
        }
        hasTold = !told.isEmpty
        approval = report.text?.approval.map { narrative.approved($0.by, dates.date($0.date)) }
        appendix = ReportView(
            report.appendix, language: language, heading: narrative.appendix(report.appendix.title.map(Self.withoutNumber) ?? words.agenda.report))
    }

    /// "Bilaga 1 – Uppföljning av aktivitetslista" as configured in `report.title` becomes "Uppföljning av
    /// aktivitetslista": the appendix heading numbers it itself.
    static func withoutNumber(_ title: String) -> String {
        guard let dash = title.range(of: " – "), title[..<dash.lowerBound].split(separator: " ").count <= 2,
            title[..<dash.lowerBound].last?.isNumber == true
        else { return title }
        return String(title[dash.upperBound...])
    }
}
