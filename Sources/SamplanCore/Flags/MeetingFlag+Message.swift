import ICal

extension MeetingFlag {
    /// A whole sentence for the strategist, in `language`:
    /// "Aktiviteten ”Följa upp …” har ingen uppföljning efter föregående möte (9 januari 2025)."
    public func message(in language: Language) -> String {
        let words = language.words.flags
        switch rule {
        case .doubleBooked:
            return words.doubleBooked(subject, reason(in: language)) + "."
        case .agendaOverrun:
            return words.agendaOverrun(subject, reason(in: language)) + "."
        default:
            return words.activity(subject, predicate(in: language)) + "."
        }
    }

    /// A short reason, as the agenda lists it after an activity: "ingen uppföljning efter föregående möte (9 januari 2025)".
    public func reason(in language: Language) -> String {
        let words = language.words.flags
        let dates = DateText(language)
        switch (rule, detail) {
        case (.noFollowUp, _):
            return words.noFollowUp
        case let (.stale, .previousMeeting(date)):
            return words.stale(dates.date(date))
        case let (.overdue, .due(due, status)):
            guard let status else { return words.overdueNoStatus(dates.date(due)) }
            return words.overdue(dates.date(due), status.label(in: language).lowercased())
        case let (.movedDue, .movedTo(year)):
            return words.movedDue("\(year)")
        case (.noResponsible, _):
            return words.noResponsible
        case let (.doubleBooked, .overlap(_, title, start, end)):
            return "\(title), \(dates.span(start, end))"
        case let (.agendaOverrun, .overrun(planned, available)):
            return words.overrun(dates.minutes(planned), dates.minutes(available), dates.minutes(planned - available))
        default:
            return rule.rawValue
        }
    }

    /// The activity sentences after the title: "har ingen uppföljning".
    private func predicate(in language: Language) -> String {
        let words = language.words.flags
        let dates = DateText(language)
        switch (rule, detail) {
        case (.noFollowUp, _):
            return words.hasNoFollowUp
        case let (.stale, .previousMeeting(date)):
            return words.hasStale(dates.date(date))
        case let (.overdue, .due(due, status)):
            guard let status else { return words.hasOverdueNoStatus(dates.date(due)) }
            return words.hasOverdue(dates.date(due), status.label(in: language).lowercased())
        case let (.movedDue, .movedTo(year)):
            return words.hasMovedDue("\(year)")
        case (.noResponsible, _):
            return words.hasNoResponsible
        default:
            return reason(in: language)
        }
    }
}
