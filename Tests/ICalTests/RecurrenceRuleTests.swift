import ICal
import Testing

@Suite("RRULE expansion through libical")
struct RecurrenceRuleTests {
    func at(_ text: String) -> LocalDateTime { LocalDateTime(text: text)! }
    func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test("the second Thursday of January, May and October gives 8 Jan, 14 May and 8 Oct 2026")
    func secondThursday() throws {
        let rule = try RecurrenceRule("FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH")
        let dates = rule.occurrences(start: at("2026-01-01 18:00"), through: day("2027-12-31")).map(\.description)
        #expect(
            dates == [
                "2026-01-08T18:00:00", "2026-05-14T18:00:00", "2026-10-08T18:00:00",
                "2027-01-14T18:00:00", "2027-05-13T18:00:00", "2027-10-14T18:00:00",
            ])
    }

    @Test("a DTSTART that does not match the rule is not itself a meeting")
    func dtstartNotAnOccurrence() throws {
        let rule = try RecurrenceRule("FREQ=YEARLY;BYMONTH=5;BYDAY=2TH")
        let first = rule.occurrences(start: at("2024-01-01 09:00"), through: day("2024-12-31")).first
        #expect(first?.date == day("2024-05-09"))
    }

    @Test("BYSETPOS=-1 picks the last Tuesday or Wednesday of each month")
    func bySetPos() throws {
        let rule = try RecurrenceRule("FREQ=MONTHLY;BYDAY=TU,WE;BYSETPOS=-1")
        let dates = rule.occurrences(start: at("2024-01-01 09:00"), through: day("2024-04-30")).map(\.date.description)
        #expect(dates == ["2024-01-31", "2024-02-28", "2024-03-27", "2024-04-30"])
    }

    @Test("COUNT limits the series counted from DTSTART, even when the window starts later")
    func count() throws {
        let rule = try RecurrenceRule("FREQ=YEARLY;BYMONTH=5;BYDAY=2TH;COUNT=2")
        #expect(rule.hasCount)
        let all = rule.occurrences(start: at("2024-01-01 09:00"), through: day("2030-12-31")).map(\.date.description)
        #expect(all == ["2024-05-09", "2025-05-08"])
        let windowed = rule.occurrences(start: at("2024-01-01 09:00"), from: day("2025-01-01"), through: day("2030-12-31"))
        #expect(windowed.map(\.date.description) == ["2025-05-08"])
    }

    @Test("UNTIL ends the series")
    func until() throws {
        let rule = try RecurrenceRule("FREQ=WEEKLY;UNTIL=20240201T000000;BYDAY=TU")
        let dates = rule.occurrences(start: at("2024-01-01 09:00"), through: day("2024-12-31"))
        #expect(dates.count == 5)
        #expect(dates.last?.date == day("2024-01-30"))
    }

    @Test("a window that starts late still gives the same dates as walking from DTSTART")
    func windowJump() throws {
        let rule = try RecurrenceRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")
        let start = at("2000-01-04 09:00")
        let walked = rule.occurrences(start: start, through: day("2025-12-31")).filter { $0.date.year == 2025 }
        let jumped = rule.occurrences(start: start, from: day("2025-01-01"), through: day("2025-12-31"))
        #expect(walked == jumped)
        #expect(jumped.count == 26)
    }

    @Test("a rule that can never occur gives no dates instead of looping")
    func neverOccurs() throws {
        let rule = try RecurrenceRule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")
        #expect(rule.occurrences(start: at("2024-01-01 09:00"), through: day("2034-12-31")).isEmpty)
    }

    @Test(
        "malformed rules are rejected with a reason",
        arguments: [
            ("FREQ=FORTNIGHTLY", RecurrenceRule.ParseError.Reason.malformed),
            ("FREQ=YEARLY;FOO=1", .malformed),
            ("", .malformed),
            ("BYDAY=TU", .malformed),
            ("FREQ=HOURLY", .frequencyTooFine),
            ("FREQ=DAILY;BYHOUR=9", .timeOfDayParts),
        ])
    func malformed(text: String, reason: RecurrenceRule.ParseError.Reason) {
        #expect(throws: RecurrenceRule.ParseError(reason: reason)) { try RecurrenceRule(text) }
    }

    @Test("an RRULE: prefix is accepted")
    func prefix() throws {
        #expect(try RecurrenceRule("RRULE:FREQ=YEARLY;BYMONTH=1").text == "FREQ=YEARLY;BYMONTH=1")
    }

    @Test("libical knows Europe/Stockholm and not a made-up zone")
    func zones() {
        #expect(TimeZoneCatalog.isKnown("Europe/Stockholm"))
        #expect(!TimeZoneCatalog.isKnown("Mars/Olympus"))
        #expect(!TimeZoneCatalog.isKnown(""))
    }
}

@Suite("Expanding many rules at once")
struct BatchExpansionTests {
    @Test("expanding rules on all cores gives exactly what expanding them one by one gives, in request order")
    func batchMatchesSerial() throws {
        let texts = [
            "FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH", "FREQ=MONTHLY;BYDAY=1TU", "FREQ=MONTHLY;BYDAY=TU,WE;BYSETPOS=-1",
            "FREQ=WEEKLY;INTERVAL=3;BYDAY=WE",
        ]
        let requests = try (0..<64).map { index in
            RecurrenceRule.Expansion(
                rule: try RecurrenceRule(texts[index % texts.count]),
                start: LocalDateTime(date: LocalDate(iso: "2020-01-01")!.adding(days: index), time: LocalTime(hour: 9, minute: 0)!),
                from: LocalDate(iso: "2024-01-01"), through: LocalDate(iso: "2034-12-31")!)
        }
        let serial = requests.map { $0.rule.occurrences(start: $0.start, from: $0.from, through: $0.through) }
        #expect(RecurrenceRule.expand(requests) == serial)
        #expect(RecurrenceRule.expand([]) == [])
    }
}
