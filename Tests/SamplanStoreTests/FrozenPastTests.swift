import Foundation
import ICal
import SamplanCore
import SamplanStore
import Testing

/// Published on 1 March 2026, edited and published again on 1 June 2026: the May samråd (held on
/// 18 May, after Kristi himmelsfärds dag and its klämdag) has ended by then, the October one (8 October) is still to come.
@Suite("The published past is frozen: ended meetings keep their feed event whatever the configuration says")
struct FrozenPastTests {
    static let past = "knivsta-samrad-2026-05-14@knivsta.example.se"
    static let future = "knivsta-samrad-2026-10-08@knivsta.example.se"
    static let june = noon("2026-06-01")

    /// Publishes the example on 1 March and `edited` on 1 June; the past and the future samråd
    /// before and after, as subscribers get them.
    func publishThenEdit(
        _ edit: (inout Configuration) throws -> Void
    ) throws -> (past: (PublishedEvent, PublishedEvent?), future: (PublishedEvent, PublishedEvent?), edited: FeedPublisher) {
        let temporary = try TemporaryStore()
        let original = try exampleConfiguration("knivsta")
        let first = try FeedPublisher.publish(original, store: temporary.store, asOf: day("2026-03-01"), year: nil, now: march)
        var edited = original
        try edit(&edited)
        let second = try FeedPublisher.publish(edited, store: try temporary.reopened(), asOf: day("2026-06-01"), year: nil, now: Self.june)
        return (
            (try #require(try published(first, .body("samrad"), uid: Self.past)), try published(second, .body("samrad"), uid: Self.past)),
            (try #require(try published(first, .body("samrad"), uid: Self.future)), try published(second, .body("samrad"), uid: Self.future)),
            second
        )
    }

    func samradIndex(_ configuration: Configuration) throws -> Int {
        try #require(configuration.bodies.firstIndex { $0.id == "samrad" })
    }

    @Test("minutes written after a meeting add one line to its ended event, the link to them, with a higher SEQUENCE; nothing else changes")
    func minutesLink() throws {
        let result = try publishThenEdit { configuration in
            configuration.minutes = [Minutes(meeting: "samrad-2026-05-14", items: [.init(item: "Övriga frågor", notes: "Inga.")])]
        }
        let before = result.past.0
        let after = try #require(result.past.1)
        let line = "Minnesanteckningar: http://127.0.0.1:8080/minutes/samrad-2026-05-14.html"
        #expect(after.event.description == line + "\n" + (before.event.description ?? ""))
        #expect(after.sequence > before.sequence)
        #expect(after.event.location == before.event.location)
        let futureAfter = try #require(result.future.1)
        #expect(futureAfter.text == result.future.0.text, "no minutes for the meeting to come: unchanged")
    }

    @Test("minutes that are not public (minutes: {public: false}) leave the ended event as it was")
    func privateMinutesNoLink() throws {
        let result = try publishThenEdit { configuration in
            configuration.minutes = [Minutes(meeting: "samrad-2026-05-14")]
            configuration.settings.minutesPublic = false
        }
        let after = try #require(result.past.1)
        #expect(after.text == result.past.0.text)
    }

    @Test("a new location changes the meeting to come (new LOCATION, higher SEQUENCE), not the one held: same bytes, same SEQUENCE")
    func locationEdit() throws {
        let result = try publishThenEdit { configuration in
            configuration.bodies[try samradIndex(configuration)].location = "Stadshuset"
        }
        let pastAfter = try #require(result.past.1)
        #expect(pastAfter.text == result.past.0.text)
        #expect(pastAfter.sequence == result.past.0.sequence)
        #expect(pastAfter.event.location == "Kommunhuset, sal Alsike")
        let futureAfter = try #require(result.future.1)
        #expect(futureAfter.event.location == "Stadshuset")
        #expect(futureAfter.sequence > result.future.0.sequence)
    }

    @Test("a new standing agenda item reaches the description of the meeting to come only")
    func standingAgendaEdit() throws {
        let result = try publishThenEdit { configuration in
            configuration.bodies[try samradIndex(configuration)].standingAgenda.insert(
                Body.AgendaItem(title: "Information från regionen", duration: ISODuration(minutes: 10)), at: 1)
        }
        let pastAfter = try #require(result.past.1)
        #expect(pastAfter.text == result.past.0.text)
        #expect(pastAfter.sequence == result.past.0.sequence)
        #expect(pastAfter.event.description?.contains("Information från regionen") == false)
        let futureAfter = try #require(result.future.1)
        #expect(futureAfter.event.description?.contains("Information från regionen") == true)
        #expect(futureAfter.sequence > result.future.0.sequence)
    }

    @Test("a meeting held and then gone from the configuration stays as it was held, not cancelled; one to come is cancelled")
    func vanishedAfterItWasHeld() throws {
        let result = try publishThenEdit { configuration in
            configuration.bodies[try samradIndex(configuration)].cadence?.rule = try RecurrenceRule("FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=3TH")
        }
        let pastAfter = try #require(result.past.1)
        #expect(pastAfter.text == result.past.0.text)
        #expect(pastAfter.sequence == result.past.0.sequence)
        #expect(pastAfter.event.status == "CONFIRMED")
        #expect(!result.edited.vanished.contains(Self.past))
        let futureAfter = try #require(result.future.1)
        #expect(futureAfter.event.status == "CANCELLED")
        #expect(result.edited.vanished.contains(Self.future))
    }

    @Test("cancelling a meeting after it was held does not turn it into a cancellation")
    func cancelledAfterItWasHeld() throws {
        let result = try publishThenEdit { configuration in
            configuration.exceptions.append(.cancel(meeting: "samrad-2026-05-14", reason: "Fel i protokollet"))
        }
        let pastAfter = try #require(result.past.1)
        #expect(pastAfter.text == result.past.0.text)
        #expect(pastAfter.event.status == "CONFIRMED")
    }

    @Test("diff agrees: it lists the meeting to come and nothing for the one held")
    func previewAgrees() throws {
        let temporary = try TemporaryStore()
        let original = try exampleConfiguration("knivsta")
        _ = try FeedPublisher.publish(original, store: temporary.store, asOf: day("2026-03-01"), year: nil, now: march)
        var edited = original
        edited.bodies[try samradIndex(edited)].location = "Stadshuset"
        let preview = try FeedPublisher.preview(edited, store: temporary.store, asOf: day("2026-06-01"), year: nil, now: Self.june)
        let changed = preview.changes(.body("samrad"), configuration: edited).map(\.after.uid)
        #expect(changed.contains(Self.future))
        #expect(!changed.contains(Self.past))
        // Nothing held before 1 June is listed in any feed.
        for feed in allFeeds(edited) {
            #expect(preview.changes(feed, configuration: edited).allSatisfy { $0.after.endEpoch > Self.june }, "\(feed)")
        }
    }
}

/// An exception never changes the feed event of a meeting that starts before the earliest date it
/// names, even one still to come: same bytes, same SEQUENCE.
@Suite("Exceptions leave earlier feed events alone")
struct ExceptionFeedTests {
    @Test("cancelling tl-2024-11-19 or moving samrad-2024-10-10, published on 1 January 2024, leaves every earlier event byte for byte (but the beredning that follows the samråd)")
    func earlierEventsUnchanged() throws {
        let original = try exampleConfiguration("knivsta")
        let edits: [(ScheduleException, String)] = [
            (.cancel(meeting: "tl-2024-11-19", reason: "Ersätts"), "2024-11-19"),
            (.move(meeting: "samrad-2024-10-10", toDate: day("2024-10-17"), toTime: nil, reason: "Krock"), "2024-10-10"),
        ]
        for (exception, earliest) in edits {
            let temporary = try TemporaryStore()
            let newYear = noon("2024-01-01")
            let first = try FeedPublisher.publish(original, store: temporary.store, asOf: day("2024-01-01"), year: nil, now: newYear)
            var edited = original
            edited.exceptions.append(exception)
            let second = try FeedPublisher.publish(edited, store: temporary.store, asOf: day("2024-01-01"), year: nil, now: newYear + 60)
            let before = try #require(CalendarReader.parse(try CalendarWriter.render(first.document(.all))))
            let cutoff = day(earliest).dayNumber * 86_400
            // A beredning follows the samråd it prepares (docs/CONFIG.md): it belongs to the meeting moved.
            let followers = Set(
                ScheduleBuilder.build(edited, years: 2024...2024).meetings.filter { $0.follows != nil }.map { FeedBuilder.uid($0.id, edited) })
            let earlier = before.events.filter { ($0.startEpoch ?? .max) < cutoff && !followers.contains($0.uid ?? "") }
            #expect(earlier.count >= 4)
            for event in earlier {
                let uid = try #require(event.uid)
                let was = try #require(try published(first, .all, uid: uid))
                let now = try #require(try published(second, .all, uid: uid))
                #expect(now.text == was.text, "\(exception) changed \(uid)")
                #expect(now.sequence == was.sequence)
            }
        }
    }
}
