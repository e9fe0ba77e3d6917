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
    struct Step {
        let client: String
        let text: String
    }

    let lang: String
    let words: SubscribeWords
    let heading: String
    let bodies: [FeedBlock]
    let all: FeedBlock
    let focus: [FeedBlock]
    let hasFocus: Bool
    let steps: [Step]
    let footer: String

    init(_ configuration: Configuration, schedule: Schedule, now: Int, upcoming: Int) {
        let language = configuration.organization.language
        let words = SubscribeWords(language)
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
        heading = words.heading(configuration.organization.name)
        bodies = configuration.bodies.map { body in
            block(.body(body.id), id: "body-\(body.id)", heading: body.name, meetings: schedule.meetings(of: body.id))
        }
        all = block(.all, id: "all", heading: words.allMeetings, meetings: nil)
        focus = configuration.focusAreas.map { area in
            block(.focus(area.id), id: "focus-\(area.id)", heading: "\(area.id). \(area.name)", meetings: nil)
        }
        hasFocus = !focus.isEmpty
        steps = words.steps
        footer = words.footer(timeZone: configuration.organization.timeZone, contact: configuration.organization.contact)
    }
}

/// The fixed words of the subscribe page in one language.
struct SubscribeWords {
    let title: String
    let intro: String
    let howTo: String
    let next: String
    let noMeetings: String
    let cancelled: String
    let subscribe: String
    let copy: String
    let google: String
    let allMeetings: String
    let allIntro: String
    let focusHeading: String
    let focusIntro: String
    let personalHeading: String
    let personal: String
    let steps: [SubscribeView.Step]
    let language: Language

    init(_ language: Language) {
        self.language = language
        let sv = language == .sv
        title = sv ? "Prenumerera på mötena" : "Subscribe to the meetings"
        intro =
            sv
            ? "Lägg till en kalender en gång. Sedan kommer alla möten, flyttade och inställda möten in i din kalender av sig själva, med dagordningen i mötet."
            : "Add a calendar once. From then on every meeting, move and cancellation reaches your calendar by itself, with the agenda inside."
        howTo = sv ? "Så lägger du till en kalender" : "How to add a calendar"
        next = sv ? "Nästa möten" : "Next meetings"
        noMeetings = sv ? "Inga kommande möten är planerade." : "No upcoming meetings are planned."
        cancelled = sv ? "Inställt" : "Cancelled"
        subscribe = sv ? "Prenumerera" : "Subscribe"
        copy = sv ? "Adress att kopiera:" : "Address to copy:"
        google = sv ? "Lägg till i Google Kalender" : "Add to Google Calendar"
        allMeetings = sv ? "Alla möten" : "All meetings"
        allIntro = sv ? "Alla organs möten i en kalender." : "Every body's meetings in one calendar."
        focusHeading = sv ? "Fokusområden" : "Focus areas"
        focusIntro = sv ? "Möten där fokusområdet står på dagordningen." : "Meetings with the focus area on the agenda."
        personalHeading = sv ? "Din egen kalender" : "Your own calendar"
        personal =
            sv
            ? "En personlig kalender med de möten du är kallad till och de där du ska presentera får du av strategen. Adressen är personlig; dela den inte."
            : "A personal calendar with the meetings you are called to and those where you present is available from the strategist. Its address is personal; do not share it."
        steps =
            sv
            ? [
                .init(
                    client: "Outlook",
                    text:
                        "Öppna kalendern och välj Lägg till kalender och sedan Prenumerera från webben (i klassiska Outlook: Lägg till kalender, Från Internet). Klistra in adressen och välj Importera."
                ),
                .init(
                    client: "Google Kalender",
                    text:
                        "Öppna Google Kalender på en dator, välj + bredvid Andra kalendrar och sedan Från webbadress. Klistra in adressen och välj Lägg till kalender. Kalendern syns sedan också i mobilen."
                ),
                .init(
                    client: "Apple (iPhone, iPad, Mac)",
                    text:
                        "Välj Prenumerera och bekräfta i Kalender. På en Mac går det också med Arkiv, Ny kalenderprenumeration och adressen; på iPhone med Inställningar, Kalender, Konton, Lägg till konto, Annat, Lägg till prenumererad kalender."
                ),
            ]
            : [
                .init(
                    client: "Outlook",
                    text:
                        "Open the calendar, choose Add calendar, then Subscribe from web (in classic Outlook: Add Calendar, From Internet). Paste the address and choose Import."
                ),
                .init(
                    client: "Google Calendar",
                    text:
                        "Open Google Calendar on a computer, choose + next to Other calendars, then From URL. Paste the address and choose Add calendar. The calendar then shows on your phone too."
                ),
                .init(
                    client: "Apple (iPhone, iPad, Mac)",
                    text:
                        "Choose Subscribe and confirm in Calendar. On a Mac, File, New Calendar Subscription with the address works too; on an iPhone, Settings, Calendar, Accounts, Add Account, Other, Add Subscribed Calendar."
                ),
            ]
    }

    func heading(_ organization: String) -> String { "\(title) – \(organization)" }

    func subscribeTo(_ name: String) -> String { language == .sv ? "Prenumerera på \(name)" : "Subscribe to \(name)" }

    func footer(timeZone: String, contact: String?) -> String {
        let sv = language == .sv
        var text =
            sv
            ? "Kalenderprogrammen hämtar ändringar av sig själva, oftast inom några timmar. Tiderna gäller tidszonen \(timeZone)."
            : "Calendar apps fetch changes by themselves, usually within a few hours. Times are in the \(timeZone) time zone."
        if let contact { text += sv ? " Frågor: \(contact)." : " Questions: \(contact)." }
        return text
    }
}
