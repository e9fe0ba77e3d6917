internal import CLibical
import Dispatch
import Foundation

/// An RFC 5545 recurrence rule, parsed and expanded by libical.
///
/// ```swift
/// let rule = try RecurrenceRule("FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH")
/// let start = LocalDateTime(date: LocalDate(year: 2026, month: 1, day: 1)!, time: LocalTime(hour: 18, minute: 0)!)
/// rule.occurrences(start: start, through: LocalDate(year: 2026, month: 12, day: 31)!)
/// // 2026-01-08 18:00, 2026-05-14 18:00, 2026-10-08 18:00
/// ```
public struct RecurrenceRule: Hashable, Sendable, CustomStringConvertible {
    /// Why a rule text was rejected.
    public struct ParseError: Error, Hashable, Sendable {
        /// What is wrong, as a code the config layer turns into the admin's language.
        public enum Reason: Hashable, Sendable {
            /// libical could not read the rule.
            case malformed
            /// A frequency finer than daily: meetings do not recur by the hour.
            case frequencyTooFine
            /// BYHOUR/BYMINUTE/BYSECOND: the time of day comes from the body's `time`.
            case timeOfDayParts
        }
        /// The reason.
        public let reason: Reason

        /// An error for `reason`.
        public init(reason: Reason) { self.reason = reason }
    }

    /// The rule text as given (without a leading `RRULE:`).
    public let text: String
    /// True when the rule has COUNT, which counts from DTSTART, so expansion must start there.
    public let hasCount: Bool

    /// Parses a rule; libical judges its syntax.
    public init(_ text: String) throws(ParseError) {
        var body = text.trimmingSpaces
        if body.uppercased().hasPrefix("RRULE:") { body = String(body.dropFirst(6)) }
        let upper = body.uppercased()
        let parts = upper.split(separator: ";").map { $0.split(separator: "=").first.map(String.init) ?? "" }
        if parts.contains(where: { ["BYHOUR", "BYMINUTE", "BYSECOND"].contains($0) }) {
            throw ParseError(reason: .timeOfDayParts)
        }
        let frequency: icalrecurrencetype_frequency? = Libical.configured {
            icalerror_clear_errno()
            let rule = icalrecurrencetype_from_string(body)
            guard rule.freq != ICAL_NO_RECURRENCE, Libical.errno == ICAL_NO_ERROR else { return nil }
            return rule.freq
        }
        guard let frequency else { throw ParseError(reason: .malformed) }
        guard
            [ICAL_DAILY_RECURRENCE, ICAL_WEEKLY_RECURRENCE, ICAL_MONTHLY_RECURRENCE, ICAL_YEARLY_RECURRENCE]
                .contains(frequency)
        else { throw ParseError(reason: .frequencyTooFine) }
        self.text = body
        self.hasCount = parts.contains("COUNT")
    }

    /// The occurrences of the rule whose series starts at `start` (DTSTART), from `windowStart`
    /// through `end` (inclusive, by date), at most `limit` of them. Like libical, a DTSTART that
    /// does not match the rule is not itself an occurrence.
    public func occurrences(
        start: LocalDateTime,
        from windowStart: LocalDate? = nil,
        through end: LocalDate,
        limit: Int = 100_000
    ) -> [LocalDateTime] {
        Libical.configured {
            icalerror_clear_errno()
            let rule = icalrecurrencetype_from_string(text)
            guard let iterator = icalrecur_iterator_new(rule, icaltimetype(start)) else { return [] }
            defer { icalrecur_iterator_free(iterator) }
            if let windowStart, windowStart > start.date, !hasCount {
                // Jump ahead instead of walking from DTSTART; not allowed with COUNT.
                _ = icalrecur_iterator_set_start(iterator, icaltimetype(LocalDateTime(date: windowStart, time: start.time)))
            }
            var result: [LocalDateTime] = []
            while result.count < limit {
                guard let next = icalrecur_iterator_next(iterator).localDateTime, next.date <= end else { break }
                if let windowStart, next.date < windowStart { continue }
                result.append(next)
            }
            return result
        }
    }

    /// The rule text.
    public var description: String { text }
}

extension RecurrenceRule {
    /// One expansion to make: a rule, its DTSTART, and the window wanted.
    public struct Expansion: Sendable {
        /// The rule.
        public let rule: RecurrenceRule
        /// DTSTART of the series.
        public let start: LocalDateTime
        /// First date wanted.
        public let from: LocalDate?
        /// Last date wanted.
        public let through: LocalDate

        /// An expansion request.
        public init(rule: RecurrenceRule, start: LocalDateTime, from: LocalDate?, through: LocalDate) {
            self.rule = rule
            self.start = start
            self.from = from
            self.through = through
        }
    }

    /// Expands many rules, spread over the machine's cores: each expansion is independent, and
    /// libical's iterator is most of the cost of a large schedule. Results are in request order.
    public static func expand(_ requests: [Expansion]) -> [[LocalDateTime]] {
        let results = ResultSlots(count: requests.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, requests.count / 8))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: requests.count, by: workers) {
                let request = requests[index]
                results.store(request.rule.occurrences(start: request.start, from: request.from, through: request.through), at: index)
            }
        }
        return results.values
    }
}

/// Slots that concurrent workers fill, each index by exactly one worker.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [[LocalDateTime]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func store(_ value: [LocalDateTime], at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [[LocalDateTime]] { lock.withLock { slots } }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
