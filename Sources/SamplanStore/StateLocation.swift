import Foundation

/// Where the state lives: the database file and the directory beside it (drafts go there too).
///
/// The state store is `--state` if given, else `$STATE_DIRECTORY` (systemd sets it), else
/// `state.path` from samplan.yaml resolved against the working directory, else `./state`. A path
/// ending in `.sqlite` or `.db` names the database file; any other path names its directory.
public struct StateLocation: Hashable, Sendable {
    /// The directory holding the database (and by default `drafts/`).
    public let directory: String
    /// The SQLite database file.
    public let databaseFile: String

    /// The database file name used inside a state directory.
    public static let fileName = "samplan.sqlite"

    /// Applies the precedence above.
    public static func resolve(explicit: String?, environment: [String: String], configured: String?, workingDirectory: String) -> StateLocation {
        let chosen =
            explicit
            ?? environment["STATE_DIRECTORY"].flatMap { $0.split(separator: ":").first.map(String.init) }
            ?? configured
            ?? "state"
        let absolute = chosen.hasPrefix("/") ? chosen : (workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/") + chosen
        let path = (absolute as NSString).standardizingPath
        if path.hasSuffix(".sqlite") || path.hasSuffix(".db") {
            return StateLocation(directory: (path as NSString).deletingLastPathComponent, databaseFile: path)
        }
        return StateLocation(directory: path, databaseFile: path + "/" + fileName)
    }
}
