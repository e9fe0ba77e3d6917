public import ICal

/// The minnesanteckningar of one held meeting (`minutes/<meeting-id>.yaml`): who took part, what was
/// said and agreed under each item, the activities followed up, the åtgärder agreed, and the earlier
/// åtgärder reported done. Its follow-ups count like any other, dated the day the meeting was held;
/// its open åtgärder are carried to the body's later agendas until reported done.
///
/// ```swift
/// let minutes = configuration.minutes(of: "tl-2026-04-28")
/// minutes?.actions.first?.id          // "tl-2026-04-28#1"
/// ```
public struct Minutes: Hashable, Sendable {
    /// Someone who took part without being a member: a person of people.yaml, or a guest by name.
    public enum Guest: Hashable, Sendable {
        /// A person id.
        case person(String)
        /// A guest: name and organization.
        case named(name: String, organization: String?)
    }

    /// An ersättare and the member they stood in for.
    public struct Substitute: Hashable, Sendable {
        /// The ersättare's person id.
        public var person: String
        /// The member's person id.
        public var standingInFor: String

        /// A substitute.
        public init(person: String, standingInFor: String) {
            self.person = person
            self.standingInFor = standingInFor
        }
    }

    /// Who took part.
    public struct Attendance: Hashable, Sendable {
        /// Närvarande: person ids.
        public var present: [String]
        /// Frånvarande: person ids.
        public var absent: [String]
        /// Ersättare.
        public var substitutes: [Substitute]
        /// Övriga deltagande.
        public var guests: [Guest]

        /// Attendance.
        public init(present: [String] = [], absent: [String] = [], substitutes: [Substitute] = [], guests: [Guest] = []) {
            self.present = present
            self.absent = absent
            self.substitutes = substitutes
            self.guests = guests
        }
    }

    /// What was said and agreed under an item of the agenda.
    public struct ItemNote: Hashable, Sendable {
        /// The agenda item's title.
        public var item: String
        /// Notes, if any.
        public var notes: String?
        /// Överenskommelser.
        public var decisions: [String]

        /// An item's notes.
        public init(item: String, notes: String? = nil, decisions: [String] = []) {
            self.item = item
            self.notes = notes
            self.decisions = decisions
        }
    }

    /// An activity followed up at the meeting.
    public struct ActivityFollowUp: Hashable, Sendable {
        /// The activity id.
        public var activity: String
        /// Its new status.
        public var status: ActivityStatus?
        /// What was reported.
        public var text: String

        /// A follow-up given at the meeting.
        public init(activity: String, status: ActivityStatus?, text: String) {
            self.activity = activity
            self.status = status
            self.text = text
        }
    }

    /// An åtgärd: who does what by when.
    public struct Action: Hashable, Sendable, Identifiable {
        /// `<meeting-id>#<n>` (its place in the list, from 1) unless the file gives one.
        public var id: String
        /// The meeting it was agreed at.
        public var meeting: String
        /// What is to be done.
        public var text: String
        /// Who does it (person id).
        public var responsible: String?
        /// By when.
        public var due: LocalDate?

        /// An action.
        public init(id: String, meeting: String, text: String, responsible: String? = nil, due: LocalDate? = nil) {
            self.id = id
            self.meeting = meeting
            self.text = text
            self.responsible = responsible
            self.due = due
        }
    }

    /// The meeting id.
    public var meeting: String
    /// Who took part.
    public var attendance: Attendance
    /// Notes and decisions by agenda item, in the file's order.
    public var items: [ItemNote]
    /// Activities followed up.
    public var followUps: [ActivityFollowUp]
    /// Åtgärder agreed.
    public var actions: [Action]
    /// Ids of earlier åtgärder reported done at this meeting.
    public var done: [String]

    /// Minutes.
    public init(
        meeting: String, attendance: Attendance = Attendance(), items: [ItemNote] = [], followUps: [ActivityFollowUp] = [],
        actions: [Action] = [], done: [String] = []
    ) {
        self.meeting = meeting
        self.attendance = attendance
        self.items = items
        self.followUps = followUps
        self.actions = actions
        self.done = done
    }

    /// The id of the `number`th action (from 1) of the minutes of `meeting`: `tl-2026-04-28#2`.
    public static func actionID(meeting: String, number: Int) -> String { "\(meeting)#\(number)" }
}

extension Configuration {
    /// The minutes of the meeting `id`, if written.
    public func minutes(of id: String) -> Minutes? { minutes.first { $0.meeting == id } }

    /// Every configured activity with the follow-ups given in minutes added, each dated the day its
    /// meeting was held (`heldOn` gives it; minutes of a meeting it does not know add nothing). A
    /// follow-up already written in the activity list with the same date, status and text counts once.
    public func addingMinutesFollowUps(heldOn: (String) -> LocalDate?) -> [Activity] {
        var added: [String: [FollowUp]] = [:]
        for record in minutes {
            guard let date = heldOn(record.meeting) else { continue }
            for followUp in record.followUps {
                added[followUp.activity, default: []].append(
                    FollowUp(date: date, status: followUp.status, text: followUp.text, meeting: record.meeting))
            }
        }
        guard !added.isEmpty else { return activities }
        return activities.map { activity in
            guard let extra = added[activity.id] else { return activity }
            var copy = activity
            let key = { (followUp: FollowUp) in [followUp.date.description, followUp.status?.rawValue ?? "", followUp.text] }
            let known = Set(activity.followUps.map(key))
            copy.followUps = (activity.followUps + extra.filter { !known.contains(key($0)) })
                .sorted { $0.date < $1.date }
            return copy
        }
    }
}
