/// The yearly follow-up of the activity list, in the shape of "Bilaga 1 – Uppföljning av
/// aktivitetslista": per focus area and delmål, one row per activity of that year's work (its list,
/// activities moved to it and activities carried over unsettled from earlier years, marked with their
/// year of origin) with the latest follow-up dated in the year or before (Aktivitet | Resultat | Klar?).
///
/// ```swift
/// let report = FollowUpReport(configuration, year: 2024)
/// report.areas[0].goals[0].rows[0].status       // .pagaende
/// ```
public struct FollowUpReport: Hashable, Sendable {
    /// One activity: its title, what was done and whether it is done.
    public struct Row: Hashable, Sendable {
        /// The activity.
        public let activity: Activity
        /// Its latest follow-up dated in the report's year or before; nil when it has none.
        public let latest: FollowUp?
        /// The Aktivitet column.
        public var title: String { activity.title }
        /// The Resultat column ("" without a follow-up).
        public var result: String { latest?.text ?? "" }
        /// The Klar? column's status.
        public var status: ActivityStatus? { latest?.status }
        /// The year it comes from when that is before the report's year (carried over or moved).
        public let origin: Int?
    }

    /// A delmål with its rows.
    public struct GoalSection: Hashable, Sendable {
        /// The delmål.
        public let goal: FocusArea.Goal
        /// Its activities, in configured order.
        public let rows: [Row]
    }

    /// A focus area with the delmål that have activities.
    public struct AreaSection: Hashable, Sendable {
        /// Id, e.g. `A`.
        public let id: String
        /// Name.
        public let name: String
        /// Delmål with at least one activity, in configured order.
        public let goals: [GoalSection]
    }

    /// The year followed up.
    public let year: Int
    /// `report.title` of samplan.yaml ("Bilaga 1 – Uppföljning av aktivitetslista"); nil for the default heading.
    public let title: String?
    /// True when the year has no activity list of its own (`Configuration.lacksActivityList`): the
    /// report then holds only activities carried over or moved into it, and says the list is missing.
    public let listMissing: Bool
    /// The organization's name.
    public let organization: String
    /// Focus areas with at least one activity, in configured order.
    public let areas: [AreaSection]

    /// Every row, in report order.
    public var rows: [Row] { areas.flatMap { $0.goals.flatMap(\.rows) } }

    /// The report of `year`: the activities of its work (`Activity.isInWork(of:)`).
    public init(_ configuration: Configuration, year: Int) {
        self.year = year
        title = configuration.settings.reportTitle
        listMissing = configuration.lacksActivityList(year)
        organization = configuration.organization.name
        let listed = configuration.activities.filter { $0.isInWork(of: year) }
        let byGoal = Dictionary(grouping: listed, by: \.goal)
        areas = configuration.focusAreas.compactMap { area in
            let goals = area.goals.compactMap { goal -> GoalSection? in
                guard let activities = byGoal[goal.id], !activities.isEmpty else { return nil }
                return GoalSection(
                    goal: goal,
                    rows: activities.map { Row(activity: $0, latest: $0.latestFollowUp(inOrBefore: year), origin: $0.origin(shownIn: year)) })
            }
            return goals.isEmpty ? nil : AreaSection(id: area.id, name: area.name, goals: goals)
        }
    }
}
