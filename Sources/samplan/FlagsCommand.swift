import ArgumentParser
import Foundation
import ICal
import SamplanConfig
import SamplanCore
import SamplanRender

/// `samplan flags`: activities lacking follow-up, double bookings and overlong agendas, as of a date:
/// for one meeting, or for each body's next meeting.
struct FlagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags",
        abstract: "Flag activities lacking follow-up, double bookings and overlong agendas (one meeting, or each body's next).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: ConfigOptions
    @OptionGroup var stateOptions: StateOptions
    @Option(help: "Only this meeting (default: each body's next meeting on or after the date).") var meeting: String?
    @OptionGroup var asOf: AsOfOption
    @Option(help: "text or json.") var format: Format = .text

    func run() throws {
        // Follow-ups submitted through the personal pages count here as in the daemon.
        let configuration = stateOptions.countingIfPresent(try options.load())
        let language = configuration.organization.language
        let date = asOf.date(for: configuration)
        let meetings: [Meeting]
        let checker: FlagChecker
        if let meeting {
            let found = try MeetingLookup.find(meeting, in: configuration)
            checker = FlagChecker(configuration: configuration, schedule: found.schedule)
            meetings = [found.meeting]
        } else {
            checker = FlagChecker(
                configuration: configuration, schedule: ScheduleBuilder.build(configuration, years: (date.year - 1)...(date.year + 1)))
            meetings = checker.upcomingMeetings(asOf: date)
        }
        let flags = meetings.flatMap { checker.flags(for: $0, asOf: date) }
        switch format {
        case .text:
            print(FlagsText.render(flags, meetings: meetings, asOf: date, configuration: configuration), terminator: "")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(FlagsDocument(flags, language: language)), as: UTF8.self))
        }
    }
}
