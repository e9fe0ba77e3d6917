import Foundation
import Hummingbird
import HummingbirdTesting
import ICal
import Prometheus
import SamplanConfig
import SamplanCore
import SamplanStore
import Testing

@testable import SamplanServer

/// Routes over the Knivsta example with a fresh state store and a fixed clock (2026-03-01 12:00 UTC).
struct RouteFixture {
    let state = ServingState()
    let directory: String
    let store: StateStore
    let cache: FeedCache
    static let now = 1_772_366_400

    init(loaded: Bool = true, language: Language = .sv) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-routes-\(UUID().uuidString)").path
        store = try StateStore(location: StateLocation.resolve(explicit: directory, environment: [:], configured: nil, workingDirectory: "/"))
        cache = FeedCache(store: store)
        if loaded {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
            var configuration = try ConfigLoader.load(directory: root + "/config/knivsta").get()
            configuration.organization.language = language
            state.install(Snapshot(configuration: configuration, version: "v1", loadedAt: Self.now))
        }
    }

    func application() -> some ApplicationProtocol {
        let router = Router()
        SamplanRoutes(state: state, cache: cache, registry: PrometheusCollectorRegistry(), clock: { Self.now }).register(on: router)
        return Application(router: router)
    }
}

@Suite("HTTP routes")
struct RouteTests {
    @Test("a public feed is served as text/calendar with a strong ETag, Last-Modified, Cache-Control and an inline filename")
    func publicFeed() async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/calendars/samrad.ics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
                #expect(response.headers[.eTag]?.hasPrefix("\"") == true)
                #expect(response.headers[.lastModified]?.hasSuffix(" GMT") == true)
                #expect(response.headers[.cacheControl] == "public, max-age=14400")
                #expect(response.headers[.contentDisposition] == "inline; filename=\"samrad.ics\"")
                let text = String(buffer: response.body)
                #expect(CalendarLint.problems(in: Array(text.utf8)) == [])
                #expect(text.contains("UID:knivsta-samrad-2026-05-14@knivsta.example.se"))
            }
        }
    }

    @Test("If-None-Match with the ETag, or If-Modified-Since at Last-Modified, gives 304 without a body")
    func conditional() async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            let first = try await client.execute(uri: "/calendars/all.ics", method: .get)
            let etag = try #require(first.headers[.eTag])
            let modified = try #require(first.headers[.lastModified])
            try await client.execute(uri: "/calendars/all.ics", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.eTag] == etag)
            }
            try await client.execute(uri: "/calendars/all.ics", method: .get, headers: [.ifModifiedSince: modified]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: "/calendars/all.ics", method: .get, headers: [.ifNoneMatch: "\"other\""]) { response in
                #expect(response.status == .ok)
            }
            // A list, with spaces and a weak form, as caches send it; and the wildcard.
            for list in ["\"other\",  W/\(etag) ", "\"a\",\t\(etag)", "*"] {
                try await client.execute(uri: "/calendars/all.ics", method: .get, headers: [.ifNoneMatch: list]) { response in
                    #expect(response.status == .notModified, "\(list)")
                }
            }
            try await client.execute(uri: "/calendars/all.ics", method: .get, headers: [.ifNoneMatch: "W/\"other\", \"\""]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("HEAD gives the headers of GET, with Content-Length, and no body")
    func head() async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            let get = try await client.execute(uri: "/calendars/tl.ics", method: .get)
            try await client.execute(uri: "/calendars/tl.ics", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] == get.headers[.eTag])
                #expect(response.headers[.contentLength] == String(get.body.readableBytes))
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test(
        "focus feeds by id; unknown bodies, focus areas, names without .ics and traversal attempts are 404",
        arguments: [
            ("/calendars/focus/B.ics", HTTPResponse.Status.ok), ("/calendars/focus/Z.ics", .notFound), ("/calendars/nosuch.ics", .notFound),
            ("/calendars/samrad", .notFound), ("/calendars/..%2f..%2fetc%2fpasswd", .notFound), ("/calendars/%2e%2e.ics", .notFound),
            ("/nothing/here", .notFound),
        ])
    func lookups(path: String, status: HTTPResponse.Status) async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in #expect(response.status == status) }
        }
    }

    @Test(
        "write methods on known paths are 405 with the methods that work; on unknown paths 404",
        arguments: [
            (HTTPRequest.Method.post, "/calendars/samrad.ics", HTTPResponse.Status.methodNotAllowed, String?("GET, HEAD")),
            (.delete, "/calendars/focus/B.ics", .methodNotAllowed, "GET, HEAD"), (.put, "/", .methodNotAllowed, "GET, HEAD"),
            (.patch, "/healthz", .methodNotAllowed, "GET"), (.post, "/agenda/samrad-2025-05-08.md", .methodNotAllowed, "GET, HEAD"),
            (.post, "/nothing/here", .notFound, nil),
        ])
    func writeMethods(method: HTTPRequest.Method, path: String, status: HTTPResponse.Status, allowed: String?) async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: path, method: method) { response in
                #expect(response.status == status)
                #expect(response.headers[.allow] == allowed)
                let expected = ["GET, HEAD": "Här går bara GET och HEAD.\n", "GET": "Här går bara GET.\n"][allowed ?? ""] ?? "Sidan finns inte.\n"
                #expect(String(buffer: response.body) == expected)
            }
        }
    }

    @Test("a private feed opens with the person's token and carries attendees; a wrong or rotated token is 404")
    func privateFeeds() async throws {
        let fixture = try RouteFixture()
        let token = try fixture.cache.token(for: "socialchef")
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/calendars/private/\(token).ics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl]?.hasPrefix("private") == true)
                #expect(String(buffer: response.body).contains("ATTENDEE;CN=Socialchef Knivsta kommun"))
            }
            try await client.execute(uri: "/calendars/private/\(token.dropLast())\(token.hasSuffix("x") ? "y" : "x").ics", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/calendars/private/.ics", method: .get) { response in #expect(response.status == .notFound) }
            _ = try fixture.store.rotateToken(of: "socialchef")
            try await client.execute(uri: "/calendars/private/\(token).ics", method: .get) { response in
                #expect(response.status == .notFound)
            }
            let fresh = try fixture.cache.token(for: "socialchef")
            try await client.execute(uri: "/calendars/private/\(fresh).ics", method: .get) { response in #expect(response.status == .ok) }
        }
    }

    @Test("/healthz is 200 with the version when a configuration is loaded, 503 with the errors while none is")
    func health() async throws {
        let loaded = try RouteFixture()
        try await loaded.application().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"version\" : \"v1\""))
            }
        }
        let empty = try RouteFixture(loaded: false)
        empty.state.reject(["config/bodies.yaml:3:5: okänd nyckel \"tiem\""])
        try await empty.application().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(String(buffer: response.body).contains("okänd nyckel"))
            }
            try await client.execute(uri: "/calendars/samrad.ics", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
            }
        }
    }

    @Test("/metrics answers in Prometheus text format")
    func metrics() async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            }
        }
    }
}

@Suite("Strategist views")
struct StrategistViewTests {
    @Test("the drafts and flags need the strategist's token: another person's gets 401 in Swedish, the right one the document")
    func access() async throws {
        let fixture = try RouteFixture()
        let token = try fixture.cache.token(for: "strateg")
        let other = try fixture.cache.token(for: "socialchef")
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/flags.json", method: .get) { response in #expect(response.status == .unauthorized) }
            for uri in ["/agenda/samrad-2026-05-14.html", "/flags.json"] {
                try await client.execute(uri: uri + "?token=\(other)", method: .get) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"samplan\"")
                    #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                    #expect(String(buffer: response.body) == "Strategens nyckel behövs (?token= eller Authorization: Bearer).\n")
                }
                try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(other)"]) { response in
                    #expect(response.status == .unauthorized)
                }
            }
            try await client.execute(uri: "/agenda/samrad-2026-05-14.html?token=\(token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "private, no-store")
                #expect(String(buffer: response.body).contains("Dagordning"))
            }
            try await client.execute(uri: "/agenda/samrad-2026-05-14.md", method: .get, headers: [.authorization: "Bearer \(token)"]) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).hasPrefix("# Dagordning"))
            }
            // No meeting is held on the klämdag after Kristi himmelsfärds dag; the samråd is held on Monday 18 May.
            try await client.execute(uri: "/agenda/samrad-2026-05-15.md?token=\(token)", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/agenda/samrad-2026-05-18.md?token=\(token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentLocation] == "/agenda/samrad-2026-05-14.md")
                #expect(String(buffer: response.body).contains("18 maj 2026"))
            }
            for uri in ["/agenda/samrad-9999-01-01.md", "/agenda/samrad-0001-01-01.html", "/agenda/samrad-99999-01-01.md"] {
                try await client.execute(uri: uri + "?token=\(token)", method: .get) { response in #expect(response.status == .notFound) }
                try await client.execute(uri: uri, method: .get) { response in #expect(response.status == .notFound) }
            }
            try await client.execute(uri: "/flags.json?token=\(token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"flags\""))
            }
        }
    }
}

@Suite("HTTP dates")
struct HTTPDateTests {
    @Test("feeds' Last-Modified round-trips through If-Modified-Since")
    func roundTrip() async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(uri: "/calendars/samrad.ics", method: .get)
            let text = try #require(response.headers[.lastModified])
            #expect(text.count == 29)
            #expect(text.range(of: #"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$"#, options: .regularExpression) != nil)
        }
    }
}

@Suite("Subscribe page route")
struct SubscribeRouteTests {
    @Test("GET / is the subscribe page as HTML; HEAD gives its headers without a body; 503 while nothing is loaded")
    func subscribePage() async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            var length = ""
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = String(buffer: response.body)
                #expect(html.contains("href=\"webcal://127.0.0.1:8080/calendars/samrad.ics\""))
                length = response.headers[.contentLength] ?? ""
                #expect(length == String(response.body.readableBytes))
            }
            try await client.execute(uri: "/", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentLength] == length)
                #expect(response.body.readableBytes == 0)
            }
        }
        try await RouteFixture(loaded: false).application().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in #expect(response.status == .serviceUnavailable) }
        }
    }
}

@Suite("Public agenda route")
struct PublicAgendaRouteTests {
    /// tl-2024-09-24 (Nära vård) as of the fixture's day: activities with responsible persons, and
    /// activities lacking follow-up.
    static let meeting = "/agenda/tl-2024-09-24"

    @Test("without a token the agenda is public: the items, the focus area and the presenters, no responsible person and no lacking follow-up")
    func publicAgenda() async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: Self.meeting + ".html", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "public, max-age=300")
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"sv\">"))
                #expect(html.contains("<h1>Dagordning – Tjänsteledning HSVO Knivsta, 24 september 2024</h1>"))
                #expect(html.contains("<td class=\"time\">9.00–9.05</td><td>1. Mötets öppnande och föregående mötesanteckningar</td>"))
                #expect(html.contains("<h2>Fokusområde B. Nära vård</h2>"))
                #expect(html.contains("Följa utvecklingen av regionens projekt Stegvis vård"))
                #expect(html.contains("<td class=\"time\">9.30–9.50</td><td>Äldrevårdsenheten, Region Uppsala</td>"))
                for text in [
                    "Verksamhetschef Knivsta vårdcentral", "Sektionschef Barns Vård och Hälsa", "Ansvarig", "saknar uppföljning",
                    "Senaste uppföljning", "Kallade", "Nästa möte",
                ] {
                    #expect(!html.contains(text), "\(text)")
                }
                #expect(!PublicPrivacyTests.hasAddress(html))
            }
            try await client.execute(uri: Self.meeting + ".md", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/markdown; charset=utf-8")
                let markdown = String(buffer: response.body)
                #expect(markdown.contains("## Fokusområde B. Nära vård\n"))
                #expect(!markdown.contains("Aktiviteter som saknar uppföljning") && !markdown.contains("Ansvarig"))
            }
            try await client.execute(uri: Self.meeting + ".html", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(Int(response.headers[.contentLength] ?? "") ?? 0 > 1000)
            }
            // As of the fixture's day two activities of the May 2025 samråd lack follow-up, one with nobody responsible.
            try await client.execute(uri: "/agenda/samrad-2025-05-08.html", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("I samverkan skapa gemensamma utbildningstillfällen"))
                #expect(html.contains("<td class=\"status\">Pågående</td>"))
                for text in ["saknar", "Följa upp länsövergripande", "ingen uppföljning", "Utbildningstillfället har flyttats"] {
                    #expect(!html.contains(text), "\(text)")
                }
            }
            // ?token= left empty is no token.
            try await client.execute(uri: Self.meeting + ".md?token=", method: .get) { response in #expect(response.status == .ok) }
        }
    }

    @Test("with the strategist's token the same address is the full draft, with responsible persons and the lacking follow-up")
    func strategistDraft() async throws {
        let fixture = try RouteFixture()
        let token = try fixture.cache.token(for: "strateg")
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: Self.meeting + ".md?token=\(token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl] == "private, no-store")
                let markdown = String(buffer: response.body)
                #expect(markdown.contains("| Delmål | Aktivitet | Ansvarig | Status | Senaste uppföljning |"))
                #expect(markdown.contains("Verksamhetschef Knivsta vårdcentral"))
                #expect(markdown.contains("## Aktiviteter som saknar uppföljning\n"))
            }
            try await client.execute(uri: "/agenda/samrad-2025-05-08.md", method: .get, headers: [.authorization: "Bearer \(token)"]) { response in
                let markdown = String(buffer: response.body)
                #expect(markdown.contains("- **Följa upp länsövergripande"))
                #expect(markdown.contains("saknar ansvarig"))
            }
        }
    }

    @Test("an unknown meeting or format is 404 in Swedish, as text for curl and as a page for a browser")
    func unknown() async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            for uri in ["/agenda/tl-2024-09-25.html", "/agenda/tl-2024-09-24.pdf", "/agenda/nosuch-2024-09-24.md", "/agenda/tl"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(String(buffer: response.body) == "Sidan finns inte.\n")
                }
            }
            let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
            try await client.execute(uri: "/agenda/tl-2024-09-25.html", method: .get, headers: [.accept: browser]) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"sv\">"))
                #expect(html.contains("<h1>Sidan finns inte.</h1>"))
            }
        }
    }
}

@Suite("Error answers")
struct ErrorAnswerTests {
    @Test("404, 405 and 503 say what is wrong in Swedish; a browser gets a page in Swedish, curl plain text")
    func swedish() async throws {
        let fixture = try RouteFixture()
        let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        try await fixture.application().test(.router) { client in
            for uri in ["/nothing/here", "/calendars/nosuch.ics", "/calendars/private/wrong.ics"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound)
                    #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                    #expect(String(buffer: response.body) == "Sidan finns inte.\n")
                }
                try await client.execute(uri: uri, method: .get, headers: [.accept: browser]) { response in
                    #expect(String(buffer: response.body).contains("<h1>Sidan finns inte.</h1>"))
                }
            }
            try await client.execute(uri: "/calendars/all.ics", method: .delete, headers: [.accept: browser]) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD")
                #expect(String(buffer: response.body).contains("<h1>Här går bara GET och HEAD.</h1>"))
            }
        }
        try await RouteFixture(loaded: false).application().test(.router) { client in
            for uri in ["/", "/calendars/samrad.ics", "/agenda/tl-2024-09-24.html", "/flags.json"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .serviceUnavailable)
                    #expect(String(buffer: response.body) == "Ingen konfiguration är inläst.\n", "\(uri)")
                }
            }
            try await client.execute(uri: "/nothing/here", method: .get) { response in
                #expect(String(buffer: response.body) == "Sidan finns inte.\n", "Swedish while nothing is loaded")
            }
        }
    }

    @Test("an organization with locale en gets its answers in English")
    func english() async throws {
        let fixture = try RouteFixture(language: .en)
        let other = try fixture.cache.token(for: "socialchef")
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/nothing/here", method: .get) { response in
                #expect(String(buffer: response.body) == "There is no such page.\n")
            }
            try await client.execute(uri: "/flags.json?token=\(other)", method: .get, headers: [.accept: "text/html"]) { response in
                #expect(response.status == .unauthorized)
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"en\">"))
                #expect(html.contains("The strategist&#39;s token is needed") || html.contains("The strategist's token is needed"))
            }
        }
    }

    @Test(
        "HTML only when the client prefers it",
        arguments: [
            (String?.none, false), ("*/*", false), ("text/plain", false), ("text/html", true), ("text/html;q=0.5, text/plain", false),
            ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true), ("application/json", false),
            ("text/html;q=0", false), ("TEXT/HTML", true),
        ])
    func negotiation(accept: String?, html: Bool) {
        #expect(ErrorAnswer.prefersHTML(accept) == html)
    }
}

@Suite("No personal addresses in public")
struct PublicPrivacyTests {
    /// Whether `text` holds anything shaped like an e-mail address (the pages' CSS has `@page`, no address).
    static func hasAddress(_ text: String) -> Bool {
        text.range(of: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+"#, options: .regularExpression) != nil
    }

    @Test("the subscribe page, the public feeds and the public agendas show no person's e-mail address")
    func noPersonalAddress() async throws {
        let fixture = try RouteFixture()
        let snapshot = try #require(fixture.state.snapshot)
        let configuration = snapshot.configuration
        let addresses =
            configuration.people.compactMap(\.email)
            + configuration.invitations.compactMap { invitation in
                if case let .guest(_, _, email, _) = invitation.presenter { email } else { nil }
            }
        #expect(addresses.count >= 10)
        let schedule = ScheduleBuilder.build(configuration, years: 2024...2027)
        let feeds =
            ["/calendars/all.ics"] + configuration.bodies.map { "/calendars/\($0.id).ics" }
            + configuration.focusAreas.map { "/calendars/focus/\($0.id).ics" }
        let agendas = schedule.meetings.map { "/agenda/\($0.id).html" } + schedule.meetings.prefix(4).map { "/agenda/\($0.id).md" }
        try await fixture.application().test(.router) { client in
            for uri in ["/"] + feeds + agendas {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let text = String(buffer: response.body).replacingOccurrences(of: "\r\n ", with: "")
                    for address in addresses { #expect(!text.contains(address), "\(uri) shows \(address)") }
                    if uri.hasPrefix("/agenda/") { #expect(!Self.hasAddress(text), "\(uri)") }
                    if uri.hasSuffix(".ics") {
                        let calendar = CalendarReader.parse(text)
                        for event in calendar?.events ?? [] {
                            let description = event.description ?? ""
                            #expect(!description.contains("@") && !description.contains("saknar uppföljning") && !description.contains("ansvarig"))
                        }
                    }
                }
            }
        }
    }
}
