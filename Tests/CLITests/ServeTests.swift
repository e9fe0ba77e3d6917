import Foundation
import Synchronization
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `samplan serve` running as a subprocess on a copy of the Knivsta example, on a free port.
final class RunningServer {
    let workspace: FeedWorkspace
    let process = Process()
    let errorLog: URL
    private(set) var base = ""

    /// Starts the daemon; `prepare` may change the configuration copy first, `environment` is added
    /// to the daemon's (e.g. `SAMPLAN_NOW`).
    /// `reusing` starts it on an earlier server's workspace (its configuration and state), as a restart.
    init(environment: [String: String] = [:], reusing: FeedWorkspace? = nil, prepare: (FeedWorkspace) throws -> Void = { _ in }) throws {
        workspace = try reusing ?? FeedWorkspace()
        try prepare(workspace)
        errorLog = workspace.root.appendingPathComponent("serve-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: errorLog.path, contents: nil)
        guard let binary = SamplanBinary.url else { throw ServerDidNotStart(log: "no samplan binary") }
        process.executableURL = binary
        process.arguments = ["serve", "--config", workspace.config, "--state", workspace.state, "--listen", "127.0.0.1:0"]
        process.currentDirectoryURL = workspace.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardError = try FileHandle(forWritingTo: errorLog)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Wait (at most 20 s) for the log line naming the port.
        for _ in 0..<200 {
            if let line = log.split(separator: "\n").first(where: { $0.contains("listening on http://") }),
                let range = line.range(of: "http://")
            {
                base = String(line[range.lowerBound...]).trimmingCharacters(in: .whitespaces)
                return
            }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw ServerDidNotStart(log: log)
    }

    struct ServerDidNotStart: Error { let log: String }

    var log: String { (try? String(contentsOf: errorLog, encoding: .utf8)) ?? "" }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> (status: Int, headers: [String: String], body: String) {
        var request = URLRequest(url: URL(string: base + path)!)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.cachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields { fields[String(describing: name).lowercased()] = String(describing: value) }
        return (http.statusCode, fields, String(decoding: data, as: UTF8.self))
    }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Sends `request` as raw bytes on a new connection and returns what comes back until the
    /// server closes it (at most 5 s), for requests no well-behaved client would send; "" when
    /// the connection is refused.
    func raw(_ request: [UInt8]) throws -> String { Self.raw(request, port: try #require(port)) }

    /// The port the daemon listens on.
    var port: UInt16? { base.split(separator: ":").last.flatMap { UInt16($0) } }

    static func raw(_ request: [UInt8], port: UInt16) -> String {
        guard let connection = try? RawConnection(port: port) else { return "" }  // refused
        connection.send(request)
        return connection.readToEnd()
    }

    /// Waits until `condition` holds (polling), at most `seconds`.
    func eventually(_ seconds: Double = 10, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}

@Suite("samplan serve", .serialized)
struct ServeTests {
    /// The DESCRIPTION of each event of an iCalendar text (not its alarm's), unfolded and unescaped
    /// (RFC 5545 §3.1, §3.3.11).
    static func descriptions(_ calendar: String) -> [String] {
        var inAlarm = false
        let lines = calendar.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { line in
            if line == "BEGIN:VALARM" { inAlarm = true }
            if line == "END:VALARM" { inAlarm = false }
            return !inAlarm && line.hasPrefix("DESCRIPTION")
        }
        return lines.map { line in
            var text = ""
            var escaped = false
            for character in line.drop(while: { $0 != ":" }).dropFirst() {
                if escaped {
                    text.append(character == "n" || character == "N" ? "\n" : character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else {
                    text.append(character)
                }
            }
            return text
        }
    }

    @Test("serves feeds with 304 round trips, health and metrics over real HTTP")
    func serves() async throws {
        let server = try RunningServer()
        let feed = try await server.get("/calendars/samrad.ics")
        #expect(feed.status == 200, "\(server.log)")
        #expect(feed.headers["content-type"] == "text/calendar; charset=utf-8")
        let etag = try #require(feed.headers["etag"])
        #expect(try await server.get("/calendars/samrad.ics", headers: ["If-None-Match": etag]).status == 304)
        #expect(try await server.get("/healthz").status == 200)
        let metrics = try await server.get("/metrics").body
        for series in [
            "samplan_reloads_total{result=\"installed\"} 1", "samplan_feed_render_seconds_count", "samplan_feed_publish_seconds_count",
            "hb_requests{http_route=\"/calendars/{name}\",http_request_method=\"GET\",http_response_status_code=\"304\"}",
            "samplan_config_info{version=",
        ] {
            #expect(metrics.contains(series), "\(series)")
        }
        #expect(try await server.get("/calendars/..%2f..%2fsamplan.yaml").status == 404)
    }

    @Test("private feeds open with the right token only, a rotation revokes the old URL at once; HEAD; the strategist's views need their token")
    func tokensAndViews() async throws {
        let server = try RunningServer()
        func token(_ arguments: [String]) throws -> String {
            let run = try server.workspace.samplan(["token"] + arguments)
            #expect(run.status == 0, "\(run.stderr)")
            return String(try #require(run.stdout.split(separator: "\n").first?.split(separator: "/").last).dropLast(".ics".count))
        }
        let socialchef = try token(["socialchef"])
        let feed = try await server.get("/calendars/private/\(socialchef).ics")
        #expect(feed.status == 200)
        #expect(feed.headers["cache-control"]?.hasPrefix("private") == true)
        #expect(feed.body.contains("ATTENDEE"))
        #expect(try await server.get("/calendars/private/\(socialchef.dropLast())\(socialchef.hasSuffix("x") ? "y" : "x").ics").status == 404)
        #expect(try await server.get("/calendars/private/.ics").status == 404)

        let rotated = try token(["socialchef", "--rotate"])
        #expect(rotated != socialchef)
        #expect(try await server.get("/calendars/private/\(socialchef).ics").status == 404)
        #expect(try await server.get("/calendars/private/\(rotated).ics").status == 200)

        var head = URLRequest(url: URL(string: server.base + "/calendars/samrad.ics")!)
        head.httpMethod = "HEAD"
        let (body, response) = try await URLSession.shared.data(for: head)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(body.isEmpty)
        #expect(Int((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Length") ?? "") ?? 0 > 1000)

        let strategist = try token(["strateg"])
        #expect(try await server.get("/agenda/samrad-2025-05-08.md").status == 200, "the public agenda")
        #expect(try await server.get("/flags.json").status == 401)
        #expect(try await server.get("/agenda/samrad-2025-05-08.md?token=\(socialchef)").status == 401)
        #expect(try await server.get("/agenda/samrad-2025-05-08.md?token=\(rotated)").status == 401, "not the strategist")
        let agenda = try await server.get("/agenda/samrad-2025-05-08.md", headers: ["Authorization": "Bearer \(strategist)"])
        #expect(agenda.status == 200)
        #expect(agenda.body.hasPrefix("# Dagordning – Samråd HSVO Knivsta, 8 maj 2025"))
        #expect(try await server.get("/agenda/samrad-2025-05-08.html?token=\(strategist)").headers["content-type"] == "text/html; charset=utf-8")
        #expect(try await server.get("/flags.json?token=\(strategist)").status == 200)
    }

    @Test(
        "public is public: feeds' descriptions and the public agenda carry no follow-up flags, responsible persons or addresses; the draft needs the strategist's token; errors in Swedish"
    )
    func publicIsPublic() async throws {
        let server = try RunningServer()
        // The feed of the tjänsteledning as subscribers get it, parsed back.
        let feed = try await server.get("/calendars/tl.ics")
        #expect(feed.status == 200, "\(server.log)")
        let descriptions = Self.descriptions(feed.body)
        #expect(descriptions.count == feed.body.components(separatedBy: "BEGIN:VEVENT").count - 1)
        #expect(descriptions.contains { $0.contains("Fokusområde B. Nära vård\nDelmål B1.") }, "the agenda, with the focus area")
        for description in descriptions {
            #expect(description.contains("Dagordning"))
            for text in ["saknar uppföljning", "Aktiviteter som saknar uppföljning", "ansvarig", "@"] {
                #expect(!description.contains(text), "\(description.prefix(80)): \(text)")
            }
        }

        // Anyone who follows the event's link reads the public agenda.
        let meeting = "/agenda/tl-2024-09-24.html"
        let page = try await server.get(meeting)
        #expect(page.status == 200)
        #expect(page.headers["cache-control"] == "public, max-age=300")
        #expect(page.body.contains("<h2>Fokusområde B. Nära vård</h2>"))
        #expect(page.body.contains("<td>1. Mötets öppnande och föregående mötesanteckningar</td>"))
        for text in ["Verksamhetschef Knivsta vårdcentral", "Ansvarig", "saknar uppföljning"] {
            #expect(!page.body.contains(text), "\(text)")
        }
        #expect(page.body.range(of: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+"#, options: .regularExpression) == nil, "no e-mail address")

        // The strategist reads the full draft at the same address; anyone else's token is refused, in Swedish.
        let strategist = try server.workspace.samplan(["token", "strateg"])
        let token = String(try #require(strategist.stdout.split(separator: "\n").first?.split(separator: "/").last).dropLast(".ics".count))
        let draft = try await server.get(meeting, headers: ["Authorization": "Bearer \(token)"])
        #expect(draft.status == 200)
        #expect(draft.headers["cache-control"] == "private, no-store")
        #expect(draft.body.contains("Verksamhetschef Knivsta vårdcentral"))
        #expect(draft.body.contains("Aktiviteter som saknar uppföljning"))
        let socialchef = try server.workspace.samplan(["token", "socialchef"])
        let other = String(try #require(socialchef.stdout.split(separator: "\n").first?.split(separator: "/").last).dropLast(".ics".count))
        let refused = try await server.get(meeting + "?token=\(other)")
        #expect(refused.status == 401)
        #expect(refused.body == "Strategens nyckel behövs (?token= eller Authorization: Bearer).\n")

        let missing = try await server.get("/no/such/page")
        #expect(missing.status == 404)
        #expect(missing.body == "Sidan finns inte.\n")
        let browser = try await server.get("/no/such/page", headers: ["Accept": "text/html,application/xhtml+xml,*/*;q=0.8"])
        #expect(browser.headers["content-type"] == "text/html; charset=utf-8")
        #expect(browser.body.contains("<html lang=\"sv\">") && browser.body.contains("<h1>Sidan finns inte.</h1>"))
        let written = try server.raw(Array("DELETE /calendars/samrad.ics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8))
        #expect(written.hasPrefix("HTTP/1.1 405 "))
        #expect(written.hasSuffix("\r\n\r\nHär går bara GET och HEAD.\n"), "\(written)")
    }

    @Test("an edited configuration is picked up on SIGHUP: new content, higher SEQUENCE; a broken one keeps the old serving")
    func reload() async throws {
        let server = try RunningServer()
        let before = try await server.get("/calendars/samrad.ics")
        #expect(before.status == 200)
        // The highest SEQUENCE: meetings that have already ended keep theirs, whatever the edit.
        let sequence = { (text: String) in
            text.split(separator: "\r\n").filter { $0.hasPrefix("SEQUENCE:") }.compactMap { Int($0.dropFirst(9)) }.max() ?? -1
        }
        let bodies = server.workspace.config + "/bodies.yaml"
        let original = try String(contentsOfFile: bodies, encoding: .utf8)
        try original.replacingOccurrences(of: "Kommunhuset, sal Alsike", with: "Kommunhuset, sal Vrå").write(
            toFile: bodies, atomically: true, encoding: .utf8)
        server.signal(SIGHUP)
        #expect(try await server.eventually { try await server.get("/calendars/samrad.ics").body.contains("sal Vrå") })
        let after = try await server.get("/calendars/samrad.ics")
        #expect(sequence(after.body) > sequence(before.body))
        let metrics = try await server.get("/metrics").body
        #expect(metrics.split(separator: "\n").filter { $0.hasPrefix("samplan_config_info{") }.count == 1, "only the version served")

        try (original + "\n  - id: broken\n    tiem: 9\n").write(toFile: bodies, atomically: true, encoding: .utf8)
        server.signal(SIGHUP)
        #expect(try await server.eventually { try await server.get("/healthz").body.contains("okänd nyckel") })
        let health = try await server.get("/healthz")
        #expect(health.status == 200)
        #expect(health.body.contains("bodies.yaml:"))
        #expect(try await server.get("/calendars/samrad.ics").body == after.body)
    }

    @Test("a cancellation of samrad-9999-01-14 (a typo) picked up by the file watcher is reported, and the daemon keeps serving")
    func typoInYear9999() async throws {
        let server = try RunningServer()
        let before = try await server.get("/calendars/samrad.ics")
        try "exceptions:\n  - {meeting: samrad-9999-01-14, cancel: true}\n".write(
            toFile: server.workspace.config + "/exceptions.yaml", atomically: true, encoding: .utf8)
        #expect(try await server.eventually(15) { try await server.get("/healthz").body.contains("9999-01-14") })
        #expect(try await server.get("/healthz").body.contains("exceptions.yaml:2:15"))
        #expect(try await server.get("/calendars/samrad.ics").body == before.body)
        #expect(try await server.get("/agenda/samrad-9999-01-01.md").status == 404)
    }

    @Test("a configuration file changed on disk is reloaded without a signal")
    func fileWatch() async throws {
        let server = try RunningServer()
        let bodies = server.workspace.config + "/bodies.yaml"
        let original = try String(contentsOfFile: bodies, encoding: .utf8)
        try original.replacingOccurrences(of: "Samråd HSVO Knivsta", with: "Samråd HSVO Knivsta (ny)").write(
            toFile: bodies, atomically: true, encoding: .utf8)
        #expect(try await server.eventually(15) { try await server.get("/calendars/samrad.ics").body.contains("Samråd HSVO Knivsta (ny)") })
    }

    @Test(
        "malformed requests get 4xx and the daemon keeps serving: huge headers, garbage, traversal, unknown routes, write methods, bad conditionals")
    func malformedRequests() async throws {
        let server = try RunningServer()
        let hugeHeader =
            Array("GET /calendars/samrad.ics HTTP/1.1\r\nHost: x\r\nX-Big: ".utf8) + [UInt8](repeating: 0x61, count: 200_000)
            + Array("\r\nConnection: close\r\n\r\n".utf8)
        let requests: [(bytes: [UInt8], status: String)] = [
            (hugeHeader, "400"),
            (Array("GARBAGE\r\n\r\n".utf8), "400"),
            (Array("GET /calendars/samrad.ics HTTP/1.1\r\nHost: x\r\nIf-None-Match: \u{1}\r\nConnection: close\r\n\r\n".utf8), "400"),
            (Array("GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8), "404"),
            (Array("GET /calendars/..%2f..%2fsamplan.yaml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8), "404"),
            (Array("GET /calendars/focus/..%2f..%2fpeople.yaml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8), "404"),
            (Array("GET /agenda/..%2fsamplan.yaml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8), "404"),
            (Array("DELETE /calendars/samrad.ics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8), "405"),
            (Array("POST /calendars/private/abc.ics HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8), "405"),
            (Array("PUT /nothing/here HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8), "404"),
        ]
        for (bytes, status) in requests {
            let answer = try server.raw(bytes)
            #expect(answer.hasPrefix("HTTP/1.1 \(status) "), "\(String(decoding: bytes.prefix(60), as: UTF8.self)): \(answer.prefix(80))")
        }
        let odd = try await server.get("/calendars/samrad.ics", headers: ["If-Modified-Since": "yesterday", "If-None-Match": "nonsense"])
        #expect(odd.status == 200)
        #expect(try await server.get("/no/such/route").status == 404)
        #expect(try await server.get("/healthz").status == 200)
        #expect(server.process.isRunning)
    }

    @Test("started 21 days before the May 2025 samråd, the daemon writes its draft and pipes a Swedish mail to the notify command")
    func draftsAndNotify() async throws {
        let mailbox = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-mail-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: mailbox) }
        // 2025-04-17 12:00 UTC, exactly drafts.lead (P21D) before the samråd of 8 May 2025.
        let server = try RunningServer(environment: ["SAMPLAN_NOW": "1744891200"]) { workspace in
            let settings = try String(contentsOfFile: workspace.config + "/samplan.yaml", encoding: .utf8)
            try workspace.write(
                "samplan.yaml", settings.replacingOccurrences(of: "drafts: {lead: P21D}", with: "drafts: {lead: P21D, notify: \"cat >> \(mailbox)\"}")
            )
        }
        let draft = server.workspace.state + "/drafts/samrad-2025-05-08.md"
        #expect(try await server.eventually { FileManager.default.fileExists(atPath: draft) }, "\(server.log)")
        #expect(try String(contentsOfFile: draft, encoding: .utf8).hasPrefix("# Dagordning"))
        // The HTML is written right after the Markdown (each file atomically), so it may come a moment later.
        #expect(try await server.eventually { FileManager.default.fileExists(atPath: server.workspace.state + "/drafts/samrad-2025-05-08.html") })
        #expect(try await server.eventually { ((try? String(contentsOfFile: mailbox, encoding: .utf8)) ?? "").contains("Dagordning") })
        let mail = try String(contentsOfFile: mailbox, encoding: .utf8)
        #expect(mail.contains("To: Samverkansstrateg HSVO Knivsta <strateg@knivsta.example.se>"))
        #expect(mail.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(mail.contains("Subject: "))
        // The feeds are stamped with the same clock (which runs on from SAMPLAN_NOW: the first
        // publication may come a second or two after the start on a busy machine).
        let stamped = try await server.get("/calendars/samrad.ics").headers["last-modified"]
        #expect(stamped?.hasPrefix("Thu, 17 Apr 2025 12:00:") == true, "\(stamped ?? "none")")
    }

    @Test("SIGTERM stops the daemon within 5 seconds with exit status 0, with no answered request cut short")
    func gracefulShutdown() async throws {
        let server = try RunningServer()
        #expect(try await server.get("/healthz").status == 200)
        // Clients keep fetching the feed while the signal arrives, two on fresh connections and two
        // on one keep-alive connection each (those are answered from the rendered cache): every
        // request the daemon answered is answered whole; the rest find the connection closed.
        let port = try #require(server.port)
        #expect(try await server.get("/calendars/all.ics").status == 200)
        let results = Mutex<[[String]]>([])
        let clients = DispatchGroup()
        for client in 0..<4 {
            clients.enter()
            // Plain threads: blocking sockets must not occupy Swift's small cooperative pool.
            Thread.detachNewThread { [clients] in
                defer { clients.leave() }
                var outcomes: [String] = []
                let deadline = Date().addingTimeInterval(5)
                if client < 2 {
                    while Date() < deadline {
                        let answer = RunningServer.raw(
                            Array("GET /calendars/all.ics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8), port: port)
                        if answer.isEmpty { break }  // refused: the daemon has stopped listening
                        outcomes.append(
                            answer.hasPrefix("HTTP/1.1 200 ") && answer.hasSuffix("END:VCALENDAR\r\n") ? "whole" : String(answer.prefix(40)))
                    }
                } else if let connection = try? RawConnection(port: port) {
                    while Date() < deadline, connection.send(RawConnection.request("GET /calendars/all.ics")) {
                        // Closed or reset before an answer began is what a keep-alive client
                        // must expect (it retries); an answer begun and not finished is not.
                        guard let answer = connection.response() else {
                            if connection.cutShort { outcomes.append("cut short") }
                            break
                        }
                        outcomes.append(answer.status == 200 && answer.body.hasSuffix("END:VCALENDAR\r\n") ? "whole" : "status \(answer.status)")
                    }
                }
                results.withLock { $0.append(outcomes) }
            }
        }
        try await Task.sleep(for: .milliseconds(300))
        server.signal(SIGTERM)
        let start = Date()
        while server.process.isRunning && Date().timeIntervalSince(start) < 5 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!server.process.isRunning)
        #expect(server.process.terminationStatus == 0, "\(server.log)")
        #expect(server.process.terminationReason == .exit)
        #expect(clients.wait(timeout: .now() + 10) == .success)
        let outcomes = results.withLock { $0 }
        #expect(outcomes.count == 4)
        for client in outcomes {
            #expect(!client.isEmpty)
            #expect(client.allSatisfy { $0 == "whole" }, "\(client.filter { $0 != "whole" })")
        }
    }
}
