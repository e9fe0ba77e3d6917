import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular file's device and inode: a path and an open descriptor name the same file when they are
/// equal. `samplan import-activities … > activities/2024.yaml` has the shell empty that file before
/// samplan starts; comparing standard output with the configuration's files finds it.
///
/// ```swift
/// if let output = FileIdentity(descriptor: 1), let file = output.file(in: "config/knivsta") {
///     print(file)   // "config/knivsta/activities/2024.yaml"
/// }
/// ```
public struct FileIdentity: Hashable, Sendable {
    /// The device the file is on.
    public let device: UInt64
    /// The file's inode on that device.
    public let inode: UInt64

    /// The regular file at `path` (symbolic links followed); nil for anything else or nothing.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The regular file open as `descriptor`; nil for a terminal, a pipe, a closed descriptor.
    public init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    private init?(_ status: stat) {
        guard (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        device = UInt64(truncatingIfNeeded: status.st_dev)
        inode = UInt64(truncatingIfNeeded: status.st_ino)
    }

    /// The file of the configuration directory `directory` (at its top or under `activities/`) that is
    /// this file, as `directory/name`; nil when it is none of them.
    public func file(in directory: String) -> String? {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let manager = FileManager.default
        var paths = ((try? manager.contentsOfDirectory(atPath: base)) ?? []).sorted().map { base + "/" + $0 }
        paths += ((try? manager.contentsOfDirectory(atPath: base + "/activities")) ?? []).sorted().map { base + "/activities/" + $0 }
        return paths.first { FileIdentity(path: $0) == self }
    }
}
