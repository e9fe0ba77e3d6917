public import ICal

/// What a responsible person's page shows (`GET /p/<page-token>`): their activities in the work of
/// the year with the latest status, flags and due date; their open åtgärder; their next meetings and
/// the presentations they give. Only what is theirs: the ids here are the only ones their forms accept.
///
/// ```swift
/// let schedule = ScheduleBuilder.build(configuration, years: 2025...2027)
/// let overview = PersonalOverview(configuration, schedule: schedule, person: "socialchef", asOf: LocalDate(iso: "2026-04-20")!)
/// overview?.activities.map(\.activity.id)     // ["a1-informera", …]
/// ```
public struct PersonalOverview: Sendable {
    /// One of the person's activities.
    public struct ActivityEntry: Sendable {
        /// The activity, with every follow-up counted so far.
        public let activity: Activity
        /// Its latest follow-up as of the day.
        public let latest: FollowUp?
        /// The flags it raises at the next meetings, one per rule.
        public let flags: [MeetingFlag]
    }

    /// One of the person's next meetings.
    public struct MeetingEntry: Sendable {
        /// The meeting.
        public let meeting: Meeting
        /// The topics they present there, if any.
        public let presentations: [String]
    }

    /// The person.
    public let person: Person
    /// The day the page is judged at.
    public let asOf: LocalDate
    /// Their activities, in configured order.
    public let activities: [ActivityEntry]
    /// Their open åtgärder, in the order they were agreed.
    public let actions: [Minutes.Action]
    /// Their next meetings (member or presenter), in start order.
    public let meetings: [MeetingEntry]

    /// The overview of `person` as of `asOf`, or nil when the configuration has no such person.
    /// `schedule` should reach a year before `asOf` and a year after, so the flags and the next
    /// meetings are known; at most `upcoming` meetings are listed.
    public init?(_ configuration: Configuration, schedule: Schedule, person id: String, asOf: LocalDate, upcoming: Int = 6) {
        guard let person = configuration.person(id) else { return nil }
        self.person = person
        self.asOf = asOf
        let mine = configuration.activities.filter { $0.responsible == id && $0.isInWork(of: asOf.year) }
        let mineIDs = Set(mine.map(\.id))
        let checker = FlagChecker(configuration: configuration, schedule: schedule)
        var flagsByActivity: [String: [MeetingFlag]] = [:]
        for flag in checker.upcomingFlags(asOf: asOf) where flag.rule.concernsActivity {
            guard let activity = flag.activity, mineIDs.contains(activity) else { continue }
            if !(flagsByActivity[activity] ?? []).contains(where: { $0.rule == flag.rule }) { flagsByActivity[activity, default: []].append(flag) }
        }
        activities = mine.map { activity in
            ActivityEntry(
                activity: activity, latest: activity.latestFollowUp(asOf: asOf),
                flags: (flagsByActivity[activity.id] ?? []).sorted { $0.rule < $1.rule })
        }
        actions = Self.openActions(configuration).filter { $0.responsible == id }
        let invitations = InvitationResolver(configuration: configuration, schedule: schedule)
        var topics: [String: [String]] = [:]
        for (index, invitation) in configuration.invitations.enumerated() {
            guard case let .person(presenter) = invitation.presenter, presenter == id,
                let meeting = invitations.meetingID(forInvitationAt: index)
            else { continue }
            topics[meeting, default: []].append(invitation.topic)
        }
        let bodies = Set(configuration.bodies.filter { $0.members.contains { $0.person == id } }.map(\.id))
        meetings = schedule.meetings.filter { meeting in
            meeting.status == .confirmed && meeting.start.local.date >= asOf && (bodies.contains(meeting.body) || topics[meeting.id] != nil)
        }.prefix(upcoming).map { MeetingEntry(meeting: $0, presentations: topics[$0.id] ?? []) }
    }

    /// Every åtgärd of the minutes not yet reported done (in later minutes or through a personal page).
    public static func openActions(_ configuration: Configuration) -> [Minutes.Action] {
        let done = Set(configuration.minutes.flatMap(\.done)).union(configuration.actionsReportedDone.keys)
        return configuration.minutes.flatMap(\.actions).filter { !done.contains($0.id) }
    }
}
