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
    /// The years asked for.
    let requested: ClosedRange<Int>
    /// The years asked for, within the supported years (nil: none of them is supported).
    let years: ClosedRange<Int>?
    let calendar: WorkingCalendar
    let zone: ZoneRules
    let windowStart: LocalDate
    let windowEnd: LocalDate
    var issues: [ScheduleIssue] = []
    /// Each body's regular meetings as anchors of the bodies that follow it.
    var anchors: [String: [Anchor]] = [:]
    /// The RRULE dates of every body with a rule, expanded up front (libical, all cores).
    var ruleDates: [String: [LocalDate]] = [:]

    /// A regular meeting as seen by a relative cadence: the ids of the meetings that follow it come
    /// from where the calendar put it (`regular`), their dates from where it is held (`held`).
    struct Anchor {
        let id: String
        let title: String
        let regular: LocalDate
        let held: LocalDate
    }

    /// A regular meeting before the calendar: its id's date, and the date the calendar starts from.
    /// Plain values only: there is one per meeting of every body, so no strings are copied here.
    struct Occurrence {
        let date: LocalDate
        let base: LocalDate
        /// The latest day a beredning may be held (its anchor's day minus `min_gap`), if bounded.
        let latest: LocalDate?
        /// The rule (in `cadence.relative`) and the anchor (in `anchors`) that produced it; -1 for a rule date.
        let relative: Int
        let anchor: Int
    }

    init(configuration: Configuration, years: ClosedRange<Int>) {
        self.configuration = configuration
        requested = years
        self.years = SupportedYears.clamp(years)
        zone = ZoneRules(identifier: configuration.organization.timeZone) ?? ZoneRules.stockholm
        // Look far enough around the years for every shift and every relative chain to land inside.
        let shift = 7 + configuration.holidays.closed.map(\.lengthInDays).reduce(0, +)
        let margin = min(ScheduleBuilder.relativeReach(configuration.bodies, perHop: shift) + shift, SupportedYears.longestDurationDays)
        let span = self.years ?? SupportedYears.range.lowerBound...SupportedYears.range.lowerBound
        windowStart = LocalDate.first(ofYear: span.lowerBound).adding(days: -margin)
        windowEnd = LocalDate.last(ofYear: span.upperBound).adding(days: margin)
        calendar = WorkingCalendar(rules: configuration.holidays, years: (windowStart.year - 1)...(windowEnd.year + 1))
    }

    mutating func run() -> Schedule {
        guard let years else { return Schedule(years: requested, meetings: [], issues: []) }
        let (order, cycles) = ScheduleBuilder.dependencyOrder(configuration.bodies)
        issues += cycles.map { ScheduleIssue(kind: .relativeCycle($0), exceptionIndex: nil) }
        let ruled = configuration.bodies.compactMap { body in body.cadence?.rule.map { (body, $0) } }
        let expanded = RecurrenceRule.expand(
            ruled.map { body, rule in
                RecurrenceRule.Expansion(
                    rule: rule, start: LocalDateTime(date: body.cadence?.from ?? Cadence.defaultAnchor, time: body.time ?? .midnight),
                    from: windowStart, through: windowEnd)
            })
        for ((body, _), dates) in zip(ruled, expanded) where ruleDates[body.id] == nil {
            ruleDates[body.id] = dates.map(\.date)
        }
        // Moves and cancellations by body: a body's own are applied before the bodies that follow it
        // are placed, so those follow where it is actually held.
        var changesByBody: [String: [Int]] = [:]
        for (index, exception) in configuration.exceptions.enumerated() {
            switch exception {
            case let .move(id, _, _, _), let .cancel(id, _):
                changesByBody[MeetingID(id)?.body ?? "", default: []].append(index)
            case .extra:
                continue
            }
        }
        var meetings: [Meeting] = []
        meetings.reserveCapacity(configuration.bodies.count * 16 * (years.count + 1))
        let followed = Set(configuration.bodies.flatMap { $0.cadence?.relative.map(\.body) ?? [] })
        var touched = Set<String>()
        var applied = Set<Int>()
        for body in order {
            var own = regularMeetings(of: body)
            let regular = followed.contains(body.id) ? own.map(\.start.local.date) : []
            if let changes = changesByBody[body.id] {
                var ownPosition: [String: Int] = [:]
                for (index, meeting) in own.enumerated() { ownPosition[meeting.id] = index }
                for index in changes {
                    guard let id = changedMeeting(index), let at = ownPosition[id] else { continue }
                    applied.insert(index)
                    if touched.insert(id).inserted {
                        apply(configuration.exceptions[index], to: &own[at])
                    } else {
                        issues.append(ScheduleIssue(kind: .repeatedException(id), exceptionIndex: index))
                    }
                }
            }
            if followed.contains(body.id) {
                anchors[body.id] = zip(own, regular).map { Anchor(id: $0.id, title: $0.title, regular: $1, held: $0.start.local.date) }
            }
            meetings += own
        }
        // Extras, and exceptions naming an extra or no meeting, need every meeting by id.
        let leftover = configuration.exceptions.indices.filter { !applied.contains($0) }
        if !leftover.isEmpty {
            var position: [String: Int] = [:]
            position.reserveCapacity(meetings.count)
            for (index, meeting) in meetings.enumerated() { position[meeting.id] = index }
            addExtras(to: &meetings, position: &position)
            for index in leftover {
                guard let id = changedMeeting(index) else { continue }
                guard let at = position[id] else {
                    if judges(id, years: years) { issues.append(ScheduleIssue(kind: .unknownMeeting(id), exceptionIndex: index)) }
                    continue
                }
                if touched.insert(id).inserted {
                    apply(configuration.exceptions[index], to: &meetings[at])
                } else {
                    issues.append(ScheduleIssue(kind: .repeatedException(id), exceptionIndex: index))
                }
            }
        }
        meetings = assignFocus(meetings, years: years)
        // Sort keys once: comparing whole meetings would copy them at every step.
        let keys = meetings.indices.filter { years.contains(meetings[$0].start.local.date.year) }
            .map { (start: meetings[$0].start.epochSeconds, id: meetings[$0].id, index: $0) }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        return Schedule(years: years, meetings: keys.map { meetings[$0.index] }, issues: issues)
    }

    /// The meeting a move or cancellation names.
    func changedMeeting(_ index: Int) -> String? {
        switch configuration.exceptions[index] {
        case let .move(id, _, _, _), let .cancel(id, _): id
        case .extra: nil
        }
    }

    func apply(_ exception: ScheduleException, to meeting: inout Meeting) {
        switch exception {
        case let .move(_, toDate, toTime, reason):
            let length = meeting.end.epochSeconds - meeting.start.epochSeconds
            let start = zone.resolve(LocalDateTime(date: toDate, time: toTime ?? meeting.start.local.time))
            meeting.move = Meeting.Move(from: meeting.occurrence, previousStart: meeting.start.local, reason: reason)
            meeting.follows = nil
            meeting.start = start
            meeting.end = zone.zoned(epochSeconds: start.epochSeconds + length)
        case let .cancel(_, reason):
            meeting.status = .cancelled
            meeting.cancellationReason = reason
        case .extra:
            break
        }
    }

    /// Regular occurrences of a body within the window: its rule dates, and one per meeting of each
    /// body it follows (by id; two rules landing on one date make one meeting).
    func occurrences(of body: Body) -> [Occurrence] {
        guard let cadence = body.cadence else { return [] }
        var byDay: [Int: Occurrence] = [:]
        for date in ruleDates[body.id] ?? [] {
            byDay[date.dayNumber] = Occurrence(date: date, base: date, latest: nil, relative: -1, anchor: -1)
        }
        for (ruleIndex, relative) in cadence.relative.enumerated() {
            let gap = relative.minGapDays
            for (anchorIndex, anchor) in (anchors[relative.body] ?? []).enumerated() {
                let date = relative.occurrence(after: anchor.regular)
                guard byDay[date.dayNumber] == nil else { continue }
                byDay[date.dayNumber] = Occurrence(
                    date: date, base: relative.occurrence(after: anchor.held), latest: gap.map { anchor.held.adding(days: -$0) },
                    relative: ruleIndex, anchor: anchorIndex)
            }
        }
        return byDay.keys.sorted().compactMap { day in
            guard let occurrence = byDay[day], cadence.bounds(occurrence.date), windowStart <= occurrence.date, occurrence.date <= windowEnd
            else { return nil }
            return occurrence
        }
    }

    func regularMeetings(of body: Body) -> [Meeting] {
        let time = body.time ?? .midnight
        let policy = body.holidayPolicy ?? configuration.holidays.policy
        return occurrences(of: body).map { occurrence -> Meeting in
            var placement = calendar.shift(occurrence.base, policy: policy)
            if let latest = occurrence.latest, placement.date > latest {
                // A beredning stays before what it prepares: shift the other way. The base date keeps
                // the gap, so this always lands in time; when no working day is found it stays on the
                // base date and is flagged as a conflict.
                placement = calendar.shift(occurrence.base, policy: .previousWorkingDay)
            }
            let start = zone.resolve(LocalDateTime(date: placement.date, time: time))
            var meeting = Meeting(
                id: MeetingID(body: body.id, date: occurrence.date).description, body: body.id, title: body.name,
                occurrence: occurrence.date, start: start, end: end(of: start, lasting: body.duration), status: .confirmed,
                location: body.location, online: body.online, shift: nil, conflict: nil, move: nil,
                cancellationReason: nil, isExtra: false, extraReason: nil, focus: [])
            if occurrence.base != occurrence.date, let rules = body.cadence?.relative, rules.indices.contains(occurrence.relative),
                let followed = anchors[rules[occurrence.relative].body], followed.indices.contains(occurrence.anchor)
            {
                let anchor = followed[occurrence.anchor]
                meeting.follows = Meeting.Follow(anchor: anchor.id, anchorTitle: anchor.title, anchorDate: anchor.held, from: occurrence.date)
            }
            if let reason = placement.reason {
                if placement.date == occurrence.base {
                    meeting.conflict = reason
                } else {
                    meeting.shift = Meeting.Shift(from: occurrence.base, reason: reason)
                }
            }
            return meeting
        }
    }

    func end(of start: ZonedDateTime, lasting duration: ISODuration) -> ZonedDateTime {
        zone.zoned(epochSeconds: start.epochSeconds + duration.totalSeconds)
    }

    /// Whether this run can tell that a meeting id does not exist: its rule date lies in the years asked for.
    func judges(_ id: String, years: ClosedRange<Int>) -> Bool {
        guard let parsed = MeetingID(id) else { return true }
        return years.contains(parsed.date.year)
    }

    mutating func addExtras(to meetings: inout [Meeting], position: inout [String: Int]) {
        for (index, exception) in configuration.exceptions.enumerated() {
            guard case let .extra(extra) = exception, let body = configuration.body(extra.body), SupportedYears.contains(extra.start.date)
            else { continue }
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

    /// Focus areas by the body's plan. `rotate` counts every regular meeting of a year, cancelled
    /// ones too, in rule order, so an exception never reshuffles other meetings; the areas of a
    /// cancelled meeting go on to the body's next meeting held.
    mutating func assignFocus(_ all: [Meeting], years: ClosedRange<Int>) -> [Meeting] {
        var meetings = all
        let areas = configuration.focusAreas.filter(\.rotates).map(\.id)
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
                    } else if judges(id, years: years) {
                        issues.append(ScheduleIssue(kind: .unknownPlannedMeeting(body: body.id, meeting: id), exceptionIndex: nil))
                    }
                }
            case .rotate:
                guard !areas.isEmpty else { continue }
                let regular = own.filter { !meetings[$0].isExtra }
                let byYear = Dictionary(grouping: regular) { meetings[$0].occurrence.year }
                for (_, indices) in byYear {
                    let ordered = indices.sorted { meetings[$0].occurrence < meetings[$1].occurrence }
                    for (position, index) in ordered.enumerated() {
                        meetings[index].focus = FocusRotation.areas(for: position, of: ordered.count, among: areas)
                    }
                }
            }
            carryFocus(of: own, in: &meetings)
        }
        return meetings
    }

    /// Gives the focus areas of each cancelled meeting to the next meeting of the body held after it.
    func carryFocus(of own: [Int], in meetings: inout [Meeting]) {
        guard own.contains(where: { meetings[$0].status == .cancelled && !meetings[$0].focus.isEmpty }) else { return }
        let ordered = own.sorted { (meetings[$0].start.epochSeconds, meetings[$0].id) < (meetings[$1].start.epochSeconds, meetings[$1].id) }
        var pending: [Meeting.CarriedFocus] = []
        for index in ordered {
            if meetings[index].status == .cancelled {
                if !meetings[index].focus.isEmpty {
                    pending.append(Meeting.CarriedFocus(areas: meetings[index].focus, from: meetings[index].id, date: meetings[index].start.local.date))
                }
                continue
            }
            guard !pending.isEmpty else { continue }
            for carried in pending {
                meetings[index].focus += carried.areas.filter { !meetings[index].focus.contains($0) }
            }
            meetings[index].carriedFocus = pending
            pending = []
        }
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
