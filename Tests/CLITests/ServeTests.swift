import Foundation
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

    init() throws {
        workspace = try FeedWorkspace()
        errorLog = workspace.root.appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: errorLog.path, contents: nil)
        guard let binary = SamplanBinary.url else { throw ServerDidNotStart(log: "no samplan binary") }
        process.executableURL = binary
        process.arguments = ["serve", "--config", workspace.config, "--state", workspace.state, "--listen", "127.0.0.1:0"]
        process.currentDirectoryURL = workspace.root
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
    @Test("serves feeds with 304 round trips, health and metrics over real HTTP")
    func serves() async throws {
        let server = try RunningServer()
        let feed = try await server.get("/calendars/samrad.ics")
        #expect(feed.status == 200, "\(server.log)")
        #expect(feed.headers["content-type"] == "text/calendar; charset=utf-8")
        let etag = try #require(feed.headers["etag"])
        #expect(try await server.get("/calendars/samrad.ics", headers: ["If-None-Match": etag]).status == 304)
        #expect(try await server.get("/healthz").status == 200)
        #expect(try await server.get("/metrics").body.contains("samplan_reloads_total"))
        #expect(try await server.get("/calendars/..%2f..%2fsamplan.yaml").status == 404)
    }

    @Test("an edited configuration is picked up on SIGHUP: new content, higher SEQUENCE; a broken one keeps the old serving")
    func reload() async throws {
        let server = try RunningServer()
        let before = try await server.get("/calendars/samrad.ics")
        #expect(before.status == 200)
        let sequence = { (text: String) in text.split(separator: "\r\n").first { $0.hasPrefix("SEQUENCE:") }.flatMap { Int($0.dropFirst(9)) } ?? -1 }
        let bodies = server.workspace.config + "/bodies.yaml"
        let original = try String(contentsOfFile: bodies, encoding: .utf8)
        try original.replacingOccurrences(of: "Kommunhuset, sal Alsike", with: "Kommunhuset, sal Vrå").write(
            toFile: bodies, atomically: true, encoding: .utf8)
        server.signal(SIGHUP)
        #expect(try await server.eventually { try await server.get("/calendars/samrad.ics").body.contains("sal Vrå") })
        let after = try await server.get("/calendars/samrad.ics")
        #expect(sequence(after.body) > sequence(before.body))

        try (original + "\n  - id: broken\n    tiem: 9\n").write(toFile: bodies, atomically: true, encoding: .utf8)
        server.signal(SIGHUP)
        #expect(try await server.eventually { try await server.get("/healthz").body.contains("okänd nyckel") })
        let health = try await server.get("/healthz")
        #expect(health.status == 200)
        #expect(health.body.contains("bodies.yaml:"))
        #expect(try await server.get("/calendars/samrad.ics").body == after.body)
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

    @Test("SIGTERM stops the daemon within 5 seconds with exit status 0")
    func gracefulShutdown() async throws {
        let server = try RunningServer()
        #expect(try await server.get("/healthz").status == 200)
        server.signal(SIGTERM)
        let start = Date()
        while server.process.isRunning && Date().timeIntervalSince(start) < 5 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!server.process.isRunning)
        #expect(server.process.terminationStatus == 0, "\(server.log)")
        #expect(server.process.terminationReason == .exit)
    }
}
