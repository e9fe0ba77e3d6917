import ICal
import SamplanCore
import Testing

@Suite("Swedish public holidays and the working calendar")
struct HolidayTests {
    func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    static let easter: [Int: String] = [
        2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05", 2027: "2027-03-28", 2028: "2028-04-16", 2029: "2029-04-01",
        2030: "2030-04-21", 2031: "2031-04-13", 2032: "2032-03-28", 2033: "2033-04-17", 2034: "2034-04-09", 2035: "2035-03-25",
    ]
    static let midsummerEve: [Int: String] = [
        2024: "2024-06-21", 2025: "2025-06-20", 2026: "2026-06-19", 2027: "2027-06-25", 2028: "2028-06-23", 2029: "2029-06-22",
        2030: "2030-06-21", 2031: "2031-06-20", 2032: "2032-06-25", 2033: "2033-06-24", 2034: "2034-06-23", 2035: "2035-06-22",
    ]
    static let allSaints: [Int: String] = [
        2024: "2024-11-02", 2025: "2025-11-01", 2026: "2026-10-31", 2027: "2027-11-06", 2028: "2028-11-04", 2029: "2029-11-03",
        2030: "2030-11-02", 2031: "2031-11-01", 2032: "2032-11-06", 2033: "2033-11-05", 2034: "2034-11-04", 2035: "2035-11-03",
    ]
    static let ascension: [Int: String] = [
        2024: "2024-05-09", 2025: "2025-05-29", 2026: "2026-05-14", 2027: "2027-05-06", 2028: "2028-05-25", 2029: "2029-05-10",
        2030: "2030-05-30", 2031: "2031-05-22", 2032: "2032-05-06", 2033: "2033-05-26", 2034: "2034-05-18", 2035: "2035-05-03",
    ]

    @Test("holidays of 2024–2035 fall on their known dates", arguments: 2024...2035)
    func knownDates(year: Int) {
        let holidays = Dictionary(uniqueKeysWithValues: SwedishHolidays.holidays(in: year).map { ($0.name.sv, $0.date) })
        let easter = day(Self.easter[year]!)
        #expect(SwedishHolidays.easterSunday(year) == easter)
        #expect(holidays["påskdagen"] == easter)
        #expect(holidays["långfredagen"] == easter.adding(days: -2))
        #expect(holidays["annandag påsk"] == easter.adding(days: 1))
        #expect(holidays["Kristi himmelsfärds dag"] == day(Self.ascension[year]!))
        #expect(holidays["midsommarafton"] == day(Self.midsummerEve[year]!))
        #expect(holidays["midsommardagen"] == day(Self.midsummerEve[year]!).adding(days: 1))
        #expect(holidays["alla helgons dag"] == day(Self.allSaints[year]!))
        for (name, monthDay) in [
            ("nyårsdagen", "01-01"), ("trettondedag jul", "01-06"), ("första maj", "05-01"), ("Sveriges nationaldag", "06-06"),
            ("julafton", "12-24"), ("juldagen", "12-25"), ("annandag jul", "12-26"), ("nyårsafton", "12-31"),
        ] {
            #expect(holidays[name] == day("\(year)-\(monthDay)"), "\(name) \(year)")
        }
    }

    @Test("a samråd on Kristi himmelsfärds dag moves to the next working day")
    func ascensionMovesForward() {
        let placement = WorkingCalendar(rules: HolidayRules()).shift(day("2026-05-14"))
        #expect(placement.date == day("2026-05-15"))
        #expect(placement.reason?.sv == "Kristi himmelsfärds dag")
        #expect(placement.reason?.en == "Ascension Day")
    }

    @Test("previous-working-day moves a meeting on midsommarafton back to Thursday")
    func previousWorkingDay() {
        let calendar = WorkingCalendar(rules: HolidayRules(policy: .previousWorkingDay))
        #expect(calendar.shift(day("2026-06-19")).date == day("2026-06-18"))
    }

    @Test("keep-and-flag keeps the date and says why")
    func keepAndFlag() {
        let placement = WorkingCalendar(rules: HolidayRules(policy: .keepAndFlag)).shift(day("2025-06-06"))
        #expect(placement.date == day("2025-06-06"))
        #expect(placement.reason?.sv == "Sveriges nationaldag")
    }

    @Test("Easter: a Thursday before långfredag is a working day, a meeting on annandag påsk moves to Tuesday")
    func easterWeek() {
        let calendar = WorkingCalendar(rules: HolidayRules())
        #expect(calendar.nonWorkingReason(day("2026-04-02")) == nil)
        #expect(calendar.shift(day("2026-04-06")).date == day("2026-04-07"))
        #expect(calendar.shift(day("2026-04-03")).date == day("2026-04-07"))
    }

    @Test("a yearly closed period that wraps the new year closes both ends and nothing else")
    func wrappingClosedPeriod() {
        let christmas = ClosedPeriod(span: .yearly(fromMonth: 12, fromDay: 22, toMonth: 1, toDay: 6), name: "Jul")
        #expect(christmas.contains(day("2025-12-22")))
        #expect(christmas.contains(day("2026-01-06")))
        #expect(!christmas.contains(day("2026-01-07")))
        #expect(!christmas.contains(day("2025-12-21")))
        let calendar = WorkingCalendar(rules: HolidayRules(closed: [christmas]))
        let placement = calendar.shift(day("2025-12-23"))
        #expect(placement.date == day("2026-01-07"))
        #expect(placement.reason?.sv == "Jul")
    }

    @Test("a fixed closed period moves meetings past its end, naming it")
    func fixedClosedPeriod() {
        let summer = ClosedPeriod(span: .fixed(from: day("2025-07-01"), to: day("2025-08-10")), name: "Sommaruppehåll")
        let placement = WorkingCalendar(rules: HolidayRules(closed: [summer])).shift(day("2025-07-15"))
        #expect(placement.date == day("2025-08-11"))
        #expect(placement.reason?.sv == "Sommaruppehåll")
    }

    @Test("weekends are not working days; a Saturday meeting moves to Monday")
    func weekend() {
        let placement = WorkingCalendar(rules: HolidayRules()).shift(day("2025-03-08"))
        #expect(placement.date == day("2025-03-10"))
        #expect(placement.reason?.sv == "lördag")
    }

    @Test("without country holidays only weekends and closed periods count")
    func noCountry() {
        let calendar = WorkingCalendar(rules: HolidayRules(swedishHolidays: false))
        #expect(calendar.nonWorkingReason(day("2026-05-14")) == nil)
    }
}
