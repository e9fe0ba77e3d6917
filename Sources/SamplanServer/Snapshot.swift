public import ICal
public import SamplanCore

/// One loaded, validated configuration, as the daemon serves it. Immutable: a reload makes a new
/// one and swaps it in whole, so a request in flight finishes on the configuration it started with.
/// A class: every request takes the current one, and that should cost one reference, not a copy of
/// the whole configuration's references.
public final class Snapshot: Sendable {
    /// The configuration, with what was submitted through the personal pages counted.
    public let configuration: Configuration
    /// The configuration as the files give it.
    public let fileConfiguration: Configuration
    /// What was submitted through the personal pages, counted in `configuration`.
    public let submissions: Submissions
    /// Advances when submissions should reach the feeds (the activities' statuses are in the events'
    /// agendas): at most every five minutes while follow-ups come in, so a stream of answers never
    /// makes every feed request wait for a publication.
    public let feedStamp: Int
    /// When `feedStamp` last advanced, seconds since 1970.
    let feedStampedAt: Int
    /// A short digest of the configuration files, shown on /healthz and in metrics.
    public let version: String
    /// When it was loaded, seconds since 1970.
    public let loadedAt: Int
    /// The organization's time zone, built once: every request asks what day it is.
    let zone: ZoneRules?

    /// A snapshot.
    public convenience init(configuration: Configuration, version: String, loadedAt: Int) {
        self.init(configuration: configuration, submissions: Submissions(), version: version, loadedAt: loadedAt)
    }

    private init(
        configuration: Configuration, submissions: Submissions, version: String, loadedAt: Int, counted: Configuration? = nil,
        feedStamp: Int = 0, feedStampedAt: Int = 0, zone: ZoneRules?? = nil
    ) {
        fileConfiguration = configuration
        self.configuration = counted ?? configuration.adding(submissions)
        self.submissions = submissions
        self.feedStamp = feedStamp
        self.feedStampedAt = feedStampedAt
        self.version = version
        self.loadedAt = loadedAt
        self.zone = zone ?? ZoneRules(identifier: configuration.organization.timeZone)
    }

    /// The same files with `submissions` counted instead.
    public func counting(_ submissions: Submissions) -> Snapshot {
        Snapshot(
            configuration: fileConfiguration, submissions: submissions, version: version, loadedAt: loadedAt, feedStamp: feedStamp + 1,
            feedStampedAt: feedStampedAt, zone: .some(zone))
    }

    /// The same with `extra` counted too (what was just submitted at `now`; `all` is every submission
    /// with it): only the activities it names are touched.
    public func counting(more extra: Submissions, all: Submissions, now: Int) -> Snapshot {
        let advance = now - feedStampedAt >= 300
        return Snapshot(
            configuration: fileConfiguration, submissions: all, version: version, loadedAt: loadedAt, counted: configuration.adding(extra),
            feedStamp: advance ? feedStamp + 1 : feedStamp, feedStampedAt: advance ? now : feedStampedAt, zone: .some(zone))
    }

    /// The day in the organization's zone at `now` (seconds since 1970).
    public func today(at now: Int) -> LocalDate {
        zone?.zoned(epochSeconds: now).local.date ?? LocalDate(dayNumber: now / 86_400)
    }
}
