import Foundation
import ICal
import SamplanCore
import SamplanStore
import Testing

/// Whether every parser must be there: on CI, a parser that is not installed fails the suite.
private let pythonRequired = ProcessInfo.processInfo.environment["CI"] != nil

/// The Knivsta example with what a kallelse shows: an ersättare for the chair, a member on the feed,
/// förhinder reported to the strategist.
private func kallelseConfiguration() throws -> Configuration {
    var configuration = try exampleConfiguration("knivsta")
    configuration.people.append(
        Person(id: "ersattare-ordf", name: "Ersättare ordförande", email: "ersattare@knivsta.example.se", board: "Vård- och omsorgsnämnden"))
    configuration.settings.kallelseReplyTo = "strateg"
    let body = try #require(configuration.bodies.firstIndex { $0.id == "samrad" })
    let chair = try #require(configuration.bodies[body].members.firstIndex { $0.person == "ordf" })
    configuration.bodies[body].members[chair].substitute = "ersattare-ordf"
    let official = try #require(configuration.people.firstIndex { $0.id == "socialchef" })
    configuration.people[official].calendar = .feed
    return configuration
}

private let meetingID = "samrad-2026-05-14"

private func meeting(_ configuration: Configuration) throws -> (Meeting, Schedule) {
    let schedule = ScheduleBuilder.build(configuration, years: 2025...2027)
    return (try #require(schedule.meeting(named: meetingID)), schedule)
}

/// What is due at `now`.
private func outbox(_ configuration: Configuration, store: StateStore, now: Int, record: Bool = true) throws -> KallelseOutbox {
    let (meeting, schedule) = try meeting(configuration)
    return try KallelseOutbox.prepare(configuration, meeting: meeting, schedule: schedule, store: store, now: now, record: record)
}

/// Records every mail as sent (what `KallelseDelivery` does when the command accepts them).
private func markSent(_ outbox: KallelseOutbox, store: StateStore, now: Int) throws {
    for mail in outbox.mails {
        try store.recordKallelse(meeting: outbox.meeting.id, recipient: mail.kallelse.recipient.key, record: mail.kallelse.record, now: now)
    }
}

@Suite("Kallelse: the call to a meeting by e-mail, with a calendar invitation")
struct KallelseTests {
    struct Parsed: Decodable {
        struct Calendar: Decodable {
            struct Attendee: Decodable {
                let address: String
                let rsvp: String?
                let partstat: String?
                let role: String?
            }
            let part_method: String?
            let charset: String?
            let method: String
            let events: Int
            let uid: String
            let sequence: Int
            let status: String
            let dtstart: Int
            let recurring_starts: [Int]
            let organizer: String
            let attendees: [Attendee]
            let missing_tzids: [String]
        }
        let from: String
        let to: String
        let subject: String
        let date: String
        let message_id: String
        let mime_version: String
        let content_type: String
        let alternative: [String]
        let text: String?
        let html: String?
        let calendars: [Calendar]
        let attachments: [String]
        let defects: [String]
    }

    /// The mails as an mbox, read back by Python's `email` and `icalendar`.
    func readBack(_ mbox: String) throws -> [Parsed] {
        let python = try #require(independentPython(), "CI must have the .venv that scripts/test makes")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-kallelse-\(UUID().uuidString).mbox")
        try mbox.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [packageRoot() + "/Tests/Support/mbox_check.py", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONDecoder().decode([Parsed].self, from: data)
    }

    @Test(
        "the mbox reads back in Python: headers, the Swedish subject, plain and HTML text, and a REQUEST with the feed's UID, SEQUENCE and start",
        .enabled(if: independentPython() != nil || pythonRequired, "run scripts/test to set up .venv"))
    func mboxReadsBack() throws {
        let configuration = try kallelseConfiguration()
        let (meeting, _) = try meeting(configuration)
        let temporary = try TemporaryStore()
        let now = meeting.start.epochSeconds - 10 * 86_400
        let prepared = try outbox(configuration, store: temporary.store, now: now, record: false)
        let parsed = try readBack(prepared.mails.map { $0.message.mboxEntry() }.joined())
        #expect(parsed.count == prepared.mails.count)
        #expect(parsed.count >= 8)
        // What the feeds publish at the same moment: the calendar parts must agree with it.
        let publication = try FeedPublisher.publish(configuration, store: temporary.store, asOf: meeting.start.local.date, year: 2026, now: now)
        let uid = FeedBuilder.uid(meetingID, configuration)
        let feedSequence = try #require(publication.revisions[uid]).sequence
        let dates = DateText(.sv)
        let title = "Samråd HSVO Knivsta " + dates.date(meeting.start.local.date)
        // Two days before a Monday is a Saturday: förhinder is due on the working day before.
        #expect(meeting.start.local.date.weekday == .monday)
        let deadline = dates.longDate(meeting.start.local.date.adding(days: -3))
        for (mail, read) in zip(prepared.mails, parsed) {
            let recipient = mail.kallelse.recipient
            #expect(read.defects == [])
            #expect(read.subject == "Kallelse: " + title)
            #expect(read.from == "Samverkansstrateg HSVO Knivsta <strateg@knivsta.example.se>" || read.from.hasSuffix("<strateg@knivsta.example.se>"))
            #expect(read.to.hasSuffix("<\(recipient.email)>"))
            #expect(read.to.hasPrefix(recipient.name))
            #expect(read.message_id.hasPrefix("<kallelse.\(meetingID)."))
            #expect(read.mime_version == "1.0")
            #expect(read.date.hasSuffix("+0000"))
            #expect(read.content_type == "multipart/mixed")
            let text = try #require(read.text)
            let html = try #require(read.html)
            #expect(text.contains("Anmäl förhinder till Samverkansstrateg"))
            #expect(text.contains("senast \(deadline)."))
            #expect(text.contains("Dagordning\n1. 13.00–13.05 Mötets öppnande"))
            #expect(text.contains("Plats: Kommunhuset, sal Alsike"))
            #expect(text.contains("Flyttat: från torsdag 14 maj 2026 (Kristi himmelsfärds dag"))
            #expect(text.contains("https://meet.knivsta.example.se/samrad"))
            #expect(html.contains("<h2>Dagordning</h2>"))
            #expect(html.contains("Anmäl förhinder till"))
            // The public dagordning: nothing of the strategist's draft.
            #expect(!text.contains("saknar uppföljning") && !html.contains("saknar uppföljning"))
            #expect(text.contains("Kalla ersättare: Ersättare ordförande <ersattare@knivsta.example.se>") == (recipient.key == "ordf"))
            switch recipient.channel {
            case .invitation:
                #expect(read.alternative == ["text/plain", "text/html", "text/calendar"])
                #expect(read.attachments == ["invite.ics"])
                let calendar = try #require(read.calendars.first)
                #expect(read.calendars.count == 1)
                #expect(calendar.part_method == "REQUEST")
                #expect(calendar.method == calendar.part_method)
                #expect(calendar.charset == "utf-8")
                #expect(calendar.events == 1)
                #expect(calendar.uid == uid)
                #expect(calendar.sequence == feedSequence)
                #expect(calendar.status == "CONFIRMED")
                #expect(calendar.dtstart == meeting.start.epochSeconds)
                #expect(calendar.recurring_starts == [meeting.start.epochSeconds])
                #expect(calendar.missing_tzids == [])
                #expect(calendar.organizer == "mailto:strateg@knivsta.example.se")
                #expect(calendar.attendees.count == 1)
                #expect(calendar.attendees.first?.address == "mailto:" + recipient.email)
                #expect(calendar.attendees.first?.rsvp == "TRUE")
                #expect(calendar.attendees.first?.partstat == "NEEDS-ACTION")
                #expect(calendar.attendees.first?.role == (recipient.key == "ordf" ? "CHAIR" : "REQ-PARTICIPANT"))
            case .feed:
                #expect(read.alternative == ["text/plain", "text/html"])
                #expect(read.calendars.isEmpty && read.attachments.isEmpty)
                #expect(text.contains("Mötet uppdateras i den kalender du prenumererar på."))
            }
        }
        #expect(prepared.mails.contains { $0.kallelse.recipient.key == "socialchef" && $0.kallelse.recipient.channel == .feed })
    }

    @Test(
        "an update and a cancellation read back in Python: REQUEST then CANCEL, the method parameter equal to METHOD, SEQUENCE rising, the moved start",
        .enabled(if: independentPython() != nil || pythonRequired, "run scripts/test to set up .venv"))
    func updatesReadBack() throws {
        var configuration = try kallelseConfiguration()
        let (meeting, _) = try meeting(configuration)
        let temporary = try TemporaryStore()
        let first = meeting.start.epochSeconds - 10 * 86_400
        let called = try outbox(configuration, store: temporary.store, now: first)
        try markSent(called, store: temporary.store, now: first)
        configuration.exceptions.append(
            .move(meeting: meetingID, toDate: meeting.start.local.date, toTime: try #require(LocalTime(hour: 9, minute: 0)), reason: nil))
        let moved = try outbox(configuration, store: temporary.store, now: first + 60)
        try markSent(moved, store: temporary.store, now: first + 60)
        configuration.exceptions = [.cancel(meeting: meetingID, reason: nil)]
        let cancelled = try outbox(configuration, store: temporary.store, now: first + 120)
        let mails = (called.mails + moved.mails + cancelled.mails).filter { $0.kallelse.recipient.key == "ordf" }
        #expect(mails.map(\.kallelse.kind) == [.call, .update, .cancel])
        let parsed = try readBack(mails.map { $0.message.mboxEntry() }.joined())
        #expect(parsed.count == 3)
        let calendars = parsed.compactMap(\.calendars.first)
        #expect(calendars.map(\.method) == ["REQUEST", "REQUEST", "CANCEL"])
        #expect(calendars.map(\.part_method) == ["REQUEST", "REQUEST", "CANCEL"])
        #expect(calendars.map(\.status) == ["CONFIRMED", "CONFIRMED", "CANCELLED"])
        #expect(calendars[0].sequence < calendars[1].sequence && calendars[1].sequence < calendars[2].sequence)
        #expect(Set(calendars.map(\.uid)) == [FeedBuilder.uid(meetingID, configuration)])
        // 09:00 instead of 13:00: four hours earlier, and that is what a calendar reads.
        #expect(calendars[1].dtstart == meeting.start.epochSeconds - 4 * 3600)
        #expect(calendars[1].recurring_starts == [calendars[1].dtstart])
        #expect(parsed.map(\.subject).map { $0.prefix(while: { $0 != ":" }) } == ["Kallelse", "Ändrad kallelse", "Inställt"])
        #expect(parsed[1].text?.hasPrefix("Kallelsen är ändrad.\n\n- Ny tid: ") == true)
    }

    @Test("every calendar part passes the feed checks: CRLF, short lines, whole characters, METHOD inside, one VTIMEZONE")
    func calendarPartsAreValid() throws {
        let configuration = try kallelseConfiguration()
        let (meeting, _) = try meeting(configuration)
        let temporary = try TemporaryStore()
        let prepared = try outbox(configuration, store: temporary.store, now: meeting.start.epochSeconds - 86_400)
        let calendars = prepared.mails.compactMap(\.kallelse.calendar)
        #expect(!calendars.isEmpty)
        for text in calendars {
            #expect(CalendarLint.problems(in: Array(text.utf8), invitation: true) == [])
            #expect(CalendarLint.problems(in: Array(text.utf8)) == ["METHOD in a subscribed feed"], "a feed check would refuse it")
            let parsed = try #require(CalendarReader.parse(text))
            #expect(parsed.properties["METHOD"] == "REQUEST")
            #expect(parsed.errors == [])
            #expect(parsed.events.first?.startEpoch == meeting.start.epochSeconds)
            #expect(text.components(separatedBy: "BEGIN:VTIMEZONE").count == 2)
            #expect(text.contains("TZID:Europe/Stockholm"))
        }
    }

    @Test("a move gives an updated REQUEST with a higher SEQUENCE and \"Ändrad kallelse\", a cancellation a CANCEL; each mail once")
    func moveThenCancel() throws {
        var configuration = try kallelseConfiguration()
        let (meeting, _) = try meeting(configuration)
        let temporary = try TemporaryStore()
        let store = temporary.store
        let first = meeting.start.epochSeconds - 10 * 86_400
        let called = try outbox(configuration, store: store, now: first)
        #expect(called.mails.allSatisfy { $0.kallelse.kind == .call })
        try markSent(called, store: store, now: first)
        #expect(try outbox(configuration, store: store, now: first + 60).mails.isEmpty, "nothing is sent twice")
        let sequence = try #require(called.mails.first { $0.kallelse.calendar != nil }).kallelse.sequence

        // Moved a week later.
        let later = meeting.start.local.date.adding(days: 7)
        configuration.exceptions.append(.move(meeting: meetingID, toDate: later, toTime: nil, reason: "Krock"))
        let moved = try outbox(configuration, store: store, now: first + 3600)
        #expect(moved.mails.count == called.mails.count)
        for mail in moved.mails {
            #expect(mail.kallelse.kind == .update)
            switch mail.kallelse.recipient.channel {
            case .invitation:
                #expect(mail.kallelse.subject.hasPrefix("Ändrad kallelse: Samråd HSVO Knivsta " + DateText(.sv).date(later)))
                #expect(mail.kallelse.text.hasPrefix("Kallelsen är ändrad.\n"))
                #expect(mail.kallelse.text.contains("Ny tid: " + DateText(.sv).longDate(later)))
                #expect(mail.kallelse.method == .request)
                #expect(mail.kallelse.sequence > sequence)
                #expect(mail.kallelse.calendar?.contains("METHOD:REQUEST") == true)
            case .feed:
                #expect(mail.kallelse.subject.hasPrefix("Flyttat möte: "))
                #expect(mail.kallelse.calendar == nil)
            }
        }
        try markSent(moved, store: store, now: first + 3600)
        #expect(try outbox(configuration, store: store, now: first + 7200).mails.isEmpty)
        let movedSequence = try #require(moved.mails.first { $0.kallelse.calendar != nil }).kallelse.sequence

        // An agenda change reaches invitation people only: the feed shows it anyway.
        let body = try #require(configuration.bodies.firstIndex { $0.id == "samrad" })
        configuration.bodies[body].standingAgenda.insert(Body.AgendaItem(title: "Nytt ärende", duration: ISODuration(minutes: 10)), at: 1)
        let changed = try outbox(configuration, store: store, now: first + 7200 + 60)
        #expect(!changed.mails.isEmpty)
        #expect(changed.mails.allSatisfy { $0.kallelse.recipient.channel == .invitation && $0.kallelse.kind == .update })
        #expect(changed.mails.allSatisfy { $0.kallelse.text.contains("Dagordningen är ändrad.") && $0.kallelse.text.contains("Nytt ärende") })
        try markSent(changed, store: store, now: first + 7200 + 60)

        // Cancelled.
        configuration.exceptions = [.cancel(meeting: meetingID, reason: "Ersätts av workshop")]
        let cancelled = try outbox(configuration, store: store, now: first + 10_800)
        #expect(cancelled.mails.count == called.mails.count)
        for mail in cancelled.mails {
            #expect(mail.kallelse.kind == .cancel)
            #expect(mail.kallelse.subject.hasPrefix("Inställt: Samråd HSVO Knivsta"))
            #expect(mail.kallelse.text.contains("är inställt."))
            #expect(mail.kallelse.text.contains("Ersätts av workshop"))
            if mail.kallelse.recipient.channel == .invitation {
                let calendar = try #require(mail.kallelse.calendar)
                #expect(calendar.contains("METHOD:CANCEL"))
                #expect(calendar.contains("STATUS:CANCELLED"))
                #expect(mail.kallelse.method == .cancel)
                #expect(mail.kallelse.sequence > movedSequence)
                #expect(mail.message.rendered().contains("Content-Type: text/calendar; charset=utf-8; method=CANCEL"))
            }
        }
        try markSent(cancelled, store: store, now: first + 10_800)
        #expect(try outbox(configuration, store: store, now: first + 14_400).mails.isEmpty, "a cancellation is sent once")
    }

    @Test("a member removed from the body after the kallelse gets a CANCEL saying they are no longer called")
    func removedMember() throws {
        var configuration = try kallelseConfiguration()
        let (meeting, _) = try meeting(configuration)
        let temporary = try TemporaryStore()
        let now = meeting.start.epochSeconds - 5 * 86_400
        let called = try outbox(configuration, store: temporary.store, now: now)
        try markSent(called, store: temporary.store, now: now)
        let body = try #require(configuration.bodies.firstIndex { $0.id == "samrad" })
        configuration.bodies[body].members.removeAll { $0.person == "utbildningschef" }
        let after = try outbox(configuration, store: temporary.store, now: now + 60)
        let mail = try #require(after.mails.first { $0.kallelse.recipient.key == "utbildningschef" })
        #expect(mail.kallelse.kind == .cancel)
        #expect(mail.kallelse.text.hasPrefix("Du är inte längre kallad till Samråd HSVO Knivsta"))
        #expect(mail.kallelse.calendar?.contains("METHOD:CANCEL") == true)
        #expect(after.mails.allSatisfy { $0.kallelse.recipient.key == "utbildningschef" || $0.kallelse.kind == .update })
    }

    @Test("nothing is sent for a meeting that has started, nor a cancellation to people never called")
    func nothingForThePast() throws {
        var configuration = try kallelseConfiguration()
        let (meeting, _) = try meeting(configuration)
        let temporary = try TemporaryStore()
        #expect(try outbox(configuration, store: temporary.store, now: meeting.start.epochSeconds).mails.isEmpty)
        #expect(try outbox(configuration, store: temporary.store, now: meeting.start.epochSeconds + 86_400 * 30).mails.isEmpty)
        configuration.exceptions = [.cancel(meeting: meetingID, reason: nil)]
        #expect(try outbox(configuration, store: temporary.store, now: meeting.start.epochSeconds - 86_400).mails.isEmpty)
    }

    @Test("a dry run records nothing: the same mails are due afterwards")
    func dryRunRecordsNothing() throws {
        let configuration = try kallelseConfiguration()
        let (meeting, _) = try meeting(configuration)
        let temporary = try TemporaryStore()
        let now = meeting.start.epochSeconds - 86_400
        let dry = try outbox(configuration, store: temporary.store, now: now, record: false)
        let again = try outbox(configuration, store: temporary.store, now: now, record: false)
        #expect(dry.mails.map(\.message) == again.mails.map(\.message))
        #expect(try temporary.store.kallelseRecords(meeting: meetingID).isEmpty)
        #expect(try temporary.store.publishedEvents().isEmpty)
    }
}
