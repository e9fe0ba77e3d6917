import ICal
import SamplanCore
import Testing

@Suite("ISO 8601 durations")
struct DurationTests {
    @Test(
        "valid durations parse and print back canonically",
        arguments: [
            ("PT2H30M", "PT2H30M", 9000), ("-P21D", "-P21D", -1_814_400), ("P1W", "P1W", 604_800), ("pt45m", "PT45M", 2700),
            ("+P1DT1H", "P1DT1H", 90000),
        ])
    func valid(text: String, canonical: String, seconds: Int) throws {
        let duration = try #require(ISODuration(text: text))
        #expect(duration.description == canonical)
        #expect(duration.totalSeconds == seconds)
    }

    @Test("malformed durations are refused", arguments: ["", "P", "PT", "2H", "P1H", "PT1D", "P1M1M", "P-1D", "P1.5D", "PT2H30", "P1DT"])
    func invalid(text: String) {
        #expect(ISODuration(text: text) == nil)
    }

    @Test("month durations move dates by calendar months")
    func months() {
        #expect(ISODuration(text: "P12M")!.adding(to: LocalDate(iso: "2024-02-29")!) == LocalDate(iso: "2025-02-28"))
        #expect(!ISODuration(text: "P12M")!.isExact)
    }
}
