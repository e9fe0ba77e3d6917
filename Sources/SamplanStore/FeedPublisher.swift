public import ICal
public import SamplanCore

/// Publishes the feeds of a configuration as of a day: computes every event's content, keeps what
/// was published of meetings that have ended, adds the vanished meetings as cancelled, records
/// revisions in the state store, and builds each feed's document. The CLI and the daemon both publish through here, so they agree on every SEQUENCE.
///
/// ```swift
/// let publication = try FeedPublisher.publish(configuration, store: store, asOf: today, year: nil, now: now)
/// let text = try CalendarWriter.render(publication.document(.body("samrad")))
/// ```
public struct FeedPublisher: Sendable {
    /// The configuration published.
    public let configuration: Configuration
    /// Every event any feed shows, vanished ones included (as cancelled).
    public let contents: [EventContent]
    /// UIDs of the vanished meetings.
    public let vanished: Set<String>
    /// Revisions of `contents`.
    public let revisions: [String: EventRevision]

    /// The document of one feed.
    public func document(_ feed: Feed) -> CalendarDocument {
        FeedBuilder.document(feed, configuration: configuration, contents: contents, revisions: revisions)
    }

    /// What a configuration would publish as of `asOf`, at `now` (seconds since 1970), without
    /// recording anything. A meeting whose published event had ended by `now` keeps that event
    /// (same content, so the same revision and bytes), whatever the configuration now says of it,
    /// but for one addition: once its minutes are written (and public), the link to them.
    public static func preview(
        _ configuration: Configuration, store: StateStore, asOf: LocalDate, year: Int?, now: Int, extras: FeedExtras? = nil
    ) throws(StateStore.Failure) -> Preview {
        let window = FeedBuilder.window(configuration, asOf: asOf, year: year)
        let extras = extras ?? FeedExtras.standard(configuration, window: window)
        var current = FeedBuilder.contents(configuration, asOf: asOf, year: year, presenters: extras.presenters, agenda: extras.agenda)
        var currentFingerprints = current.map(\.fingerprint)
        let published = try store.publishedEvents()
        let currentUIDs = Set(current.map(\.uid))
        // Only published contents that matter are read back: those no longer produced (they may have
        // vanished) and those whose fingerprint changed (frozen when ended, else for `diff`).
        let changed = zip(current, currentFingerprints).filter { content, fingerprint in
            published[content.uid].map { $0.fingerprint != fingerprint } ?? false
        }.map(\.0.uid)
        let missing = published.keys.filter { !currentUIDs.contains($0) }
        let contents = try store.publishedContents(changed + missing)
        for index in current.indices {
            let uid = current[index].uid
            guard let before = contents[uid], let stored = published[uid], FeedBuilder.hasEnded(before, at: now) else { continue }
            // The one thing added to a held meeting's event: the link to its minutes, once written.
            if let line = FeedBuilder.minutesLine(of: current[index].meeting, configuration), !before.description.contains(line) {
                var linked = before
                linked.description = line + "\n" + before.description
                current[index] = linked
                currentFingerprints[index] = linked.fingerprint
                continue
            }
            // The stored fingerprint, not one computed anew, so the revision is kept as it is.
            current[index] = before
            currentFingerprints[index] = stored.fingerprint
        }
        let left = missing.compactMap { contents[$0] }
        let gone = FeedBuilder.vanished(
            published: left, current: currentUIDs, window: window, configuration: configuration, asOf: asOf, now: now)
        let kept = FeedBuilder.keptPast(published: left, current: currentUIDs, window: window, now: now)
        let fingerprints = published.mapValues(\.fingerprint)
        return Preview(
            contents: current + gone + kept,
            contentFingerprints: currentFingerprints + gone.map(\.fingerprint) + kept.map { fingerprints[$0.uid] ?? $0.fingerprint },
            vanished: Set(gone.map(\.uid)),
            fingerprints: fingerprints, published: contents)
    }

    /// What would be published, with what is needed to tell subscribers what changes.
    public struct Preview: Sendable {
        /// Every event any feed would show.
        public let contents: [EventContent]
        /// Their fingerprints, in the same order.
        public let contentFingerprints: [String]
        /// Events sent as cancelled because the configuration no longer has them.
        public let vanished: Set<String>
        /// The fingerprint of every published event.
        public let fingerprints: [String: String]
        /// The published content of every event that changes or vanishes.
        public let published: [String: EventContent]

        /// The changes a feed's subscribers will see.
        public func changes(_ feed: Feed, configuration: Configuration) -> [FeedChange] {
            FeedChange.changes(
                published: published, fingerprints: fingerprints,
                upcoming: FeedBuilder.select(feed, from: contents, configuration: configuration), vanished: vanished)
        }
    }

    /// Publishes: records the revisions of what `preview` gives.
    public static func publish(
        _ configuration: Configuration, store: StateStore, asOf: LocalDate, year: Int?, now: Int, extras: FeedExtras? = nil
    ) throws(StateStore.Failure) -> FeedPublisher {
        let preview = try preview(configuration, store: store, asOf: asOf, year: year, now: now, extras: extras)
        let revisions = try store.reconcile(Array(zip(preview.contents, preview.contentFingerprints)), now: now)
        return FeedPublisher(configuration: configuration, contents: preview.contents, vanished: preview.vanished, revisions: revisions)
    }
}

/// What the agenda builder adds to events: presenters per meeting id and the agenda text.
public struct FeedExtras: Sendable {
    /// Presenters of each meeting, by meeting id.
    public var presenters: [String: [EventContent.Participant]]
    /// The agenda text of a meeting, or nil for the built-in summary.
    public var agenda: @Sendable (Meeting) -> String?

    /// Extras; none by default.
    public init(presenters: [String: [EventContent.Participant]] = [:], agenda: @escaping @Sendable (Meeting) -> String? = { _ in nil }) {
        self.presenters = presenters
        self.agenda = agenda
    }
}

extension FeedExtras {
    /// What the agenda builder adds to the events of a feed window: each meeting's invited presenters
    /// (as participants, so they get the meeting in their private feed) and its agenda as plain text.
    /// The agenda is taken as of the meeting's own day, so a description changes when the agenda
    /// does, not with the date it is fetched on.
    public static func standard(_ configuration: Configuration, window: ClosedRange<LocalDate>) -> FeedExtras {
        let schedule = ScheduleBuilder.build(configuration, years: (window.lowerBound.year - 1)...(window.upperBound.year + 1))
        let resolver = InvitationResolver(configuration: configuration, schedule: schedule)
        let builder = AgendaBuilder(configuration: configuration, schedule: schedule, invitations: resolver)
        var presenters: [String: [EventContent.Participant]] = [:]
        for (index, invitation) in configuration.invitations.enumerated() {
            guard let meeting = resolver.meetingID(forInvitationAt: index) else { continue }
            let participant: EventContent.Participant
            switch invitation.presenter {
            case let .person(id):
                guard let person = configuration.person(id) else { continue }
                participant = EventContent.Participant(name: person.name, title: person.title, email: person.email, person: person.id)
            case let .guest(name, organization, email, title):
                participant = EventContent.Participant(name: name, title: title ?? organization, email: email)
            }
            if !(presenters[meeting] ?? []).contains(participant) { presenters[meeting, default: []].append(participant) }
        }
        let language = configuration.organization.language
        return FeedExtras(presenters: presenters) { meeting in
            builder.agenda(for: meeting, asOf: meeting.start.local.date).plainText(in: language)
        }
    }
}
