import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file's content whole, so that the file always exists and always holds either the old text
/// or the new: the new bytes go to a temporary file beside it, are flushed to disk, and are renamed over
/// it. The old file is first kept as `FILE.bak` (a hard link, or a copy where links are not possible).
///
/// ```swift
/// let backup = try FileReplacement.write(Array(yaml.utf8), to: "config/knivsta/activities/2024.yaml")
/// // backup == "config/knivsta/activities/2024.yaml.bak"
/// ```
public enum FileReplacement {
    /// Why a file could not be written.
    public struct Failure: Error, Hashable, Sendable {
        /// The file.
        public let path: String
        /// The system's reason.
        public let reason: String
    }

    /// Writes `bytes` to `path` and returns where the previous file is kept, or nil when there was none.
    /// On failure, `path` is as it was and no temporary file is left.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) -> String? {
        // A link is followed: the file it names is the one replaced (and kept as .bak beside it), and the link stays.
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        let target = isLink ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
        let directory = URL(fileURLWithPath: target).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: target).lastPathComponent
        var previous = stat()
        let exists = stat(target, &previous) == 0
        let temporary = temporaryPath(in: directory, for: name)
        func fail(_ code: Int32, _ leftovers: [String]) -> Failure {
            for leftover in leftovers { unlink(leftover) }
            return Failure(path: path, reason: String(cString: strerror(code)))
        }
        let code = create(temporary, bytes: bytes, mode: exists ? previous.st_mode & 0o7777 : nil)
        guard code == 0 else { throw fail(code, [temporary]) }
        var backup: String?
        if exists {
            let kept = target + ".bak"
            let keeping = temporaryPath(in: directory, for: name + ".bak")
            if link(target, keeping) != 0 {
                guard let data = FileManager.default.contents(atPath: target) else { throw fail(errno, [temporary]) }
                let code = create(keeping, bytes: Array(data), mode: previous.st_mode & 0o7777)
                guard code == 0 else { throw fail(code, [temporary, keeping]) }
            }
            guard rename(keeping, kept) == 0 else { throw fail(errno, [temporary, keeping]) }
            backup = kept
        }
        guard rename(temporary, target) == 0 else { throw fail(errno, [temporary]) }
        // The rename itself reaches the disk once the directory is flushed.
        let descriptor = open(directory, O_RDONLY)
        if descriptor >= 0 {
            _ = fsync(descriptor)
            close(descriptor)
        }
        return backup
    }

    /// A hidden name in `directory`, not ending in `.yaml`: the configuration loader and the daemon's
    /// watch never see it.
    private static func temporaryPath(in directory: String, for name: String) -> String {
        directory + "/." + name + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Creates `path` (which must not exist) holding `bytes`, flushed to disk; 0, or the error number.
    private static func create(_ path: String, bytes: [UInt8], mode: mode_t?) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o666))
        guard descriptor >= 0 else { return errno }
        var code: Int32 = 0
        if let mode, fchmod(descriptor, mode) != 0 { code = errno }
        var offset = 0
        while code == 0, offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno != EINTR { code = errno }
            } else {
                offset += written
            }
        }
        // A file system that cannot flush (EINVAL) still gets the file.
        if code == 0, fsync(descriptor) != 0, errno != EINVAL { code = errno }
        if close(descriptor) != 0, code == 0 { code = errno }
        return code
    }

    private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, buffer, count)
        #else
            Darwin.write(descriptor, buffer, count)
        #endif
    }
}
