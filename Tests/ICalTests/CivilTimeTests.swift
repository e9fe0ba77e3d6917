import ICal
import Testing

@Suite("Dates and times without a zone")
struct CivilTimeTests {
    @Test("day numbers round-trip over four centuries and keep weekdays right")
    func roundTrip() {
        for number in stride(from: -200_000, through: 200_000, by: 37) {
            #expect(LocalDate(dayNumber: number).dayNumber == number)
        }
        #expect(LocalDate(iso: "1970-01-01")!.weekday == .thursday)
        #expect(LocalDate(iso: "2026-05-14")!.weekday == .thursday)
        #expect(LocalDate(iso: "2000-02-29")!.weekday == .tuesday)
    }

    @Test("impossible dates and sloppy forms are refused", arguments: ["2025-02-29", "2025-13-01", "2025-5-1", "25-05-01", "2025-05-01x", ""])
    func badDates(text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test(
        "times parse as HH:MM or HH.MM (as Swedish writes them) and reject 24:00 and 9.3",
        arguments: [("13:00", true), ("9:05", true), ("24:00", false), ("9.30", true), ("13.00", true), ("9.3", false), ("12:60", false)])
    func times(text: String, valid: Bool) {
        #expect((LocalTime(text: text) != nil) == valid)
    }

    @Test("month arithmetic clamps to the end of a shorter month")
    func months() {
        #expect(LocalDate(iso: "2025-01-31")!.adding(months: 1) == LocalDate(iso: "2025-02-28"))
        #expect(LocalDate(iso: "2024-03-31")!.adding(months: -1) == LocalDate(iso: "2024-02-29"))
        #expect(LocalDate(iso: "2025-05-08")!.adding(months: -12) == LocalDate(iso: "2024-05-08"))
    }

    @Test("snapping to a weekday goes back to it, or stays on it")
    func snapping() {
        let thursday = LocalDate(iso: "2025-04-24")!
        #expect(thursday.onOrBefore(.tuesday) == LocalDate(iso: "2025-04-22"))
        #expect(thursday.onOrBefore(.thursday) == thursday)
        #expect(thursday.onOrBefore(.friday) == LocalDate(iso: "2025-04-18"))
    }

    @Test("date-times accept a space or a T and add minutes across midnight")
    func dateTimes() {
        #expect(LocalDateTime(text: "2025-05-15 13:00") == LocalDateTime(text: "2025-05-15T13:00"))
        #expect(LocalDateTime(text: "2025-12-31 23:30")!.adding(minutes: 45).description == "2026-01-01T00:15:00")
        #expect(LocalDateTime(text: "2026-01-01 00:15")!.adding(minutes: -45).description == "2025-12-31T23:30:00")
    }
}
