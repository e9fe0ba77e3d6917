import ICal
public import SamplanCore

/// An agenda draft as the strategist sends it out: Markdown, or a complete printable HTML page
/// (UTF-8, semantic headings, a table per focus area) that can be pasted into Word. Swedish or English.
///
/// The public agenda (`publicMarkdown`, `publicHTML`) is the same document for anyone who follows a
/// calendar link: the meeting, its items, focus areas with delmål and activities (title and status)
/// and the presenters, without what only the strategist reads: who is called, who is responsible for
/// an activity, its latest follow-up, the activities lacking follow-up, an overrun and the next meeting.
///
/// ```swift
/// let agenda = AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: "tl-2025-04-22", asOf: today)!
/// print(AgendaDocument.markdown(agenda, language: .sv))   // "# Dagordning – Tjänsteledning HSVO Knivsta, 22 april 2025 …"
/// print(AgendaDocument.publicHTML(agenda, language: .sv)) // "<!DOCTYPE html>…", for anyone
/// ```
public enum AgendaDocument {
    /// The strategist's draft as Markdown.
    public static func markdown(_ agenda: Agenda, language: Language) -> String {
        TemplateLibrary.render(AgendaView(agenda, language: language, draft: true), template: "agenda.md")
    }

    /// The strategist's draft as a complete HTML page.
    public static func html(_ agenda: Agenda, language: Language) -> String {
        TemplateLibrary.render(AgendaView(agenda, language: language, draft: true), template: "agenda.html")
    }

    /// The public agenda as Markdown.
    public static func publicMarkdown(_ agenda: Agenda, language: Language) -> String {
        TemplateLibrary.render(AgendaView(agenda, language: language, draft: false), template: "agenda.md")
    }

    /// The public agenda as a complete HTML page.
    public static func publicHTML(_ agenda: Agenda, language: Language) -> String {
        TemplateLibrary.render(AgendaView(agenda, language: language, draft: false), template: "agenda.html")
    }
}

/// What the agenda templates read: every text already in the right language. Built for the
/// strategist's draft (`draft`) or for the public; the public view leaves the strategist's parts
/// empty, so no template section can show them, and the templates drop their headings and columns.
struct AgendaView {
    struct Fact {
        let label: String
        let value: String
    }
    struct ItemRow {
        let number: Int
        let time: String
        let title: String
    }
    struct GoalLine {
        let label: String
    }
    struct ActivityRow {
        let goal: String
        let title: String
        let responsible: String
        let status: String
        let followUp: String
    }
    struct FocusBlock {
        let heading: String
        let goals: [GoalLine]
        let rows: [ActivityRow]
        let hasActivities: Bool
    }
    struct PresentationRow {
        let time: String
        let presenter: String
        let topic: String
    }
    struct LackingRow {
        let title: String
        let goal: String
        let who: String
        let reasons: String
    }
    struct ActionRow {
        let text: String
        let responsible: String
        let due: String
        let agreedAt: String
    }

    let lang: String
    let words: Words.AgendaWords
    /// The strategist's draft; false for the public agenda.
    let draft: Bool
    let heading: String
    let cancelled: String?
    let facts: [Fact]
    let items: [ItemRow]
    let overrun: String?
    let focus: [FocusBlock]
    let hasPresentations: Bool
    let presentations: [PresentationRow]
    let hasLacking: Bool
    let lacking: [LackingRow]
    /// The year's activity list is missing (draft only): said instead of "all followed up".
    let missingList: String?
    let hasOpenActions: Bool
    let openActions: [ActionRow]
    let nextMeeting: String?
    let footer: String

    init(_ agenda: Agenda, language: Language, draft: Bool) {
        let catalog = language.words
        let words = catalog.agenda
        let said = catalog.meeting
        let dates = DateText(language)
        let meeting = agenda.meeting
        lang = language.rawValue
        self.words = words
        self.draft = draft
        heading = "\(words.agenda) – \(meeting.title), \(dates.date(meeting.start.local.date))"
        cancelled =
            meeting.status == .cancelled ? said.labelled(said.cancelledMark, reason: meeting.cancellationReason) : nil

        var facts = [Fact(label: words.time, value: dates.span(meeting.start.local, meeting.end.local))]
        if let location = meeting.location { facts.append(Fact(label: words.place, value: location)) }
        if let online = meeting.online { facts.append(Fact(label: words.online, value: online)) }
        if let follows = meeting.follows {
            facts.append(Fact(label: said.moved, value: said.fromNote(dates.longDate(follows.from), reason: follows.reason(in: language))))
        }
        if let shift = meeting.shift {
            facts.append(Fact(label: said.moved, value: said.fromNote(dates.longDate(shift.from), reason: shift.reason.text(in: language))))
        }
        if let move = meeting.move {
            facts.append(Fact(label: said.moved, value: said.fromNote(dates.dateTime(move.previousStart), reason: move.reason)))
        }
        if meeting.isExtra { facts.append(Fact(label: said.extra, value: meeting.extraReason ?? said.yes)) }
        if let link = agenda.previousMinutesURL, draft || agenda.previousMinutesPublic {
            facts.append(Fact(label: words.previousMinutes, value: link))
        }
        if draft, !agenda.participants.isEmpty {
            let names = agenda.participants.map { participant in
                participant.name + (words.role(participant.role).map { " (" + $0 + ")" } ?? "")
            }
            facts.append(Fact(label: words.called, value: names.joined(separator: ", ")))
        }
        self.facts = facts

        items = agenda.outline.enumerated().map { number, line in
            ItemRow(number: number + 1, time: dates.clock(line.start, line.end), title: line.title ?? words.presenters)
        }
        overrun = draft ? agenda.overrun.map { said.labelled(said.note, reason: $0.message(in: language)) } : nil
        let fromYear = { (origin: Int?) in origin.map { " (" + catalog.followUp.fromYear("\($0)") + ")" } ?? "" }
        focus = agenda.focus.map { area in
            let rows = area.goals.flatMap { goal in
                goal.activities.map { line in
                    ActivityRow(
                        goal: goal.goal.id, title: line.activity.title + fromYear(line.origin), responsible: draft ? line.responsible ?? "" : "",
                        status: line.latest?.status?.label(in: language) ?? words.noStatusMark,
                        followUp: draft ? line.latest.map { dates.date($0.date) + ": " + $0.text } ?? "" : "")
                }
            }
            return FocusBlock(
                heading: "\(words.focusArea) \(area.id). \(area.name)"
                    + (area.carriedFrom.map { " (" + said.carriedFrom(dates.date($0)) + ")" } ?? ""),
                goals: area.goals.map { GoalLine(label: "\($0.goal.id). \($0.goal.text)") }, rows: rows, hasActivities: !rows.isEmpty)
        }
        presentations = agenda.presentations.map { item, presentation in
            PresentationRow(time: dates.clock(item.start, item.end), presenter: presentation.presenterLine, topic: presentation.topicLine(in: language))
        }
        hasPresentations = !presentations.isEmpty
        lacking = (draft ? agenda.lackingFollowUp : []).map { lacking in
            LackingRow(
                title: lacking.activity.title + fromYear(lacking.origin), goal: lacking.activity.goal,
                who: lacking.responsible ?? "–",
                reasons: lacking.flags.map { $0.reason(in: language) }.joined(separator: "; "))
        }
        hasLacking = !lacking.isEmpty
        missingList = draft ? agenda.missingActivityList.map { $0.message(in: language) } : nil
        openActions = (draft ? agenda.openActions : []).map { open in
            ActionRow(
                text: open.action.text, responsible: open.responsible ?? "", due: open.action.due.map(dates.date) ?? "",
                agreedAt: open.agreedOn.map(dates.date) ?? open.action.meeting)
        }
        hasOpenActions = !openActions.isEmpty
        nextMeeting = draft ? agenda.nextMeeting.map { dates.span($0.start.local, $0.end.local) } : nil
        footer = words.footer(dates.date(agenda.asOf))
    }
}

extension Words.AgendaWords {
    /// "ordförande", "sekreterare" …; nil for an ordinary member.
    func role(_ role: Body.Membership.Role) -> String? {
        switch role {
        case .member: nil
        case .chair: chair
        case .viceChair: viceChair
        case .secretary: secretary
        case .optional: optional
        }
    }
}
