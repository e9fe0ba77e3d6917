import Foundation
import Testing

/// Debian's chromedriver and the .venv Python with selenium (`scripts/setup --tests` and `scripts/test`).
private let seleniumPython: String? = {
    let python = SamplanBinary.packageRoot.appendingPathComponent(".venv/bin/python").path
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"), FileManager.default.isExecutableFile(atPath: python)
    else { return nil }
    let check = Process()
    check.executableURL = URL(fileURLWithPath: python)
    check.arguments = ["-c", "import selenium"]
    check.standardError = FileHandle.nullDevice
    guard (try? check.run()) != nil else { return nil }
    check.waitUntilExit()
    return check.terminationStatus == 0 ? python : nil
}()

@Suite("Personal page in a real browser", .serialized)
struct PersonalPageBrowserTests {
    struct Seen: Decodable {
        let url: String
        let notice: String
        let lang: String
        let labelled: Bool
        let scripts: Int
        let page: String
    }

    @Test(
        "Selenium opens the personal link in Chromium, fills in and submits a follow-up form, and sees the confirmation",
        .enabled(if: (seleniumPython != nil && chromium != nil) || ProcessInfo.processInfo.environment["CI"] != nil))
    func submitInBrowser() async throws {
        let python = try #require(seleniumPython, "chromedriver and selenium are needed: scripts/setup --tests and scripts/test install them")
        let server = try RunningServer(environment: ["SAMPLAN_NOW": "1714392000"], prepare: withoutLaterMinutes)
        // The form's Origin is the server's own address: make it the public URL, and wait for the reload.
        let file = server.workspace.config + "/samplan.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "public_url: \"http://127.0.0.1:8080\"", with: "public_url: \"\(server.base)\"")
            .write(toFile: file, atomically: true, encoding: .utf8)
        server.signal(SIGHUP)
        let lines = try server.workspace.samplan(["token", "socialchef"]).stdout.split(separator: "\n")
        let url = String(try #require(lines.last))
        // Reloaded once the page's calendar link starts with the new public URL.
        let reloaded = try await server.eventually(60) {
            try await server.get(String(url.dropFirst(server.base.count))).body.contains(server.base + "/calendars/private/")
        }
        #expect(reloaded, "\(server.log)")
        #expect(url.hasPrefix(server.base + "/p/"))

        let driver = Process()
        driver.executableURL = URL(fileURLWithPath: python)
        driver.arguments = [
            SamplanBinary.packageRoot.appendingPathComponent("Tests/Support/personal_form.py").path, url, "delvis", "Halvvägs – enkät skickad",
        ]
        let output = Pipe()
        let errors = Pipe()
        driver.standardOutput = output
        driver.standardError = errors
        try driver.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        driver.waitUntilExit()
        #expect(driver.terminationStatus == 0, "\(problems)")
        let seen = try JSONDecoder().decode(Seen.self, from: data)
        #expect(seen.notice == "Tack! Uppföljningen är sparad.")
        #expect(seen.url.hasPrefix(url + "?tack=uppfoljning"))
        #expect(seen.lang == "sv")
        #expect(seen.labelled)
        #expect(seen.scripts == 0)
        #expect(seen.page.contains("Halvvägs – enkät skickad"))
    }
}
