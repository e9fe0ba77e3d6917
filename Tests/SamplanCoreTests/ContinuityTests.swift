import ICal
import SamplanCore
import Testing

/// Activities that cross the year, overdue activities, and years without their list (issue 12, points 1 and 2).
@Suite("Follow-up across years")
struct ContinuityTests {
    func day(_ text: String) -> LocalDate { StrategistFixture.day(text) }

    func checker(_ configuration: Configuration) -> (FlagChecker, AgendaBuilder) {
        let builder = StrategistFixture.builder(configuration, years: 2024...2026)
        return (FlagChecker(builder), builder)
    }

    @Test("an activity still pågående at the end of 2024 is in 2025's agendas, flags and report, marked from 2024, until it is settled")
    func carriedUntilSettled() throws {
        let carried = StrategistFixture.activity(
            "c1-pagar", year: 2024, followUps: [("2024-10-01", .pagaende), ("2025-06-01", .ja)])
        let configuration = try StrategistFixture.configuration(activities: [carried])
        #expect(carried.isInWork(of: 2025))
        #expect(!carried.isInWork(of: 2026), "settled (ja) in 2025: not carried on")
        let (flags, builder) = checker(configuration)

        let may = try #require(builder.agenda(for: "samrad-2025-05-08", asOf: day("2025-04-20")))
        let lines = may.focus.flatMap { $0.goals.flatMap(\.activities) }
        #expect(lines.map(\.activity.id) == ["c1-pagar"])
        #expect(lines.first?.origin == 2024)
        #expect(may.lackingFollowUp.map(\.activity.id) == ["c1-pagar"])
        #expect(may.lackingFollowUp.first?.origin == 2024)
        #expect(flags.flags(for: "samrad-2025-05-08", asOf: day("2025-04-20"))?.map(\.rule) == [.stale])

        let report = FollowUpReport(configuration, year: 2025)
        #expect(report.rows.map(\.activity.id) == ["c1-pagar"])
        #expect(report.rows.first?.origin == 2024)
        #expect(report.rows.first?.status == .ja)
        #expect(FollowUpReport(configuration, year: 2026).rows.isEmpty)
    }

    @Test("a settled activity (ja, nej, ej aktuell) stays in its year", arguments: [ActivityStatus.ja, .nej, .ejAktuell])
    func settledStays(status: ActivityStatus) throws {
        let activity = StrategistFixture.activity("c1-klar", year: 2024, followUps: [("2024-12-10", status)])
        #expect(activity.isInWork(of: 2024))
        #expect(!activity.isInWork(of: 2025))
        let configuration = try StrategistFixture.configuration(activities: [activity])
        #expect(FollowUpReport(configuration, year: 2025).rows.isEmpty)
    }

    @Test("moved_to keeps its meaning: an activity moved to 2026 skips 2025 and comes back in 2026, marked from 2024")
    func movedSkipsTheYearBetween() throws {
        let moved = StrategistFixture.activity("c1-senare", movedTo: 2026, year: 2024, followUps: [("2024-12-10", .pagaende)])
        #expect(!moved.isInWork(of: 2025))
        #expect(moved.isInWork(of: 2026))
        #expect(moved.isInWork(of: 2027), "still unsettled at the end of 2026")
        let configuration = try StrategistFixture.configuration(activities: [moved])
        #expect(FollowUpReport(configuration, year: 2025).rows.isEmpty)
        #expect(FollowUpReport(configuration, year: 2026).rows.map(\.origin) == [2024])
    }

    @Test("the same id on the lists of 2024 and 2025 is one activity: the follow-ups of both count and it is shown once")
    func sameIDContinues() throws {
        let first = StrategistFixture.activity("c1-fortsatt", year: 2024, followUps: [("2024-12-10", .pagaende)])
        var again = StrategistFixture.activity("c1-fortsatt", year: 2025, followUps: [("2024-12-10", .pagaende), ("2025-04-01", .delvis)])
        again.title = "Aktivitet c1-fortsatt, omformulerad"
        let merged = Activity.merged([first, again])
        #expect(merged.count == 1)
        #expect(merged.first?.listedIn == [2024, 2025])
        #expect(merged.first?.year == 2024)
        #expect(merged.first?.title == "Aktivitet c1-fortsatt, omformulerad", "the latest list's wording")
        #expect(merged.first?.followUps.map(\.status) == [.pagaende, .delvis], "the copied follow-up counts once")

        let configuration = try StrategistFixture.configuration(activities: merged)
        let (_, builder) = checker(configuration)
        let may = try #require(builder.agenda(for: "samrad-2025-05-08", asOf: day("2025-04-20")))
        #expect(may.focus.flatMap { $0.goals.flatMap(\.activities) }.map(\.activity.id) == ["c1-fortsatt"])
        #expect(may.lackingFollowUp.isEmpty, "followed up on 1 April, after the January samråd")
        #expect(FollowUpReport(configuration, year: 2025).rows.map(\.activity.id) == ["c1-fortsatt"])
        #expect(FollowUpReport(configuration, year: 2025).rows.first?.status == .delvis)
    }

    @Test("an unsettled activity past its due date is flagged at every meeting of its owner body and every samråd, whatever the focus")
    func overdueIsLoud() throws {
        let overdue = StrategistFixture.activity(
            "d1-sen", goal: "D1", owner: "tl", due: "2025-02-01", followUps: [("2025-01-15", .pagaende)])
        let configuration = try StrategistFixture.configuration(activities: [overdue])
        let (flags, builder) = checker(configuration)
        let meetings = builder.schedule.meetings.filter {
            $0.status == .confirmed && $0.start.local.date > day("2025-02-01") && $0.start.local.date.year == 2025
        }
        #expect(meetings.contains { !$0.focus.contains("D") }, "some of them are not about D")
        for meeting in meetings {
            let raised = flags.flags(for: meeting, asOf: meeting.start.local.date)
            #expect(raised.contains { $0.activity == "d1-sen" && $0.rule == .overdue }, "\(meeting.id)")
        }
        // Settled, it is quiet again.
        var settled = overdue
        settled.followUps.append(FollowUp(date: day("2025-06-01"), status: .nej, text: "Avslutad"))
        let (quiet, _) = checker(try StrategistFixture.configuration(activities: [settled]))
        #expect(quiet.flags(for: "samrad-2025-10-09", asOf: day("2025-10-01"))?.isEmpty == true)
    }

    @Test("an overdue activity owned by another body is not raised at a meeting of a body that neither owns it nor has its focus")
    func overdueOwnerOnly() throws {
        let overdue = StrategistFixture.activity("d1-samrad", goal: "D1", owner: "samrad", due: "2025-02-01")
        let configuration = try StrategistFixture.configuration(activities: [overdue])
        let (flags, builder) = checker(configuration)
        let tl = try #require(builder.schedule.meetings.first { $0.body == "tl" && $0.start.local.date.year == 2025 && !$0.focus.contains("D") && $0.start.local.date > day("2025-02-01") })
        #expect(flags.flags(for: tl, asOf: tl.start.local.date).isEmpty)
        #expect(flags.flags(for: "samrad-2025-10-09", asOf: day("2025-10-01"))?.contains { $0.activity == "d1-samrad" } == true)
    }

    @Test("a year with meetings but no activity list says so, in flags and on the agenda, instead of calling everything followed up")
    func missingList() throws {
        let configuration = try StrategistFixture.configuration(activities: [], listYears: [2024])
        let (flags, builder) = checker(configuration)
        let raised = try #require(flags.flags(for: "samrad-2025-05-08", asOf: day("2025-04-20")))
        #expect(raised.map(\.rule) == [.missingActivityList])
        #expect(raised.first?.message(in: .sv) == "Aktivitetslistan för 2025 saknas (activities/2025.yaml), så årets aktiviteter kan inte följas upp.")
        let agenda = try #require(builder.agenda(for: "samrad-2025-05-08", asOf: day("2025-04-20")))
        #expect(agenda.missingActivityList?.detail == .year(2025))
        #expect(flags.flags(for: agenda) == raised)
        // 2024 has its list (empty): nothing to say.
        #expect(flags.flags(for: "samrad-2024-10-10", asOf: day("2024-10-01"))?.isEmpty == true)
        #expect(configuration.lacksActivityList(2025))
        #expect(!configuration.lacksActivityList(2023), "before the first list, nothing was kept")
    }
}
