import Foundation
import ICal
public import SamplanCore

/// The page at `GET /`: every public feed with its next meetings, a `webcal://` link that opens the
/// calendar app, the https address to copy, and short instructions for Outlook, Google and Apple.
/// Plain HTML in the organization's language; no script, so it works everywhere.
///
/// ```swift
/// let schedule = ScheduleBuilder.build(configuration, years: 2026...2027)
/// let html = SubscribePage.html(configuration, schedule: schedule, now: 1_790_000_000)
/// ```
public enum SubscribePage {
    /// The page as of `now` (seconds since 1970), listing up to `upcoming` meetings per body.
    public static func html(_ configuration: Configuration, schedule: Schedule, now: Int, upcoming: Int = 3) -> String {
        TemplateLibrary.render(SubscribeView(configuration, schedule: schedule, now: now, upcoming: upcoming), template: "subscribe.html")
    }

    /// `https://…` or `http://…` as `webcal://…`, the scheme calendar apps register for.
    public static func webcal(_ url: String) -> String {
        guard let colon = url.range(of: "://") else { return url }
        return "webcal" + url[colon.lowerBound...]
    }

    /// Google Calendar's "add by URL" link for the feed at `url`.
    public static func google(_ url: String) -> String {
        // RFC 3986 unreserved characters only: everything else in the address is escaped.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return "https://calendar.google.com/calendar/render?cid="
            + (webcal(url).addingPercentEncoding(withAllowedCharacters: allowed) ?? url)
    }
}

/// What `subscribe.html` reads: every text already in the right language.
struct SubscribeView {
    struct Upcoming {
        let datetime: String
        let when: String
        let place: String?
        let cancelled: Bool
    }
    struct FeedBlock {
        let id: String
        let heading: String
        let https: String
        let webcal: String
        let google: String
        let subscribeLabel: String
        let meetings: [Upcoming]
        let hasMeetings: Bool
    }

    let lang: String
    let words: Words.SubscribeWords
    let meetingWords: Words.MeetingWords
    let heading: String
    let bodies: [FeedBlock]
    let all: FeedBlock
    let focus: [FeedBlock]
    let hasFocus: Bool
    let steps: [Words.SubscribeWords.Step]
    let footer: String
    /// The årshjul of the current year: heading, address, alternative text.
    let yearWheel: String
    let yearWheelURL: String
    let yearWheelAlt: String

    init(_ configuration: Configuration, schedule: Schedule, now: Int, upcoming: Int) {
        let language = configuration.organization.language
        let words = language.words.subscribe
        let dates = DateText(language)
        let base = configuration.settings.publicURL
        func block(_ feed: Feed, id: String, heading: String, meetings: [Meeting]?) -> FeedBlock {
            let https = base + feed.path()
            let rows = (meetings ?? []).filter { $0.end.epochSeconds > now }.prefix(upcoming).map { meeting in
                Upcoming(
                    datetime: meeting.start.iso8601, when: dates.span(meeting.start.local, meeting.end.local), place: meeting.location,
                    cancelled: meeting.status == .cancelled)
            }
            return FeedBlock(
                id: id, heading: heading, https: https, webcal: SubscribePage.webcal(https), google: SubscribePage.google(https),
                subscribeLabel: words.subscribeTo(heading), meetings: Array(rows), hasMeetings: !rows.isEmpty)
        }
        lang = language.rawValue
        self.words = words
        meetingWords = language.words.meeting
        heading = "\(words.title) – \(configuration.organization.name)"
        bodies = configuration.bodies.map { body in
            block(.body(body.id), id: "body-\(body.id)", heading: body.name, meetings: schedule.meetings(of: body.id))
        }
        all = block(.all, id: "all", heading: words.allMeetings, meetings: nil)
        focus = configuration.focusAreas.map { area in
            block(.focus(area.id), id: "focus-\(area.id)", heading: "\(area.id). \(area.name)", meetings: nil)
        }
        hasFocus = !focus.isEmpty
        steps = words.steps
        let year = ZoneRules(identifier: configuration.organization.timeZone)?.zoned(epochSeconds: now).local.date.year ?? 1970 + now / 31_556_952
        yearWheel = words.yearWheel("\(year)")
        // Relative: the picture loads from whichever address served the page (behind a proxy too).
        yearWheelURL = "arshjul.svg"
        yearWheelAlt = language.words.yearWheel.title("\(year)", configuration.organization.name)
        footer = words.footer(configuration.organization.timeZone) + (configuration.organization.contact.map(words.questions) ?? "")
    }
}
