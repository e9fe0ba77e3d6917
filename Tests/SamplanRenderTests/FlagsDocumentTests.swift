import Foundation
import ICal
import SamplanCore
import SamplanRender
import Testing

@Suite("Flags as JSON and text")
struct FlagsDocumentTests {
    func knivstaFlags(_ meeting: String, asOf: String) throws -> (flags: [MeetingFlag], meetings: [Meeting]) {
        let configuration = try RenderFixture.example("knivsta")
        let checker = FlagChecker(configuration: configuration, schedule: ScheduleBuilder.build(configuration, years: 2024...2026))
        let schedule = ScheduleBuilder.build(configuration, years: 2024...2026)
        let found = try #require(schedule.meeting(meeting))
        return (checker.flags(for: found, asOf: LocalDate(iso: asOf)!), [found])
    }

    @Test("the JSON has meeting, rule, activity or person, and message, with keys sorted and no null fields")
    func json() throws {
        let (flags, _) = try knivstaFlags("samrad-2025-05-08", asOf: "2025-04-20")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(FlagsDocument(flags, language: .sv)), as: UTF8.self)
        #expect(
            text.hasPrefix("{\"flags\":[{\"activity\":\"a2-suicidprevention\",\"meeting\":\"samrad-2025-05-08\",\"message\":\"Aktiviteten ”Följa upp")
        )
        #expect(!text.contains("null"))
        #expect(!text.contains("\"person\""))
        let rules = FlagsDocument(flags, language: .sv).flags.map { "\($0.activity ?? ""):\($0.rule)" }
        #expect(
            rules == [
                "a2-suicidprevention:stale", "a2-suicidprevention:moved-due", "c1-gemensamma-utbildningstillfallen:stale",
                "c1-gemensamma-utbildningstillfallen:moved-due", "c1-gemensamma-utbildningstillfallen:no-responsible",
            ])
    }

    @Test("the text listing has the meeting, then a line per flag with rule, activity and message")
    func text() throws {
        let (flags, meetings) = try knivstaFlags("samrad-2025-05-08", asOf: "2025-04-20")
        let text = FlagsText.render(flags, meetings: meetings, asOf: LocalDate(iso: "2025-04-20")!, organization: "HSVO Knivsta", language: .sv)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Flaggor per 20 april 2025 – HSVO Knivsta")
        #expect(lines[2] == "samrad-2025-05-08  Samråd HSVO Knivsta  torsdag 8 maj 2025 kl. 13.00–15.30")
        #expect(lines[3].hasPrefix("  stale           a2-suicidprevention                  Aktiviteten ”Följa upp"))
        #expect(lines.count == 3 + 5 + 1)
    }

    @Test("Knivsta's January 2025 samråd (A and B) flags the A activity moved to 2025, followed up in December, after the October samråd")
    func knivsta2025() throws {
        let (flags, _) = try knivstaFlags("samrad-2025-01-09", asOf: "2025-01-02")
        // The 2025 list holds only the two activities moved to 2025; the C one is not on this agenda.
        #expect(flags.map(\.activity) == ["a2-suicidprevention"])
        #expect(flags.map(\.rule) == [.movedDue])
    }
}
