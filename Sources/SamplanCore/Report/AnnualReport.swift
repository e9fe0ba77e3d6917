/// The yearly narrative report (samverkansberättelse, verksamhetsberättelse) as data: per body how
/// often it met and when, who took part by function, who was invited to present, the status of the
/// activity list per focus area, the free text of `reports/<year>.yaml`, and Bilaga 1
/// (`FollowUpReport`). A pure function of the configuration and the year.
///
/// ```swift
/// let report = AnnualReport(configuration, year: 2024)
/// report.bodies[0].held            // 3
/// report.statuses[0].counts        // [(.ja, 2), (.nej, 1)]
/// ```
public struct AnnualReport: Sendable {
    /// The functions of one organization that took part in a body's meetings.
    public struct Participation: Hashable, Sendable {
        /// The employer (kommun, region); nil when not configured.
        public let organization: String?
        /// The boards (nämnder, styrelser) its politicians came from, in order of appearance.
        public let boards: [String]
        /// The functions (titles) of its officials, in order of appearance.
        public let functions: [String]
    }

    /// Someone invited to present at a body's meetings.
    public struct Presenter: Hashable, Sendable {
        /// Name (a project, a unit, a person).
        public let name: String
        /// Their organization, when it adds something to the name.
        public let organization: String?
    }

    /// One body's year.
    public struct BodySection: Sendable {
        /// The body.
        public let body: Body
        /// Its meetings starting in the year, cancelled ones included, in start order.
        public let meetings: [Meeting]
        /// The meetings held (not cancelled).
        public var held: Int { meetings.count { $0.status == .confirmed } }
        /// The extra meetings held.
        public var extra: Int { meetings.count { $0.status == .confirmed && $0.isExtra } }
        /// Who took part, by organization: from the minutes' attendance where minutes exist, else the members.
        public let participation: [Participation]
        /// Who was invited to present at the meetings held, in order of first appearance.
        public let presenters: [Presenter]
        /// The focus areas of the meetings held, in configured order.
        public let focusAreas: [FocusArea]
    }

    /// How many activities of a focus area (or of all) have each status.
    public struct StatusSummary: Hashable, Sendable {
        /// The focus area's id; nil for the total.
        public let id: String?
        /// Its name; nil for the total.
        public let name: String?
        /// The statuses present, in the order ja, pågående, delvis, nej, ej aktuell, with their counts.
        public let counts: [Count]
        /// Activities whose latest follow-up gives no status, or that have none.
        public let withoutStatus: Int
        /// Every activity counted.
        public let total: Int

        /// A status and how many have it.
        public struct Count: Hashable, Sendable {
            /// The status.
            public let status: ActivityStatus
            /// How many.
            public let count: Int
        }
    }

    /// The order statuses are summed up in.
    public static let statusOrder: [ActivityStatus] = [.ja, .pagaende, .delvis, .nej, .ejAktuell]

    /// The year reported on.
    public let year: Int
    /// The organization's name.
    public let organization: String
    /// `reports/<year>.yaml`, if written.
    public let text: ReportText?
    /// The bodies with meetings in the year, in configured order.
    public let bodies: [BodySection]
    /// The status summary per focus area of Bilaga 1.
    public let statuses: [StatusSummary]
    /// The status summary of the whole list.
    public let total: StatusSummary
    /// Bilaga 1.
    public let appendix: FollowUpReport
    /// The activities of Bilaga 1 with a background or an analysis of their own (activities/YYYY.yaml),
    /// in report order: the berättelse tells each one's Bakgrund, Resultat and Analys.
    public var told: [FollowUpReport.Row] { appendix.rows.filter { $0.activity.background != nil || $0.activity.analysis != nil } }

    /// The report of `year`.
    public init(_ configuration: Configuration, year: Int) {
        self.year = year
        organization = configuration.organization.name
        text = configuration.reportText(of: year)
        let schedule = ScheduleBuilder.build(configuration, years: year...year)
        let resolver = InvitationResolver(configuration: configuration, schedule: schedule)
        bodies = configuration.bodies.compactMap { body in
            let meetings = schedule.meetings(of: body.id)
            guard !meetings.isEmpty else { return nil }
            let held = meetings.filter { $0.status == .confirmed }
            return BodySection(
                body: body, meetings: meetings, participation: Self.participation(body, held: held, in: configuration),
                presenters: Self.presenters(held, resolver: resolver, in: configuration),
                focusAreas: configuration.focusAreas.filter { area in held.contains { $0.focus.contains(area.id) } })
        }
        appendix = FollowUpReport(configuration, year: year)
        statuses = appendix.areas.map { area in Self.summary(area.goals.flatMap(\.rows), id: area.id, name: area.name) }
        total = Self.summary(appendix.rows, id: nil, name: nil)
    }

    /// Who took part in `held`: each meeting's attendance (present and ersättare) where it has minutes,
    /// else the body's members (not those called only when needed), grouped by organization.
    static func participation(_ body: Body, held: [Meeting], in configuration: Configuration) -> [Participation] {
        var people: [String] = []
        for meeting in held {
            let attended: [String]
            if let minutes = configuration.minutes(of: meeting.id) {
                attended = minutes.attendance.present + minutes.attendance.substitutes.map(\.person)
            } else {
                attended = body.members.filter { $0.role != .optional }.map(\.person)
            }
            for person in attended where !people.contains(person) { people.append(person) }
        }
        var groups: [(organization: String?, boards: [String], functions: [String])] = []
        for id in people {
            guard let person = configuration.person(id) else { continue }
            var index = groups.firstIndex { $0.organization == person.organization }
            if index == nil {
                groups.append((person.organization, [], []))
                index = groups.count - 1
            }
            guard let index else { continue }
            if let board = person.board {
                if !groups[index].boards.contains(board) { groups[index].boards.append(board) }
            } else {
                let function = person.title ?? person.name
                if !groups[index].functions.contains(function) { groups[index].functions.append(function) }
            }
        }
        return groups.map { Participation(organization: $0.organization, boards: $0.boards, functions: $0.functions) }
    }

    /// The presenters of the invitations to `held` and the named guests of their minutes.
    static func presenters(_ held: [Meeting], resolver: InvitationResolver, in configuration: Configuration) -> [Presenter] {
        var presenters: [Presenter] = []
        func add(_ name: String, _ organization: String?) {
            let shown = organization.flatMap { name.contains($0) ? nil : $0 }
            let presenter = Presenter(name: name, organization: shown)
            if !presenters.contains(where: { $0.name == name }) { presenters.append(presenter) }
        }
        for meeting in held {
            for (_, invitation) in resolver.invitations(at: meeting.id) {
                switch invitation.presenter {
                case let .person(id):
                    if let person = configuration.person(id) { add(person.name, person.organization) }
                case let .guest(name, organization, _, _):
                    add(name, organization)
                }
            }
            for guest in configuration.minutes(of: meeting.id)?.attendance.guests ?? [] {
                switch guest {
                case let .named(name, organization): add(name, organization)
                case let .person(id): if let person = configuration.person(id) { add(person.name, person.organization) }
                }
            }
        }
        return presenters
    }

    static func summary(_ rows: [FollowUpReport.Row], id: String?, name: String?) -> StatusSummary {
        let counts = statusOrder.compactMap { status -> StatusSummary.Count? in
            let count = rows.count { $0.status == status }
            return count > 0 ? StatusSummary.Count(status: status, count: count) : nil
        }
        return StatusSummary(id: id, name: name, counts: counts, withoutStatus: rows.count { $0.status == nil }, total: rows.count)
    }
}
