import ICal
import SamplanCore

/// Where the parts of a minutes file that are judged against the schedule were written.
struct MinutesPositions {
    /// The `meeting:` value.
    var meeting: SourcePosition
    /// Each `item:` title with its position.
    var items: [(title: String, position: SourcePosition)] = []
    /// Each action's `due:` with its position.
    var dues: [(due: LocalDate, position: SourcePosition)] = []
}

extension ConfigParser {
    /// Reads minutes/<meeting-id>.yaml; `fileMeeting` is the id the file is named by.
    func readMinutes(_ document: YAMLDocument, fileMeeting: String) -> (Minutes, MinutesPositions)? {
        guard let root = document.root.mapping(diagnostics, keys: ["meeting", "attendance", "items", "followups", "actions", "done"]) else {
            return nil
        }
        guard let meetingValue = root.required("meeting"), let meeting = referMeeting(meetingValue) else { return nil }
        if meeting != fileMeeting {
            diagnostics.report(meetingValue.position, .minutesMismatch(file: fileMeeting, key: meeting))
            return nil
        }
        var positions = MinutesPositions(meeting: meetingValue.position)
        let attendance = root.optional("attendance").flatMap(readAttendance) ?? Minutes.Attendance()
        let notes: [Minutes.ItemNote] = items(root, "items") { value in
            guard let map = value.mapping(diagnostics, keys: ["item", "notes", "decisions"]) else { return nil }
            guard let itemValue = map.required("item"), let title = itemValue.text(diagnostics) else { return nil }
            positions.items.append((title, itemValue.position))
            let text = map.optional("notes")?.text(diagnostics)
            let decisions: [String] = items(map, "decisions") { $0.text(diagnostics) }
            return Minutes.ItemNote(item: title, notes: text, decisions: decisions)
        }
        let followUps: [Minutes.ActivityFollowUp] = items(root, "followups") { value in
            guard let map = value.mapping(diagnostics, keys: ["activity", "status", "text"]) else { return nil }
            var activity: String?
            if let activityValue = map.required("activity"), let id = activityValue.id(diagnostics) {
                refer(.activity, id, at: activityValue.position)
                activity = id
            }
            let status = followUpStatus(map)
            let text = map.required("text")?.text(diagnostics)
            guard let activity, let status, let text else { return nil }
            return Minutes.ActivityFollowUp(activity: activity, status: status, text: text)
        }
        var number = 0
        let actions: [Minutes.Action] = items(root, "actions") { value in
            number += 1
            guard let map = value.mapping(diagnostics, keys: ["id", "text", "responsible", "due"]) else { return nil }
            let id: String
            if let idValue = map.optional("id") {
                guard let given = idValue.text(diagnostics) else { return nil }
                id = given
                declare(.action, id, at: idValue.position)
            } else {
                id = Minutes.actionID(meeting: meeting, number: number)
                declare(.action, id, at: value.position)
            }
            let text = map.required("text")?.text(diagnostics)
            var responsible: String?
            if let personValue = map.optional("responsible"), let person = personValue.id(diagnostics) {
                refer(.person, person, at: personValue.position)
                responsible = person
            }
            var due: LocalDate?
            if let dueValue = map.optional("due"), let date = dueValue.date(diagnostics) {
                positions.dues.append((date, dueValue.position))
                due = date
            }
            guard let text else { return nil }
            return Minutes.Action(id: id, meeting: meeting, text: text, responsible: responsible, due: due)
        }
        let done: [String] = items(root, "done") { value in
            guard let id = value.text(diagnostics) else { return nil }
            refer(.action, id, at: value.position)
            return id
        }
        return (Minutes(meeting: meeting, attendance: attendance, items: notes, followUps: followUps, actions: actions, done: done), positions)
    }

    private func readAttendance(_ value: Value) -> Minutes.Attendance? {
        guard let map = value.mapping(diagnostics, keys: ["present", "absent", "substitutes", "guests"]) else { return nil }
        let person = { (value: Value) -> String? in
            guard let id = value.id(self.diagnostics) else { return nil }
            self.refer(.person, id, at: value.position)
            return id
        }
        let present: [String] = items(map, "present", person)
        let absent: [String] = items(map, "absent", person)
        let substitutes: [Minutes.Substitute] = items(map, "substitutes") { value in
            guard let entry = value.mapping(diagnostics, keys: ["person", "for"]) else { return nil }
            let substitute = entry.required("person").flatMap(person)
            let member = entry.required("for").flatMap(person)
            guard let substitute, let member else { return nil }
            return Minutes.Substitute(person: substitute, standingInFor: member)
        }
        let guests: [Minutes.Guest] = items(map, "guests") { value in
            if value.isScalar { return person(value).map { .person($0) } }
            guard let entry = value.mapping(diagnostics, keys: ["name", "organization"]) else { return nil }
            let organization = entry.optional("organization")?.text(diagnostics)
            return entry.required("name")?.text(diagnostics).map { .named(name: $0, organization: organization) }
        }
        return Minutes.Attendance(present: present, absent: absent, substitutes: substitutes, guests: guests)
    }
}
