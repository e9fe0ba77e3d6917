/// A focus area (fokusområde) with its sub-goals (delmål).
public struct FocusArea: Hashable, Sendable, Identifiable {
    /// A sub-goal (delmål), e.g. A1.
    public struct Goal: Hashable, Sendable, Identifiable {
        /// Id, e.g. `A1`.
        public var id: String
        /// The goal's wording.
        public var text: String

        /// A goal.
        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }
    }

    /// Id, e.g. `A`.
    public var id: String
    /// Name, e.g. "Förebyggande och hälsofrämjande".
    public var name: String
    /// The delmål.
    public var goals: [Goal]
    /// Whether `focus: rotate` puts it on agendas (`rotate: false`: only where a meeting plans it
    /// explicitly, for work in ordinary operation that has no turn of its own).
    public var rotates: Bool

    /// A focus area.
    public init(id: String, name: String, goals: [Goal] = [], rotates: Bool = true) {
        self.id = id
        self.name = name
        self.goals = goals
        self.rotates = rotates
    }
}
