import ArgumentParser
import Foundation
import SamplanConfig
import SamplanCore
import SamplanRender

/// `samplan schedule`: every meeting of a year, as text or JSON.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule", abstract: "List the meetings of a year with shifts, moves and cancellations.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: ConfigOptions
    @Option(help: "Calendar year (default: the current year).") var year: Int?
    @Option(help: "Only this body's meetings.") var body: String?
    @Option(help: "text or json.") var format: Format = .text

    func validate() throws {
        if let year, !SupportedYears.contains(year) { throw ValidationError("--year must be between \(SupportedYears.range.lowerBound) and \(SupportedYears.range.upperBound)") }
    }

    func run() throws {
        let configuration = try options.load()
        let language = configuration.organization.language
        if let body, configuration.body(body) == nil {
            let known = configuration.bodies.map(\.id).joined(separator: ", ")
            throw CommandFailure.invalid([
                language.words.commands.unknown(language.words.commands.body, body, known)
            ])
        }
        let year = year ?? currentYear(in: configuration)
        var schedule = ScheduleBuilder.build(configuration, years: year...year)
        if let body { schedule = schedule.only(body: body) }
        switch format {
        case .text:
            print(ScheduleText.render(schedule, configuration: configuration, language: language), terminator: "")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(ScheduleDocument(schedule, language: language))
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
