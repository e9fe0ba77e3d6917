import ArgumentParser
import Foundation
import ICal
import SamplanConfig
import SamplanCore

/// `samplan validate`: every error with FILE:LINE:COLUMN (exit 1), or a one-line summary (exit 0)
/// after the warnings on stderr: what loads but is probably not meant, and the years up to this one
/// that have meetings but no activity list.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check a configuration directory and report every error.")

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let (configuration, warnings) = try options.loadChecked()
        let now = currentYear(in: configuration)
        let years = Set(configuration.activities.map(\.year)).union([now]).sorted()
        let schedule = ScheduleBuilder.build(configuration, years: (years.first ?? now)...(years.last ?? now))
        let perYear = years.map { year in
            "\(year): \(schedule.meetings.filter { $0.start.local.date.year == year && $0.status == .confirmed }.count)"
        }
        let language = configuration.organization.language
        var notes = warnings.map { $0.warningDescription(in: language) }
        let lacking = Self.yearsLackingList(configuration, through: now)
        if !lacking.isEmpty {
            let path = options.directory.hasSuffix("/") ? String(options.directory.dropLast()) : options.directory
            let years = lacking.map(String.init).joined(separator: ", ")
            notes.append("\(path)/activities: \(language.words.config.warning): \(language.words.config.missingLists(years))")
        }
        if !notes.isEmpty { FileHandle.standardError.write(Data((notes.joined(separator: "\n") + "\n").utf8)) }
        let words = language.words.commands
        let counts = words.counts(
            configuration.bodies.count, configuration.people.count, configuration.focusAreas.count, configuration.activities.count)
        print(words.valid(options.directory, counts, perYear.joined(separator: ", ")))
    }

    /// The years from the first activity list (or `current` when there is none) through `current`
    /// that have a confirmed meeting but no activity list.
    static func yearsLackingList(_ configuration: Configuration, through current: Int) -> [Int] {
        let first = min(configuration.activityListYears.min() ?? current, current)
        let schedule = ScheduleBuilder.build(configuration, years: first...current)
        let meetingYears = Set(schedule.meetings.filter { $0.status == .confirmed }.map(\.start.local.date.year))
        return (first...current).filter { meetingYears.contains($0) && configuration.lacksActivityList($0) }
    }
}
