import ICal
public import SamplanCore

/// Minnesanteckningar in municipal form, as Markdown or a printable HTML page: the body, date, time
/// and place; Närvarande, Frånvarande, Ersättare and Övriga deltagande with titles; the meeting's
/// items in order, numbered, each with its notes and Överenskommelser; the activities followed up;
/// the åtgärder agreed (Åtgärd | Ansvarig | Klart senast); the earlier åtgärder reported done; and
/// "Antecknat av" the strategist.
///
/// ```swift
/// let agenda = builder.agenda(for: "tl-2026-04-28", asOf: meetingDay)!
/// print(MinutesDocument.markdown(minutes, agenda: agenda, configuration: configuration))
/// ```
public enum MinutesDocument {
    /// The minutes as Markdown; `agenda` is the meeting's agenda (its items and their order).
    public static func markdown(_ minutes: Minutes, agenda: Agenda, configuration: Configuration) -> String {
        TemplateLibrary.render(MinutesView(minutes, agenda: agenda, configuration: configuration), template: "minutes.md")
    }

    /// The minutes as a complete printable HTML page.
    public static func html(_ minutes: Minutes, agenda: Agenda, configuration: Configuration) -> String {
        TemplateLibrary.render(MinutesView(minutes, agenda: agenda, configuration: configuration), template: "minutes.html")
    }
}

/// What the minutes templates read: every text in the organization's language.
struct MinutesView {
    struct Fact {
        let label: String
        let value: String
    }
    struct Group {
        let heading: String
        let names: [String]
    }
    struct Item {
        let number: Int
        let title: String
        let notes: String?
        let hasDecisions: Bool
        let decisions: [String]
    }
    struct FollowUpRow {
        let activity: String
        let status: String
        let text: String
    }
    struct ActionRow {
        let id: String
        let text: String
        let responsible: String
        let due: String
    }

    let lang: String
    let words: Words.MinutesWords
    let agendaWords: Words.AgendaWords
    /// "Resultat": the column of what was reported.
    let result: String
    let heading: String
    let facts: [Fact]
    let attendance: [Group]
    let items: [Item]
    let hasFollowUps: Bool
    let followUps: [FollowUpRow]
    let hasActions: Bool
    let actions: [ActionRow]
    let hasDone: Bool
    let done: [ActionRow]
    let recordedBy: String

    init(_ minutes: Minutes, agenda: Agenda, configuration: Configuration) {
        let language = configuration.organization.language
        let catalog = language.words
        let words = catalog.minutes
        let dates = DateText(language)
        let meeting = agenda.meeting
        lang = language.rawValue
        self.words = words
        agendaWords = catalog.agenda
        result = catalog.followUp.result
        heading = "\(words.heading) – \(meeting.title), \(dates.date(meeting.start.local.date))"
        var facts = [Fact(label: catalog.agenda.time, value: dates.span(meeting.start.local, meeting.end.local))]
        if let location = meeting.location { facts.append(Fact(label: catalog.agenda.place, value: location)) }
        self.facts = facts

        func name(_ id: String) -> String {
            guard let person = configuration.person(id) else { return id }
            if let title = person.title, !person.name.lowercased().contains(title.lowercased()) { return person.name + ", " + title }
            return person.name
        }
        let record = minutes.attendance
        var groups = [
            Group(heading: words.present, names: record.present.map(name)),
            Group(heading: words.absent, names: record.absent.map(name)),
            Group(heading: words.substitutes, names: record.substitutes.map { words.standingIn(name($0.person), name($0.standingInFor)) }),
            Group(
                heading: words.guests,
                names: record.guests.map { guest in
                    switch guest {
                    case let .person(id): name(id)
                    case let .named(guestName, organization): guestName + (organization.map { ", " + $0 } ?? "")
                    }
                }),
        ]
        groups.removeAll { $0.names.isEmpty }
        attendance = groups

        let normalize = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }
        let notes = Dictionary(minutes.items.map { (normalize($0.item), $0) }, uniquingKeysWith: { first, _ in first })
        items = agenda.items.enumerated().map { number, item in
            let note = notes[normalize(item.title)]
            return Item(
                number: number + 1, title: item.title, notes: note?.notes, hasDecisions: !(note?.decisions.isEmpty ?? true),
                decisions: note?.decisions ?? [])
        }
        let titles = Dictionary(configuration.activities.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        followUps = minutes.followUps.map {
            FollowUpRow(activity: titles[$0.activity] ?? $0.activity, status: $0.status?.label(in: language) ?? "", text: $0.text)
        }
        hasFollowUps = !followUps.isEmpty
        let row = { (action: Minutes.Action) in
            ActionRow(
                id: action.id, text: action.text, responsible: action.responsible.map(name) ?? "", due: action.due.map(dates.date) ?? "")
        }
        actions = minutes.actions.map(row)
        hasActions = !actions.isEmpty
        let agreed = Dictionary(configuration.minutes.flatMap(\.actions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        done = minutes.done.compactMap { agreed[$0] }.map(row)
        hasDone = !done.isEmpty
        recordedBy = words.recordedBy(configuration.person(configuration.organization.strategist).map { name($0.id) } ?? "")
    }
}
