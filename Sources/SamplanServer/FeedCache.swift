import Crypto
import Foundation
public import Hummingbird
public import ICal
import Metrics
public import SamplanCore
public import SamplanStore
import Synchronization

/// A rendered feed, ready to send: the bytes and headers are made once per publication.
public struct RenderedFeed: Sendable {
    /// The iCalendar text, as sent.
    public let bytes: ByteBuffer
    /// A strong ETag (quoted).
    public let etag: String
    /// The newest LAST-MODIFIED of its events (or the publication time when it has none).
    public let lastModified: Int
    /// What a 304 carries: ETag, Last-Modified, Cache-Control (max-age from the refresh interval).
    let validators: HTTPFields
    /// What a 200 carries: the validators, Content-Type, Content-Disposition, Content-Length.
    let headers: HTTPFields

    init(_ feed: Feed, text: String, lastModified: Int, refresh: Int) {
        bytes = ByteBuffer(string: text)
        let digest = SHA256.hash(data: Data(text.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
        etag = "\"\(digest)\""
        self.lastModified = lastModified
        validators = [
            .eTag: etag, .lastModified: HTTPDate.format(lastModified),
            .cacheControl: (feed.isPrivate ? "private" : "public") + ", max-age=\(max(60, refresh))",
        ]
        var headers = validators
        headers[.contentType] = "text/calendar; charset=utf-8"
        // A private feed's path is its token: the file a browser saves is not named after it.
        headers[.contentDisposition] =
            "inline; filename=\"\(feed.isPrivate ? "samplan.ics" : (feed.path().components(separatedBy: "/").last ?? "samplan.ics"))\""
        headers[.contentLength] = String(bytes.readableBytes)
        self.headers = headers
    }

    /// The iCalendar text.
    public var body: String { String(buffer: bytes) }
}

/// Publishes feeds once per configuration version, day and feed stamp (submitted follow-ups, at most
/// every five minutes), and renders each feed once per
/// publication: a request for an unchanged feed is a dictionary lookup. Rebuilt when the
/// configuration, the day, or the state (a token rotation) changes.
public final class FeedCache: Sendable {
    private struct Key: Hashable {
        let version: String
        let day: LocalDate
        /// The snapshot's `feedStamp`: submitted follow-ups (statuses in the events' agendas) reach the feeds.
        let stamp: Int
    }

    private struct Entry {
        let key: Key
        let publisher: FeedPublisher
        let publishedAt: Int
    }

    /// How long publishing (schedule, contents, SEQUENCE bookkeeping) takes, once per version and day.
    private static let publishTimer = Timer(label: "samplan_feed_publish_seconds")
    /// How long rendering one feed to iCalendar text takes, once per feed and publication.
    private static let renderTimer = Timer(label: "samplan_feed_render_seconds")

    /// The state store the feeds are published through (also where personal pages write).
    let store: StateStore
    private let entry: Mutex<Entry?> = Mutex(nil)
    /// The feeds rendered so far for the current key, under a lock that is only ever held for a
    /// lookup: a request for a ready feed never waits behind a publication in progress.
    private let ready: Mutex<(key: Key, feeds: [Feed: RenderedFeed])?> = Mutex(nil)
    private let tokens: Mutex<(secret: [UInt8], generations: [String: Int])?> = Mutex(nil)
    /// A cache publishing through `store`.
    public init(store: StateStore) {
        self.store = store
    }

    /// The rendered feed of `snapshot` as of `asOf`, publishing first when needed.
    public func feed(_ feed: Feed, snapshot: Snapshot, asOf: LocalDate, now: Int) throws -> RenderedFeed {
        if let rendered = readyFeed(feed, snapshot: snapshot, asOf: asOf) { return rendered }
        let key = Key(version: snapshot.version, day: asOf, stamp: snapshot.feedStamp)
        return try entry.withLock { entry in
            if entry?.key != key {
                let started = ContinuousClock.now
                let publisher = try FeedPublisher.publish(
                    snapshot.configuration, store: store, asOf: asOf, year: nil, now: now)
                Self.publishTimer.record(duration: ContinuousClock.now - started)
                entry = Entry(key: key, publisher: publisher, publishedAt: now)
            }
            // Another request may have rendered it while this one waited for the lock.
            if let rendered = readyFeed(feed, snapshot: snapshot, asOf: asOf) { return rendered }
            guard let current = entry else { throw StateStore.Failure(description: "no publication") }
            let started = ContinuousClock.now
            let document = current.publisher.document(feed)
            let text = try CalendarWriter.render(document)
            Self.renderTimer.record(duration: ContinuousClock.now - started)
            let rendered = RenderedFeed(
                feed, text: text, lastModified: document.events.map(\.lastModified).max() ?? current.publishedAt,
                refresh: snapshot.configuration.settings.refresh.totalSeconds)
            // Under the publication lock, so that `ready` always follows the newest publication.
            ready.withLock { ready in
                if ready?.key != key { ready = (key, [:]) }
                ready?.feeds[feed] = rendered
            }
            return rendered
        }
    }

    /// The feed if it is already rendered for this snapshot and day, else nil. Never publishes or
    /// renders, and never waits for a publication: safe on an I/O thread.
    public func readyFeed(_ feed: Feed, snapshot: Snapshot, asOf: LocalDate) -> RenderedFeed? {
        let key = Key(version: snapshot.version, day: asOf, stamp: snapshot.feedStamp)
        return ready.withLock { ready in ready?.key == key ? ready?.feeds[feed] : nil }
    }

    /// The person whose private feed `token` opens, checked in constant time over everyone. The
    /// generations are read afresh each time (one small query), so a `samplan token --rotate` made
    /// while the daemon runs revokes the old URL at once.
    public func person(forToken token: String, in configuration: Configuration) throws -> String? {
        try currentTokens(refresh: true).person(for: token, among: configuration.people.map(\.id))
    }

    /// The person whose personal page `token` opens, checked in constant time over everyone, with
    /// the generations read afresh (a rotation revokes the old page at once).
    public func person(forPageToken token: String, in configuration: Configuration) throws -> String? {
        try currentTokens(refresh: true).person(forPageToken: token, among: configuration.people.map(\.id))
    }

    /// The tokens as they are now (generations read afresh).
    public func currentTokens() throws -> FeedTokens { try currentTokens(refresh: true) }

    /// The current token of a person (what `samplan token` prints; tests use it).
    public func token(for person: String) throws -> String { try currentTokens(refresh: false).token(for: person) }

    private func currentTokens(refresh: Bool) throws -> FeedTokens {
        try tokens.withLock { tokens in
            if tokens == nil {
                tokens = (try store.tokenSecret(), try store.tokenGenerations())
            } else if refresh {
                tokens!.generations = try store.tokenGenerations()
            }
            return FeedTokens(secret: tokens!.secret, generations: tokens!.generations)
        }
    }
}
