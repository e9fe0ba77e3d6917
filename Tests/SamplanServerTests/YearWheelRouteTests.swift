import Foundation
import Hummingbird
import HummingbirdTesting
import SamplanCore
import Testing

@testable import SamplanServer

/// `GET /arshjul.svg` (issue 16): the current year's årshjul, or `?year=`, cached like the feeds.
@Suite("The årshjul route")
struct YearWheelRouteTests {
    @Test("GET /arshjul.svg is this year's årshjul (by the clock, 2026) as SVG, with a strong ETag and Last-Modified; 304 when unchanged")
    func currentYear() async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            let first = try await client.execute(uri: "/arshjul.svg", method: .get)
            #expect(first.status == .ok)
            #expect(first.headers[.contentType] == "image/svg+xml; charset=utf-8")
            #expect(first.headers[.cacheControl] == "public, max-age=14400")
            let text = String(buffer: first.body)
            #expect(text.contains("<title id=\"arshjul-title\">Årshjul 2026 – HSVO Knivsta</title>"))
            #expect(text.contains("data-meeting=\"samrad-2026-05-14\""))
            #expect(!text.contains("@"))
            let etag = try #require(first.headers[.eTag])
            #expect(etag.hasPrefix("\"") && etag.hasSuffix("\""))
            let modified = try #require(first.headers[.lastModified])
            try await client.execute(uri: "/arshjul.svg", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/arshjul.svg", method: .get, headers: [.ifModifiedSince: modified]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: "/arshjul.svg", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.contentLength] == String(first.body.readableBytes))
            }
        }
    }

    @Test("?year=2024 draws 2024; a year outside 1900–2199 or not a number is 400 in the organization's language")
    func otherYear() async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/arshjul.svg?year=2024", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("Årshjul 2024 – HSVO Knivsta"))
                #expect(String(buffer: response.body).contains("data-meeting=\"samrad-2024-01-11\""))
            }
            for bad in ["1899", "2200", "abc", "99999999999999999999", "-5", ""] {
                try await client.execute(uri: "/arshjul.svg?year=\(bad)", method: .get) { response in
                    #expect(response.status == .badRequest, "\(bad)")
                    #expect(String(buffer: response.body) == "?year= ska vara ett år 1900–2199.\n", "\(bad)")
                }
            }
        }
        let english = try RouteFixture(language: .en)
        try await english.application().test(.router) { client in
            try await client.execute(uri: "/arshjul.svg?year=3000", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body) == "?year= must be a year 1900–2199.\n")
            }
        }
    }

    @Test("the subscribe page links to the årshjul and shows it")
    func linkedFromSubscribePage() async throws {
        let fixture = try RouteFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<h2 id=\"arshjul\">Årshjul 2026</h2>"))
                #expect(page.contains("<img class=\"arshjul\" src=\"arshjul.svg\" alt=\"Årshjul 2026 – HSVO Knivsta\">"))
            }
            try await client.execute(uri: "/arshjul.svg", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
            }
        }
    }
}
