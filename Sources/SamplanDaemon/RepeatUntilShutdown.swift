import ServiceLifecycle

/// Runs `pass` now and then every `tick` until graceful shutdown: the loop of the daemon's periodic
/// services (drafts, kallelse).
func repeatUntilShutdown(every tick: Duration, _ pass: @escaping @Sendable () -> Void) async throws {
    do {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                pass()
                try await Task.sleep(for: tick)
            }
        }
    } catch is CancellationError {
        return
    }
}
