import Foundation
import ICal
import SamplanConfig
import SamplanCore
import SamplanStore

/// The package root, found from this file.
func packageRoot() -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
}

/// An example configuration loaded from config/NAME.
func exampleConfiguration(_ name: String) throws -> Configuration {
    try ConfigLoader.load(directory: packageRoot() + "/config/" + name).get()
}

/// A state store in a fresh temporary directory, removed when the value goes away.
final class TemporaryStore {
    let directory: String
    let store: StateStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-store-\(UUID().uuidString)").path
        store = try StateStore(location: StateLocation.resolve(explicit: directory, environment: [:], configured: nil, workingDirectory: "/"))
    }

    /// A second store on the same files (a restarted process).
    func reopened() throws -> StateStore {
        try StateStore(location: StateLocation.resolve(explicit: directory, environment: [:], configured: nil, workingDirectory: "/"))
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }
}

func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

/// Every feed of a configuration.
func allFeeds(_ configuration: Configuration) -> [Feed] {
    [.all] + configuration.bodies.map { .body($0.id) } + configuration.focusAreas.map { .focus($0.id) } + configuration.people.map { .person($0.id) }
}

/// 2026-11-23 12:00 UTC, and later moments.
let november = 1_795_435_200

/// 2026-03-01 12:00:00 UTC: a publication on the day the update tests run as of, before the
/// meetings they change (an ended meeting's event is frozen).
let march = 1_772_366_400

/// Noon UTC of a day, in seconds since 1970: a publication made on that day.
func noon(_ date: String) -> Int { day(date).dayNumber * 86_400 + 43_200 }

/// One event of a feed as a subscriber's client gets it: the feed rendered to iCalendar text, the
/// event's VEVENT block (its bytes) and the event libical reads back from that text.
struct PublishedEvent {
    /// The VEVENT block, BEGIN to END, as written.
    let text: String
    /// The event parsed back.
    let event: ParsedCalendar.Event
    /// SEQUENCE as read back (-1 when the event has none).
    var sequence: Int { event.sequence ?? -1 }
}

/// The event of `uid` in `feed`, rendered and read back, or nil when the feed does not have it.
func published(_ publication: FeedPublisher, _ feed: Feed, uid: String) throws -> PublishedEvent? {
    let text = try CalendarWriter.render(publication.document(feed))
    guard let calendar = CalendarReader.parse(text), let event = calendar.events.first(where: { $0.uid == uid }) else { return nil }
    let blocks = text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst().map { "BEGIN:VEVENT\r\n" + $0 }
    guard let block = blocks.first(where: { $0.contains("UID:\(uid)\r\n") }) else { return nil }
    let end = block.range(of: "END:VEVENT\r\n").map { String(block[..<$0.upperBound]) } ?? block
    return PublishedEvent(text: end, event: event)
}
