public import ICal

/// What to do with a meeting that lands on a non-working day.
public enum ShiftPolicy: String, Sendable, Hashable, CaseIterable {
    /// Move to the next working day (the default).
    case nextWorkingDay = "next-working-day"
    /// Move to the previous working day.
    case previousWorkingDay = "previous-working-day"
    /// Keep the date and flag the conflict.
    case keepAndFlag = "keep-and-flag"
}

/// A configured period without meetings (summer break, Christmas).
public struct ClosedPeriod: Hashable, Sendable {
    /// The period's bounds.
    public enum Span: Hashable, Sendable {
        /// Every year, month-day to month-day inclusive; may wrap the new year (12-22 to 01-06).
        case yearly(fromMonth: Int, fromDay: Int, toMonth: Int, toDay: Int)
        /// Once, date to date inclusive.
        case fixed(from: LocalDate, to: LocalDate)
    }
    /// The bounds.
    public let span: Span
    /// Its name, shown as the reason of a shift ("Sommaruppehåll").
    public let name: String

    /// A closed period.
    public init(span: Span, name: String) {
        self.span = span
        self.name = name
    }

    /// How many days the period lasts (at most 366 for a yearly one).
    public var lengthInDays: Int {
        switch span {
        case let .fixed(from, to):
            return min(400, to.dayNumber - from.dayNumber + 1)
        case let .yearly(fromMonth, fromDay, toMonth, toDay):
            let start = LocalDate(year: 2001, month: fromMonth, day: min(fromDay, 28))!
            var end = LocalDate(year: 2001, month: toMonth, day: min(toDay, 28))!
            if end < start { end = end.adding(months: 12) }
            return end.dayNumber - start.dayNumber + 1
        }
    }

    /// True when `date` lies in the period.
    public func contains(_ date: LocalDate) -> Bool {
        switch span {
        case let .fixed(from, to):
            return from <= date && date <= to
        case let .yearly(fromMonth, fromDay, toMonth, toDay):
            let value = date.month * 100 + date.day
            let start = fromMonth * 100 + fromDay
            let end = toMonth * 100 + toDay
            return start <= end ? (start <= value && value <= end) : (value >= start || value <= end)
        }
    }
}

/// Working days that meetings avoid as if they were holidays (`holidays.avoid`).
public enum AvoidedDays: String, Sendable, Hashable, CaseIterable {
    /// A working day between a public holiday and a weekend (the Friday after Kristi himmelsfärds dag).
    case bridgeDays = "klämdagar"
    /// Trettondagsafton, skärtorsdag, valborgsmässoafton and allhelgonaafton.
    case eves = "aftnar"
}

/// The holiday rules of an organization, as configured.
public struct HolidayRules: Hashable, Sendable {
    /// Whether Swedish public holidays apply (`country: SE`).
    public var swedishHolidays: Bool
    /// Extra closed periods.
    public var closed: [ClosedPeriod]
    /// The shift policy.
    public var policy: ShiftPolicy
    /// Working days avoided as if they were holidays.
    public var avoid: Set<AvoidedDays>

    /// Holiday rules.
    public init(swedishHolidays: Bool = true, closed: [ClosedPeriod] = [], policy: ShiftPolicy = .nextWorkingDay, avoid: Set<AvoidedDays> = []) {
        self.swedishHolidays = swedishHolidays
        self.closed = closed
        self.policy = policy
        self.avoid = avoid
    }
}

/// The one holiday calendar: which days are working days, and where a meeting moves.
///
/// ```swift
/// let calendar = WorkingCalendar(rules: HolidayRules())
/// calendar.shift(LocalDate(year: 2026, month: 5, day: 14)!)
/// // date 2026-05-15, reason "Kristi himmelsfärds dag"
/// ```
public struct WorkingCalendar: Sendable {
    /// The rules applied.
    public let rules: HolidayRules
    /// Holidays and avoided eves of the years asked for at creation, by day number; other years
    /// are computed on demand.
    private let cached: [Int: LocalizedText]
    private let cachedEves: [Int: LocalizedText]
    private let cachedYears: ClosedRange<Int>?
    private let avoidsEves: Bool
    private let avoidsBridgeDays: Bool

    /// A calendar for `rules`, with the holidays of `years` (if given) worked out once.
    public init(rules: HolidayRules, years: ClosedRange<Int>? = nil) {
        self.rules = rules
        cachedYears = years
        var cached: [Int: LocalizedText] = [:]
        var cachedEves: [Int: LocalizedText] = [:]
        if rules.swedishHolidays, let years {
            for year in years {
                for holiday in SwedishHolidays.holidays(in: year) { cached[holiday.date.dayNumber] = holiday.name }
                if rules.avoid.contains(.eves) {
                    for eve in SwedishHolidays.eves(in: year) { cachedEves[eve.date.dayNumber] = eve.name }
                }
            }
        }
        self.cached = cached
        self.cachedEves = cachedEves
        avoidsEves = rules.swedishHolidays && rules.avoid.contains(.eves)
        avoidsBridgeDays = rules.avoid.contains(.bridgeDays)
    }

    private func holiday(on date: LocalDate) -> LocalizedText? {
        guard rules.swedishHolidays else { return nil }
        if cachedYears?.contains(date.year) == true { return cached[date.dayNumber] }
        return SwedishHolidays.holidays(in: date.year).first(where: { $0.date == date })?.name
    }

    private func eve(on date: LocalDate) -> LocalizedText? {
        guard avoidsEves else { return nil }
        if cachedYears?.contains(date.year) == true { return cachedEves[date.dayNumber] }
        return SwedishHolidays.eves(in: date.year).first(where: { $0.date == date })?.name
    }

    /// The result of applying the policy to a date.
    public struct Placement: Hashable, Sendable {
        /// Where the meeting is held.
        public let date: LocalDate
        /// Why the rule date is not a working day, or nil when it is.
        public let reason: LocalizedText?
    }

    /// Why `date` is not a working day or is avoided, or nil when a meeting can be held on it.
    public func nonWorkingReason(_ date: LocalDate) -> LocalizedText? {
        if let reason = dayOffReason(date) { return reason }
        if let eve = eve(on: date) { return eve }
        guard avoidsBridgeDays else { return nil }
        // A klämdag: one working day between a public holiday and another day off.
        let before = date.adding(days: -1)
        let after = date.adding(days: 1)
        if let holiday = holiday(on: before), dayOffReason(after) != nil {
            return LocalizedText { $0.holidays.bridgeDayAfter(holiday.text(in: $0.language)) }
        }
        if let holiday = holiday(on: after), dayOffReason(before) != nil {
            return LocalizedText { $0.holidays.bridgeDayBefore(holiday.text(in: $0.language)) }
        }
        return nil
    }

    /// Why `date` is a day off (holiday, closed period, weekend), or nil. Holidays and closed
    /// periods are named before the weekend, since "julafton" says more than "lördag".
    private func dayOffReason(_ date: LocalDate) -> LocalizedText? {
        if let holiday = holiday(on: date) { return holiday }
        if let period = rules.closed.first(where: { $0.contains(date) }) {
            return LocalizedText(verbatim: period.name)
        }
        if date.weekday.isWeekend {
            return LocalizedText { $0.dates.weekdays[date.weekday.isoNumber - 1] }
        }
        return nil
    }

    /// Where a meeting whose rule falls on `date` is held under `policy` (default: the rules'). The
    /// search is bounded (a closed period of over a year would otherwise never end); past the bound
    /// the date is kept.
    public func shift(_ date: LocalDate, policy: ShiftPolicy? = nil) -> Placement {
        guard let reason = nonWorkingReason(date) else { return Placement(date: date, reason: nil) }
        let step: Int
        switch policy ?? rules.policy {
        case .keepAndFlag: return Placement(date: date, reason: reason)
        case .nextWorkingDay: step = 1
        case .previousWorkingDay: step = -1
        }
        var candidate = date
        for _ in 0..<400 {
            candidate = candidate.adding(days: step)
            if nonWorkingReason(candidate) == nil { return Placement(date: candidate, reason: reason) }
        }
        return Placement(date: date, reason: reason)
    }
}
