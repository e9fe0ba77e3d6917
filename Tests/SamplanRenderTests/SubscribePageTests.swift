import Foundation
import SamplanCore
import SamplanRender
import Testing

@Suite("Subscribe page")
struct SubscribePageTests {
    /// 2026-03-01 12:00 UTC.
    static let now = 1_772_366_400

    static func page(_ files: [String: String]? = nil, now: Int = now) throws -> String {
        let configuration = try files.map { try RenderFixture.load($0).get() } ?? RenderFixture.example("knivsta")
        return SubscribePage.html(configuration, schedule: ScheduleBuilder.build(configuration, years: 2026...2027), now: now)
    }

    /// The `href`s of the page, in order.
    static func links(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test("every public feed has a webcal:// link, an https address to copy and a Google link, all under server.public_url")
    func links() throws {
        let html = try Self.page()
        let links = Self.links(html)
        for path in ["/calendars/samrad.ics", "/calendars/tl.ics", "/calendars/all.ics", "/calendars/focus/A.ics", "/calendars/focus/D.ics"] {
            #expect(links.contains("webcal://127.0.0.1:8080" + path), "\(path)")
            #expect(links.contains("http://127.0.0.1:8080" + path), "\(path)")
            let encoded = "webcal%3A%2F%2F127.0.0.1%3A8080" + path.replacingOccurrences(of: "/", with: "%2F")
            #expect(links.contains("https://calendar.google.com/calendar/render?cid=" + encoded), "\(path)")
        }
        #expect(!html.contains("/calendars/private/"))
        #expect(!html.contains("<script"))
    }

    @Test("each body lists its next three meetings after now, in Swedish, with a machine-readable time")
    func nextMeetings() throws {
        let html = try Self.page()
        #expect(html.contains("<html lang=\"sv\">"))
        #expect(html.contains("<h1>Prenumerera på mötena – HSVO Knivsta</h1>"))
        let samrad = try #require(html.components(separatedBy: "<h2 id=\"body-samrad\">").last?.components(separatedBy: "</section>").first)
        let times = samrad.components(separatedBy: "<time datetime=\"").dropFirst().map { String($0.prefix(25)) }
        #expect(times == ["2026-05-18T13:00:00+02:00", "2026-10-08T13:00:00+02:00", "2027-01-14T13:00:00+01:00"])
        // 14 May 2026 is Ascension Day: the meeting moves to the next working day.
        #expect(samrad.contains("måndag 18 maj 2026 kl. 13.00–15.30</time>, Kommunhuset, sal Alsike"))
        for client in ["Outlook", "Google Kalender", "Apple (iPhone, iPad, Mac)"] { #expect(html.contains("<dt>\(client)</dt>")) }
    }

    @Test("a cancelled meeting is shown as cancelled; a body with nothing ahead says so")
    func cancelledAndEmpty() throws {
        var files = try RenderFixture.exampleFiles("knivsta")
        files["exceptions.yaml"] = "exceptions:\n  - {meeting: samrad-2026-05-14, cancel: true, reason: \"Ersätts av workshop\"}\n"
        let html = try Self.page(files)
        #expect(html.contains("måndag 18 maj 2026 kl. 13.00–15.30</time>, Kommunhuset, sal Alsike <span class=\"cancelled\">(Inställt)</span>"))
        let late = try Self.page(now: 1_830_000_000)  // 2027-12-28: nothing left in the two years built
        #expect(late.contains("<p>Inga kommande möten är planerade.</p>"))
    }

    @Test("names from the configuration are escaped; an English organization gets an English page")
    func escapingAndEnglish() throws {
        var files = try RenderFixture.exampleFiles("knivsta")
        files["samplan.yaml"] = files["samplan.yaml"]!.replacingOccurrences(of: "locale: sv", with: "locale: en")
            .replacingOccurrences(of: "name: \"HSVO Knivsta\"", with: "name: \"HSVO <Knivsta> & co\"")
        let html = try Self.page(files)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<h1>Subscribe to the meetings – HSVO &lt;Knivsta&gt; &amp; co</h1>"))
        #expect(html.contains("Monday 18 May 2026"))
        #expect(html.contains("<dt>Google Calendar</dt>"))
    }

    @Test("webcal:// replaces the scheme of https and http addresses")
    func webcal() {
        #expect(SubscribePage.webcal("https://kalender.example.se/calendars/all.ics") == "webcal://kalender.example.se/calendars/all.ics")
        #expect(SubscribePage.webcal("http://127.0.0.1:8080/x.ics") == "webcal://127.0.0.1:8080/x.ics")
    }
}
