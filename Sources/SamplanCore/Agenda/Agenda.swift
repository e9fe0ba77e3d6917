public import ICal

/// The agenda (dagordning) of one meeting, as of a date: its timed items, its focus areas with their
/// delmål and activities, invited presenters, the activities lacking follow-up and the body's next
/// meeting. A value: renderers (Markdown, HTML, the feeds' plain text) only read it.
///
/// ```swift
/// let builder = AgendaBuilder(configuration: configuration, schedule: schedule)
/// let agenda = builder.agenda(for: "samrad-2025-05-08", asOf: LocalDate(iso: "2025-04-20")!)!
/// agenda.items.first?.title          // "Mötets öppnande"
/// agenda.plainText(in: .sv)          // "Dagordning\n13.00–13.05 Mötets öppnande\n…"
/// ```
public struct Agenda: Equatable, Sendable {
    /// One item of the meeting, with the clock time it starts (and ends, when it has a length).
    public struct Item: Hashable, Sendable {
        /// Where an item comes from.
        public enum Kind: Hashable, Sendable {
            /// The body's standing agenda.
            case standing
            /// The body's items for the meeting's month (the May follow-up).
            case special
            /// An invited presenter.
            case presentation(Presentation)
        }
        /// What the item is called (for a presentation: its topic).
        public let title: String
        /// Where it comes from.
        public let kind: Kind
        /// Its planned length in minutes; nil when none is given.
        public let minutes: Int?
        /// When it starts: the meeting's start plus every earlier item's length.
        public let start: LocalDateTime
        /// When it ends; nil without a length.
        public var end: LocalDateTime? { minutes.map { start.adding(minutes: $0) } }
    }

    /// An invited presenter and what they present.
    public struct Presentation: Hashable, Sendable {
        /// The presenter's person id; nil for a guest.
        public let person: String?
        /// The presenter's name.
        public let name: String
        /// Job title, if known.
        public let title: String?
        /// Employer or unit, if known.
        public let organization: String?
        /// What they present.
        public let topic: String
        /// The activity it concerns, if any.
        public let activity: String?
        /// False when it did not take place (`held: false`).
        public var held: Bool = true
        /// Why it did not take place, if said.
        public var notHeldReason: String?

        /// The topic as agendas, kallelser and feeds show it: "SIP-arbetet (blev inte av: uteblev pga. sjukdom)"
        /// when it did not take place.
        public func topicLine(in language: Language) -> String {
            guard !held else { return topic }
            let words = language.words.agenda
            return topic + " (" + (notHeldReason.map(words.presentationNotHeldBecause) ?? words.presentationNotHeld) + ")"
        }

        /// "Äldrevårdsenheten, Region Uppsala": the name with the organization when it adds something.
        public var presenterLine: String {
            var parts = [name]
            if let title, !name.lowercased().contains(title.lowercased()) { parts.append(title) }
            if let organization, !name.contains(organization) { parts.append(organization) }
            return parts.joined(separator: ", ")
        }
    }

    /// A member of the body called to the meeting.
    public struct Participant: Hashable, Sendable {
        /// Person id.
        public let person: String
        /// Name.
        public let name: String
        /// Job title.
        public let title: String?
        /// Role in the body.
        public let role: Body.Membership.Role
    }

    /// An activity under a delmål, with where it stood on the agenda's date.
    public struct ActivityLine: Hashable, Sendable {
        // The configuration's activity list is shared by every line (one reference, not a copy per line).
        private let list: [Activity]
        private let position: Int
        private let asOf: LocalDate
        private let year: Int
        /// The responsible person's name, if any.
        public let responsible: String?

        /// The line of `list[position]` as of `asOf`, on the agenda of a meeting in `year`.
        init(list: [Activity], position: Int, asOf: LocalDate, year: Int, responsible: String?) {
            self.list = list
            self.position = position
            self.asOf = asOf
            self.year = year
            self.responsible = responsible
        }

        /// The activity.
        public var activity: Activity { list[position] }
        /// Its latest follow-up as of the agenda's date.
        public var latest: FollowUp? { list[position].latestFollowUp(asOf: asOf) }
        /// The year it comes from when that is before the meeting's year (carried over or moved): "från 2024".
        public var origin: Int? { list[position].origin(shownIn: year) }

        public static func == (lhs: ActivityLine, rhs: ActivityLine) -> Bool {
            lhs.activity == rhs.activity && lhs.asOf == rhs.asOf && lhs.responsible == rhs.responsible
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(activity.id)
            hasher.combine(asOf)
        }
    }

    /// A delmål and its activities.
    public struct GoalSection: Hashable, Sendable {
        /// The delmål.
        public let goal: FocusArea.Goal
        /// Its activities of the meeting's year, in configured order.
        public let activities: [ActivityLine]
    }

    /// A focus area of the meeting.
    public struct FocusSection: Hashable, Sendable {
        /// Id, e.g. `A`.
        public let id: String
        /// Name, e.g. "Förebyggande och hälsofrämjande".
        public let name: String
        /// Every delmål of the area, in configured order (also those without activities).
        public let goals: [GoalSection]
        /// The day of the cancelled meeting the area comes from, when it was carried over.
        public var carriedFrom: LocalDate? = nil
    }

    /// An åtgärd of an earlier meeting not yet reported done.
    public struct OpenAction: Hashable, Sendable {
        /// The action.
        public let action: Minutes.Action
        /// The responsible person's name, if any.
        public let responsible: String?
        /// The day of the meeting it was agreed at.
        public let agreedOn: LocalDate?
    }

    /// An activity lacking follow-up and every reason why.
    public struct LackingFollowUp: Hashable, Sendable {
        /// The activity.
        public let activity: Activity
        /// Its flags, in rule order.
        public let flags: [MeetingFlag]
        /// The responsible person's name, if any.
        public var responsible: String? = nil
        /// The year it comes from when that is before the meeting's year.
        public var origin: Int? = nil
    }

    /// The meeting.
    public let meeting: Meeting
    /// The name of its body.
    public let bodyName: String
    /// The date the agenda is judged at (follow-ups after it do not count yet).
    public let asOf: LocalDate
    /// The members called, in configured order.
    public let participants: [Participant]
    /// Standing items, then the month's special items, then the presentations, with clock times.
    public let items: [Item]
    /// The meeting's focus areas, in the order assigned.
    public let focus: [FocusSection]
    /// The follow-up flags of the activities linked to the meeting (its focus areas; at a samråd's May
    /// meeting, the year's whole list): grouped by activity, in configured activity order.
    public let followUpFlags: [MeetingFlag]
    /// The configuration's activities, shared, and the positions of those that raised `followUpFlags`.
    private let activities: [Activity]
    private let lacking: [Int]
    /// The body's next confirmed meeting, if the schedule has one.
    public let nextMeeting: Meeting?
    /// Minutes the items take together.
    public let plannedMinutes: Int
    /// Minutes the meeting lasts.
    public let availableMinutes: Int
    /// The `agenda-overrun` flag when the items take longer than the meeting.
    public let overrun: MeetingFlag?
    /// The `missing-activity-list` flag when the meeting's year has no activity list: then nothing can
    /// be called followed up.
    public let missingActivityList: MeetingFlag?
    /// Åtgärder from earlier minutes of the body (and of the bodies preparing it) not yet reported done.
    public var openActions: [OpenAction] = []
    /// The `action-overdue` flags of the open åtgärder past their due date.
    public var actionFlags: [MeetingFlag] = []
    /// The address of the minutes of the body's previous meeting, when they are written.
    public var previousMinutesURL: String? = nil
    /// Whether those minutes are public (`minutes.public`), so the public agenda may link to them.
    public var previousMinutesPublic = true
    private let responsibleNames: [String?]

    /// An agenda; `AgendaBuilder` makes them.
    init(
        meeting: Meeting, bodyName: String, asOf: LocalDate, participants: [Participant], items: [Item], focus: [FocusSection],
        activities: [Activity], lacking: [Int], followUpFlags: [MeetingFlag], nextMeeting: Meeting?, plannedMinutes: Int,
        availableMinutes: Int, overrun: MeetingFlag?, missingActivityList: MeetingFlag? = nil, responsibleNames: [String?] = []
    ) {
        self.meeting = meeting
        self.bodyName = bodyName
        self.asOf = asOf
        self.participants = participants
        self.items = items
        self.focus = focus
        self.activities = activities
        self.lacking = lacking
        self.followUpFlags = followUpFlags
        self.nextMeeting = nextMeeting
        self.plannedMinutes = plannedMinutes
        self.availableMinutes = availableMinutes
        self.overrun = overrun
        self.missingActivityList = missingActivityList
        self.responsibleNames = responsibleNames
    }

    /// Activities linked to the meeting that lack follow-up, each with every reason why, in configured order.
    public var lackingFollowUp: [LackingFollowUp] {
        var groups: [LackingFollowUp] = []
        var start = 0
        for position in lacking {
            let activity = activities[position]
            var end = start
            while end < followUpFlags.count, followUpFlags[end].activity == activity.id { end += 1 }
            groups.append(
                LackingFollowUp(
                    activity: activity, flags: Array(followUpFlags[start..<end]),
                    responsible: position < responsibleNames.count ? responsibleNames[position] : activity.responsible,
                    origin: activity.origin(shownIn: meeting.start.local.date.year)))
            start = end
        }
        return groups
    }

    /// One line of the numbered list: an item, or a run of presentations as one line.
    public struct OutlineLine: Hashable, Sendable {
        /// The item's title; nil for a run of presentations (the renderer words it, "Inbjudna föredragande").
        public let title: String?
        /// When it starts.
        public let start: LocalDateTime
        /// When it ends; nil when the (last) item has no length.
        public let end: LocalDateTime?
    }

    /// The numbered list of the agenda in time order: the standing and special items, and each run
    /// of consecutive presentations as one line whose details are listed apart.
    public var outline: [OutlineLine] {
        var lines: [OutlineLine] = []
        for item in items {
            guard case .presentation = item.kind else {
                lines.append(OutlineLine(title: item.title, start: item.start, end: item.end))
                continue
            }
            // A presentation right after another extends that line (only presentation lines lack a title).
            if let last = lines.last, last.title == nil {
                lines[lines.count - 1] = OutlineLine(title: nil, start: last.start, end: item.end)
            } else {
                lines.append(OutlineLine(title: nil, start: item.start, end: item.end))
            }
        }
        return lines
    }

    /// The presentations, with their clock times.
    public var presentations: [(item: Item, presentation: Presentation)] {
        items.compactMap { item in
            if case let .presentation(presentation) = item.kind { (item, presentation) } else { nil }
        }
    }
}
