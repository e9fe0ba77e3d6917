import ICal
import SamplanCore

extension ConfigParser {
    /// Reads exceptions.yaml. Every exception read keeps its position in `exceptionPositions`,
    /// at the same index as in the returned list.
    func readExceptions(_ document: YAMLDocument) -> [ScheduleException] {
        guard let root = document.root.mapping(diagnostics, keys: ["exceptions"]) else { return [] }
        return items(root, "exceptions", required: true) { value in
            guard let exception = readException(value) else { return nil }
            exceptionPositions.append(value.position)
            return exception
        }
    }

    private func readException(_ value: Value) -> ScheduleException? {
        guard let map = value.mapping(diagnostics, keys: ["meeting", "move_to", "cancel", "reason", "extra"]) else { return nil }
        if let extra = map.optional("extra") {
            if map.has("meeting") || map.has("move_to") || map.has("cancel") {
                diagnostics.report(map.position, .exceptionShape)
                return nil
            }
            return readExtra(extra).map { .extra($0) }
        }
        let meeting = map.required("meeting").flatMap(referMeeting)
        let reason = map.optional("reason")?.text(diagnostics)
        switch (map.optional("move_to"), map.optional("cancel")) {
        case let (move?, nil):
            guard let text = move.text(diagnostics) else { return nil }
            let target: (LocalDate, LocalTime?)?
            if let date = LocalDate(iso: text) {
                target = move.supported(date, text, diagnostics).map { ($0, nil) }
            } else if let dateTime = LocalDateTime(text: text) {
                target = move.supported(dateTime.date, text, diagnostics).map { ($0, dateTime.time) }
            } else {
                diagnostics.report(move.position, .invalidDateTime(text))
                target = nil
            }
            guard let meeting, let target else { return nil }
            return .move(meeting: meeting, toDate: target.0, toTime: target.1, reason: reason)
        case let (nil, cancel?):
            guard let flag = cancel.bool(diagnostics), let meeting else { return nil }
            if !flag {
                diagnostics.report(cancel.position, .exceptionShape)
                return nil
            }
            return .cancel(meeting: meeting, reason: reason)
        default:
            diagnostics.report(map.position, .exceptionShape)
            return nil
        }
    }

    private func readExtra(_ value: Value) -> ScheduleException.Extra? {
        guard let map = value.mapping(diagnostics, keys: ["body", "start", "duration", "title", "location", "focus", "reason"]) else { return nil }
        var body: String?
        if let bodyValue = map.required("body"), let id = bodyValue.id(diagnostics) {
            refer(.body, id, at: bodyValue.position)
            body = id
        }
        let start = map.required("start")?.dateTime(diagnostics)
        let duration = map.optional("duration")?.meetingLength(diagnostics)
        let title = map.optional("title")?.text(diagnostics)
        let location = map.optional("location")?.text(diagnostics)
        let focus = map.optional("focus")?.ids(diagnostics) ?? []
        for (area, position) in focus { refer(.focusArea, area, at: position) }
        let reason = map.optional("reason")?.text(diagnostics)
        guard let body, let start else { return nil }
        return ScheduleException.Extra(
            body: body, start: start, duration: duration, title: title, location: location,
            focus: focus.map(\.0), reason: reason)
    }
}
