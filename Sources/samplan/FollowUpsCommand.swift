import ArgumentParser
import Foundation
import SamplanConfig
import SamplanCore
import SamplanRender
import SamplanStore

/// `samplan followups`: what responsible people submitted through their personal pages.
struct FollowUpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followups", abstract: "Follow-ups submitted through the personal pages.", subcommands: [FollowUpsExportCommand.self])
}

/// `samplan followups export --year Y [--output FILE]`: the year's activity list with the submitted
/// follow-ups added, on stdout or written over a file atomically (the old one kept as FILE.bak).
struct FollowUpsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the year's activity list (YAML) with the follow-ups submitted through the personal pages added.",
        discussion: """
            Write the result with --output (never with > onto a file of the configuration directory: the shell empties \
            that file before samplan reads it). A follow-up both in the file and submitted is written once.
            """)

    @OptionGroup var options: ConfigOptions
    @OptionGroup var stateOptions: StateOptions
    @Option(help: "The year of the activity list.") var year: Int
    @Option(help: "Write the list to this file (atomically; an existing file is kept as FILE.bak) instead of stdout.")
    var output: String?

    func validate() throws {
        if !SupportedYears.contains(year) {
            throw ValidationError("--year must be between \(SupportedYears.range.lowerBound) and \(SupportedYears.range.upperBound)")
        }
    }

    func run() throws {
        if let standardOutput = FileIdentity(descriptor: FileHandle.standardOutput.fileDescriptor),
            let redirected = standardOutput.file(in: options.directory)
        {
            throw CommandFailure.invalid([Language.sv.words.importing.stdoutIsConfigFile(redirected)])
        }
        let configuration = try options.load()
        let language = configuration.organization.language
        let store = try stateOptions.open(for: configuration)
        let submissions: Submissions
        do {
            submissions = try store.submissions()
        } catch {
            throw CommandFailure.invalid([language.words.commands.stateUnavailable(error.description)])
        }
        let export = FollowUpExport(configuration, submissions: submissions, year: year)
        let text = ActivityListYAML.render(export.activities, year: year, source: "samplan followups export", configuration: configuration)
        let words = language.words
        guard let output else {
            print(text, terminator: "")
            if export.added == 0 { FileHandle.standardError.write(Data((words.personal.nothingToExport("\(year)") + "\n").utf8)) }
            return
        }
        do throws(FileReplacement.Failure) {
            let backup = try FileReplacement.write(Array(text.utf8), to: output)
            let written = words.personal.exported("\(export.added)", output)
            FileHandle.standardError.write(Data(((backup.map { written + "; " + words.importing.keptAs($0) } ?? written) + "\n").utf8))
        } catch {
            throw CommandFailure.invalid([words.importing.unwritable(error.path, error.reason)])
        }
    }
}
