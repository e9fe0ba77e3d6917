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
    /// A short digest of the configuration files, shown on /healthz and in metrics.
    public let version: String
    /// When it was loaded, seconds since 1970.
    public let loadedAt: Int
    /// The organization's time zone, built once: every request asks what day it is.
    let zone: ZoneRules?

    /// A snapshot.
    public init(configuration: Configuration, version: String, loadedAt: Int) {
        self.init(configuration: configuration, submissions: Submissions(), version: version, loadedAt: loadedAt)
    }

    private init(configuration: Configuration, submissions: Submissions, version: String, loadedAt: Int) {
        fileConfiguration = configuration
        self.configuration = configuration.adding(submissions)
        self.submissions = submissions
        self.version = version
        self.loadedAt = loadedAt
        zone = ZoneRules(identifier: configuration.organization.timeZone)
    }

    /// The same files with `submissions` counted instead.
    public func counting(_ submissions: Submissions) -> Snapshot {
        Snapshot(configuration: fileConfiguration, submissions: submissions, version: version, loadedAt: loadedAt)
    }

    /// The day in the organization's zone at `now` (seconds since 1970).
    public func today(at now: Int) -> LocalDate {
        zone?.zoned(epochSeconds: now).local.date ?? LocalDate(dayNumber: now / 86_400)
    }
}
