public import ICal

/// One meeting of a body, as planned: where the rule put it, where it is held, and why.
public struct Meeting: Hashable, Sendable, Identifiable {
    /// Whether it takes place.
    public enum Status: String, Hashable, Sendable {
        case confirmed, cancelled
    }

    /// A move made by the holiday calendar.
    public struct Shift: Hashable, Sendable {
        /// The rule-occurrence date.
        public let from: LocalDate
        /// The holiday, closed period or weekday that caused it.
        public let reason: LocalizedText
    }

    /// A move made by an exception.
    public struct Move: Hashable, Sendable {
        /// The rule-occurrence date.
        public let from: LocalDate
        /// The start before the move.
        public let previousStart: LocalDateTime
        /// The admin's reason.
        public let reason: String?
    }

    /// A relative meeting that follows its anchor's move by an exception.
    public struct Follow: Hashable, Sendable {
        /// The anchor meeting's id.
        public let anchor: String
        /// The anchor's title ("Samråd HSVO Knivsta").
        public let anchorTitle: String
        /// The day the anchor is held now.
        public let anchorDate: LocalDate
        /// The date the meeting had before its anchor moved (its rule occurrence).
        public let from: LocalDate

        /// A follow.
        public init(anchor: String, anchorTitle: String, anchorDate: LocalDate, from: LocalDate) {
            self.anchor = anchor
            self.anchorTitle = anchorTitle
            self.anchorDate = anchorDate
            self.from = from
        }
    }

    /// Focus areas taken over from a cancelled meeting of the same body.
    public struct CarriedFocus: Hashable, Sendable {
        /// The areas.
        public let areas: [String]
        /// The cancelled meeting's id.
        public let from: String
        /// The day it would have been held.
        public let date: LocalDate

        /// Areas carried over.
        public init(areas: [String], from: String, date: LocalDate) {
            self.areas = areas
            self.from = from
            self.date = date
        }
    }

    /// `<body>-<YYYY-MM-DD>`.
    public let id: String
    /// Body id.
    public let body: String
    /// Title (the body's name, or the extra's title).
    public var title: String
    /// The rule occurrence (for extras, the start date).
    public let occurrence: LocalDate
    /// Start.
    public var start: ZonedDateTime
    /// End.
    public var end: ZonedDateTime
    /// Confirmed or cancelled.
    public var status: Status
    /// Location.
    public var location: String?
    /// Online meeting link.
    public var online: String?
    /// Holiday shift, if the calendar moved it.
    public var shift: Shift?
    /// Under `keep-and-flag`: the holiday the meeting was kept on.
    public var conflict: LocalizedText?
    /// Exception move, if any.
    public var move: Move?
    /// Why it was cancelled.
    public var cancellationReason: String?
    /// True for a meeting outside the cadence.
    public var isExtra: Bool
    /// Why an extra meeting was added.
    public var extraReason: String?
    /// Focus area ids.
    public var focus: [String]
    /// Under a relative cadence: the anchor's move this meeting follows.
    public var follows: Follow?
    /// Focus areas that came from cancelled meetings (also in `focus`).
    public var carriedFocus: [CarriedFocus] = []

    /// The meeting id split into its parts.
    public var meetingID: MeetingID { MeetingID(body: body, date: occurrence) }
}
