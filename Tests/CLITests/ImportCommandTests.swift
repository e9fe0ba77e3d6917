import Foundation
import Testing

/// A copy of config/knivsta in a fresh temporary directory, with a CSV file beside it; removed afterwards.
private struct ImportScratch {
    let directory: URL
    let config: URL
    let csv: URL

    init(csv text: String) throws {
        let manager = FileManager.default
        directory = manager.temporaryDirectory.appendingPathComponent("samplan-import-\(UUID().uuidString)")
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        config = directory.appendingPathComponent("knivsta")
        try manager.copyItem(at: SamplanBinary.packageRoot.appendingPathComponent("config/knivsta"), to: config)
        csv = directory.appendingPathComponent("bilaga1.csv")
        try Data(text.utf8).write(to: csv)
    }

    var list: URL { config.appendingPathComponent("activities/2024.yaml") }
    var backup: URL { config.appendingPathComponent("activities/2024.yaml.bak") }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// The names in activities/.
    func activityFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: config.appendingPathComponent("activities").path).sorted()
    }

    /// `report --year 2024 --format csv` of the copy, line by line.
    func report() throws -> [String] {
        let run = try SamplanBinary.run(["report", "--config", config.path, "--year", "2024", "--format", "csv"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return run.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }
}

/// Two rows of Knivsta's 2024 list with a new result each.
private let twoRows = """
    Delmål;Aktivitet;Resultat;Klar?
    A1;Se över hur man på bästa sätt informerar patienter & brukare om verksamheter som erbjuder hälsofrämjande och förebyggande insatser;\
    Informationen finns nu på kommunens webbplats.;Ja
    A2;Som styrgrupp, ta ansvar för att följa utvecklingen av ökad skolnärvaro för optimerad kommunal och regional samverkan;\
    Uppföljningen fortsätter.;Pågående

    """

/// The ids of an activity list written by samplan (every id double-quoted).
private func ids(_ yaml: String) -> [String] {
    yaml.split(separator: "\n").filter { $0.hasPrefix("  - id: \"") }.map { String($0.dropFirst("  - id: \"".count).dropLast()) }
}

@Suite("samplan import-activities never loses anything")
struct ImportCommandTests {
    @Test("a CSV of 2 rows for 2024 prints the whole list of 22 activities, the 2 updated and the 20 others as they were")
    func keepsTheWholeList() throws {
        let scratch = try ImportScratch(csv: twoRows)
        defer { scratch.remove() }
        let before = try scratch.report()
        let original = try String(contentsOf: scratch.list, encoding: .utf8)
        let run = try SamplanBinary.run(["import-activities", "--config", scratch.config.path, scratch.csv.path, "--year", "2024"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(ids(run.stdout).count == 22)
        let originalIDs = original.split(separator: "\n").filter { $0.hasPrefix("  - id: ") }.map { String($0.dropFirst("  - id: ".count)) }
        #expect(ids(run.stdout) == originalIDs, "the file's order")

        try Data(run.stdout.utf8).write(to: scratch.list)
        let validate = try SamplanBinary.run(["validate", "--config", scratch.config.path])
        #expect(validate.status == 0, "stderr: \(validate.stderr)")
        #expect(validate.stdout.contains("22 aktiviteter"), "\(validate.stdout)")
        let after = try scratch.report()
        #expect(after.count == before.count)
        let changed = zip(before, after).filter { $0 != $1 }.map(\.1)
        #expect(changed.count == 2, "\(changed)")
        #expect(changed.first?.hasSuffix(";Informationen finns nu på kommunens webbplats.;Ja") == true)
        #expect(changed.last?.hasSuffix(";Uppföljningen fortsätter.;Pågående") == true)
        // The earlier follow-up stays, and owner, responsible and moved_to are written back.
        #expect(run.stdout.contains("status: \"pågående\"\n        text: \"En workshop inom tjänsteledningen"))
        #expect(run.stdout.contains("    moved_to: 2025\n"))
        #expect(run.stdout.contains("    responsible: \"socialchef\"\n"))
    }

    @Test("--output writes the list over activities/2024.yaml atomically, keeping the previous bytes as 2024.yaml.bak")
    func output() throws {
        let scratch = try ImportScratch(csv: twoRows)
        defer { scratch.remove() }
        let original = try Data(contentsOf: scratch.list)
        let originalFile = try FileManager.default.attributesOfItem(atPath: scratch.list.path)[.systemFileNumber] as? Int
        let run = try SamplanBinary.run([
            "import-activities", "--config", scratch.config.path, scratch.csv.path, "--year", "2024", "--output", scratch.list.path,
        ])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr == "\(scratch.list.path): 22 aktiviteter skrivna; den tidigare filen finns kvar som \(scratch.backup.path)\n")
        #expect(try Data(contentsOf: scratch.backup) == original)
        #expect(try scratch.activityFiles() == ["2024.yaml", "2024.yaml.bak"], "no temporary file is left")
        let written = try String(contentsOf: scratch.list, encoding: .utf8)
        #expect(ids(written).count == 22)
        #expect(written.contains("Informationen finns nu på kommunens webbplats."))
        let writtenFile = try FileManager.default.attributesOfItem(atPath: scratch.list.path)[.systemFileNumber] as? Int
        #expect(writtenFile != originalFile, "a new file renamed into place, not the old one rewritten")
        let validate = try SamplanBinary.run(["validate", "--config", scratch.config.path])
        #expect(validate.status == 0, "stderr: \(validate.stderr)")
        #expect(!validate.stderr.contains(".bak"), "the .bak is not read as configuration")

        // Importing the same CSV again changes nothing but the backup.
        let again = try SamplanBinary.run([
            "import-activities", "--config", scratch.config.path, scratch.csv.path, "--year", "2024", "--output", scratch.list.path,
        ])
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(try String(contentsOf: scratch.list, encoding: .utf8) == written)
        #expect(try String(contentsOf: scratch.backup, encoding: .utf8) == written)
    }

    @Test("`> activities/2024.yaml` exits 1 naming the emptied file, how to get it back and --output; nothing is written")
    func redirectTrap() throws {
        let scratch = try ImportScratch(csv: twoRows)
        defer { scratch.remove() }
        let binary = try #require(SamplanBinary.url)
        let quoted = { (text: String) in "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command =
            [binary.path, "import-activities", "--config", scratch.config.path, scratch.csv.path, "--year", "2024"].map(quoted)
            .joined(separator: " ") + " > " + quoted(scratch.list.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let errors = Pipe()
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let path = scratch.list.path
        #expect(
            stderr
                == "\(path): standard ut är den här filen i konfigurationskatalogen, så skalet tömde den (>) redan innan samplan startade; "
                + "inget skrevs. Hämta tillbaka innehållet ur versionshanteringen (git checkout -- \(path)) eller ur \(path).bak om den finns, "
                + "och skriv sedan med --output \(path) i stället för >\n")
        #expect(try Data(contentsOf: scratch.list).isEmpty, "samplan wrote nothing into it")
        #expect(try scratch.activityFiles() == ["2024.yaml"], "and made no backup of the emptied file")
    }

    @Test("a CSV with a bad row writes nothing: the file stays byte for byte, and no .bak appears")
    func badRow() throws {
        let scratch = try ImportScratch(csv: twoRows + "A1;Ny aktivitet;Gjort.;Kanske\nA1;Daterad;Gjort.;Ja\n")
        defer { scratch.remove() }
        let original = try Data(contentsOf: scratch.list)
        let run = try SamplanBinary.run([
            "import-activities", "--config", scratch.config.path, scratch.csv.path, "--year", "2024", "--output", scratch.list.path,
        ])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("\(scratch.csv.path):4: okänt värde \"Kanske\" i Klar?"), "\(run.stderr)")
        #expect(try Data(contentsOf: scratch.list) == original)
        #expect(try scratch.activityFiles() == ["2024.yaml"])
    }

    @Test("a Datum column dates the new follow-ups; a date that is none is reported with its line")
    func dateColumn() throws {
        let dated = twoRows.replacingOccurrences(of: "Klar?\n", with: "Klar?;Datum\n").replacingOccurrences(of: ";Ja\n", with: ";Ja;2024-12-12\n")
            .replacingOccurrences(of: ";Pågående\n", with: ";Pågående;13 december 2024\n")
        let scratch = try ImportScratch(csv: dated)
        defer { scratch.remove() }
        let run = try SamplanBinary.run(["import-activities", "--config", scratch.config.path, scratch.csv.path, "--year", "2024"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("      - date: 2024-12-12\n        status: \"ja\"\n        text: \"Informationen finns nu"))
        #expect(run.stdout.contains("      - date: 2024-12-13\n        status: \"pågående\"\n        text: \"Uppföljningen fortsätter.\""))

        try Data(dated.replacingOccurrences(of: "2024-12-12", with: "2024-13-12").utf8).write(to: scratch.csv)
        let bad = try SamplanBinary.run(["import-activities", "--config", scratch.config.path, scratch.csv.path, "--year", "2024"])
        #expect(bad.status == 1)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.hasPrefix("\(scratch.csv.path):2: ogiltigt datum \"2024-13-12\" i Datum"), "\(bad.stderr)")
    }

    @Test("--remove-missing names on stderr each activity taken off the list, keeps those invitations refer to, and the list validates")
    func removeMissing() throws {
        let scratch = try ImportScratch(csv: twoRows)
        defer { scratch.remove() }
        let run = try SamplanBinary.run([
            "import-activities", "--config", scratch.config.path, scratch.csv.path, "--year", "2024", "--output", scratch.list.path,
            "--remove-missing",
        ])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let removed = lines.filter { $0.hasPrefix("tas bort: ") }
        let kept = lines.filter { $0.hasPrefix("behålls: ") }
        #expect(removed.contains("tas bort: a1-geografiskt-halsouppdrag ”Följa arbetet och utvecklingen inom geografiskt hälsouppdrag …”"), "\(removed)")
        #expect(
            kept.contains {
                $0.hasPrefix("behålls: b1-aldrevardsenheten ”") && $0.hasSuffix("(invitations.yaml eller minnesanteckningar hänvisar till den)")
            })
        #expect(removed.count + kept.count == 20)
        let written = try String(contentsOf: scratch.list, encoding: .utf8)
        #expect(ids(written).count == 2 + kept.count)
        #expect(ids(written).prefix(1) == ["a1-informera-insatser"])
        let validate = try SamplanBinary.run(["validate", "--config", scratch.config.path])
        #expect(validate.status == 0, "stderr: \(validate.stderr)")
    }
}
