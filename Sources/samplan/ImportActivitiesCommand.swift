import ArgumentParser
import Foundation
import ICal
import SamplanConfig
import SamplanCore
import SamplanRender

/// `samplan import-activities`: a CSV in the report's shape (Fokusområde;Delmål;Aktivitet;Resultat;Klar?,
/// optionally Datum) applied to `activities/YYYY.yaml`, giving the year's whole list on stdout or, with
/// `--output`, written over a file atomically. Any row that cannot be read is reported with its line,
/// and then nothing is written.
struct ImportActivitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-activities",
        abstract: "Apply a CSV (Fokusområde;Delmål;Aktivitet;Resultat;Klar?[;Datum]) to a year's activity list; print the whole list as YAML.",
        discussion: """
            Rows update the activities of activities/YYYY.yaml or add new ones; activities the CSV does not name are kept \
            unless --remove-missing is given. Write the result with --output (never with > onto a file of the configuration \
            directory: the shell empties that file before samplan reads it).
            """)

    @OptionGroup var options: ConfigOptions
    @Argument(help: "The CSV file (; or , separated, UTF-8 with or without BOM, or Windows-1252).") var file: String
    @Option(help: "The year of the activity list.") var year: Int
    @Option(help: "Write the list to this file (atomically; an existing file is kept as FILE.bak) instead of stdout.")
    var output: String?
    @Flag(help: "Take the year's activities that the CSV does not name off the list (each is named on stderr).") var removeMissing = false

    func validate() throws {
        if !SupportedYears.contains(year) {
            throw ValidationError("--year must be between \(SupportedYears.range.lowerBound) and \(SupportedYears.range.upperBound)")
        }
    }

    func run() throws {
        // Standard output is judged before the configuration is read: `> activities/2024.yaml` has already
        // emptied that file, and the loader's "the file is empty" would not say why.
        if let standardOutput = FileIdentity(descriptor: FileHandle.standardOutput.fileDescriptor),
            let redirected = standardOutput.file(in: options.directory)
        {
            throw redirectFailure(redirected)
        }
        let configuration = try options.load()
        let language = configuration.organization.language
        let words = language.words.importing
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure.invalid([words.unreadable(file)])
        }
        let (records, csvProblems) = CSVReader.read(Array(data))
        // New follow-ups are dated today when importing during the year, else at its first or last day.
        let date = min(max(today(in: configuration), LocalDate.first(ofYear: year)), LocalDate.last(ofYear: year))
        var problems = csvProblems
        var result = ActivityImport()
        if !records.allSatisfy(\.isBlank) || csvProblems.isEmpty {
            result = ActivityImporter.read(records, configuration: configuration, year: year, followUpDate: date, removeMissing: removeMissing)
            problems += result.problems
        }
        guard problems.isEmpty else {
            let lines = problems.sorted().map { "\(file):\($0.line): \($0.message(in: language))" }
            throw CommandFailure.invalid(lines + [words.failed(file, "\(problems.count)")])
        }
        let source = URL(fileURLWithPath: file).lastPathComponent
        let text = ActivityListYAML.render(result.activities, year: year, source: source, configuration: configuration)
        var notes = result.removed.map { words.removed($0.id, Self.short($0.title)) }
        notes += result.keptInUse.map { words.keptInUse($0.id, Self.short($0.title)) }
        guard let output else {
            print(text, terminator: "")
            Self.standardError(notes)
            return
        }
        do throws(FileReplacement.Failure) {
            let backup = try FileReplacement.write(Array(text.utf8), to: output)
            let written = words.written(output, "\(result.activities.count)")
            Self.standardError(notes + [backup.map { written + "; " + words.keptAs($0) } ?? written])
        } catch {
            throw CommandFailure.invalid([words.unwritable(error.path, error.reason)])
        }
    }

    /// Standard output is `path`, a file of the configuration directory, in the organization's language
    /// when the rest of the configuration still says which.
    private func redirectFailure(_ path: String) -> CommandFailure {
        let language: Language
        switch ConfigLoader.load(directory: options.directory) {
        case let .success(configuration): language = configuration.organization.language
        case let .failure(errors): language = errors.language
        }
        let words = language.words.importing
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return CommandFailure.invalid([size == 0 ? words.stdoutEmptiedConfigFile(path, path + ".bak") : words.stdoutIsConfigFile(path)])
    }

    private static func standardError(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// A title cut to its first words, for a line naming the activity.
    static func short(_ title: String) -> String {
        let limit = 60
        guard title.count > limit else { return title }
        var text = ""
        for word in title.split(whereSeparator: \.isWhitespace) {
            guard text.count + word.count + 1 <= limit else { break }
            text += (text.isEmpty ? "" : " ") + word
        }
        return (text.isEmpty ? String(title.prefix(limit)) : text) + " …"
    }
}
