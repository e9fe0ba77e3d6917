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
