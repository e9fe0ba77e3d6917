import Foundation
import Testing

/// What one run of the `samplan` binary did.
struct CommandRun {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs the built `samplan` binary as a user would, from the package root.
enum SamplanBinary {
    /// The package root (the directory holding Package.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary next to the running test bundle (the build's products directory, whatever
    /// `--scratch-path` was), else `.build/debug/samplan`.
    static let url: URL? = {
        var directories: [URL] = []
        if let executable = Bundle.main.executableURL { directories.append(executable.deletingLastPathComponent()) }
        directories.append(Bundle.main.bundleURL)
        directories.append(Bundle.main.bundleURL.deletingLastPathComponent())
        if let argument = CommandLine.arguments.first, argument.contains("/") {
            directories.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
        }
        // An .xctest bundle on macOS: <products>/x.xctest/Contents/MacOS/x.
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        directories.append(packageRoot.appendingPathComponent(".build/debug"))
        return directories.map { $0.appendingPathComponent("samplan") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) && !isDirectory($0) }
    }()

    private static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }

    /// Runs `samplan arguments` in the package root, with `environment` added to the tests' own;
    /// output goes through files, so a large output can never block the child on a full pipe.
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> CommandRun {
        let binary = try #require(url, "the samplan binary was not found next to the tests or in .build/debug")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "CONFIGURATION_DIRECTORY")
        environment.merge(extra) { _, new in new }
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CommandRun(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// `samplan schedule … --format json`, parsed; the meetings by id.
    static func scheduleJSON(config: String, year: Int) throws -> [String: [String: Any]] {
        let run = try run(["schedule", "--config", config, "--year", "\(year)", "--format", "json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let meetings = try #require(document["meetings"] as? [[String: Any]])
        var byID: [String: [String: Any]] = [:]
        for meeting in meetings {
            byID[try #require(meeting["id"] as? String)] = meeting
        }
        return byID
    }
}

@Suite("samplan validate")
struct ValidateCommandTests {
    @Test("a valid configuration exits 0 with one line saying it is valid and counting its bodies")
    func valid() throws {
        let run = try SamplanBinary.run(["validate", "--config", "config/knivsta"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1, "\(run.stdout)")
        #expect(run.stdout.hasPrefix("config/knivsta: "))
        #expect(run.stdout.contains("giltig"))
        #expect(run.stdout.contains("2 organ"))
        // The example has the list of 2024 only: the later years with meetings are a warning, not an error.
        #expect(run.stderr.hasPrefix("config/knivsta/activities: varning: det finns möten men ingen aktivitetslista för 2025, 2026"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test("an invalid time exits 1 with FILE:LINE:COLUMN on stderr and nothing on stdout")
    func invalidTime() throws {
        let manager = FileManager.default
        let copy = manager.temporaryDirectory.appendingPathComponent("samplan-knivsta-\(UUID().uuidString)")
        try manager.copyItem(at: SamplanBinary.packageRoot.appendingPathComponent("config/knivsta"), to: copy)
        defer { try? manager.removeItem(at: copy) }
        let bodies = copy.appendingPathComponent("bodies.yaml")
        let text = try String(contentsOf: bodies, encoding: .utf8)
        // Where the first start time is written: the error must point at its opening quote.
        let lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(#"time: "13:00""#) })
        let column = try #require(lines[index].range(of: #""13:00""#)).lowerBound.utf16Offset(in: lines[index]) + 1
        let range = try #require(text.range(of: #"time: "13:00""#))
        try text.replacingCharacters(in: range, with: #"time: "25:00""#).write(to: bodies, atomically: true, encoding: .utf8)

        let run = try SamplanBinary.run(["validate", "--config", copy.path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty, "stdout: \(run.stdout)")
        let expected = "\(copy.path)/bodies.yaml:\(index + 1):\(column): ogiltig tid \"25:00\""
        #expect(run.stderr.components(separatedBy: "\n").contains { $0.hasPrefix(expected) }, "stderr: \(run.stderr)")
    }
}

@Suite("samplan validate on a broken copy of an example")
struct BrokenCopyTests {
    /// A copy of config/knivsta in a fresh temporary directory, with `lines` added to bodies.yaml.
    func copyOfKnivsta(appendingToBodies lines: String) throws -> URL {
        let manager = FileManager.default
        let copy = manager.temporaryDirectory.appendingPathComponent("samplan-knivsta-\(UUID().uuidString)")
        try manager.copyItem(at: SamplanBinary.packageRoot.appendingPathComponent("config/knivsta"), to: copy)
        let bodies = copy.appendingPathComponent("bodies.yaml")
        try (String(contentsOf: bodies, encoding: .utf8) + lines).write(to: bodies, atomically: true, encoding: .utf8)
        return copy
    }

    @Test(
        "a body copied under the same id, following itself, is reported as a duplicate instead of crashing"
    )
    func duplicateBodyInCycle() throws {
        let body = """
              - id: x
                name: "X"
                duration: PT1H
                time: "10:00"
                cadence:
                  relative: {body: x, offset: P7D}

            """
        let copy = try copyOfKnivsta(appendingToBodies: body + body)
        defer { try? FileManager.default.removeItem(at: copy) }
        let run = try SamplanBinary.run(["validate", "--config", copy.path])
        #expect(run.status == 1, "stderr: \(run.stderr)")
        #expect(run.stderr.contains(#"organ "x" finns redan"#), "stderr: \(run.stderr)")
    }
}

@Suite("samplan schedule")
struct ScheduleCommandTests {
    @Test("the JSON schedule gives every meeting its id, body, title, start, end, status, location, extra and focus")
    func jsonFields() throws {
        let meetings = try SamplanBinary.scheduleJSON(config: "config/knivsta", year: 2026)
        #expect(!meetings.isEmpty)
        for (id, meeting) in meetings {
            for key in ["id", "body", "title", "start", "end", "status", "location", "extra", "focus"] {
                #expect(meeting[key] != nil, "\(id) has no \(key)")
            }
            #expect(["confirmed", "cancelled"].contains(meeting["status"] as? String), "\(id): \(meeting["status"] ?? "nil")")
            #expect(meeting["focus"] is [String], "\(id)")
        }
    }

    @Test("the May 2026 samråd on Ascension Day skips the klämdag after it and is held on Monday, at 13:00 summer time, saying why")
    func ascensionShift() throws {
        let meetings = try SamplanBinary.scheduleJSON(config: "config/knivsta", year: 2026)
        let meeting = try #require(meetings["samrad-2026-05-14"])
        #expect(meeting["start"] as? String == "2026-05-18T13:00:00+02:00")
        #expect(meeting["end"] as? String == "2026-05-18T15:30:00+02:00")
        let shifted = try #require(meeting["shifted"] as? [String: Any])
        #expect(shifted["from"] as? String == "2026-05-14")
        #expect((shifted["reason"] as? String)?.contains("Kristi himmelsfärds dag") == true, "\(shifted)")
        #expect(meeting["extra"] as? Bool == false)
    }

    @Test("a January samråd starts at 13:00 winter time (+01:00)")
    func januaryOffset() throws {
        let meetings = try SamplanBinary.scheduleJSON(config: "config/knivsta", year: 2026)
        let january = meetings.filter { $0.key.hasPrefix("samrad-2026-01-") }
        #expect(january.count == 1, "\(january.keys)")
        for (_, meeting) in january {
            let start = try #require(meeting["start"] as? String)
            #expect(start.hasPrefix("2026-01-"))
            #expect(start.hasSuffix("T13:00:00+01:00"), "\(start)")
        }
    }

    @Test("the two extra covid-19 meetings of the Uppsala tjänsteledning 2020 are in the schedule, marked extra")
    func uppsalaExtras() throws {
        let meetings = try SamplanBinary.scheduleJSON(config: "config/uppsala", year: 2020)
        // Sweden moved to summer time on 29 March 2020.
        let starts = ["tl-2020-03-24": "2020-03-24T09:00:00+01:00", "tl-2020-04-14": "2020-04-14T09:00:00+02:00"]
        for (id, start) in starts {
            let meeting = try #require(meetings[id], "no \(id) in \(meetings.keys.sorted())")
            #expect(meeting["start"] as? String == start)
            #expect(meeting["extra"] as? Bool == true)
            #expect(meeting["body"] as? String == "tl")
            #expect((meeting["title"] as? String)?.contains("covid-19") == true)
        }
        let covid = meetings.values.filter { $0["body"] as? String == "tl" && $0["extra"] as? Bool == true }
        #expect(covid.count == 2)
    }

    @Test("the text schedule writes dates and times the Swedish way")
    func textSchedule() throws {
        let run = try SamplanBinary.run(["schedule", "--config", "config/knivsta", "--year", "2025"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("torsdag 8 maj 2025 kl. 13.00–15.30"), "\(run.stdout)")
    }

    @Test("an unknown body exits 1 with a message on stderr")
    func unknownBody() throws {
        let run = try SamplanBinary.run(["schedule", "--config", "config/knivsta", "--year", "2025", "--body", "nosuch"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(#"okänt organ "nosuch""#), "stderr: \(run.stderr)")
    }
}

@Suite("Usage errors")
struct UsageErrorTests {
    @Test(
        "a mistake in the command line exits 2 with a message on stderr",
        arguments: [
            ["frobnicate"],
            ["schedule", "--config", "config/knivsta", "--frobnicate"],
            ["schedule", "--config", "config/knivsta", "--format", "xml"],
        ])
    func usage(arguments: [String]) throws {
        let run = try SamplanBinary.run(arguments)
        #expect(run.status == 2, "stderr: \(run.stderr)")
        #expect(!run.stderr.isEmpty)
        #expect(run.stdout.isEmpty, "stdout: \(run.stdout)")
    }
}
