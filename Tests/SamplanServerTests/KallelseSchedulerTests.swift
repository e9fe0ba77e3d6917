import Foundation
import Hummingbird
import HummingbirdTesting
import ICal
import Logging
import NIOCore
import SamplanCore
import SamplanDaemon
import SamplanServer
import SamplanStore
import Synchronization
import Testing

@Suite("Kallelse sent by the daemon at kallelse.lead")
struct KallelseSchedulerTests {
    /// A clock the test moves.
    final class TestClock: Sendable {
        let now: Mutex<Int>
        init(_ start: Int) { now = Mutex(start) }
        func set(_ value: Int) { now.withLock { $0 = value } }
        var read: @Sendable () -> Int { { self.now.withLock { $0 } } }
    }

    /// Knivsta with the mail command `command`.
    func install(_ command: String, in fixture: RouteFixture) throws {
        var configuration = try #require(fixture.state.snapshot).configuration
        configuration.settings.notifyCommand = command
        fixture.state.install(Snapshot(configuration: configuration, version: "v2", loadedAt: 0))
    }

    func mailbox() -> String { FileManager.default.temporaryDirectory.appendingPathComponent("kallelse-\(UUID().uuidString)").path }

    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    @Test("ten days before the samråd of 8 May 2025 its kallelse goes to every member, once; eleven days before, not yet")
    func atLead() throws {
        let fixture = try RouteFixture()
        let box = mailbox()
        defer { try? FileManager.default.removeItem(atPath: box) }
        try install("cat >> '\(box)'", in: fixture)
        let clock = TestClock(1_745_755_200)  // 2025-04-27 12:00 UTC: eleven days before
        let scheduler = KallelseScheduler(state: fixture.state, store: fixture.store, clock: clock.read, logger: Logger(label: "test"))
        scheduler.runOnce()
        #expect(!read(box).contains("Message-ID: <kallelse.samrad-2025-05-08."))
        clock.set(1_745_841_600)  // 2025-04-28 12:00 UTC: ten days before
        let pass = scheduler.runOnce()
        #expect(pass.sent >= 8)
        #expect(pass.refused == 0)
        let mails = read(box)
        #expect(mails.contains("Message-ID: <kallelse.samrad-2025-05-08.call."))
        #expect(mails.contains("To: =?utf-8?B?"))
        #expect(scheduler.runOnce().sent == 0, "each mail once")
        #expect(read(box) == mails)
    }

    @Test("a daemon that was down catches up at start-up, but never for a meeting that has started")
    func catchUp() throws {
        let fixture = try RouteFixture()
        let box = mailbox()
        defer { try? FileManager.default.removeItem(atPath: box) }
        try install("cat >> '\(box)'", in: fixture)
        // 2025-05-05: three days before, nothing sent yet.
        let late = KallelseScheduler(state: fixture.state, store: fixture.store, clock: { 1_746_446_400 }, logger: Logger(label: "test"))
        late.runOnce()
        #expect(read(box).contains("Message-ID: <kallelse.samrad-2025-05-08.call."))
        // 2025-05-08 12:00 UTC: the samråd started at 11:00 UTC.
        let other = try RouteFixture()
        try install("cat >> '\(box).2'", in: other)
        defer { try? FileManager.default.removeItem(atPath: box + ".2") }
        KallelseScheduler(state: other.state, store: other.store, clock: { 1_746_705_600 }, logger: Logger(label: "test")).runOnce()
        #expect(!read(box + ".2").contains("kallelse.samrad-2025-05-08."))
    }

    @Test("a refused mail is retried with backoff, listed on /healthz until it goes through, and sent once")
    func retry() async throws {
        let fixture = try RouteFixture()
        let box = mailbox()
        defer { try? FileManager.default.removeItem(atPath: box) }
        try install("cat > /dev/null; exit 75", in: fixture)
        let clock = TestClock(1_745_841_600)
        let scheduler = KallelseScheduler(state: fixture.state, store: fixture.store, clock: clock.read, logger: Logger(label: "test"))
        let refused = scheduler.runOnce()
        #expect(refused.sent == 0 && refused.refused >= 8)
        #expect(fixture.state.mailFailures.contains { $0.hasPrefix("samrad-2025-05-08 ordf: exit 75") })
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"samrad-2025-05-08 ordf: exit 75\""))
            }
        }
        try install("cat >> '\(box)'", in: fixture)
        clock.set(1_745_841_600 + 30)
        #expect(scheduler.runOnce() == KallelseScheduler.Pass(), "within the backoff nothing is tried")
        clock.set(1_745_841_600 + 61)
        let retried = scheduler.runOnce()
        #expect(retried.sent == refused.refused)
        #expect(fixture.state.mailFailures.isEmpty)
        #expect(read(box).components(separatedBy: "Message-ID: <kallelse.samrad-2025-05-08.call.").count - 1 >= 8)
    }
}

/// The package root, found from this file.
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
/// msmtp, which `scripts/setup --tests` installs.
private let msmtp = ["/usr/bin/msmtp", "/usr/local/bin/msmtp"].first { FileManager.default.isExecutableFile(atPath: $0) }
/// The .venv Python with aiosmtpd and icalendar, which `scripts/test` makes.
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

@Suite("Kallelse end to end: the daemon through msmtp to a local SMTP server")
struct KallelseEndToEndTests {
    struct Received: Decodable {
        struct Calendar: Decodable {
            let part_method: String?
            let method: String
            let uid: String
            let sequence: Int
            let dtstart: Int
            let recurring_starts: [Int]
            let missing_tzids: [String]
        }
        let from: String
        let to: String
        let subject: String
        let mime_version: String
        let alternative: [String]
        let calendars: [Calendar]
        let defects: [String]
    }

    @Test(
        "at a fixed clock the daemon sends each kallelse through msmtp; the SMTP server receives them with their REQUEST intact",
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
        // 2025-04-28 12:00 UTC: ten days before the samråd of 8 May 2025.
        let scheduler = KallelseScheduler(state: fixture.state, store: fixture.store, clock: { 1_745_841_600 }, logger: Logger(label: "test"))
        let pass = scheduler.runOnce()
        #expect(pass.refused == 0)
        #expect(pass.sent >= 8)

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
        let schedule = ScheduleBuilder.build(configuration, years: 2025...2025)
        let samrad = try #require(schedule.meeting("samrad-2025-05-08"))
        let calls = mails.filter { $0.subject == "Kallelse: Samråd HSVO Knivsta 8 maj 2025" }
        #expect(calls.count >= 8)
        let published = try fixture.store.publishedEvents()
        for mail in calls {
            #expect(mail.defects == [])
            #expect(mail.mime_version == "1.0")
            #expect(mail.from.hasSuffix("<strateg@knivsta.example.se>"))
            #expect(mail.alternative == ["text/plain", "text/html", "text/calendar"])
            let calendar = try #require(mail.calendars.first)
            #expect(calendar.part_method == "REQUEST" && calendar.method == "REQUEST")
            #expect(calendar.uid == "knivsta-samrad-2025-05-08@knivsta.example.se")
            #expect(calendar.dtstart == samrad.start.epochSeconds)
            #expect(calendar.recurring_starts == [samrad.start.epochSeconds])
            #expect(calendar.missing_tzids == [])
            #expect(calendar.sequence == published[calendar.uid]?.revision.sequence)
        }
    }
}
