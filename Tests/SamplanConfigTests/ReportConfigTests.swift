import Foundation
import ICal
import SamplanConfig
import SamplanCore
import Testing

/// reports/<year>.yaml: the free text of a year's narrative report (issue 16), validated like the rest.
@Suite("Report text files")
struct ReportConfigTests {
    //  1 kind: Verksamhetsberättelse
    //  2 title: "Verksamhetsberättelse HSVO Test 2025"
    //  3 background: |
    //  4   Första stycket.
    //  5
    //  6   Andra stycket.
    //  7 summary: "Året i korthet."
    //  8 approval: {by: "Samråd HSVO Test", date: 2026-01-15}
    static let valid = """
        kind: Verksamhetsberättelse
        title: "Verksamhetsberättelse HSVO Test 2025"
        background: |
          Första stycket.

          Andra stycket.
        summary: "Året i korthet."
        approval: {by: "Samråd HSVO Test", date: 2026-01-15}

        """

    static func fixture(_ text: String, named name: String = "reports/2025.yaml") -> ConfigFixture {
        ConfigFixture().setting(name, to: text)
    }

    @Test("a valid file loads with its year from the file name: kind, title, background, summary and the approval line")
    func valid() throws {
        let configuration = try Self.fixture(Self.valid).load().get()
        let report = try #require(configuration.reportText(of: 2025))
        #expect(report.kind == "Verksamhetsberättelse")
        #expect(report.title == "Verksamhetsberättelse HSVO Test 2025")
        #expect(report.background == "Första stycket.\n\nAndra stycket.")
        #expect(report.summary == "Året i korthet.")
        #expect(report.approval == ReportText.Approval(by: "Samråd HSVO Test", date: LocalDate(iso: "2026-01-15")!))
        #expect(configuration.reportText(of: 2024) == nil)
    }

    @Test("every key is optional")
    func empty() throws {
        let configuration = try Self.fixture("summary: \"Kort.\"\n").load().get()
        #expect(configuration.reportText(of: 2025) == ReportText(year: 2025, summary: "Kort."))
    }

    @Test("an unknown key is an error at the key naming the nearest")
    func unknownKey() {
        expectOneError(
            Self.fixture(Self.valid.replacingOccurrences(of: "summary:", with: "sumary:")), at: "config/reports/2025.yaml:7:1",
            saying: #"okänd nyckel "sumary" (menade du "summary"?)"#)
    }

    @Test("a list where text belongs, a bad date and a missing approver are errors at their place")
    func wrongTypes() {
        expectOneError(
            Self.fixture(Self.valid.replacingOccurrences(of: "summary: \"Året i korthet.\"", with: "summary: [a, b]")),
            at: "config/reports/2025.yaml:7:10", saying: "väntade ett enkelt värde")
        expectOneError(
            Self.fixture(Self.valid.replacingOccurrences(of: "2026-01-15", with: "2026-13-15")), at: "config/reports/2025.yaml:8:42",
            saying: "2026-13-15")
        expectOneError(
            Self.fixture(Self.valid.replacingOccurrences(of: "by: \"Samråd HSVO Test\", ", with: "")), at: "config/reports/2025.yaml:8:11",
            saying: "by")
    }

    @Test("a file not named after a year is an unknown file")
    func badName() {
        let lines = Self.fixture(Self.valid, named: "reports/berattelse.yaml").errorLines()
        #expect(lines.count == 1 && lines[0].hasPrefix("config/reports/berattelse.yaml:1:1: "), "\(lines)")
    }

    @Test("config/knivsta's reports/2024.yaml loads with the seed's Bakgrund and Sammanfattning")
    func knivsta() throws {
        let configuration = try ConfigLoader.load(directory: packageRoot().appendingPathComponent("config/knivsta").path).get()
        let report = try #require(configuration.reportText(of: 2024))
        #expect(report.background?.hasPrefix("I Uppsala län har kommunerna och regionen en gemensam samordning") == true)
        #expect(report.summary?.contains("Enkäten visade att alla nämnder, utom utbildningsnämnden") == true)
    }
}
