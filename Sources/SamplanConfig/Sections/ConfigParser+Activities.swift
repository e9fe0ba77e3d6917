import SamplanCore

extension ConfigParser {
    /// Reads activities/YYYY.yaml; `fileYear` comes from the file name. An id may be listed again in
    /// another year's file (the activity continues), but only once per file. A `year:` that differs
    /// from the file name is a warning: the file name wins, so a list copied to start a new year works.
    func readActivities(_ document: YAMLDocument, fileYear: Int) -> [Activity] {
        guard let root = document.root.mapping(diagnostics, keys: ["year", "activities"]) else { return [] }
        if let yearValue = root.required("year"), let year = yearValue.integer(diagnostics, in: SupportedYears.range), year != fileYear {
            diagnostics.warn(yearValue.position, .yearMismatch(file: fileYear, key: year))
        }
        var inFile: [String: SourcePosition] = [:]
        return items(root, "activities", required: true) { readActivity($0, year: fileYear, inFile: &inFile) }
    }

    private func readActivity(_ value: Value, year: Int, inFile: inout [String: SourcePosition]) -> Activity? {
        guard let map = value.mapping(diagnostics, keys: [
            "id", "goal", "title", "owner", "responsible", "due", "moved_to", "followups", "background", "analysis",
        ]) else {
            return nil
        }
        guard let idValue = map.required("id"), let id = idValue.id(diagnostics) else { return nil }
        if let first = inFile[id] {
            diagnostics.report(idValue.position, .duplicateID(kind: .activity, id: id, first: first))
            return nil
        }
        inFile[id] = idValue.position
        if !isDeclared(.activity, id) { _ = declare(.activity, id, at: idValue.position) }
        var goal: String?
        if let goalValue = map.required("goal"), let gid = goalValue.id(diagnostics) {
            refer(.goal, gid, at: goalValue.position)
            goal = gid
        }
        let title = map.required("title")?.text(diagnostics)
        var owner: String?
        if let ownerValue = map.optional("owner"), let body = ownerValue.id(diagnostics) {
            refer(.body, body, at: ownerValue.position)
            owner = body
        }
        var responsible: String?
        if let personValue = map.optional("responsible"), let person = personValue.id(diagnostics) {
            refer(.person, person, at: personValue.position)
            responsible = person
        }
        let due = map.optional("due")?.date(diagnostics)
        let movedTo = map.optional("moved_to")?.integer(diagnostics, in: SupportedYears.range)
        let followUps: [FollowUp] = items(map, "followups", readFollowUp)
        let background = map.optional("background")?.text(diagnostics)
        let analysis = map.optional("analysis")?.text(diagnostics)
        guard let goal, let title else { return nil }
        return Activity(
            id: id, year: year, goal: goal, title: title, owner: owner, responsible: responsible, due: due,
            movedTo: movedTo, followUps: followUps, background: background, analysis: analysis)
    }

    private func readFollowUp(_ value: Value) -> FollowUp? {
        guard let map = value.mapping(diagnostics, keys: ["date", "status", "text", "meeting"]) else { return nil }
        let date = map.required("date")?.date(diagnostics)
        let status = followUpStatus(map)
        let text = map.required("text")?.text(diagnostics)
        let meeting = map.optional("meeting").flatMap(referMeeting)
        guard let date, let status, let text else { return nil }
        return FollowUp(date: date, status: status, text: text, meeting: meeting)
    }

    /// A follow-up's optional `status`: `.some(nil)` when the source states none, nil when the value
    /// is not a status (reported).
    func followUpStatus(_ map: MappingReader) -> ActivityStatus?? {
        guard let statusValue = map.optional("status") else { return .some(nil) }
        guard let text = statusValue.text(diagnostics) else { return nil }
        guard let status = ActivityStatus(text: text) else {
            diagnostics.report(statusValue.position, .invalidStatus(text))
            return nil
        }
        return status
    }
}
