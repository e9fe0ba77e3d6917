import Foundation
public import Logging
import SamplanConfig
import SamplanCore
public import SamplanServer
public import ServiceLifecycle
import UnixSignals

/// Keeps the served configuration current: reloads on SIGHUP and when a file in the configuration
/// directory changes (polled, debounced). A new configuration is loaded and validated in full off
/// to the side and installed only when valid; otherwise its errors are logged and shown on
/// /healthz, and the old one keeps serving. A rejected configuration is tried again every
/// `retryInterval` even when no file changes, because some errors pass with time (minutes written
/// for a meeting that has not started yet); the same errors again are logged only at debug level.
public struct ReloadService: Service {
    /// What a reload did.
    public enum Outcome: Sendable {
        case installed(version: String)
        case unchanged(version: String)
        case rejected([String])
    }

    let directory: String
    let state: ServingState
    let pollInterval: Duration
    let retryInterval: Duration
    let clock: @Sendable () -> Int
    let logger: Logger
    let onOutcome: @Sendable (Outcome) -> Void

    /// A reload service for `directory` installing into `state`.
    public init(
        directory: String, state: ServingState, pollInterval: Duration = .seconds(2), retryInterval: Duration = .seconds(600),
        clock: @escaping @Sendable () -> Int, logger: Logger, onOutcome: @escaping @Sendable (Outcome) -> Void = { _ in }
    ) {
        self.directory = directory
        self.state = state
        self.pollInterval = pollInterval
        self.retryInterval = retryInterval
        self.clock = clock
        self.logger = logger
        self.onOutcome = onOutcome
    }

    /// Loads the directory once; installs it when valid. Returns what happened.
    @discardableResult
    public func reload(reason: String) -> Outcome {
        if reason == "SIGHUP" { SystemdNotifier.reloading() }
        defer { if reason == "SIGHUP" { SystemdNotifier.notify("READY=1") } }
        let outcome: Outcome
        switch ConfigLoader.loadVersioned(directory: directory, now: clock()) {
        case let .success((configuration, version, warnings)):
            if state.snapshot?.version == version && state.errors.isEmpty {
                outcome = .unchanged(version: version)
            } else {
                state.install(Snapshot(configuration: configuration, version: version, loadedAt: clock()))
                logger.info("configuration loaded", metadata: ["version": "\(version)", "reason": "\(reason)", "directory": "\(directory)"])
                for warning in warnings { logger.warning("\(warning.warningDescription(in: configuration.organization.language))") }
                outcome = .installed(version: version)
            }
        case let .failure(errors):
            let again = state.errors == errors.lines
            state.reject(errors.lines)
            let level: Logger.Level = again ? .debug : .error
            logger.log(
                level: level, "configuration rejected; the previous one keeps serving",
                metadata: ["errors": "\(errors.lines.count)", "reason": "\(reason)", "directory": "\(directory)"])
            for line in errors.lines { logger.log(level: level, "\(line)") }
            outcome = .rejected(errors.lines)
        }
        onOutcome(outcome)
        return outcome
    }

    public func run() async throws {
        let (triggers, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(1))
        // Graceful shutdown cancels the loops below; that is how this service ends, not an error.
        do {
            try await run(triggers: triggers, continuation: continuation)
        } catch is CancellationError {
            return
        }
    }

    private func run(triggers: AsyncStream<String>, continuation: AsyncStream<String>.Continuation) async throws {
        try await cancelWhenGracefulShutdown {
            try await withThrowingDiscardingTaskGroup { group in
                group.addTask {
                    for await _ in await UnixSignalsSequence(trapping: .sighup) { continuation.yield("SIGHUP") }
                }
                group.addTask {
                    var seen = ConfigDirectory.stamp(directory)
                    var sinceAttempt = Duration.zero
                    while !Task.isCancelled {
                        try await Task.sleep(for: pollInterval)
                        sinceAttempt += pollInterval
                        let now = ConfigDirectory.stamp(directory)
                        guard now != seen else {
                            if !state.errors.isEmpty, sinceAttempt >= retryInterval {
                                sinceAttempt = .zero
                                continuation.yield("retry")
                            }
                            continue
                        }
                        sinceAttempt = .zero
                        // Debounce: an editor writes in several steps; wait until the files are still.
                        try await Task.sleep(for: .milliseconds(300))
                        let settled = ConfigDirectory.stamp(directory)
                        guard settled == now else { continue }
                        seen = settled
                        continuation.yield("file change")
                    }
                }
                group.addTask {
                    for await reason in triggers { reload(reason: reason) }
                }
            }
        }
    }
}
