import Foundation
import ICal
public import SamplanCore

/// The personal page of a responsible person (`GET /p/<page-token>`): their activities with a small
/// follow-up form each, their open åtgärder with a "Klar" button each, their next meetings and
/// presentations, and their calendar link. Plain HTML in the organization's language: no script,
/// labelled fields, readable on a phone. Every text given by people is escaped.
///
/// ```swift
/// let html = PersonalPage.html(overview, configuration: configuration, links: links, notice: nil, problem: nil)
/// ```
public enum PersonalPage {
    /// The addresses and tokens the page needs.
    public struct Links: Sendable {
        /// `/p/<page-token>`, the start of every form's address.
        public var page: String
        /// The person's private feed URL.
        public var feed: String
        /// The CSRF token every form carries.
        public var csrf: String

        /// Links.
        public init(page: String, feed: String, csrf: String) {
            self.page = page
            self.feed = feed
            self.csrf = csrf
        }
    }

    /// A form sent back because it was not accepted: which one, what it said, and why.
    public struct Problem: Sendable {
        /// The activity whose form it was.
        public var activity: String
        /// The status chosen, as sent.
        public var status: String
        /// The text, as sent: shown again.
        public var text: String
        /// Why it was not accepted, for the person.
        public var message: String

        /// A problem.
        public init(activity: String, status: String, text: String, message: String) {
            self.activity = activity
            self.status = status
            self.text = text
            self.message = message
        }
    }

    /// The page; `notice` is the thanks after a stored answer, `problem` a form sent back.
    public static func html(
        _ overview: PersonalOverview, configuration: Configuration, links: Links, notice: String?, problem: Problem?, message: String? = nil
    ) -> String {
        TemplateLibrary.render(
            PersonalView(overview, configuration: configuration, links: links, notice: notice, problem: problem, message: message),
            template: "personal.html")
    }

    /// A path segment with everything but unreserved characters percent-encoded (an action id's `#`).
    public static func segment(_ id: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id
    }
}

/// What `personal.html` reads: every text already in the right language.
struct PersonalView {
    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }
    struct ActivityBlock {
        let id: String
        let anchor: String
        let title: String
        let goal: String
        let status: String
        let latest: String
        let due: String?
        let flags: [String]
        let hasFlags: Bool
        let action: String
        let options: [Option]
        let text: String
        let error: String?
    }
    struct ActionBlock {
        let text: String
        let due: String?
        let agreed: String?
        let action: String
        let label: String
    }
    struct MeetingBlock {
        let datetime: String
        let when: String
        let title: String
        let place: String?
        let presentations: [String]
    }

    let lang: String
    let words: Words.PersonalWords
    let heading: String
    let notice: String?
    let message: String?
    let csrf: String
    let activities: [ActivityBlock]
    let hasActivities: Bool
    let actions: [ActionBlock]
    let hasActions: Bool
    let meetings: [MeetingBlock]
    let hasMeetings: Bool
    let feed: String
    let webcal: String

    init(
        _ overview: PersonalOverview, configuration: Configuration, links: PersonalPage.Links, notice: String?, problem: PersonalPage.Problem?,
        message: String?
    ) {
        let language = configuration.organization.language
        let words = language.words.personal
        let dates = DateText(language)
        lang = language.rawValue
        self.words = words
        heading = words.heading(overview.person.name)
        self.notice = notice
        self.message = problem?.message ?? message
        csrf = links.csrf
        activities = overview.activities.map { entry in
            let activity = entry.activity
            let sentBack = problem?.activity == activity.id ? problem : nil
            let chosen = sentBack.flatMap { ActivityStatus(text: $0.status) } ?? entry.latest?.status
            return ActivityBlock(
                id: activity.id, anchor: "a-" + PersonalPage.segment(activity.id).replacingOccurrences(of: "%", with: "_"), title: activity.title,
                goal: activity.goal, status: entry.latest?.status?.label(in: language) ?? words.none,
                latest: entry.latest.map { dates.date($0.date) + ": " + $0.text } ?? words.none,
                due: activity.due.map(dates.date), flags: entry.flags.map { $0.message(in: language) }, hasFlags: !entry.flags.isEmpty,
                action: links.page + "/activities/" + PersonalPage.segment(activity.id) + "/followups",
                options: ActivityStatus.allCases.map { Option(value: $0.rawValue, label: $0.label(in: language), selected: $0 == chosen) },
                text: sentBack?.text ?? "", error: sentBack?.message)
        }
        hasActivities = !activities.isEmpty
        actions = overview.actions.map { action in
            ActionBlock(
                text: action.text, due: action.due.map { words.due + " " + dates.date($0) },
                agreed: MeetingID(action.meeting).map { words.agreedAt((configuration.body($0.body)?.name ?? $0.body) + " " + dates.date($0.date)) },
                action: links.page + "/actions/" + PersonalPage.segment(action.id) + "/done", label: words.doneLabel(action.text))
        }
        hasActions = !actions.isEmpty
        meetings = overview.meetings.map { entry in
            MeetingBlock(
                datetime: entry.meeting.start.iso8601, when: dates.span(entry.meeting.start.local, entry.meeting.end.local),
                title: entry.meeting.title,
                place: entry.meeting.location, presentations: entry.presentations.map(words.presenting))
        }
        hasMeetings = !meetings.isEmpty
        feed = links.feed
        webcal = SubscribePage.webcal(links.feed)
    }
}
