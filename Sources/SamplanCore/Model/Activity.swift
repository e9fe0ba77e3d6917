public import ICal

/// Where an activity stands, as the activity list writes it.
public enum ActivityStatus: String, Hashable, Sendable, CaseIterable {
    /// Done.
    case ja
    /// Not done, dropped.
    case nej
    /// Partly done.
    case delvis
    /// Ongoing.
    case pagaende = "pågående"

    /// Reads a status case-insensitively; `pagaende` is accepted for `pågående`.
    public init?(text: String) {
        let lower = text.lowercased()
        if lower == "pagaende" { self = .pagaende; return }
        self.init(rawValue: lower)
    }

    /// Settled activities (`ja`, `nej`) need no more follow-up.
    public var isSettled: Bool { self == .ja || self == .nej }
}

/// A dated follow-up note on an activity (uppföljning).
public struct FollowUp: Hashable, Sendable {
    /// When it was written.
    public var date: LocalDate
    /// The new status.
    public var status: ActivityStatus
    /// What was done.
    public var text: String
    /// The meeting it was made at, if any.
    public var meeting: String?

    /// A follow-up.
    public init(date: LocalDate, status: ActivityStatus, text: String, meeting: String? = nil) {
        self.date = date
        self.status = status
        self.text = text
        self.meeting = meeting
    }
}

/// An activity of a year's activity list (aktivitetslista).
public struct Activity: Hashable, Sendable, Identifiable {
    /// Id, unique over all years.
    public var id: String
    /// The year whose list it belongs to.
    public var year: Int
    /// Delmål id.
    public var goal: String
    /// The activity as written in the list.
    public var title: String
    /// Body that owns it.
    public var owner: String?
    /// Responsible person.
    public var responsible: String?
    /// Due date.
    public var due: LocalDate?
    /// The year it was moved to.
    public var movedTo: Int?
    /// Follow-ups in date order.
    public var followUps: [FollowUp]

    /// An activity.
    public init(
        id: String, year: Int, goal: String, title: String, owner: String? = nil, responsible: String? = nil,
        due: LocalDate? = nil, movedTo: Int? = nil, followUps: [FollowUp] = []
    ) {
        self.id = id
        self.year = year
        self.goal = goal
        self.title = title
        self.owner = owner
        self.responsible = responsible
        self.due = due
        self.movedTo = movedTo
        self.followUps = followUps.sorted { $0.date < $1.date }
    }
}
