public import ICal

/// A follow-up a responsible person submitted through their personal page (`POST
/// /p/<page-token>/activities/<id>/followups`), as the state store keeps it.
public struct SubmittedFollowUp: Hashable, Sendable {
    /// The store's row id.
    public var id: Int64
    /// The person who submitted it (person id).
    public var person: String
    /// The activity id.
    public var activity: String
    /// The day it was submitted, in the organization's zone: the follow-up's date.
    public var date: LocalDate
    /// The new status.
    public var status: ActivityStatus
    /// What was done, as given.
    public var text: String
    /// When, seconds since 1970.
    public var submittedAt: Int

    /// A submitted follow-up.
    public init(id: Int64, person: String, activity: String, date: LocalDate, status: ActivityStatus, text: String, submittedAt: Int) {
        self.id = id
        self.person = person
        self.activity = activity
        self.date = date
        self.status = status
        self.text = text
        self.submittedAt = submittedAt
    }

    /// The follow-up as the activity list writes it, marked with who reported it.
    public func followUp(reporterName: String) -> FollowUp {
        FollowUp(date: date, status: status, text: text, reportedBy: reporterName)
    }
}

/// An åtgärd its responsible person reported done through their personal page.
public struct ReportedDone: Hashable, Sendable {
    /// The action id (`<meeting-id>#<n>`).
    public var action: String
    /// The person who reported it.
    public var person: String
    /// The day it was reported.
    public var date: LocalDate
    /// When, seconds since 1970.
    public var submittedAt: Int

    /// A report.
    public init(action: String, person: String, date: LocalDate, submittedAt: Int) {
        self.action = action
        self.person = person
        self.date = date
        self.submittedAt = submittedAt
    }
}

/// Everything submitted through the personal pages, folded into the configuration so that it counts
/// everywhere a follow-up written in the files does (flags, agendas, report, reminders).
///
/// ```swift
/// let submissions = try store.submissions()
/// let configuration = fileConfiguration.adding(submissions)
/// ```
public struct Submissions: Hashable, Sendable {
    /// Follow-ups, in submission order.
    public var followUps: [SubmittedFollowUp]
    /// Åtgärder reported done, in submission order.
    public var done: [ReportedDone]

    /// Submissions.
    public init(followUps: [SubmittedFollowUp] = [], done: [ReportedDone] = []) {
        self.followUps = followUps
        self.done = done
    }

    /// Nothing submitted.
    public var isEmpty: Bool { followUps.isEmpty && done.isEmpty }
}

extension Configuration {
    /// The configuration with `submissions` counted: each submitted follow-up added to its activity
    /// (marked with the reporter's name; one with the same date, status and text as a follow-up
    /// already in the files counts once), and each reported åtgärd closed from the day it was reported.
    /// Submissions for an activity or person the configuration no longer knows are left out.
    public func adding(_ submissions: Submissions) -> Configuration {
        guard !submissions.isEmpty else { return self }
        var copy = self
        var added: [String: [FollowUp]] = [:]
        for submitted in submissions.followUps {
            let name = person(submitted.person)?.name ?? submitted.person
            added[submitted.activity, default: []].append(submitted.followUp(reporterName: name))
        }
        copy.activities = activities.map { activity in
            guard let extra = added[activity.id] else { return activity }
            var known = Set(activity.followUps.map(\.identity))
            var result = activity
            result.followUps = (activity.followUps + extra.filter { known.insert($0.identity).inserted }).sorted { $0.date < $1.date }
            return result
        }
        for report in submissions.done where copy.actionsReportedDone[report.action].map({ report.date < $0 }) ?? true {
            copy.actionsReportedDone[report.action] = report.date
        }
        return copy
    }
}
