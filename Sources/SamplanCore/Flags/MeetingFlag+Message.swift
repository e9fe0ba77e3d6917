import ICal

extension MeetingFlag {
    /// A whole sentence for the strategist, in `language`:
    /// "Aktiviteten ”Följa upp …” har ingen uppföljning efter föregående möte (9 januari 2025)."
    public func message(in language: Language) -> String {
        let words = language.words
        switch rule {
        case .doubleBooked:
            return words.flags.doubleBooked(subject, reason(in: language)) + "."
        case .agendaOverrun:
            return words.flags.agendaOverrun(subject, reason(in: language)) + "."
        case .missingActivityList:
            return reason(in: language) + "."
        case .actionOverdue:
            guard case let .action(_, due) = detail else { return reason(in: language) + "." }
            return words.flags.action(subject, DateText(language).date(due)) + "."
        case .presentationNotHeld:
            guard case let .notHeld(day) = detail else { return reason(in: language) + "." }
            return words.flags.presentationNotHeld(subject, DateText(language).date(day)) + "."
        default:
            return words.flags.activity(subject, predicate(in: language)) + "."
        }
    }

    /// A short reason, as the agenda lists it after an activity: "ingen uppföljning efter föregående möte (9 januari 2025)".
    public func reason(in language: Language) -> String {
        let words = language.words
        let dates = DateText(language)
        switch (rule, detail) {
        case (.noFollowUp, _):
            return words.flags.noFollowUp
        case let (.stale, .previousMeeting(date)):
            return words.flags.stale(dates.date(date))
        case let (.overdue, .due(due, status)):
            guard let status else { return words.flags.overdueNoStatus(dates.date(due)) }
            return words.flags.overdue(dates.date(due), status.label(in: language).lowercased())
        case let (.movedDue, .movedTo(year)):
            return words.flags.movedDue("\(year)")
        case (.noResponsible, _):
            return words.flags.noResponsible
        case let (.doubleBooked, .overlap(_, title, start, end)):
            return "\(title), \(dates.span(start, end))"
        case let (.agendaOverrun, .overrun(planned, available)):
            return words.flags.overrun(dates.minutes(planned), dates.minutes(available), dates.minutes(planned - available))
        case let (.missingActivityList, .year(year)):
            return words.flags.missingList("\(year)")
        case let (.actionOverdue, .action(_, due)):
            return words.flags.actionOverdue(dates.date(due))
        case let (.presentationNotHeld, .notHeld(day)):
            return words.flags.notHeld(dates.date(day))
        default:
            return rule.rawValue
        }
    }

    /// The activity sentences after the title: "har ingen uppföljning".
    private func predicate(in language: Language) -> String {
        let words = language.words
        let dates = DateText(language)
        switch (rule, detail) {
        case (.noFollowUp, _):
            return words.flags.hasNoFollowUp
        case let (.stale, .previousMeeting(date)):
            return words.flags.hasStale(dates.date(date))
        case let (.overdue, .due(due, status)):
            guard let status else { return words.flags.hasOverdueNoStatus(dates.date(due)) }
            return words.flags.hasOverdue(dates.date(due), status.label(in: language).lowercased())
        case let (.movedDue, .movedTo(year)):
            return words.flags.hasMovedDue("\(year)")
        case (.noResponsible, _):
            return words.flags.hasNoResponsible
        default:
            return reason(in: language)
        }
    }
}
