import Foundation
import Testing

/// A state directory and a copy of an example configuration, removed afterwards.
final class FeedWorkspace {
    let root: URL
    var state: String { root.appendingPathComponent("state").path }
    var config: String { root.appendingPathComponent("config").path }

    init(example: String = "knivsta") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: SamplanBinary.packageRoot.appendingPathComponent("config/\(example)"), to: root.appendingPathComponent("config"))
    }

    func write(_ file: String, _ text: String) throws {
        try text.write(toFile: config + "/" + file, atomically: true, encoding: .utf8)
    }

    /// Runs samplan on this workspace; `now` (seconds since 1970) stands for the clock, as `SAMPLAN_NOW`.
    func samplan(_ arguments: [String], now: Int? = nil) throws -> CommandRun {
        try SamplanBinary.run(arguments + ["--config", config, "--state", state], environment: now.map { ["SAMPLAN_NOW": "\($0)"] } ?? [:])
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}

@Suite("samplan ics, token and diff")
struct FeedCommandsTests {
    @Test("ics --body writes a calendar with one VEVENT per meeting of the year and records state in --state")
    func icsBody() throws {
        let workspace = try FeedWorkspace()
        let run = try workspace.samplan(["ics", "--body", "samrad", "--year", "2025"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(run.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 3)
        #expect(run.stdout.contains("UID:knivsta-samrad-2025-05-08@knivsta.example.se"))
        #expect(run.stdout.contains("DTSTART;TZID=Europe/Stockholm:20250508T130000"))
        #expect(FileManager.default.fileExists(atPath: workspace.state + "/samplan.sqlite"))
    }

    @Test("running ics twice on an unchanged configuration prints the same bytes")
    func icsStable() throws {
        let workspace = try FeedWorkspace()
        let first = try workspace.samplan(["ics", "--all", "--at", "2025-03-01"])
        let second = try workspace.samplan(["ics", "--all", "--at", "2025-03-01"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }

    @Test("ics needs exactly one feed (exit 2) and a known id (exit 1 with the known ones)")
    func icsErrors() throws {
        let workspace = try FeedWorkspace()
        #expect(try workspace.samplan(["ics"]).status == 2)
        #expect(try workspace.samplan(["ics", "--all", "--body", "tl"]).status == 2)
        let unknown = try workspace.samplan(["ics", "--body", "nosuch"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("okänt organ \"nosuch\""))
        #expect(unknown.stderr.contains("samrad"))
        #expect(try workspace.samplan(["ics", "--person", "nobody"]).status == 1)
        #expect(try workspace.samplan(["ics", "--all", "--at", "2025-13-01"]).status == 2)
    }

    @Test("token prints the private feed URL and the personal page URL under public_url; --rotate replaces both")
    func token() throws {
        let workspace = try FeedWorkspace()
        let first = try workspace.samplan(["token", "socialchef"])
        #expect(first.status == 0)
        let lines = first.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("http://127.0.0.1:8080/calendars/private/") == true)
        #expect(lines.first?.hasSuffix(".ics") == true)
        #expect(lines.last?.hasPrefix("http://127.0.0.1:8080/p/") == true)
        let feedToken = lines.first?.split(separator: "/").last?.dropLast(4)
        let pageToken = lines.last?.split(separator: "/").last
        #expect(feedToken != nil && pageToken != nil && feedToken != pageToken, "the page token is not the feed token")
        #expect(try workspace.samplan(["token", "socialchef"]).stdout == first.stdout)
        let rotated = try workspace.samplan(["token", "socialchef", "--rotate"])
        #expect(rotated.status == 0)
        let rotatedLines = rotated.stdout.split(separator: "\n").map(String.init)
        #expect(rotatedLines.count == 2)
        #expect(rotatedLines.first != lines.first)
        #expect(rotatedLines.last != lines.last)
        #expect(try workspace.samplan(["token", "nobody"]).status == 1)
    }

    @Test("the private feed of a person carries attendees; a public one does not")
    func privateAndPublic() throws {
        let workspace = try FeedWorkspace()
        let mine = try workspace.samplan(["ics", "--person", "socialchef", "--year", "2025"])
        #expect(mine.stdout.contains("ATTENDEE;CN=Socialchef Knivsta kommun;ROLE=CHAIR"))
        let everyone = try workspace.samplan(["ics", "--all", "--year", "2025"])
        #expect(!everyone.stdout.contains("ATTENDEE"))
        #expect(!everyone.stdout.contains("socialchef@"))
    }

    /// 2026-03-01 12:00 UTC: the clock of the diff tests, before the meetings they change.
    static let march = 1_772_366_400

    @Test("diff shows a moved and a cancelled meeting before the admin publishes, and writes nothing")
    func diff() throws {
        let workspace = try FeedWorkspace()
        #expect(try workspace.samplan(["ics", "--all", "--at", "2026-03-01"], now: Self.march).status == 0)
        let unchanged = try workspace.samplan(["diff", "--at", "2026-03-01"], now: Self.march)
        #expect(unchanged.stdout == "Inga ändringar för prenumeranterna.\n")
        try workspace.write(
            "exceptions.yaml",
            """
            exceptions:
              - {meeting: samrad-2026-05-14, move_to: "2026-05-19 13:00", reason: "Krock"}
              - {meeting: tl-2026-04-28, cancel: true, reason: "Ersätts"}
            """)
        let changed = try workspace.samplan(["diff", "--at", "2026-03-01"], now: Self.march)
        #expect(changed.status == 0)
        #expect(changed.stdout.contains("Samråd HSVO Knivsta (/calendars/samrad.ics):"))
        #expect(changed.stdout.contains("Flyttat: samrad-2026-05-14  måndag 18 maj 2026 kl. 13.00 → tisdag 19 maj 2026 kl. 13.00"))
        #expect(changed.stdout.contains("Inställt: tl-2026-04-28"))
        // diff wrote nothing: a second diff shows the same.
        #expect(try workspace.samplan(["diff", "--at", "2026-03-01"], now: Self.march).stdout == changed.stdout)
    }

    @Test("diff shows no change for meetings that have ended: an edited location changes only the meetings to come")
    func diffLeavesThePastAlone() throws {
        let workspace = try FeedWorkspace()
        #expect(try workspace.samplan(["ics", "--all", "--at", "2026-03-01"], now: Self.march).status == 0)
        let bodies = workspace.config + "/bodies.yaml"
        let original = try String(contentsOfFile: bodies, encoding: .utf8)
        try original.replacingOccurrences(of: "Kommunhuset, sal Alsike", with: "Stadshuset").write(
            toFile: bodies, atomically: true, encoding: .utf8)
        // 1 June 2026: the May samråd has been held, the October one is to come.
        let june = Self.march + 92 * 86_400
        let changed = try workspace.samplan(["diff", "--at", "2026-06-01"], now: june)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("samrad-2026-10-08"))
        #expect(!changed.stdout.contains("samrad-2026-05-14"))
        #expect(!changed.stdout.contains("samrad-2026-01-08"))
        let feed = try workspace.samplan(["ics", "--body", "samrad", "--at", "2026-06-01"], now: june).stdout
        let unfolded = feed.replacingOccurrences(of: "\r\n ", with: "")
        let may = try #require(unfolded.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:knivsta-samrad-2026-05-14@") })
        #expect(may.contains("LOCATION:Kommunhuset\\, sal Alsike"))
        let october = try #require(unfolded.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:knivsta-samrad-2026-10-08@") })
        #expect(october.contains("LOCATION:Stadshuset"))
    }
}
