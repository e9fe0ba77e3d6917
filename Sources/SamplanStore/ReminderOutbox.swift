import ICal
public import SamplanCore

/// The reminder mails due for one meeting at a moment (`followup.lead` before it): one to each
/// responsible person with flagged activities or open åtgärder for it, unless they were already
/// reminded of all of it; then a summary to the strategist of who was reminded. Built on the
/// configuration with every submitted follow-up counted, so what was answered is not asked again.
///
/// ```swift
/// let outbox = try ReminderOutbox.prepare(configuration, meeting: meeting, schedule: schedule, store: store, now: now)
/// for mail in outbox.mails { print(mail.message.mboxEntry()) }
/// ```
public struct ReminderOutbox: Sendable {
    /// Why nothing could be prepared.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// For the admin, in the organization's language.
        public let description: String
    }

    /// One mail: to a responsible person, or the summary to the strategist.
    public struct Mail: Sendable {
        /// The person id, or `summary` for the strategist's summary.
        public let recipient: String
        /// What the store records as sent.
        public let fingerprint: String
        /// The ids it reminds of (the persons' ids for the summary).
        public let items: [String]
        /// The message.
        public let message: MailMessage
    }

    /// The meeting.
    public let meeting: Meeting
    /// The mails due: the reminders in people order, then the summary.
    public let mails: [Mail]
    /// People who would be reminded but have no e-mail address.
    public let withoutEmail: [String]

    /// The reminders due for `meeting` at `now` (nothing for a meeting that has started). `schedule`
    /// should reach the year before the meeting, so its previous meeting is known.
    public static func prepare(
        _ configuration: Configuration, meeting: Meeting, schedule: Schedule, store: StateStore, now: Int
    ) throws(Failure) -> ReminderOutbox {
        guard meeting.start.epochSeconds > now, meeting.status == .confirmed else {
            return ReminderOutbox(meeting: meeting, mails: [], withoutEmail: [])
        }
        let words = configuration.organization.language.words
        guard let sender = KallelseOutbox.sender(configuration) else {
            throw Failure(description: words.kallelse.noSender(configuration.organization.strategist))
        }
        do {
            let today =
                ZoneRules(identifier: configuration.organization.timeZone)?.zoned(epochSeconds: now).local.date
                ?? LocalDate(dayNumber: now / 86_400)
            let tokens = FeedTokens(secret: try store.tokenSecret(), generations: try store.tokenGenerations())
            let base = configuration.settings.publicURL
            let agenda = AgendaBuilder(configuration: configuration, schedule: schedule).agenda(
                for: meeting, asOf: min(today, meeting.start.local.date))
            let reminders = Reminder.reminders(for: agenda, configuration: configuration) { base + "/p/" + tokens.pageToken(for: $0) }
            let domain = configuration.organization.domain
            var mails: [Mail] = []
            var withoutEmail: [String] = []
            var sent: [Reminder] = []
            for reminder in reminders {
                guard let message = reminder.mail(from: sender, date: now, domain: domain) else {
                    withoutEmail.append(reminder.person.id)
                    continue
                }
                if let before = try store.remindedItems(meeting: meeting.id, recipient: reminder.person.id),
                    Set(reminder.ids).isSubset(of: before)
                {
                    continue
                }
                sent.append(reminder)
                mails.append(Mail(recipient: reminder.person.id, fingerprint: reminder.fingerprint, items: reminder.ids, message: message))
            }
            if !sent.isEmpty, let strategist = configuration.person(configuration.organization.strategist), let email = strategist.email {
                let summary = Reminder.summary(
                    sent, meeting: meeting, to: MailMessage.Address(name: strategist.name, email: email), from: sender, date: now, domain: domain,
                    language: configuration.organization.language)
                let keys = sent.map { "\($0.person.id):\($0.fingerprint)" }
                mails.append(Mail(recipient: "summary", fingerprint: keys.joined(separator: ","), items: keys, message: summary))
            }
            return ReminderOutbox(meeting: meeting, mails: mails, withoutEmail: withoutEmail)
        } catch {
            throw Failure(description: error.description)
        }
    }

    /// Sends every mail through `send` (the mail command) and records each one it accepted, so it is
    /// never sent again; a refused one is not recorded and is due again on the next try. Returns the
    /// refused mails with their reasons.
    public func deliver(now: Int, store: StateStore, send: (MailMessage) -> String?) -> [(mail: Mail, reason: String)] {
        var refused: [(mail: Mail, reason: String)] = []
        for mail in mails {
            if let reason = send(mail.message) {
                refused.append((mail, reason))
                continue
            }
            do {
                try store.recordReminder(meeting: meeting.id, recipient: mail.recipient, fingerprint: mail.fingerprint, items: mail.items, now: now)
            } catch {
                refused.append((mail, error.description))
            }
        }
        return refused
    }
}
