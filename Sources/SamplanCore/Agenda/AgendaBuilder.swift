public import ICal

/// Builds the agenda of any meeting of a schedule. Pure: the same configuration, schedule and
/// date always give the same agenda. Build it once and ask it for many meetings; it indexes the
/// configuration when created.
///
/// The schedule should reach one meeting on each side of the meetings asked about (the previous
/// meeting decides `stale`, the next one is named on the agenda): build it a year wider.
///
/// ```swift
/// let schedule = ScheduleBuilder.build(configuration, years: 2024...2026)
/// let builder = AgendaBuilder(configuration: configuration, schedule: schedule)
/// let agenda = builder.agenda(for: "tl-2025-04-22", asOf: LocalDate(iso: "2025-04-01")!)
/// ```
public struct AgendaBuilder: Sendable {
    let index: PlanningIndex

    /// A builder for the meetings of `schedule`. `invitations` may be given when already resolved.
    public init(configuration: Configuration, schedule: Schedule, invitations: InvitationResolver? = nil) {
        index = PlanningIndex(configuration: configuration, schedule: schedule, invitations: invitations)
    }

    /// The configuration agendas are built from.
    public var configuration: Configuration { index.configuration }

    /// The schedule agendas are built from.
    public var schedule: Schedule { index.schedule }

    /// Where each invitation goes.
    public var invitations: InvitationResolver { index.invitations }

    /// The agenda of the meeting `id` as of `asOf`; nil when the schedule has no such meeting.
    public func agenda(for id: String, asOf: LocalDate) -> Agenda? {
        index.index(of: id).map { agenda(for: index.schedule.meetings[$0], at: $0, asOf: asOf) }
    }

    /// The agenda of `meeting` as of `asOf`. A meeting outside the builder's schedule gets its
    /// previous and next meetings from that schedule as far as it reaches.
    public func agenda(for meeting: Meeting, asOf: LocalDate) -> Agenda {
        agenda(for: meeting, at: index.index(of: meeting.id), asOf: asOf)
    }

    private func agenda(for meeting: Meeting, at position: Int?, asOf: LocalDate) -> Agenda {
        let configuration = index.configuration
        let activities = configuration.activities
        let body = index.bodies[meeting.body]
        let participants = index.participants[meeting.body] ?? []
        let byArea = index.activitiesOfYearArea[meeting.start.local.date.year] ?? [:]
        let focus = meeting.focus.compactMap { id -> Agenda.FocusSection? in
            guard let areaPosition = index.areaPosition[id] else { return nil }
            let area = configuration.focusAreas[areaPosition]
            let listed = byArea[id] ?? []
            var lines = [[Agenda.ActivityLine]](repeating: [], count: area.goals.count)
            if area.goals.count == 1 { lines[0].reserveCapacity(listed.count) }
            for activityIndex in listed {
                let slot = index.goalSlot[activityIndex]
                guard slot >= 0 else { continue }
                lines[slot].append(
                    Agenda.ActivityLine(
                        list: activities, position: activityIndex, asOf: asOf, year: meeting.start.local.date.year,
                        responsible: index.responsibleName[activityIndex]))
            }
            return Agenda.FocusSection(
                id: area.id, name: area.name, goals: zip(area.goals, lines).map { Agenda.GoalSection(goal: $0, activities: $1) },
                carriedFrom: meeting.carriedFocus.first { $0.areas.contains(id) }?.date)
        }
        var flags: [MeetingFlag] = []
        var lacking: [Int] = []
        index.followUpFlags(meeting, at: position, asOf: asOf, into: &flags) { activityIndex, _ in lacking.append(activityIndex) }
        let items = index.timedItems(meeting)
        var agenda = Agenda(
            meeting: meeting, bodyName: body?.name ?? meeting.title, asOf: asOf, participants: participants, items: items, focus: focus,
            activities: activities, lacking: lacking, followUpFlags: flags,
            nextMeeting: index.nextMeeting(after: meeting, at: position).map { index.schedule.meetings[$0] },
            plannedMinutes: index.plannedMinutes(of: meeting, at: position), availableMinutes: PlanningIndex.length(of: meeting),
            overrun: index.overrun(meeting, at: position), missingActivityList: index.missingListFlag(meeting),
            responsibleNames: index.responsibleName)
        if !index.minutesRecords.isEmpty {
            agenda.openActions = index.openActions(before: meeting).map { action in
                Agenda.OpenAction(
                    action: action, responsible: action.responsible.map { index.people[$0]?.name ?? $0 },
                    agreedOn: index.minutesDay[action.meeting])
            }
            agenda.actionFlags = index.actionFlags(meeting, asOf: asOf)
            if let previous = index.previousMeeting(before: meeting, at: position).map({ index.schedule.meetings[$0].id }),
                configuration.minutes(of: previous) != nil
            {
                agenda.previousMinutesURL = "\(configuration.settings.publicURL)/minutes/\(previous).html"
                agenda.previousMinutesPublic = configuration.settings.minutesPublic
            }
        }
        return agenda
    }
}
