import Foundation
import ICal
import Logging
import SamplanCore
import SamplanDaemon
import SamplanServer
import SamplanStore
import Testing

/// The samråd of May 2024 in config/knivsta (it follows up the whole activity list).
private func samradMay2024(_ configuration: Configuration) throws -> Meeting {
    let schedule = ScheduleBuilder.build(configuration, years: 2024...2024)
    return try #require(schedule.meetings.first { $0.body == "samrad" && $0.start.local.date.month == 5 })
}

@Suite("Follow-up reminders sent by the daemon at followup.lead")
struct ReminderSchedulerTests {
    func install(_ command: String, in fixture: RouteFixture) throws {
        var configuration = try #require(fixture.state.snapshot).configuration
        configuration.settings.notifyCommand = command
        fixture.state.install(Snapshot(configuration: configuration, version: "v2", loadedAt: 0))
    }

    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    @Test("fourteen days before the May samråd each responsible person is reminded once, the strategist gets a summary; fifteen days before, nothing")
    func atLead() throws {
        let fixture = try RouteFixture()
        let box = FileManager.default.temporaryDirectory.appendingPathComponent("reminder-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: box) }
        try install("cat >> '\(box)'", in: fixture)
        let meeting = try samradMay2024(try #require(fixture.state.snapshot).configuration)
        let early = ReminderScheduler(
            state: fixture.state, store: fixture.store, clock: { meeting.start.epochSeconds - 15 * 86_400 - 3_600 }, logger: Logger(label: "test"))
        #expect(early.runOnce().sent == 0)
        let clock: @Sendable () -> Int = { meeting.start.epochSeconds - 13 * 86_400 }
        let scheduler = ReminderScheduler(state: fixture.state, store: fixture.store, clock: clock, logger: Logger(label: "test"))
        let pass = scheduler.runOnce()
        #expect(pass.refused == 0)
        #expect(pass.sent >= 3)
        let mails = read(box)
        #expect(mails.contains("Message-ID: <reminder.\(meeting.id)."))
        #expect(mails.contains("Message-ID: <reminder-summary.\(meeting.id)."))
        #expect(scheduler.runOnce().sent == 0, "each reminder once")
        #expect(read(box) == mails)
    }
}

/// The package root, found from this file.
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
private let msmtp = ["/usr/bin/msmtp", "/usr/local/bin/msmtp"].first { FileManager.default.isExecutableFile(atPath: $0) }
private let venvPython: String? = {
    let python = root + "/.venv/bin/python"
    guard FileManager.default.isExecutableFile(atPath: python) else { return nil }
    let check = Process()
    check.executableURL = URL(fileURLWithPath: python)
    check.arguments = ["-c", "import aiosmtpd, icalendar, recurring_ical_events"]
    check.standardError = FileHandle.nullDevice
    guard (try? check.run()) != nil else { return nil }
    check.waitUntilExit()
    return check.terminationStatus == 0 ? python : nil
}()

@Suite("Reminders end to end: the daemon through msmtp to a local SMTP server")
struct ReminderEndToEndTests {
    struct Received: Decodable {
        let from: String
        let to: String
        let subject: String
        let mime_version: String
        let alternative: [String]
        let text: String?
        let html: String?
        let defects: [String]
    }

    @Test(
        "at a fixed clock the daemon sends each reminder through msmtp: Swedish subject, UTF-8 body, the personal link; a second pass sends nothing",
        .enabled(if: (msmtp != nil && venvPython != nil) || ProcessInfo.processInfo.environment["CI"] != nil))
    func throughMsmtp() throws {
        let msmtp = try #require(msmtp, "msmtp is needed: scripts/setup --tests installs it")
        let python = try #require(venvPython, ".venv with aiosmtpd is needed: scripts/test makes it")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let received = directory.appendingPathComponent("received.mbox").path
        let server = Process()
        server.executableURL = URL(fileURLWithPath: python)
        server.arguments = [root + "/Tests/Support/smtp_sink.py", received]
        let output = Pipe()
        server.standardOutput = output
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        var first = Data()
        while !first.contains(10) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            first.append(chunk)
        }
        let port = try #require(Int(String(decoding: first, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))

        let fixture = try RouteFixture()
        var configuration = try #require(fixture.state.snapshot).configuration
        configuration.settings.notifyCommand =
            "\(msmtp) -C /dev/null --host=127.0.0.1 --port=\(port) --auth=off --tls=off --from=strateg@knivsta.example.se -t"
        fixture.state.install(Snapshot(configuration: configuration, version: "v2", loadedAt: 0))
        let meeting = try samradMay2024(configuration)
        let now = meeting.start.epochSeconds - 13 * 86_400
        let scheduler = ReminderScheduler(state: fixture.state, store: fixture.store, clock: { now }, logger: Logger(label: "test"))
        let pass = scheduler.runOnce()
        #expect(pass.refused == 0)
        #expect(pass.sent >= 3)

        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: python)
        reader.arguments = [root + "/Tests/Support/mbox_check.py", received]
        let json = Pipe()
        reader.standardOutput = json
        try reader.run()
        let data = json.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(reader.terminationStatus == 0)
        let mails = try JSONDecoder().decode([Received].self, from: data)
        #expect(mails.count == pass.sent)
        let tokens = FeedTokens(secret: try fixture.store.tokenSecret(), generations: try fixture.store.tokenGenerations())
        let subject = "Uppföljning inför Samråd HSVO Knivsta \(meeting.start.local.date.day) maj 2024"
        let reminders = mails.filter { $0.subject == subject }
        #expect(reminders.count == pass.sent - 1)
        let socialchef = try #require(configuration.person("socialchef"))
        let theirs = try #require(reminders.first { $0.to.contains(socialchef.email ?? "?") })
        #expect(theirs.defects == [])
        #expect(theirs.mime_version == "1.0")
        #expect(theirs.from.hasSuffix("<strateg@knivsta.example.se>"))
        #expect(theirs.alternative == ["text/plain", "text/html"])
        let text = try #require(theirs.text)
        #expect(text.contains("Hej \(socialchef.name)!"))
        #expect(text.contains("saknar dessa aktiviteter uppföljning:"))
        #expect(text.contains("http://127.0.0.1:8080/p/\(tokens.pageToken(for: "socialchef"))"))
        #expect(!text.contains(tokens.token(for: "socialchef")), "never the feed token")
        let mine = configuration.activities.filter { $0.responsible == "socialchef" && $0.isInWork(of: 2024) }
        #expect(mine.contains { text.contains($0.title) })
        #expect(theirs.html?.contains("href=\"http://127.0.0.1:8080/p/\(tokens.pageToken(for: "socialchef"))\"") == true)
        let summary = try #require(mails.first { $0.subject.hasPrefix("Påminnelser skickade inför Samråd HSVO Knivsta") })
        #expect(summary.to.contains("strateg@knivsta.example.se"))
        #expect(summary.text?.contains(socialchef.name) == true)

        #expect(scheduler.runOnce().sent == 0, "a second pass sends nothing new")
    }
}
