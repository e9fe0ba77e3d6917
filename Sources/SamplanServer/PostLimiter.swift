import Synchronization

/// At most `limit` POSTs per token in any hour: each token's recent POST times, forgotten after an
/// hour. In memory: a restart forgives, which is the price of never writing on a refused request.
final class PostLimiter: Sendable {
    private let times = Mutex<[String: [Int]]>([:])
    let limit: Int
    let window: Int

    /// A limiter of `limit` POSTs per `window` seconds.
    init(limit: Int = 30, window: Int = 3600) {
        self.limit = limit
        self.window = window
    }

    /// Counts a POST for `key` at `now`; false when the key has used up its POSTs for the hour.
    func admit(_ key: String, now: Int) -> Bool {
        times.withLock { times in
            var recent = (times[key] ?? []).filter { $0 > now - window }
            defer {
                times[key] = recent
                // Keys not seen for an hour are dropped whenever the table grows.
                if times.count > 10_000 { times = times.filter { $0.value.contains { $0 > now - window } } }
            }
            guard recent.count < limit else { return false }
            recent.append(now)
            return true
        }
    }
}
