import Foundation
public import ICal
public import Logging
public import SamplanCore
public import SamplanServer
public import SamplanStore
public import ServiceLifecycle

/// A document the scheduler writes before a meeting: the agenda draft at `drafts.lead`, the
/// follow-up list at `followup.lead`.
public struct ScheduledDocument: Sendable {
    /// `agenda` or `flags`; also the file name suffix.
    public let kind: String
    /// Markdown.
    public let markdown: String
    /// HTML, if the kind has it.
    public let html: String?
    /// The e-mail subject.
    public let subject: String

    /// A document.
    public init(kind: String, markdown: String, html: String?, subject: String) {
        self.kind = kind
        self.markdown = markdown
        self.html = html
        self.subject = subject
    }
}

/// Writes drafts and follow-up lists ahead of meetings, driven by an injectable clock: at start-up
/// it catches up on what was missed while the daemon was down, then looks again every `tick`.
/// A document is written (atomically: temporary file, then rename) and sent to the notify command
/// once per content: the state store remembers the fingerprint of what was written.
public struct JobScheduler: Service {
    /// Makes the documents of a meeting as of a day, from a builder over the whole schedule (made
    /// once per pass, so previous and next meetings are known): kinds and lead times are the caller's.
    public typealias Renderer = @Sendable (_ meeting: Meeting, _ builder: AgendaBuilder, _ asOf: LocalDate) -> [ScheduledDocument]

    /// What one document job did.
    public struct Written: Hashable, Sendable {
        /// Meeting id.
        public let meeting: String
        /// Kind.
        public let kind: String
        /// Files written.
        public let files: [String]
        /// Whether the notify command accepted the mail.
        public let notified: Bool
    }

    let state: ServingState
    let store: StateStore
    let draftsDirectory: @Sendable (Configuration) -> String
    let clock: @Sendable () -> Int
    let tick: Duration
    let logger: Logger
    let render: Renderer

    /// A scheduler over what `state` serves.
    public init(
        state: ServingState, store: StateStore, draftsDirectory: @escaping @Sendable (Configuration) -> String, clock: @escaping @Sendable () -> Int,
        tick: Duration = .seconds(60), logger: Logger, render: @escaping Renderer
    ) {
        self.state = state
        self.store = store
        self.draftsDirectory = draftsDirectory
        self.clock = clock
        self.tick = tick
        self.logger = logger
        self.render = render
    }

    public func run() async throws {
        try await repeatUntilShutdown(every: tick) { _ = runOnce() }
    }

    /// One pass: every upcoming, confirmed meeting whose lead time has come gets its documents,
    /// unless the same content was already written. Returns what was written.
    @discardableResult
    public func runOnce() -> [Written] {
        guard let snapshot = state.snapshot else { return [] }
        let configuration = snapshot.configuration
        let now = clock()
        let today = snapshot.today(at: now)
        let lead = max(configuration.settings.draftsLead.totalDays, configuration.settings.followupLead.totalDays, 0)
        let horizon = today.adding(days: lead + 1)
        // One schedule per pass. Agendas look one meeting back and one ahead, so it reaches a year
        // further each way than the meetings that may be due.
        let schedule = ScheduleBuilder.build(configuration, years: (today.year - 1)...(horizon.year + 1))
        let due = schedule.meetings.filter { meeting in
            meeting.status == .confirmed && meeting.start.epochSeconds > now && meeting.start.local.date <= horizon
        }
        guard !due.isEmpty else { return [] }
        let builder = AgendaBuilder(configuration: configuration, schedule: schedule)
        var written: [Written] = []
        for meeting in due {
            let daysAhead = meeting.start.local.date.dayNumber - today.dayNumber
            for document in render(meeting, builder, today) {
                let leadDays = document.kind == "flags" ? configuration.settings.followupLead.totalDays : configuration.settings.draftsLead.totalDays
                guard daysAhead <= leadDays else { continue }
                if let done = write(document, for: meeting, configuration: configuration, now: now) { written.append(done) }
            }
        }
        return written
    }

    private func write(_ document: ScheduledDocument, for meeting: Meeting, configuration: Configuration, now: Int) -> Written? {
        let fingerprint = Self.digest(document.markdown + "\u{1E}" + (document.html ?? ""))
        do {
            if try store.draftFingerprint(meeting: meeting.id, kind: document.kind) == fingerprint { return nil }
            let directory = draftsDirectory(configuration)
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            var files: [String] = []
            let stem = directory + "/" + meeting.id + (document.kind == "agenda" ? "" : "-" + document.kind)
            try Self.writeAtomically(document.markdown, to: stem + ".md")
            files.append(stem + ".md")
            if let html = document.html {
                try Self.writeAtomically(html, to: stem + ".html")
                files.append(stem + ".html")
            }
            try store.recordDraft(meeting: meeting.id, kind: document.kind, fingerprint: fingerprint, now: now)
            let notified = notify(document, configuration: configuration)
            logger.info("wrote \(document.kind) for \(meeting.id)", metadata: ["files": "\(files)", "notified": "\(notified)"])
            return Written(meeting: meeting.id, kind: document.kind, files: files, notified: notified)
        } catch {
            logger.error("could not write \(document.kind) for \(meeting.id): \(error)")
            return nil
        }
    }

    /// Pipes a mail with the Markdown to the configured sendmail-compatible command.
    private func notify(_ document: ScheduledDocument, configuration: Configuration) -> Bool {
        guard let command = configuration.settings.notifyCommand,
            let strategist = configuration.person(configuration.organization.strategist), let address = strategist.email
        else { return false }
        let mail = Notification.mail(
            to: address, name: strategist.name, from: configuration.organization.contact, subject: document.subject, body: document.markdown)
        switch MailSender(command: command).send(mail) {
        case .success: return true
        case let .failure(failure):
            logger.error("notify command failed: \(failure)")
            return false
        }
    }

    static func writeAtomically(_ text: String, to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        try text.write(toFile: temporary, atomically: false, encoding: .utf8)
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return String(hash, radix: 16)
    }
}

/// The e-mail a notify command receives (RFC 5322, UTF-8, for `sendmail -t`).
enum Notification {
    static func mail(to address: String, name: String, from sender: String?, subject: String, body: String) -> String {
        var lines = ["To: \(encode(name)) <\(address)>"]
        if let sender { lines.append("From: \(sender)") }
        lines += [
            "Subject: \(encode(subject))", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
            body,
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 2047 encoded-word for non-ASCII header text.
    static func encode(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        return "=?utf-8?B?" + Data(text.utf8).base64EncodedString() + "?="
    }
}
