public import SamplanCore

/// The JSON form of flags (`flags --format json`), a stable interface for scripts:
///
/// ```json
/// {"flags": [{"meeting": "samrad-2025-05-08", "rule": "stale", "activity": "a2-suicidprevention",
///   "message": "Aktiviteten ”…” har ingen uppföljning efter föregående möte (9 januari 2025)."}]}
/// ```
///
/// `activity` is present for the five follow-up rules, `person` for `double-booked`; `rule` is one of
/// `no-followup`, `stale`, `overdue`, `moved-due`, `no-responsible`, `double-booked`, `agenda-overrun`.
public struct FlagsDocument: Encodable, Sendable {
    /// One flag.
    public struct Entry: Encodable, Sendable {
        public let meeting: String
        public let rule: String
        public let activity: String?
        public let person: String?
        public let message: String
    }

    /// The flags, in the order given.
    public let flags: [Entry]

    /// The document of `flags`, messages in `language`.
    public init(_ flags: [MeetingFlag], language: Language) {
        self.flags = flags.map { flag in
            Entry(meeting: flag.meeting, rule: flag.rule.rawValue, activity: flag.activity, person: flag.person, message: flag.message(in: language))
        }
    }
}
