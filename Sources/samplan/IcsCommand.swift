import ArgumentParser
import ICal
import SamplanConfig
import SamplanCore
import SamplanStore

/// `samplan ics`: one feed as iCalendar text on stdout, recording revisions in the state store.
struct IcsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics", abstract: "Write a calendar feed (one body, one person, one focus area, or all) to stdout.")

    @OptionGroup var options: ConfigOptions
    @OptionGroup var stateOptions: StateOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: "A body's public feed.") var body: String?
    @Option(help: "A person's private feed.") var person: String?
    @Option(help: "A focus area's public feed.") var focus: String?
    @Flag(help: "Every body's meetings.") var all = false
    @Option(help: "Only this calendar year instead of the rolling window.") var year: Int?

    func validate() throws {
        let chosen = [body != nil, person != nil, focus != nil, all].filter { $0 }.count
        guard chosen == 1 else { throw ValidationError("give exactly one of --body, --person, --focus, --all") }
        if let year, !SupportedYears.contains(year) { throw ValidationError("--year must be between \(SupportedYears.range.lowerBound) and \(SupportedYears.range.upperBound)") }
    }

    func run() throws {
        let configuration = try options.load()
        let feed = try FeedChoice.resolve(body: body, person: person, focus: focus, configuration: configuration)
        let store = try stateOptions.open(for: configuration)
        let publication = try FeedPublication.publish(configuration, store: store, asOf: asOf.date(for: configuration), year: year)
        print(try FeedPublication.render(publication.document(feed), configuration), terminator: "")
    }
}

/// Turning a feed request into a `Feed`, with the admin's language for unknown ids.
enum FeedChoice {
    static func resolve(body: String?, person: String?, focus: String?, configuration: Configuration) throws(CommandFailure) -> Feed {
        let words = configuration.organization.language.words.commands
        func unknown(_ what: String, _ id: String, _ known: [String]) -> CommandFailure {
            CommandFailure.invalid([
                words.unknown(what, id, known.joined(separator: ", "))
            ])
        }
        if let body {
            guard configuration.body(body) != nil else { throw unknown(words.body, body, configuration.bodies.map(\.id)) }
            return .body(body)
        }
        if let person {
            guard configuration.person(person) != nil else { throw unknown(words.person, person, configuration.people.map(\.id)) }
            return .person(person)
        }
        if let focus {
            guard configuration.focusAreas.contains(where: { $0.id == focus }) else {
                throw unknown(words.focusArea, focus, configuration.focusAreas.map(\.id))
            }
            return .focus(focus)
        }
        return .all
    }
}

/// Publishing from the command line: the state store's errors and libical's refusals as exit 1.
enum FeedPublication {
    static func publish(_ configuration: Configuration, store: StateStore, asOf: LocalDate, year: Int?) throws(CommandFailure) -> FeedPublisher {
        do {
            return try FeedPublisher.publish(
                configuration, store: store, asOf: asOf, year: year, now: publicationTime())
        } catch {
            throw CommandFailure.invalid([error.description])
        }
    }

    static func render(_ document: CalendarDocument, _ configuration: Configuration) throws(CommandFailure) -> String {
        do {
            return try CalendarWriter.render(document)
        } catch {
            throw CommandFailure.invalid(["libical: cannot write the calendar (\(error.code))"])
        }
    }
}
