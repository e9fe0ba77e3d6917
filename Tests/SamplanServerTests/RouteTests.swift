import Foundation
import Hummingbird
import HummingbirdTesting
import ICal
import Prometheus
import SamplanConfig
import SamplanCore
import SamplanServer
import SamplanStore
import Testing

/// Routes over the Knivsta example with a fresh state store and a fixed clock (2026-03-01 12:00 UTC).
struct RouteFixture {
    let state = ServingState()
    let directory: String
    let store: StateStore
    let cache: FeedCache
    static let now = 1_772_366_400

    init(loaded: Bool = true) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-routes-\(UUID().uuidString)").path
        store = try StateStore(location: StateLocation.resolve(explicit: directory, environment: [:], configured: nil, workingDirectory: "/"))
        cache = FeedCache(store: store)
        if loaded {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
            let configuration = try ConfigLoader.load(directory: root + "/config/knivsta").get()
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
            (.patch, "/healthz", .methodNotAllowed, "GET"), (.post, "/agenda/samrad-2025-05-08.md", .methodNotAllowed, "GET"),
            (.post, "/nothing/here", .notFound, nil),
        ])
    func writeMethods(method: HTTPRequest.Method, path: String, status: HTTPResponse.Status, allowed: String?) async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: path, method: method) { response in
                #expect(response.status == status)
                #expect(response.headers[.allow] == allowed)
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
    @Test("agenda drafts and flags need the strategist's token: missing or wrong gets 401, right gets the document")
    func access() async throws {
        let fixture = try RouteFixture()
        let token = try fixture.cache.token(for: "strateg")
        let other = try fixture.cache.token(for: "socialchef")
        try await fixture.application().test(.router) { client in
            for uri in ["/agenda/samrad-2026-05-14.html", "/flags.json"] {
                try await client.execute(uri: uri, method: .get) { response in #expect(response.status == .unauthorized) }
                try await client.execute(uri: uri + "?token=\(other)", method: .get) { response in #expect(response.status == .unauthorized) }
            }
            try await client.execute(uri: "/agenda/samrad-2026-05-14.html?token=\(token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
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
