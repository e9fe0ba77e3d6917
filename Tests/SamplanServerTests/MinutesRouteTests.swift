import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ICal
import SamplanCore
import SamplanServer
import Testing

/// GET /minutes/<id>.html|.md: public by default, the strategist's with `minutes: {public: false}` (issue 13, part 5).
@Suite("Minutes over HTTP")
struct MinutesRouteTests {
    static let minutes = Minutes(
        meeting: "tl-2024-09-24", attendance: .init(present: ["socialchef"], absent: ["voc"]),
        items: [.init(item: "Övriga frågor", notes: "Inga övriga frågor.")],
        actions: [.init(id: "tl-2024-09-24#1", meeting: "tl-2024-09-24", text: "Ta fram lokal rutin för SIP", responsible: "omradeschef")])

    func fixture(public isPublic: Bool) throws -> RouteFixture {
        let fixture = try RouteFixture()
        guard var configuration = fixture.state.snapshot?.configuration else { throw CancellationError() }
        configuration.minutes = [Self.minutes]
        configuration.settings.minutesPublic = isPublic
        fixture.state.install(Snapshot(configuration: configuration, version: "v2", loadedAt: RouteFixture.now))
        return fixture
    }

    @Test("minutes are public by default, in HTML and Markdown; a meeting without minutes is 404")
    func publicMinutes() async throws {
        let fixture = try fixture(public: true)
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/minutes/tl-2024-09-24.html", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = String(buffer: response.body)
                #expect(html.contains("<h1>Minnesanteckningar – Tjänsteledning HSVO Knivsta, 24 september 2024</h1>"))
                #expect(html.contains("<h2>Frånvarande</h2>"))
                #expect(html.contains("<p>Inga övriga frågor.</p>"))
                #expect(html.contains("Ta fram lokal rutin för SIP"))
            }
            try await client.execute(uri: "/minutes/tl-2024-09-24.md", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).hasPrefix("# Minnesanteckningar – Tjänsteledning HSVO Knivsta, 24 september 2024\n"))
            }
            try await client.execute(uri: "/minutes/tl-2024-11-19.html", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("Sidan finns inte."))
            }
            try await client.execute(uri: "/minutes/tl-2024-09-24.html", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
            }
        }
    }

    @Test("with minutes: {public: false} only the strategist's token opens them")
    func privateMinutes() async throws {
        let fixture = try fixture(public: false)
        let strategist = try fixture.cache.token(for: "strateg")
        let other = try fixture.cache.token(for: "socialchef")
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/minutes/tl-2024-09-24.html", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("Strategens nyckel behövs"))
            }
            try await client.execute(uri: "/minutes/tl-2024-09-24.html?token=\(other)", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/minutes/tl-2024-09-24.html?token=\(strategist)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl] == "private, no-store")
            }
        }
    }
}
