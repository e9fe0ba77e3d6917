import ArgumentParser
import Foundation
import Logging
import SamplanDaemon

/// `samplan serve`: the daemon. Feeds, health and metrics over HTTP; reloads on SIGHUP and when the
/// configuration changes; stops gracefully on SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the daemon: calendar feeds over HTTP, live reload, graceful shutdown.")

    @OptionGroup var options: ConfigOptions
    @Option(name: .long, help: "State directory or .sqlite file (default: $STATE_DIRECTORY, else state.path, else ./state).")
    var state: String?
    @Option(name: .long, help: "HOST:PORT to listen on (default: server.listen, else 127.0.0.1:8080; port 0 picks a free one).")
    var listen: String?

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
            return handler
        }
        let logger = Logger(label: "samplan")
        do {
            try await Daemon(
                options: Daemon.Options(
                    configDirectory: options.directory, state: state, listen: listen,
                    postLimit: ProcessInfo.processInfo.environment["SAMPLAN_POST_LIMIT"].flatMap { Int($0) }.map { max(1, $0) } ?? 30),
                logger: logger, clock: samplanClock()
            )
            .run()
        } catch let failure as Daemon.StartFailure {
            throw CommandFailure.invalid([failure.description])
        }
    }
}
