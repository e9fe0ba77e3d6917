public import ICal

/// One kallelse mail to one recipient: the call to a meeting, an update of it, or its cancellation,
/// with the texts in the organization's language and, for people on `invitation`, the iMIP calendar
/// (METHOD:REQUEST or CANCEL, written by libical, the same UID and SEQUENCE as the feeds).
///
/// ```swift
/// let kallelse = KallelseBuilder(configuration: configuration, agenda: agenda, content: content, revision: revision)
///     .kallelse(for: recipient, kind: .call, previous: nil)
/// kallelse.subject     // "Kallelse: Samråd HSVO Knivsta 14 maj 2026"
/// kallelse.calendar    // "BEGIN:VCALENDAR\r\n…METHOD:REQUEST…"
/// ```
public struct Kallelse: Hashable, Sendable {
    /// What the mail does.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The first kallelse of a meeting.
        case call
        /// The meeting changed after its kallelse was sent ("Ändrad kallelse"; a feed subscriber hears only of a move).
        case update
        /// The meeting was cancelled, or the recipient no longer belongs to it.
        case cancel
    }

    /// The meeting id.
    public var meeting: String
    /// Who receives it.
    public var recipient: KallelseRecipient
    /// What it does.
    public var kind: Kind
    /// Subject, plain text.
    public var subject: String
    /// The text/plain body.
    public var text: String
    /// The text/html body (a complete document).
    public var html: String
    /// The iMIP calendar, for people on `invitation`.
    public var calendar: String?
    /// Its METHOD.
    public var method: CalendarDocument.Method?
    /// SEQUENCE of the event in the calendar (the feed's).
    public var sequence: Int
    /// What is recorded once sent: what the recipient was told.
    public var record: KallelseRecord
}

/// What a recipient was last told of a meeting, as the state store keeps it: equal records mean
/// nothing new to send.
public struct KallelseRecord: Hashable, Sendable, Codable {
    /// A digest of everything the kallelse says of the meeting (time, place, links, dagordning, förhinder, ersättare).
    public var fingerprint: String
    /// Local start, as `LocalDateTime.description`.
    public var start: String
    /// Local end.
    public var end: String
    /// The place.
    public var location: String?
    /// Whether the recipient was told the meeting is cancelled (or that they no longer take part).
    public var cancelled: Bool
    /// SEQUENCE of the calendar sent.
    public var sequence: Int
    /// Whom it was sent to, so that someone no longer called can be told so: name, address, channel.
    public var name: String = ""
    /// The address.
    public var email: String = ""
    /// The channel.
    public var channel: CalendarChannel = .invitation

    /// A record.
    public init(fingerprint: String, start: String, end: String, location: String?, cancelled: Bool, sequence: Int) {
        self.fingerprint = fingerprint
        self.start = start
        self.end = end
        self.location = location
        self.cancelled = cancelled
        self.sequence = sequence
    }
}

extension Kallelse.Kind {
    /// What, if anything, is due to a recipient told `previous` (nil: nothing yet) of a meeting now
    /// `current` (nil: the recipient no longer takes part). Invitation people hear of every change;
    /// feed subscribers, whose calendar follows the feed, only of a move or a cancellation.
    public static func due(previous: KallelseRecord?, current: KallelseRecord?, channel: CalendarChannel) -> Kallelse.Kind? {
        guard let current, !current.cancelled else {
            // Cancelled, or no longer called: only someone called and not yet told hears of it.
            guard let previous, !previous.cancelled else { return nil }
            return .cancel
        }
        guard let previous, !previous.cancelled else { return .call }
        if previous.fingerprint == current.fingerprint { return nil }
        switch channel {
        case .invitation: return .update
        case .feed: return previous.start != current.start || previous.end != current.end ? .update : nil
        }
    }
}
