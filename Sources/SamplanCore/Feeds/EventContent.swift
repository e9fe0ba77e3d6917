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

    /// The end as seconds since 1970: the start plus the length on the wall clock. A meeting held
    /// across the night of a daylight-saving change would be off by that hour; none is.
    public var endEpoch: Int { startEpoch + (end.wallMinutes - start.wallMinutes) * 60 }

    /// A digest of everything subscribers see (FNV-1a, 128 bits as two 64-bit lanes, in hex): equal
    /// contents give equal fingerprints across runs and machines, and any visible change changes it.
    public var fingerprint: String {
        var digest = Fingerprint()
        for part in [uid, summary, start.description, end.description, location ?? "", description, url] { digest.add(part) }
        for category in categories { digest.add(category) }
        digest.add(cancelled ? "cancelled" : "confirmed")
        for participant in participants {
            for part in [participant.name, participant.title ?? "", participant.email ?? "", participant.role] { digest.add(part) }
        }
        return digest.hex
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

    /// 2020-01-01T00:00:00Z, where the SEQUENCE clock starts.
    public static let sequenceClockOrigin = 1_577_836_800

    /// The largest SEQUENCE: RFC 5545 makes it an INTEGER, a signed 32-bit number. Seconds since 2020
    /// reach it in January 2088; from then on SEQUENCE stays there instead of overflowing.
    public static let largestSequence = Int(Int32.max)

    /// The SEQUENCE for a change made at `now` (seconds since 1970): one more than before, and never
    /// below the seconds since 2020 at `now`. Clients ignore an update whose SEQUENCE is lower than
    /// the one they hold, so the clock floor keeps SEQUENCE rising when the state store was lost or
    /// restored from an old backup: a change published at any later second than the lost one is
    /// numbered at least as high. It is seconds, not minutes, because a change and a loss within one
    /// minute would otherwise publish a lower number; only more than one change of an event within
    /// one second runs ahead of the clock (see docs/FEEDS.md). Stores written with the former minute
    /// floor hold much lower numbers and rise to the seconds at their next change.
    public static func nextSequence(after previous: Int?, at now: Int) -> Int {
        let floor = min(max(0, now - sequenceClockOrigin), largestSequence)
        return min(max((previous ?? -1) + 1, floor), max(previous ?? 0, largestSequence))
    }
}

/// FNV-1a over UTF-8 bytes in two lanes with different offsets, fields separated by a byte that
/// never occurs in UTF-8 text, so "ab"+"c" and "a"+"bc" differ.
struct Fingerprint {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142

    mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0xFF)
    }

    private mutating func mix(_ byte: UInt8) {
        first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9
    }

    var hex: String {
        let a = String(first, radix: 16)
        let b = String(second, radix: 16)
        return String(repeating: "0", count: 16 - a.count) + a + String(repeating: "0", count: 16 - b.count) + b
    }
}
