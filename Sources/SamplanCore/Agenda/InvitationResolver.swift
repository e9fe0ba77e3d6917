public import ICal

/// Finds the meeting of every invitation: an explicit meeting id as written, or for
/// `{body, focus, from?}` the first confirmed meeting of that body with that focus area starting on
/// or after `from` (default: from the start of the body's series). It depends on the configuration
/// only, never on today's date; it builds the schedules it needs and looks at most
/// `InvitationResolver.horizonYears` years ahead of the start of the search.
///
/// ```swift
/// let resolver = InvitationResolver(configuration: configuration)
/// resolver.meetingID(forInvitationAt: 0)          // "tl-2024-04-16"
/// resolver.invitations(at: "tl-2024-04-16")        // [(index: 0, invitation: …)]
/// ```
public struct InvitationResolver: Sendable {
    /// How many years after the start of its search a `{body, focus}` invitation may land.
    public static let horizonYears = 10

    /// The meeting id of each invitation, in configuration order; nil when none was found.
    public let meetingIDs: [String?]
    private let invitations: [Invitation]
    private let byMeeting: [String: [Int]]

    /// Resolves every invitation of `configuration`. A `schedule` already built is searched first;
    /// further years are built only for what it does not answer.
    public init(configuration: Configuration, schedule: Schedule? = nil) {
        invitations = configuration.invitations
        var resolved = [String?](repeating: nil, count: invitations.count)
        var pending: [(index: Int, body: String, focus: String, from: LocalDate)] = []
        for (index, invitation) in invitations.enumerated() {
            switch invitation.target {
            case let .meeting(id):
                resolved[index] = id
            case let .firstWithFocus(body, focus, from):
                let start = from ?? Self.searchStart(of: body, in: configuration)
                pending.append((index, body, focus, start))
            }
        }
        func search(_ schedule: Schedule) {
            guard !pending.isEmpty else { return }
            let meetingsByBody = Dictionary(grouping: schedule.meetings.filter { $0.status == .confirmed }, by: \.body)
            pending.removeAll { entry in
                // The schedule must cover the whole year the search starts in, or an earlier match could be missed.
                guard schedule.years.contains(entry.from.year),
                    let match = meetingsByBody[entry.body]?.first(where: { $0.start.local.date >= entry.from && $0.focus.contains(entry.focus) })
                else { return false }
                resolved[entry.index] = match.id
                return true
            }
        }
        if let schedule {
            search(schedule)
            // What the schedule covered from its start year on and did not answer lies after its end.
            let after = LocalDate.first(ofYear: schedule.years.upperBound + 1)
            for position in pending.indices where schedule.years.contains(pending[position].from.year) {
                pending[position].from = after
            }
        }
        // Only the bodies still searched (and those they follow) need to be expanded.
        let firstYears = pending.map(\.from.year)
        if let lower = firstYears.min(), let upper = firstYears.max() {
            search(ScheduleBuilder.build(Self.narrowed(configuration, to: pending.map(\.body)), years: lower...(upper + 1)))
        }
        let laterYears = pending.map(\.from.year)
        if let lower = laterYears.min(), let upper = laterYears.max() {
            let years = lower...(upper + Self.horizonYears)
            search(ScheduleBuilder.build(Self.narrowed(configuration, to: pending.map(\.body)), years: years))
        }
        meetingIDs = resolved
        var byMeeting: [String: [Int]] = [:]
        for (index, id) in resolved.enumerated() {
            if let id { byMeeting[id, default: []].append(index) }
        }
        self.byMeeting = byMeeting
    }

    /// The meeting of the invitation at `index` of `configuration.invitations`.
    public func meetingID(forInvitationAt index: Int) -> String? {
        meetingIDs.indices.contains(index) ? meetingIDs[index] : nil
    }

    /// The meeting of `invitation`, compared by value with the configuration's invitations.
    public func meetingID(for invitation: Invitation) -> String? {
        invitations.firstIndex(of: invitation).flatMap { meetingIDs[$0] }
    }

    /// The invitations to the meeting `id`, in configuration order, with their index.
    public func invitations(at id: String) -> [(index: Int, invitation: Invitation)] {
        (byMeeting[id] ?? []).map { ($0, invitations[$0]) }
    }

    /// The indexes of the invitations that resolve to no meeting.
    public var unresolved: [Int] { meetingIDs.indices.filter { meetingIDs[$0] == nil } }

    /// The configuration with only `bodies`, the bodies their relative cadences follow, and their
    /// exceptions: their meetings and focus areas are the same as in the whole configuration.
    static func narrowed(_ configuration: Configuration, to bodies: [String]) -> Configuration {
        var needed = Set<String>()
        var queue = bodies
        while let id = queue.popLast() {
            guard needed.insert(id).inserted, let body = configuration.body(id) else { continue }
            queue += body.cadence?.relative.map(\.body) ?? []
        }
        var narrowed = configuration
        narrowed.bodies = configuration.bodies.filter { needed.contains($0.id) }
        narrowed.exceptions = configuration.exceptions.filter { exception in
            switch exception {
            case let .move(meeting, _, _, _), let .cancel(meeting, _): MeetingID(meeting).map { needed.contains($0.body) } ?? false
            case let .extra(extra): needed.contains(extra.body)
            }
        }
        return narrowed
    }

    /// Where the search starts for an invitation to `body` without `from`: the start of the body's
    /// series, else the start of the bodies it follows (moved by the offset), else the default
    /// anchor (2000-01-01); earlier when an extra meeting of the body comes first.
    public static func searchStart(of body: String, in configuration: Configuration) -> LocalDate {
        func start(_ id: String, _ visiting: Set<String>) -> LocalDate? {
            guard let body = configuration.body(id), !visiting.contains(id), let cadence = body.cadence else { return nil }
            if let from = cadence.from { return from }
            let followed = cadence.relative.compactMap { relative in
                start(relative.body, visiting.union([id])).map { $0.adding(days: min(0, relative.offsetDays) - 7) }
            }
            if let earliest = followed.min() { return earliest }
            return cadence.rule == nil ? nil : Cadence.defaultAnchor
        }
        let extras = configuration.exceptions.compactMap { exception -> LocalDate? in
            if case let .extra(extra) = exception, extra.body == body { return extra.start.date }
            return nil
        }
        return ([start(body, [])].compactMap { $0 } + extras).min() ?? Cadence.defaultAnchor
    }
}
