import Foundation
import Testing

/// Chromium from Debian, where installed (`scripts/setup --tests` installs it; CI requires it).
let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// Runs headless Chromium on `url`; `arguments` say what to produce. Stops it after 90 s at the latest.
func headlessChromium(_ arguments: [String], url: String) throws -> (status: Int32, stdout: String) {
    let browser = try #require(chromium, "Chromium is needed for this test: scripts/setup --tests installs it")
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-chromium-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let output = scratch.appendingPathComponent("stdout")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser)
    process.arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--hide-scrollbars",
            "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
        ] + arguments + [url]
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = scratch.path
    process.environment = environment
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(90)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    return (process.terminationStatus, try String(contentsOf: output, encoding: .utf8))
}

@Suite("Subscribe page in a real browser", .serialized)
struct SubscribeBrowserTests {
    /// Where the screenshot is kept for a human to look at.
    static let screenshot = SamplanBinary.packageRoot.appendingPathComponent(".build/screenshots/subscribe-page.png")

    @Test(
        "headless Chromium renders the page (which has no script); its feed links open the feeds; a screenshot is taken",
        .enabled(if: chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func chromiumRendersThePage() async throws {
        let server = try RunningServer()
        let dump = try headlessChromium(["--dump-dom"], url: server.base + "/")
        #expect(dump.status == 0)
        let dom = dump.stdout
        #expect(dom.contains("<h1>Prenumerera på mötena – HSVO Knivsta</h1>"), "\(dom.prefix(2000))")
        #expect(dom.contains("<html lang=\"sv\">"))
        #expect(!dom.contains("<script"))
        let hrefs = dom.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        let publicURL = "http://127.0.0.1:8080"
        let webcal = hrefs.filter { $0.hasPrefix("webcal://") }
        let https = hrefs.filter { $0.hasPrefix(publicURL + "/calendars/") }
        #expect(webcal.count == 7 && https.count == 7, "\(hrefs)")  // 2 bodies, all, 4 focus areas
        #expect(webcal.map { "http://" + $0.dropFirst("webcal://".count) } == https)
        for link in https {
            let feed = try await server.get(String(link.dropFirst(publicURL.count)))
            #expect(feed.status == 200, "\(link)")
            #expect(feed.headers["content-type"] == "text/calendar; charset=utf-8", "\(link)")
            #expect(feed.body.hasPrefix("BEGIN:VCALENDAR\r\n"), "\(link)")
        }
        #expect(hrefs.contains("#howto") && dom.contains("id=\"howto\""))

        try FileManager.default.createDirectory(at: Self.screenshot.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: Self.screenshot)
        let shot = try headlessChromium(["--window-size=1000,2400", "--screenshot=\(Self.screenshot.path)"], url: server.base + "/")
        #expect(shot.status == 0)
        let png = try Data(contentsOf: Self.screenshot)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 20_000, "a blank page would be a few hundred bytes")
    }

    @Test(
        "headless Chromium renders the minnesanteckningar the daemon serves for config/knivsta's April 2024 tjänsteledning; a screenshot is taken",
        .enabled(if: chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func chromiumRendersMinutes() throws {
        let server = try RunningServer()
        let url = server.base + "/minutes/tl-2024-04-23.html"
        let dump = try headlessChromium(["--dump-dom"], url: url)
        #expect(dump.status == 0)
        #expect(dump.stdout.contains("<h1>Minnesanteckningar – Tjänsteledning HSVO Knivsta, 23 april 2024</h1>"), "\(dump.stdout.prefix(2000))")
        #expect(dump.stdout.contains("<h2>Närvarande</h2>"))
        #expect(dump.stdout.contains("Utbildningskontoret presenterade ett utökat samarbete med psykiatrin."))
        #expect(dump.stdout.contains("<footer>Antecknat av Samverkansstrateg HSVO Knivsta</footer>"))
        let screenshot = Self.screenshot.deletingLastPathComponent().appendingPathComponent("minutes.png")
        try FileManager.default.createDirectory(at: screenshot.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: screenshot)
        let shot = try headlessChromium(["--window-size=1000,2000", "--screenshot=\(screenshot.path)"], url: url)
        #expect(shot.status == 0)
        let png = try Data(contentsOf: screenshot)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 20_000, "a blank page would be a few hundred bytes")
    }
}
