/// What a feed's subscribers will see change when a new configuration is published.
public struct FeedChange: Hashable, Sendable {
    /// The kind of change, most visible first.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case added, moved, cancelled, vanished, description, details
    }
    /// The kind.
    public let kind: Kind
    /// The event as it was published, if it was.
    public let before: EventContent?
    /// The event as it will be published.
    public let after: EventContent

    /// The changes between the published contents and the new ones, in start order. Only events
    /// whose fingerprint differs are listed; one kind per event, the most visible one.
    /// `fingerprints` are those of every published event, `published` the contents of those that
    /// changed; `vanished` names the events sent as cancelled because the configuration no longer has them.
    public static func changes(
        published: [String: EventContent], fingerprints: [String: String], upcoming: [EventContent], vanished: Set<String> = []
    ) -> [FeedChange] {
        upcoming.compactMap { content -> FeedChange? in
            guard let fingerprint = fingerprints[content.uid] else { return FeedChange(kind: .added, before: nil, after: content) }
            guard fingerprint != content.fingerprint, let before = published[content.uid] else { return nil }
            let kind: Kind
            if vanished.contains(content.uid) {
                kind = .vanished
            } else if content.cancelled && !before.cancelled {
                kind = .cancelled
            } else if before.start != content.start || before.end != content.end {
                kind = .moved
            } else if before.description != content.description {
                kind = .description
            } else {
                kind = .details
            }
            return FeedChange(kind: kind, before: before, after: content)
        }.sorted { ($0.after.startEpoch, $0.after.uid) < ($1.after.startEpoch, $1.after.uid) }
    }
}
