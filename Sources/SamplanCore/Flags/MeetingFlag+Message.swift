import ICal

extension MeetingFlag {
    /// A whole sentence for the strategist, in `language`:
    /// "Aktiviteten ”Följa upp …” har ingen uppföljning efter föregående möte (9 januari 2025)."
    public func message(in language: Language) -> String {
        let sv = language == .sv
        switch rule {
        case .doubleBooked:
            return (sv ? "\(subject) är kallad till ett annat möte samtidigt: " : "\(subject) is booked into another meeting at the same time: ")
                + reason(in: language) + "."
        case .agendaOverrun:
            return (sv ? "Dagordningen för \(subject) " : "The agenda of \(subject) ") + reason(in: language) + "."
        default:
            let quoted = sv ? "Aktiviteten ”\(subject)”" : "The activity “\(subject)”"
            return quoted + " " + predicate(in: language) + "."
        }
    }

    /// A short reason, as the agenda lists it after an activity: "ingen uppföljning efter föregående möte (9 januari 2025)".
    public func reason(in language: Language) -> String {
        let sv = language == .sv
        let dates = DateText(language)
        switch (rule, detail) {
        case (.noFollowUp, _):
            return sv ? "ingen uppföljning" : "no follow-up"
        case let (.stale, .previousMeeting(date)):
            return sv
                ? "ingen uppföljning efter föregående möte (\(dates.date(date)))"
                : "no follow-up since the previous meeting (\(dates.date(date)))"
        case let (.overdue, .due(due, status)):
            let label = status.map { $0.label(in: language).lowercased() }
            return sv
                ? "skulle vara klar \(dates.date(due)), " + (label.map { "status \($0)" } ?? "saknar status")
                : "was due \(dates.date(due)), " + (label.map { "status \($0)" } ?? "no status yet")
        case let (.movedDue, .movedTo(year)):
            return sv ? "flyttad till \(year), ingen uppföljning under \(year)" : "moved to \(year), no follow-up in \(year)"
        case (.noResponsible, _):
            return sv ? "ingen ansvarig" : "nobody responsible"
        case let (.doubleBooked, .overlap(_, title, start, end)):
            return "\(title), \(dates.span(start, end))"
        case let (.agendaOverrun, .overrun(planned, available)):
            return sv
                ? "tar \(dates.minutes(planned)) men mötet är \(dates.minutes(available)) (\(dates.minutes(planned - available)) för mycket)"
                : "takes \(dates.minutes(planned)) but the meeting lasts \(dates.minutes(available)) (\(dates.minutes(planned - available)) too long)"
        default:
            return rule.rawValue
        }
    }

    /// The activity sentences after the title: "har ingen uppföljning".
    private func predicate(in language: Language) -> String {
        let sv = language == .sv
        let dates = DateText(language)
        switch (rule, detail) {
        case (.noFollowUp, _):
            return sv ? "har ingen uppföljning" : "has no follow-up"
        case let (.stale, .previousMeeting(date)):
            return sv
                ? "har ingen uppföljning efter föregående möte (\(dates.date(date)))"
                : "has no follow-up since the previous meeting (\(dates.date(date)))"
        case let (.overdue, .due(due, status)):
            guard let status else {
                return sv ? "skulle vara klar \(dates.date(due)) men saknar status" : "was due \(dates.date(due)) and has no status yet"
            }
            let label = status.label(in: language).lowercased()
            return sv ? "skulle vara klar \(dates.date(due)) men har status \(label)" : "was due \(dates.date(due)) but is \(label)"
        case let (.movedDue, .movedTo(year)):
            return sv
                ? "flyttades till \(year) men har ingen uppföljning under \(year)" : "was moved to \(year) but has no follow-up in \(year)"
        case (.noResponsible, _):
            return sv ? "har ingen ansvarig person" : "has nobody responsible"
        default:
            return reason(in: language)
        }
    }
}
