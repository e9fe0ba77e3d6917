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

/// Whether every parser must be there: on CI, a parser that is not installed fails the suite.
private let parsersRequired = ProcessInfo.processInfo.environment["CI"] != nil

@Suite("Independent parsers read samplan's feeds the same way")
struct IndependentParserTests {
    struct Report: Decodable {
        struct Parser: Decodable {
            let starts: [String: Int]
            let categories: [String: [String]]?
        }
        let missing_tzids: [String]
        let parsers: [String: Parser]
        let errors: [String: String]
        let unavailable: [String]
    }

    /// What samplan published in one file: every event's start (UTC seconds) and categories.
    struct Expected {
        var starts: [String: Int] = [:]
        var categories: [String: [String]] = [:]
    }

    static let parsers = ["icalendar", "recurring_ical_events", "ical", "icalevents"]

    /// The all-meetings feed of a configuration for one year, written to `directory`, with what it holds.
    func write(
        _ configuration: Configuration, name: String, year: Int, directory: String, store: StateStore
    ) throws -> (file: String, expected: Expected) {
        let publication = try FeedPublisher.publish(configuration, store: store, asOf: day("\(year)-01-01"), year: year, now: november)
        let file = directory + "/\(name).ics"
        let document = publication.document(.all)
        try CalendarWriter.render(document).write(toFile: file, atomically: true, encoding: .utf8)
        var expected = Expected()
        let schedule = ScheduleBuilder.build(configuration, years: year...year)
        for meeting in schedule.meetings { expected.starts[FeedBuilder.uid(meeting.id, configuration)] = meeting.start.epochSeconds }
        for event in document.events { expected.categories[event.uid] = event.categories }
        return (file, expected)
    }

    /// Runs the Python check over `files`; its report per file.
    func check(_ files: [String]) throws -> [String: Report] {
        let python = try #require(independentPython(), "CI must have the .venv that scripts/test makes")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [packageRoot() + "/Tests/Support/independent_ical_check.py"] + files
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONDecoder().decode([String: Report].self, from: data)
    }

    @Test(
        "icalendar, recurring_ical_events, ical and icalevents read every event of both examples with the schedule's starts and the focus areas",
        .enabled(if: independentPython() != nil || parsersRequired, "run scripts/test to set up .venv"))
    func pythonAgrees() throws {
        let temporary = try TemporaryStore()
        var expected: [String: Expected] = [:]
        for name in ["knivsta", "uppsala"] {
            let year = name == "knivsta" ? 2026 : 2020
            let written = try write(try exampleConfiguration(name), name: name, year: year, directory: temporary.directory, store: temporary.store)
            expected[written.file] = written.expected
        }
        // A meeting with two focus areas has one CATEGORIES property with both: the case that made a parser fail.
        #expect(expected.values.contains { $0.categories.values.contains { $0.count >= 2 } })
        let reports = try check(Array(expected.keys))
        for (file, expected) in expected {
            let report = try #require(reports[file])
            #expect(report.missing_tzids == [], "\(file)")
            #expect(report.errors == [:], "\(file)")
            if parsersRequired { #expect(report.unavailable == [], "CI needs every parser in .venv") }
            for parser in Self.parsers where !report.unavailable.contains(parser) {
                let read = try #require(report.parsers[parser], "\(parser) read nothing of \(file)")
                #expect(read.starts == expected.starts, "\(parser), \(file)")
                if let categories = read.categories { #expect(categories == expected.categories, "\(parser), \(file)") }
            }
        }
    }

    @Test(
        "a focus area whose name holds a comma and a semicolon stays one category for icalendar and icalevents",
        .enabled(if: independentPython() != nil || parsersRequired, "run scripts/test to set up .venv"))
    func commaInsideACategory() throws {
        var configuration = try exampleConfiguration("knivsta")
        let index = try #require(configuration.focusAreas.firstIndex { $0.id == "B" })
        configuration.focusAreas[index].name = "Nära vård, hälsa; omsorg"
        let temporary = try TemporaryStore()
        let written = try write(configuration, name: "comma", year: 2026, directory: temporary.directory, store: temporary.store)
        #expect(written.expected.categories.values.contains { $0.contains("B Nära vård, hälsa; omsorg") })
        let report = try #require(try check([written.file])[written.file])
        #expect(report.errors == [:])
        // `ical` (14.3) splits a CATEGORIES value at an escaped comma, so it is not asked here.
        for parser in ["icalendar", "icalevents"] where !report.unavailable.contains(parser) {
            #expect(report.parsers[parser]?.categories == written.expected.categories, "\(parser)")
        }
    }
}
