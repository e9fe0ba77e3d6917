import Foundation
import ICal
import Testing

@Suite("Writing calendars with libical")
struct CalendarWriterTests {
    func at(_ text: String) -> LocalDateTime { LocalDateTime(text: text)! }

    func sample(events: [CalendarEvent]? = nil) -> CalendarDocument {
        CalendarDocument(
            productID: "-//samplan//test//SV", name: "Samråd HSVO Knivsta; möten, åäö", timeZone: "Europe/Stockholm",
            refreshInterval: "PT4H",
            events: events ?? [
                CalendarEvent(
                    uid: "knivsta-samrad-2026-05-14@knivsta.example.se", sequence: 3, created: 1_767_225_600, lastModified: 1_770_000_000,
                    start: at("2026-05-15 13:00"), end: at("2026-05-15 15:30"), summary: "Samråd HSVO Knivsta: Nära vård, kompetens; Ö",
                    location: "Kommunhuset, sal Alsike",
                    description: String(repeating: "Fokusområde B – Nära vård; delmål B1, B2 och Äldrevårdsenheten. ", count: 8)
                        + "\nBackslash \\ here",
                    url: "https://kalender.example.se/agenda/samrad-2026-05-14.html",
                    categories: ["B Nära vård", "C Kompetensförsörjning", "E Barn, unga; familj"],
                    organizer: .init(name: "Samverkansstrateg Åsa", email: "strateg@knivsta.example.se"),
                    attendees: [.init(name: "Ordförande, VON", email: "ordf@knivsta.example.se", role: .chair)],
                    alarm: .init(trigger: "-P1D", description: "Samråd imorgon")),
                CalendarEvent(
                    uid: "knivsta-samrad-2026-01-08@knivsta.example.se", sequence: 0, created: 1_767_225_600, lastModified: 1_767_225_600,
                    start: at("2026-01-08 13:00"), end: at("2026-01-08 15:30"), summary: "INSTÄLLT: Samråd", status: .cancelled),
            ])
    }

    @Test("a written calendar passes every byte and content check: CRLF, 75-octet lines, whole UTF-8 characters, escaping")
    func lintClean() throws {
        let text = try CalendarWriter.render(sample())
        #expect(CalendarLint.problems(in: Array(text.utf8)) == [])
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(!text.contains("METHOD"))
    }

    @Test("the calendar carries the properties subscribed clients read, and one VTIMEZONE named exactly Europe/Stockholm")
    func calendarProperties() throws {
        let calendar = try #require(CalendarReader.parse(try CalendarWriter.render(sample())))
        #expect(calendar.properties["VERSION"] == "2.0")
        #expect(calendar.properties["CALSCALE"] == "GREGORIAN")
        #expect(calendar.properties["NAME"] == "Samråd HSVO Knivsta; möten, åäö")
        #expect(calendar.properties["X-WR-CALNAME"] == "Samråd HSVO Knivsta – möten – åäö")
        #expect(calendar.properties["X-WR-TIMEZONE"] == "Europe/Stockholm")
        #expect(calendar.properties["X-PUBLISHED-TTL"] == "PT4H")
        #expect(calendar.properties["REFRESH-INTERVAL"] == "PT4H")
        #expect(calendar.timeZones == ["Europe/Stockholm"])
        #expect(calendar.errors == [])
    }

    @Test("events read back with their local start, TZID, UTC moment, texts with å ä ö , ; \\ and newlines intact")
    func roundTrip() throws {
        let document = sample()
        let calendar = try #require(CalendarReader.parse(try CalendarWriter.render(document)))
        let event = try #require(calendar.events.first)
        let original = document.events[0]
        #expect(event.uid == original.uid)
        #expect(event.sequence == 3)
        #expect(event.start == original.start)
        #expect(event.startZone == "Europe/Stockholm")
        #expect(event.startEpoch == 1_778_842_800)  // 2026-05-15T11:00:00Z
        #expect(calendar.events[1].startEpoch == 1_767_873_600)  // 2026-01-08T12:00:00Z
        #expect(event.summary == original.summary)
        #expect(event.description == original.description)
        #expect(event.location == original.location)
        #expect(event.categories == original.categories)
        #expect(event.status == "CONFIRMED")
        #expect(calendar.events[1].status == "CANCELLED")
        #expect(event.organizer == "mailto:strateg@knivsta.example.se")
        #expect(event.attendees == ["mailto:ordf@knivsta.example.se"])
        #expect(event.alarms == 1)
    }

    @Test("attendees carry CN, ROLE, PARTSTAT=NEEDS-ACTION and RSVP=FALSE")
    func attendeeParameters() throws {
        let unfolded = try CalendarWriter.render(sample()).replacingOccurrences(of: "\r\n ", with: "")
        let line = try #require(unfolded.split(separator: "\r\n").first { $0.hasPrefix("ATTENDEE") })
        #expect(line.contains("CN=\"Ordförande, VON\""))
        #expect(line.contains("ROLE=CHAIR"))
        #expect(line.contains("PARTSTAT=NEEDS-ACTION"))
        #expect(line.contains("RSVP=FALSE"))
    }

    @Test("the same document always gives the same bytes")
    func deterministic() throws {
        #expect(try CalendarWriter.render(sample()) == CalendarWriter.render(sample()))
    }

    @Test("an unknown time zone is refused, not written")
    func unknownZone() {
        var document = sample()
        document.timeZone = "Mars/Olympus"
        #expect(throws: CalendarWriter.Failure.unknownTimeZone) { try CalendarWriter.render(document) }
    }

    @Test("one CATEGORIES property carries every focus area, comma-separated, with a comma inside a value escaped")
    func oneCategoriesProperty() throws {
        let unfolded = try CalendarWriter.render(sample()).replacingOccurrences(of: "\r\n ", with: "")
        let lines = unfolded.split(separator: "\r\n").filter { $0.hasPrefix("CATEGORIES") }
        #expect(lines == ["CATEGORIES:B Nära vård,C Kompetensförsörjning,E Barn\\, unga\\; familj"])
        let calendar = try #require(CalendarReader.parse(unfolded))
        #expect(calendar.events[0].categories == ["B Nära vård", "C Kompetensförsörjning", "E Barn, unga; familj"])
        #expect(calendar.events[1].categories == [])
    }

    @Test("the lint catches what libical would never write: bare LF, long lines, split characters, unescaped commas")
    func lintCatches() {
        let bad = "BEGIN:VCALENDAR\nX:1\r\nSUMMARY:a, b\r\nLOCATION;LANGUAGE=sv:sal 1\\; sal 2\r\n" + String(repeating: "x", count: 80) + "\r\n"
        let problems = CalendarLint.problems(in: Array(bad.utf8))
        #expect(problems.contains { $0.hasPrefix("bare LF") })
        #expect(problems.contains { $0.contains("octets > 75") })
        #expect(problems.contains("SUMMARY: unescaped ,"))
        #expect(!problems.contains { $0.hasPrefix("LOCATION") })
        let categories = "BEGIN:VEVENT\r\nCATEGORIES:A,B\r\nCATEGORIES:C;D\r\nEND:VEVENT\r\n"
        #expect(
            CalendarLint.problems(in: Array(categories.utf8)).filter { $0.hasPrefix("CATEGORIES") }.sorted() == [
                "CATEGORIES more than once in one event", "CATEGORIES: unescaped ;",
            ])
        // "å" is C3 A5: a fold between the two bytes leaves neither line valid UTF-8 on its own.
        let split: [UInt8] = Array("DESCRIPTION:p".utf8) + [0xC3, 13, 10, 0x20, 0xA5, 13, 10]
        #expect(CalendarLint.problems(in: split).contains { $0.contains("not UTF-8 on its own") })
    }
}
