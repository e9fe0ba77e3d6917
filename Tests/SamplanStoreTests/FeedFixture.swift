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
