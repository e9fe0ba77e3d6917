import ICal
import SamplanCore
import Testing

@Suite("The yearly follow-up report")
struct ReportTests {
    @Test("rows are grouped by focus area and delmål in configured order, each with its latest follow-up of the year")
    func grouping() throws {
        let configuration = try StrategistFixture.configuration(activities: [
            StrategistFixture.activity("c1-a", goal: "C1", followUps: [("2025-03-01", .pagaende), ("2025-11-01", .ja), ("2026-02-01", .nej)]),
            StrategistFixture.activity("a2-b", goal: "A2", followUps: [("2025-06-01", .delvis)]),
            StrategistFixture.activity("a1-c", goal: "A1"),
            StrategistFixture.activity("a1-annat-ar", goal: "A1", year: 2024, followUps: [("2024-10-01", .nej)]),
        ])
        let report = FollowUpReport(configuration, year: 2025)
        #expect(report.areas.map(\.id) == ["A", "C"])
        #expect(report.areas[0].goals.map(\.goal.id) == ["A1", "A2"])
        #expect(report.rows.map(\.activity.id) == ["a1-c", "a2-b", "c1-a"])
        #expect(report.rows.map(\.status) == [nil, .delvis, .ja], "a 2026 follow-up does not change the 2025 report")
        #expect(report.rows.map(\.result) == ["", "Uppföljning 2025-06-01", "Uppföljning 2025-11-01"])
    }

    @Test("a year without an activity list gives an empty report")
    func emptyYear() throws {
        #expect(FollowUpReport(try StrategistFixture.configuration(), year: 2025).areas.isEmpty)
    }

    @Test("the Klar? column reads Ja, Nej, Delvis, Pågående, Nej, ej aktuellt in Swedish and Yes, No, Partly, Ongoing … in English")
    func statusLabels() {
        #expect(ActivityStatus.allCases.map { $0.label(in: .sv) } == ["Ja", "Nej", "Delvis", "Pågående", "Nej, ej aktuellt"])
        #expect(ActivityStatus.allCases.map { $0.label(in: .en) } == ["Yes", "No", "Partly", "Ongoing", "No, no longer relevant"])
    }

    @Test("ej aktuell is settled and read from YAML spellings and report cells")
    func notRelevant() {
        #expect(ActivityStatus.ejAktuell.isSettled)
        for text in ["ej aktuell", "Ej aktuellt", "ej_aktuell", "ej-aktuell"] { #expect(ActivityStatus(text: text) == .ejAktuell) }
        for cell in ["Nej, ej aktuellt.", "No longer relevant", "nej – inte aktuellt"] { #expect(ActivityStatus(cell: cell) == .ejAktuell) }
        #expect(ActivityStatus(cell: "Nej.") == .nej)
    }
}
