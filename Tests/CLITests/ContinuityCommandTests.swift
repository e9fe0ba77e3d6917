import Foundation
import Testing

/// Activities across years as a new user meets them on config/knivsta (issue 12, point 1).
@Suite("Activities across years, from the command line")
struct ContinuityCommandTests {
    func copyOfKnivsta() throws -> URL {
        let manager = FileManager.default
        let copy = manager.temporaryDirectory.appendingPathComponent("samplan-years-\(UUID().uuidString)")
        try manager.copyItem(at: SamplanBinary.packageRoot.appendingPathComponent("config/knivsta"), to: copy)
        return copy
    }

    @Test("copying last year's list to start a new year validates (a warning for its year: line) and shows each activity once")
    func copyStartsANewYear() throws {
        let copy = try copyOfKnivsta()
        defer { try? FileManager.default.removeItem(at: copy) }
        let activities = copy.appendingPathComponent("activities")
        try FileManager.default.copyItem(at: activities.appendingPathComponent("2024.yaml"), to: activities.appendingPathComponent("2027.yaml"))
        let validate = try SamplanBinary.run(["validate", "--config", copy.path])
        #expect(validate.status == 0, "stderr: \(validate.stderr)")
        #expect(validate.stdout.contains("22 aktiviteter"), "one activity per id: \(validate.stdout)")
        #expect(!validate.stderr.contains("finns redan"))
        #expect(validate.stderr.contains("activities/2027.yaml:"))
        #expect(validate.stderr.contains("varning: year: 2024 stämmer inte med filnamnet (2027.yaml)"))

        let report = try SamplanBinary.run(["report", "--config", copy.path, "--year", "2027"])
        #expect(report.status == 0, "stderr: \(report.stderr)")
        #expect(report.stdout.components(separatedBy: "Följa upp länsövergripande och lokala Suicidpreventiva arbetet").count - 1 == 1)
    }

    @Test("report --year 2025 holds what 2024 left unsettled and the activities moved to 2025, marked från 2024, and says the list is missing")
    func reportOfTheNextYear() throws {
        let run = try SamplanBinary.run(["report", "--config", "config/knivsta", "--year", "2025"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(!run.stdout.contains("Aktivitetslistan för året har inga aktiviteter."))
        #expect(run.stdout.hasPrefix("# Bilaga 1 – Uppföljning av aktivitetslista\n"))
        #expect(run.stdout.contains("Aktivitetslistan för 2025 saknas"))
        // moved_to: 2025
        #expect(run.stdout.contains("| Följa upp länsövergripande och lokala Suicidpreventiva arbetet, inom kommun och vårdcentral (från 2024) |"))
        // still delvis at the end of 2024, no moved_to
        #expect(run.stdout.contains("Digitalisering stående punkt på tjänsteledningens agenda"))
        #expect(!run.stdout.contains("Ungdomsmottagningen"), "Nej, ej aktuellt: settled")
        #expect(!run.stdout.contains("Identifiera vad som görs i samverkan lokalt"), "ja: settled")
    }

    @Test("validate names the years that have meetings but no activity list, and still exits 0")
    func missingYearsWarned() throws {
        let run = try SamplanBinary.run(["validate", "--config", "config/uppsala"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("varning: det finns möten men ingen aktivitetslista för 2021, 2022"))
    }
}
