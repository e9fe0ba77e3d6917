public import ICal

/// Everything a subscriber sees of one meeting, before revision data (SEQUENCE, CREATED,
/// LAST-MODIFIED) is attached. Its fingerprint decides whether a meeting changed since it was last
/// published; it is also kept in the state store so that `samplan diff` can say what changed and
/// a meeting that vanished from the configuration can still be sent as cancelled.
public struct EventContent: Hashable, Sendable, Codable {
    /// A person on the event: member or presenter.
    public struct Participant: Hashable, Sendable, Codable {
        /// Name.
        public var name: String
        /// Title, shown in public descriptions.
        public var title: String?
        /// Address; private feeds only.
        public var email: String?
        /// Chair, required, optional.
        public var role: String
        /// Person id, for private feed selection (nil for guests).
        public var person: String?

        /// A participant.
        public init(name: String, title: String? = nil, email: String? = nil, role: String = "required", person: String? = nil) {
            self.name = name
            self.title = title
            self.email = email
            self.role = role
            self.person = person
        }
    }

    /// `<org>-<meeting-id>@<domain>`.
    public var uid: String
    /// The meeting id.
    public var meeting: String
    /// The body id.
    public var body: String
    /// SUMMARY (with the cancelled prefix when cancelled).
    public var summary: String
    /// Local start.
    public var start: LocalDateTime
    /// Local end.
    public var end: LocalDateTime
    /// Start as seconds since 1970, for ordering and diffs.
    public var startEpoch: Int
    /// LOCATION.
    public var location: String?
    /// DESCRIPTION: the agenda as text, participants by name and title, the links.
    public var description: String
    /// URL: the agenda page.
    public var url: String
    /// Focus area ids (for focus feeds).
    public var focus: [String]
    /// CATEGORIES: focus area names.
    public var categories: [String]
    /// Cancelled.
    public var cancelled: Bool
    /// Members and presenters.
    public var participants: [Participant]

    /// A stable text of the content: equal contents give equal fingerprints, across runs.
    public var fingerprint: String {
        var parts = [uid, summary, start.description, end.description, location ?? "", description, url, categories.joined(separator: "\u{1F}")]
        parts.append(cancelled ? "cancelled" : "confirmed")
        parts += participants.map { "\($0.name)\u{1F}\($0.title ?? "")\u{1F}\($0.email ?? "")\u{1F}\($0.role)" }
        return parts.joined(separator: "\u{1E}")
    }
}

/// The revision data of one published event, as the state store keeps it.
public struct EventRevision: Hashable, Sendable {
    /// SEQUENCE.
    public var sequence: Int
    /// CREATED, seconds since 1970.
    public var created: Int
    /// LAST-MODIFIED (and DTSTAMP), seconds since 1970.
    public var lastModified: Int

    /// A revision.
    public init(sequence: Int, created: Int, lastModified: Int) {
        self.sequence = sequence
        self.created = created
        self.lastModified = lastModified
    }

    /// The SEQUENCE for a change made at `now`: one more than before, and never below the minutes
    /// since 2020 at `now`. The time floor keeps SEQUENCE rising even when the state store was lost
    /// or restored from an old backup, since clients ignore updates with a lower SEQUENCE than theirs.
    public static func nextSequence(after previous: Int?, at now: Int) -> Int {
        let floor = max(0, (now - 1_577_836_800) / 60)
        return max((previous ?? -1) + 1, floor)
    }
}
