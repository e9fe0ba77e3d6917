import Foundation
import GRDB
public import ICal
public import SamplanCore

extension StateStore {
    /// Stores a follow-up submitted through a personal page, in one transaction: after a crash it is
    /// either stored whole or not at all. Returns it with its row id.
    @discardableResult
    public func submitFollowUp(
        person: String, activity: String, date: LocalDate, status: ActivityStatus, text: String, now: Int
    ) throws(Failure) -> SubmittedFollowUp {
        do {
            let id = try database.write { db in
                try db.execute(
                    sql: "INSERT INTO submitted_followup (person, activity, date, status, text, submitted_at) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [person, activity, date.description, status.rawValue, text, now])
                return db.lastInsertedRowID
            }
            return SubmittedFollowUp(id: id, person: person, activity: activity, date: date, status: status, text: text, submittedAt: now)
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    /// Records that `person` reported the åtgärd `action` done on `date` (the first report counts).
    public func reportActionDone(_ action: String, person: String, date: LocalDate, now: Int) throws(Failure) {
        do {
            try database.write { db in
                try db.execute(
                    sql: "INSERT INTO action_done (action, person, date, submitted_at) VALUES (?, ?, ?, ?) ON CONFLICT(action) DO NOTHING",
                    arguments: [action, person, date.description, now])
            }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    /// Everything submitted through the personal pages, in submission order. A row the current
    /// program cannot read (a status it does not know) is left out rather than failing the whole.
    public func submissions() throws(Failure) -> Submissions {
        do {
            return try database.read { db in
                var result = Submissions()
                for row in try Row.fetchAll(
                    db, sql: "SELECT id, person, activity, date, status, text, submitted_at FROM submitted_followup ORDER BY id")
                {
                    let dateText: String = row["date"]
                    let statusText: String = row["status"]
                    guard let date = LocalDate(iso: dateText), let status = ActivityStatus(text: statusText) else { continue }
                    result.followUps.append(
                        SubmittedFollowUp(
                            id: row["id"], person: row["person"], activity: row["activity"], date: date, status: status, text: row["text"],
                            submittedAt: row["submitted_at"]))
                }
                for row in try Row.fetchAll(db, sql: "SELECT action, person, date, submitted_at FROM action_done ORDER BY submitted_at, action") {
                    let dateText: String = row["date"]
                    guard let date = LocalDate(iso: dateText) else { continue }
                    result.done.append(ReportedDone(action: row["action"], person: row["person"], date: date, submittedAt: row["submitted_at"]))
                }
                return result
            }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    // MARK: Reminders

    /// The ids of everything `recipient` was reminded of for `meeting` so far (activities, åtgärder),
    /// or nil when they were never reminded.
    public func remindedItems(meeting: String, recipient: String) throws(Failure) -> Set<String>? {
        do {
            return try database.read { db in
                let rows = try String.fetchAll(
                    db, sql: "SELECT items FROM reminder WHERE meeting = ? AND recipient = ?", arguments: [meeting, recipient])
                guard !rows.isEmpty else { return nil }
                return Set(rows.flatMap { $0.split(separator: "\n").map(String.init) })
            }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }

    /// Records that the reminder with `fingerprint`, about `items`, went to `recipient` for `meeting`:
    /// it is never sent again.
    public func recordReminder(meeting: String, recipient: String, fingerprint: String, items: [String], now: Int) throws(Failure) {
        do {
            try database.write { db in
                try db.execute(
                    sql: "INSERT INTO reminder (meeting, recipient, fingerprint, items, sent_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    arguments: [meeting, recipient, fingerprint, items.joined(separator: "\n"), now])
            }
        } catch {
            throw Failure(description: "\(location.databaseFile): \(error)")
        }
    }
}
