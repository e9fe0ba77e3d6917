import Foundation
import SamplanCore

/// Word files through Debian's `pandoc`: HTML in on standard input, .docx out on standard output,
/// with samplan's reference document (A4, page numbers, table borders; `WordReference`). No shell:
/// the program is looked up on `PATH` and started with its arguments.
enum Pandoc {
    /// The Word file of the HTML page `html`, or a failure in `language` naming the package when
    /// pandoc is not installed.
    static func docx(fromHTML html: String, language: Language) throws(CommandFailure) -> Data {
        let words = language.words.narrative
        guard let program = find("pandoc") else { throw CommandFailure.invalid([words.pandocMissing]) }
        let reference = FileManager.default.temporaryDirectory.appendingPathComponent(
            "samplan-reference-\(ProcessInfo.processInfo.processIdentifier).docx")
        defer { try? FileManager.default.removeItem(at: reference) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = [
            "--from=html", "--to=docx", "--shift-heading-level-by=-1", "--reference-doc=\(reference.path)", "--output=-",
        ]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let result: (data: Data, message: Data)
        do {
            try WordReference.bytes.write(to: reference)
            try process.run()
            // pandoc reads all of its input before it writes: the pipes cannot fill up on each other.
            try input.fileHandleForWriting.write(contentsOf: Data(html.utf8))
            try input.fileHandleForWriting.close()
            result = (output.fileHandleForReading.readDataToEndOfFile(), errors.fileHandleForReading.readDataToEndOfFile())
            process.waitUntilExit()
        } catch {
            throw CommandFailure.invalid([words.pandocFailed("\(error)")])
        }
        guard process.terminationStatus == 0, !result.data.isEmpty else {
            let message = String(decoding: result.message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw CommandFailure.invalid([words.pandocFailed(message.isEmpty ? "exit \(process.terminationStatus)" : message)])
        }
        return result.data
    }

    /// The executable `name` on `PATH`, if any.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
