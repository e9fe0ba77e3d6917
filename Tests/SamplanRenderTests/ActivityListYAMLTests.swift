import Foundation
import ICal
import SamplanConfig
import SamplanCore
import SamplanRender
import Testing

@Suite("Activity lists written as YAML")
struct ActivityListYAMLTests {
    @Test(
        "any text, with quotes, backslashes, line breaks, colons, # and YAML words, reads back exactly through the config loader",
        arguments: [
            "Sa \"hej\" och gick", "C:\\mapp\\fil", "Två\nrader", "Nej: ej aktuellt # inte en kommentar", "yes", "null", "- lista?",
            "[1, 2]", "{a: b}", "&ankare *alias", "tab\tinne", "Ä\u{2028}Ö", "'enkla' citat", "@ och `",
        ])
    func roundTrip(text: String) throws {
        var files = try RenderFixture.exampleFiles("knivsta")
        let configuration = try RenderFixture.load(files).get()
        let activity = Activity(
            id: "a1-test", year: 2031, goal: "A1", title: text, owner: "tl", responsible: "strateg", due: LocalDate(iso: "2031-06-30"),
            movedTo: 2032, followUps: [FollowUp(date: LocalDate(iso: "2031-05-02")!, status: .pagaende, text: text, meeting: "samrad-2031-05-08")])
        files["activities/2031.yaml"] = ActivityListYAML.render([activity], year: 2031, source: "test.csv", configuration: configuration)
        let reloaded = RenderFixture.load(files)
        guard case let .success(loaded) = reloaded else {
            Issue.record("does not load: \(reloaded)\n\(files["activities/2031.yaml"]!)")
            return
        }
        #expect(loaded.activities.last == activity)
    }

    @Test("every status, ej aktuell too, is written so that the loader reads it back", arguments: ActivityStatus.allCases)
    func statuses(status: ActivityStatus) throws {
        var files = try RenderFixture.exampleFiles("knivsta")
        let configuration = try RenderFixture.load(files).get()
        let activity = Activity(
            id: "a1-status", year: 2031, goal: "A1", title: "Status",
            followUps: [FollowUp(date: LocalDate(iso: "2031-05-02")!, status: status, text: "Uppföljning")])
        let text = ActivityListYAML.render([activity], year: 2031, source: "test.csv", configuration: configuration)
        #expect(text.contains("        status: \"\(status.rawValue)\"\n"))
        files["activities/2031.yaml"] = text
        let loaded = try RenderFixture.load(files).get()
        #expect(loaded.activities.last?.followUps.first?.status == status)
    }

    @Test("the file starts with a comment naming the source, the year, and groups activities under their delmål")
    func shape() throws {
        let configuration = try RenderFixture.example("knivsta")
        let activities = configuration.activities.filter { $0.year == 2024 }.prefix(4)
        let text = ActivityListYAML.render(Array(activities), year: 2024, source: "bilaga1.csv", configuration: configuration)
        let lines = text.split(separator: "\n")
        #expect(lines[0] == "# Aktivitetslista 2024, importerad från bilaga1.csv med samplan import-activities.")
        #expect(lines[2] == "year: 2024")
        #expect(lines[3] == "activities:")
        #expect(lines[4] == "  # A1. Hälsosystemet stödjer och möjliggör hälsosamma val och en jämlik hälsa")
        #expect(lines[5] == "  - id: \"a1-informera-insatser\"")
        #expect(text.contains("  # A2. Socialt hållbara insatser"))
    }
}
