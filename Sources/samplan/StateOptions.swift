import ArgumentParser
import Foundation
import SamplanCore
import SamplanStore

/// `--state PATH`, shared by the commands that read or write the state store.
struct StateOptions: ParsableArguments {
    @Option(name: .long, help: "State directory or .sqlite file (default: $STATE_DIRECTORY, else state.path, else ./state).")
    var state: String?

    func location(for configuration: Configuration) -> StateLocation {
        StateLocation.resolve(
            explicit: state, environment: ProcessInfo.processInfo.environment, configured: configuration.settings.statePath,
            workingDirectory: FileManager.default.currentDirectoryPath)
    }

    /// The opened store, or a failure naming the file (exit 1).
    func open(for configuration: Configuration) throws(CommandFailure) -> StateStore {
        do {
            return try StateStore(location: location(for: configuration))
        } catch {
            let words = configuration.organization.language.words.commands
            throw CommandFailure.invalid([words.stateUnavailable(error.description)])
        }
    }
}

extension StateOptions {
    /// `configuration` with the follow-ups submitted through the personal pages counted (as the daemon
    /// serves it).
    func counting(_ configuration: Configuration, store: StateStore) throws(CommandFailure) -> Configuration {
        do {
            return configuration.adding(try store.submissions())
        } catch {
            throw CommandFailure.invalid([configuration.organization.language.words.commands.stateUnavailable(error.description)])
        }
    }

    /// `configuration` with the submitted follow-ups counted when the state store exists; unchanged
    /// when it does not (reading commands never create one).
    func countingIfPresent(_ configuration: Configuration) -> Configuration {
        let location = location(for: configuration)
        guard FileManager.default.fileExists(atPath: location.databaseFile),
            let store = try? StateStore(location: location), let submissions = try? store.submissions()
        else { return configuration }
        return configuration.adding(submissions)
    }
}

/// The time revisions are stamped with: the clock, or `SAMPLAN_NOW` (seconds since 1970) when set,
/// which tests use to make LAST-MODIFIED predictable.
func publicationTime() -> Int { samplanClock()() }

/// The clock of a command or the daemon: real time, or time running on from `SAMPLAN_NOW` when set
/// (tests start the daemon on a chosen day and see its jobs run as they would then).
func samplanClock() -> @Sendable () -> Int {
    guard let text = ProcessInfo.processInfo.environment["SAMPLAN_NOW"], let start = Int(text) else {
        return { Int(Date().timeIntervalSince1970) }
    }
    let origin = Date()
    return { start + Int(Date().timeIntervalSince(origin)) }
}
