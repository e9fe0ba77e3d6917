import ICal

/// Expands a configuration into meetings: cadences (libical RRULEs and relative rules in dependency
/// order), the holiday calendar, exceptions, then focus areas. Pure: the same configuration and
/// years always give the same schedule.
public enum ScheduleBuilder {
    /// The schedule of `years`. Meetings are computed with a margin around the range, so that
    /// relative cadences and year-end shifts see the meetings they depend on.
    public static func build(_ configuration: Configuration, years: ClosedRange<Int>) -> Schedule {
        var builder = Builder(configuration: configuration, years: years)
        return builder.run()
    }

    /// The bodies in an order where every body comes after the bodies it follows, and the
    /// bodies caught in cycles (left out of the order).
    public static func dependencyOrder(_ bodies: [Body]) -> (order: [Body], cycles: [[String]]) {
        let known = Set(bodies.map(\.id))
        var remaining = bodies
        var order: [Body] = []
        var placed = Set<String>()
        while true {
            let ready = remaining.filter { body in
                (body.cadence?.relative ?? []).allSatisfy { placed.contains($0.body) || !known.contains($0.body) }
            }
            guard !ready.isEmpty else { break }
            order += ready
            placed.formUnion(ready.map(\.id))
            remaining.removeAll { placed.contains($0.id) }
        }
        return (order, remaining.isEmpty ? [] : cycles(among: remaining))
    }

    /// The longest distance in days that a chain of relative cadences reaches from the meetings it
    /// starts at: how far around the requested years the schedule must look.
    static func relativeReach(_ bodies: [Body], perHop: Int) -> Int {
        let byID = Dictionary(bodies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var memo: [String: Int] = [:]
        func reach(_ id: String, _ visiting: Set<String>) -> Int {
            if let known = memo[id] { return known }
            guard let body = byID[id], !visiting.contains(id) else { return 0 }
            let value = (body.cadence?.relative ?? []).map { abs($0.offsetDays) + perHop + reach($0.body, visiting.union([id])) }.max() ?? 0
            memo[id] = value
            return value
        }
        return bodies.map { reach($0.id, []) }.max() ?? 0
    }

    /// Groups the bodies left over by dependency order into the cycles they form.
    private static func cycles(among bodies: [Body]) -> [[String]] {
        let edges = Dictionary(bodies.map { ($0.id, ($0.cadence?.relative ?? []).map(\.body)) }, uniquingKeysWith: { first, _ in first })
        var reported = Set<String>()
        var result: [[String]] = []
        for body in bodies where !reported.contains(body.id) {
            // Walk from the body until a node repeats; the repeated tail is the cycle.
            var path: [String] = [body.id]
            var current = body.id
            while let next = edges[current]?.first(where: { edges[$0] != nil }) {
                if let loopStart = path.firstIndex(of: next) {
                    let cycle = Array(path[loopStart...])
                    if reported.isDisjoint(with: cycle) { result.append(cycle) }
                    reported.formUnion(cycle)
                    break
                }
                path.append(next)
                current = next
            }
            reported.insert(body.id)
        }
        return result
    }
}

private struct Builder {
    let configuration: Configuration
    let years: ClosedRange<Int>
    let calendar: WorkingCalendar
    let zone: ZoneRules
    let windowStart: LocalDate
    let windowEnd: LocalDate
    var issues: [ScheduleIssue] = []
    /// Each body's regular meeting dates after holiday shifts, before exceptions.
    var heldDates: [String: [LocalDate]] = [:]
    /// The RRULE dates of every body with a rule, expanded up front (libical, all cores).
    var ruleDates: [String: [LocalDate]] = [:]

    init(configuration: Configuration, years: ClosedRange<Int>) {
        self.configuration = configuration
        self.years = years
        zone = ZoneRules(identifier: configuration.organization.timeZone) ?? ZoneRules(identifier: "Europe/Stockholm")!
        // Look far enough around the years for every shift and every relative chain to land inside.
        let shift = 7 + configuration.holidays.closed.map(\.lengthInDays).reduce(0, +)
        let margin = ScheduleBuilder.relativeReach(configuration.bodies, perHop: shift) + shift
        windowStart = LocalDate(year: years.lowerBound, month: 1, day: 1)!.adding(days: -margin)
        windowEnd = LocalDate(year: years.upperBound, month: 12, day: 31)!.adding(days: margin)
        calendar = WorkingCalendar(rules: configuration.holidays, years: (windowStart.year - 1)...(windowEnd.year + 1))
    }

    mutating func run() -> Schedule {
        let (order, cycles) = ScheduleBuilder.dependencyOrder(configuration.bodies)
        issues += cycles.map { ScheduleIssue(kind: .relativeCycle($0), exceptionIndex: nil) }
        let ruled = configuration.bodies.filter { $0.cadence?.rule != nil }
        let expanded = RecurrenceRule.expand(
            ruled.map { body in
                RecurrenceRule.Expansion(
                    rule: body.cadence!.rule!,
                    start: LocalDateTime(date: body.cadence?.from ?? Cadence.defaultAnchor, time: body.time ?? LocalTime(hour: 0, minute: 0)!),
                    from: windowStart, through: windowEnd)
            })
        for (body, dates) in zip(ruled, expanded) where ruleDates[body.id] == nil {
            ruleDates[body.id] = dates.map(\.date)
        }
        var meetings: [Meeting] = []
        meetings.reserveCapacity(configuration.bodies.count * 16 * (years.count + 1))
        for body in order {
            meetings += regularMeetings(of: body)
        }
        meetings = applyExceptions(to: meetings)
        meetings = assignFocus(meetings)
        // Sort keys once: comparing whole meetings would copy them at every step.
        let keys = meetings.indices.filter { years.contains(meetings[$0].start.local.date.year) }
            .map { (start: meetings[$0].start.epochSeconds, id: meetings[$0].id, index: $0) }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        return Schedule(years: years, meetings: keys.map { meetings[$0.index] }, issues: issues)
    }

    /// Rule-occurrence dates of a body within the window.
    func occurrences(of body: Body) -> [LocalDate] {
        guard let cadence = body.cadence else { return [] }
        var days = Set<Int>()
        for date in ruleDates[body.id] ?? [] {
            days.insert(date.dayNumber)
        }
        for relative in cadence.relative {
            for date in heldDates[relative.body] ?? [] {
                days.insert(relative.occurrence(after: date).dayNumber)
            }
        }
        return days.sorted().map(LocalDate.init(dayNumber:)).filter { cadence.bounds($0) && windowStart <= $0 && $0 <= windowEnd }
    }

    mutating func regularMeetings(of body: Body) -> [Meeting] {
        let time = body.time ?? LocalTime(hour: 0, minute: 0)!
        var held: [LocalDate] = []
        let meetings = occurrences(of: body).map { occurrence -> Meeting in
            let placement = calendar.shift(occurrence)
            held.append(placement.date)
            let start = zone.resolve(LocalDateTime(date: placement.date, time: time))
            var meeting = Meeting(
                id: MeetingID(body: body.id, date: occurrence).description, body: body.id, title: body.name,
                occurrence: occurrence, start: start, end: end(of: start, lasting: body.duration), status: .confirmed,
                location: body.location, online: body.online, shift: nil, conflict: nil, move: nil,
                cancellationReason: nil, isExtra: false, extraReason: nil, focus: [])
            if let reason = placement.reason {
                if placement.date == occurrence {
                    meeting.conflict = reason
                } else {
                    meeting.shift = Meeting.Shift(from: occurrence, reason: reason)
                }
            }
            return meeting
        }
        heldDates[body.id] = held
        return meetings
    }

    func end(of start: ZonedDateTime, lasting duration: ISODuration) -> ZonedDateTime {
        zone.zoned(epochSeconds: start.epochSeconds + duration.totalSeconds)
    }

    /// Whether this run can tell that a meeting id does not exist: its rule date lies in the years asked for.
    func judges(_ id: String) -> Bool {
        guard let parsed = MeetingID(id) else { return true }
        return years.contains(parsed.date.year)
    }

    mutating func applyExceptions(to regular: [Meeting]) -> [Meeting] {
        var meetings = regular
        guard !configuration.exceptions.isEmpty else { return meetings }
        var position: [String: Int] = [:]
        position.reserveCapacity(meetings.count)
        for (index, meeting) in meetings.enumerated() { position[meeting.id] = index }
        var touched = Set<String>()
        for (index, exception) in configuration.exceptions.enumerated() {
            switch exception {
            case let .move(id, toDate, toTime, reason):
                guard let at = locate(id, in: position, exception: index, touched: &touched) else { continue }
                let old = meetings[at]
                let length = old.end.epochSeconds - old.start.epochSeconds
                let start = zone.resolve(LocalDateTime(date: toDate, time: toTime ?? old.start.local.time))
                meetings[at].move = Meeting.Move(from: old.occurrence, previousStart: old.start.local, reason: reason)
                meetings[at].start = start
                meetings[at].end = zone.zoned(epochSeconds: start.epochSeconds + length)
            case let .cancel(id, reason):
                guard let at = locate(id, in: position, exception: index, touched: &touched) else { continue }
                meetings[at].status = .cancelled
                meetings[at].cancellationReason = reason
            case let .extra(extra):
                guard let body = configuration.body(extra.body) else { continue }
                let id = MeetingID(body: body.id, date: extra.start.date).description
                if position[id] != nil {
                    issues.append(ScheduleIssue(kind: .extraCollides(id), exceptionIndex: index))
                    continue
                }
                let start = zone.resolve(extra.start)
                position[id] = meetings.count
                meetings.append(
                    Meeting(
                        id: id, body: body.id, title: extra.title ?? body.name, occurrence: extra.start.date, start: start,
                        end: end(of: start, lasting: extra.duration ?? body.duration), status: .confirmed,
                        location: extra.location ?? body.location, online: body.online, shift: nil, conflict: nil, move: nil,
                        cancellationReason: nil, isExtra: true, extraReason: extra.reason, focus: extra.focus))
            }
        }
        return meetings
    }

    mutating func locate(_ id: String, in position: [String: Int], exception index: Int, touched: inout Set<String>) -> Int? {
        guard let at = position[id] else {
            if judges(id) { issues.append(ScheduleIssue(kind: .unknownMeeting(id), exceptionIndex: index)) }
            return nil
        }
        guard touched.insert(id).inserted else {
            issues.append(ScheduleIssue(kind: .repeatedException(id), exceptionIndex: index))
            return nil
        }
        return at
    }

    mutating func assignFocus(_ all: [Meeting]) -> [Meeting] {
        var meetings = all
        let areas = configuration.focusAreas.map(\.id)
        let indicesByBody = Dictionary(grouping: meetings.indices) { meetings[$0].body }
        for body in configuration.bodies {
            let own = indicesByBody[body.id] ?? []
            switch body.focus {
            case .none:
                continue
            case let .explicit(plan):
                let position = Dictionary(own.map { (meetings[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
                for (id, focus) in plan.sorted(by: { $0.key < $1.key }) {
                    if let index = position[id] {
                        meetings[index].focus = focus
                    } else if judges(id) {
                        issues.append(ScheduleIssue(kind: .unknownPlannedMeeting(body: body.id, meeting: id), exceptionIndex: nil))
                    }
                }
            case .rotate:
                guard !areas.isEmpty else { continue }
                let rotating = own.filter { !meetings[$0].isExtra && meetings[$0].status == .confirmed }
                let byYear = Dictionary(grouping: rotating) { meetings[$0].start.local.date.year }
                for (_, indices) in byYear {
                    let ordered = indices.sorted { meetings[$0].start < meetings[$1].start }
                    for (position, index) in ordered.enumerated() {
                        meetings[index].focus = FocusRotation.areas(for: position, of: ordered.count, among: areas)
                    }
                }
            }
        }
        return meetings
    }
}

/// How `rotate` spreads focus areas over a year's meetings.
public enum FocusRotation {
    /// The areas of meeting `position` (0-based) of `count` meetings. With fewer meetings than
    /// areas, consecutive areas share a meeting so every area is covered once; with more, the
    /// areas repeat in order, so none comes back before all others have had their turn.
    public static func areas(for position: Int, of count: Int, among areas: [String]) -> [String] {
        guard !areas.isEmpty, count > 0 else { return [] }
        if count >= areas.count { return [areas[position % areas.count]] }
        return areas.indices.filter { $0 * count / areas.count == position }.map { areas[$0] }
    }
}
