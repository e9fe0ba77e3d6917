import Foundation
import Testing

/// A feed that is already rendered is answered below Hummingbird's request pipeline. To a client it
/// must be indistinguishable from the ordinary route: same bytes and headers, HEAD and 304, order
/// kept under pipelining, `Connection: close` honoured, every request counted in /metrics.
@Suite("Feeds served from the rendered cache")
struct FeedFastPathTests {
    @Test("a rendered feed on a keep-alive connection: same bytes and headers as the first answer, HEAD, 304, a query string, Date and Server")
    func sameAnswers() async throws {
        let server = try RunningServer()
        let first = try await server.get("/calendars/all.ics")  // renders it
        #expect(first.status == 200, "\(server.log)")
        let etag = try #require(first.headers["etag"])
        let connection = try RawConnection(port: try #require(server.port))
        for path in ["/calendars/all.ics", "/calendars/all.ics?from=outlook"] {
            connection.send(RawConnection.request("GET \(path)"))
            let again = try #require(connection.response())
            #expect(again.status == 200)
            #expect(again.body == first.body)
            for name in ["etag", "last-modified", "cache-control", "content-type", "content-disposition", "content-length"] {
                #expect(again.headers[name] == first.headers[name], "\(name)")
            }
            #expect(again.headers["server"] == "samplan")
            #expect(again.headers["date"]?.hasSuffix(" GMT") == true)
        }
        connection.send(RawConnection.request("HEAD /calendars/all.ics"))
        let head = try #require(connection.response(toHead: true))
        #expect(head.status == 200)
        #expect(head.headers["content-length"] == first.headers["content-length"])
        connection.send(RawConnection.request("GET /calendars/all.ics", headers: ["If-None-Match: \(etag)"]))
        let unchanged = try #require(connection.response())
        #expect(unchanged.status == 304)
        #expect(unchanged.headers["etag"] == etag)
        #expect(unchanged.headers["content-type"] == nil)
        // The connection is still usable after all of that: nothing was left unread or half-written.
        connection.send(RawConnection.request("GET /healthz"))
        #expect(connection.response()?.status == 200)
    }

    @Test("after a HEAD answered from the cache, the next answer from the ordinary route on the connection keeps its body")
    func headThenOrdinaryRoute() async throws {
        let server = try RunningServer()
        #expect(try await server.get("/calendars/samrad.ics").status == 200)  // rendered
        let connection = try RawConnection(port: try #require(server.port))
        connection.send(RawConnection.request("HEAD /calendars/samrad.ics"))
        #expect(connection.response(toHead: true)?.status == 200)
        // NIO's response encoder pairs each response with a request method it decoded: had the HEAD
        // not been answered through it, this answer would be framed as the HEAD's, without its body.
        connection.send(RawConnection.request("GET /healthz"))
        let health = connection.response()
        #expect(health?.status == 200)
        #expect(health?.body.contains("\"status\"") == true)
    }

    @Test("pipelined requests are answered in order when a rendered feed follows one that takes the ordinary route")
    func pipelining() async throws {
        let server = try RunningServer()
        let run = try server.workspace.samplan(["token", "socialchef"])
        let token = String(try #require(run.stdout.split(separator: "\n").first?.split(separator: "/").last).dropLast(".ics".count))
        for path in ["/calendars/all.ics", "/calendars/samrad.ics", "/calendars/focus/B.ics"] {
            #expect(try await server.get(path).status == 200)  // rendered before the pipelined requests
        }
        let connection = try RawConnection(port: try #require(server.port))
        connection.send(
            RawConnection.request("GET /calendars/all.ics") + RawConnection.request("GET /calendars/private/\(token).ics")
                + RawConnection.request("GET /calendars/samrad.ics") + RawConnection.request("GET /calendars/focus/B.ics")
                + RawConnection.request("GET /healthz", headers: ["Connection: close"]))
        let answers = (0..<5).compactMap { _ in connection.response() }
        #expect(answers.map(\.status) == [200, 200, 200, 200, 200])
        guard answers.count == 5 else { return }
        #expect(answers[0].headers["content-disposition"] == "inline; filename=\"all.ics\"")
        #expect(answers[1].body.contains("ATTENDEE"))
        #expect(answers[2].headers["content-disposition"] == "inline; filename=\"samrad.ics\"")
        #expect(answers[3].headers["content-disposition"] == "inline; filename=\"B.ics\"")
        #expect(answers[4].body.contains("\"status\""))
        #expect(connection.closes(), "Connection: close was asked for")
    }

    @Test("Connection: close on a rendered feed gets the feed, then the server closes the connection")
    func connectionClose() async throws {
        let server = try RunningServer()
        let first = try await server.get("/calendars/samrad.ics")
        let connection = try RawConnection(port: try #require(server.port))
        connection.send(RawConnection.request("GET /calendars/samrad.ics", headers: ["Connection: close"]))
        #expect(connection.response()?.body == first.body)
        #expect(connection.closes())
    }

    @Test("every request for a rendered feed is counted in hb_requests by route, method and status")
    func metrics() async throws {
        let server = try RunningServer()
        #expect(try await server.get("/calendars/samrad.ics").status == 200)
        #expect(try await server.get("/calendars/focus/B.ics").status == 200)
        func count(_ route: String, _ method: String, _ status: Int) async throws -> Int {
            let series = "hb_requests{http_route=\"\(route)\",http_request_method=\"\(method)\",http_response_status_code=\"\(status)\"} "
            let line = try await server.get("/metrics").body.split(separator: "\n").first { $0.hasPrefix(series) }
            return line.flatMap { Int($0.dropFirst(series.count)) } ?? 0
        }
        let before = (
            get: try await count("/calendars/{name}", "GET", 200), head: try await count("/calendars/{name}", "HEAD", 200),
            focus: try await count("/calendars/focus/{name}", "GET", 200)
        )
        let connection = try RawConnection(port: try #require(server.port))
        for _ in 0..<3 {
            connection.send(RawConnection.request("GET /calendars/samrad.ics"))
            #expect(connection.response()?.status == 200)
        }
        connection.send(RawConnection.request("HEAD /calendars/samrad.ics"))
        #expect(connection.response(toHead: true)?.status == 200)
        connection.send(RawConnection.request("GET /calendars/focus/B.ics"))
        #expect(connection.response()?.status == 200)
        #expect(try await count("/calendars/{name}", "GET", 200) == before.get + 3)
        #expect(try await count("/calendars/{name}", "HEAD", 200) == before.head + 1)
        #expect(try await count("/calendars/focus/{name}", "GET", 200) == before.focus + 1)
    }
}
