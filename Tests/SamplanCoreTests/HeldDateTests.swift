import ICal
import SamplanCore
import Testing

/// Where meetings are held: klämdagar and aftnar, beredningar before what they prepare, moves that
/// relative meetings follow, a body's own holiday policy, and meetings named by the day they are held.
@Suite("Held dates: klämdagar, aftnar, beredning before its samråd, meetings by their real date")
struct HeldDateTests {
    func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    func avoiding(_ avoid: Set<AvoidedDays>, rule: String, exceptions: [ScheduleException] = []) throws -> Configuration {
        var configuration = try makeConfiguration(samradRule: rule, exceptions: exceptions)
        configuration.holidays.avoid = avoid
        return configuration
    }

    @Test("with avoid: [klämdagar] a samråd on Kristi himmelsfärds dag 2026 skips the Friday after and is held on Monday")
    func ascensionSkipsBridgeDay() throws {
        let schedule = ScheduleBuilder.build(try avoiding([.bridgeDays], rule: "FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH"), years: 2026...2026)
        let meeting = try #require(schedule.meeting("samrad-2026-05-14"))
        #expect(meeting.start.local.date == day("2026-05-18"))
        #expect(meeting.shift?.reason.sv == "Kristi himmelsfärds dag")
    }

    @Test("a meeting whose rule falls on the klämdag itself moves, and the reason names the day")
    func bridgeDayReason() throws {
        let schedule = ScheduleBuilder.build(try avoiding([.bridgeDays], rule: "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=15"), years: 2026...2026)
        let meeting = try #require(schedule.meeting("samrad-2026-05-15"))
        #expect(meeting.start.local.date == day("2026-05-18"))
        #expect(meeting.shift?.reason.sv == "klämdag efter Kristi himmelsfärds dag")
        #expect(meeting.shift?.reason.en == "bridge day after Ascension Day")
    }

    @Test("a Monday before a Tuesday holiday is a klämdag too (before Sveriges nationaldag 2023)")
    func bridgeDayBefore() throws {
        // 6 June 2023 was a Tuesday.
        var configuration = try avoiding([.bridgeDays], rule: "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=5")
        configuration.bodies[1].cadence?.from = day("2023-01-01")
        let schedule = ScheduleBuilder.build(configuration, years: 2023...2023)
        let meeting = try #require(schedule.meeting("samrad-2023-06-05"))
        #expect(meeting.start.local.date == day("2023-06-07"))
        #expect(meeting.shift?.reason.sv == "klämdag före Sveriges nationaldag")
    }

    @Test("without avoid nothing changes: the Friday after Kristi himmelsfärds dag is a working day")
    func noAvoidNoChange() throws {
        let schedule = ScheduleBuilder.build(try avoiding([], rule: "FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH"), years: 2026...2026)
        #expect(schedule.meeting("samrad-2026-05-14")?.start.local.date == day("2026-05-15"))
        let friday = ScheduleBuilder.build(try avoiding([], rule: "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=30"), years: 2026...2026)
        #expect(friday.meeting("samrad-2026-04-30")?.shift == nil)
    }

    @Test(
        "with avoid: [aftnar] trettondagsafton, skärtorsdag, valborgsmässoafton and allhelgonaafton are avoided",
        arguments: [
            ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=5", "samrad-2026-01-05", "2026-01-07", "trettondagsafton"),
            ("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=2", "samrad-2026-04-02", "2026-04-07", "skärtorsdag"),
            ("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=30", "samrad-2026-04-30", "2026-05-04", "valborgsmässoafton"),
            ("FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=30", "samrad-2026-10-30", "2026-11-02", "allhelgonaafton"),
        ])
    func eves(rule: String, id: String, held: String, reason: String) throws {
        let schedule = ScheduleBuilder.build(try avoiding([.eves], rule: rule), years: 2026...2026)
        let meeting = try #require(schedule.meeting(id))
        #expect(meeting.start.local.date == day(held))
        #expect(meeting.shift?.reason.sv == reason)
    }

    @Test(
        "min_gap decides: the first working day after the break when it keeps the gap, else the last before the break",
        arguments: [(7, "2025-01-07"), (14, "2024-12-20")])
    func minGapAroundChristmas(minGap: Int, held: String) throws {
        let christmas = ClosedPeriod(span: .yearly(fromMonth: 12, fromDay: 22, toMonth: 1, toDay: 6), name: "Jul")
        var configuration = try makeConfiguration(samradRule: "FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=3TH", closed: [christmas])
        // samråd 2025-01-16 − 14 = 2025-01-02 → Tuesday 31 December → closed → Tuesday 7 January, 9 days before.
        configuration.bodies[0].cadence?.relative[0].configuredMinGapDays = minGap
        let meeting = try #require(ScheduleBuilder.build(configuration, years: 2024...2025).meeting("tl-2024-12-31"))
        #expect(meeting.start.local.date == day(held))
    }

    @Test("a relative meeting follows its anchor's move by an exception, keeping its id")
    func followsAnchorMove() throws {
        let configuration = try makeConfiguration(exceptions: [
            .move(meeting: "samrad-2025-05-08", toDate: day("2025-05-15"), toTime: nil, reason: "Krock")
        ])
        let schedule = ScheduleBuilder.build(configuration, years: 2025...2025)
        let tl = try #require(schedule.meeting("tl-2025-04-22"))
        // 15 May − 14 = Thursday 1 May → Tuesday 29 April.
        #expect(tl.start.local.date == day("2025-04-29"))
        #expect(tl.follows == Meeting.Follow(anchor: "samrad-2025-05-08", anchorTitle: "Samråd HSVO Test", anchorDate: day("2025-05-15"), from: day("2025-04-22")))
    }

    @Test("a relative meeting with an exception of its own stays where its exception puts it")
    func ownExceptionWins() throws {
        let configuration = try makeConfiguration(exceptions: [
            .move(meeting: "samrad-2025-05-08", toDate: day("2025-05-15"), toTime: nil, reason: nil),
            .move(meeting: "tl-2025-04-22", toDate: day("2025-04-23"), toTime: nil, reason: nil),
        ])
        let tl = try #require(ScheduleBuilder.build(configuration, years: 2025...2025).meeting("tl-2025-04-22"))
        #expect(tl.start.local.date == day("2025-04-23"))
        #expect(tl.follows == nil)
    }

    @Test("a body's own holiday_policy overrides the organization's")
    func bodyPolicy() throws {
        var configuration = try makeConfiguration()
        configuration.bodies[1].holidayPolicy = .previousWorkingDay
        let schedule = ScheduleBuilder.build(configuration, years: 2026...2026)
        #expect(schedule.meeting("samrad-2026-05-14")?.start.local.date == day("2026-05-13"))
    }

    @Test("a meeting can be named by the day it is held; its id carries the rule date")
    func namedByHeldDate() throws {
        let schedule = ScheduleBuilder.build(try makeConfiguration(), years: 2026...2026)
        #expect(schedule.meeting(named: "samrad-2026-05-15")?.id == "samrad-2026-05-14")
        #expect(schedule.meeting(named: "samrad-2026-05-14")?.id == "samrad-2026-05-14")
        #expect(schedule.meeting(named: "samrad-2026-05-16") == nil)
    }
}

/// Dates samplan cannot plan in are refused or clamped, never a crash.
@Suite("Supported years: 1900–2199")
struct SupportedYearsTests {
    @Test("a meeting id with a year outside 1900–2199 is no meeting id; its form is still recognised")
    func ids() {
        #expect(MeetingID("samrad-9999-01-14") == nil)
        #expect(MeetingID("samrad-1899-12-31") == nil)
        #expect(MeetingID(anyYear: "samrad-9999-01-14")?.date.year == 9999)
        #expect(MeetingID("samrad-2199-12-31") != nil)
    }

    @Test("a schedule of years outside the supported ones is empty, and a range across the edge is cut", arguments: [1...1, 9999...9999, 0...0, 2199...10_000, 1800...1901])
    func schedules(years: ClosedRange<Int>) throws {
        let schedule = ScheduleBuilder.build(try makeConfiguration(), years: years)
        #expect(schedule.meetings.allSatisfy { SupportedYears.contains($0.start.local.date) })
    }

    @Test("feeds, agendas and flags of the last supported year are built without harm")
    func lastYear() throws {
        let configuration = try makeConfiguration()
        let schedule = ScheduleBuilder.build(configuration, years: 2198...2199)
        let last = try #require(schedule.meetings.last)
        let builder = AgendaBuilder(configuration: configuration, schedule: schedule)
        #expect(builder.agenda(for: last.id, asOf: LocalDate(iso: "2199-12-31")!) != nil)
        _ = FlagChecker(configuration: configuration, schedule: schedule).flags(for: last.id, asOf: LocalDate(iso: "2199-12-31")!)
        _ = FeedBuilder.contents(configuration, asOf: LocalDate(iso: "2199-12-31")!, year: nil)
        _ = FeedBuilder.contents(configuration, asOf: LocalDate(iso: "2199-12-31")!, year: 2199)
    }

    @Test("13.00 is read as 13:00, as Swedish writes the time")
    func swedishTime() {
        #expect(LocalTime(text: "13.00") == LocalTime(hour: 13, minute: 0))
        #expect(LocalTime(text: "9.30") == LocalTime(hour: 9, minute: 30))
        #expect(LocalTime(text: "13.0") == nil)
        #expect(LocalTime(text: "13:00.00") == nil)
    }
}
