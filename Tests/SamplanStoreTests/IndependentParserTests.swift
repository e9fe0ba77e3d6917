import Foundation
import ICal
import SamplanCore
import SamplanStore
import Testing

/// The Python interpreter with `icalendar` and `recurring_ical_events`: `$SAMPLAN_PYTHON`, or the
/// virtual environment `scripts/test` makes in `.venv`.
func independentPython() -> String? {
    if let explicit = ProcessInfo.processInfo.environment["SAMPLAN_PYTHON"], FileManager.default.isExecutableFile(atPath: explicit) {
        return explicit
    }
    let venv = packageRoot() + "/.venv/bin/python"
    return FileManager.default.isExecutableFile(atPath: venv) ? venv : nil
}

@Suite("Independent parsers read samplan's feeds the same way")
struct IndependentParserTests {
    struct Report: Decodable {
        let missing_tzids: [String]
        let starts: [String: Int]
        let parsed: [String: Int]
    }

    @Test(
        "Python icalendar finds every TZID defined, and it and recurring_ical_events see the schedule's start times in UTC",
        .enabled(if: independentPython() != nil || ProcessInfo.processInfo.environment["CI"] != nil, "run scripts/test to set up .venv"))
    func pythonAgrees() throws {
        let python = try #require(independentPython(), "CI must have the .venv that scripts/test makes")
        let temporary = try TemporaryStore()
        var expected: [String: [String: Int]] = [:]
        var files: [String] = []
        for name in ["knivsta", "uppsala"] {
            let configuration = try exampleConfiguration(name)
            let year = name == "knivsta" ? 2026 : 2020
            let publication = try FeedPublisher.publish(configuration, store: temporary.store, asOf: day("\(year)-01-01"), year: year, now: november)
            let file = temporary.directory + "/\(name).ics"
            try CalendarWriter.render(publication.document(.all)).write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
            let schedule = ScheduleBuilder.build(configuration, years: year...year)
            expected[file] = Dictionary(
                uniqueKeysWithValues: schedule.meetings.map { (FeedBuilder.uid($0.id, configuration), $0.start.epochSeconds) })
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [packageRoot() + "/Tests/Support/independent_ical_check.py"] + files
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let reports = try JSONDecoder().decode([String: Report].self, from: data)
        for file in files {
            let report = try #require(reports[file])
            #expect(report.missing_tzids == [])
            #expect(report.parsed == expected[file])
            #expect(report.starts == expected[file])
        }
    }
}
