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
        // 2025 has meetings but no list: that comes first, then the activities carried over from 2024.
        #expect(
            text.hasPrefix(
                "{\"flags\":[{\"meeting\":\"samrad-2025-05-08\",\"message\":\"Aktivitetslistan för 2025 saknas (activities/2025.yaml)"))
        #expect(!text.contains("null"))
        #expect(!text.contains("\"person\""))
        let rules = FlagsDocument(flags, language: .sv).flags.map { "\($0.activity ?? ""):\($0.rule)" }
        #expect(rules.first == ":missing-activity-list")
        #expect(rules.contains("a2-suicidprevention:stale"))
        #expect(rules.contains("a2-suicidprevention:moved-due"))
        #expect(rules.contains("c1-gemensamma-utbildningstillfallen:no-responsible"))
        #expect(!rules.contains { $0.hasPrefix("a2-ungdomsmottagningen") }, "settled (ej aktuell) in 2024: not carried")
    }

    @Test("the text groups by whom to ask: the meeting, each responsible person with e-mail, then those nobody is responsible for")
    func text() throws {
        let configuration = try RenderFixture.example("knivsta")
        let (flags, meetings) = try knivstaFlags("samrad-2025-05-08", asOf: "2025-04-20")
        let text = FlagsText.render(flags, meetings: meetings, asOf: LocalDate(iso: "2025-04-20")!, configuration: configuration)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Flaggor per 20 april 2025 – HSVO Knivsta")
        #expect(lines[2] == "samrad-2025-05-08  Samråd HSVO Knivsta  torsdag 8 maj 2025 kl. 13.00–15.30")
        #expect(lines[3] == "  Mötet")
        #expect(lines[4].hasPrefix("    - Aktivitetslistan för 2025 saknas"))
        #expect(lines[5] == "  Socialchef Knivsta kommun <socialchef@knivsta.example.se>")
        let suicide = try #require(lines.first { $0.contains("(a2-suicidprevention, från 2024)") })
        #expect(suicide.hasSuffix(": ingen uppföljning sedan mötet 9 januari 2025; flyttad till 2025 men ej uppföljd"))
        let without = try #require(lines.firstIndex(of: "  Utan ansvarig"))
        #expect(lines[without + 1].contains("(c1-gemensamma-utbildningstillfallen, från 2024): "))
        #expect(lines[without + 1].hasSuffix("; saknar ansvarig"))
        // One line per activity, no English rule codes.
        #expect(lines.filter { $0.contains("a2-suicidprevention") }.count == 1)
        for code in MeetingFlag.Rule.allCases.map(\.rawValue) { #expect(!text.contains(" \(code) ")) }
    }

    @Test("Knivsta's January 2025 samråd (A and B) flags the A activity moved to 2025, followed up in December, after the October samråd")
    func knivsta2025() throws {
        let (flags, _) = try knivstaFlags("samrad-2025-01-09", asOf: "2025-01-02")
        #expect(flags.map(\.rule) == [.missingActivityList, .movedDue])
        #expect(flags.map(\.activity) == [nil, "a2-suicidprevention"])
    }
}
