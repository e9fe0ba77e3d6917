import ICal
import SamplanConfig
import SamplanCore
import SamplanRender
import Testing

/// The same fact reads the same in every output: the feed, the agenda and the schedule.
@Suite("Wording")
struct WordingTests {
    /// Knivsta with the samråd of 8 May 2025 moved a week by an exception.
    func moved() throws -> (Configuration, Schedule, Meeting) {
        var configuration = try RenderFixture.example("knivsta")
        configuration.exceptions = [
            .move(meeting: "samrad-2025-05-08", toDate: LocalDate(iso: "2025-05-15")!, toTime: nil, reason: "Krock med kommunfullmäktige")
        ]
        let schedule = ScheduleBuilder.build(configuration, years: 2024...2026)
        let meeting = try #require(schedule.meeting("samrad-2025-05-08"))
        return (configuration, schedule, meeting)
    }

    @Test("a moved meeting reads \"Flyttat från … (reason)\" in the feed, the agenda and the schedule")
    func movedMeeting() throws {
        let (configuration, schedule, meeting) = try moved()
        let sentence = "Flyttat från torsdag 8 maj 2025 kl. 13.00 (Krock med kommunfullmäktige)"

        let event = try #require(
            FeedBuilder.contents(configuration, asOf: LocalDate(iso: "2025-04-20")!, year: 2025).first { $0.meeting == meeting.id })
        #expect(event.description.contains(sentence + "."))

        let agenda = try #require(
            AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: meeting.id, asOf: LocalDate(iso: "2025-04-20")!))
        let markdown = AgendaDocument.markdown(agenda, language: .sv)
        #expect(markdown.contains("Flyttat:** " + sentence.dropFirst("Flyttat ".count)))
        #expect(!markdown.contains("Ändrat"))

        let listing = ScheduleText.render(schedule, configuration: configuration, language: .sv)
        #expect(listing.contains("↳ " + sentence + "\n"))
        #expect(!listing.contains("ändrat från"))
    }

    @Test("in English, a moved meeting reads \"Moved from …\" everywhere")
    func movedMeetingInEnglish() throws {
        var (configuration, _, _) = try moved()
        configuration.organization.language = .en
        let schedule = ScheduleBuilder.build(configuration, years: 2024...2026)
        let sentence = "Moved from Thursday 8 May 2025, 13:00 (Krock med kommunfullmäktige)"
        let event = try #require(
            FeedBuilder.contents(configuration, asOf: LocalDate(iso: "2025-04-20")!, year: 2025).first { $0.meeting == "samrad-2025-05-08" })
        #expect(event.description.contains(sentence + "."))
        let agenda = try #require(
            AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: "samrad-2025-05-08", asOf: LocalDate(iso: "2025-04-20")!))
        #expect(AgendaDocument.markdown(agenda, language: .en).contains("Moved:** from Thursday 8 May 2025, 13:00 (Krock med kommunfullmäktige)"))
        #expect(ScheduleText.render(schedule, configuration: configuration, language: .en).contains("↳ " + sentence + "\n"))
    }
}
