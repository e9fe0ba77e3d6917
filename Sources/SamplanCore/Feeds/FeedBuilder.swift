public import ICal

/// Turns the schedule into calendar feeds: which meetings each feed shows, what each event says,
/// and the window of dates a feed covers. Pure: revisions and "today" come in as values.
///
/// ```swift
/// let contents = FeedBuilder.contents(configuration, asOf: today, year: nil)
/// let revisions = try store.reconcile(contents, now: now)          // SEQUENCE, CREATED, LAST-MODIFIED
/// let document = FeedBuilder.document(.body("samrad"), configuration: configuration, contents: contents, revisions: revisions)
/// let text = try CalendarWriter.render(document)
/// ```
public enum FeedBuilder {
    /// The dates a feed covers: the rolling window around `asOf`, or one calendar year.
    public static func window(_ configuration: Configuration, asOf: LocalDate, year: Int?) -> ClosedRange<LocalDate> {
        if let year {
            return LocalDate.first(ofYear: year)...LocalDate.last(ofYear: year)
        }
        let settings = configuration.settings
        var past = settings.windowPast
        past.isNegative.toggle()
        let start = past.adding(to: asOf)
        let end = settings.windowAhead.adding(to: asOf)
        return SupportedYears.clamp(min(start, asOf))...SupportedYears.clamp(max(end, asOf))
    }

    /// The content of every meeting any feed shows as of `asOf`: meetings starting in the window,
    /// cancelled ones only until their retention has passed. `agenda` supplies the agenda text of a
    /// meeting (the agenda builder's plain text), or nil for the built-in summary.
    public static func contents(
        _ configuration: Configuration, asOf: LocalDate, year: Int?, presenters: [String: [EventContent.Participant]] = [:],
        agenda: (Meeting) -> String? = { _ in nil }
    ) -> [EventContent] {
        let window = window(configuration, asOf: asOf, year: year)
        let schedule = ScheduleBuilder.build(configuration, years: window.lowerBound.year...window.upperBound.year)
        return schedule.meetings.filter { meeting in
            window.contains(meeting.start.local.date)
                && (meeting.status == .confirmed || isRetained(meeting.end.local.date, configuration, asOf: asOf))
        }.map { content(of: $0, configuration: configuration, presenters: presenters[$0.id] ?? [], agenda: agenda($0)) }
    }

    /// Whether a cancelled meeting that ended on `date` is still shown on `asOf`.
    public static func isRetained(_ date: LocalDate, _ configuration: Configuration, asOf: LocalDate) -> Bool {
        configuration.settings.cancelledRetention.adding(to: date) >= asOf
    }

    /// The UID of a meeting: `<org>-<meeting-id>@<domain>`.
    public static func uid(_ meetingID: String, _ configuration: Configuration) -> String {
        "\(configuration.organization.id)-\(meetingID)@\(configuration.organization.domain)"
    }

    /// The line linking a held meeting's public minutes, first in its event's DESCRIPTION; nil when
    /// the meeting has no minutes or they are not public.
    public static func minutesLine(of meetingID: String, _ configuration: Configuration) -> String? {
        guard configuration.settings.minutesPublic, configuration.minutes(of: meetingID) != nil else { return nil }
        return configuration.organization.language.words.feed.minutesLink("\(configuration.settings.publicURL)/minutes/\(meetingID).html")
    }

    /// The prefix of a cancelled meeting's SUMMARY.
    public static func cancelledPrefix(_ language: Language) -> String { language.words.meeting.cancelledMark + ": " }

    static func content(
        of meeting: Meeting, configuration: Configuration, presenters: [EventContent.Participant], agenda: String?
    ) -> EventContent {
        let language = configuration.organization.language
        let body = configuration.body(meeting.body)
        var participants: [EventContent.Participant] = (body?.members ?? []).compactMap { membership in
            guard let person = configuration.person(membership.person) else { return nil }
            let role: String =
                switch membership.role {
                case .chair: "chair"
                case .optional: "optional"
                default: "required"
                }
            return EventContent.Participant(name: person.name, title: person.title, email: person.email, role: role, person: person.id)
        }
        participants += presenters
        let areas = meeting.focus.compactMap { id in configuration.focusAreas.first { $0.id == id } }
        let url = "\(configuration.settings.publicURL)/agenda/\(meeting.id).html"
        let cancelled = meeting.status == .cancelled
        var description = EventDescription.text(
            meeting: meeting, body: body, areas: areas, participants: participants, agenda: agenda, url: url,
            language: language)
        if let line = minutesLine(of: meeting.id, configuration) { description = line + "\n" + description }
        return EventContent(
            uid: uid(meeting.id, configuration), meeting: meeting.id, body: meeting.body,
            summary: (cancelled ? cancelledPrefix(language) : "") + meeting.title, start: meeting.start.local, end: meeting.end.local,
            startEpoch: meeting.start.epochSeconds, location: meeting.location, description: description, url: url,
            focus: meeting.focus, categories: areas.map { "\($0.id) \($0.name)" }, cancelled: cancelled, participants: participants)
    }

    /// The contents a feed shows, in start order.
    public static func select(_ feed: Feed, from contents: [EventContent], configuration: Configuration) -> [EventContent] {
        let chosen: [EventContent]
        switch feed {
        case .all:
            chosen = contents
        case let .body(id):
            chosen = contents.filter { $0.body == id }
        case let .focus(id):
            chosen = contents.filter { $0.focus.contains(id) }
        case let .person(id):
            chosen = contents.filter { content in content.participants.contains { $0.person == id } }
        }
        return chosen.sorted { ($0.startEpoch, $0.uid) < ($1.startEpoch, $1.uid) }
    }

    /// The calendar of one feed. Public feeds carry no e-mail address: no ATTENDEE, and ORGANIZER
    /// only with the organization's functional address. Private feeds carry ORGANIZER (the strategist)
    /// and an ATTENDEE per member and presenter with an address.
    public static func document(
        _ feed: Feed, configuration: Configuration, contents: [EventContent], revisions: [String: EventRevision]
    ) -> CalendarDocument {
        let organization = configuration.organization
        let language = organization.language
        let settings = configuration.settings
        let organizer: CalendarEvent.Participant? =
            if feed.isPrivate {
                configuration.person(organization.strategist).flatMap { person in
                    person.email.map { CalendarEvent.Participant(name: person.name, email: $0) }
                }
            } else {
                organization.contact.map { CalendarEvent.Participant(name: organization.name, email: $0) }
            }
        let events = select(feed, from: contents, configuration: configuration).map { content -> CalendarEvent in
            let revision = revisions[content.uid] ?? EventRevision(sequence: 0, created: 0, lastModified: 0)
            let attendees: [CalendarEvent.Participant] =
                feed.isPrivate
                ? content.participants.compactMap { participant in
                    participant.email.map {
                        CalendarEvent.Participant(name: participant.name, email: $0, role: attendeeRole(participant.role))
                    }
                } : []
            return CalendarEvent(
                uid: content.uid, sequence: revision.sequence, created: revision.created, lastModified: revision.lastModified,
                start: content.start, end: content.end, summary: content.summary, location: content.location,
                description: content.description, url: content.url, categories: content.categories,
                status: content.cancelled ? .cancelled : .confirmed, organizer: organizer, attendees: attendees,
                alarm: content.cancelled ? nil : settings.alarm.map { CalendarEvent.Alarm(trigger: $0.description, description: content.summary) })
        }
        return CalendarDocument(
            productID: "-//samplan//samplan//\(language.rawValue.uppercased())", name: name(of: feed, configuration),
            timeZone: organization.timeZone, refreshInterval: settings.refresh.description, events: events)
    }

    static func attendeeRole(_ role: String) -> CalendarEvent.Participant.Role {
        switch role {
        case "chair": .chair
        case "optional": .optional
        default: .required
        }
    }

    /// The calendar's name as subscribers see it.
    public static func name(of feed: Feed, _ configuration: Configuration) -> String {
        let organization = configuration.organization
        let words = organization.language.words.feed
        switch feed {
        case let .body(id):
            return configuration.body(id)?.name ?? id
        case .all:
            return words.allMeetings(organization.name)
        case let .focus(id):
            let area = configuration.focusAreas.first { $0.id == id }
            return words.focusArea(organization.name, id + (area.map { " " + $0.name } ?? ""))
        case let .person(id):
            return organization.name + " – " + (configuration.person(id)?.name ?? id)
        }
    }
}
