/// A calendar to publish, as plain values: what samplan decides, before libical writes it.
///
/// ```swift
/// let document = CalendarDocument(productID: "-//samplan//samplan 1.0//SV", name: "Samråd HSVO Knivsta",
///                                 timeZone: "Europe/Stockholm", events: [event])
/// let text = try CalendarWriter.render(document)   // "BEGIN:VCALENDAR\r\n..."
/// ```
public struct CalendarDocument: Hashable, Sendable {
    /// METHOD of an iTIP message (RFC 5546) sent by e-mail (iMIP, RFC 6047). A subscribed feed has none.
    public enum Method: String, Hashable, Sendable {
        /// An invitation, or an update of one (higher SEQUENCE).
        case request = "REQUEST"
        /// A cancellation (the event has STATUS:CANCELLED).
        case cancel = "CANCEL"
    }

    /// PRODID.
    public var productID: String
    /// NAME and X-WR-CALNAME.
    public var name: String
    /// IANA zone of every DTSTART/DTEND (one VTIMEZONE, TZID exactly this name; X-WR-TIMEZONE).
    public var timeZone: String
    /// REFRESH-INTERVAL and X-PUBLISHED-TTL, an ISO 8601 duration (`PT4H`), if any.
    public var refreshInterval: String?
    /// The events.
    public var events: [CalendarEvent]
    /// METHOD, for an invitation by e-mail; nil for a feed. With a method the calendar is a message,
    /// not a named calendar: no NAME or X-WR-CALNAME is written.
    public var method: Method?

    /// A calendar.
    public init(
        productID: String, name: String, timeZone: String, refreshInterval: String? = nil, events: [CalendarEvent] = [], method: Method? = nil
    ) {
        self.productID = productID
        self.name = name
        self.timeZone = timeZone
        self.refreshInterval = refreshInterval
        self.events = events
        self.method = method
    }
}

/// One VEVENT.
public struct CalendarEvent: Hashable, Sendable {
    /// STATUS.
    public enum Status: String, Hashable, Sendable {
        case confirmed = "CONFIRMED"
        case cancelled = "CANCELLED"
    }

    /// ORGANIZER or ATTENDEE: a name and an address.
    public struct Participant: Hashable, Sendable {
        /// ROLE of an attendee.
        public enum Role: String, Hashable, Sendable {
            case chair = "CHAIR"
            case required = "REQ-PARTICIPANT"
            case optional = "OPT-PARTICIPANT"
            case none = "NON-PARTICIPANT"
        }
        /// CN.
        public var name: String
        /// The address, without `mailto:`.
        public var email: String
        /// ROLE (attendees only).
        public var role: Role
        /// RSVP (attendees only): TRUE in an invitation, which asks for a reply; FALSE in a feed.
        public var rsvp: Bool

        /// A participant.
        public init(name: String, email: String, role: Role = .required, rsvp: Bool = false) {
            self.name = name
            self.email = email
            self.role = role
            self.rsvp = rsvp
        }
    }

    /// A display alarm before the start.
    public struct Alarm: Hashable, Sendable {
        /// The trigger, a signed ISO 8601 duration relative to the start (`-P1D`).
        public var trigger: String
        /// The text shown.
        public var description: String

        /// An alarm.
        public init(trigger: String, description: String) {
            self.trigger = trigger
            self.description = description
        }
    }

    /// UID, stable for the life of the meeting.
    public var uid: String
    /// SEQUENCE.
    public var sequence: Int
    /// CREATED, seconds since 1970 (UTC).
    public var created: Int
    /// LAST-MODIFIED and DTSTAMP, seconds since 1970 (UTC).
    public var lastModified: Int
    /// DTSTART in the calendar's zone.
    public var start: LocalDateTime
    /// DTEND in the calendar's zone.
    public var end: LocalDateTime
    /// SUMMARY.
    public var summary: String
    /// LOCATION.
    public var location: String?
    /// DESCRIPTION.
    public var description: String?
    /// URL.
    public var url: String?
    /// CATEGORIES: one property, the values comma-separated (a comma inside a value is escaped).
    public var categories: [String]
    /// STATUS.
    public var status: Status
    /// ORGANIZER.
    public var organizer: Participant?
    /// ATTENDEEs (PARTSTAT=NEEDS-ACTION, RSVP as each says).
    public var attendees: [Participant]
    /// VALARM.
    public var alarm: Alarm?

    /// An event.
    public init(
        uid: String, sequence: Int, created: Int, lastModified: Int, start: LocalDateTime, end: LocalDateTime, summary: String,
        location: String? = nil, description: String? = nil, url: String? = nil, categories: [String] = [],
        status: Status = .confirmed, organizer: Participant? = nil, attendees: [Participant] = [], alarm: Alarm? = nil
    ) {
        self.uid = uid
        self.sequence = sequence
        self.created = created
        self.lastModified = lastModified
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
        self.description = description
        self.url = url
        self.categories = categories
        self.status = status
        self.organizer = organizer
        self.attendees = attendees
        self.alarm = alarm
    }
}
