extension Words {
    /// The yearly narrative report (samverkansberättelse, verksamhetsberättelse): headings and the
    /// sentences the data writes.
    public struct NarrativeWords: Sendable {
        /// The heading word when `reports/<year>.yaml` gives no `kind`: "Samverkansberättelse".
        public let kind: String
        /// "Bakgrund".
        public let background: String
        /// "Resultat".
        public let results: String
        /// "Sammanfattning".
        public let summary: String
        /// Under Resultat; the year: "Berättelsen ger en sammanfattande bild av resultatet av 2024 års aktiviteter. …".
        public let resultsIntro: Text1
        /// A number of meetings: "1 gång", "3 gånger".
        public let times: Text1
        /// The body, `times`, the year: "Samråd HSVO Knivsta har träffats 3 gånger under 2024" (no full stop).
        public let met: Text3
        /// After `met` when there were extra meetings; regular, extra: "varav 6 ordinarie och 2 extrainsatta".
        public let ofWhich: Text2
        /// After `met` when every meeting was an extra one: "samtliga extrainsatta".
        public let allExtra: String
        /// The body, the year: "Samråd HSVO Knivsta har inte träffats under 2024."
        public let notMet: Text2
        /// "Möten".
        public let meetings: String
        /// The body: "I Samråd HSVO Knivsta har följande funktioner deltagit:".
        public let participants: Text1
        /// The boards a body's politicians came from: "politiker från Vårdstyrelsen och Sjukhusstyrelsen".
        public let politiciansFrom: Text1
        /// The last separator of a list: "och" in "a, b och c".
        public let and: String
        /// The meetings of a samråd, after "Till": "samråden".
        public let samradMeetings: String
        /// The meetings of a tjänsteledning: "tjänsteledningens möten".
        public let tjansteledningMeetings: String
        /// The meetings of any other body: "mötena".
        public let otherMeetings: String
        /// Which meetings, the presenters: "Till samråden har representanter från … bjudits in för att ge en bild av nuläget."
        public let invited: Text2
        /// The focus areas: "Mötenas innehåll har styrts utifrån fokusområdena A, B och C."
        public let steeredBy: Text1
        /// "Aktivitetslistan": the heading of the status summary.
        public let activities: String
        /// The year, the number of activities: "Aktivitetslistan för 2024 omfattar 22 aktiviteter."
        public let activityCount: Text2
        /// "Totalt".
        public let total: String
        /// The counted statuses, as a summary writes them: "ja".
        public let countYes: String
        /// "pågående".
        public let countOngoing: String
        /// "delvis".
        public let countPartly: String
        /// "nej".
        public let countNo: String
        /// "ej aktuell".
        public let countNotRelevant: String
        /// Activities without a status: "utan status".
        public let countNone: String
        /// "Analys", after an activity's result.
        public let analysis: String
        /// "Aktiviteterna", the heading of the activities' background and analysis.
        public let activityTexts: String
        /// Who, the date: "Godkänd av Samråd HSVO Knivsta den 16 januari 2025."
        public let approved: Text2
        /// The key, the file: "Texten saknas: skriv den under background: i reports/2024.yaml."
        public let missingText: Text2
        /// The appendix heading; the follow-up's title: "Bilaga 1 – Uppföljning av aktivitetslista".
        public let appendix: Text1
        /// `--format docx` without pandoc.
        public let pandocMissing: String
        /// pandoc failed; its message: "pandoc kunde inte skapa Word-filen: …".
        public let pandocFailed: Text1
        /// `--kind berattelse --format csv`.
        public let csvOnlyAppendix: String
    }

    /// The årshjul: the year as a wheel.
    public struct YearWheelWords: Sendable {
        /// The year, the organization: "Årshjul 2026 – HSVO Knivsta".
        public let title: Text2
        /// The year, the bodies: what the picture shows, for screen readers.
        public let description: Text2
        /// "Teckenförklaring".
        public let legend: String
        /// "Möte".
        public let meeting: String
        /// "Uppföljning av aktivitetslistan": the samråd's May meeting.
        public let followUp: String
        /// "Uppehåll": a closed period.
        public let closed: String
        /// The report's year: "Berättelsen för 2025 godkänns".
        public let approval: Text1
        /// The heading of the list of dates; the year: "Datum 2026".
        public let dates: Text1
        /// The inner rings, in order from the outside: "Ringar utifrån och in".
        public let rings: String
    }
}
