import Foundation
import ICal
import SamplanConfig
import SamplanCore
import Testing

/// Dates, years, durations and sizes at and past every edge: each is an error at its place, and
/// nothing the admin can write makes samplan crash or hang.
@Suite("Extreme input: years outside 1900–2199, huge durations, alias bombs")
struct ExtremeInputTests {
    @Test("a cancelled meeting in the year 9999 (a typo) is an error at the meeting id")
    func exceptionInYear9999() {
        let fixture = ConfigFixture().replacing("{meeting: tl-2025-09-23, cancel: true", with: "{meeting: samrad-9999-01-14, cancel: true", in: "exceptions.yaml")
        expectOneError(fixture, at: "config/exceptions.yaml:3:15", saying: #"datumet "9999-01-14" ligger utanför åren 1900–2199"#)
    }

    @Test("a follow-up dated 0001-01-01 is an error at the date")
    func followUpInYear1() {
        let fixture = ConfigFixture().replacing("- date: 2025-05-08", with: "- date: 0001-01-01", in: "activities/2025.yaml")
        expectOneError(fixture, at: "config/activities/2025.yaml:10:15", saying: #"datumet "0001-01-01" ligger utanför"#)
    }

    @Test("an extra meeting in the year 0001 is an error at its start", arguments: ["0001-03-18 09:00", "2200-01-01 09:00"])
    func extraOutside(start: String) {
        let fixture = ConfigFixture().replacing("start: \"2025-03-18 09:00\"", with: "start: \"\(start)\"", in: "exceptions.yaml")
        let lines = fixture.errorLines()
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.contains("ligger utanför åren 1900–2199") == true, "\(lines)")
    }

    @Test("an extra meeting in the year 10000 cannot even be written as a date")
    func extraInYear10000() {
        let fixture = ConfigFixture().replacing("start: \"2025-03-18 09:00\"", with: "start: \"10000-03-18 09:00\"", in: "exceptions.yaml")
        #expect(fixture.errorLines().count == 1)
    }

    @Test("an invitation {body, focus, from: 9999-01-01} is an error at from")
    func invitationFrom9999() {
        let fixture = ConfigFixture().replacing("from: 2025-01-01}", with: "from: 9999-01-01}", in: "invitations.yaml")
        expectOneError(fixture, at: "config/invitations.yaml:8:45", saying: "ligger utanför")
    }

    @Test("feeds.window_ahead: P9999Y is an error at the duration")
    func hugeWindow() {
        let fixture = ConfigFixture().replacing("window_ahead: P24M", with: "window_ahead: P9999Y", in: "samplan.yaml")
        expectOneError(fixture, at: "config/samplan.yaml:8:42", saying: #"varaktigheten "P9999Y" är längre än 200 år"#)
    }

    @Test("a relative offset of more than a year is an error at the offset")
    func hugeOffset() {
        let fixture = ConfigFixture().replacing("offset: -P14D", with: "offset: -P400D", in: "bodies.yaml")
        expectLine(in: fixture.errorLines(), at: "config/bodies.yaml:20:40", saying: #"förskjutningen "-P400D" är längre än ett år"#)
    }

    @Test("min_gap longer than the offset can never hold, and is an error at min_gap")
    func minGapBeyondOffset() {
        let fixture = ConfigFixture().replacing("offset: -P14D, weekday: TU}", with: "offset: -P14D, weekday: TU, min_gap: P21D}", in: "bodies.yaml")
        expectOneError(fixture, at: "config/bodies.yaml:20:69", saying: "min_gap P21D är längre än förskjutningen -P14D")
    }

    @Test("time: \"13.00\" is read as 13:00")
    func swedishTime() throws {
        let fixture = ConfigFixture().replacing(#"time: "13:00""#, with: #"time: "13.00""#, in: "bodies.yaml")
        let configuration = try fixture.load().get()
        #expect(configuration.body("samrad")?.time == LocalTime(hour: 13, minute: 0))
    }

    @Test("holidays.avoid takes klämdagar and aftnar; anything else is an error naming both")
    func avoid() throws {
        let good = ConfigFixture().replacing("policy: next-working-day}", with: "policy: next-working-day, avoid: [klämdagar, aftnar]}", in: "samplan.yaml")
        #expect(try good.load().get().holidays.avoid == [.bridgeDays, .eves])
        let bad = ConfigFixture().replacing("policy: next-working-day}", with: "policy: next-working-day, avoid: [fredagar]}", in: "samplan.yaml")
        expectOneError(bad, at: "config/samplan.yaml:7:59", saying: "klämdagar, aftnar")
    }

    @Test("a body may set its own holiday_policy")
    func bodyPolicy() throws {
        let fixture = ConfigFixture().replacing("    focus: rotate\n  - id: tl", with: "    focus: rotate\n    holiday_policy: previous-working-day\n  - id: tl", in: "bodies.yaml")
        #expect(try fixture.load().get().body("samrad")?.holidayPolicy == .previousWorkingDay)
    }

    @Test("a YAML alias bomb is refused at once instead of expanding a billion values")
    func aliasBomb() {
        var bomb = "people:\n  - &a0 {id: strateg, name: x}\n"
        bomb += "x0: &b0 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]\n"
        for level in 1...9 {
            let items = Array(repeating: "*b\(level - 1)", count: 10).joined(separator: ", ")
            bomb += "x\(level): &b\(level) [\(items)]\n"
        }
        let lines = ConfigFixture().setting("people.yaml", to: bomb).errorLines()
        #expect(lines.contains { $0.hasPrefix("config/people.yaml:1:1: ") && $0.contains("alias") }, "\(lines)")
    }

    @Test("a list of ten thousand people loads (large, but not a bomb)")
    func manyPeople() throws {
        var people = "people:\n  - {id: strateg, name: S}\n  - {id: ordf, name: O, email: ordf@test.example.se}\n"
        for index in 0..<10_000 { people += "  - {id: p\(index), name: P}\n" }
        #expect(try ConfigFixture().setting("people.yaml", to: people).load().get().people.count == 10_002)
    }
}

/// Random edits of a valid configuration, with values chosen at the edges: whatever the result,
/// loading never crashes, and a configuration that loads gives a schedule, agendas, flags and
/// feed contents without crashing.
@Suite("Configuration fuzzing at the edges")
struct ConfigFuzzTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let dates = ["0001-01-01", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "9999-12-31", "2024-02-29", "2025-02-29"]
    static let durations = ["P9999Y", "-P9999Y", "P999999D", "PT999999H", "P200Y", "P0D", "-P366D", "P367D", "P1Y", "PT0S"]
    static let ids = ["samrad-9999-01-14", "samrad-0001-01-01", "tl-2199-12-31", "samrad-1900-01-01", "au-2200-01-01", "samrad-2025-05-08"]
    /// Values in the fixture that the fuzzer replaces, with the file they are in.
    static let targets: [(String, String)] = [
        ("2025-05-08", "activities/2025.yaml"), ("2025-12-31", "activities/2025.yaml"), ("2024-01-01", "bodies.yaml"),
        ("2025-01-01", "bodies.yaml"), ("2025-12-31", "bodies.yaml"), ("PT2H30M", "bodies.yaml"), ("-P14D", "bodies.yaml"),
        ("P24M", "samplan.yaml"), ("P12M", "samplan.yaml"), ("samrad-2025-10-09", "exceptions.yaml"), ("tl-2025-09-23", "exceptions.yaml"),
        ("2025-10-16", "exceptions.yaml"), ("2025-03-18", "exceptions.yaml"), ("PT1H30M", "exceptions.yaml"), ("tl-2025-04-22", "invitations.yaml"),
        ("2025-01-01}", "invitations.yaml"), ("PT20M", "invitations.yaml"), ("samrad-2025-05-08", "activities/2025.yaml"),
        ("FREQ=MONTHLY;BYDAY=1WE", "bodies.yaml"), ("\"13:00\"", "bodies.yaml"),
    ]

    func replacement(for old: String, using generator: inout SplitMix) -> String {
        if old.hasPrefix("FREQ") { return ["FREQ=DAILY;COUNT=100000", "FREQ=YEARLY;BYYEARDAY=366", "FREQ=WEEKLY;INTERVAL=9999"].randomElement(using: &generator) ?? old }
        if old.hasPrefix("\"") { return ["\"24.00\"", "\"13.00\"", "\"23:59\"", "\"0.0\""].randomElement(using: &generator) ?? old }
        if old.hasSuffix("}") { return (Self.dates.randomElement(using: &generator) ?? old) + "}" }
        if old.contains("-20") { return Self.ids.randomElement(using: &generator) ?? old }
        if old.hasPrefix("P") || old.hasPrefix("-P") { return Self.durations.randomElement(using: &generator) ?? old }
        return Self.dates.randomElement(using: &generator) ?? old
    }

    @Test("300 random edits at the edges never crash loading, scheduling, agendas, flags or feeds")
    func fuzz() {
        var generator = SplitMix(state: 20_261_126)
        for _ in 0..<300 {
            var fixture = ConfigFixture()
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                guard let (old, file) = Self.targets.randomElement(using: &generator), fixture.files[file]?.contains(old) == true else { continue }
                fixture = fixture.replacing(old, with: replacement(for: old, using: &generator), in: file)
            }
            guard case let .success(configuration) = fixture.load() else { continue }
            for year in [1900, 2025, 2199] {
                let schedule = ScheduleBuilder.build(configuration, years: (year - 1)...(year + 1))
                let builder = AgendaBuilder(configuration: configuration, schedule: schedule)
                let checker = FlagChecker(configuration: configuration, schedule: schedule)
                let asOf = LocalDate.first(ofYear: year)
                for meeting in schedule.meetings.prefix(3) {
                    _ = builder.agenda(for: meeting, asOf: asOf)
                    _ = checker.flags(for: meeting, asOf: asOf)
                }
                _ = FeedBuilder.contents(configuration, asOf: asOf, year: nil)
            }
        }
    }
}
