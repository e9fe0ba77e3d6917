public import ICal

/// A change to the regular schedule, applied after cadences and holidays.
public enum ScheduleException: Hashable, Sendable {
    /// A meeting held at another time. The new time may omit the clock (same start time).
    case move(meeting: String, toDate: LocalDate, toTime: LocalTime?, reason: String?)
    /// A meeting that does not take place; kept as cancelled.
    case cancel(meeting: String, reason: String?)
    /// A meeting outside the cadence.
    case extra(Extra)

    /// An extra meeting.
    public struct Extra: Hashable, Sendable {
        /// Body id.
        public var body: String
        /// Local start.
        public var start: LocalDateTime
        /// Length; the body's when nil.
        public var duration: ISODuration?
        /// Title; the body's name when nil.
        public var title: String?
        /// Location; the body's when nil.
        public var location: String?
        /// Focus areas.
        public var focus: [String]
        /// Why it was added.
        public var reason: String?

        /// An extra meeting.
        public init(
            body: String, start: LocalDateTime, duration: ISODuration? = nil, title: String? = nil,
            location: String? = nil, focus: [String] = [], reason: String? = nil
        ) {
            self.body = body
            self.start = start
            self.duration = duration
            self.title = title
            self.location = location
            self.focus = focus
            self.reason = reason
        }
    }
}
