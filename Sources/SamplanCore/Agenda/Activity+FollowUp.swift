public import ICal

extension Activity {
    /// The latest follow-up written on or before `date`; nil when there is none yet.
    public func latestFollowUp(asOf date: LocalDate) -> FollowUp? {
        followUps.last { $0.date <= date }
    }

    /// The latest follow-up dated in `year` or earlier: what the activity list of that year says at its end.
    public func latestFollowUp(inOrBefore year: Int) -> FollowUp? {
        followUps.last { $0.date.year <= year }
    }

    /// True when the activity is on the list of `year`, or was moved to that year.
    public func isListed(in year: Int) -> Bool {
        listedIn.contains(year) || movedTo == year
    }

    /// True when the activity belongs to the work of `year`: it is on that year's list, it was moved
    /// to that year, or it is carried over: it belonged to an earlier year's work and its latest
    /// status at the end of the year before is not settled (`ja`, `nej`, `ej aktuell`). An activity
    /// moved to a later year is not carried into the years in between.
    ///
    /// ```swift
    /// // listed in 2024, still pågående on 31 December 2024, no moved_to:
    /// activity.isInWork(of: 2025)      // true, until a follow-up settles it
    /// ```
    public func isInWork(of year: Int) -> Bool {
        guard year >= self.year else { return false }
        if isListed(in: year) { return true }
        if let movedTo, movedTo > year { return false }
        return latestFollowUp(inOrBefore: year - 1)?.status?.isSettled != true
    }

    /// The year of origin to show beside the activity in `year`'s agendas, flags and report ("från
    /// 2024"); nil when it comes from `year` itself.
    public func origin(shownIn year: Int) -> Int? {
        self.year < year ? self.year : nil
    }
}

extension ActivityStatus {
    /// The status as the "Klar?" column writes it: "Ja", "Nej", "Delvis", "Pågående" / "Yes", "No", "Partly", "Ongoing".
    public func label(in language: Language) -> String {
        let words = language.words
        switch self {
        case .ja: return words.followUp.yes
        case .nej: return words.followUp.no
        case .delvis: return words.followUp.partly
        case .pagaende: return words.followUp.ongoing
        case .ejAktuell: return words.followUp.notRelevant
        }
    }

    /// Reads a "Klar?" cell: the status word in Swedish or English, any case, with trailing words and
    /// punctuation ignored ("Pågående." is `pågående`, "Nej, ej aktuellt." and "No longer relevant" are
    /// `ej aktuell`).
    public init?(cell: String) {
        let words = cell.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let phrase = " " + words.joined(separator: " ") + " "
        if [" ej aktuell", " inte aktuell", " ejaktuell", " not relevant ", " no longer relevant "].contains(where: phrase.contains) {
            self = .ejAktuell
            return
        }
        let word = words.first ?? ""
        switch word {
        case "yes", "done": self = .ja
        case "no": self = .nej
        case "partly", "partially", "partial": self = .delvis
        case "ongoing", "pending": self = .pagaende
        default: self.init(text: word)
        }
    }
}
