// Benchmarks for samplan, run in release mode:
//
//     swift run -c release samplan-bench
//
// Prints wall time and peak memory (max RSS) for each scenario. Goals are stated next to the
// figures; they are measured here, never asserted in unit tests.
import Foundation
import ICal
import SamplanCore

/// A generated organization: `count` bodies, half on RRULEs of varied shapes, half following
/// another body two or three weeks earlier, with a Swedish holiday calendar and two closed periods.
func generatedConfiguration(bodies count: Int) throws -> Configuration {
    let rules = [
        "FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH", "FREQ=MONTHLY;BYDAY=1TU", "FREQ=MONTHLY;BYDAY=TU,WE;BYSETPOS=-1",
        "FREQ=WEEKLY;INTERVAL=4;BYDAY=WE", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15", "FREQ=MONTHLY;BYMONTHDAY=1",
    ]
    var bodies: [Body] = []
    for index in 0..<count {
        let cadence: Cadence
        if index % 2 == 0 || index < 2 {
            cadence = Cadence(rule: try RecurrenceRule(rules[index % rules.count]), from: LocalDate(iso: "2020-01-01"))
        } else {
            cadence = Cadence(relative: [Cadence.Relative(body: "body\(index - 1)", offsetDays: -14 - 7 * (index % 2), weekday: .tuesday)])
        }
        bodies.append(
            Body(
                id: "body\(index)", name: "Organ \(index)", time: LocalTime(hour: 9 + index % 6, minute: 0),
                duration: ISODuration(hours: 2), cadence: cadence, focus: .rotate))
    }
    let closed = [
        ClosedPeriod(span: .yearly(fromMonth: 7, fromDay: 1, toMonth: 8, toDay: 10), name: "Sommaruppehåll"),
        ClosedPeriod(span: .yearly(fromMonth: 12, fromDay: 22, toMonth: 1, toDay: 6), name: "Jul"),
    ]
    return Configuration(
        organization: Organization(id: "bench", name: "Bench", strategist: "s", domain: "bench.example.se"),
        holidays: HolidayRules(closed: closed), bodies: bodies,
        focusAreas: ["A", "B", "C", "D"].map { FocusArea(id: $0, name: $0) })
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_maxrss) / 1024  // Linux reports KiB
}

func measure(_ label: String, goal: String, _ body: () throws -> String) rethrows {
    let start = DispatchTime.now().uptimeNanoseconds
    let detail = try body()
    let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    print(
        String(
            format: "%-46@ %9.1f ms   peak RSS %6.1f MiB   (%@)   goal: %@", label as NSString, milliseconds, peakMemoryMiB(), detail as NSString,
            goal as NSString))
}

let configuration = try generatedConfiguration(bodies: 200)
measure("schedule: 200 bodies × 20 years", goal: "< 200 ms, < 100 MB") {
    let schedule = ScheduleBuilder.build(configuration, years: 2026...2045)
    return "\(schedule.meetings.count) meetings"
}
measure("schedule: 200 bodies × 20 years (again, warm)", goal: "< 200 ms") {
    "\(ScheduleBuilder.build(configuration, years: 2026...2045).meetings.count) meetings"
}
measure("schedule: 200 bodies × 1 year (warm)", goal: "-") {
    "\(ScheduleBuilder.build(configuration, years: 2026...2026).meetings.count) meetings"
}
measure("zone: 100k resolves", goal: "-") {
    let zone = ZoneRules(identifier: "Europe/Stockholm")!
    var sum = 0
    for i in 0..<100_000 {
        sum &+= zone.resolve(LocalDateTime(date: LocalDate(dayNumber: 19000 + i % 7000), time: LocalTime(hour: 13, minute: 0)!)).utcOffsetSeconds
    }
    return "\(sum)"
}
for text in [
    "FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH", "FREQ=MONTHLY;BYDAY=1TU", "FREQ=MONTHLY;BYDAY=TU,WE;BYSETPOS=-1",
    "FREQ=WEEKLY;INTERVAL=4;BYDAY=WE", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15", "FREQ=MONTHLY;BYMONTHDAY=1",
] {
    let rule = try RecurrenceRule(text)
    measure("libical 17 × 22 years \(text.prefix(30))", goal: "-") {
        var n = 0
        for _ in 0..<17 {
            n +=
                rule.occurrences(
                    start: LocalDateTime(text: "2020-01-01 09:00")!, from: LocalDate(iso: "2025-01-01"), through: LocalDate(iso: "2046-12-31")!
                ).count
        }
        return "\(n)"
    }
}
