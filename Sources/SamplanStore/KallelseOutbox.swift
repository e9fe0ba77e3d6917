public import ICal
public import SamplanCore

/// The kallelse mails due for one meeting at a moment: the first kallelse to everyone called, an
/// updated one after a change, a cancellation, and a cancellation to someone no longer called; never
/// anything for a meeting that has started, never the same mail twice (the state store keeps what each
/// recipient was told). The calendar's SEQUENCE is the feed's: the event is reconciled in the same
/// state store the feeds use.
///
/// ```swift
/// let outbox = try KallelseOutbox.prepare(configuration, meeting: meeting, schedule: schedule, store: store, now: now, record: true)
/// for mail in outbox.mails { print(mail.message.mboxEntry()) }
/// ```
public struct KallelseOutbox: Sendable {
    /// Why nothing could be prepared.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// For the admin, in the organization's language.
        public let description: String
    }

    /// One mail and what it tells.
    public struct Mail: Sendable {
        /// The kallelse.
        public let kallelse: Kallelse
        /// The message.
        public let message: MailMessage
    }

    /// The meeting.
    public let meeting: Meeting
    /// The mails due, in recipient order.
    public let mails: [Mail]

    /// The same outbox with only the mails `keep` accepts (those not waiting for a retry).
    public func filter(_ keep: (Mail) -> Bool) -> KallelseOutbox {
        KallelseOutbox(meeting: meeting, mails: mails.filter(keep))
    }

    /// The sender: the strategist, else the organization's functional address.
    public static func sender(_ configuration: Configuration) -> MailMessage.Address? {
        let organization = configuration.organization
        if let strategist = configuration.person(organization.strategist), let email = strategist.email {
            return MailMessage.Address(name: strategist.name, email: email)
        }
        return organization.contact.map { MailMessage.Address(name: organization.name, email: $0) }
    }

    /// What is due for `meeting` at `now`. With `record`, the meeting's feed revision is recorded (as
    /// publishing the feeds would); without, nothing is written (a dry run).
    public static func prepare(
        _ configuration: Configuration, meeting: Meeting, schedule: Schedule, store: StateStore, now: Int, record: Bool
    ) throws(Failure) -> KallelseOutbox {
        let words = configuration.organization.language.words.kallelse
        guard meeting.start.epochSeconds > now else { return KallelseOutbox(meeting: meeting, mails: []) }
        guard let sender = sender(configuration) else { throw Failure(description: words.noSender(configuration.organization.strategist)) }
        do {
            let day = meeting.start.local.date
            // The event exactly as the feeds publish it today (same window, same presenters), so the
            // feeds and the invitations agree on its content and never bump each other's SEQUENCE.
            let today = ZoneRules(identifier: configuration.organization.timeZone)?.zoned(epochSeconds: now).local.date ?? day
            let uid = FeedBuilder.uid(meeting.id, configuration)
            var found: (content: EventContent, fingerprint: String, presenters: [EventContent.Participant])?
            for year in [nil, day.year] {
                let extras = FeedExtras.standard(configuration, window: FeedBuilder.window(configuration, asOf: today, year: year))
                let preview = try FeedPublisher.preview(configuration, store: store, asOf: today, year: year, now: now, extras: extras)
                if let index = preview.contents.firstIndex(where: { $0.uid == uid }) {
                    found = (preview.contents[index], preview.contentFingerprints[index], extras.presenters[meeting.id] ?? [])
                    break
                }
            }
            guard let found else { return KallelseOutbox(meeting: meeting, mails: []) }
            let content = found.content
            let revision = try revision(of: content, fingerprint: found.fingerprint, store: store, now: now, record: record)
            let agenda = AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: meeting, asOf: day)
            let organizer = CalendarEvent.Participant(name: sender.name, email: sender.email)
            let builder = KallelseBuilder(configuration: configuration, agenda: agenda, content: content, revision: revision, organizer: organizer)
            let previous = try store.kallelseRecords(meeting: meeting.id)
            let recipients = KallelseRecipient.recipients(of: meeting, configuration: configuration, presenters: found.presenters)
            var kallelser: [Kallelse] = []
            for recipient in recipients {
                guard
                    let kind = Kallelse.Kind.due(
                        previous: previous[recipient.key], current: builder.record(for: recipient), channel: recipient.channel)
                else { continue }
                kallelser.append(builder.kallelse(for: recipient, kind: kind, previous: previous[recipient.key]))
            }
            let called = Set(recipients.map(\.key))
            for (key, before) in previous.sorted(by: { $0.key < $1.key }) where !called.contains(key) && !before.email.isEmpty {
                guard Kallelse.Kind.due(previous: before, current: nil, channel: before.channel) != nil else { continue }
                let recipient = KallelseRecipient(key: key, name: before.name, email: before.email, channel: before.channel)
                kallelser.append(builder.kallelse(for: recipient, kind: .cancel, previous: before, called: false))
            }
            let domain = configuration.organization.domain
            return KallelseOutbox(
                meeting: meeting, mails: kallelser.map { Mail(kallelse: $0, message: $0.mail(from: sender, date: now, domain: domain)) })
        } catch {
            throw Failure(description: error.description)
        }
    }

    /// The event's revision as the feeds have or will have it: unchanged content keeps its revision,
    /// changed content gets the next SEQUENCE (recorded with `record`).
    static func revision(
        of content: EventContent, fingerprint: String, store: StateStore, now: Int, record: Bool
    ) throws(StateStore.Failure) -> EventRevision {
        if record, let revision = try store.reconcile([(content, fingerprint)], now: now)[content.uid] { return revision }
        let published = try store.publishedEvents()[content.uid]
        if let published, published.fingerprint == fingerprint { return published.revision }
        return EventRevision(
            sequence: EventRevision.nextSequence(after: published?.revision.sequence, at: now), created: published?.revision.created ?? now,
            lastModified: max(now, published?.revision.lastModified ?? now))
    }
}
