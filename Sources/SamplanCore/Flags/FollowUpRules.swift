public import ICal

/// The five follow-up rules of an activity, judged as of a date (SPEC §4).
///
/// Only follow-ups written on or before `asOf` count. An activity whose latest status is `ja` or
/// `nej` is settled and raises nothing. `no-followup` stands alone: an activity without any
/// follow-up is not also called stale. A follow-up dated on the previous meeting's own day was made
/// *at* that meeting, not after it, so it does not keep the activity from being stale; a previous
/// meeting after `asOf` has not been held yet and is not judged.
///
/// ```swift
/// FollowUpRules.flags(for: activity, meeting: "samrad-2025-05-08", previousMeeting: LocalDate(iso: "2025-01-09"),
///                     asOf: LocalDate(iso: "2025-04-20")!).map(\.rule)   // [.stale, .movedDue]
/// ```
public enum FollowUpRules {
    /// The flags `activity` raises for `meeting`; `previousMeeting` is the day the body last met before it.
    public static func flags(for activity: Activity, meeting: String, previousMeeting: LocalDate?, asOf: LocalDate) -> [MeetingFlag] {
        var flags: [MeetingFlag] = []
        let table = FollowUpTable([activity])
        let verdict = table.verdict(0, on: FollowUpTable.Day(asOf), previousMeeting: previousMeeting)
        verdict.append(to: &flags, activities: [activity], index: 0, meeting: meeting)
        return flags
    }
}

/// The dates and statuses of every activity's follow-ups in flat arrays, so that judging thousands of
/// activities for thousands of meetings reads numbers only; texts are touched when a flag is raised.
struct FollowUpTable: Sendable {
    /// A date as the table compares it.
    struct Day {
        let number: Int
        let year: Int
        let date: LocalDate

        init(_ date: LocalDate) {
            number = date.dayNumber
            year = date.year
            self.date = date
        }
    }

    /// Activity `i`'s follow-ups are at `first[i]..<first[i + 1]`, in date order.
    private var first: [Int] = [0]
    private var day: [Int] = []
    private var year: [Int] = []
    private var status: [ActivityStatus?] = []
    private var due: [Int] = []
    private var movedTo: [Int] = []
    private var hasResponsible: [Bool] = []

    init(_ activities: [Activity]) {
        for activity in activities {
            for followUp in activity.followUps {
                day.append(followUp.date.dayNumber)
                year.append(followUp.date.year)
                status.append(followUp.status)
            }
            first.append(day.count)
            due.append(activity.due?.dayNumber ?? Int.max)
            movedTo.append(activity.movedTo ?? Int.max)
            hasResponsible.append(activity.responsible != nil)
        }
    }

    /// True when activity `index` has a due date before `day`.
    func isDue(_ index: Int, before day: Day) -> Bool { due[index] < day.number }

    /// The rules activity `index` breaks on `asOf`, for a meeting whose body last met on `previousMeeting`.
    func verdict(_ index: Int, on asOf: Day, previousMeeting: LocalDate?) -> FollowUpVerdict {
        let start = first[index]
        var end = first[index + 1]
        while end > start, day[end - 1] > asOf.number { end -= 1 }
        let latest = end > start ? status[end - 1] : nil as ActivityStatus?
        if let latest, latest.isSettled { return FollowUpVerdict() }
        var verdict = FollowUpVerdict(latest: latest)
        if end == start {
            verdict.rules.insert(.noFollowUp)
        } else if let previousMeeting, previousMeeting.dayNumber <= asOf.number, day[end - 1] <= previousMeeting.dayNumber {
            verdict.rules.insert(.stale)
            verdict.previousMeeting = previousMeeting
        }
        if due[index] < asOf.number { verdict.rules.insert(.overdue) }
        let moved = movedTo[index]
        if moved <= asOf.year, !year[start..<end].contains(moved) { verdict.rules.insert(.movedDue) }
        if !hasResponsible[index] { verdict.rules.insert(.noResponsible) }
        return verdict
    }
}

/// Which follow-up rules an activity breaks, and the facts their sentences name.
struct FollowUpVerdict {
    struct Rules: OptionSet {
        let rawValue: UInt8
        static let noFollowUp = Rules(rawValue: 1)
        static let stale = Rules(rawValue: 2)
        static let overdue = Rules(rawValue: 4)
        static let movedDue = Rules(rawValue: 8)
        static let noResponsible = Rules(rawValue: 16)
    }

    var rules: Rules = []
    var latest: ActivityStatus?
    var previousMeeting: LocalDate?

    /// Appends a flag per broken rule of `activities[index]`, in rule order.
    func append(to flags: inout [MeetingFlag], activities: [Activity], index: Int, meeting: String) {
        guard !rules.isEmpty else { return }
        let id = activities[index].id
        let title = activities[index].title
        func raise(_ rule: MeetingFlag.Rule, _ detail: MeetingFlag.Detail = .none) {
            flags.append(MeetingFlag(meeting: meeting, rule: rule, activity: id, subject: title, detail: detail))
        }
        if rules.contains(.noFollowUp) { raise(.noFollowUp) }
        if rules.contains(.stale), let previousMeeting { raise(.stale, .previousMeeting(previousMeeting)) }
        if rules.contains(.overdue), let due = activities[index].due { raise(.overdue, .due(due, status: latest)) }
        if rules.contains(.movedDue), let movedTo = activities[index].movedTo { raise(.movedDue, .movedTo(movedTo)) }
        if rules.contains(.noResponsible) { raise(.noResponsible) }
    }
}
