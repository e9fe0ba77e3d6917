import Foundation

/// Hands a mail to the configured sendmail-compatible command (`/usr/sbin/sendmail -t`, `msmtp -t`),
/// which reads the recipients from the headers. The one way samplan sends mail: drafts and kallelse alike.
///
/// ```swift
/// let result = MailSender(command: "msmtp -t").send(mail.rendered())   // .success(()) when the command exits 0
/// ```
public struct MailSender: Sendable {
    /// Why a mail was not accepted.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The command's exit status, or nil when it could not be started.
        public let status: Int32?
        /// What happened, for the log (the command's standard error, if any).
        public let description: String
    }

    /// The shell command.
    public let command: String

    /// A sender through `command`.
    public init(command: String) { self.command = command }

    /// Runs the command with the mail on its standard input (from a temporary file, so a command that
    /// exits early can never block or kill samplan on a full pipe).
    public func send(_ mail: String) -> Result<Void, Failure> {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-mail-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let input = directory.appendingPathComponent("mail")
            let errors = directory.appendingPathComponent("stderr")
            try Data(mail.utf8).write(to: input)
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            process.standardInput = try FileHandle(forReadingFrom: input)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                let message = (try? String(contentsOf: errors, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                return .failure(
                    Failure(
                        status: process.terminationStatus, description: "exit \(process.terminationStatus)" + (message.isEmpty ? "" : ": " + message))
                )
            }
            return .success(())
        } catch {
            return .failure(Failure(status: nil, description: "\(error)"))
        }
    }
}
