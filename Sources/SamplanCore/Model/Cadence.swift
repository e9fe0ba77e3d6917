public import ICal

/// When a body's regular meetings occur: an RRULE, meetings relative to another body's, or both.
public struct Cadence: Hashable, Sendable {
    /// "One meeting per meeting of `body`, `offset` away, on or before `weekday`". A meeting before
    /// its anchor prepares it (a beredning): it stays at least `minGapDays` before the anchor.
    public struct Relative: Hashable, Sendable {
        /// The gap a preparing meeting keeps before its anchor unless configured: a week, or the
        /// offset itself when that is shorter.
        public static let defaultMinGapDays = 7

        /// The body followed.
        public var body: String
        /// Whole days added to each of its meeting dates (negative: before).
        public var offsetDays: Int
        /// The weekday snapped to, on or before; nil keeps the offset date.
        public var weekday: Weekday?
        /// The configured `min_gap` in days; nil for the default.
        public var configuredMinGapDays: Int?

        /// A relative cadence.
        public init(body: String, offsetDays: Int, weekday: Weekday? = nil, minGapDays: Int? = nil) {
            self.body = body
            self.offsetDays = offsetDays
            self.weekday = weekday
            self.configuredMinGapDays = minGapDays
        }

        /// The days a meeting that prepares its anchor (negative offset) keeps before it; nil for a
        /// meeting after its anchor, which has no such bound.
        public var minGapDays: Int? {
            guard offsetDays < 0 else { return nil }
            return configuredMinGapDays ?? min(Self.defaultMinGapDays, -offsetDays)
        }

        /// The rule-occurrence date for a meeting of the followed body held on `date`.
        public func occurrence(after date: LocalDate) -> LocalDate {
            let moved = date.adding(days: offsetDays)
            return weekday.map { moved.onOrBefore($0) } ?? moved
        }
    }

    /// The default series start when `from` is not given (the rule's DTSTART).
    public static let defaultAnchor = LocalDate.first(ofYear: 2000)

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
