public import SamplanCore
public import SamplanStore

/// Sends the mails of a `KallelseOutbox` through the mail command and records each one the command
/// accepted, so it is never sent again; a refused mail is not recorded and is due again on the next try.
///
/// ```swift
/// let failures = KallelseDelivery.deliver(outbox, through: MailSender(command: "msmtp -t"), store: store, now: now)
/// ```
public enum KallelseDelivery {
    /// A mail the command did not take.
    public struct Refused: Sendable {
        /// The mail.
        public let mail: KallelseOutbox.Mail
        /// Why.
        public let reason: String
    }

    /// Sends every mail; returns those refused (empty when all were sent and recorded).
    public static func deliver(_ outbox: KallelseOutbox, through sender: MailSender, store: StateStore, now: Int) -> [Refused] {
        var refused: [Refused] = []
        for mail in outbox.mails {
            switch sender.send(mail.message.rendered()) {
            case .success:
                do {
                    try store.recordKallelse(
                        meeting: outbox.meeting.id, recipient: mail.kallelse.recipient.key, record: mail.kallelse.record, now: now)
                } catch {
                    refused.append(Refused(mail: mail, reason: error.description))
                }
            case let .failure(failure):
                refused.append(Refused(mail: mail, reason: failure.description))
            }
        }
        return refused
    }
}
