import ArgumentParser
import Foundation
import ICal
import SamplanConfig
import SamplanCore
import SamplanRender

/// `samplan import-activities`: a CSV in the report's shape (Fokusområde;Delmål;Aktivitet;Resultat;Klar?)
/// to `activities/YYYY.yaml` on stdout. Any row that cannot be read is reported with its line, and
/// then nothing is written.
struct ImportActivitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-activities",
        abstract: "Read an activity list from CSV (Fokusområde;Delmål;Aktivitet;Resultat;Klar?) and print it as activities YAML.")

    @OptionGroup var options: ConfigOptions
    @Argument(help: "The CSV file (; or , separated, UTF-8 with or without BOM, or Windows-1252).") var file: String
    @Option(help: "The year of the activity list.") var year: Int

    func validate() throws {
        if !SupportedYears.contains(year) { throw ValidationError("--year must be between \(SupportedYears.range.lowerBound) and \(SupportedYears.range.upperBound)") }
    }

    func run() throws {
        let configuration = try options.load()
        let language = configuration.organization.language
        let words = language.words.importing
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure.invalid([words.unreadable(file)])
        }
        let (records, csvProblems) = CSVReader.read(Array(data))
        // New follow-ups are dated today when importing during the year, else at its first or last day.
        let today = today(in: configuration)
        let first = LocalDate.first(ofYear: year)
        let last = LocalDate.last(ofYear: year)
        let date = min(max(today, first), last)
        var problems = csvProblems
        var activities: [Activity] = []
        if !records.allSatisfy(\.isBlank) || csvProblems.isEmpty {
            let result = ActivityImporter.read(records, configuration: configuration, year: year, followUpDate: date)
            problems += result.problems
            activities = result.activities
        }
        guard problems.isEmpty else {
            let lines = problems.sorted().map { "\(file):\($0.line): \($0.message(in: language))" }
            let summary = words.failed(file, "\(problems.count)")
            throw CommandFailure.invalid(lines + [summary])
        }
        let source = URL(fileURLWithPath: file).lastPathComponent
        print(ActivityListYAML.render(activities, year: year, source: source, configuration: configuration), terminator: "")
    }
}
