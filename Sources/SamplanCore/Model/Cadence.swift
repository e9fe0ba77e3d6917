public import ICal

/// When a body's regular meetings occur: an RRULE, meetings relative to another body's, or both.
public struct Cadence: Hashable, Sendable {
    /// "One meeting per meeting of `body`, `offset` away, on or before `weekday`".
    public struct Relative: Hashable, Sendable {
        /// The body followed.
        public var body: String
        /// Whole days added to each of its meeting dates (negative: before).
        public var offsetDays: Int
        /// The weekday snapped to, on or before; nil keeps the offset date.
        public var weekday: Weekday?

        /// A relative cadence.
        public init(body: String, offsetDays: Int, weekday: Weekday? = nil) {
            self.body = body
            self.offsetDays = offsetDays
            self.weekday = weekday
        }

        /// The rule-occurrence date for a meeting of the followed body held on `date`.
        public func occurrence(after date: LocalDate) -> LocalDate {
            let moved = date.adding(days: offsetDays)
            return weekday.map { moved.onOrBefore($0) } ?? moved
        }
    }

    /// The default series start when `from` is not given (the rule's DTSTART).
    public static let defaultAnchor = LocalDate(year: 2000, month: 1, day: 1)!

    /// RFC 5545 rule, expanded by libical.
    public var rule: RecurrenceRule?
    /// Relative rules.
    public var relative: [Relative]
    /// First date of the series (also DTSTART of the rule).
    public var from: LocalDate?
    /// Last date of the series.
    public var until: LocalDate?

    /// A cadence.
    public init(rule: RecurrenceRule? = nil, relative: [Relative] = [], from: LocalDate? = nil, until: LocalDate? = nil) {
        self.rule = rule
        self.relative = relative
        self.from = from
        self.until = until
    }

    /// True when `date` lies within `from`...`until`.
    public func bounds(_ date: LocalDate) -> Bool {
        (from.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
    }
}
