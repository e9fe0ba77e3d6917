import ArgumentParser
import ICal
import SamplanConfig
import SamplanCore

/// `samplan validate`: every error with FILE:LINE:COLUMN, or a one-line summary.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check a configuration directory and report every error.")

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let configuration = try options.load()
        let now = currentYear(in: configuration)
        let years = Set(configuration.activities.map(\.year)).union([now]).sorted()
        let schedule = ScheduleBuilder.build(configuration, years: (years.first ?? now)...(years.last ?? now))
        let perYear = years.map { year in
            "\(year): \(schedule.meetings.filter { $0.start.local.date.year == year && $0.status == .confirmed }.count)"
        }
        let words = configuration.organization.language.words.commands
        let counts = words.counts(
            configuration.bodies.count, configuration.people.count, configuration.focusAreas.count, configuration.activities.count)
        print(words.valid(options.directory, counts, perYear.joined(separator: ", ")))
    }
}
