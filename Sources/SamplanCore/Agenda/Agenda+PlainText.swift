public import ICal

extension Agenda {
    /// The agenda as plain text, for an iCalendar DESCRIPTION: numbered items with clock times, the
    /// focus areas with their delmål and activities, invited presenters with their times, the
    /// activities lacking follow-up. No links (the feed adds its own around it); lines end with "\n".
    /// Nothing in it depends on another meeting's date, so a later meeting's move or cancellation
    /// never changes an earlier meeting's feed event (the calendar shows the next meeting anyway).
    ///
    /// ```
    /// Dagordning
    /// 1. 13.00–13.05 Mötets öppnande
    /// …
    /// Fokusområde C. Kompetensförsörjning
    /// Delmål C1. Kompetensförsörjningen präglas av …
    /// - I samverkan skapa gemensamma utbildningstillfällen … (pågående)
    /// ```
    public func plainText(in language: Language) -> String {
        let text = AgendaWords(language)
        let dates = DateText(language)
        var out = ""
        out.reserveCapacity(1024)
        func line(_ parts: String...) {
            for part in parts { out += part }
            out += "\n"
        }
        line(text.agenda)
        for (number, entry) in outline.enumerated() {
            line("\(number + 1). ", text.clock(entry.start, entry.end, dates), " ", entry.title ?? text.presenters)
        }
        if let overrun { line(text.note, overrun.message(in: language)) }
        for area in focus {
            line()
            line(text.focusArea, " ", area.id, ". ", area.name)
            for goal in area.goals {
                line(text.goal, " ", goal.goal.id, ". ", goal.goal.text)
                for activity in goal.activities {
                    let status = activity.latest.map { $0.status.label(in: language).lowercased() } ?? text.noStatus
                    line("- ", activity.activity.title, " (", status, ")")
                }
            }
        }
        let presentations = presentations
        if !presentations.isEmpty {
            line()
            line(text.presenters)
            for (item, presentation) in presentations {
                line(text.clock(item.start, item.end, dates), " ", presentation.presenterLine, ": ", presentation.topic)
            }
        }
        if !followUpFlags.isEmpty {
            line()
            line(text.lacking)
            // The flags come grouped by activity: one line per activity, its reasons after the title.
            var previous: String?
            for flag in followUpFlags {
                if flag.activity == previous {
                    out += "; "
                } else {
                    if previous != nil { out += "\n" }
                    out += "- " + flag.subject + ": "
                    previous = flag.activity
                }
                out += flag.reason(in: language)
            }
            out += "\n"
        }
        return out
    }
}

/// The fixed words of an agenda in one language: the one place for them, used by the plain text
/// here and by the Markdown and HTML drafts.
public struct AgendaWords: Sendable {
    /// "Dagordning".
    public let agenda: String
    /// "Fokusområde".
    public let focusArea: String
    /// "Delmål".
    public let goal: String
    /// "Inbjudna föredragande".
    public let presenters: String
    /// "Aktiviteter som saknar uppföljning".
    public let lacking: String
    /// "Nästa möte".
    public let next: String
    /// "ingen status".
    public let noStatus: String
    /// "OBS: ".
    public let note: String

    /// The words in `language`.
    public init(_ language: Language) {
        let sv = language == .sv
        agenda = sv ? "Dagordning" : "Agenda"
        focusArea = sv ? "Fokusområde" : "Focus area"
        goal = sv ? "Delmål" : "Goal"
        presenters = sv ? "Inbjudna föredragande" : "Invited presenters"
        lacking = sv ? "Aktiviteter som saknar uppföljning" : "Activities lacking follow-up"
        next = sv ? "Nästa möte" : "Next meeting"
        noStatus = sv ? "ingen status" : "no status"
        note = sv ? "OBS: " : "NOTE: "
    }

    /// "13.00–13.05", or "13.00" for an item without a length.
    public func clock(_ start: LocalDateTime, _ end: LocalDateTime?, _ dates: DateText) -> String {
        guard let end else { return dates.time(start.time) }
        return dates.clockSpan(start.time, end.time)
    }
}
