import ICal
import SamplanCore

extension ConfigParser {
    /// Reads bodies.yaml.
    func readBodies(_ document: YAMLDocument) -> [Body] {
        guard let root = document.root.mapping(diagnostics, keys: ["bodies"]) else { return [] }
        return items(root, "bodies", required: true, readBody)
    }

    private func readBody(_ value: Value) -> Body? {
        guard
            let map = value.mapping(
                diagnostics,
                keys: [
                    "id", "name", "kind", "members", "location", "online", "time", "duration", "cadence", "standing_agenda", "special", "focus",
                    "holiday_policy",
                ])
        else { return nil }
        guard let idValue = map.required("id"), let id = idValue.id(diagnostics) else { return nil }
        declare(.body, id, at: idValue.position)
        let name = map.required("name")?.text(diagnostics)
        let kind = map.optional("kind")?.choice(
            diagnostics, of: Body.Kind.self,
            aliases: ["samrad": .samrad, "tjansteledning": .tjansteledning, "au": .arbetsutskott, "förstärkt arbetsutskott": .arbetsutskott])
        let members = items(map, "members", readMembership)
        let time = map.optional("time")?.time(diagnostics)
        let duration = map.required("duration")?.meetingLength(diagnostics)
        let cadence = map.optional("cadence").flatMap { readCadence($0, body: id) }
        if cadence != nil, time == nil, !map.has("time") {
            diagnostics.report(map.position, .timeRequired)
        }
        let standing = items(map, "standing_agenda", readAgendaItem)
        let special = items(map, "special", readSpecial)
        let focus = map.optional("focus").map { readFocusPlan($0, body: id) } ?? .none
        let policy = map.optional("holiday_policy")?.choice(diagnostics, of: ShiftPolicy.self)
        guard let name, let duration else { return nil }
        return Body(
            id: id, name: name, kind: kind ?? .other, members: members, location: map.optional("location")?.text(diagnostics),
            online: map.optional("online")?.text(diagnostics), time: time, duration: duration, cadence: cadence,
            standingAgenda: standing, special: special, focus: focus, holidayPolicy: policy)
    }

    private func readMembership(_ value: Value) -> Body.Membership? {
        if value.isScalar {
            guard let person = value.id(diagnostics) else { return nil }
            refer(.person, person, at: value.position)
            return Body.Membership(person: person)
        }
        guard let map = value.mapping(diagnostics, keys: ["person", "role", "substitute"]) else { return nil }
        guard let personValue = map.required("person"), let person = personValue.id(diagnostics) else { return nil }
        refer(.person, person, at: personValue.position)
        let role = map.optional("role")?.choice(diagnostics, of: Body.Membership.Role.self) ?? .member
        var substitute: String?
        if let value = map.optional("substitute"), let id = value.id(diagnostics) {
            refer(.person, id, at: value.position)
            substitute = id
        }
        return Body.Membership(person: person, role: role, substitute: substitute)
    }

    func readAgendaItem(_ value: Value) -> Body.AgendaItem? {
        if value.isScalar { return value.text(diagnostics).map { Body.AgendaItem(title: $0) } }
        guard let map = value.mapping(diagnostics, keys: ["title", "duration", "closing"]) else { return nil }
        let title = map.required("title")?.text(diagnostics)
        let duration = map.optional("duration")?.meetingLength(diagnostics)
        let closing = map.optional("closing")?.bool(diagnostics) ?? false
        return title.map { Body.AgendaItem(title: $0, duration: duration, closing: closing) }
    }

    private func readSpecial(_ value: Value) -> Body.SpecialItems? {
        guard let map = value.mapping(diagnostics, keys: ["month", "items"]) else { return nil }
        let month = map.required("month")?.integer(diagnostics, in: 1...12)
        let list = items(map, "items", required: true, readAgendaItem)
        return month.map { Body.SpecialItems(month: $0, items: list) }
    }

    private func readFocusPlan(_ value: Value, body: String) -> Body.FocusPlan {
        if value.isScalar {
            guard let text = value.text(diagnostics) else { return .none }
            if text == "rotate" { return .rotate }
            if text == "none" { return .none }
            diagnostics.report(value.position, .invalidChoice(text, allowed: ["rotate", "none", "{<mötes-id>: [A, B]}"]))
            return .none
        }
        guard let pairs = value.pairs(diagnostics) else { return .none }
        var plan: [String: [String]] = [:]
        for (keyValue, areas) in pairs {
            guard let meeting = referMeeting(keyValue) else { continue }
            let ids = areas.ids(diagnostics)
            for (area, position) in ids { refer(.focusArea, area, at: position) }
            plan[meeting] = ids.map(\.0)
        }
        return .explicit(plan)
    }

    private func readCadence(_ value: Value, body: String) -> Cadence? {
        guard let map = value.mapping(diagnostics, keys: ["rrule", "relative", "from", "until"]) else { return nil }
        var cadence = Cadence()
        cadence.from = map.optional("from")?.date(diagnostics)
        cadence.until = map.optional("until")?.date(diagnostics)
        if let from = cadence.from, let until = cadence.until, until < from {
            diagnostics.report(map.position, .fromAfterUntil)
        }
        if let ruleValue = map.optional("rrule"), let text = ruleValue.text(diagnostics) {
            do {
                let rule = try RecurrenceRule(text)
                let start = cadence.from ?? Cadence.defaultAnchor
                let end = cadence.until ?? start.adding(months: 120)
                let probe = LocalDateTime(date: start, time: .noon)
                if rule.occurrences(start: probe, through: end, limit: 1).isEmpty {
                    diagnostics.report(ruleValue.position, .ruleNeverOccurs(from: start.description, until: end.description))
                } else {
                    cadence.rule = rule
                }
            } catch {
                switch error.reason {
                case .malformed: diagnostics.report(ruleValue.position, .invalidRule(text))
                case .frequencyTooFine: diagnostics.report(ruleValue.position, .ruleTooFine)
                case .timeOfDayParts: diagnostics.report(ruleValue.position, .ruleTimeOfDay)
                }
            }
        }
        if let relative = map.optional("relative") {
            relativePositions[body] = relative.position
            let entries: [Value] = if relative.isSequence { relative.list(diagnostics) ?? [] } else { [relative] }
            cadence.relative = entries.compactMap(readRelative)
        }
        return cadence
    }

    private func readRelative(_ value: Value) -> Cadence.Relative? {
        guard let map = value.mapping(diagnostics, keys: ["body", "offset", "weekday", "min_gap"]) else { return nil }
        var other: String?
        if let bodyValue = map.required("body"), let id = bodyValue.id(diagnostics) {
            refer(.body, id, at: bodyValue.position)
            other = id
        }
        var days: Int?
        if let offsetValue = map.required("offset"), let offset = offsetValue.duration(diagnostics) {
            if !offset.isExact || !offset.isWholeDays {
                diagnostics.report(offsetValue.position, .offsetNotDays(offset.description))
            } else if abs(offset.totalDays) > 366 {
                diagnostics.report(offsetValue.position, .offsetTooLong(offset.description))
            } else {
                days = offset.totalDays
            }
        }
        var minGap: Int?
        if let gapValue = map.optional("min_gap"), let gap = gapValue.duration(diagnostics) {
            if !gap.isExact || !gap.isWholeDays || gap.isNegative {
                diagnostics.report(gapValue.position, .offsetNotDays(gap.description))
            } else if let days, days < 0, gap.totalDays > -days {
                diagnostics.report(gapValue.position, .minGapBeyondOffset(gap: gap.description, offset: "-P\(-days)D"))
            } else {
                minGap = gap.totalDays
            }
        }
        var weekday: Weekday?
        if let weekdayValue = map.optional("weekday"), let text = weekdayValue.text(diagnostics) {
            weekday = Weekday(code: text)
            if weekday == nil {
                diagnostics.report(weekdayValue.position, .invalidChoice(text, allowed: Weekday.allCases.map(\.rawValue)))
            }
        }
        guard let other, let days else { return nil }
        return Cadence.Relative(body: other, offsetDays: days, weekday: weekday, minGapDays: minGap)
    }
}
