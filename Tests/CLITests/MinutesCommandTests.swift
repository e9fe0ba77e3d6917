import Foundation
import Testing

/// `samplan minutes` as the strategist uses it after a meeting (issue 13).
@Suite("samplan minutes")
struct MinutesCommandTests {
    func copyOfKnivsta() throws -> URL {
        let manager = FileManager.default
        let copy = manager.temporaryDirectory.appendingPathComponent("samplan-minutes-\(UUID().uuidString)")
        try manager.copyItem(at: SamplanBinary.packageRoot.appendingPathComponent("config/knivsta"), to: copy)
        try manager.createDirectory(at: copy.appendingPathComponent("minutes"), withIntermediateDirectories: true)
        // The strategist writes the minutes of this meeting in the tests.
        try? manager.removeItem(at: copy.appendingPathComponent("minutes/tl-2024-09-24.yaml"))
        return copy
    }

    @Test("template → fill in → validate → render: the follow-up counts, the åtgärd is on the next agenda, flags change")
    func roundTrip() throws {
        let copy = try copyOfKnivsta()
        defer { try? FileManager.default.removeItem(at: copy) }
        let template = try SamplanBinary.run(["minutes", "--config", copy.path, "tl-2024-09-24", "--template"])
        #expect(template.status == 0, "stderr: \(template.stderr)")
        #expect(template.stdout.hasPrefix("# Minnesanteckningar för Tjänsteledning HSVO Knivsta, tisdag 24 september 2024 kl. 9.00–11.00.\n"))
        #expect(template.stdout.contains("\nmeeting: tl-2024-09-24\n"))
        #expect(template.stdout.contains("  - item: \"Äldrevårdsenheten i länet och lokalt i Knivsta\"\n"))
        #expect(template.stdout.contains("  # - {activity: b1-sip, status: , text: \"\"}"))
        let file = copy.appendingPathComponent("minutes/tl-2024-09-24.yaml")

        // As printed, it validates.
        try template.stdout.write(to: file, atomically: true, encoding: .utf8)
        let asPrinted = try SamplanBinary.run(["validate", "--config", copy.path])
        #expect(asPrinted.status == 0, "stderr: \(asPrinted.stderr)")

        // Filled in after the meeting.
        var filled = template.stdout
        filled = filled.replacingOccurrences(
            of: "  - item: \"Äldrevårdsenheten i länet och lokalt i Knivsta\"\n    # notes: \"\"\n    # decisions: [\"\"]",
            with: "  - item: \"Äldrevårdsenheten i länet och lokalt i Knivsta\"\n    notes: \"Enheten presenterade sitt uppdrag.\"\n    decisions: [\"Bjud in igen i vår\"]")
        filled = filled.replacingOccurrences(
            of: "  # - {activity: b1-sip, status: , text: \"\"}", with: "  - {activity: b1-sip, status: pågående, text: \"Arbetsgruppen har träffats två gånger.\"} #")
        filled = filled.replacingOccurrences(
            of: "  # - {text: \"\", responsible: , due: }",
            with: "  - {text: \"Ta fram lokal rutin för SIP\", responsible: omradeschef, due: 2024-10-01}")
        try filled.write(to: file, atomically: true, encoding: .utf8)
        let validate = try SamplanBinary.run(["validate", "--config", copy.path])
        #expect(validate.status == 0, "stderr: \(validate.stderr)")

        let markdown = try SamplanBinary.run(["minutes", "--config", copy.path, "tl-2024-09-24"])
        #expect(markdown.status == 0, "stderr: \(markdown.stderr)")
        #expect(markdown.stdout.hasPrefix("# Minnesanteckningar – Tjänsteledning HSVO Knivsta, 24 september 2024\n"))
        #expect(markdown.stdout.contains("## Närvarande\n\n- Socialchef Knivsta kommun\n"))
        #expect(markdown.stdout.contains("4. **Äldrevårdsenheten i länet och lokalt i Knivsta**\n\n   Enheten presenterade sitt uppdrag.\n"))
        #expect(markdown.stdout.contains("   *Överenskommelser:*\n   - Bjud in igen i vår\n"))
        #expect(markdown.stdout.contains("| Verka för att stärka samarbetet mellan Region Uppsala och Knivsta kommun i SIP arbetet | Pågående | Arbetsgruppen har träffats två gånger. |"))
        #expect(markdown.stdout.contains("## Åtgärder\n\n| Åtgärd | Ansvarig | Klart senast |\n|---|---|---|\n| Ta fram lokal rutin för SIP |"))
        #expect(markdown.stdout.hasSuffix("*Antecknat av Samverkansstrateg HSVO Knivsta*\n"))
        let html = try SamplanBinary.run(["minutes", "--config", copy.path, "tl-2024-09-24", "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stdout.contains("<html lang=\"sv\">"))
        #expect(html.stdout.contains("<h2>Åtgärder</h2>"))

        // The next agenda of the tjänsteledning lists the open åtgärd; past its due date it is flagged under its responsible person.
        let agenda = try SamplanBinary.run(["agenda", "--config", copy.path, "samrad-2024-10-10", "--at", "2024-10-02"])
        #expect(agenda.stdout.contains("## Åtgärder från tidigare möten\n"))
        #expect(agenda.stdout.contains("| Ta fram lokal rutin för SIP |"))
        // The body's next agenda links to these minutes.
        let next = try SamplanBinary.run(["agenda", "--config", copy.path, "tl-2024-11-19", "--at", "2024-11-01"])
        #expect(next.stdout.contains("**Föregående minnesanteckningar:** http://127.0.0.1:8080/minutes/tl-2024-09-24.html  \n"))
        let flags = try SamplanBinary.run(["flags", "--config", copy.path, "--meeting", "samrad-2024-10-10", "--at", "2024-10-02"])
        #expect(flags.stdout.contains("(tl-2024-09-24#1): åtgärd försenad sedan 1 oktober 2024"), "\(flags.stdout)")
        let json = try SamplanBinary.run(["flags", "--config", copy.path, "--meeting", "samrad-2024-10-10", "--at", "2024-10-02", "--format", "json"])
        #expect(json.stdout.contains("\"rule\" : \"action-overdue\""))
    }

    @Test("a mistake in a minutes file is a validation error at FILE:LINE:COLUMN, naming the nearest item")
    func invalidMinutes() throws {
        let copy = try copyOfKnivsta()
        defer { try? FileManager.default.removeItem(at: copy) }
        let text = """
            meeting: tl-2024-09-24
            items:
              - {item: "Övriga frågr"}

            """
        try text.write(to: copy.appendingPathComponent("minutes/tl-2024-09-24.yaml"), atomically: true, encoding: .utf8)
        let run = try SamplanBinary.run(["validate", "--config", copy.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("minutes/tl-2024-09-24.yaml:3:12: dagordningen för tl-2024-09-24 har ingen punkt \"Övriga frågr\" (menade du \"Övriga frågor\"?)"), "\(run.stderr)")
    }

    @Test("minutes of a meeting without a minutes file exits 1, pointing at --template")
    func missing() throws {
        let run = try SamplanBinary.run(["minutes", "--config", "config/knivsta", "samrad-2024-10-10"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("Det finns inga minnesanteckningar för samrad-2024-10-10 (minutes/samrad-2024-10-10.yaml)"))
    }
}
