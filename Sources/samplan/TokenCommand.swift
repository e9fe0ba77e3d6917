import ArgumentParser
import SamplanConfig
import SamplanCore
import SamplanStore

/// `samplan token PERSON`: the person's private feed URL; `--rotate` revokes the old one first.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Print a person's private feed URL (--rotate makes a new one and revokes the old).")

    @OptionGroup var options: ConfigOptions
    @OptionGroup var stateOptions: StateOptions
    @Argument(help: "Person id.") var person: String
    @Flag(help: "Revoke the current URL and print a new one.") var rotate = false

    func run() throws {
        let configuration = try options.load()
        _ = try FeedChoice.resolve(body: nil, person: person, focus: nil, configuration: configuration)
        let store = try stateOptions.open(for: configuration)
        do {
            if rotate { _ = try store.rotateToken(of: person) }
            let tokens = FeedTokens(secret: try store.tokenSecret(), generations: try store.tokenGenerations())
            print(configuration.settings.publicURL + Feed.person(person).path(token: tokens.token(for: person)))
        } catch {
            throw CommandFailure.invalid([error.description])
        }
    }
}
