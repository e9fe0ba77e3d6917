public import ICal

/// Something the strategist must act on before a meeting: an activity lacking follow-up, a person
/// booked into two meetings at once, an agenda longer than its meeting, or a year without its
/// activity list.
///
/// ```swift
/// let flags = FlagChecker(configuration: configuration, schedule: schedule)
///     .flags(for: "samrad-2025-05-08", asOf: LocalDate(iso: "2025-04-20")!)
/// flags.first?.rule                 // .stale
/// flags.first?.message(in: .sv)     // "Aktiviteten ”…” har ingen uppföljning efter föregående möte (9 januari 2025)."
/// ```
public struct MeetingFlag: Hashable, Sendable {
    /// Why a flag is raised; the raw value is the code scripts read (`flags --format json`).
    public enum Rule: String, Hashable, Sendable, CaseIterable, Comparable {
        /// The activity has no follow-up at all.
        case noFollowUp = "no-followup"
        /// No follow-up dated after the previous meeting of the same body.
        case stale
        /// The due date has passed and the activity is not settled.
        case overdue
        /// The year the activity was moved to has come and it has no follow-up in it.
        case movedDue = "moved-due"
        /// Nobody is responsible for the activity.
        case noResponsible = "no-responsible"
        /// A member or presenter is in two overlapping meetings.
        case doubleBooked = "double-booked"
        /// The agenda's items take longer than the meeting.
        case agendaOverrun = "agenda-overrun"
        /// The meeting's year has no activity list, so nothing can be followed up.
        case missingActivityList = "missing-activity-list"
        /// An åtgärd of earlier minutes is past its due date and not reported done.
        case actionOverdue = "action-overdue"
        /// A presentation at an earlier meeting of the body did not take place and is not invited again.
        case presentationNotHeld = "presentation-not-held"

        /// The rules about activities (the five of the follow-up list).
        public var concernsActivity: Bool {
            switch self {
            case .noFollowUp, .stale, .overdue, .movedDue, .noResponsible: true
            case .doubleBooked, .agendaOverrun, .missingActivityList, .actionOverdue, .presentationNotHeld: false
            }
        }

        private var rank: Int { Rule.allCases.firstIndex(of: self) ?? Rule.allCases.count }

        public static func < (lhs: Rule, rhs: Rule) -> Bool { lhs.rank < rhs.rank }
    }

    /// The facts a flag's sentence is made of.
    public enum Detail: Hashable, Sendable {
        /// Nothing more to say.
        case none
        /// The day the previous meeting of the body was held.
        case previousMeeting(LocalDate)
        /// The due date, and the latest status (nil: none yet).
        case due(LocalDate, status: ActivityStatus?)
        /// The year the activity was moved to.
        case movedTo(Int)
        /// The other meeting the person is booked into, with its title and time.
        indirect case overlap(meeting: String, title: String, start: LocalDateTime, end: LocalDateTime)
        /// Minutes the agenda's items take, and minutes the meeting lasts.
        case overrun(planned: Int, available: Int)
        /// The year whose activity list is missing.
        case year(Int)
        /// An åtgärd: its id and due date.
        case action(id: String, due: LocalDate)
        /// The day of the meeting where a presentation did not take place.
        case notHeld(LocalDate)
    }

    /// The meeting id.
    public let meeting: String
    /// The rule.
    public let rule: Rule
    /// The activity concerned (activity rules).
    public let activity: String?
    /// The person concerned (`double-booked`: a person id, or a guest presenter's name; `action-overdue`:
    /// the responsible person's id, if any).
    public let person: String?
    /// What the sentence is about: the activity's title, the person's name or the meeting's title.
    public let subject: String
    /// The facts behind the flag.
    public let detail: Detail

    /// A flag.
    public init(meeting: String, rule: Rule, activity: String? = nil, person: String? = nil, subject: String, detail: Detail = .none) {
        self.meeting = meeting
        self.rule = rule
        self.activity = activity
        self.person = person
        self.subject = subject
        self.detail = detail
    }
}
