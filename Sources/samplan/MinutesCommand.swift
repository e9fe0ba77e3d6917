import ArgumentParser
import Foundation
import ICal
import SamplanConfig
import SamplanCore
import SamplanRender

/// `samplan minutes`: the minnesanteckningar of a held meeting as Markdown or a printable HTML page,
/// or with `--template` the skeleton of `minutes/<meeting-id>.yaml` to fill in (on stdout; samplan
/// never writes into the configuration directory).
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Print the minutes of a meeting (md or html), or with --template the minutes file to fill in after the meeting.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html }

    @OptionGroup var options: ConfigOptions
    @Argument(help: "Meeting id (see `samplan schedule`), or <body>-<YYYY-MM-DD> of the day it is held.") var meeting: String
    @Flag(help: "Print a prefilled minutes/<meeting-id>.yaml to fill in after the meeting.") var template = false
    @Option(help: "md or html.") var format: Format = .md

    func run() throws {
        let configuration = try options.load()
        let found = try MeetingLookup.find(meeting, in: configuration)
        let builder = AgendaBuilder(configuration: configuration, schedule: found.schedule)
        if template {
            let asOf = max(found.meeting.start.local.date, today(in: configuration))
            print(MinutesTemplate.yaml(agenda: builder.agenda(for: found.meeting, asOf: asOf), configuration: configuration), terminator: "")
            return
        }
        guard let minutes = configuration.minutes(of: found.meeting.id) else {
            let words = configuration.organization.language.words.commands
            throw CommandFailure.invalid([words.noMinutes(found.meeting.id, "minutes/\(found.meeting.id).yaml")])
        }
        let agenda = builder.agenda(for: found.meeting, asOf: found.meeting.start.local.date)
        switch format {
        case .md: print(MinutesDocument.markdown(minutes, agenda: agenda, configuration: configuration), terminator: "")
        case .html: print(MinutesDocument.html(minutes, agenda: agenda, configuration: configuration), terminator: "")
        }
    }
}
