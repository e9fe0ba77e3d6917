import ICal

extension Agenda {
    /// The agenda as plain text, for an iCalendar DESCRIPTION: numbered items with clock times, the
    /// focus areas with their delmål and activities (title and status), invited presenters with their
    /// times and topics. The same text goes into public and private feeds, so it holds only what the
    /// public agenda page shows: no follow-up flags (neither the activities lacking follow-up nor an
    /// agenda overrun), no responsible persons, no addresses; those stay in the strategist's draft.
    /// No links (the feed adds its own around it); lines end with "\n".
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
        let words = language.words
        let text = words.agenda
        let dates = DateText(language)
        var out = ""
        out.reserveCapacity(1024)
        func line(_ parts: String...) {
            for part in parts { out += part }
            out += "\n"
        }
        line(text.agenda)
        for (number, entry) in outline.enumerated() {
            line("\(number + 1). ", dates.clock(entry.start, entry.end), " ", entry.title ?? text.presenters)
        }
        for area in focus {
            line()
            line(text.focusArea, " ", area.id, ". ", area.name, area.carriedFrom.map { " (" + words.meeting.carriedFrom(dates.date($0)) + ")" } ?? "")
            for goal in area.goals {
                line(text.goal, " ", goal.goal.id, ". ", goal.goal.text)
                for activity in goal.activities {
                    let status = activity.latest?.status.map { $0.label(in: language).lowercased() } ?? text.noStatus
                    let origin = activity.origin.map { ", " + words.followUp.fromYear("\($0)") } ?? ""
                    line("- ", activity.activity.title, " (", status, origin, ")")
                }
            }
        }
        let presentations = presentations
        if !presentations.isEmpty {
            line()
            line(text.presenters)
            for (item, presentation) in presentations {
                line(dates.clock(item.start, item.end), " ", presentation.presenterLine, ": ", presentation.topicLine(in: language))
            }
        }
        return out
    }
}
