public import ICal

/// The year as a wheel (årshjul), as data: one ring per body with its meetings, the closed periods,
/// the samråd's May follow-up, and the approval of a narrative report that falls in the year. Drawn
/// from the same schedule as feeds and agendas; the SVG is `YearWheelSVG` (SamplanRender).
///
/// ```swift
/// let wheel = YearWheel(configuration, year: 2026)
/// wheel.rings[0].marks[0].date       // 2026-01-08
/// ```
public struct YearWheel: Sendable {
    /// What a mark stands for.
    public enum MarkKind: String, Hashable, Sendable {
        /// A meeting held as planned.
        case held
        /// A meeting moved by an exception, shown at its new date.
        case moved
        /// An extra meeting.
        case extra
        /// A cancelled meeting, shown struck at its date.
        case cancelled
    }

    /// One meeting on a ring.
    public struct Mark: Hashable, Sendable {
        /// The meeting's id.
        public let id: String
        /// The day it is held (or would have been, when cancelled).
        public let date: LocalDate
        /// What it is.
        public let kind: MarkKind
        /// Its title (the body's name, or an extra's own title).
        public let title: String
        /// Its focus area ids.
        public let focus: [String]
        /// True for the samråd's May meeting, which follows up the whole activity list.
        public let followUp: Bool
        /// For a moved meeting, the day it was planned for.
        public let movedFrom: LocalDate?
        /// Why it was moved, cancelled or added, as configured.
        public let reason: String?
    }

    /// One body's ring.
    public struct Ring: Hashable, Sendable {
        /// The body's id.
        public let body: String
        /// The body's name.
        public let name: String
        /// Its meetings starting in the year, in date order.
        public let marks: [Mark]
    }

    /// A run of closed days within the year.
    public struct ClosedSpan: Hashable, Sendable {
        /// The period's name ("Sommaruppehåll").
        public let name: String
        /// The first closed day in the year.
        public let from: LocalDate
        /// The last closed day in the year.
        public let to: LocalDate
    }

    /// The approval of a year's narrative report, when it falls in the wheel's year.
    public struct Approval: Hashable, Sendable {
        /// The year the report is about.
        public let reportYear: Int
        /// When it is approved.
        public let date: LocalDate
        /// By whom.
        public let by: String
    }

    /// The year drawn.
    public let year: Int
    /// The organization's name.
    public let organization: String
    /// One ring per body with meetings in the year, outermost first (configured order).
    public let rings: [Ring]
    /// The closed periods, clipped to the year, in date order.
    public let closed: [ClosedSpan]
    /// Report approvals dated in the year.
    public let approvals: [Approval]
    /// The focus areas, for the legend.
    public let focusAreas: [FocusArea]

    /// Every mark, with its ring, in date order.
    public var marks: [(ring: Ring, mark: Mark)] {
        rings.flatMap { ring in ring.marks.map { (ring, $0) } }.sorted { ($0.mark.date, $0.mark.id) < ($1.mark.date, $1.mark.id) }
    }

    /// The wheel of `year` (1900–2199; other years give an empty wheel).
    public init(_ configuration: Configuration, year: Int) {
        self.year = year
        organization = configuration.organization.name
        focusAreas = configuration.focusAreas
        guard SupportedYears.contains(year) else {
            rings = []
            closed = []
            approvals = []
            return
        }
        let schedule = ScheduleBuilder.build(configuration, years: year...year)
        rings = configuration.bodies.compactMap { body in
            let meetings = schedule.meetings(of: body.id)
            guard !meetings.isEmpty else { return nil }
            let marks = meetings.map { meeting -> Mark in
                let kind: MarkKind =
                    meeting.status == .cancelled ? .cancelled : meeting.isExtra ? .extra : meeting.move != nil ? .moved : .held
                let date = meeting.start.local.date
                let reason = meeting.cancellationReason ?? meeting.extraReason ?? meeting.move?.reason
                return Mark(
                    id: meeting.id, date: date, kind: kind, title: meeting.title, focus: meeting.focus,
                    followUp: meeting.status == .confirmed && body.kind == .samrad && date.month == 5, movedFrom: meeting.move?.from,
                    reason: kind == .held ? nil : reason)
            }
            return Ring(body: body.id, name: body.name, marks: marks.sorted { ($0.date, $0.id) < ($1.date, $1.id) })
        }
        closed = Self.closedSpans(configuration.holidays.closed, year: year)
        approvals = configuration.reports.compactMap { report in
            guard let approval = report.approval, approval.date.year == year else { return nil }
            return Approval(reportYear: report.year, date: approval.date, by: approval.by)
        }
    }

    /// The runs of days of `year` inside each period.
    static func closedSpans(_ periods: [ClosedPeriod], year: Int) -> [ClosedSpan] {
        let first = LocalDate.first(ofYear: year).dayNumber
        let last = LocalDate.last(ofYear: year).dayNumber
        var spans: [ClosedSpan] = []
        for period in periods {
            var start: Int?
            for day in first...(last + 1) {
                let inside = day <= last && period.contains(LocalDate(dayNumber: day))
                if inside, start == nil { start = day }
                if !inside, let begun = start {
                    spans.append(ClosedSpan(name: period.name, from: LocalDate(dayNumber: begun), to: LocalDate(dayNumber: day - 1)))
                    start = nil
                }
            }
        }
        return spans.sorted { $0.from < $1.from }
    }
}
