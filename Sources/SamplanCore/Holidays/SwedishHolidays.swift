public import ICal

/// A public holiday: its date and its name.
public struct Holiday: Hashable, Sendable {
    /// The date.
    public let date: LocalDate
    /// "Kristi himmelsfärds dag" / "Ascension Day".
    public let name: LocalizedText
}

/// Swedish public holidays (röda dagar) and the de facto non-working eves, for any year.
///
/// ```swift
/// SwedishHolidays.holidays(in: 2026).first { $0.date.month == 5 && $0.date.day == 14 }?.name.sv
/// // "Kristi himmelsfärds dag"
/// ```
public enum SwedishHolidays {
    /// Every holiday and non-working eve of `year`, in date order.
    public static func holidays(in year: Int) -> [Holiday] {
        guard (2...9998).contains(year) else { return [] }
        let easter = easterSunday(year)
        func fixed(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }
        // Midsommardagen: the Saturday 20–26 June; alla helgons dag: the Saturday 31 Oct – 6 Nov.
        let midsummerDay = fixed(6, 26).onOrBefore(.saturday)
        let allSaints = fixed(11, 6).onOrBefore(.saturday)
        let list: [(LocalDate, KeyPath<Words.HolidayWords, String>)] = [
            (fixed(1, 1), \.newYearsDay),
            (fixed(1, 6), \.epiphany),
            (easter.adding(days: -2), \.goodFriday),
            (easter.adding(days: -1), \.easterEve),
            (easter, \.easterSunday),
            (easter.adding(days: 1), \.easterMonday),
            (fixed(5, 1), \.mayDay),
            (easter.adding(days: 39), \.ascensionDay),
            (easter.adding(days: 49), \.whitSunday),
            (fixed(6, 6), \.nationalDay),
            (midsummerDay.adding(days: -1), \.midsummerEve),
            (midsummerDay, \.midsummerDay),
            (allSaints, \.allSaintsDay),
            (fixed(12, 24), \.christmasEve),
            (fixed(12, 25), \.christmasDay),
            (fixed(12, 26), \.boxingDay),
            (fixed(12, 31), \.newYearsEve),
        ]
        return list.map { holiday in Holiday(date: holiday.0, name: LocalizedText { $0.holidays[keyPath: holiday.1] }) }.sorted { $0.date < $1.date }
    }

    /// The eves that are working days by law but that many take off (`holidays.avoid: [aftnar]`):
    /// trettondagsafton, skärtorsdag, valborgsmässoafton and allhelgonaafton, in date order.
    public static func eves(in year: Int) -> [Holiday] {
        guard (2...9998).contains(year), let epiphanyEve = LocalDate(year: year, month: 1, day: 5),
            let walpurgis = LocalDate(year: year, month: 4, day: 30), let allSaintsBound = LocalDate(year: year, month: 11, day: 6)
        else { return [] }
        let list: [(LocalDate, KeyPath<Words.HolidayWords, String>)] = [
            (epiphanyEve, \.epiphanyEve),
            (easterSunday(year).adding(days: -3), \.maundyThursday),
            (walpurgis, \.walpurgisNight),
            (allSaintsBound.onOrBefore(.saturday).adding(days: -1), \.allSaintsEve),
        ]
        return list.map { eve in Holiday(date: eve.0, name: LocalizedText { $0.holidays[keyPath: eve.1] }) }.sorted { $0.date < $1.date }
    }

    /// Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm), years 1–9999.
    public static func easterSunday(_ year: Int) -> LocalDate {
        let year = min(max(year, 1), 9999)
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }
}
