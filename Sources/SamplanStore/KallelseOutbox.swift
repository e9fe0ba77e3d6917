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
        try prepare(configuration, meetings: [meeting], schedule: schedule, store: store, now: now, record: record).first
            ?? KallelseOutbox(meeting: meeting, mails: [])
    }

    /// What is due for each of `meetings` at `now`, in their order; the feeds' view of the events is
    /// computed once for all of them.
    public static func prepare(
        _ configuration: Configuration, meetings: [Meeting], schedule: Schedule, store: StateStore, now: Int, record: Bool
    ) throws(Failure) -> [KallelseOutbox] {
        let upcoming = meetings.filter { $0.start.epochSeconds > now }
        guard !upcoming.isEmpty else { return meetings.map { KallelseOutbox(meeting: $0, mails: []) } }
        let words = configuration.organization.language.words.kallelse
        guard let sender = sender(configuration) else { throw Failure(description: words.noSender(configuration.organization.strategist)) }
        do {
            // Each event exactly as the feeds publish it today (same window, same presenters), so the
            // feeds and the invitations agree on its content and never bump each other's SEQUENCE. A
            // meeting beyond the rolling window is taken from its year's feed.
            let today =
                ZoneRules(identifier: configuration.organization.timeZone)?.zoned(epochSeconds: now).local.date ?? LocalDate(dayNumber: now / 86_400)
            var views: [Int?: FeedView] = [:]
            func view(_ year: Int?) throws(StateStore.Failure) -> FeedView {
                if let known = views[year] { return known }
                let extras = FeedExtras.standard(configuration, window: FeedBuilder.window(configuration, asOf: today, year: year))
                let preview = try FeedPublisher.preview(configuration, store: store, asOf: today, year: year, now: now, extras: extras)
                let made = FeedView(preview: preview, presenters: extras.presenters)
                views[year] = made
                return made
            }
            let agendas = AgendaBuilder(configuration: configuration, schedule: schedule)
            let organizer = CalendarEvent.Participant(name: sender.name, email: sender.email)
            let domain = configuration.organization.domain
            var outboxes: [KallelseOutbox] = []
            for meeting in meetings {
                guard meeting.start.epochSeconds > now else {
                    outboxes.append(KallelseOutbox(meeting: meeting, mails: []))
                    continue
                }
                let uid = FeedBuilder.uid(meeting.id, configuration)
                var found = try view(nil).event(uid, meeting: meeting.id)
                if found == nil { found = try view(meeting.start.local.date.year).event(uid, meeting: meeting.id) }
                guard let found else {
                    outboxes.append(KallelseOutbox(meeting: meeting, mails: []))
                    continue
                }
                let revision = try revision(of: found.content, fingerprint: found.fingerprint, store: store, now: now, record: record)
                let agenda = agendas.agenda(for: meeting, asOf: meeting.start.local.date)
                let builder = KallelseBuilder(
                    configuration: configuration, agenda: agenda, content: found.content, revision: revision, organizer: organizer)
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
                outboxes.append(
                    KallelseOutbox(
                        meeting: meeting, mails: kallelser.map { Mail(kallelse: $0, message: $0.mail(from: sender, date: now, domain: domain)) }))
            }
            return outboxes
        } catch {
            throw Failure(description: error.description)
        }
    }

    /// What the feeds would publish, with each meeting's presenters.
    struct FeedView {
        let preview: FeedPublisher.Preview
        let presenters: [String: [EventContent.Participant]]

        func event(_ uid: String, meeting: String) -> (content: EventContent, fingerprint: String, presenters: [EventContent.Participant])? {
            guard let index = preview.contents.firstIndex(where: { $0.uid == uid }) else { return nil }
            return (preview.contents[index], preview.contentFingerprints[index], presenters[meeting] ?? [])
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
