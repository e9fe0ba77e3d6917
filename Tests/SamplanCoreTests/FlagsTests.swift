import ICal
import SamplanCore
import Testing

@Suite("Follow-up flags as of a date")
struct FlagsTests {
    func day(_ text: String) -> LocalDate { StrategistFixture.day(text) }

    /// The flags of `meeting` as of `asOf` for a configuration with `activities`.
    func flags(
        _ activities: [Activity], meeting: String = "samrad-2025-05-08", asOf: String = "2025-04-20", invitations: [Invitation] = [],
        exceptions: [ScheduleException] = []
    ) throws -> [MeetingFlag] {
        let configuration = try StrategistFixture.configuration(activities: activities, invitations: invitations, exceptions: exceptions)
        let checker = FlagChecker(configuration: configuration, schedule: ScheduleBuilder.build(configuration, years: 2024...2026))
        return try #require(checker.flags(for: meeting, asOf: day(asOf)))
    }

    func rules(_ flags: [MeetingFlag], of activity: String) -> [MeetingFlag.Rule] {
        flags.filter { $0.activity == activity }.map(\.rule)
    }

    @Test("an activity without any follow-up is flagged no-followup (and not also stale)")
    func noFollowUp() throws {
        let result = try flags([StrategistFixture.activity("c1-ny")])
        #expect(rules(result, of: "c1-ny") == [.noFollowUp])
        #expect(result.first?.message(in: .sv) == "Aktiviteten ”Aktivitet c1-ny” har ingen uppföljning.")
        #expect(result.first?.message(in: .en) == "The activity “Aktivitet c1-ny” has no follow-up.")
    }

    @Test("a follow-up only from before the previous meeting of the body is stale")
    func staleBeforePreviousMeeting() throws {
        let result = try flags([StrategistFixture.activity("c1-gammal", followUps: [("2024-12-10", .pagaende)])])
        #expect(rules(result, of: "c1-gammal") == [.stale])
        #expect(
            result.first?.message(in: .sv)
                == "Aktiviteten ”Aktivitet c1-gammal” har ingen uppföljning efter föregående möte (9 januari 2025).")
    }

    @Test("a follow-up dated on the previous meeting's own day counts as at that meeting, not after it: still stale")
    func followUpOnPreviousMeetingDay() throws {
        let result = try flags([StrategistFixture.activity("c1-vid-motet", followUps: [("2025-01-09", .pagaende)])])
        #expect(rules(result, of: "c1-vid-motet") == [.stale])
    }

    @Test("a follow-up dated the day after the previous meeting keeps the activity from being stale")
    func followUpAfterPreviousMeeting() throws {
        let result = try flags([StrategistFixture.activity("c1-efter", followUps: [("2025-01-10", .pagaende)])])
        #expect(rules(result, of: "c1-efter") == [])
    }

    @Test("a follow-up written after the as-of date does not count yet")
    func futureFollowUpIgnored() throws {
        let activity = StrategistFixture.activity("c1-senare", followUps: [("2025-04-25", .ja)])
        #expect(rules(try flags([activity], asOf: "2025-04-20"), of: "c1-senare") == [.noFollowUp])
        #expect(rules(try flags([activity], asOf: "2025-04-25"), of: "c1-senare") == [])
    }

    @Test("a due date that has passed without a settled status is overdue; on the due date itself it is not yet")
    func overdue() throws {
        let activity = StrategistFixture.activity("c1-forsenad", due: "2025-03-31", followUps: [("2025-02-01", .pagaende)])
        let result = try flags([activity])
        #expect(rules(result, of: "c1-forsenad") == [.overdue])
        #expect(
            result.first?.message(in: .sv) == "Aktiviteten ”Aktivitet c1-forsenad” skulle vara klar 31 mars 2025 men har status pågående.")
        #expect(rules(try flags([activity], asOf: "2025-03-31"), of: "c1-forsenad") == [])
    }

    @Test("an activity moved to 2025 is moved-due once 2025 has come and nothing is written in 2025")
    func movedDue() throws {
        let moved = StrategistFixture.activity("c1-flyttad", movedTo: 2025, year: 2024, followUps: [("2024-12-10", .pagaende)])
        let result = try flags([moved])
        #expect(rules(result, of: "c1-flyttad") == [.stale, .movedDue])
        #expect(
            result.last?.message(in: .sv) == "Aktiviteten ”Aktivitet c1-flyttad” flyttades till 2025 men har ingen uppföljning under 2025.")
        let followedUp = StrategistFixture.activity(
            "c1-flyttad", movedTo: 2025, year: 2024, followUps: [("2024-12-10", .pagaende), ("2025-02-03", .pagaende)])
        #expect(rules(try flags([followedUp]), of: "c1-flyttad") == [])
    }

    @Test("before the year it was moved to has come, a moved activity is not moved-due")
    func movedNotYetDue() throws {
        let moved = StrategistFixture.activity("c1-flyttad", movedTo: 2025, year: 2024, followUps: [("2024-05-20", .pagaende)])
        let result = try flags([moved], meeting: "tl-2024-09-24", asOf: "2024-09-01")
        #expect(rules(result, of: "c1-flyttad") == [])
    }

    @Test("an activity without a responsible person is flagged no-responsible")
    func noResponsible() throws {
        let result = try flags([StrategistFixture.activity("c1-ingen", responsible: nil, followUps: [("2025-03-01", .delvis)])])
        #expect(rules(result, of: "c1-ingen") == [.noResponsible])
        #expect(result.first?.message(in: .en) == "The activity “Aktivitet c1-ingen” has nobody responsible.")
    }

    @Test(
        "a settled activity (latest status ja or nej) raises nothing, even overdue and without anyone responsible",
        arguments: [ActivityStatus.ja, .nej])
    func settled(status: ActivityStatus) throws {
        let activity = StrategistFixture.activity(
            "c1-klar", responsible: nil, due: "2024-12-31", movedTo: 2025, year: 2024, followUps: [("2024-12-10", status)])
        #expect(try flags([activity]).isEmpty)
    }

    @Test("an activity with no owner body is still flagged at the meetings of its focus area, whichever body holds them")
    func noOwner() throws {
        let activity = StrategistFixture.activity("c1-utan-agare", owner: nil)
        #expect(rules(try flags([activity], meeting: "tl-2025-09-23"), of: "c1-utan-agare") == [.noFollowUp])
        #expect(rules(try flags([activity], meeting: "samrad-2025-05-08"), of: "c1-utan-agare") == [.noFollowUp])
        #expect(rules(try flags([activity], meeting: "samrad-2025-10-09", asOf: "2025-09-01"), of: "c1-utan-agare") == [])
    }

    @Test("stale is judged against the same body's previous meeting: for the tjänsteledning, its own April meeting")
    func staleAgainstOwnBody() throws {
        // tl-2025-09-23's previous tl meeting is 22 April; a follow-up of 1 May is after it.
        let activity = StrategistFixture.activity("c1-maj", followUps: [("2025-05-01", .pagaende)])
        #expect(rules(try flags([activity], meeting: "tl-2025-09-23", asOf: "2025-09-01"), of: "c1-maj") == [])
        let earlier = StrategistFixture.activity("c1-april", followUps: [("2025-04-22", .pagaende)])
        let result = try flags([earlier], meeting: "tl-2025-09-23", asOf: "2025-09-01")
        #expect(result.first?.detail == .previousMeeting(day("2025-04-22")))
    }

    @Test("a member of two bodies whose meetings overlap is double-booked on both, naming the other meeting")
    func doubleBooked() throws {
        let extra = ScheduleException.extra(.init(body: "tl", start: LocalDateTime(text: "2025-05-08 14:00")!, title: "Extra tjänsteledning"))
        let samrad = try flags([], exceptions: [extra])
        #expect(samrad.filter { $0.rule == .doubleBooked }.map(\.person) == ["socialchef", "strateg"])
        #expect(
            samrad.first?.message(in: .sv)
                == "Socialchef Test kommun är kallad till ett annat möte samtidigt: Extra tjänsteledning, torsdag 8 maj 2025 kl. 14.00–16.00.")
        let tl = try flags([], meeting: "tl-2025-05-08", exceptions: [extra])
        #expect(tl.filter { $0.rule == .doubleBooked }.map(\.person) == ["socialchef", "strateg"])
    }

    @Test("an invited presenter who is also in an overlapping meeting is double-booked")
    func presenterDoubleBooked() throws {
        let extra = ScheduleException.extra(.init(body: "tl", start: LocalDateTime(text: "2025-05-08 12:00")!, title: "Extra"))
        let invitation = Invitation(
            presenter: .person("voc"), target: .meeting("samrad-2025-05-08"), topic: "Lägesbild", duration: ISODuration(minutes: 15))
        let result = try flags([], invitations: [invitation], exceptions: [extra])
        #expect(result.filter { $0.rule == .doubleBooked }.map(\.person) == ["socialchef", "strateg", "voc"])
    }

    @Test("meetings that only touch (one ends when the other starts) are not a double booking")
    func touchingIsNoOverlap() throws {
        let extra = ScheduleException.extra(.init(body: "tl", start: LocalDateTime(text: "2025-05-08 11:00")!, duration: ISODuration(hours: 2)))
        #expect(try flags([], exceptions: [extra]).isEmpty)
    }

    @Test("the flag checker flags an agenda that outlasts its meeting")
    func agendaOverrun() throws {
        let invitation = Invitation(presenter: .person("voc"), target: .meeting("tl-2025-04-22"), topic: "Lång", duration: ISODuration(hours: 2))
        let result = try flags([], meeting: "tl-2025-04-22", invitations: [invitation])
        #expect(result.map(\.rule) == [.agendaOverrun])
        #expect(result.first?.meeting == "tl-2025-04-22")
    }

    @Test("a cancelled meeting raises no flags")
    func cancelledMeeting() throws {
        let result = try flags([StrategistFixture.activity("c1-ny")], exceptions: [.cancel(meeting: "samrad-2025-05-08", reason: nil)])
        #expect(result.isEmpty)
    }

    @Test("without a meeting, the flags concern each body's next meeting on or after the date")
    func upcoming() throws {
        let configuration = try StrategistFixture.configuration(activities: [StrategistFixture.activity("c1-ny")])
        let checker = FlagChecker(configuration: configuration, schedule: ScheduleBuilder.build(configuration, years: 2024...2026))
        #expect(checker.upcomingMeetings(asOf: day("2025-04-20")).map(\.id) == ["tl-2025-04-22", "samrad-2025-05-08"])
        #expect(checker.upcomingFlags(asOf: day("2025-04-20")).map(\.meeting) == ["samrad-2025-05-08"])
        #expect(checker.upcomingMeetings(asOf: day("2025-04-22")).first?.id == "tl-2025-04-22")
    }

    @Test("the flags taken from a meeting's agenda are the flags judged for the meeting itself")
    func flagsFromAgenda() throws {
        let extra = ScheduleException.extra(.init(body: "tl", start: LocalDateTime(text: "2025-05-08 14:00")!, title: "Extra"))
        let invitation = Invitation(presenter: .person("voc"), target: .meeting("samrad-2025-05-08"), topic: "Lång", duration: ISODuration(hours: 2))
        let configuration = try StrategistFixture.configuration(
            activities: [
                StrategistFixture.activity("a1-ny", goal: "A1"),
                StrategistFixture.activity("c1-gammal", responsible: nil, followUps: [("2024-12-10", .delvis)]),
            ],
            invitations: [invitation], exceptions: [extra])
        let builder = StrategistFixture.builder(configuration)
        let checker = FlagChecker(builder)
        let agenda = try #require(builder.agenda(for: "samrad-2025-05-08", asOf: day("2025-04-20")))
        let direct = try #require(checker.flags(for: "samrad-2025-05-08", asOf: day("2025-04-20")))
        #expect(checker.flags(for: agenda) == direct)
        #expect(direct.map(\.rule) == [.noFollowUp, .stale, .noResponsible, .doubleBooked, .doubleBooked, .doubleBooked, .agendaOverrun])
    }

    @Test("every rule has the code scripts read")
    func codes() {
        #expect(
            MeetingFlag.Rule.allCases.map(\.rawValue) == [
                "no-followup", "stale", "overdue", "moved-due", "no-responsible", "double-booked", "agenda-overrun",
                "missing-activity-list", "action-overdue", "presentation-not-held",
            ])
    }
}
