public import ICal

/// The reminder a responsible person gets before a meeting (`followup.lead`): their activities that
/// lack follow-up for it, with every reason, their open åtgärder, and the link to their personal page.
/// One mail per person and meeting; `fingerprint` names its content, so the same reminder is never
/// sent twice.
///
/// ```swift
/// let agenda = AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: meeting, asOf: today)
/// let reminders = Reminder.reminders(for: agenda, configuration: configuration) { person in pageURL(person) }
/// reminders.first?.mail(from: sender, date: now, domain: "knivsta.example.se").subject   // "Uppföljning inför …"
/// ```
public struct Reminder: Hashable, Sendable {
    /// The meeting.
    public let meeting: Meeting
    /// The meeting's title and time, as the mail writes it.
    public let when: String
    /// The person reminded.
    public let person: Person
    /// Their activity lines: the title and every reason.
    public let activityLines: [String]
    /// Their open åtgärder, as lines.
    public let actionLines: [String]
    /// The ids of the activities and åtgärder reminded of.
    public let ids: [String]
    /// Their personal page.
    public let pageURL: String
    /// The language.
    public let language: Language

    public static func == (lhs: Reminder, rhs: Reminder) -> Bool { lhs.fingerprint == rhs.fingerprint }
    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    /// A digest of what the mail says: the same content is never sent twice.
    public var fingerprint: String {
        String(
            MailMessage.hash(([meeting.id, person.id, person.email ?? "", when, pageURL] + activityLines + actionLines).joined(separator: "\u{1F}")),
            radix: 16)
    }

    /// One reminder per responsible person with a flagged activity or an open åtgärd in `agenda`, in
    /// configured people order; `pageURL` gives each person's personal page (nil: no reminder).
    public static func reminders(for agenda: Agenda, configuration: Configuration, pageURL: (String) -> String?) -> [Reminder] {
        let language = configuration.organization.language
        let dates = DateText(language)
        let words = language.words
        let meeting = agenda.meeting
        guard meeting.status == .confirmed else { return [] }
        var activityLines: [String: [String]] = [:]
        var ids: [String: [String]] = [:]
        for lacking in agenda.lackingFollowUp {
            guard let person = lacking.activity.responsible else { continue }
            let reasons = lacking.flags.map { $0.message(in: language) }
            activityLines[person, default: []].append(([lacking.activity.title] + reasons).joined(separator: " – "))
            ids[person, default: []].append(lacking.activity.id)
        }
        var actionLines: [String: [String]] = [:]
        for open in agenda.openActions {
            guard let person = open.action.responsible else { continue }
            actionLines[person, default: []].append(
                open.action.text + (open.action.due.map { " (" + words.personal.due.lowercased() + " " + dates.date($0) + ")" } ?? ""))
            ids[person, default: []].append(open.action.id)
        }
        let when = "\(meeting.title) \(dates.span(meeting.start.local, meeting.end.local))"
        return configuration.people.compactMap { person in
            guard ids[person.id] != nil, let url = pageURL(person.id) else { return nil }
            return Reminder(
                meeting: meeting, when: when, person: person, activityLines: activityLines[person.id] ?? [],
                actionLines: actionLines[person.id] ?? [], ids: ids[person.id] ?? [], pageURL: url, language: language)
        }
    }

    init(
        meeting: Meeting, when: String, person: Person, activityLines: [String], actionLines: [String], ids: [String], pageURL: String,
        language: Language
    ) {
        self.meeting = meeting
        self.when = when
        self.person = person
        self.activityLines = activityLines
        self.actionLines = actionLines
        self.ids = ids
        self.pageURL = pageURL
        self.language = language
    }

    /// The subject: "Uppföljning inför Samråd HSVO Knivsta 14 maj 2026".
    public var subject: String {
        language.words.personal.reminderSubject("\(meeting.title) \(DateText(language).date(meeting.start.local.date))")
    }

    /// The mail to the person (nil when they have no e-mail address), from `sender`, dated `date`.
    public func mail(from sender: MailMessage.Address, date: Int, domain: String) -> MailMessage? {
        guard let email = person.email else { return nil }
        let words = language.words.personal
        let dates = DateText(language)
        var lines: [KallelseBuilder.Line] = [.paragraph(words.greeting(person.name))]
        if !activityLines.isEmpty {
            lines.append(.paragraph(words.reminderActivities(meeting.title, dates.span(meeting.start.local, meeting.end.local))))
            lines.append(.list(activityLines))
        }
        if !actionLines.isEmpty {
            lines.append(.paragraph(words.reminderActions))
            lines.append(.list(actionLines))
        }
        lines.append(.facts([], link: (words.reminderLink, pageURL)))
        let messageID = "<reminder.\(meeting.id).\(fingerprint)@\(domain)>"
        return MailMessage(
            from: sender, to: MailMessage.Address(name: person.name, email: email), subject: subject, date: date, messageID: messageID,
            text: KallelseBuilder.plain(lines), html: KallelseBuilder.html(lines, title: subject, language: language))
    }

    /// The strategist's summary of the reminders sent for `meeting`: who was reminded of how much.
    public static func summary(
        _ sent: [Reminder], meeting: Meeting, to strategist: MailMessage.Address, from sender: MailMessage.Address, date: Int, domain: String,
        language: Language
    ) -> MailMessage {
        let words = language.words.personal
        let dates = DateText(language)
        let title = "\(meeting.title) \(dates.date(meeting.start.local.date))"
        let lines: [KallelseBuilder.Line] = [
            .paragraph(words.summaryIntro(title)),
            .list(sent.map { words.summaryLine($0.person.name, words.counts("\($0.activityLines.count)", "\($0.actionLines.count)")) }),
        ]
        let subject = words.summarySubject(title)
        let tag = String(MailMessage.hash(sent.map(\.fingerprint).joined(separator: ",")), radix: 16)
        return MailMessage(
            from: sender, to: strategist, subject: subject, date: date, messageID: "<reminder-summary.\(meeting.id).\(tag)@\(domain)>",
            text: KallelseBuilder.plain(lines), html: KallelseBuilder.html(lines, title: subject, language: language))
    }
}
