import Foundation
import ICal
import SamplanConfig
import SamplanCore
import SamplanRender
import Testing

/// The past is frozen: an exception never changes a meeting that starts before the earliest date it
/// names, not its date, focus areas, presenters or agenda.
@Suite("The past is frozen under exceptions")
struct FrozenPastTests {
    /// What a participant sees of a meeting: when, its focus areas, and the whole agenda text.
    struct Seen: Equatable {
        let start: String
        let epoch: Int
        let focus: [String]
        let agenda: String
    }

    func seen(_ configuration: Configuration, years: ClosedRange<Int>) -> [String: Seen] {
        let schedule = ScheduleBuilder.build(configuration, years: years)
        let builder = AgendaBuilder(configuration: configuration, schedule: schedule)
        let asOf = LocalDate.first(ofYear: years.lowerBound)
        var result: [String: Seen] = [:]
        for meeting in schedule.meetings {
            result[meeting.id] = Seen(
                start: meeting.start.iso8601, epoch: meeting.start.epochSeconds, focus: meeting.focus, agenda: builder.agenda(for: meeting, asOf: asOf).plainText(in: .sv))
        }
        return result
    }

    @Test("cancelling tl-2024-11-19 in config/knivsta leaves the January and April 2024 TL meetings as they were")
    func knivstaCancel() throws {
        var configuration = try RenderFixture.example("knivsta")
        let before = seen(configuration, years: 2024...2025)
        configuration.exceptions.append(.cancel(meeting: "tl-2024-11-19", reason: "Test"))
        let after = seen(configuration, years: 2024...2025)
        let earlier = before.filter { $0.value.start < "2024-11-19" && $0.key.hasPrefix("tl-") }
        #expect(!earlier.isEmpty)
        for (id, was) in earlier { #expect(after[id] == was, "\(id) changed") }
    }

    @Test("for every meeting of both examples, cancelling it or moving it a week later changes nothing that starts before it", arguments: ["knivsta", "uppsala"])
    func everyException(example: String) throws {
        let configuration = try RenderFixture.example(example)
        let years = example == "knivsta" ? 2024...2026 : 2020...2021
        let schedule = ScheduleBuilder.build(configuration, years: years)
        let before = seen(configuration, years: years)
        let named = Set(configuration.exceptions.compactMap { exception -> String? in
            switch exception {
            case let .move(id, _, _, _), let .cancel(id, _): id
            case .extra: nil
            }
        })
        for meeting in schedule.meetings where !meeting.isExtra && !named.contains(meeting.id) && meeting.status == .confirmed {
            let date = meeting.start.local.date
            let variants: [ScheduleException] = [
                .cancel(meeting: meeting.id, reason: nil), .move(meeting: meeting.id, toDate: date.adding(days: 7), toTime: nil, reason: nil),
            ]
            for exception in variants {
                var changed = configuration
                changed.exceptions.append(exception)
                let after = seen(changed, years: years)
                let followers = Set(ScheduleBuilder.build(changed, years: years).meetings.filter { $0.follows?.anchor == meeting.id }.map(\.id))
                for (id, was) in before where was.epoch < meeting.start.epochSeconds && !followers.contains(id) {
                    #expect(after[id] == was, "\(exception) changed \(id)")
                }
            }
        }
    }

    @Test("the agenda after a cancelled samråd says which focus areas came from it, in the draft and in the feed text")
    func carriedFocusIsSaid() throws {
        var configuration = try RenderFixture.example("knivsta")
        configuration.exceptions.append(.cancel(meeting: "samrad-2025-10-09", reason: "Budget"))
        let schedule = ScheduleBuilder.build(configuration, years: 2025...2026)
        let next = try #require(schedule.meeting("samrad-2026-01-08"))
        let carried = try #require(next.carriedFocus.first)
        let agenda = AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: next, asOf: LocalDate(iso: "2025-12-01")!)
        let area = try #require(configuration.focusAreas.first { $0.id == carried.areas.first })
        let markdown = AgendaDocument.markdown(agenda, language: .sv)
        #expect(markdown.contains("Fokusområde \(area.id). \(area.name) (från det inställda mötet 9 oktober 2025)"), "\(markdown)")
        #expect(agenda.plainText(in: .sv).contains("Fokusområde \(area.id). \(area.name) (från det inställda mötet 9 oktober 2025)\n"))
        #expect(AgendaDocument.markdown(agenda, language: .en).contains("(from the cancelled meeting of 9 October 2025)"))
    }

    @Test("agenda drafts show the meeting's day, not its id, also for the next meeting")
    func draftsShowDates() throws {
        let configuration = try RenderFixture.example("knivsta")
        let schedule = ScheduleBuilder.build(configuration, years: 2026...2026)
        let meeting = try #require(schedule.meeting("samrad-2026-05-14"))
        let agenda = AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: meeting, asOf: LocalDate(iso: "2026-05-01")!)
        for document in [AgendaDocument.markdown(agenda, language: .sv), AgendaDocument.html(agenda, language: .sv)] {
            #expect(!document.contains("samrad-2026-"), "an id in \(document)")
            #expect(document.contains("18 maj 2026"))
        }
    }

    @Test("the schedule and the feed text say that a beredning follows its samråd's move")
    func followIsSaid() throws {
        var configuration = try RenderFixture.example("knivsta")
        configuration.exceptions.append(.move(meeting: "samrad-2026-05-14", toDate: LocalDate(iso: "2026-05-26")!, toTime: nil, reason: "Krock"))
        let schedule = ScheduleBuilder.build(configuration, years: 2026...2026)
        let text = ScheduleText.render(schedule.only(body: "tl"), configuration: configuration, language: .sv)
        #expect(
            text.contains("Flyttat från tisdag 28 april 2026 (följer Samråd HSVO Knivsta, som flyttats till tisdag 26 maj 2026)"), "\(text)")
    }
}

