import Foundation
import ICal
import SamplanCore
import SamplanStore
import Testing

@Suite("SEQUENCE never decreases, even when the state store is lost right after a change")
struct SequenceTests {
    static let uid = "knivsta-samrad-2026-05-14@knivsta.example.se"

    func configuration(moved: Bool = false) throws -> Configuration {
        var configuration = try exampleConfiguration("knivsta")
        configuration.exceptions =
            moved ? [.move(meeting: "samrad-2026-05-14", toDate: day("2026-05-19"), toTime: nil, reason: "Krock")] : []
        return configuration
    }

    /// The samråd of May 2026 as subscribers get it after publishing `configuration` at `now`.
    func samrad(_ configuration: Configuration, store: StateStore, now: Int) throws -> PublishedEvent {
        let publication = try FeedPublisher.publish(configuration, store: store, asOf: day("2026-03-01"), year: nil, now: now)
        return try #require(try published(publication, .body("samrad"), uid: Self.uid))
    }

    @Test("published, changed, store lost and published again within the same minute: SEQUENCE is not lower")
    func lostWithinTheMinute() throws {
        let minute = march + 5  // 12:00:05; every publication below is before 12:01
        let first = try TemporaryStore()
        let original = try samrad(try configuration(), store: first.store, now: minute)
        let changed = try samrad(try configuration(moved: true), store: first.store, now: minute + 20)
        #expect(changed.sequence > original.sequence)
        let fresh = try TemporaryStore()
        let again = try samrad(try configuration(moved: true), store: fresh.store, now: minute + 40)
        #expect(again.sequence >= changed.sequence)
        #expect(again.event.start == LocalDateTime(text: "2026-05-19 13:00"))
    }

    @Test("changed and store lost within the same second, after an earlier publication: SEQUENCE is not lower")
    func lostWithinTheSecond() throws {
        let first = try TemporaryStore()
        let original = try samrad(try configuration(), store: first.store, now: march)
        let changed = try samrad(try configuration(moved: true), store: first.store, now: march + 30)
        #expect(changed.sequence > original.sequence)
        let fresh = try TemporaryStore()
        let again = try samrad(try configuration(moved: true), store: fresh.store, now: march + 30)
        #expect(again.sequence >= changed.sequence)
    }

    @Test("unchanged content keeps its bytes and SEQUENCE, days later and after a restart")
    func unchangedKeepsItsRevision() throws {
        let temporary = try TemporaryStore()
        let before = try samrad(try configuration(), store: temporary.store, now: march)
        let after = try samrad(try configuration(), store: try temporary.reopened(), now: march + 3 * 86_400 + 17)
        #expect(after.text == before.text)
        #expect(after.sequence == before.sequence)
    }

    @Test("a store written when SEQUENCE counted minutes rises to the seconds at the next change")
    func minuteStoresUpgrade() {
        let minutes = (march - EventRevision.sequenceClockOrigin) / 60
        let next = EventRevision.nextSequence(after: minutes, at: march + 1)
        #expect(next == march + 1 - EventRevision.sequenceClockOrigin)
        #expect(next > minutes)
    }

    @Test("SEQUENCE stays a 32-bit INTEGER: from 2088 on it holds at the largest value and never falls")
    func clampedTo32Bits() throws {
        let in2090 = 3_786_912_000  // 2090-01-01
        #expect(EventRevision.nextSequence(after: nil, at: in2090) == Int(Int32.max))
        #expect(EventRevision.nextSequence(after: Int(Int32.max), at: in2090) == Int(Int32.max))
        #expect(EventRevision.nextSequence(after: 5, at: EventRevision.sequenceClockOrigin - 10) == 6)
        let temporary = try TemporaryStore()
        let late = try samrad(try configuration(), store: temporary.store, now: in2090)
        #expect(late.sequence == Int(Int32.max))
    }
}
