import Foundation
import Testing

/// systemd-analyze, where installed.
let systemdAnalyze = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite("The systemd unit")
struct SystemdUnitTests {
    /// The unit with ExecStart pointing at the binary just built, in a temporary directory.
    func unitUnderTest() throws -> (directory: URL, unit: String) {
        let binary = try #require(SamplanBinary.url)
        let text = try String(contentsOf: SamplanBinary.packageRoot.appendingPathComponent("systemd/samplan.service"), encoding: .utf8)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let unit = directory.appendingPathComponent("samplan.service").path
        try text.replacingOccurrences(of: "/usr/local/bin/samplan", with: binary.path).write(toFile: unit, atomically: true, encoding: .utf8)
        return (directory, unit)
    }

    func analyze(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(systemdAnalyze))
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("systemd-analyze verify accepts the unit", .enabled(if: systemdAnalyze != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func verify() throws {
        let (directory, unit) = try unitUnderTest()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try analyze(["verify", unit])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(
        "systemd-analyze security rates the unit OK, exposure 2.0 or lower",
        .enabled(if: systemdAnalyze != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func security() throws {
        let (directory, unit) = try unitUnderTest()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try analyze(["security", "--offline=true", unit])
        let line = try #require(result.output.split(separator: "\n").first { $0.contains("Overall exposure level") }, "\(result.output)")
        let exposure = try #require(line.split(separator: " ").compactMap { Double($0) }.first)
        #expect(exposure <= 2.0, "\(line)")
    }
}
