public import ICal

/// Raises the flags of meetings as of a date: `missing-activity-list` when the meeting's year has no
/// activity list; the five follow-up rules for every activity of the year's work (carried-over ones
/// included) linked to the meeting (its focus areas; at a samråd's May meeting, the whole list), and
/// for every unsettled activity past its due date at each meeting of its owner body and at every
/// samråd; `action-overdue` for each open åtgärd of earlier minutes past its due date;
/// `presentation-not-held` for each presentation not held at an earlier meeting of the body;
/// `double-booked` for each member or presenter also in an overlapping meeting; and `agenda-overrun`. Cancelled meetings raise nothing. Pure; build it once per schedule.
///
/// ```swift
/// let checker = FlagChecker(configuration: configuration, schedule: ScheduleBuilder.build(configuration, years: 2024...2026))
/// for flag in checker.flags(for: "samrad-2025-05-08", asOf: LocalDate(iso: "2025-04-20")!) {
///     print(flag.rule.rawValue, flag.activity ?? flag.person ?? "", flag.message(in: .sv))
/// }
/// ```
public struct FlagChecker: Sendable {
    private let index: PlanningIndex
    private let bookings: DoubleBookings

    /// A checker for the meetings of `schedule` (build it a year wider than the meetings asked about,
    /// so that every meeting has its previous one).
    public init(configuration: Configuration, schedule: Schedule, invitations: InvitationResolver? = nil) {
        self.init(AgendaBuilder(configuration: configuration, schedule: schedule, invitations: invitations))
    }

    /// A checker sharing the index of an agenda builder.
    public init(_ builder: AgendaBuilder) {
        index = builder.index
        bookings = DoubleBookings(index)
    }

    /// The flags of the meeting `id`, or nil when the schedule has no such meeting.
    public func flags(for id: String, asOf: LocalDate) -> [MeetingFlag]? {
        index.index(of: id).map { flags(for: index.schedule.meetings[$0], at: $0, asOf: asOf) }
    }

    /// The flags of `meeting`: a missing activity list, activity rules in configured activity order,
    /// then double bookings by person, then the overrun. Double bookings are known for the meetings of the checker's schedule.
    public func flags(for meeting: Meeting, asOf: LocalDate) -> [MeetingFlag] {
        flags(for: meeting, at: index.index(of: meeting.id), asOf: asOf)
    }

    private func flags(for meeting: Meeting, at position: Int?, asOf: LocalDate) -> [MeetingFlag] {
        guard meeting.status == .confirmed else { return [] }
        var flags: [MeetingFlag] = []
        if let missing = index.missingListFlag(meeting) { flags.append(missing) }
        index.followUpFlags(meeting, at: position, asOf: asOf, into: &flags)
        flags += index.actionFlags(meeting, asOf: asOf)
        flags += index.notHeldFlags(meeting)
        if let position { flags += bookings.flags(at: position) }
        if let overrun = index.overrun(meeting, at: position) { flags.append(overrun) }
        return flags
    }

    /// The flags of the meeting of `agenda`, taking the follow-up flags and the overrun the agenda
    /// already holds (the same as `flags(for: agenda.meeting, asOf: agenda.asOf)`, without judging
    /// every activity again).
    public func flags(for agenda: Agenda) -> [MeetingFlag] {
        guard agenda.meeting.status == .confirmed else { return [] }
        var flags = agenda.missingActivityList.map { [$0] } ?? []
        flags += agenda.followUpFlags
        flags += agenda.actionFlags
        flags += index.notHeldFlags(agenda.meeting)
        if let position = index.index(of: agenda.meeting.id) { flags += bookings.flags(at: position) }
        if let overrun = agenda.overrun { flags.append(overrun) }
        return flags
    }

    /// The meetings being prepared on `asOf`: each body's next confirmed meeting starting on or after it,
    /// in start order.
    public func upcomingMeetings(asOf: LocalDate) -> [Meeting] {
        index.confirmedOfBody.values.compactMap { indices in
            indices.first { index.schedule.meetings[$0].start.local.date >= asOf }
        }.sorted().map { index.schedule.meetings[$0] }
    }

    /// The flags of every body's next meeting on or after `asOf` (what the strategist chases now).
    public func upcomingFlags(asOf: LocalDate) -> [MeetingFlag] {
        upcomingMeetings(asOf: asOf).flatMap { flags(for: $0, asOf: asOf) }
    }
}
