import Foundation
import ICal
import Logging
import SamplanConfig
import SamplanCore
import SamplanDaemon
import SamplanServer
import SamplanStore
import Testing

@Suite("Drafts written ahead of meetings")
struct JobSchedulerTests {
    /// Knivsta with the notify command writing the mail to `mailbox`.
    func scheduler(now: @escaping @Sendable () -> Int, mailbox: String?) throws -> (JobScheduler, RouteFixture, String) {
        let fixture = try RouteFixture()
        var configuration = try #require(fixture.state.snapshot).configuration
        configuration.settings.notifyCommand = mailbox.map { "cat > \($0)" }
        fixture.state.install(Snapshot(configuration: configuration, version: "v2", loadedAt: 0))
        let drafts = fixture.directory + "/drafts"
        let scheduler = JobScheduler(
            state: fixture.state, store: fixture.store, draftsDirectory: { _ in drafts }, clock: now, logger: Logger(label: "test")
        ) { meeting, _, _ in
            [
                ScheduledDocument(
                    kind: "agenda", markdown: "# Dagordning \(meeting.id)\n", html: "<h1>\(meeting.id)</h1>", subject: "Dagordning \(meeting.title)")
            ]
        }
        return (scheduler, fixture, drafts)
    }

    @Test("21 days before the samråd of 8 May 2025 its draft is written as .md and .html, once, and mailed to the strategist")
    func draftAtLead() throws {
        let mailbox = FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: mailbox) }
        // 2025-04-17 12:00 UTC: exactly 21 days before.
        let (scheduler, _, drafts) = try scheduler(now: { 1_744_891_200 }, mailbox: mailbox)
        let written = scheduler.runOnce()
        #expect(written.map(\.meeting).contains("samrad-2025-05-08"))
        #expect(FileManager.default.fileExists(atPath: drafts + "/samrad-2025-05-08.md"))
        #expect(try String(contentsOfFile: drafts + "/samrad-2025-05-08.html", encoding: .utf8) == "<h1>samrad-2025-05-08</h1>")
        let mail = try String(contentsOfFile: mailbox, encoding: .utf8)
        #expect(mail.contains("To: Samverkansstrateg HSVO Knivsta <strateg@knivsta.example.se>"))
        #expect(mail.contains("<strateg@knivsta.example.se>"))
        #expect(mail.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(scheduler.runOnce().isEmpty, "the same content is never written twice")
    }

    @Test("a meeting further away than the lead gets nothing yet; a missed one is caught up at start-up")
    func leadAndCatchUp() throws {
        // 2025-04-16: 22 days before the samråd, so not yet.
        let early = try scheduler(now: { 1_744_804_800 }, mailbox: nil)
        #expect(!early.0.runOnce().map(\.meeting).contains("samrad-2025-05-08"))
        // The daemon was down until 2025-05-01: the draft is written on the first pass.
        let late = try scheduler(now: { 1_746_100_800 }, mailbox: nil)
        #expect(late.0.runOnce().map(\.meeting).contains("samrad-2025-05-08"))
    }
}

@Suite("The daemon's draft documents")
struct DraftDocumentTests {
    @Test("before the May samråd the strategist gets a Swedish agenda draft (md and html) and the list of activities lacking follow-up")
    func mayDocuments() throws {
        let fixture = try RouteFixture()
        let configuration = try #require(fixture.state.snapshot).configuration
        let schedule = ScheduleBuilder.build(configuration, years: 2024...2026)
        let meeting = try #require(schedule.meeting("samrad-2025-05-08"))
        let documents = Daemon.documents(meeting, AgendaBuilder(configuration: configuration, schedule: schedule), LocalDate(iso: "2025-04-17")!)
        let agenda = try #require(documents.first { $0.kind == "agenda" })
        #expect(agenda.markdown.hasPrefix("# Dagordning"))
        #expect(agenda.markdown.contains("Uppföljning av aktivitetslistan"))
        #expect(agenda.html?.contains("<html") == true)
        #expect(agenda.subject == "Dagordningsutkast: Samråd HSVO Knivsta, torsdag 8 maj 2025 kl. 13.00–15.30")
        #expect(documents.contains { $0.kind == "flags" })
    }
}
