public import ICal

/// A whole, validated configuration: the input of every pure computation.
public struct Configuration: Hashable, Sendable {
    /// The organization.
    public var organization: Organization
    /// Holiday rules.
    public var holidays: HolidayRules
    /// People by configured order.
    public var people: [Person]
    /// Bodies by configured order.
    public var bodies: [Body]
    /// Focus areas by configured order.
    public var focusAreas: [FocusArea]
    /// Activities of all years, one per id (see `Activity.merged`).
    public var activities: [Activity]
    /// The years that have an activity list (`activities/YYYY.yaml`, possibly empty). Unless set, the
    /// years the activities are listed in.
    public var activityListYears: Set<Int> {
        get { listYears ?? Set(activities.flatMap(\.listedIn)) }
        set { listYears = newValue }
    }
    private var listYears: Set<Int>?
    /// The activities as each year's file lists them (`year` is the file's year), in year and file
    /// order, before `Activity.merged`: what writing a year's file back starts from. Empty unless loaded from files.
    public var activityListings: [Activity] = []
    /// Invited presenters.
    public var invitations: [Invitation]
    /// Minutes of held meetings (`minutes/<meeting-id>.yaml`), in meeting-id order.
    public var minutes: [Minutes] = []
    /// The free text of the narrative reports (`reports/<year>.yaml`), in year order.
    public var reports: [ReportText] = []
    /// Åtgärder reported done outside minutes (through a personal page), with the day each was
    /// reported: closed for every meeting after that day.
    public var actionsReportedDone: [String: LocalDate] = [:]
    /// Exceptions to the schedule.
    public var exceptions: [ScheduleException]
    /// Operational settings.
    public var settings: Settings

    /// A configuration.
    public init(
        organization: Organization, holidays: HolidayRules = HolidayRules(), people: [Person] = [],
        bodies: [Body] = [], focusAreas: [FocusArea] = [], activities: [Activity] = [],
        invitations: [Invitation] = [], exceptions: [ScheduleException] = [], settings: Settings = Settings()
    ) {
        self.organization = organization
        self.holidays = holidays
        self.people = people
        self.bodies = bodies
        self.focusAreas = focusAreas
        self.activities = activities
        self.invitations = invitations
        self.exceptions = exceptions
        self.settings = settings
    }

    /// True when `year` has no activity list (`activities/<year>.yaml`) though one is due: the year is
    /// not before the first list (with no list at all, every year lacks one). Agendas and flags of
    /// such a year say so instead of calling everything followed up, and `validate` warns.
    public func lacksActivityList(_ year: Int) -> Bool {
        let years = activityListYears
        return !years.contains(year) && year >= (years.min() ?? year)
    }

    /// The body with `id`.
    public func body(_ id: String) -> Body? { bodies.first { $0.id == id } }

    /// The person with `id`.
    public func person(_ id: String) -> Person? { people.first { $0.id == id } }
}
