import Foundation
import ICal
public import Logging
import Metrics
public import SamplanCore
public import SamplanServer
public import SamplanStore
public import ServiceLifecycle

/// Sends the follow-up reminders of each meeting at `followup.lead` before it, through the same mail
/// command as the kallelse, driven by an injectable clock: at start-up it catches up on what was
/// missed while the daemon was down (never for a meeting that has started), then looks again every
/// `tick`. A refused mail is not recorded, so it is tried again on the next pass.
public struct ReminderScheduler: Service {
    let state: ServingState
    let store: StateStore
    let clock: @Sendable () -> Int
    let tick: Duration
    let logger: Logger
    let sentCounter = Counter(label: "samplan_reminders_sent_total")
    let refusedCounter = Counter(label: "samplan_reminders_refused_total")

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

    /// One pass over every meeting within `followup.lead`; returns the mails sent and refused.
    @discardableResult
    public func runOnce() -> KallelseScheduler.Pass {
        guard let snapshot = state.snapshot else { return KallelseScheduler.Pass() }
        let configuration = snapshot.configuration
        guard let command = configuration.settings.sendCommand else { return KallelseScheduler.Pass() }
        let now = clock()
        let today = snapshot.today(at: now)
        let horizon = today.adding(days: max(configuration.settings.followupLead.totalDays, 0))
        let schedule = ScheduleBuilder.build(configuration, years: (today.year - 1)...(horizon.year + 1))
        let due = schedule.meetings.filter { $0.status == .confirmed && $0.start.epochSeconds > now && $0.start.local.date <= horizon }
        let sender = MailSender(command: command)
        var pass = KallelseScheduler.Pass()
        for meeting in due {
            let outbox: ReminderOutbox
            do {
                outbox = try ReminderOutbox.prepare(configuration, meeting: meeting, schedule: schedule, store: store, now: now)
            } catch {
                logger.error("reminders \(meeting.id): \(error.description)")
                continue
            }
            guard !outbox.mails.isEmpty else { continue }
            let refused = outbox.deliver(now: now, store: store) { message in
                switch sender.send(message.rendered()) {
                case .success: nil
                case let .failure(failure): failure.description
                }
            }
            for failure in refused { logger.error("reminder \(meeting.id) to \(failure.mail.recipient) refused: \(failure.reason)") }
            let sent = outbox.mails.count - refused.count
            if sent > 0 { logger.info("reminders \(meeting.id): \(sent) mails sent") }
            pass.sent += sent
            pass.refused += refused.count
            sentCounter.increment(by: sent)
            refusedCounter.increment(by: refused.count)
        }
        return pass
    }
}
