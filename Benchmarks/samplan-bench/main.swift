// Benchmarks for samplan, run in release mode:
//
//     swift run -c release --static-swift-stdlib samplan-bench
//
// Prints wall time and peak memory (max RSS) for each scenario. Goals are stated next to the
// figures; they are measured here, never asserted in unit tests.
import Foundation
import ICal
import SamplanCore

/// A generated organization of `count` bodies, shaped like a region's HSVO bodies: half on RRULEs
/// (samråd 3×/year, tjänsteledning 5×/year, monthly arbetsutskott, quarterly networks …), each
/// with its own series start so that no two expansions are alike; the other half follow another
/// body two or three weeks earlier. Swedish holidays and two closed periods apply.
func generatedConfiguration(bodies count: Int) throws -> Configuration {
    let rules = [
        "FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH", "FREQ=YEARLY;BYMONTH=2,4,6,9,11;BYDAY=1TU", "FREQ=MONTHLY;BYDAY=1TU",
        "FREQ=MONTHLY;BYDAY=TU,WE;BYSETPOS=-1", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15", "FREQ=WEEKLY;INTERVAL=6;BYDAY=WE",
    ]
    var bodies: [Body] = []
    for index in 0..<count {
        let cadence: Cadence
        if index % 2 == 0 {
            let from = LocalDate(iso: "2020-01-01")!.adding(days: index)
            cadence = Cadence(rule: try RecurrenceRule(rules[(index / 2) % rules.count]), from: from)
        } else {
            cadence = Cadence(relative: [Cadence.Relative(body: "body\(index - 1)", offsetDays: -14 - 7 * (index % 4 / 2), weekday: .tuesday)])
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

/// The peak resident set of this process (VmHWM). Not getrusage's ru_maxrss: that survives exec,
/// so under `swift run` it would report the peak of `swift run` itself.
func peakMemoryMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kib = Double(line.split(separator: " ").dropFirst().first ?? "")
    else {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_maxrss) / 1024
    }
    return kib / 1024
}

/// Runs `body` `runs` times and prints the median wall time (the first run, cold, is shown apart).
func measure(_ label: String, goal: String, runs: Int = 7, _ body: () throws -> String) rethrows {
    var times: [Double] = []
    var detail = ""
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        detail = try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    let median = times.sorted()[times.count / 2]
    print(
        String(
            format: "%-44@ median %7.1f ms  (cold %7.1f ms)  peak RSS %6.1f MiB  %@  goal: %@", label as NSString, median, times[0],
            peakMemoryMiB(), detail as NSString, goal as NSString))
}

let arguments = CommandLine.arguments
let exportPath = arguments.firstIndex(of: "--export").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
if arguments.contains("--feeds-only") {
    try runFeedBenchmark(export: exportPath)
    exit(0)
}

let configuration = try generatedConfiguration(bodies: 200)
print(String(format: "generated configuration (200 bodies, activities, invitations): peak RSS %.1f MiB so far", peakMemoryMiB()))
measure("schedule: 200 bodies × 20 years", goal: "< 200 ms, < 100 MB") {
    "\(ScheduleBuilder.build(configuration, years: 2026...2045).meetings.count) meetings"
}
measure("  time zone table (Europe/Stockholm, 1970–2200)", goal: "-") {
    "\(ZoneRules(identifier: "Europe/Stockholm") != nil)"
}
measure("schedule: 200 bodies × 1 year", goal: "-") {
    "\(ScheduleBuilder.build(configuration, years: 2026...2026).meetings.count) meetings"
}
let expansions = configuration.bodies.compactMap { body -> RecurrenceRule.Expansion? in
    guard let rule = body.cadence?.rule, let from = body.cadence?.from else { return nil }
    return RecurrenceRule.Expansion(
        rule: rule, start: LocalDateTime(date: from, time: body.time!), from: LocalDate(iso: "2025-07-01"),
        through: LocalDate(iso: "2046-06-30")!)
}
measure("  libical expansion, one thread", goal: "-") {
    "\(expansions.map { $0.rule.occurrences(start: $0.start, from: $0.from, through: $0.through).count }.reduce(0, +)) occurrences"
}
measure("  libical expansion, all cores", goal: "-") {
    "\(RecurrenceRule.expand(expansions).map(\.count).reduce(0, +)) occurrences"
}
try benchmarkAgendas()
try runFeedBenchmark(export: exportPath)
