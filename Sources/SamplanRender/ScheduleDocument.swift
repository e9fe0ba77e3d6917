import ICal
public import SamplanCore

/// The JSON form of a schedule (`schedule --format json`): a stable interface for scripts.
///
/// ```json
/// {"meetings": [{"id": "samrad-2026-05-14", "body": "samrad", "title": "Samråd HSVO Knivsta",
///   "start": "2026-05-15T13:00:00+02:00", "end": "2026-05-15T15:30:00+02:00", "status": "confirmed",
///   "location": "…", "shifted": {"from": "2026-05-14", "reason": "Kristi himmelsfärds dag"},
///   "extra": false, "focus": ["A", "B"]}]}
/// ```
public struct ScheduleDocument: Encodable, Sendable {
    /// One meeting.
    public struct Entry: Encodable, Sendable {
        /// A shift or move: the rule-occurrence date and why.
        public struct Change: Encodable, Sendable {
            public let from: String
            public let reason: String?
        }
        /// A reason only (cancellation, keep-and-flag conflict).
        public struct Note: Encodable, Sendable {
            public let reason: String?
        }
        public let id: String
        public let body: String
        public let title: String
        public let start: String
        public let end: String
        public let status: String
        public let location: String?
        public let shifted: Change?
        public let moved: Change?
        public let cancelled: Note?
        public let conflict: Note?
        public let extra: Bool
        public let focus: [String]
    }

    /// Meetings in start order.
    public let meetings: [Entry]

    /// The document of `schedule`, reasons in `language`.
    public init(_ schedule: Schedule, language: Language) {
        meetings = schedule.meetings.map { meeting in
            Entry(
                id: meeting.id, body: meeting.body, title: meeting.title, start: meeting.start.iso8601, end: meeting.end.iso8601,
                status: meeting.status.rawValue, location: meeting.location,
                shifted: meeting.shift.map { Entry.Change(from: $0.from.description, reason: $0.reason.text(in: language)) },
                moved: meeting.move.map { Entry.Change(from: $0.from.description, reason: $0.reason) },
                cancelled: meeting.status == .cancelled ? Entry.Note(reason: meeting.cancellationReason) : nil,
                conflict: meeting.conflict.map { Entry.Note(reason: $0.text(in: language)) },
                extra: meeting.isExtra, focus: meeting.focus)
        }
    }
}
