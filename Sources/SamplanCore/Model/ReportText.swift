public import ICal

/// The free text of a year's narrative report (`reports/<year>.yaml`): what the data cannot give.
/// The meeting counts, participants, presenters and statuses come from the rest of the configuration.
///
/// ```swift
/// let text = configuration.reportText(of: 2024)
/// text?.approval?.by      // "Samråd HSVO Knivsta"
/// ```
public struct ReportText: Hashable, Sendable {
    /// "Godkänd av … den …".
    public struct Approval: Hashable, Sendable {
        /// Who approved it (a body, a board).
        public var by: String
        /// When.
        public var date: LocalDate

        /// An approval.
        public init(by: String, date: LocalDate) {
            self.by = by
            self.date = date
        }
    }

    /// The year reported on (the file's name).
    public var year: Int
    /// The heading word ("Verksamhetsberättelse"); nil takes the catalog's ("Samverkansberättelse").
    public var kind: String?
    /// The whole title; nil builds it from the kind, the organization and the year.
    public var title: String?
    /// 1 Bakgrund.
    public var background: String?
    /// 3 Sammanfattning.
    public var summary: String?
    /// The approval line, if the report has been approved.
    public var approval: Approval?

    /// A report's text.
    public init(
        year: Int, kind: String? = nil, title: String? = nil, background: String? = nil, summary: String? = nil, approval: Approval? = nil
    ) {
        self.year = year
        self.kind = kind
        self.title = title
        self.background = background
        self.summary = summary
        self.approval = approval
    }
}

extension Configuration {
    /// The free text of the narrative report of `year`, if `reports/<year>.yaml` exists.
    public func reportText(of year: Int) -> ReportText? { reports.first { $0.year == year } }
}
