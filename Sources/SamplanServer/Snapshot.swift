public import SamplanCore

/// One loaded, validated configuration, as the daemon serves it. Immutable: a reload makes a new
/// one and swaps it in whole, so a request in flight finishes on the configuration it started with.
public struct Snapshot: Sendable {
    /// The configuration.
    public let configuration: Configuration
    /// A short digest of the configuration files, shown on /healthz and in metrics.
    public let version: String
    /// When it was loaded, seconds since 1970.
    public let loadedAt: Int

    /// A snapshot.
    public init(configuration: Configuration, version: String, loadedAt: Int) {
        self.configuration = configuration
        self.version = version
        self.loadedAt = loadedAt
    }
}
