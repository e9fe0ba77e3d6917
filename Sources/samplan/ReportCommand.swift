import ArgumentParser
import Foundation
import SamplanConfig
import SamplanCore
import SamplanRender

/// `samplan report`: the yearly follow-up of the activity list (the report's Bilaga 1).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The follow-up of a year's activity list: Aktivitet | Resultat | Klar? per focus area and delmål.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, csv }

    @OptionGroup var options: ConfigOptions
    @OptionGroup var stateOptions: StateOptions
    @Option(help: "The year of the activity list (activities/YYYY.yaml).") var year: Int
    @Option(help: "md, html or csv (semicolon-separated, UTF-8 with BOM, for Excel).") var format: Format = .md

    func validate() throws {
        if !SupportedYears.contains(year) { throw ValidationError("--year must be between \(SupportedYears.range.lowerBound) and \(SupportedYears.range.upperBound)") }
    }

    func run() throws {
        // Follow-ups submitted through the personal pages count here as in the daemon.
        let configuration = stateOptions.countingIfPresent(try options.load())
        let language = configuration.organization.language
        let report = FollowUpReport(configuration, year: year)
        switch format {
        case .md: print(ReportDocument.markdown(report, language: language), terminator: "")
        case .html: print(ReportDocument.html(report, language: language), terminator: "")
        case .csv: FileHandle.standardOutput.write(Data(ReportDocument.csv(report, language: language)))
        }
    }
}
