import Foundation
import Testing

/// Debian's pandoc, where installed (`scripts/setup` installs it; CI requires it).
let pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// The Python of `.venv` with python-docx (`scripts/test` makes it; CI requires it).
let docxPython: String? = {
    let python = SamplanBinary.packageRoot.appendingPathComponent(".venv/bin/python").path
    guard FileManager.default.isExecutableFile(atPath: python) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", "import docx"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    return process.terminationStatus == 0 ? python : nil
}()

/// Whether the Word tests must run: on CI a missing pandoc or python-docx fails them.
let wordRequired = ProcessInfo.processInfo.environment["CI"] != nil

/// What python-docx sees in a Word file (Tests/Support/docx_check.py).
struct WordView: Decodable {
    struct Paragraph: Decodable {
        let style: String
        let text: String
    }
    struct Page: Decodable {
        let width_mm: Int
        let height_mm: Int
    }
    let paragraphs: [Paragraph]
    let tables: [[[String]]]
    let page: Page
    let page_number_in_footer: Bool

    func texts(_ style: String) -> [String] { paragraphs.filter { $0.style == style }.map(\.text) }

    /// Runs `samplan arguments`, which writes a Word file on standard output, and opens the file.
    static func of(_ arguments: [String]) throws -> WordView {
        let python = try #require(docxPython, "python-docx is needed: scripts/test installs it into .venv")
        try #require(pandoc != nil, "pandoc is needed: scripts/setup installs it")
        let binary = try #require(SamplanBinary.url)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let output = try FileHandle(forWritingTo: file)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = SamplanBinary.packageRoot
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        #expect(process.terminationStatus == 0)
        let bytes = try Data(contentsOf: file)
        #expect(bytes.prefix(2) == Data("PK".utf8), "a .docx is a zip file")
        let check = Process()
        check.executableURL = URL(fileURLWithPath: python)
        check.arguments = [SamplanBinary.packageRoot.appendingPathComponent("Tests/Support/docx_check.py").path, file.path]
        let json = Pipe()
        check.standardOutput = json
        try check.run()
        let data = json.fileHandleForReading.readDataToEndOfFile()
        check.waitUntilExit()
        return try JSONDecoder().decode(WordView.self, from: data)
    }
}

@Suite("samplan report --kind and --format docx")
struct WordReportCommandTests {
    @Test(
        "the samverkansberättelse as Word: title, numbered headings, the Bilaga tables with their 22 rows, å/ä/ö intact, A4 with page numbers",
        .enabled(if: (pandoc != nil && docxPython != nil) || wordRequired))
    func berattelseDocx() throws {
        let word = try WordView.of(["report", "--config", "config/knivsta", "--year", "2024", "--kind", "berattelse", "--format", "docx"])
        #expect(word.texts("Title") == ["Samverkansberättelse HSVO Knivsta 2024"])
        #expect(word.texts("Heading 1") == ["1. Bakgrund", "2. Resultat", "3. Sammanfattning", "Bilaga 1 – Uppföljning av aktivitetslista"])
        #expect(
            Array(word.texts("Heading 2").prefix(3)) == ["2.1 Samråd HSVO Knivsta", "2.2 Tjänsteledning HSVO Knivsta", "2.3 Aktivitetslistan"])
        #expect(word.texts("Heading 2").contains("Fokusområde A. Förebyggande och hälsofrämjande"))
        #expect(word.texts("Heading 3").contains("Delmål A1. Hälsosystemet stödjer och möjliggör hälsosamma val och en jämlik hälsa"))
        let all = word.paragraphs.map(\.text).joined(separator: "\n")
        #expect(all.contains("Samråd HSVO Knivsta har träffats 3 gånger under 2024."))
        #expect(all.contains("I Uppsala län har kommunerna och regionen en gemensam samordning och ledning av hälsosystemets områden"))
        let bilaga = word.tables.filter { $0.first?.first == "Aktivitet" }
        #expect(bilaga.count == 6, "one table per delmål: A1, A2, B1, B2, C1, D1")
        #expect(bilaga.map { $0.count - 1 }.reduce(0, +) == 22)
        #expect(bilaga.allSatisfy { $0.first == ["Aktivitet", "Resultat (vad har gjorts)", "Är aktiviteten klar? Ja/nej/delvis/pågående"] })
        #expect(bilaga[0][1][0].hasPrefix("Se över hur man på bästa sätt informerar patienter & brukare"))
        #expect(bilaga[0][1][2] == "Pågående")
        #expect(word.tables.contains { $0.last == ["Totalt", "11 ja, 4 pågående, 3 delvis, 3 nej, 1 ej aktuell"] })
        #expect(word.page.width_mm == 210 && word.page.height_mm == 297)
        #expect(word.page_number_in_footer)
    }

    @Test("Bilaga 1 alone as Word: its heading and the 22 rows", .enabled(if: (pandoc != nil && docxPython != nil) || wordRequired))
    func bilagaDocx() throws {
        let word = try WordView.of(["report", "--config", "config/knivsta", "--year", "2024", "--format", "docx"])
        #expect(word.texts("Title") == ["Bilaga 1 – Uppföljning av aktivitetslista"])
        #expect(word.paragraphs.dropFirst().first?.text == "HSVO Knivsta 2024")
        #expect(word.texts("Heading 1").first == "Fokusområde A. Förebyggande och hälsofrämjande")
        #expect(word.tables.map { $0.count - 1 }.reduce(0, +) == 22)
        #expect(word.page_number_in_footer)
    }

    @Test("without pandoc, --format docx fails with a message naming the Debian package")
    func pandocMissing() throws {
        let run = try SamplanBinary.run(
            ["report", "--config", "config/knivsta", "--year", "2024", "--kind", "berattelse", "--format", "docx"],
            environment: ["PATH": "/nonexistent"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("Debian-paketet pandoc (apt-get install pandoc)"), "\(run.stderr)")
    }

    @Test("the berättelse as Markdown and HTML; --kind bilaga stays the default; CSV is only for the bilaga")
    func formats() throws {
        let markdown = try SamplanBinary.run(["report", "--config", "config/knivsta", "--year", "2024", "--kind", "berattelse"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.hasPrefix("# Samverkansberättelse HSVO Knivsta 2024\n"))
        let html = try SamplanBinary.run(["report", "--config", "config/knivsta", "--year", "2024", "--kind", "berattelse", "--format", "html"])
        #expect(html.stdout.contains("<h1>Samverkansberättelse HSVO Knivsta 2024</h1>"))
        let plain = try SamplanBinary.run(["report", "--config", "config/knivsta", "--year", "2024"])
        let bilaga = try SamplanBinary.run(["report", "--config", "config/knivsta", "--year", "2024", "--kind", "bilaga"])
        #expect(plain.stdout == bilaga.stdout && plain.stdout.hasPrefix("# Bilaga 1 – Uppföljning av aktivitetslista\n"))
        let csv = try SamplanBinary.run(["report", "--config", "config/knivsta", "--year", "2024", "--kind", "berattelse", "--format", "csv"])
        #expect(csv.status == 2)
        #expect(csv.stderr.contains("--format csv finns bara för --kind bilaga."))
    }
}

@Suite("samplan arshjul")
struct ArshjulCommandTests {
    @Test("arshjul --year 2026 writes the SVG with a mark for each of the year's meetings; a year outside 1900–2199 is a usage error")
    func svg() throws {
        let run = try SamplanBinary.run(["arshjul", "--config", "config/knivsta", "--year", "2026"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let meetings = try SamplanBinary.scheduleJSON(config: "config/knivsta", year: 2026)
        for id in meetings.keys { #expect(run.stdout.contains("data-meeting=\"\(id)\""), "\(id)") }
        #expect(run.stdout.components(separatedBy: "<g class=\"mark ").count - 1 == meetings.count)
        for year in ["1899", "2200"] {
            let bad = try SamplanBinary.run(["arshjul", "--config", "config/knivsta", "--year", year])
            #expect(bad.status == 2)
            #expect(bad.stderr.contains("1900"))
        }
    }

    @Test(
        "headless Chromium draws the årshjul the daemon serves; a screenshot is taken (.build/screenshots/arshjul.png)",
        .enabled(if: chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func screenshot() throws {
        let server = try RunningServer()
        let url = server.base + "/arshjul.svg?year=2024"
        let dump = try headlessChromium(["--dump-dom"], url: url)
        #expect(dump.status == 0)
        #expect(dump.stdout.contains("Årshjul 2024 – HSVO Knivsta"), "\(dump.stdout.prefix(1000))")
        let screenshot = SamplanBinary.packageRoot.appendingPathComponent(".build/screenshots/arshjul.png")
        try FileManager.default.createDirectory(at: screenshot.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: screenshot)
        let shot = try headlessChromium(["--window-size=1700,1100", "--screenshot=\(screenshot.path)"], url: url)
        #expect(shot.status == 0)
        let png = try Data(contentsOf: screenshot)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 30_000, "a blank page would be a few hundred bytes")
    }
}
