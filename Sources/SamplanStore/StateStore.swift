import Foundation
import GRDB
public import SamplanCore

/// The embedded state: event revisions (SEQUENCE, CREATED, LAST-MODIFIED and the published
/// content), the secret that private feed tokens derive from, and each person's token generation.
/// Every write is one transaction, so a killed process never leaves half a change behind.
///
/// ```swift
/// let store = try StateStore(location: .resolve(explicit: nil, environment: [:], configured: nil, workingDirectory: "."))
/// let revisions = try store.reconcile(contents, now: Int(Date().timeIntervalSince1970))
/// ```
public final class StateStore: Sendable {
    /// Why the state could not be used.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What happened, for the log and the admin.
        public let description: String

        /// A failure described for the admin.
        public init(description: String) { self.description = description }
    }

    let database: DatabasePool
    /// Where the database is.
    public let location: StateLocation

    /// Opens (creating it and its directory on first use) and migrates the state database.
    public init(location: StateLocation) throws(Failure) {
        self.location = location
        do {
            try FileManager.default.createDirectory(atPath: location.directory, withIntermediateDirectories: true)
            var configuration = GRDB.Configuration()
            configuration.busyMode = .timeout(10)
            database = try DatabasePool(path: location.databaseFile, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "meta") { table in
                table.primaryKey("key", .text)
                table.column("value", .blob).notNull()
            }
            try db.create(table: "event") { table in
                table.primaryKey("uid", .text)
                table.column("fingerprint", .text).notNull()
                table.column("sequence", .integer).notNull()
                table.column("created", .integer).notNull()
                table.column("last_modified", .integer).notNull()
                table.column("content", .text).notNull()
            }
            try db.create(table: "person_token") { table in
                table.primaryKey("person", .text)
                table.column("generation", .integer).notNull()
            }
        }
        migrator.registerMigration("v2-drafts") { db in
            try db.create(table: "draft") { table in
                table.column("meeting", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("fingerprint", .text).notNull()
                table.column("written_at", .integer).notNull()
                table.primaryKey(["meeting", "kind"])
            }
        }
        migrator.registerMigration("v3-kallelse") { db in
            try db.create(table: "kallelse") { table in
                table.column("meeting", .text).notNull()
                table.column("recipient", .text).notNull()
                table.column("record", .text).notNull()
                table.column("sent_at", .integer).notNull()
                table.primaryKey(["meeting", "recipient"])
            }
        }
        migrator.registerMigration("v4-followups") { db in
            // What responsible people submitted through their personal pages.
            try db.create(table: "submitted_followup") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("person", .text).notNull()
                table.column("activity", .text).notNull()
                table.column("date", .text).notNull()
                table.column("status", .text).notNull()
                table.column("text", .text).notNull()
                table.column("submitted_at", .integer).notNull()
            }
            try db.create(table: "action_done") { table in
                table.primaryKey("action", .text)
                table.column("person", .text).notNull()
                table.column("date", .text).notNull()
                table.column("submitted_at", .integer).notNull()
            }
            // The reminders sent, per meeting, person and content (the ids of what they were reminded of).
            try db.create(table: "reminder") { table in
                table.column("meeting", .text).notNull()
                table.column("recipient", .text).notNull()
                table.column("fingerprint", .text).notNull()
                table.column("items", .text).notNull()
                table.column("sent_at", .integer).notNull()
                table.primaryKey(["meeting", "recipient", "fingerprint"])
            }
        }
        return migrator
    }

    // MARK: Kallelse

    /// What each recipient (by `KallelseRecipient.key`) was last told of `meeting`.
    public func kallelseRecords(meeting: String) throws(Failure) -> [String: KallelseRecord] {
        do {
            return try database.read { db in
                var records: [String: KallelseRecord] = [:]
                let decoder = JSONDecoder()
                for row in try Row.fetchAll(db, sql: "SELECT recipient, record FROM kallelse WHERE meeting = ?", arguments: [meeting]) {
                    let text: String = row["record"]
                    guard let record = try? decoder.decode(KallelseRecord.self, from: Data(text.utf8)) else { continue }
                    records[row["recipient"]] = record
                }
                return records
            }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    /// The meetings anyone has been sent a kallelse for (their changes are due whatever the lead time).
    public func kallelseMeetings() throws(Failure) -> Set<String> {
        do {
            return try database.read { db in Set(try String.fetchAll(db, sql: "SELECT DISTINCT meeting FROM kallelse")) }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    /// Records that `recipient` was told `record` of `meeting` at `now`: the same mail is never sent again.
    public func recordKallelse(meeting: String, recipient: String, record: KallelseRecord, now: Int) throws(Failure) {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let text = String(decoding: try encoder.encode(record), as: UTF8.self)
            try database.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO kallelse (meeting, recipient, record, sent_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT(meeting, recipient) DO UPDATE SET record = excluded.record, sent_at = excluded.sent_at
                        """, arguments: [meeting, recipient, text, now])
            }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    // MARK: Drafts

    /// The fingerprint of the draft of `kind` last written for `meeting`, if any.
    public func draftFingerprint(meeting: String, kind: String) throws(Failure) -> String? {
        do {
            return try database.read { db in
                try String.fetchOne(db, sql: "SELECT fingerprint FROM draft WHERE meeting = ? AND kind = ?", arguments: [meeting, kind])
            }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    /// Records that the draft of `kind` for `meeting` with `fingerprint` was written at `now`.
    public func recordDraft(meeting: String, kind: String, fingerprint: String, now: Int) throws(Failure) {
        do {
            try database.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO draft (meeting, kind, fingerprint, written_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT(meeting, kind) DO UPDATE SET fingerprint = excluded.fingerprint, written_at = excluded.written_at
                        """, arguments: [meeting, kind, fingerprint, now])
            }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    // MARK: Event revisions

    /// Records the current content of events and returns their revisions: a new UID starts at the
    /// time-floored SEQUENCE, a changed fingerprint bumps SEQUENCE and LAST-MODIFIED, an unchanged one
    /// keeps everything (so unchanged feeds stay byte-identical). Events not passed are left alone.
    public func reconcile(_ contents: [EventContent], now: Int) throws(Failure) -> [String: EventRevision] {
        try reconcile(contents.map { ($0, $0.fingerprint) }, now: now)
    }

    /// `reconcile` with the fingerprints already computed.
    public func reconcile(_ contents: [(content: EventContent, fingerprint: String)], now: Int) throws(Failure) -> [String: EventRevision] {
        do {
            return try database.write { db in
                let known = try Self.storedRows(db)
                var revisions: [String: EventRevision] = [:]
                revisions.reserveCapacity(contents.count)
                for (content, fingerprint) in contents {
                    if let row = known[content.uid], row.fingerprint == fingerprint {
                        revisions[content.uid] = row.revision
                        continue
                    }
                    let previous = known[content.uid]
                    let revision = EventRevision(
                        sequence: EventRevision.nextSequence(after: previous?.revision.sequence, at: now),
                        created: previous?.revision.created ?? now, lastModified: max(now, previous?.revision.lastModified ?? now))
                    try db.execute(
                        sql: """
                            INSERT INTO event (uid, fingerprint, sequence, created, last_modified, content) VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT(uid) DO UPDATE SET fingerprint = excluded.fingerprint, sequence = excluded.sequence,
                              last_modified = excluded.last_modified, content = excluded.content
                            """,
                        arguments: [content.uid, fingerprint, revision.sequence, revision.created, revision.lastModified, Self.encode(content)])
                    revisions[content.uid] = revision
                }
                return revisions
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    /// What is known of a published event without reading its content.
    public struct Published: Hashable, Sendable {
        /// The fingerprint of the content last published.
        public let fingerprint: String
        /// Its revision.
        public let revision: EventRevision
    }

    /// Every published event's fingerprint and revision.
    public func publishedEvents() throws(Failure) -> [String: Published] {
        do {
            return try database.read { db in try Self.storedRows(db) }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    /// The content last published of the given events (decoded only for those asked for).
    public func publishedContents(_ uids: some Collection<String>) throws(Failure) -> [String: EventContent] {
        guard !uids.isEmpty else { return [:] }
        do {
            return try database.read { db in
                var contents: [String: EventContent] = [:]
                let decoder = JSONDecoder()
                for uid in uids {
                    guard let text = try String.fetchOne(db, sql: "SELECT content FROM event WHERE uid = ?", arguments: [uid]),
                        let content = try? decoder.decode(EventContent.self, from: Data(text.utf8))
                    else { continue }
                    contents[uid] = content
                }
                return contents
            }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    private static func storedRows(_ db: Database) throws -> [String: Published] {
        var rows: [String: Published] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT uid, fingerprint, sequence, created, last_modified FROM event") {
            rows[row["uid"]] = Published(
                fingerprint: row["fingerprint"],
                revision: EventRevision(sequence: row["sequence"], created: row["created"], lastModified: row["last_modified"]))
        }
        return rows
    }

    private static func encode(_ content: EventContent) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(content), as: UTF8.self)
    }

    // MARK: Secrets and token generations

    /// The secret private feed tokens are derived from: 32 random bytes made on first use.
    public func tokenSecret() throws(Failure) -> [UInt8] {
        do {
            return try database.write { db in
                if let existing = try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'token_secret'") {
                    return Array(existing)
                }
                var generator = SystemRandomNumberGenerator()
                let secret = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('token_secret', ?)", arguments: [Data(secret)])
                return secret
            }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    /// Each person's token generation (0 when never rotated).
    public func tokenGenerations() throws(Failure) -> [String: Int] {
        do {
            return try database.read { db in
                var result: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT person, generation FROM person_token") { result[row["person"]] = row["generation"] }
                return result
            }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    /// Moves a person to the next token generation, revoking their current feed URL; returns it.
    public func rotateToken(of person: String) throws(Failure) -> Int {
        do {
            return try database.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO person_token (person, generation) VALUES (?, 1)
                        ON CONFLICT(person) DO UPDATE SET generation = generation + 1
                        """, arguments: [person])
                return try Int.fetchOne(db, sql: "SELECT generation FROM person_token WHERE person = ?", arguments: [person]) ?? 1
            }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }
}
