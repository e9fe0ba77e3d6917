import ICal
import SamplanCore
import Testing

/// What minutes do to later meetings: open åtgärder on the agendas, `action-overdue` (issue 13, part 4).
@Suite("Minutes flow into the next meetings")
struct MinutesEffectsTests {
    func day(_ text: String) -> LocalDate { StrategistFixture.day(text) }

    static let april = Minutes(
        meeting: "tl-2025-04-22",
        actions: [
            .init(id: "tl-2025-04-22#1", meeting: "tl-2025-04-22", text: "Ta fram lokal rutin för SIP", responsible: "socialchef",
                  due: LocalDate(iso: "2025-06-01")),
            .init(id: "tl-2025-04-22#2", meeting: "tl-2025-04-22", text: "Bjud in Familjecentralen"),
        ])

    func builder(_ minutes: [Minutes]) throws -> AgendaBuilder {
        var configuration = try StrategistFixture.configuration()
        configuration.minutes = minutes
        return StrategistFixture.builder(configuration)
    }

    @Test("an åtgärd is on every later agenda of its body, and of the samråd the body prepares, with its responsible person and due date")
    func openActionsCarried() throws {
        let builder = try builder([Self.april])
        let samrad = try #require(builder.agenda(for: "samrad-2025-05-08", asOf: day("2025-04-30")))
        #expect(samrad.openActions.map(\.action.id) == ["tl-2025-04-22#1", "tl-2025-04-22#2"])
        #expect(samrad.openActions.first?.responsible == "Socialchef Test kommun")
        #expect(samrad.openActions.first?.agreedOn == day("2025-04-22"))
        let september = try #require(builder.agenda(for: "tl-2025-09-23", asOf: day("2025-05-01")))
        #expect(september.openActions.count == 2)
        let itself = try #require(builder.agenda(for: "tl-2025-04-22", asOf: day("2025-04-01")))
        #expect(itself.openActions.isEmpty, "not before the meeting that agreed it")
    }

    @Test("past its due date and not done, an åtgärd raises action-overdue, under its responsible person")
    func overdue() throws {
        let builder = try builder([Self.april])
        let checker = FlagChecker(builder)
        let flags = try #require(checker.flags(for: "tl-2025-09-23", asOf: day("2025-09-01")))
        let overdue = flags.filter { $0.rule == .actionOverdue }
        #expect(overdue.count == 1)
        #expect(overdue.first?.person == "socialchef")
        #expect(overdue.first?.message(in: .sv) == "Åtgärden ”Ta fram lokal rutin för SIP” skulle vara klar 1 juni 2025 men är inte rapporterad som klar.")
        #expect(overdue.first?.reason(in: .sv) == "åtgärd försenad sedan 1 juni 2025")
        let agenda = try #require(builder.agenda(for: "tl-2025-09-23", asOf: day("2025-09-01")))
        #expect(checker.flags(for: agenda) == flags)
    }

    @Test("an åtgärd reported done at a later meeting leaves the agendas after it")
    func reportedDone() throws {
        let may = Minutes(meeting: "samrad-2025-05-08", done: ["tl-2025-04-22#1"])
        let builder = try builder([Self.april, may])
        let september = try #require(builder.agenda(for: "tl-2025-09-23", asOf: day("2025-09-01")))
        #expect(september.openActions.map(\.action.id) == ["tl-2025-04-22#2"])
        #expect(september.actionFlags.isEmpty)
        let samrad = try #require(builder.agenda(for: "samrad-2025-05-08", asOf: day("2025-04-30")))
        #expect(samrad.openActions.count == 2, "reported done at this meeting: still on its own agenda")
    }

    @Test("a follow-up given in minutes counts: the activity lacking follow-up before the minutes is followed up after them")
    func followUpInMinutes() throws {
        var configuration = try StrategistFixture.configuration(activities: [StrategistFixture.activity("c1-kompetens")])
        let before = FlagChecker(StrategistFixture.builder(configuration)).flags(for: "tl-2025-09-23", asOf: day("2025-09-01"))
        #expect(before?.map(\.rule) == [.noFollowUp])
        configuration.minutes = [Minutes(meeting: "samrad-2025-05-08", followUps: [.init(activity: "c1-kompetens", status: .delvis, text: "Två utbildningar")])]
        configuration.activities = configuration.addingMinutesFollowUps { id in id == "samrad-2025-05-08" ? LocalDate(iso: "2025-05-08") : nil }
        let builder = StrategistFixture.builder(configuration)
        #expect(FlagChecker(builder).flags(for: "tl-2025-09-23", asOf: day("2025-09-01"))?.isEmpty == true)
        let agenda = try #require(builder.agenda(for: "tl-2025-09-23", asOf: day("2025-09-01")))
        let line = try #require(agenda.focus.flatMap { $0.goals.flatMap(\.activities) }.first)
        #expect(line.latest?.status == .delvis)
        #expect(line.latest?.meeting == "samrad-2025-05-08")
        #expect(FollowUpReport(configuration, year: 2025).rows.first?.result == "Två utbildningar")
    }
}
