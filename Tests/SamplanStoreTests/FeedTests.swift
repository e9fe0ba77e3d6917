import Foundation
import ICal
import SamplanConfig
import SamplanCore
import SamplanStore
import Testing

@Suite("Calendar feeds of the example configurations")
struct ExampleFeedTests {
    @Test(
        "every feed of both examples is valid: CRLF, short lines, whole characters, escaping, no X-LIC-ERROR, no METHOD",
        arguments: ["knivsta", "uppsala"])
    func everyFeedIsValid(name: String) throws {
        let configuration = try exampleConfiguration(name)
        let temporary = try TemporaryStore()
        let asOf = name == "knivsta" ? day("2025-03-01") : day("2020-06-01")
        let publication = try FeedPublisher.publish(configuration, store: temporary.store, asOf: asOf, year: nil, now: november)
        for feed in allFeeds(configuration) {
            let text = try CalendarWriter.render(publication.document(feed))
            #expect(CalendarLint.problems(in: Array(text.utf8)) == [], "\(feed)")
        }
    }

    @Test("events start at the same moment (UTC) as the schedule says, across daylight saving time")
    func startsMatchSchedule() throws {
        let configuration = try exampleConfiguration("knivsta")
        let temporary = try TemporaryStore()
        let publication = try FeedPublisher.publish(configuration, store: temporary.store, asOf: day("2026-01-01"), year: 2026, now: november)
        let calendar = try #require(CalendarReader.parse(try CalendarWriter.render(publication.document(.all))))
        let schedule = ScheduleBuilder.build(configuration, years: 2026...2026)
        #expect(calendar.events.count == schedule.meetings.count)
        for event in calendar.events {
            let meetingID = try #require(event.uid?.dropFirst("knivsta-".count).split(separator: "@").first.map(String.init))
            let meeting = try #require(schedule.meeting(meetingID))
            #expect(event.startEpoch == meeting.start.epochSeconds, "\(meetingID)")
            #expect(event.start == meeting.start.local)
            #expect(event.startZone == "Europe/Stockholm")
        }
        // 13:00 local is 12:00Z in January and 11:00Z in May.
        let january = try #require(calendar.events.first { $0.uid == "knivsta-samrad-2026-01-08@knivsta.example.se" })
        #expect(january.startEpoch == 1_767_873_600)
        let may = try #require(calendar.events.first { $0.uid == "knivsta-samrad-2026-05-14@knivsta.example.se" })
        #expect(may.startEpoch == 1_779_102_000)  // Monday 18 May, 11:00Z
    }

    @Test("public feeds carry no e-mail address and no ATTENDEE; the org's functional address may be ORGANIZER")
    func publicFeedsArePrivacySafe() throws {
        let configuration = try exampleConfiguration("knivsta")
        let temporary = try TemporaryStore()
        let publication = try FeedPublisher.publish(configuration, store: temporary.store, asOf: day("2025-03-01"), year: nil, now: november)
        let personal = configuration.people.compactMap(\.email)
        for feed in [Feed.all, .body("samrad"), .body("tl"), .focus("A")] {
            let text = try CalendarWriter.render(publication.document(feed))
            let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
            #expect(!unfolded.contains("ATTENDEE"))
            for email in personal { #expect(!unfolded.contains(email), "\(feed) shows \(email)") }
            #expect(unfolded.contains("ORGANIZER;CN=HSVO Knivsta:mailto:hsvo@knivsta.example.se"))
            #expect(unfolded.contains("Socialchef Knivsta kommun\\, Socialchef"), "participants by name and title")
        }
    }

    @Test(
        "every feed's DESCRIPTION has the agenda (items, focus areas with activities and status, presenters) and no follow-up flag, responsible person or address",
        arguments: ["knivsta", "uppsala"])
    func descriptionsCarryNoFollowUpFlags(name: String) throws {
        let configuration = try exampleConfiguration(name)
        let temporary = try TemporaryStore()
        // A window over the year of each example's activity list, and after it: flags are many then.
        let asOf = name == "knivsta" ? day("2025-03-01") : day("2020-12-01")
        let publication = try FeedPublisher.publish(configuration, store: temporary.store, asOf: asOf, year: nil, now: november)
        let schedule = ScheduleBuilder.build(configuration, years: (asOf.year - 1)...(asOf.year + 1))
        let builder = AgendaBuilder(configuration: configuration, schedule: schedule)
        #expect(schedule.meetings.contains { !builder.agenda(for: $0, asOf: asOf).followUpFlags.isEmpty }, "the strategist has flags to keep")
        var withActivities = 0
        for feed in allFeeds(configuration) {
            let calendar = try #require(CalendarReader.parse(try CalendarWriter.render(publication.document(feed))))
            for event in calendar.events {
                let description = try #require(event.description)
                #expect(description.contains("Dagordning"), "\(feed) \(event.uid ?? "")")
                for text in ["saknar uppföljning", "Aktiviteter som saknar uppföljning", "ansvarig", "Ansvarig", "@", "OBS"] {
                    #expect(!description.contains(text), "\(feed) \(event.uid ?? ""): \(text)")
                }
                if description.contains("Delmål ") && description.contains(" (") { withActivities += 1 }
            }
        }
        #expect(withActivities > 0, "some events list their activities with a status")
    }

    @Test("a private feed has the person's meetings with ORGANIZER (strategist) and an ATTENDEE per member with an address")
    func privateFeed() throws {
        let configuration = try exampleConfiguration("knivsta")
        let temporary = try TemporaryStore()
        let publication = try FeedPublisher.publish(configuration, store: temporary.store, asOf: day("2025-03-01"), year: 2025, now: november)
        let calendar = try #require(CalendarReader.parse(try CalendarWriter.render(publication.document(.person("utbildningschef")))))
        // utbildningschef is in samråd only: three meetings in 2025.
        #expect(calendar.events.count == 3)
        let event = try #require(calendar.events.first)
        #expect(event.organizer == "mailto:strateg@knivsta.example.se")
        let samrad = try #require(configuration.body("samrad"))
        #expect(event.attendees.count == samrad.members.count)
        #expect(event.attendees.contains("mailto:utbildningschef@knivsta.example.se"))
    }

    @Test("focus feeds show only meetings with that focus area; body feeds only that body's")
    func selection() throws {
        let configuration = try exampleConfiguration("knivsta")
        let temporary = try TemporaryStore()
        let publication = try FeedPublisher.publish(configuration, store: temporary.store, asOf: day("2025-01-01"), year: 2025, now: november)
        let schedule = ScheduleBuilder.build(configuration, years: 2025...2025)
        #expect(publication.document(.focus("D")).events.count == schedule.meetings.filter { $0.focus.contains("D") }.count)
        #expect(publication.document(.body("tl")).events.allSatisfy { $0.uid.hasPrefix("knivsta-tl-") })
        #expect(publication.document(.focus("D")).events.allSatisfy { $0.categories.contains("D Krishantering och beredskap") })
    }
}

@Suite("Updates: SEQUENCE, moves, cancellations, byte-identical feeds")
struct FeedUpdateTests {
    func configuration(exceptions: [ScheduleException] = []) throws -> Configuration {
        var configuration = try exampleConfiguration("knivsta")
        configuration.exceptions = exceptions
        return configuration
    }

    func samrad(_ publication: FeedPublisher, _ id: String = "knivsta-samrad-2026-05-14@knivsta.example.se") -> CalendarEvent? {
        publication.document(.body("samrad")).events.first { $0.uid == id }
    }

    @Test("an unchanged configuration gives byte-identical feeds across runs and restarts, DTSTAMP included")
    func byteIdentical() throws {
        let temporary = try TemporaryStore()
        let first = try FeedPublisher.publish(try configuration(), store: temporary.store, asOf: day("2026-03-01"), year: nil, now: march)
        let second = try FeedPublisher.publish(
            try configuration(), store: try temporary.reopened(), asOf: day("2026-03-01"), year: nil, now: march + 86_400)
        for feed in [Feed.all, .body("samrad"), .person("socialchef")] {
            #expect(try CalendarWriter.render(first.document(feed)) == CalendarWriter.render(second.document(feed)))
        }
    }

    @Test("a moved meeting keeps its UID, gets the new time and a higher SEQUENCE, and DTSTAMP moves to the change")
    func moveBumpsSequence() throws {
        let temporary = try TemporaryStore()
        let before = try #require(
            samrad(try FeedPublisher.publish(try configuration(), store: temporary.store, asOf: day("2026-03-01"), year: nil, now: march)))
        let moved = try configuration(exceptions: [
            .move(meeting: "samrad-2026-05-14", toDate: day("2026-05-21"), toTime: LocalTime(text: "10:00"), reason: "Krock")
        ])
        let later = march + 3600
        let after = try #require(
            samrad(try FeedPublisher.publish(moved, store: try temporary.reopened(), asOf: day("2026-03-01"), year: nil, now: later)))
        #expect(after.uid == before.uid)
        #expect(after.sequence > before.sequence)
        #expect(after.start == LocalDateTime(text: "2026-05-21 10:00"))
        #expect(after.lastModified == later)
        #expect(after.created == before.created)
    }

    @Test("a cancelled meeting is sent as STATUS:CANCELLED with INSTÄLLT: and a higher SEQUENCE, then disappears after retention")
    func cancellation() throws {
        let temporary = try TemporaryStore()
        let before = try #require(
            samrad(try FeedPublisher.publish(try configuration(), store: temporary.store, asOf: day("2026-03-01"), year: nil, now: march)))
        let cancelled = try configuration(exceptions: [.cancel(meeting: "samrad-2026-05-14", reason: "Ersätts av workshop")])
        let after = try #require(
            samrad(try FeedPublisher.publish(cancelled, store: temporary.store, asOf: day("2026-03-01"), year: nil, now: march + 60)))
        #expect(after.status == .cancelled)
        #expect(after.summary == "INSTÄLLT: Samråd HSVO Knivsta")
        #expect(after.sequence > before.sequence)
        #expect(after.description?.contains("Ersätts av workshop") == true)
        // Held (would have been) Monday 18 May 2026, after Kristi himmelsfärds dag and its klämdag;
        // 60 days' retention: shown on 17 July, gone on 18 July.
        let july17 = try FeedPublisher.publish(cancelled, store: temporary.store, asOf: day("2026-07-17"), year: nil, now: noon("2026-07-17"))
        #expect(samrad(july17) != nil)
        let july18 = try FeedPublisher.publish(cancelled, store: temporary.store, asOf: day("2026-07-18"), year: nil, now: noon("2026-07-18"))
        #expect(samrad(july18) == nil)
    }

    @Test("a meeting the configuration no longer has is sent as cancelled instead of silently vanishing")
    func vanishedMeeting() throws {
        let temporary = try TemporaryStore()
        _ = try FeedPublisher.publish(try configuration(), store: temporary.store, asOf: day("2026-03-01"), year: nil, now: march)
        var changed = try configuration()
        let index = try #require(changed.bodies.firstIndex { $0.id == "samrad" })
        changed.bodies[index].cadence?.rule = try RecurrenceRule("FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=3TH")
        let publication = try FeedPublisher.publish(changed, store: temporary.store, asOf: day("2026-03-01"), year: nil, now: march + 60)
        let ghost = try #require(samrad(publication))
        #expect(ghost.status == .cancelled)
        #expect(publication.vanished.contains(ghost.uid))
        #expect(samrad(publication, "knivsta-samrad-2026-05-21@knivsta.example.se")?.status == .confirmed)
    }

    @Test("SEQUENCE never goes down, even when the state store is lost and made anew")
    func sequenceSurvivesLostState() throws {
        let first = try TemporaryStore()
        let original = try #require(
            samrad(try FeedPublisher.publish(try configuration(), store: first.store, asOf: day("2026-03-01"), year: nil, now: march)))
        let moved = try configuration(exceptions: [.move(meeting: "samrad-2026-05-14", toDate: day("2026-05-19"), toTime: nil, reason: nil)])
        let bumped = try #require(
            samrad(try FeedPublisher.publish(moved, store: first.store, asOf: day("2026-03-01"), year: nil, now: march + 60)))
        // The store is lost; a new one publishes the same content a minute later.
        let fresh = try TemporaryStore()
        let again = try #require(
            samrad(try FeedPublisher.publish(moved, store: fresh.store, asOf: day("2026-03-01"), year: nil, now: march + 120)))
        #expect(bumped.sequence > original.sequence)
        #expect(again.sequence >= bumped.sequence)
    }

    @Test("state written by one process is read by the next: revisions persist across restarts")
    func persistence() throws {
        let temporary = try TemporaryStore()
        let first = try FeedPublisher.publish(try configuration(), store: temporary.store, asOf: day("2026-03-01"), year: nil, now: march)
        let published = try temporary.reopened().publishedEvents()
        for (uid, revision) in first.revisions { #expect(published[uid]?.revision == revision) }
        let contents = try temporary.reopened().publishedContents(Array(first.revisions.keys.prefix(3)))
        #expect(contents.count == 3)
    }
}

@Suite("Private feed tokens")
struct FeedTokenTests {
    @Test("a token is 43 URL-safe characters (256 bits) and names exactly its person")
    func tokens() throws {
        let temporary = try TemporaryStore()
        let tokens = FeedTokens(secret: try temporary.store.tokenSecret(), generations: try temporary.store.tokenGenerations())
        let token = tokens.token(for: "socialchef")
        #expect(token.count == 43)
        #expect(token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(tokens.person(for: token, among: ["strateg", "socialchef"]) == "socialchef")
        // One character changed (the secret is random: the token may itself end in "A").
        let altered = String(token.dropLast()) + (token.hasSuffix("A") ? "B" : "A")
        #expect(tokens.person(for: altered, among: ["strateg", "socialchef"]) == nil)
        #expect(tokens.person(for: "", among: ["socialchef"]) == nil)
        #expect(tokens.token(for: "strateg") != token)
    }

    @Test("the secret is made once and kept; another store has another secret")
    func secretPersists() throws {
        let temporary = try TemporaryStore()
        let secret = try temporary.store.tokenSecret()
        #expect(secret.count == 32)
        #expect(try temporary.reopened().tokenSecret() == secret)
        #expect(try TemporaryStore().store.tokenSecret() != secret)
    }

    @Test("rotating a person's token revokes the old URL and leaves everyone else's alone")
    func rotation() throws {
        let temporary = try TemporaryStore()
        let secret = try temporary.store.tokenSecret()
        let before = FeedTokens(secret: secret, generations: try temporary.store.tokenGenerations())
        let old = before.token(for: "socialchef")
        #expect(try temporary.store.rotateToken(of: "socialchef") == 1)
        let after = FeedTokens(secret: secret, generations: try temporary.store.tokenGenerations())
        #expect(after.person(for: old, among: ["socialchef", "strateg"]) == nil)
        #expect(after.person(for: after.token(for: "socialchef"), among: ["socialchef", "strateg"]) == "socialchef")
        #expect(after.token(for: "strateg") == before.token(for: "strateg"))
    }
}

@Suite("Where the state lives")
struct StateLocationTests {
    @Test("--state wins, then $STATE_DIRECTORY, then state.path, then ./state")
    func precedence() {
        let environment = ["STATE_DIRECTORY": "/var/lib/samplan"]
        #expect(
            StateLocation.resolve(explicit: "/tmp/x", environment: environment, configured: "a.sqlite", workingDirectory: "/srv").databaseFile
                == "/tmp/x/samplan.sqlite")
        #expect(
            StateLocation.resolve(explicit: nil, environment: environment, configured: "a.sqlite", workingDirectory: "/srv").directory
                == "/var/lib/samplan")
        #expect(
            StateLocation.resolve(explicit: nil, environment: [:], configured: "state/samplan.sqlite", workingDirectory: "/srv").databaseFile
                == "/srv/state/samplan.sqlite")
        #expect(StateLocation.resolve(explicit: nil, environment: [:], configured: nil, workingDirectory: "/srv").directory == "/srv/state")
    }
}
