import ArgumentParser
import Foundation
import SamplanConfig
import SamplanCore
import SamplanRender

/// `samplan report`: the yearly follow-up of the activity list (Bilaga 1), or the whole narrative
/// report (samverkansberättelse) with Bilaga 1 as its appendix; Markdown, HTML, CSV or Word.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The yearly report: Bilaga 1 (Aktivitet | Resultat | Klar?) or the samverkansberättelse, as md, html, csv or docx.")

    enum Kind: String, ExpressibleByArgument, CaseIterable { case bilaga, berattelse }
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, csv, docx }

    @OptionGroup var options: ConfigOptions
    @OptionGroup var stateOptions: StateOptions
    @Option(help: "The year of the activity list (activities/YYYY.yaml).") var year: Int
    @Option(help: "bilaga (the follow-up table, default) or berattelse (the narrative report with Bilaga 1).") var kind: Kind = .bilaga
    @Option(help: "md, html, csv (semicolon-separated, UTF-8 with BOM, for Excel; bilaga only) or docx (Word, through pandoc).")
    var format: Format = .md

    func validate() throws {
        if !SupportedYears.contains(year) {
            throw ValidationError("--year must be between \(SupportedYears.range.lowerBound) and \(SupportedYears.range.upperBound)")
        }
    }

    func run() throws {
        // Follow-ups submitted through the personal pages count here as in the daemon.
        let configuration = stateOptions.countingIfPresent(try options.load())
        let language = configuration.organization.language
        switch kind {
        case .bilaga:
            let report = FollowUpReport(configuration, year: year)
            switch format {
            case .md: print(ReportDocument.markdown(report, language: language), terminator: "")
            case .html: print(ReportDocument.html(report, language: language), terminator: "")
            case .csv: FileHandle.standardOutput.write(Data(ReportDocument.csv(report, language: language)))
            case .docx:
                FileHandle.standardOutput.write(try Pandoc.docx(fromHTML: ReportDocument.wordHTML(report, language: language), language: language))
            }
        case .berattelse:
            let report = AnnualReport(configuration, year: year)
            switch format {
            case .md: print(NarrativeDocument.markdown(report, language: language), terminator: "")
            case .html: print(NarrativeDocument.html(report, language: language), terminator: "")
            case .csv: throw CommandFailure(message: language.words.narrative.csvOnlyAppendix + "\n", code: 2)
            case .docx:
                FileHandle.standardOutput.write(try Pandoc.docx(fromHTML: NarrativeDocument.wordHTML(report, language: language), language: language))
            }
        }
    }
}
