import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// 2024-04-29 12:00 UTC: after the tjänsteledning of 23 April (its minutes are written), before the
/// May samråd of 2024 (it follows up the whole list).
private let april2024 = 1_714_392_000

/// Quoted-printable undone (soft line breaks and `=XX`), for reading a mail body in an mbox.
private func unquoted(_ text: String) -> String {
    var bytes: [UInt8] = []
    let source = Array(text.replacingOccurrences(of: "=\n", with: "").utf8)
    var index = 0
    while index < source.count {
        if source[index] == UInt8(ascii: "="), index + 2 < source.count,
            let value = UInt8(String(decoding: source[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
        {
            bytes.append(value)
            index += 3
        } else {
            bytes.append(source[index])
            index += 1
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// The example without the minutes of the meetings after 29 April 2024: the daemon, running as of
/// then, loads no minutes of meetings not yet held.
func withoutLaterMinutes(_ workspace: FeedWorkspace) throws {
    for meeting in ["samrad-2024-05-09", "tl-2024-09-24", "tl-2024-11-19", "tl-2024-12-24"] {
        try? FileManager.default.removeItem(atPath: workspace.config + "/minutes/\(meeting).yaml")
    }
}

/// The two URLs `samplan token` prints: the private feed, then the personal page.
private func urls(_ run: CommandRun) throws -> (feed: String, page: String) {
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2, "\(run.stdout)")
    return (try #require(lines.first), try #require(lines.last))
}

extension RunningServer {
    /// A form POST (URLSession follows the 303 to the page); the status and body of the last answer.
    func post(_ path: String, _ fields: [(String, String)], origin: String? = "http://127.0.0.1:8080") async throws -> (status: Int, body: String) {
        var request = URLRequest(url: try #require(URL(string: base + path)))
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        if let origin { request.setValue(origin, forHTTPHeaderField: "Origin") }
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        request.httpBody = Data(
            fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&").utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        return (try #require(response as? HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
    }
}

@Suite("Personal pages, reminders and the export over the command line and a real server", .serialized)
struct PersonalPageCommandsTests {
    /// The first activity the personal page shows with flags (its form's id), also in /flags.json.
    func flaggedActivity(_ page: String, _ server: RunningServer, strategist: String) async throws -> String {
        let section = try #require(page.components(separatedBy: "<section class=\"activity\"").dropFirst().first { $0.contains("class=\"flags\"") })
        let start = try #require(section.range(of: "/activities/"))
        let id = String(section[start.upperBound...].prefix { $0 != "/" })
        let flags = try await server.get("/flags.json?token=\(strategist)")
        #expect(flags.status == 200)
        #expect(flags.body.contains("\"activity\" : \"\(id)\""))
        return id
    }

    @Test("a follow-up submitted through the form makes its flag leave /flags.json and survives a restart; export writes it into the files once")
    func submitRestartExport() async throws {
        let environment = ["SAMPLAN_NOW": "\(april2024)"]
        var server = try RunningServer(environment: environment, prepare: withoutLaterMinutes)
        let workspace = server.workspace
        let strategist = String(try urls(try workspace.samplan(["token", "strateg"])).feed.split(separator: "/").last?.dropLast(4) ?? "")
        let page = try urls(try workspace.samplan(["token", "socialchef"])).page
        let path = String(page.dropFirst("http://127.0.0.1:8080".count))
        let html = try await server.get(path)
        #expect(html.status == 200)
        let activity = try await flaggedActivity(html.body, server, strategist: strategist)
        let csrf = try #require(html.body.range(of: #"name="csrf" value=""#).map { String(html.body[$0.upperBound...].prefix { $0 != "\"" }) })
        let stored = try await server.post(
            "\(path)/activities/\(activity)/followups", [("csrf", csrf), ("status", "ja"), ("text", "Genomfört; se <protokoll>.")])
        #expect(stored.status == 200)
        #expect(stored.body.contains("Tack! Uppföljningen är sparad."))
        let after = try await server.get("/flags.json?token=\(strategist)")
        #expect(!after.body.contains("\"\(activity)\""))

        // A restart on the same state: the follow-up still counts.
        server.signal(SIGTERM)
        server.process.waitUntilExit()
        server = try RunningServer(environment: environment, reusing: workspace)
        let restarted = try await server.get("/flags.json?token=\(strategist)")
        #expect(restarted.status == 200)
        #expect(!restarted.body.contains("\"\(activity)\""))
        let flagsCommand = try workspace.samplan(["flags", "--at", "2024-04-29", "--format", "json"])
        #expect(!flagsCommand.stdout.contains("\"\(activity)\""), "the CLI counts it too")

        // The export: the year's list with the follow-up added, written atomically with a .bak, once.
        let file = workspace.config + "/activities/2024.yaml"
        let export = try workspace.samplan(["followups", "export", "--year", "2024", "--output", file])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("1 inrapporterade uppföljningar skrivna till \(file)"))
        #expect(FileManager.default.fileExists(atPath: file + ".bak"))
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.contains("text: \"Genomfört; se <protokoll>.\""))
        #expect(try SamplanBinary.run(["validate", "--config", workspace.config]).status == 0)
        let again = try workspace.samplan(["followups", "export", "--year", "2024"])
        #expect(again.stdout.components(separatedBy: "Genomfört; se <protokoll>.").count - 1 == 1, "in the file and in the store: once")
        #expect(again.stderr.contains("Inga inrapporterade uppföljningar för 2024."))
    }

    @Test("remind --dry-run prints one mail per responsible person and a summary as an mbox, with each personal link, and records nothing")
    func remindDryRun() throws {
        let workspace = try FeedWorkspace()
        try withoutLaterMinutes(workspace)
        let schedule = try SamplanBinary.run(["schedule", "--config", workspace.config, "--year", "2024", "--body", "samrad", "--format", "json"])
        let meeting = try #require(
            schedule.stdout.components(separatedBy: "\"id\" : \"").dropFirst().map { String($0.prefix { $0 != "\"" }) }.first {
                $0.contains("-2024-05-")
            })
        let page = try urls(try workspace.samplan(["token", "socialchef"])).page
        let arguments = ["remind", meeting, "--dry-run"]
        let run = try workspace.samplan(arguments, now: april2024 + 2 * 86_400)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("From strateg@knivsta.example.se "))
        #expect(run.stdout.contains("Message-ID: <reminder.\(meeting)."))
        #expect(run.stdout.contains("Message-ID: <reminder-summary.\(meeting)."))
        #expect(run.stdout.contains("Subject: =?utf-8?B?"))
        let bodies = unquoted(run.stdout)
        #expect(bodies.contains(page))
        #expect(bodies.contains("Svara på din personliga sida (ingen inloggning behövs):"))
        let again = try workspace.samplan(arguments, now: april2024 + 2 * 86_400)
        #expect(again.stdout == run.stdout, "a dry run records nothing")
        let unknown = try workspace.samplan(["remind", "samrad-2024-13-01", "--dry-run"])
        #expect(unknown.status == 1)
    }
}
