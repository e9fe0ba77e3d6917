public import ICal

/// Writes the kallelse mails of one meeting: the public dagordning (never the strategist's draft),
/// time, place and link, whom to tell of förhinder and by when, the ersättare to call, and for people
/// on `invitation` the calendar invitation built from the same event content as the feeds. Pure: the
/// feed content and its revision come in as values.
///
/// ```swift
/// let builder = KallelseBuilder(configuration: configuration, agenda: agenda, content: content, revision: revision, organizer: organizer)
/// let kallelse = builder.kallelse(for: recipient, kind: .call, previous: nil)
/// ```
public struct KallelseBuilder: Sendable {
    let configuration: Configuration
    let agenda: Agenda
    let content: EventContent
    let revision: EventRevision
    let organizer: CalendarEvent.Participant
    let words: Words
    let dates: DateText

    /// A builder for the meeting of `agenda`; `content` and `revision` are its feed event's.
    public init(configuration: Configuration, agenda: Agenda, content: EventContent, revision: EventRevision, organizer: CalendarEvent.Participant) {
        self.configuration = configuration
        self.agenda = agenda
        self.content = content
        self.revision = revision
        self.organizer = organizer
        words = configuration.organization.language.words
        dates = DateText(configuration.organization.language)
    }

    var meeting: Meeting { agenda.meeting }

    /// The last day to report förhinder: the meeting's day less `kallelse.deadline`, or the working
    /// day before when that is a weekend or a public holiday (closed periods and avoided days do not
    /// count: the office is reachable then, and a deadline must not jump back over a summer break).
    public var deadline: LocalDate {
        var back = configuration.settings.kallelseDeadline
        back.isNegative.toggle()
        let date = back.adding(to: meeting.start.local.date)
        let days = WorkingCalendar(rules: HolidayRules(swedishHolidays: configuration.holidays.swedishHolidays), years: (date.year - 1)...date.year)
        return days.shift(date, policy: .previousWorkingDay).date
    }

    /// The förhinder line: "Anmäl förhinder till Namn <adress> senast tisdag 12 maj 2026."
    public var absenceLine: String {
        let id = configuration.settings.kallelseReplyTo ?? configuration.organization.strategist
        let person = configuration.person(id)
        let contact = person.map { KallelseRecipient.named($0.name, $0.email ?? configuration.organization.contact) } ?? id
        return words.kallelse.reportAbsence(contact, dates.longDate(deadline))
    }

    /// What `recipient` would be told now: nil when they are no longer called (not a recipient).
    public func record(for recipient: KallelseRecipient?) -> KallelseRecord? {
        guard let recipient else { return nil }
        var digest = Fingerprint()
        for part in [
            meeting.start.local.description, meeting.end.local.description, meeting.location ?? "", meeting.online ?? "", meeting.title,
            agenda.plainText(in: configuration.organization.language), absenceLine, recipient.substitute ?? "", recipient.channel.rawValue,
        ] { digest.add(part) }
        var record = KallelseRecord(
            fingerprint: digest.hex, start: meeting.start.local.description, end: meeting.end.local.description, location: meeting.location,
            cancelled: meeting.status == .cancelled, sequence: revision.sequence)
        record.name = recipient.name
        record.email = recipient.email
        record.channel = recipient.channel
        return record
    }

    /// The mail of `kind` to `recipient`, who was last told `previous`. `called` is false for someone
    /// who no longer takes part (a cancellation to them says so instead of "inställt").
    public func kallelse(for recipient: KallelseRecipient, kind: Kallelse.Kind, previous: KallelseRecord?, called: Bool = true) -> Kallelse {
        let title = meeting.title + " " + dates.date(meeting.start.local.date)
        let text = words.kallelse
        let subject: String
        var lines: [Line] = []
        switch kind {
        case .call:
            subject = text.subject(title)
            lines = callLines(recipient)
        case .update where recipient.channel == .feed:
            subject = text.movedSubject(title)
            lines.append(.paragraph(text.moved(meeting.title, span)))
            if let previous, let before = Self.span(previous, dates) { lines.append(.paragraph(text.previously(before))) }
            lines.append(.paragraph(text.feedNote))
        case .update:
            subject = text.changedSubject(title)
            lines.append(.strong(text.changed))
            lines += changes(since: previous)
            lines += callLines(recipient)
        case .cancel:
            subject = text.cancelledSubject(title)
            if called {
                lines.append(.paragraph(text.cancelled(meeting.title, span)))
                if let reason = meeting.cancellationReason { lines.append(.paragraph(reason)) }
            } else {
                lines.append(.paragraph(text.noLongerCalled(meeting.title, span)))
            }
            if recipient.channel == .feed { lines.append(.paragraph(text.feedNote)) }
        }
        let calendar = recipient.channel == .invitation ? calendarText(for: recipient, cancel: kind == .cancel) : nil
        var recorded = record(for: recipient) ?? KallelseRecord(fingerprint: "", start: "", end: "", location: nil, cancelled: true, sequence: 0)
        if kind == .cancel { recorded.cancelled = true }
        recorded.sequence = calendar?.sequence ?? revision.sequence
        return Kallelse(
            meeting: meeting.id, recipient: recipient, kind: kind, subject: subject, text: Self.plain(lines),
            html: Self.html(lines, title: subject, language: configuration.organization.language), calendar: calendar?.text,
            method: calendar?.method, sequence: recorded.sequence, record: recorded)
    }

    private var span: String { dates.span(meeting.start.local, meeting.end.local) }

    private static func span(_ record: KallelseRecord, _ dates: DateText) -> String? {
        // `LocalDateTime.description` ends in ":00" seconds, which the reader does not take.
        guard let start = LocalDateTime(text: record.start.dropLast(3)), let end = LocalDateTime(text: record.end.dropLast(3)) else { return nil }
        return dates.span(start, end)
    }

    private func changes(since previous: KallelseRecord?) -> [Line] {
        guard let previous else { return [] }
        var list: [String] = []
        let text = words.kallelse
        if previous.start != meeting.start.local.description || previous.end != meeting.end.local.description {
            list.append(text.newTime + ": " + span + (Self.span(previous, dates).map { " (" + text.previously($0) + ")" } ?? ""))
        }
        if previous.location != meeting.location {
            list.append(text.newPlace + ": " + (meeting.location ?? "–") + (previous.location.map { " (" + text.previously($0) + ")" } ?? ""))
        }
        if list.isEmpty { list.append(text.agendaChanged) }
        return [.list(list)]
    }

    private func callLines(_ recipient: KallelseRecipient) -> [Line] {
        let text = words.kallelse
        let labels = words.agenda
        let body = configuration.body(meeting.body)?.name ?? meeting.title
        var facts: [(String, String)] = [(text.date, dates.longDate(meeting.start.local.date))]
        facts.append(
            (
                labels.time,
                meeting.start.local.date == meeting.end.local.date ? dates.clockSpan(meeting.start.local.time, meeting.end.local.time) : span
            ))
        if let location = meeting.location { facts.append((labels.place, location)) }
        // Why the meeting is not on its usual day, as the agenda says it.
        let said = words.meeting
        let language = configuration.organization.language
        if let follows = meeting.follows {
            facts.append((said.moved, said.fromNote(dates.longDate(follows.from), reason: follows.reason(in: language))))
        }
        if let shift = meeting.shift {
            facts.append((said.moved, said.fromNote(dates.longDate(shift.from), reason: shift.reason.text(in: language))))
        }
        if let move = meeting.move { facts.append((said.moved, said.fromNote(dates.dateTime(move.previousStart), reason: move.reason))) }
        var lines: [Line] = [.paragraph(text.called(body)), .facts(facts, link: meeting.online.map { (labels.online, $0) })]
        lines.append(.paragraph(absenceLine))
        if let substitute = recipient.substitute { lines.append(.paragraph(text.callSubstitute(substitute))) }
        lines.append(.agenda(agenda, configuration.organization.language))
        lines.append(.paragraph(recipient.channel == .invitation ? text.invitationNote : text.feedNote))
        return lines
    }

    /// The iMIP calendar: the feed's event with ORGANIZER and the recipient as the one ATTENDEE.
    private func calendarText(for recipient: KallelseRecipient, cancel: Bool) -> (text: String, method: CalendarDocument.Method, sequence: Int)? {
        let method: CalendarDocument.Method = cancel ? .cancel : .request
        let event = CalendarEvent(
            uid: content.uid, sequence: revision.sequence, created: revision.created, lastModified: revision.lastModified, start: content.start,
            end: content.end, summary: content.summary, location: content.location, description: content.description, url: content.url,
            categories: content.categories, status: cancel ? .cancelled : .confirmed, organizer: organizer,
            attendees: [CalendarEvent.Participant(name: recipient.name, email: recipient.email, role: recipient.role, rsvp: !cancel)])
        let document = CalendarDocument(
            productID: "-//samplan//samplan//\(configuration.organization.language.rawValue.uppercased())", name: meeting.title,
            timeZone: configuration.organization.timeZone, events: [event], method: method)
        guard let text = try? CalendarWriter.render(document) else { return nil }
        return (text, method, revision.sequence)
    }
}
