import ICal

/// Something in the configuration that the schedule could not honour; the config layer turns each
/// into an error at the place it was written.
public struct ScheduleIssue: Hashable, Sendable {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// An exception names a meeting the cadence does not produce.
        case unknownMeeting(String)
        /// An extra meeting has the id of another meeting of its body.
        case extraCollides(String)
        /// A meeting has more than one move or cancel.
        case repeatedException(String)
        /// A focus plan names a meeting the cadence does not produce.
        case unknownPlannedMeeting(body: String, meeting: String)
        /// Bodies whose relative cadences follow each other in a circle.
        case relativeCycle([String])
    }
    /// What went wrong.
    public let kind: Kind
    /// The index of the exception concerned, if any.
    public let exceptionIndex: Int?
}

/// The meetings of a range of years, in start order.
///
/// ```swift
/// let schedule = ScheduleBuilder.build(configuration, years: 2025...2025)
/// schedule.meeting("samrad-2025-05-08")?.start.iso8601
/// ```
public struct Schedule: Sendable {
    /// The years covered (by start date).
    public let years: ClosedRange<Int>
    /// Every meeting starting in `years`, cancelled ones included, by start then id.
    public let meetings: [Meeting]
    /// What could not be honoured.
    public let issues: [ScheduleIssue]
    private let index: [String: Int]

    init(years: ClosedRange<Int>, meetings: [Meeting], issues: [ScheduleIssue]) {
        self.years = years
        self.meetings = meetings
        self.issues = issues
        var index: [String: Int] = [:]
        index.reserveCapacity(meetings.count)
        for (position, meeting) in meetings.enumerated() { index[meeting.id] = position }
        self.index = index
    }

    /// The meeting with `id`, if it starts within `years`.
    public func meeting(_ id: String) -> Meeting? { index[id].map { meetings[$0] } }

    /// The meeting people name: its id, or `<body>-<YYYY-MM-DD>` of the day it is held (the id
    /// carries the rule date, which a move or a holiday may have left). A meeting held that day
    /// wins over one cancelled that day.
    public func meeting(named text: String) -> Meeting? {
        if let meeting = meeting(text) { return meeting }
        guard let named = MeetingID(text) else { return nil }
        let held = meetings.filter { $0.body == named.body && $0.start.local.date == named.date }
        return held.first { $0.status == .confirmed } ?? held.first
    }

    /// The meetings of one body.
    public func meetings(of body: String) -> [Meeting] { meetings.filter { $0.body == body } }
}

extension Schedule {
    /// The same schedule with only one body's meetings.
    public func only(body: String) -> Schedule {
        Schedule(years: years, meetings: meetings.filter { $0.body == body }, issues: issues)
    }
}
