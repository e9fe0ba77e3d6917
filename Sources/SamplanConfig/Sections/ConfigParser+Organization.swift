import ICal
import SamplanCore

extension ConfigParser {
    /// Reads samplan.yaml: organization, holidays and the operational settings.
    func readMain(_ document: YAMLDocument) -> (Organization, HolidayRules, Settings)? {
        guard
            let root = document.root.mapping(
                diagnostics,
                keys: ["organization", "holidays", "server", "state", "drafts", "followup", "feeds", "report", "minutes", "kallelse", "mail"])
        else { return nil }
        let organization = root.required("organization").flatMap(readOrganization)
        let holidays = root.optional("holidays").flatMap(readHolidays) ?? HolidayRules()
        var settings = Settings()
        if let server = root.optional("server")?.mapping(diagnostics, keys: ["listen", "public_url"]) {
            if let listen = server.optional("listen")?.text(diagnostics) { settings.listen = listen }
            if let url = server.optional("public_url")?.text(diagnostics) {
                settings.publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
            }
        }
        if let state = root.optional("state")?.mapping(diagnostics, keys: ["path"]) {
            settings.statePath = state.optional("path")?.text(diagnostics)
        }
        if let drafts = root.optional("drafts")?.mapping(diagnostics, keys: ["lead", "directory", "notify"]) {
            if let lead = drafts.optional("lead")?.duration(diagnostics) { settings.draftsLead = lead }
            settings.draftsDirectory = drafts.optional("directory")?.text(diagnostics)
            settings.notifyCommand = drafts.optional("notify")?.text(diagnostics)
        }
        if let followup = root.optional("followup")?.mapping(diagnostics, keys: ["lead"]) {
            if let lead = followup.optional("lead")?.duration(diagnostics) { settings.followupLead = lead }
        }
        if let feeds = root.optional("feeds")?.mapping(diagnostics, keys: ["window_past", "window_ahead", "refresh", "cancelled_retention", "alarm"])
        {
            if let value = feeds.optional("window_past")?.duration(diagnostics) { settings.windowPast = value }
            if let value = feeds.optional("window_ahead")?.duration(diagnostics) { settings.windowAhead = value }
            if let value = feeds.optional("refresh")?.meetingLength(diagnostics) { settings.refresh = value }
            if let value = feeds.optional("cancelled_retention")?.duration(diagnostics) { settings.cancelledRetention = value }
            settings.alarm = feeds.optional("alarm")?.duration(diagnostics)
        }
        if let minutes = root.optional("minutes")?.mapping(diagnostics, keys: ["public"]) {
            if let value = minutes.optional("public")?.bool(diagnostics) { settings.minutesPublic = value }
        }
        if let report = root.optional("report")?.mapping(diagnostics, keys: ["title"]) {
            settings.reportTitle = report.optional("title")?.text(diagnostics)
        }
        if let kallelse = root.optional("kallelse")?.mapping(diagnostics, keys: ["lead", "reply_to", "deadline"]) {
            if let lead = kallelse.optional("lead")?.duration(diagnostics) { settings.kallelseLead = lead }
            if let deadline = kallelse.optional("deadline")?.duration(diagnostics) { settings.kallelseDeadline = deadline }
            if let value = kallelse.optional("reply_to"), let person = value.id(diagnostics) {
                refer(.person, person, at: value.position)
                settings.kallelseReplyTo = person
            }
        }
        if let mail = root.optional("mail")?.mapping(diagnostics, keys: ["command"]) {
            settings.mailCommand = mail.optional("command")?.text(diagnostics)
        }
        guard let organization else { return nil }
        return (organization, holidays, settings)
    }

    private func readOrganization(_ value: Value) -> Organization? {
        guard let map = value.mapping(diagnostics, keys: ["id", "name", "timezone", "locale", "strategist", "domain", "contact"]) else { return nil }
        let id = map.required("id")?.id(diagnostics)
        let name = map.required("name")?.text(diagnostics)
        var timeZone = "Europe/Stockholm"
        if let zone = map.optional("timezone"), let text = zone.text(diagnostics) {
            if TimeZoneCatalog.isKnown(text), ZoneRules(identifier: text) != nil {
                timeZone = text
            } else {
                diagnostics.report(zone.position, .unknownTimeZone(text))
            }
        }
        let language = map.optional("locale")?.choice(diagnostics, of: Language.self) ?? .sv
        var strategist: String?
        if let value = map.required("strategist"), let person = value.id(diagnostics) {
            refer(.person, person, at: value.position)
            strategist = person
        }
        let domain = map.required("domain")?.text(diagnostics)
        let contact = map.optional("contact")?.text(diagnostics)
        guard let id, let name, let strategist, let domain else { return nil }
        return Organization(
            id: id, name: name, timeZone: timeZone, language: language, strategist: strategist,
            domain: domain, contact: contact)
    }

    private func readHolidays(_ value: Value) -> HolidayRules? {
        guard let map = value.mapping(diagnostics, keys: ["country", "closed", "policy", "avoid"]) else { return nil }
        var rules = HolidayRules()
        if let country = map.optional("country"), let text = country.text(diagnostics) {
            if text.uppercased() == "SE" {
                rules.swedishHolidays = true
            } else if text.lowercased() == "none" {
                rules.swedishHolidays = false
            } else {
                diagnostics.report(country.position, .invalidChoice(text, allowed: ["SE", "none"]))
            }
        }
        rules.closed = items(map, "closed", readClosedPeriod)
        rules.policy = map.optional("policy")?.choice(diagnostics, of: ShiftPolicy.self) ?? .nextWorkingDay
        if let avoid = map.optional("avoid") {
            let entries: [Value] = avoid.isScalar ? [avoid] : avoid.list(diagnostics) ?? []
            rules.avoid = Set(entries.compactMap { $0.choice(diagnostics, of: AvoidedDays.self, aliases: ["klamdagar": .bridgeDays]) })
        }
        return rules
    }

    private func readClosedPeriod(_ value: Value) -> ClosedPeriod? {
        guard let map = value.mapping(diagnostics, keys: ["from", "to", "name"]) else { return nil }
        let from = map.required("from").flatMap(readDayOrDate)
        let to = map.required("to").flatMap(readDayOrDate)
        let name = map.optional("name")?.text(diagnostics) ?? "Uppehåll"
        guard let from, let to else { return nil }
        switch (from, to) {
        case let (.left(a), .left(b)):
            return ClosedPeriod(span: .yearly(fromMonth: a.month, fromDay: a.day, toMonth: b.month, toDay: b.day), name: name)
        case let (.right(a), .right(b)):
            if b < a {
                diagnostics.report(map.position, .fromAfterUntil)
                return nil
            }
            return ClosedPeriod(span: .fixed(from: a, to: b), name: name)
        default:
            diagnostics.report(map.position, .invalidMonthDay("\(from) / \(to)"))
            return nil
        }
    }

    /// `MM-DD` (yearly; read in a leap year so 02-29 is allowed) or a full date.
    private func readDayOrDate(_ value: Value) -> Either<LocalDate, LocalDate>? {
        guard let text = value.text(diagnostics) else { return nil }
        if let date = LocalDate(iso: text) { return value.supported(date, text, diagnostics).map { .right($0) } }
        if text.count == 5, let date = LocalDate(iso: "2000-" + text) { return .left(date) }
        diagnostics.report(value.position, .invalidMonthDay(text))
        return nil
    }
}

/// A month-day (`left`) or a full date (`right`).
enum Either<L, R> {
    case left(L)
    case right(R)
}
