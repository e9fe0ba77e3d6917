import Foundation

/// Reads a configuration directory from disk: the YAML files at its top and under `activities/`, `minutes/` and `reports/`.
/// Files over the size limit are not read into memory; they come back empty and flagged.
public enum ConfigDirectory {
    /// The folders whose YAML files are configuration too: the activity lists, the minutes and the reports' text.
    static let subfolders = ["activities", "minutes", "reports"]

    /// The largest file read, in bytes.
    public static let sizeLimit = 4 * 1024 * 1024

    /// A file that could not be read, with why.
    public struct Unreadable: Sendable {
        /// The file as shown in errors.
        public let displayPath: String
        /// Why.
        public let message: ConfigMessage
    }

    /// The files of `directory`, or the reason nothing could be read.
    public static func read(_ directory: String) -> (files: [SourceFile], unreadable: [Unreadable]) {
        let manager = FileManager.default
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var files: [SourceFile] = []
        var unreadable: [Unreadable] = []
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: base, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ([], [Unreadable(displayPath: base, message: .notADirectory)])
        }
        var names = ((try? manager.contentsOfDirectory(atPath: base)) ?? []).filter(isYAML).sorted()
        for folder in subfolders {
            let path = base + "/" + folder
            if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                names += ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter(isYAML).sorted().map { folder + "/" + $0 }
            }
        }
        for name in names {
            let path = base + "/" + name
            let size = (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > sizeLimit {
                unreadable.append(Unreadable(displayPath: path, message: .tooLarge(bytes: size, limit: sizeLimit)))
                continue
            }
            guard let data = manager.contents(atPath: path) else {
                unreadable.append(Unreadable(displayPath: path, message: .unreadable))
                continue
            }
            files.append(SourceFile(name: name, displayPath: path, bytes: Array(data)))
        }
        return (files, unreadable)
    }

    private static func isYAML(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasPrefix(".")
    }

    /// A cheap stamp of the directory's YAML files (names, sizes, modification times): when it
    /// changes, a file was added, removed or edited, and the daemon reloads.
    public static func stamp(_ directory: String) -> String {
        let manager = FileManager.default
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var names = ((try? manager.contentsOfDirectory(atPath: base)) ?? []).filter(isYAML).sorted()
        for folder in subfolders {
            names += ((try? manager.contentsOfDirectory(atPath: base + "/" + folder)) ?? []).filter(isYAML).sorted().map { folder + "/" + $0 }
        }
        return names.map { name -> String in
            let attributes = (try? manager.attributesOfItem(atPath: base + "/" + name)) ?? [:]
            let size = attributes[.size] as? Int ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(name):\(size):\(modified)"
        }.joined(separator: "|")
    }
}
