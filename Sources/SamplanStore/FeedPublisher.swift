public import ICal
public import SamplanCore

/// Publishes the feeds of a configuration as of a day: computes every event's content, adds the
/// vanished meetings as cancelled, records revisions in the state store, and builds each feed's
/// document. The CLI and the daemon both publish through here, so they agree on every SEQUENCE.
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

    /// What a configuration would publish as of `asOf`, without recording anything.
    public static func preview(
        _ configuration: Configuration, store: StateStore, asOf: LocalDate, year: Int?, extras: FeedExtras = FeedExtras()
    ) throws(StateStore.Failure) -> (contents: [EventContent], vanished: Set<String>, published: [String: EventContent]) {
        let current = FeedBuilder.contents(configuration, asOf: asOf, year: year, presenters: extras.presenters, agenda: extras.agenda)
        let published = try store.publishedEvents().compactMapValues(\.content)
        let window = FeedBuilder.window(configuration, asOf: asOf, year: year)
        let gone = FeedBuilder.vanished(
            published: Array(published.values), current: Set(current.map(\.uid)), window: window, configuration: configuration, asOf: asOf)
        return (current + gone, Set(gone.map(\.uid)), published)
    }

    /// Publishes: records the revisions of what `preview` gives.
    public static func publish(
        _ configuration: Configuration, store: StateStore, asOf: LocalDate, year: Int?, now: Int, extras: FeedExtras = FeedExtras()
    ) throws(StateStore.Failure) -> FeedPublisher {
        let (contents, vanished, _) = try preview(configuration, store: store, asOf: asOf, year: year, extras: extras)
        let revisions = try store.reconcile(contents, now: now)
        return FeedPublisher(configuration: configuration, contents: contents, vanished: vanished, revisions: revisions)
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
