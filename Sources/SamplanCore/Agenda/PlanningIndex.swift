import ICal

/// What agendas and flags look up again and again, worked out once for a configuration and a
/// schedule, so that each meeting's agenda and flags touch little more than their own activities.
final class PlanningIndex: Sendable {
    let configuration: Configuration
    let schedule: Schedule
    let invitations: InvitationResolver
    let bodies: [String: Body]
    let people: [String: Person]
    /// Body id → the members it calls, in configured order.
    let participants: [String: [Agenda.Participant]]
    /// Focus area id → position in `configuration.focusAreas`.
    let areaPosition: [String: Int]
    /// Per activity (as `configuration.activities`): the position of its delmål within its focus area.
    let goalSlot: [Int]
    /// Per activity: the responsible person's name.
    let responsibleName: [String?]
    /// The follow-up dates and statuses of every activity, for the rules.
    let followUps: FollowUpTable
    /// Year → indexes into `configuration.activities` of the activities in that year's work (listed,
    /// moved to it or carried over into it; `Activity.isInWork(of:)`), in configured order.
    let activitiesOfYear: [Int: [Int]]
    /// Year → focus area id → indexes into `configuration.activities`.
    let activitiesOfYearArea: [Int: [String: [Int]]]
    /// Year → indexes of the activities in its work that have a due date, in configured order.
    let dueOfYear: [Int: [Int]]
    /// The years of the schedule's meetings and of the activities' lists.
    let years: ClosedRange<Int>
    /// The years of `years` that lack their activity list.
    let yearsLackingList: Set<Int>
    /// Body id → indexes into `schedule.meetings` of its confirmed meetings, in start order.
    let confirmedOfBody: [String: [Int]]
    /// Meeting id → index into `schedule.meetings`.
    let meetingIndex: [String: Int]
    /// Per meeting (as `schedule.meetings`): its position in `confirmedOfBody[body]`, or -1 when cancelled.
    let positionInBody: [Int]
    /// Per meeting: the minutes of its standing and special items and presentations.
    let plannedMinutes: [Int]
    /// The minutes of held meetings with when each meeting started (seconds since 1970), in start order.
    let minutesRecords: [(minutes: Minutes, start: Int)]
    /// Meeting id → the day its minutes' meeting was held, for the åtgärder agreed there.
    let minutesDay: [String: LocalDate]
    /// Body id → the bodies whose cadence is relative to it (a tjänsteledning preparing its samråd).
    let preparing: [String: Set<String>]
    /// The presentations not held, neither dropped nor invited again, to be offered again.
    let notHeld: [NotHeldPresentation]

    init(configuration: Configuration, schedule: Schedule, invitations: InvitationResolver? = nil) {
        self.configuration = configuration
        self.schedule = schedule
        let invitations = invitations ?? InvitationResolver(configuration: configuration, schedule: schedule)
        self.invitations = invitations
        let bodies = Dictionary(configuration.bodies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.bodies = bodies
        let people = Dictionary(configuration.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.people = people
        var participants: [String: [Agenda.Participant]] = [:]
        for body in configuration.bodies where participants[body.id] == nil {
            participants[body.id] = body.members.map { membership in
                let person = people[membership.person]
                return Agenda.Participant(
                    person: membership.person, name: person?.name ?? membership.person, title: person?.title, role: membership.role)
            }
        }
        self.participants = participants
        areaPosition = Dictionary(configuration.focusAreas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var areaOfGoal: [String: (area: String, slot: Int)] = [:]
        for area in configuration.focusAreas {
            for (slot, goal) in area.goals.enumerated() where areaOfGoal[goal.id] == nil { areaOfGoal[goal.id] = (area.id, slot) }
        }
        var ofYear: [Int: [Int]] = [:]
        var ofYearArea: [Int: [String: [Int]]] = [:]
        var dueOfYear: [Int: [Int]] = [:]
        var goalSlot: [Int] = []
        var responsibleName: [String?] = []
        goalSlot.reserveCapacity(configuration.activities.count)
        responsibleName.reserveCapacity(configuration.activities.count)
        // Every year a meeting of the schedule or an activity's list names, so that carried activities
        // are known for each meeting asked about.
        var years = schedule.meetings.isEmpty ? nil : schedule.meetings.reduce(into: (Int.max, Int.min)) { range, meeting in
            let year = meeting.start.local.date.year
            range = (min(range.0, year), max(range.1, year))
        }
        for activity in configuration.activities {
            let latest = max(activity.listedIn.last ?? activity.year, activity.movedTo ?? activity.year)
            years = (min(years?.0 ?? activity.year, activity.year), max(years?.1 ?? latest, latest))
        }
        let span = years.map { $0.0...max($0.0, $0.1) } ?? 0...0
        for (index, activity) in configuration.activities.enumerated() {
            let placement = areaOfGoal[activity.goal]
            goalSlot.append(placement?.slot ?? -1)
            responsibleName.append(activity.responsible.map { people[$0]?.name ?? $0 })
            for year in max(span.lowerBound, activity.year)...max(span.upperBound, activity.year) where activity.isInWork(of: year) {
                ofYear[year, default: []].append(index)
                ofYearArea[year, default: [:]][placement?.area ?? "", default: []].append(index)
                if activity.due != nil { dueOfYear[year, default: []].append(index) }
            }
        }
        self.goalSlot = goalSlot
        self.responsibleName = responsibleName
        followUps = FollowUpTable(configuration.activities)
        activitiesOfYear = ofYear
        activitiesOfYearArea = ofYearArea
        self.dueOfYear = dueOfYear
        self.years = span
        yearsLackingList = Set(span.filter(configuration.lacksActivityList))

        var confirmed: [String: [Int]] = [:]
        var meetingIndex: [String: Int] = [:]
        meetingIndex.reserveCapacity(schedule.meetings.count)
        var position = [Int](repeating: -1, count: schedule.meetings.count)
        var planned: [Int] = []
        planned.reserveCapacity(schedule.meetings.count)
        var invitationMinutes: [String: Int] = [:]
        for (offset, id) in invitations.meetingIDs.enumerated() {
            if let id { invitationMinutes[id, default: 0] += Self.minutes(configuration.invitations[offset].duration) }
        }
        var bodyMinutes: [String: [Int]] = [:]  // body → minutes by month (index 0: standing only)
        for body in configuration.bodies where bodyMinutes[body.id] == nil {
            let standing = body.standingAgenda.reduce(0) { $0 + ($1.duration.map(Self.minutes) ?? 0) }
            bodyMinutes[body.id] = (0...12).map { month in
                standing + body.special.filter { $0.month == month }.flatMap(\.items).reduce(0) { $0 + ($1.duration.map(Self.minutes) ?? 0) }
            }
        }
        for (index, meeting) in schedule.meetings.enumerated() {
            meetingIndex[meeting.id] = index
            if meeting.status == .confirmed {
                position[index] = confirmed[meeting.body, default: []].count
                confirmed[meeting.body, default: []].append(index)
            }
            planned.append((bodyMinutes[meeting.body]?[meeting.start.local.date.month] ?? 0) + (invitationMinutes[meeting.id] ?? 0))
        }
        confirmedOfBody = confirmed
        self.meetingIndex = meetingIndex
        positionInBody = position
        plannedMinutes = planned
        minutesRecords = configuration.minutes.compactMap { record -> (Minutes, Int)? in
            if let index = meetingIndex[record.meeting] { return (record, schedule.meetings[index].start.epochSeconds) }
            // Minutes of a meeting outside this schedule: ordered by the day in their id.
            return MeetingID(record.meeting).map { (record, $0.date.dayNumber * 86_400) }
        }.sorted { $0.1 < $1.1 }
        minutesDay = Dictionary(
            minutesRecords.map { record in
                (record.minutes.meeting, meetingIndex[record.minutes.meeting].map { schedule.meetings[$0].start.local.date }
                    ?? LocalDate(dayNumber: record.start / 86_400))
            }, uniquingKeysWith: { first, _ in first })
        var preparing: [String: Set<String>] = [:]
        for body in configuration.bodies {
            for relative in body.cadence?.relative ?? [] { preparing[relative.body, default: []].insert(body.id) }
        }
        self.preparing = preparing
        notHeld = Self.notHeldPresentations(configuration, invitations, schedule: schedule, meetingIndex: meetingIndex)
    }

    /// The åtgärder agreed at earlier meetings of `meeting`'s body (and of the bodies preparing it) that
    /// no minutes held before it report done, in the order they were agreed.
    func openActions(before meeting: Meeting) -> [Minutes.Action] {
        let bodies = (preparing[meeting.body] ?? []).union([meeting.body])
        var open: [Minutes.Action] = []
        var done = Set<String>()
        for record in minutesRecords where record.start < meeting.start.epochSeconds {
            done.formUnion(record.minutes.done)
            if let body = MeetingID(record.minutes.meeting)?.body, bodies.contains(body) { open += record.minutes.actions }
        }
        return open.filter { !done.contains($0.id) }
    }

    /// The `action-overdue` flags of `meeting`: its open åtgärder whose due date is before `asOf`.
    func actionFlags(_ meeting: Meeting, asOf: LocalDate) -> [MeetingFlag] {
        guard !minutesRecords.isEmpty, meeting.status == .confirmed else { return [] }
        return openActions(before: meeting).compactMap { action in
            guard let due = action.due, due < asOf else { return nil }
            return MeetingFlag(
                meeting: meeting.id, rule: .actionOverdue, person: action.responsible, subject: action.text,
                detail: .action(id: action.id, due: due))
        }
    }

    /// The index of the meeting `id` in the schedule.
    func index(of id: String) -> Int? { meetingIndex[id] }

    /// The index of the body's confirmed meeting before `meeting` (by start), if any; `position` is
    /// the meeting's index in the schedule when known.
    func previousMeeting(before meeting: Meeting, at position: Int?) -> Int? {
        let own = confirmedOfBody[meeting.body] ?? []
        if let position, positionInBody[position] >= 0 {
            let inBody = positionInBody[position]
            return inBody > 0 ? own[inBody - 1] : nil
        }
        // A cancelled meeting, or one from another schedule: the last one starting before it.
        return own.last { schedule.meetings[$0].start < meeting.start }
    }

    /// The index of the body's confirmed meeting after `meeting` (by start), if any.
    func nextMeeting(after meeting: Meeting, at position: Int?) -> Int? {
        let own = confirmedOfBody[meeting.body] ?? []
        if let position, positionInBody[position] >= 0 {
            let inBody = positionInBody[position]
            return inBody + 1 < own.count ? own[inBody + 1] : nil
        }
        return own.first { schedule.meetings[$0].start > meeting.start }
    }

    /// Appends the follow-up flags of the activities linked to `meeting`, and of the unsettled activities
    /// past their due date that it must hear of (`overdueActivities`), to `flags`; calls `lacking` with
    /// each activity that raised any (its index and the range of its flags).
    func followUpFlags(
        _ meeting: Meeting, at position: Int?, asOf: LocalDate, into flags: inout [MeetingFlag],
        lacking: (Int, Range<Int>) -> Void = { _, _ in }
    ) {
        let previous = previousMeeting(before: meeting, at: position).map { schedule.meetings[$0].start.local.date }
        let day = FollowUpTable.Day(asOf)
        let activities = configuration.activities
        var linked = linkedActivities(meeting)
        let overdue = overdueActivities(meeting, on: day)
        if !overdue.isEmpty { linked = Array(Set(linked).union(overdue)).sorted() }
        flags.reserveCapacity(flags.count + linked.count * 2)
        for activityIndex in linked {
            let verdict = followUps.verdict(activityIndex, on: day, previousMeeting: previous)
            guard !verdict.rules.isEmpty else { continue }
            let start = flags.count
            verdict.append(to: &flags, activities: activities, index: activityIndex, meeting: meeting.id)
            lacking(activityIndex, start..<flags.count)
        }
    }

    /// Indexes of the activities in the work of `meeting`'s year that are past their due date on `day`,
    /// when the meeting is one of the owner body's or a samråd: an overdue activity is raised at all of
    /// them until it is settled, whatever the focus areas. Settled ones are left out by the rules.
    func overdueActivities(_ meeting: Meeting, on day: FollowUpTable.Day) -> [Int] {
        guard let candidates = dueOfYear[meeting.start.local.date.year] else { return [] }
        let everyOwner = bodies[meeting.body]?.kind == .samrad
        let activities = configuration.activities
        return candidates.filter { followUps.isDue($0, before: day) && (everyOwner || activities[$0].owner == meeting.body) }
    }

    /// The `missing-activity-list` flag of `meeting`, when its year lacks its activity list.
    func missingListFlag(_ meeting: Meeting) -> MeetingFlag? {
        let year = meeting.start.local.date.year
        let lacking = years.contains(year) ? yearsLackingList.contains(year) : configuration.lacksActivityList(year)
        guard meeting.status == .confirmed, lacking else { return nil }
        return MeetingFlag(meeting: meeting.id, rule: .missingActivityList, subject: meeting.title, detail: .year(year))
    }

    /// A samråd's May meeting follows up the whole activity list.
    func followsUpEverything(_ meeting: Meeting) -> Bool {
        meeting.start.local.date.month == 5 && bodies[meeting.body]?.kind == .samrad
    }

    /// Indexes of the activities linked to `meeting`: those of its focus areas in its year, or all of
    /// the year at a samråd's May meeting; in configured order.
    func linkedActivities(_ meeting: Meeting) -> [Int] {
        let year = meeting.start.local.date.year
        if followsUpEverything(meeting) { return activitiesOfYear[year] ?? [] }
        guard !meeting.focus.isEmpty, let byArea = activitiesOfYearArea[year] else { return [] }
        if meeting.focus.count == 1 { return byArea[meeting.focus[0]] ?? [] }
        return Array(Set(meeting.focus)).flatMap { byArea[$0] ?? [] }.sorted()
    }

    /// The items of the meeting with clock times: standing items, the month's special items, then presentations.
    func timedItems(_ meeting: Meeting) -> [Agenda.Item] {
        let body = bodies[meeting.body]
        let month = meeting.start.local.date.month
        var items: [Agenda.Item] = []
        var clock = 0
        func add(_ title: String, _ kind: Agenda.Item.Kind, _ minutes: Int?) {
            items.append(Agenda.Item(title: title, kind: kind, minutes: minutes, start: meeting.start.local.adding(minutes: clock)))
            clock += minutes ?? 0
        }
        let standing = body?.standingAgenda ?? []
        for item in standing where !item.closing { add(item.title, .standing, item.duration.map(Self.minutes)) }
        for special in body?.special ?? [] where special.month == month {
            for item in special.items { add(item.title, .special, item.duration.map(Self.minutes)) }
        }
        for (_, invitation) in invitations.invitations(at: meeting.id) {
            add(invitation.topic, .presentation(presentation(invitation)), Self.minutes(invitation.duration))
        }
        for item in standing where item.closing { add(item.title, .standing, item.duration.map(Self.minutes)) }
        return items
    }

    /// The minutes of `meeting`'s items and presentations.
    func plannedMinutes(of meeting: Meeting, at position: Int?) -> Int {
        if let position { return plannedMinutes[position] }
        return timedItems(meeting).reduce(0) { $0 + ($1.minutes ?? 0) }
    }

    /// The `agenda-overrun` flag of `meeting`, if its items do not fit.
    func overrun(_ meeting: Meeting, at position: Int?) -> MeetingFlag? {
        let planned = plannedMinutes(of: meeting, at: position)
        let available = Self.length(of: meeting)
        guard planned > available else { return nil }
        return MeetingFlag(
            meeting: meeting.id, rule: .agendaOverrun, subject: meeting.title, detail: .overrun(planned: planned, available: available))
    }

    func presentation(_ invitation: Invitation) -> Agenda.Presentation {
        var presentation: Agenda.Presentation
        switch invitation.presenter {
        case let .person(id):
            let person = people[id]
            presentation = Agenda.Presentation(
                person: id, name: person?.name ?? id, title: person?.title, organization: person?.organization, topic: invitation.topic,
                activity: invitation.activity)
        case let .guest(name, organization, _, title):
            presentation = Agenda.Presentation(
                person: nil, name: name, title: title, organization: organization, topic: invitation.topic, activity: invitation.activity)
        }
        presentation.held = invitation.held
        presentation.notHeldReason = invitation.notHeldReason
        return presentation
    }

    static func minutes(_ duration: ISODuration) -> Int { max(0, duration.totalSeconds) / 60 }

    static func length(of meeting: Meeting) -> Int { (meeting.end.epochSeconds - meeting.start.epochSeconds) / 60 }
}
