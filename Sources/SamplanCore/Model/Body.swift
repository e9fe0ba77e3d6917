public import ICal

/// A meeting body: samråd, tjänsteledning, arbetsutskott.
public struct Body: Hashable, Sendable, Identifiable {
    /// What kind of body it is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The political council.
        case samrad = "samråd"
        /// The officials' steering group.
        case tjansteledning = "tjänsteledning"
        /// The preparatory group (also förstärkt AU).
        case arbetsutskott
        /// Anything else.
        case other
    }

    /// A member and their role.
    public struct Membership: Hashable, Sendable {
        /// The member's role.
        public enum Role: String, Hashable, Sendable, CaseIterable {
            case member, chair, secretary, optional
            case viceChair = "vice-chair"
        }
        /// Person id.
        public var person: String
        /// Role in the body.
        public var role: Role
        /// The member's ersättare (person id), called in when the member cannot come.
        public var substitute: String?

        /// A membership.
        public init(person: String, role: Role = .member, substitute: String? = nil) {
            self.person = person
            self.role = role
            self.substitute = substitute
        }
    }

    /// An agenda item with an optional planned length.
    public struct AgendaItem: Hashable, Sendable {
        /// Title.
        public var title: String
        /// Planned length.
        public var duration: ISODuration?
        /// A closing item ("Övriga frågor", "Mötets avslutande"): it stays last, after the month's
        /// special items and the presentations.
        public var closing: Bool

        /// An agenda item.
        public init(title: String, duration: ISODuration? = nil, closing: Bool = false) {
            self.title = title
            self.duration = duration
            self.closing = closing
        }
    }

    /// Extra agenda items for the meetings of one month (the May follow-up).
    public struct SpecialItems: Hashable, Sendable {
        /// 1...12.
        public var month: Int
        /// The items.
        public var items: [AgendaItem]

        /// Special items for a month.
        public init(month: Int, items: [AgendaItem]) {
            self.month = month
            self.items = items
        }
    }

    /// How focus areas are assigned to the body's meetings.
    public enum FocusPlan: Hashable, Sendable {
        /// No focus areas.
        case none
        /// Spread all focus areas over each year's meetings.
        case rotate
        /// Meeting id → focus area ids.
        case explicit([String: [String]])
    }

    /// Id.
    public var id: String
    /// Name, the meetings' title.
    public var name: String
    /// Kind.
    public var kind: Kind
    /// Members in configured order.
    public var members: [Membership]
    /// Where meetings are held.
    public var location: String?
    /// Online meeting link.
    public var online: String?
    /// Local start time of regular meetings.
    public var time: LocalTime?
    /// Length of a meeting.
    public var duration: ISODuration
    /// When regular meetings occur.
    public var cadence: Cadence?
    /// Items of every meeting.
    public var standingAgenda: [AgendaItem]
    /// Items of the meetings of given months.
    public var special: [SpecialItems]
    /// Focus assignment.
    public var focus: FocusPlan
    /// The body's own shift policy; nil follows the organization's.
    public var holidayPolicy: ShiftPolicy?

    /// A body.
    public init(
        id: String, name: String, kind: Kind = .other, members: [Membership] = [], location: String? = nil,
        online: String? = nil, time: LocalTime? = nil, duration: ISODuration, cadence: Cadence? = nil,
        standingAgenda: [AgendaItem] = [], special: [SpecialItems] = [], focus: FocusPlan = .none, holidayPolicy: ShiftPolicy? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.members = members
        self.location = location
        self.online = online
        self.time = time
        self.duration = duration
        self.cadence = cadence
        self.standingAgenda = standingAgenda
        self.special = special
        self.focus = focus
        self.holidayPolicy = holidayPolicy
    }
}
