import ArgumentParser
import ICal
import SamplanConfig
import SamplanCore
import SamplanStore

/// `samplan diff`: what each feed's subscribers will see change once this configuration is
/// published, compared with what was last published from the state store. Writes nothing.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "Show what subscribers will see change (added, moved, cancelled, changed) before a reload.")

    @OptionGroup var options: ConfigOptions
    @OptionGroup var stateOptions: StateOptions
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let configuration = try options.load()
        let store = try stateOptions.open(for: configuration)
        let preview: FeedPublisher.Preview
        do {
            preview = try FeedPublisher.preview(
                configuration, store: store, asOf: asOf.date(for: configuration), year: nil, now: publicationTime())
        } catch {
            throw CommandFailure.invalid([error.description])
        }
        print(FeedDiffText.render(configuration: configuration, preview: preview), terminator: "")
    }
}

/// The diff as the admin reads it, feed by feed, in the organization's language.
enum FeedDiffText {
    static func render(
        configuration: Configuration, preview: FeedPublisher.Preview
    ) -> String {
        let language = configuration.organization.language
        let words = language.words
        let dates = DateText(language)
        let feeds: [Feed] =
            [.all] + configuration.bodies.map { .body($0.id) } + configuration.focusAreas.map { .focus($0.id) }
            + configuration.people.map { .person($0.id) }
        var lines: [String] = []
        for feed in feeds {
            let changes = preview.changes(feed, configuration: configuration)
            guard !changes.isEmpty else { continue }
            lines.append("\(FeedBuilder.name(of: feed, configuration)) (\(feed.path(token: "…"))):")
            for change in changes {
                let label: String =
                    switch change.kind {
                    case .added: words.diff.added
                    case .moved: words.meeting.moved
                    case .cancelled: words.meeting.cancelled
                    case .vanished: words.diff.vanished
                    case .description: words.diff.description
                    case .details: words.diff.details
                    }
                var text = "  \(label): \(change.after.meeting)  \(dates.dateTime(change.after.start))"
                if change.kind == .moved, let before = change.before {
                    text = "  \(label): \(change.after.meeting)  \(dates.dateTime(before.start)) → \(dates.dateTime(change.after.start))"
                }
                lines.append(text)
            }
        }
        if lines.isEmpty { return words.diff.none + "\n" }
        return lines.joined(separator: "\n") + "\n"
    }
}
