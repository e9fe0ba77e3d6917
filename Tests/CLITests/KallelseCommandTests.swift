import Foundation
import Testing

/// A copy of config/knivsta whose samplan.yaml sends mail with `command`.
private func knivstaSending(through command: String) throws -> URL {
    let manager = FileManager.default
    let copy = manager.temporaryDirectory.appendingPathComponent("samplan-kallelse-\(UUID().uuidString)")
    try manager.copyItem(at: SamplanBinary.packageRoot.appendingPathComponent("config/knivsta"), to: copy)
    let file = copy.appendingPathComponent("samplan.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    let escaped = command.replacingOccurrences(of: "\"", with: "\\\"")
    try Data(text.replacingOccurrences(of: "drafts: {lead: P21D}", with: "drafts: {lead: P21D, notify: \"\(escaped)\"}").utf8).write(to: file)
    return copy
}

private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-kallelse-state-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// 2026-05-01 12:00 UTC, two weeks before the May samråd.
private let beforeMay = ["SAMPLAN_NOW": "1777636800"]

@Suite("samplan kallelse")
struct KallelseCommandTests {
    @Test("--dry-run prints an mbox of one mail per member and presenter, with calendar invitations, and records nothing")
    func dryRun() throws {
        let state = try temporaryDirectory()
        let arguments = ["kallelse", "--config", "config/knivsta", "samrad-2026-05-14", "--dry-run", "--state", state.path]
        let run = try SamplanBinary.run(arguments, environment: beforeMay)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.hasPrefix("From strateg@knivsta.example.se "))
        let entries = run.stdout.components(separatedBy: "\n\nFrom strateg@knivsta.example.se ").count
        #expect(entries >= 8)
        #expect(run.stdout.components(separatedBy: "Content-Type: text/calendar; charset=utf-8; method=REQUEST").count - 1 == entries)
        #expect(run.stdout.contains("Subject: =?utf-8?B?"))
        #expect(run.stdout.contains("MIME-Version: 1.0"))
        let again = try SamplanBinary.run(arguments, environment: beforeMay)
        #expect(again.stdout == run.stdout, "a dry run records nothing, so the same mails are due again")
    }

    @Test("without --dry-run each mail goes through the mail command once; a refused mail is sent on the next run")
    func sends() throws {
        let state = try temporaryDirectory()
        let outbox = state.appendingPathComponent("outbox")
        let failing = try knivstaSending(through: "cat > /dev/null; exit 75")
        let refused = try SamplanBinary.run(
            ["kallelse", "--config", failing.path, "samrad-2026-05-14", "--state", state.path], environment: beforeMay)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Kunde inte skicka till ordforande.von@knivsta.example.se: exit 75"))

        let working = try knivstaSending(through: "cat >> '\(outbox.path)'; echo >> '\(outbox.path)'")
        let arguments = ["kallelse", "--config", working.path, "samrad-2026-05-14", "--state", state.path]
        let sent = try SamplanBinary.run(arguments, environment: beforeMay)
        #expect(sent.status == 0, "stderr: \(sent.stderr)")
        let mails = try String(contentsOf: outbox, encoding: .utf8)
        let count = mails.components(separatedBy: "MIME-Version: 1.0").count - 1
        #expect(count >= 8)
        #expect(sent.stdout.contains("\(count) e-brev skickade för samrad-2026-05-14."))

        let second = try SamplanBinary.run(arguments, environment: beforeMay)
        #expect(second.status == 0)
        #expect(second.stderr.contains("Ingen kallelse att skicka för samrad-2026-05-14."))
        #expect(try String(contentsOf: outbox, encoding: .utf8) == mails, "nothing is sent twice")
    }

    @Test("nothing is sent for a meeting that has started")
    func started() throws {
        let state = try temporaryDirectory()
        let run = try SamplanBinary.run(
            ["kallelse", "--config", "config/knivsta", "samrad-2026-05-14", "--dry-run", "--state", state.path],
            environment: ["SAMPLAN_NOW": "1780315200"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("har redan börjat: ingen kallelse skickas."))
    }
}
