/// One configuration file's bytes and names, as read from the directory (or made in a test).
public struct SourceFile: Sendable {
    /// The name inside the configuration directory: `bodies.yaml`, `activities/2024.yaml`.
    public let name: String
    /// The name shown in errors: the directory as the admin gave it, joined with `name`.
    public let displayPath: String
    /// The contents.
    public let bytes: [UInt8]

    /// A file.
    public init(name: String, displayPath: String, bytes: [UInt8]) {
        self.name = name
        self.displayPath = displayPath
        self.bytes = bytes
    }

    /// A file made from text (tests).
    public init(name: String, text: String, directory: String = "config") {
        self.init(name: name, displayPath: directory + "/" + name, bytes: Array(text.utf8))
    }
}
