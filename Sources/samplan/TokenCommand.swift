import ArgumentParser
import SamplanConfig
import SamplanCore
import SamplanStore

/// `samplan token PERSON`: the person's private feed URL and their personal page URL, one per line;
/// `--rotate` revokes both and prints new ones.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Print a person's private feed URL and personal page URL (--rotate makes new ones and revokes the old).")

    @OptionGroup var options: ConfigOptions
    @OptionGroup var stateOptions: StateOptions
    @Argument(help: "Person id.") var person: String
    @Flag(help: "Revoke the current URLs (feed and personal page) and print new ones.") var rotate = false

    func run() throws {
        let configuration = try options.load()
        _ = try FeedChoice.resolve(body: nil, person: person, focus: nil, configuration: configuration)
        let store = try stateOptions.open(for: configuration)
        do {
            if rotate { _ = try store.rotateToken(of: person) }
            let tokens = FeedTokens(secret: try store.tokenSecret(), generations: try store.tokenGenerations())
            let base = configuration.settings.publicURL
            print(base + Feed.person(person).path(token: tokens.token(for: person)))
            print(base + "/p/" + tokens.pageToken(for: person))
        } catch {
            throw CommandFailure.invalid([error.description])
        }
    }
}
