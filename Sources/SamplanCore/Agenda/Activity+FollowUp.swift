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

    /// True when the activity belongs to the work of `year`: it is on that year's list, or it was moved to that year.
    public func isListed(in year: Int) -> Bool {
        self.year == year || movedTo == year
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
