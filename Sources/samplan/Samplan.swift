import ArgumentParser
import Foundation

/// The `samplan` command line: one subcommand per file, each a thin call into the modules.
@main
struct Samplan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samplan",
        abstract: "Plans the meetings of an HSVO collaboration: schedule, agendas, follow-up, calendar feeds.",
        subcommands: [
            ValidateCommand.self, ScheduleCommand.self, IcsCommand.self, TokenCommand.self, DiffCommand.self, AgendaCommand.self,
            FlagsCommand.self, ReportCommand.self, ArshjulCommand.self, ImportActivitiesCommand.self, MinutesCommand.self, ServeCommand.self, KallelseCommand.self,
            RemindCommand.self, FollowUpsCommand.self,
        ]
    )

    /// Exit status: 0 success, 1 invalid input (message on stderr), 2 usage error.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data(failure.message.utf8))
            Foundation.exit(failure.code)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue == 0 ? 1 : (code.rawValue == 64 ? 2 : code.rawValue))
        }
    }
}

/// A command that failed for a reason the user can fix; the message is already in their language.
struct CommandFailure: Error {
    let message: String
    let code: Int32

    /// Invalid input: exit 1.
    static func invalid(_ lines: [String]) -> CommandFailure {
        CommandFailure(message: lines.joined(separator: "\n") + "\n", code: 1)
    }
}
