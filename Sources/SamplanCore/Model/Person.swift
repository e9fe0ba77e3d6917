/// How a person receives meetings in their calendar.
public enum CalendarChannel: String, Hashable, Sendable, CaseIterable, Codable {
    /// They subscribe to a feed: a kallelse without a calendar invitation, short mails for moves and cancellations.
    case feed
    /// Calendar invitations by e-mail (iMIP): REQUEST with the kallelse, updated REQUEST, CANCEL.
    case invitation
}

/// Someone who takes part in meetings: politician, official, strategist.
public struct Person: Hashable, Sendable, Identifiable {
    /// Id used in the configuration.
    public var id: String
    /// Name (a role name in the example configurations).
    public var name: String
    /// Job title.
    public var title: String?
    /// Employer (kommun, region).
    public var organization: String?
    /// E-mail address; only private feeds show it.
    public var email: String?
    /// Political party.
    public var party: String?
    /// Board (nämnd, styrelse) a politician represents.
    public var board: String?
    /// `calendar:` as configured; nil takes the default (see `channel`).
    public var calendar: CalendarChannel?

    /// How the person receives meetings: as configured, else invitations when they have an e-mail address.
    public var channel: CalendarChannel { calendar ?? (email == nil ? .feed : .invitation) }

    /// A politician (a party or a board): a member who calls in an ersättare when they cannot come.
    public var isPolitician: Bool { party != nil || board != nil }

    /// A person.
    public init(
        id: String, name: String, title: String? = nil, organization: String? = nil, email: String? = nil,
        party: String? = nil, board: String? = nil, calendar: CalendarChannel? = nil
    ) {
        self.calendar = calendar
        self.id = id
        self.name = name
        self.title = title
        self.organization = organization
        self.email = email
        self.party = party
        self.board = board
    }
}
