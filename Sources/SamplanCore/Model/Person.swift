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

    /// A person.
    public init(
        id: String, name: String, title: String? = nil, organization: String? = nil, email: String? = nil,
        party: String? = nil, board: String? = nil
    ) {
        self.id = id
        self.name = name
        self.title = title
        self.organization = organization
        self.email = email
        self.party = party
        self.board = board
    }
}
