import Foundation
import SamplanConfig
import SamplanCore
import Testing

/// The example configurations of the repository, loaded as `samplan` loads them.
enum RenderFixture {
    /// The package root (the directory holding Package.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `config/<name>`, validated.
    static func example(_ name: String) throws -> Configuration {
        try ConfigLoader.load(directory: packageRoot.appendingPathComponent("config/\(name)").path).get()
    }

    /// The files of `config/<name>` as the loader reads them, to be changed in memory.
    static func exampleFiles(_ name: String) throws -> [String: String] {
        let directory = packageRoot.appendingPathComponent("config/\(name)")
        var files: [String: String] = [:]
        for file in ["samplan.yaml", "people.yaml", "bodies.yaml", "focus-areas.yaml", "invitations.yaml", "exceptions.yaml"] {
            files[file] = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("activities").path) {
            files["activities/" + file] = try String(contentsOf: directory.appendingPathComponent("activities/" + file), encoding: .utf8)
        }
        return files
    }

    /// Loads files held in memory.
    static func load(_ files: [String: String]) -> Result<Configuration, ConfigErrors> {
        ConfigLoader.parse(files: files.sorted { $0.key < $1.key }.map { SourceFile(name: $0.key, text: $0.value) }, directory: "config")
    }

    /// The rows of the Markdown tables in `markdown` whose header starts with `header`, as cells.
    static func markdownRows(_ markdown: String, header: String) -> [[String]] {
        var rows: [[String]] = []
        var inTable = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("| \(header)") {
                inTable = true
                continue
            }
            guard inTable, line.hasPrefix("|") else {
                inTable = false
                continue
            }
            if line.hasPrefix("|---") { continue }
            let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
            rows.append(cells.map { $0.replacingOccurrences(of: "\\", with: "") })
        }
        return rows
    }
}
