import Foundation
import Hummingbird
import HummingbirdTesting
import ICal
import Prometheus
import SamplanConfig
import SamplanCore
import SamplanStore
import Synchronization
import Testing

@testable import SamplanServer

/// Knivsta served as of 15 April 2024 (before the tjänsteledning of 23 April and the May samråd).
final class PersonalFixture: Sendable {
    static let start = 1_713_182_400  // 2024-04-15 12:00 UTC
    let routes: RouteFixture
    let now = Mutex(PersonalFixture.start)

    init() throws {
        routes = try RouteFixture()
    }

    var state: ServingState { routes.state }
    var store: StateStore { routes.store }
    /// The configuration served (with what was submitted counted).
    var configuration: Configuration {
        guard let snapshot = routes.state.snapshot else { fatalError("the fixture always loads config/knivsta") }
        return snapshot.configuration
    }

    func application() -> some ApplicationProtocol {
        let router = Router()
        let clock: @Sendable () -> Int = { self.now.withLock { $0 } }
        SamplanRoutes(state: state, cache: routes.cache, registry: PrometheusCollectorRegistry(), clock: clock).register(on: router)
        return Application(router: router)
    }

    func tokens() throws -> FeedTokens { try routes.cache.currentTokens() }

    /// The first activity of `person` flagged at the next meetings.
    func flaggedActivity(of person: String) throws -> String {
        let configuration = configuration
        let today = LocalDate(iso: "2024-04-15")!
        let schedule = ScheduleBuilder.build(configuration, years: 2023...2025)
        let flags = FlagChecker(configuration: configuration, schedule: schedule).upcomingFlags(asOf: today)
        let mine = Set(configuration.activities.filter { $0.responsible == person }.map(\.id))
        return try #require(flags.compactMap(\.activity).first { mine.contains($0) })
    }

    /// The CSRF token of the page's forms, as the page writes it.
    static func csrf(in page: String) -> String? {
        guard let range = page.range(of: #"name="csrf" value=""#) else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    /// A form body.
    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return ByteBuffer(
            string: fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&"))
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .origin: "http://127.0.0.1:8080"]
}

@Suite("Personal page and its forms")
struct PersonalPageTests {
    @Test("the page of a responsible person shows their activities with flags, a form each, and their calendar link, in Swedish")
    func page() async throws {
        let fixture = try PersonalFixture()
        let activity = try fixture.flaggedActivity(of: "socialchef")
        let title = try #require(fixture.configuration.activities.first { $0.id == activity }).title
        let tokens = try fixture.tokens()
        let token = tokens.pageToken(for: "socialchef")
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/p/\(token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "private, no-store")
                let page = String(buffer: response.body)
                #expect(page.contains("<html lang=\"sv\">"))
                #expect(page.contains("<h1>Uppföljning för "))
                #expect(page.contains("Dina aktiviteter"))
                #expect(page.contains(Self.escaped(title)))
                #expect(page.contains("Saknar uppföljning"))
                #expect(page.contains("<label for="))
                #expect(page.contains("value=\"pågående\""))
                #expect(page.contains("/calendars/private/\(tokens.token(for: "socialchef")).ics"))
                #expect(!page.contains("<script"))
                #expect(PersonalFixture.csrf(in: page) != nil)
            }
            // Not the feed token, not a token nobody has, not an empty one.
            for path in ["/p/\(tokens.token(for: "socialchef"))", "/p/\(String(token.dropLast()))A", "/p/x"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .notFound, "\(path)")
                    #expect(String(buffer: response.body) == "Sidan finns inte.\n")
                }
            }
        }
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test("a follow-up submitted through the form is stored, thanked for, and its flag leaves /flags.json and the draft, which names the reporter")
    func submit() async throws {
        let fixture = try PersonalFixture()
        let activity = try fixture.flaggedActivity(of: "socialchef")
        let tokens = try fixture.tokens()
        let token = tokens.pageToken(for: "socialchef")
        let strategist = tokens.token(for: "strateg")
        let text = "Klart <b>nu</b> & \"dokumenterat\""
        try await fixture.application().test(.router) { client in
            let flagsBefore = String(buffer: try await client.execute(uri: "/flags.json?token=\(strategist)", method: .get).body)
            #expect(flagsBefore.contains("\"activity\" : \"\(activity)\""))
            let page = String(buffer: try await client.execute(uri: "/p/\(token)", method: .get).body)
            let csrf = try #require(PersonalFixture.csrf(in: page))
            let post = try await client.execute(
                uri: "/p/\(token)/activities/\(activity)/followups", method: .post, headers: PersonalFixture.formHeaders,
                body: PersonalFixture.form([("csrf", csrf), ("status", "ja"), ("text", text)]))
            #expect(post.status == .seeOther)
            let location = try #require(post.headers[.location])
            #expect(location.hasPrefix("/p/\(token)?tack=uppfoljning"))
            try await client.execute(uri: location, method: .get) { response in
                let thanked = String(buffer: response.body)
                #expect(thanked.contains("Tack! Uppföljningen är sparad."))
                #expect(thanked.contains(Self.escaped(text)), "the text is shown escaped")
                #expect(!thanked.contains("<b>nu</b>"))
            }
            let flagsAfter = String(buffer: try await client.execute(uri: "/flags.json?token=\(strategist)", method: .get).body)
            #expect(!flagsAfter.contains("\"activity\" : \"\(activity)\""))
            let submitted = String(
                buffer: try await client.execute(uri: "/followups.json", method: .get, headers: [.authorization: "Bearer \(strategist)"]).body)
            #expect(submitted.contains("\"activity\" : \"\(activity)\""))
            #expect(submitted.contains("\"person\" : \"socialchef\""))
            #expect(submitted.contains("\"status\" : \"ja\""))
            #expect(try await client.execute(uri: "/followups.json", method: .get).status == .unauthorized)
            #expect(try await client.execute(uri: "/followups.json?token=\(tokens.token(for: "socialchef"))", method: .get).status == .unauthorized)
        }
        let stored = try fixture.store.submissions()
        #expect(stored.followUps.count == 1)
        #expect(stored.followUps.first?.text == text)
        #expect(stored.followUps.first?.date == LocalDate(iso: "2024-04-15"))
        // The strategist's draft marks it; the public agenda does not name anyone.
        let configuration = fixture.configuration
        let schedule = ScheduleBuilder.build(configuration, years: 2023...2025)
        let latest = configuration.activities.first { $0.id == activity }?.latestFollowUp(asOf: LocalDate(iso: "2024-04-15")!)
        #expect(latest?.reportedBy != nil)
        let meetings = schedule.meetings.filter { $0.start.local.date > LocalDate(iso: "2024-04-15")! && $0.start.local.date.year == 2024 }
        try await fixture.application().test(.router) { client in
            var marked = 0
            for meeting in meetings {
                let draft = String(
                    buffer: try await client.execute(uri: "/agenda/\(meeting.id).md?token=\(tokens.token(for: "strateg"))", method: .get).body)
                guard draft.contains("\\<b\\>nu\\</b\\>") else { continue }
                #expect(draft.contains("(inrapporterad av "), "\(meeting.id)")
                let publicAgenda = String(buffer: try await client.execute(uri: "/agenda/\(meeting.id).md", method: .get).body)
                #expect(!publicAgenda.contains("inrapporterad av"))
                marked += 1
            }
            #expect(marked > 0, "some draft shows the follow-up, Markdown-escaped, with who reported it")
        }
    }

    @Test("a POST without a valid CSRF token, or from another Origin, is 403 and stores nothing")
    func csrf() async throws {
        let fixture = try PersonalFixture()
        let activity = try fixture.flaggedActivity(of: "socialchef")
        let tokens = try fixture.tokens()
        let token = tokens.pageToken(for: "socialchef")
        let other = tokens.pageToken(for: "voc")
        try await fixture.application().test(.router) { client in
            let uri = "/p/\(token)/activities/\(activity)/followups"
            let stale = tokens.csrfToken(pageToken: token, time: PersonalFixture.start - 86_401)
            let othersForm = tokens.csrfToken(pageToken: other, time: PersonalFixture.start)
            for csrf in [nil, "", "garbage", "1713182400.AAAA", stale, othersForm] {
                var fields = [("status", "ja"), ("text", "Klart")]
                if let csrf { fields.append(("csrf", csrf)) }
                let response = try await client.execute(
                    uri: uri, method: .post, headers: PersonalFixture.formHeaders, body: PersonalFixture.form(fields))
                #expect(response.status == .forbidden, "\(csrf ?? "none")")
                #expect(String(buffer: response.body).contains("Formuläret har gått ut"))
            }
            let valid = tokens.csrfToken(pageToken: token, time: PersonalFixture.start)
            var headers = PersonalFixture.formHeaders
            headers[.origin] = "https://evil.example.com"
            let response = try await client.execute(
                uri: uri, method: .post, headers: headers, body: PersonalFixture.form([("csrf", valid), ("status", "ja"), ("text", "Klart")]))
            #expect(response.status == .forbidden)
        }
        #expect(try fixture.store.submissions().isEmpty)
    }

    @Test("too long a text, no text, a status outside the set or too large a body: 400 with the form shown again, the text kept, in Swedish")
    func badInput() async throws {
        let fixture = try PersonalFixture()
        let activity = try fixture.flaggedActivity(of: "socialchef")
        let tokens = try fixture.tokens()
        let token = tokens.pageToken(for: "socialchef")
        let csrf = tokens.csrfToken(pageToken: token, time: PersonalFixture.start)
        let uri = "/p/\(token)/activities/\(activity)/followups"
        let long = String(repeating: "a", count: 3_990) + "åäöÅÄÖ<&>\"xy"  // 4,001 characters
        try await fixture.application().test(.router) { client in
            let cases: [([(String, String)], String, String?)] = [
                ([("csrf", csrf), ("status", "kanske"), ("text", "Behållen <text>")], "Välj en status i listan.", Self.escaped("Behållen <text>")),
                ([("csrf", csrf), ("text", "Utan status")], "Välj en status i listan.", "Utan status"),
                ([("csrf", csrf), ("status", "ja"), ("text", "   ")], "Skriv vad som har gjorts.", nil),
                ([("csrf", csrf), ("status", "ja"), ("text", long)], "Texten är för lång: högst 4000 tecken.", Self.escaped(long)),
            ]
            for (fields, message, kept) in cases {
                let response = try await client.execute(
                    uri: uri, method: .post, headers: PersonalFixture.formHeaders, body: PersonalFixture.form(fields))
                #expect(response.status == .badRequest)
                let page = String(buffer: response.body)
                #expect(page.contains(message))
                #expect(page.contains("<form method=\"post\""))
                if let kept { #expect(page.contains(">\(kept)</textarea>")) }
            }
            let huge = PersonalFixture.form([("csrf", csrf), ("status", "ja"), ("text", String(repeating: "x", count: 17_000))])
            let response = try await client.execute(uri: uri, method: .post, headers: PersonalFixture.formHeaders, body: huge)
            #expect(response.status == .badRequest)
            #expect(String(buffer: response.body).contains("Formuläret är för stort (högst 16 kB)."))
            let broken = try await client.execute(
                uri: uri, method: .post, headers: PersonalFixture.formHeaders, body: ByteBuffer(string: "csrf=\(csrf)&status=ja&text=%E2%28"))
            #expect(broken.status == .forbidden || broken.status == .badRequest)
        }
        #expect(try fixture.store.submissions().isEmpty)
    }

    @Test("only the person's own activities and actions: any other id is 404")
    func ownOnly() async throws {
        let fixture = try PersonalFixture()
        let configuration = fixture.configuration
        let tokens = try fixture.tokens()
        let token = tokens.pageToken(for: "socialchef")
        let csrf = tokens.csrfToken(pageToken: token, time: PersonalFixture.start)
        let others = try #require(configuration.activities.first { $0.responsible != nil && $0.responsible != "socialchef" })
        try await fixture.application().test(.router) { client in
            for id in [others.id, "no-such-activity", "..%2f..%2fsamplan.yaml"] {
                let response = try await client.execute(
                    uri: "/p/\(token)/activities/\(id)/followups", method: .post, headers: PersonalFixture.formHeaders,
                    body: PersonalFixture.form([("csrf", csrf), ("status", "ja"), ("text", "Klart")]))
                #expect(response.status == .notFound, "\(id)")
            }
            let response = try await client.execute(
                uri: "/p/\(token)/actions/tl-2024-04-23%2399/done", method: .post, headers: PersonalFixture.formHeaders,
                body: PersonalFixture.form([("csrf", csrf)]))
            #expect(response.status == .notFound)
        }
        #expect(try fixture.store.submissions().isEmpty)
    }

    @Test("an åtgärd reported done through its button is stored and leaves the page's open actions")
    func actionDone() async throws {
        let fixture = try PersonalFixture()
        // An åtgärd of the April tjänsteledning for socialchef.
        var configuration = fixture.configuration
        let index = try #require(configuration.minutes.firstIndex { $0.meeting == "tl-2024-04-23" })
        let action = Minutes.Action(
            id: "tl-2024-04-23#9", meeting: "tl-2024-04-23", text: "Ta fram en <rutin>", responsible: "socialchef", due: LocalDate(iso: "2024-05-01"))
        configuration.minutes[index].actions.append(action)
        fixture.state.install(Snapshot(configuration: configuration, version: "v2", loadedAt: 0))
        let person = "socialchef"
        let tokens = try fixture.tokens()
        let token = tokens.pageToken(for: person)
        let encoded = action.id.replacingOccurrences(of: "#", with: "%23")
        try await fixture.application().test(.router) { client in
            let page = String(buffer: try await client.execute(uri: "/p/\(token)", method: .get).body)
            #expect(page.contains("/p/\(token)/actions/\(encoded)/done"))
            let csrf = try #require(PersonalFixture.csrf(in: page))
            let response = try await client.execute(
                uri: "/p/\(token)/actions/\(encoded)/done", method: .post, headers: PersonalFixture.formHeaders,
                body: PersonalFixture.form([("csrf", csrf)]))
            #expect(response.status == .seeOther)
            let after = String(buffer: try await client.execute(uri: "/p/\(token)?tack=atgard", method: .get).body)
            #expect(after.contains("Tack! Åtgärden är markerad som klar."))
            #expect(!after.contains("/actions/\(encoded)/done"))
        }
        #expect(try fixture.store.submissions().done.map(\.action) == [action.id])
    }

    @Test("at most 30 POSTs per token and hour, then 429; an hour later it works again")
    func rateLimit() async throws {
        let fixture = try PersonalFixture()
        let activity = try fixture.flaggedActivity(of: "socialchef")
        let tokens = try fixture.tokens()
        let token = tokens.pageToken(for: "socialchef")
        let csrf = tokens.csrfToken(pageToken: token, time: PersonalFixture.start)
        let uri = "/p/\(token)/activities/\(activity)/followups"
        try await fixture.application().test(.router) { client in
            for number in 1...30 {
                let response = try await client.execute(
                    uri: uri, method: .post, headers: PersonalFixture.formHeaders,
                    body: PersonalFixture.form([("csrf", csrf), ("status", "pågående"), ("text", "Steg \(number)")]))
                #expect(response.status == .seeOther, "\(number)")
            }
            let refused = try await client.execute(
                uri: uri, method: .post, headers: PersonalFixture.formHeaders,
                body: PersonalFixture.form([("csrf", csrf), ("status", "pågående"), ("text", "Steg 31")]))
            #expect(refused.status == .tooManyRequests)
            #expect(String(buffer: refused.body).contains("För många inskick"))
            fixture.now.withLock { $0 += 3_601 }
            let later = try await client.execute(
                uri: uri, method: .post, headers: PersonalFixture.formHeaders,
                body: PersonalFixture.form([("csrf", csrf), ("status", "pågående"), ("text", "Steg 32")]))
            #expect(later.status == .seeOther)
        }
        #expect(try fixture.store.submissions().followUps.count == 31)
    }

    @Test("a rotated token stops working at once, for the page and its forms; the new one works")
    func rotation() async throws {
        let fixture = try PersonalFixture()
        let activity = try fixture.flaggedActivity(of: "socialchef")
        let old = try fixture.tokens().pageToken(for: "socialchef")
        let oldCSRF = try fixture.tokens().csrfToken(pageToken: old, time: PersonalFixture.start)
        _ = try fixture.store.rotateToken(of: "socialchef")
        let new = try fixture.tokens().pageToken(for: "socialchef")
        #expect(new != old)
        try await fixture.application().test(.router) { client in
            #expect(try await client.execute(uri: "/p/\(old)", method: .get).status == .notFound)
            let response = try await client.execute(
                uri: "/p/\(old)/activities/\(activity)/followups", method: .post, headers: PersonalFixture.formHeaders,
                body: PersonalFixture.form([("csrf", oldCSRF), ("status", "ja"), ("text", "Klart")]))
            #expect(response.status == .notFound)
            #expect(try await client.execute(uri: "/p/\(new)", method: .get).status == .ok)
        }
        #expect(try fixture.store.submissions().isEmpty)
    }
}
