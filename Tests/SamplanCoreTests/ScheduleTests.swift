import Foundation
import ICal
import SamplanCore
import Testing

/// A small organization built in code: a samråd on the second Thursday of January, May and October
/// at 13:00, and a tjänsteledning two weeks before each, on Tuesday.
func makeConfiguration(
    samradRule: String = "FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH",
    samradTime: String = "13:00",
    policy: ShiftPolicy = .nextWorkingDay,
    closed: [ClosedPeriod] = [],
    exceptions: [ScheduleException] = [],
    samradFocus: Body.FocusPlan = .rotate,
    tlFocus: Body.FocusPlan = .rotate,
    areas: [String] = ["A", "B", "C", "D"]
) throws -> Configuration {
    let samrad = Body(
        id: "samrad", name: "Samråd HSVO Test", kind: .samrad, location: "Kommunhuset", time: LocalTime(text: samradTime),
        duration: ISODuration(text: "PT2H30M")!,
        cadence: Cadence(rule: try RecurrenceRule(samradRule), from: LocalDate(iso: "2024-01-01")), focus: samradFocus)
    let tl = Body(
        id: "tl", name: "Tjänsteledning HSVO Test", kind: .tjansteledning, time: LocalTime(text: "09:00"),
        duration: ISODuration(text: "PT2H")!,
        cadence: Cadence(relative: [Cadence.Relative(body: "samrad", offsetDays: -14, weekday: .tuesday)], from: LocalDate(iso: "2024-01-01")),
        focus: tlFocus)
    return Configuration(
        organization: Organization(id: "test", name: "HSVO Test", strategist: "strateg", domain: "test.example.se"),
        holidays: HolidayRules(closed: closed, policy: policy),
        bodies: [tl, samrad],
        focusAreas: areas.map { FocusArea(id: $0, name: "Område \($0)") },
        exceptions: exceptions)
}

@Suite("The schedule: cadences, holidays, exceptions, focus")
struct ScheduleTests {
    func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test("a 13:00 meeting is 13:00 local in January (+01:00) and in May (+02:00)")
    func daylightSaving() throws {
        let schedule = ScheduleBuilder.build(try makeConfiguration(), years: 2025...2025)
        #expect(schedule.meeting("samrad-2025-01-09")?.start.iso8601 == "2025-01-09T13:00:00+01:00")
        #expect(schedule.meeting("samrad-2025-05-08")?.start.iso8601 == "2025-05-08T13:00:00+02:00")
        #expect(schedule.meeting("samrad-2025-05-08")?.end.iso8601 == "2025-05-08T15:30:00+02:00")
        #expect(schedule.meeting("samrad-2025-01-09")?.start.epochSeconds == 1_736_424_000)
    }

    @Test("a samråd on Kristi himmelsfärds dag 2026 is held on Friday and keeps its id")
    func ascension() throws {
        let meeting = try #require(ScheduleBuilder.build(try makeConfiguration(), years: 2026...2026).meeting("samrad-2026-05-14"))
        #expect(meeting.start.iso8601 == "2026-05-15T13:00:00+02:00")
        #expect(meeting.shift?.from == day("2026-05-14"))
        #expect(meeting.shift?.reason.sv == "Kristi himmelsfärds dag")
    }

    @Test("keep-and-flag keeps the meeting on the holiday and marks the conflict")
    func keepAndFlag() throws {
        let meeting = ScheduleBuilder.build(try makeConfiguration(policy: .keepAndFlag), years: 2026...2026).meeting("samrad-2026-05-14")
        #expect(meeting?.start.local.date == day("2026-05-14"))
        #expect(meeting?.shift == nil)
        #expect(meeting?.conflict?.sv == "Kristi himmelsfärds dag")
    }

    @Test("previous-working-day moves the Ascension samråd to Wednesday")
    func previousPolicy() throws {
        let meeting = ScheduleBuilder.build(try makeConfiguration(policy: .previousWorkingDay), years: 2026...2026).meeting("samrad-2026-05-14")
        #expect(meeting?.start.local.date == day("2026-05-13"))
    }

    @Test("a meeting at a time skipped by the spring-forward change starts at the same moment an hour later on the clock")
    func springForwardGap() throws {
        // 2026-03-29 is the last Sunday of March: 02:00–03:00 does not exist in Stockholm.
        let configuration = try makeConfiguration(
            samradRule: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", samradTime: "02:30", policy: .keepAndFlag)
        let meeting = try #require(ScheduleBuilder.build(configuration, years: 2026...2026).meeting("samrad-2026-03-29"))
        #expect(meeting.start.iso8601 == "2026-03-29T03:30:00+02:00")
        #expect(meeting.end.iso8601 == "2026-03-29T06:00:00+02:00")
    }

    @Test("a meeting at a time repeated in autumn takes the first of the two, and its end honours the extra hour")
    func fallBackOverlap() throws {
        // 2026-10-25: 02:00–03:00 happens twice.
        let configuration = try makeConfiguration(
            samradRule: "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", samradTime: "02:30", policy: .keepAndFlag)
        let meeting = try #require(ScheduleBuilder.build(configuration, years: 2026...2026).meeting("samrad-2026-10-25"))
        #expect(meeting.start.iso8601 == "2026-10-25T02:30:00+02:00")
        #expect(meeting.end.iso8601 == "2026-10-25T04:00:00+01:00")
    }

    @Test("a tjänsteledning two weeks before each samråd lands on the Tuesday on or before")
    func relativeCadence() throws {
        let schedule = ScheduleBuilder.build(try makeConfiguration(), years: 2025...2025)
        // samråd 2025-05-08 − 14 days = Thursday 2025-04-24 → Tuesday 2025-04-22.
        #expect(schedule.meeting("tl-2025-04-22")?.start.iso8601 == "2025-04-22T09:00:00+02:00")
        #expect(schedule.meetings(of: "tl").count == 3)
    }

    @Test("a relative cadence follows the other body's shifted date, not its rule date")
    func relativeAfterShift() throws {
        // 2026: samråd rule 2026-05-14 shifts to Friday 15 May; −14 days = Friday 1 May → Tuesday 28 April.
        let schedule = ScheduleBuilder.build(try makeConfiguration(), years: 2026...2026)
        #expect(schedule.meeting("tl-2026-04-28") != nil)
    }

    @Test("a beredning that falls in the Christmas break is held before the break, a week or more before its samråd, and keeps its id")
    func relativeIntoClosedPeriod() throws {
        let christmas = ClosedPeriod(span: .yearly(fromMonth: 12, fromDay: 22, toMonth: 1, toDay: 6), name: "Jul")
        let schedule = ScheduleBuilder.build(try makeConfiguration(closed: [christmas]), years: 2024...2025)
        // samråd 2025-01-09 − 14 = 2024-12-26 → Tuesday 2024-12-24 → closed; the first working day
        // after (7 January) is two days before the samråd, so it goes back to Friday 20 December.
        let meeting = try #require(schedule.meeting("tl-2024-12-24"))
        #expect(meeting.start.local.date == day("2024-12-20"))
        #expect(meeting.shift?.from == day("2024-12-24"))
        #expect(meeting.shift?.reason.sv == "julafton")
    }

    @Test("relative cadences that follow each other are reported as a cycle")
    func cycle() throws {
        var configuration = try makeConfiguration()
        configuration.bodies[1].cadence = Cadence(relative: [Cadence.Relative(body: "tl", offsetDays: 7)])
        let schedule = ScheduleBuilder.build(configuration, years: 2025...2025)
        #expect(schedule.issues.contains { if case let .relativeCycle(bodies) = $0.kind { Set(bodies) == ["tl", "samrad"] } else { false } })
        #expect(schedule.meetings.isEmpty)
    }

    @Test("a moved meeting keeps its id, starts at the new time and remembers where it came from")
    func move() throws {
        let configuration = try makeConfiguration(exceptions: [
            .move(meeting: "samrad-2025-05-08", toDate: day("2025-05-15"), toTime: LocalTime(text: "10:00"), reason: "Krock")
        ])
        let meeting = try #require(ScheduleBuilder.build(configuration, years: 2025...2025).meeting("samrad-2025-05-08"))
        #expect(meeting.start.iso8601 == "2025-05-15T10:00:00+02:00")
        #expect(meeting.end.iso8601 == "2025-05-15T12:30:00+02:00")
        #expect(meeting.move?.from == day("2025-05-08"))
        #expect(meeting.move?.reason == "Krock")
    }

    @Test("a move to a date alone keeps the start time")
    func moveDateOnly() throws {
        let configuration = try makeConfiguration(exceptions: [
            .move(meeting: "samrad-2025-05-08", toDate: day("2025-05-20"), toTime: nil, reason: nil)
        ])
        let meeting = ScheduleBuilder.build(configuration, years: 2025...2025).meeting("samrad-2025-05-08")
        #expect(meeting?.start.iso8601 == "2025-05-20T13:00:00+02:00")
    }

    @Test("a cancelled meeting stays in the schedule as cancelled, with its reason")
    func cancel() throws {
        let configuration = try makeConfiguration(exceptions: [.cancel(meeting: "samrad-2025-10-09", reason: "Budgetarbete")])
        let meeting = ScheduleBuilder.build(configuration, years: 2025...2025).meeting("samrad-2025-10-09")
        #expect(meeting?.status == .cancelled)
        #expect(meeting?.cancellationReason == "Budgetarbete")
    }

    @Test("an extra meeting gets the id of its start date and is marked extra")
    func extra() throws {
        let extra = ScheduleException.Extra(
            body: "tl", start: LocalDateTime(text: "2025-03-24 09:00")!, duration: ISODuration(text: "PT1H"), title: "Extra TL: covid-19")
        let schedule = ScheduleBuilder.build(try makeConfiguration(exceptions: [.extra(extra)]), years: 2025...2025)
        let meeting = try #require(schedule.meeting("tl-2025-03-24"))
        #expect(meeting.isExtra)
        #expect(meeting.title == "Extra TL: covid-19")
        #expect(meeting.end.iso8601 == "2025-03-24T10:00:00+01:00")
    }

    @Test("an extra meeting on the date of a regular one of its body is reported, not added twice")
    func extraCollision() throws {
        let extra = ScheduleException.Extra(body: "samrad", start: LocalDateTime(text: "2025-05-08 09:00")!)
        let schedule = ScheduleBuilder.build(try makeConfiguration(exceptions: [.extra(extra)]), years: 2025...2025)
        #expect(schedule.issues.map(\.kind) == [.extraCollides("samrad-2025-05-08")])
        #expect(schedule.meetings(of: "samrad").count == 3)
    }

    @Test("an exception for a meeting the cadence does not produce is reported")
    func unknownMeeting() throws {
        let schedule = ScheduleBuilder.build(
            try makeConfiguration(exceptions: [.cancel(meeting: "samrad-2025-05-09", reason: nil)]), years: 2025...2025)
        #expect(schedule.issues.map(\.kind) == [.unknownMeeting("samrad-2025-05-09")])
    }

    @Test("rotation covers every focus area each year, none twice in a row while others wait")
    func rotationFairness() throws {
        let schedule = ScheduleBuilder.build(try makeConfiguration(areas: ["A", "B", "C", "D"]), years: 2025...2025)
        // Three samråd, four areas: every area exactly once.
        let samrad = schedule.meetings(of: "samrad").flatMap(\.focus)
        #expect(samrad.sorted() == ["A", "B", "C", "D"])
        // With two areas and three meetings, areas alternate.
        let two = ScheduleBuilder.build(try makeConfiguration(areas: ["A", "B"]), years: 2025...2025)
        #expect(two.meetings(of: "tl").map(\.focus) == [["A"], ["B"], ["A"]])
    }

    @Test("a cancelled meeting keeps its place in the rotation, and its areas go to the body's next meeting held")
    func rotationCarriesCancelled() throws {
        let plain = ScheduleBuilder.build(try makeConfiguration(), years: 2025...2026)
        let configuration = try makeConfiguration(exceptions: [.cancel(meeting: "samrad-2025-10-09", reason: nil)])
        let schedule = ScheduleBuilder.build(configuration, years: 2025...2026)
        let cancelled = try #require(schedule.meeting("samrad-2025-10-09"))
        let next = try #require(schedule.meeting("samrad-2026-01-08"))
        #expect(cancelled.focus == plain.meeting("samrad-2025-10-09")?.focus)
        #expect(next.focus == (plain.meeting("samrad-2026-01-08")?.focus ?? []) + cancelled.focus)
        #expect(next.carriedFocus == [Meeting.CarriedFocus(areas: cancelled.focus, from: "samrad-2025-10-09", date: day("2025-10-09"))])
        // Earlier meetings keep their areas.
        for id in ["samrad-2025-01-09", "samrad-2025-05-08"] { #expect(schedule.meeting(id)?.focus == plain.meeting(id)?.focus) }
    }

    @Test("an explicit focus plan sets exactly the planned meetings' areas")
    func explicitPlan() throws {
        let configuration = try makeConfiguration(samradFocus: .explicit(["samrad-2025-05-08": ["B", "C"]]))
        let schedule = ScheduleBuilder.build(configuration, years: 2025...2025)
        #expect(schedule.meeting("samrad-2025-05-08")?.focus == ["B", "C"])
        #expect(schedule.meeting("samrad-2025-01-09")?.focus == [])
    }

    @Test("from and until bound the series")
    func bounds() throws {
        var configuration = try makeConfiguration()
        configuration.bodies[1].cadence?.until = LocalDate(iso: "2025-06-30")
        let schedule = ScheduleBuilder.build(configuration, years: 2023...2026)
        let dates = schedule.meetings(of: "samrad").map(\.occurrence)
        #expect(dates.first == day("2024-01-11"))
        #expect(dates.last == day("2025-05-08"))
    }

    @Test("the same configuration always gives the same schedule")
    func deterministic() throws {
        let configuration = try makeConfiguration()
        #expect(
            ScheduleBuilder.build(configuration, years: 2024...2030).meetings == ScheduleBuilder.build(configuration, years: 2024...2030).meetings)
    }

    @Test("meeting ids split into body and rule date, and reject malformed text")
    func meetingIDs() {
        #expect(MeetingID("forstarkt-au-2020-03-12") == MeetingID(body: "forstarkt-au", date: day("2020-03-12")))
        #expect(MeetingID("samrad-2025-5-8") == nil)
        #expect(MeetingID("-2025-05-08") == nil)
        #expect(MeetingID(body: "tl", date: day("2025-04-22")).description == "tl-2025-04-22")
    }
}

@Suite("Time zone rules")
struct ZoneRulesTests {
    @Test("offsets from the transition table agree with the system's zone every six hours for sixty years")
    func tableAgreesWithSystem() throws {
        let rules = try #require(ZoneRules(identifier: "Europe/Stockholm"))
        for seconds in stride(from: 0, to: 1_900_000_000, by: 21_600) {
            let system = TimeZone(identifier: "Europe/Stockholm")!.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(rules.zoned(epochSeconds: seconds).utcOffsetSeconds == system)
        }
    }

    @Test("the clock changes of 2026 happen at 01:00 UTC on the last Sundays of March and October")
    func transitions2026() throws {
        let rules = try #require(ZoneRules(identifier: "Europe/Stockholm"))
        #expect(rules.zoned(epochSeconds: 1_774_746_000 - 1).local.description == "2026-03-29T01:59:00")
        #expect(rules.zoned(epochSeconds: 1_774_746_000).local.description == "2026-03-29T03:00:00")
        #expect(rules.zoned(epochSeconds: 1_792_890_000).utcOffsetSeconds == 3600)
    }
}
