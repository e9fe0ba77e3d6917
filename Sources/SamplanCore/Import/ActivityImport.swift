/// What importing a CSV into a year's activity list gives: the whole list to write back, what changed,
/// or the problems that keep anything from being written.
///
/// ```swift
/// let result = ActivityImporter.read(records, configuration: configuration, year: 2024, followUpDate: day)
/// result.activities.count   // 22: every activity of activities/2024.yaml, with the CSV's rows applied
/// result.updated            // ["a1-informera-insatser"]
/// ```
public struct ActivityImport: Hashable, Sendable {
    /// The year's whole list: the activities of its file in file order, updated by the CSV's rows, with
    /// the rows matching none inserted after the last activity of their delmål. Empty when there are problems.
    public var activities: [Activity]
    /// Ids of activities of the list that a row gave a new follow-up or another delmål.
    public var updated: [String]
    /// Ids of the activities the CSV added.
    public var added: [String]
    /// Activities of the list that no row names, taken off it (only when asked to remove them).
    public var removed: [Activity]
    /// Activities that no row names, kept though asked to remove them: an invitation or minutes refer to them
    /// and no other year lists them.
    public var keptInUse: [Activity]
    /// Every row that could not be read, by line.
    public var problems: [ImportProblem]

    /// An import's outcome.
    public init(
        activities: [Activity] = [], updated: [String] = [], added: [String] = [], removed: [Activity] = [], keptInUse: [Activity] = [],
        problems: [ImportProblem] = []
    ) {
        self.activities = activities
        self.updated = updated
        self.added = added
        self.removed = removed
        self.keptInUse = keptInUse
        self.problems = problems
    }
}
