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
        let sv = configuration.organization.language == .sv
        let counts =
            sv
            ? "\(configuration.bodies.count) organ, \(configuration.people.count) personer, \(configuration.focusAreas.count) fokusområden, \(configuration.activities.count) aktiviteter"
            : "\(configuration.bodies.count) bodies, \(configuration.people.count) people, \(configuration.focusAreas.count) focus areas, \(configuration.activities.count) activities"
        print(
            "\(options.directory): " + (sv ? "giltig – " : "valid – ") + counts + (sv ? "; möten per år: " : "; meetings per year: ")
                + perYear.joined(separator: ", "))
    }
}
