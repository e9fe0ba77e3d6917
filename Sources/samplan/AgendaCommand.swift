import ArgumentParser
import Foundation
import ICal
import SamplanConfig
import SamplanCore
import SamplanRender

/// `samplan agenda`: the agenda draft of one meeting, as Markdown or a printable HTML page.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda", abstract: "Draft the agenda of a meeting: items with times, focus areas, presenters, missing follow-up.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html }

    @OptionGroup var options: ConfigOptions
    @OptionGroup var stateOptions: StateOptions
    @Argument(help: "Meeting id (see `samplan schedule`), or <body>-<YYYY-MM-DD> of the day it is held.") var meeting: String
    @Option(help: "md or html.") var format: Format = .md
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        // Follow-ups submitted through the personal pages count here as in the daemon.
        let configuration = stateOptions.countingIfPresent(try options.load())
        let language = configuration.organization.language
        let found = try MeetingLookup.find(meeting, in: configuration)
        let agenda = AgendaBuilder(configuration: configuration, schedule: found.schedule)
            .agenda(for: found.meeting, asOf: asOf.date(for: configuration))
        switch format {
        case .md: print(AgendaDocument.markdown(agenda, language: language), terminator: "")
        case .html: print(AgendaDocument.html(agenda, language: language), terminator: "")
        }
    }
}

/// Finds a meeting named on the command line, with a schedule one year wider on each side (its
/// previous and next meetings); a failure names the meetings of that body in that year.
enum MeetingLookup {
    static func find(_ id: String, in configuration: Configuration) throws(CommandFailure) -> (meeting: Meeting, schedule: Schedule) {
        let words = configuration.organization.language.words.commands
        guard let parsed = MeetingID(id) else {
            if let unsupported = MeetingID(anyYear: id) {
                throw CommandFailure.invalid([words.unsupportedYearInID(id, "\(unsupported.date.year)", SupportedYears.text)])
            }
            throw CommandFailure.invalid([words.invalidMeetingID(id)])
        }
        guard configuration.body(parsed.body) != nil else {
            let known = configuration.bodies.map(\.id).joined(separator: ", ")
            throw CommandFailure.invalid([words.unknownBodyInID(parsed.body, id, known)])
        }
        let year = parsed.date.year
        let schedule = ScheduleBuilder.build(configuration, years: (year - 1)...(year + 1))
        guard let meeting = schedule.meeting(named: id) else {
            let nearby = schedule.meetings(of: parsed.body).filter { $0.occurrence.year == year }.map(\.id)
            let list = nearby.isEmpty ? words.noneThatYear : nearby.joined(separator: ", ")
            throw CommandFailure.invalid([words.noMeeting(id, "\(year)", list)])
        }
        if meeting.id != id {
            // Named by its day: the canonical id goes to standard error, the output stays the document alone.
            FileHandle.standardError.write(Data((words.namedByDay(id, meeting.id) + "\n").utf8))
        }
        return (meeting, schedule)
    }
}
