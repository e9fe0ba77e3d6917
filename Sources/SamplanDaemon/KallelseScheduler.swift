import Foundation
import ICal
public import Logging
import Metrics
public import SamplanCore
public import SamplanServer
public import SamplanStore
public import ServiceLifecycle
import Synchronization

/// Sends the kallelse of each meeting at `kallelse.lead` before it, and the updates and cancellations
/// of meetings already called, driven by an injectable clock: at start-up it catches up on what was
/// missed while the daemon was down (never for a meeting that has started), then looks again every
/// `tick`. A mail the command refuses is retried with backoff (1, 2, 4 … minutes, at most an hour),
/// listed on /healthz and counted in /metrics until it goes through.
public struct KallelseScheduler: Service {
    /// What one pass did.
    public struct Pass: Hashable, Sendable {
        /// Mails sent and recorded.
        public var sent = 0
        /// Mails refused (they wait for their retry).
        public var refused = 0

        /// Nothing done yet.
        public init(sent: Int = 0, refused: Int = 0) {
            self.sent = sent
            self.refused = refused
        }
    }

    final class Retries: Sendable {
        /// Per `meeting recipient`: refused attempts so far and the first second to try again.
        let waiting = Mutex<[String: (attempts: Int, notBefore: Int, reason: String)]>([:])
    }

    let state: ServingState
    let store: StateStore
    let clock: @Sendable () -> Int
    let tick: Duration
    let logger: Logger
    let retries = Retries()
    let sentCounter = Counter(label: "samplan_kallelse_sent_total")
    let refusedCounter = Counter(label: "samplan_kallelse_refused_total")
    let waitingGauge = Gauge(label: "samplan_kallelse_waiting_retry")

    /// A scheduler over what `state` serves.
    public init(state: ServingState, store: StateStore, clock: @escaping @Sendable () -> Int, tick: Duration = .seconds(60), logger: Logger) {
        self.state = state
        self.store = store
        self.clock = clock
        self.tick = tick
        self.logger = logger
    }

    public func run() async throws {
        try await repeatUntilShutdown(every: tick) { _ = runOnce() }
    }

    /// The delay before the next try after `attempts` refusals: a minute, doubling, at most an hour.
    static func backoff(after attempts: Int) -> Int { min(60 << min(max(attempts - 1, 0), 6), 3600) }

    /// One pass over every meeting whose kallelse is due or that was already called.
    @discardableResult
    public func runOnce() -> Pass {
        guard let snapshot = state.snapshot else { return Pass() }
        let configuration = snapshot.configuration
        guard let command = configuration.settings.sendCommand else { return Pass() }
        let now = clock()
        let today = snapshot.today(at: now)
        let lead = max(configuration.settings.kallelseLead.totalDays, 0)
        let called: Set<String>
        do {
            called = try store.kallelseMeetings()
        } catch {
            logger.error("kallelse: \(error.description)")
            return Pass()
        }
        let horizon = today.adding(days: lead)
        let schedule = ScheduleBuilder.build(configuration, years: (today.year - 1)...(horizon.year + 2))
        let due = schedule.meetings.filter { meeting in
            meeting.start.epochSeconds > now && (meeting.start.local.date <= horizon || called.contains(meeting.id))
        }
        var pass = Pass()
        let sender = MailSender(command: command)
        let outboxes: [KallelseOutbox]
        do {
            outboxes = try KallelseOutbox.prepare(configuration, meetings: due, schedule: schedule, store: store, now: now, record: true)
        } catch {
            logger.error("kallelse: \(error.description)")
            return pass
        }
        for outbox in outboxes {
            let meeting = outbox.meeting
            let ready = outbox.filter { mail in
                retries.waiting.withLock { $0[Self.key(meeting.id, mail)].map { $0.notBefore <= now } ?? true }
            }
            guard !ready.mails.isEmpty else { continue }
            let refused = KallelseDelivery.deliver(ready, through: sender, store: store, now: now)
            let refusedKeys = Set(refused.map { Self.key(meeting.id, $0.mail) })
            retries.waiting.withLock { waiting in
                for mail in ready.mails where !refusedKeys.contains(Self.key(meeting.id, mail)) { waiting[Self.key(meeting.id, mail)] = nil }
                for failure in refused {
                    let key = Self.key(meeting.id, failure.mail)
                    let attempts = (waiting[key]?.attempts ?? 0) + 1
                    waiting[key] = (attempts, now + Self.backoff(after: attempts), failure.reason)
                }
            }
            for failure in refused {
                logger.error("kallelse \(meeting.id) to \(failure.mail.kallelse.recipient.email) refused: \(failure.reason)")
            }
            let sent = ready.mails.count - refused.count
            if sent > 0 { logger.info("kallelse \(meeting.id): \(sent) mails sent") }
            pass.sent += sent
            pass.refused += refused.count
            sentCounter.increment(by: sent)
            refusedCounter.increment(by: refused.count)
        }
        let waiting = retries.waiting.withLock { waiting in waiting.map { "\($0.key): \($0.value.reason)" }.sorted() }
        waitingGauge.record(waiting.count)
        state.reportMailFailures(waiting)
        return pass
    }

    private static func key(_ meeting: String, _ mail: KallelseOutbox.Mail) -> String { meeting + " " + mail.kallelse.recipient.key }
}
