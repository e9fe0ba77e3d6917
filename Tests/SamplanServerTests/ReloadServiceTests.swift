import Foundation
import Logging
import SamplanCore
import SamplanDaemon
import SamplanServer
import Synchronization
import Testing

@Suite("Reloading the configuration")
struct ReloadServiceTests {
    /// A copy of config/knivsta in a temporary directory.
    static func copyOfKnivsta() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-reload-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: root.appendingPathComponent("config/knivsta"), to: copy)
        return copy.path
    }

    @Test("minutes written before their meeting are rejected, and installed once the meeting has started, without a file change")
    func rejectionThatPassesWithTime() async throws {
        let directory = try Self.copyOfKnivsta()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "meeting: samrad-2025-01-09\nattendance: {present: [strateg]}\n".write(
            toFile: directory + "/minutes/samrad-2025-01-09.yaml", atomically: true, encoding: .utf8)
        // 1 January 2025, then 10 January 2025 (12:00 UTC).
        let now = Atomic<Int>(1_735_732_800)
        let state = ServingState()
        let service = ReloadService(
            directory: directory, state: state, pollInterval: .milliseconds(20), retryInterval: .milliseconds(100), clock: { now.load(ordering: .relaxed) },
            logger: Logger(label: "test"))
        guard case let .rejected(errors) = service.reload(reason: "start") else {
            Issue.record("minutes of a meeting that has not started were accepted")
            return
        }
        #expect(errors.contains { $0.contains("minutes/samrad-2025-01-09.yaml") })
        #expect(state.snapshot == nil)

        let running = Task { try await service.run() }
        defer { running.cancel() }
        now.store(1_736_510_400, ordering: .relaxed)
        var waited = 0
        while state.snapshot == nil, waited < 200 {
            try await Task.sleep(for: .milliseconds(50))
            waited += 1
        }
        #expect(state.snapshot?.configuration.minutes(of: "samrad-2025-01-09") != nil)
        #expect(state.errors.isEmpty)
    }
}
