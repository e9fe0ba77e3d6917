/// Every text a user reads, in one language: the one place for wording. There is one instance per
/// language (`Words.sv` in `Words+sv.swift`, `Words.en` in `Words+en.swift`), chosen once per
/// organization with `language.words`; every module takes its texts from it. A fact reads the same
/// wherever it is shown: a moved meeting is `meeting.movedFrom(…)` in the feed, the agenda, the
/// schedule and the diff alike.
///
/// Texts with arguments are small functions. Adding a language is adding a `Words+xx.swift` file
/// with one more instance (and its case in `Language`).
///
/// ```swift
/// let words = configuration.organization.language.words
/// words.meeting.movedFrom("torsdag 14 maj 2026")   // "Flyttat från torsdag 14 maj 2026"
/// words.dates.months[4]                            // "maj"
/// ```
public final class Words: Sendable {
    /// Text that takes one argument.
    public typealias Text1 = @Sendable (String) -> String
    /// Text that takes two arguments.
    public typealias Text2 = @Sendable (String, String) -> String
    /// Text that takes three arguments.
    public typealias Text3 = @Sendable (String, String, String) -> String

    /// The language written in.
    public let language: Language
    /// Names of days and months, and how times are written.
    public let dates: DateWords
    /// What happened to a meeting (moved, cancelled, extra), the same in every output.
    public let meeting: MeetingWords
    /// Public holidays by name.
    public let holidays: HolidayWords
    /// Agendas (plain text, Markdown, HTML) and the follow-up report.
    public let agenda: AgendaWords
    /// The follow-up columns and statuses (report, CSV, import).
    public let followUp: FollowUpWords
    /// Calendar feeds: names and event descriptions.
    public let feed: FeedWords
    /// The schedule listing.
    public let schedule: ScheduleWords
    /// The diff of what subscribers will receive.
    public let diff: DiffWords
    /// Flags on meetings and activities.
    public let flags: FlagWords
    /// Problems in an imported activity list.
    public let importing: ImportWords
    /// Errors in the configuration, for the admin.
    public let config: ConfigWords
    /// The subscribe page.
    public let subscribe: SubscribeWords
    /// Messages of the command line and the daemon's mails.
    public let commands: CommandWords
    /// What the daemon answers when a request cannot be served (404, 401, 405, 503 …).
    public let http: HTTPWords
    /// Minnesanteckningar and their template.
    public let minutes: MinutesWords
    /// The kallelse mails: the call to a meeting, its updates and cancellation.
    public let kallelse: KallelseWords
    /// The yearly narrative report (`report --kind berattelse`).
    public let narrative: NarrativeWords
    /// The årshjul (`arshjul`, `GET /arshjul.svg`).
    public let yearWheel: YearWheelWords
    /// The personal page of a responsible person, its forms, and the reminder mails.
    public let personal: PersonalWords

    /// A catalog; there is one per language, in `Words+<language>.swift`.
    init(
        language: Language, dates: DateWords, meeting: MeetingWords, holidays: HolidayWords, agenda: AgendaWords,
        followUp: FollowUpWords, feed: FeedWords, schedule: ScheduleWords, diff: DiffWords, flags: FlagWords,
        importing: ImportWords, config: ConfigWords, subscribe: SubscribeWords, commands: CommandWords,
        http: HTTPWords, minutes: MinutesWords, kallelse: KallelseWords, narrative: NarrativeWords, yearWheel: YearWheelWords,
        personal: PersonalWords
    ) {
        self.language = language
        self.dates = dates
        self.meeting = meeting
        self.holidays = holidays
        self.agenda = agenda
        self.followUp = followUp
        self.feed = feed
        self.schedule = schedule
        self.diff = diff
        self.flags = flags
        self.importing = importing
        self.config = config
        self.subscribe = subscribe
        self.commands = commands
        self.http = http
        self.minutes = minutes
        self.kallelse = kallelse
        self.narrative = narrative
        self.yearWheel = yearWheel
        self.personal = personal
    }
}

extension Language {
    /// The word catalog of the language.
    public var words: Words {
        switch self {
        case .sv: Words.sv
        case .en: Words.en
        }
    }
}

extension Words {
    /// The catalogs of every language, in the order of `Language.allCases`.
    public static let all: [Words] = Language.allCases.map(\.words)
}

extension Words {
    /// Names of days and months, and how clock times are written.
    public struct DateWords: Sendable {
        /// Monday first: "måndag" … "söndag".
        public let weekdays: [String]
        /// January first: "januari" … "december".
        public let months: [String]
        /// Between hour and minute: "." in "13.00".
        public let timeSeparator: String
        /// Between a date and its time: " kl. ".
        public let at: String
        /// The unit of hours in a length: "tim" in "2 tim 30 min".
        public let hours: String
        /// The unit of minutes: "min".
        public let minutes: String
    }

    /// What happened to a meeting. One wording per fact, used by the feed, the agenda, the schedule,
    /// the diff and the subscribe page.
    public struct MeetingWords: Sendable {
        /// A moved meeting, as a label: "Flyttat".
        public let moved: String
        /// "Flyttat från torsdag 14 maj 2026".
        public let movedFrom: Text1
        /// The rest after the label `moved`: "från torsdag 14 maj 2026".
        public let from: Text1
        /// A cancelled meeting, as a label: "Inställt".
        public let cancelled: String
        /// A cancelled meeting, as a mark before its title: "INSTÄLLT".
        public let cancelledMark: String
        /// A cancelled meeting, as a sentence: "Mötet är inställt".
        public let cancelledSentence: String
        /// "Extra möte".
        public let extra: String
        /// The value of `extra` when the admin gave no reason: "ja".
        public let yes: String
        /// Before a warning: "OBS".
        public let note: String
        /// A meeting left on a non-working day: "infaller på julafton".
        public let fallsOn: Text1
        /// The focus areas of a meeting: "Fokus".
        public let focus: String
        /// Why a beredning moved: the meeting it prepares and its new day, "följer Samråd HSVO Knivsta, som flyttats till …".
        public let followsMove: Text2
        /// Where a focus area came from: the day of the cancelled meeting, "från det inställda mötet 9 oktober 2025".
        public let carriedFrom: Text1
    }

    /// Swedish public holidays and de facto non-working eves.
    public struct HolidayWords: Sendable {
        /// 1 January.
        public let newYearsDay: String
        /// 6 January.
        public let epiphany: String
        /// Friday before Easter.
        public let goodFriday: String
        /// Saturday before Easter.
        public let easterEve: String
        /// Easter Sunday.
        public let easterSunday: String
        /// Monday after Easter.
        public let easterMonday: String
        /// 1 May.
        public let mayDay: String
        /// Easter + 39 days.
        public let ascensionDay: String
        /// Easter + 49 days.
        public let whitSunday: String
        /// 6 June.
        public let nationalDay: String
        /// The Friday before midsommardagen.
        public let midsummerEve: String
        /// The Saturday 20–26 June.
        public let midsummerDay: String
        /// The Saturday 31 October – 6 November.
        public let allSaintsDay: String
        /// 24 December.
        public let christmasEve: String
        /// 25 December.
        public let christmasDay: String
        /// 26 December.
        public let boxingDay: String
        /// 31 December.
        public let newYearsEve: String
        /// 5 January (avoided with `aftnar`).
        public let epiphanyEve: String
        /// Thursday before Easter (avoided with `aftnar`).
        public let maundyThursday: String
        /// 30 April (avoided with `aftnar`).
        public let walpurgisNight: String
        /// The Friday before alla helgons dag (avoided with `aftnar`).
        public let allSaintsEve: String
        /// A klämdag after a holiday: "klämdag efter Kristi himmelsfärds dag".
        public let bridgeDayAfter: Text1
        /// A klämdag before a holiday: "klämdag före Sveriges nationaldag".
        public let bridgeDayBefore: Text1
    }

    /// The fixed words of agendas and the follow-up report; the templates read them as `words`.
    public struct AgendaWords: Sendable {
        /// "Dagordning".
        public let agenda: String
        /// "Punkter".
        public let items: String
        /// "Punkt".
        public let item: String
        /// "Tid".
        public let time: String
        /// "Plats".
        public let place: String
        /// "Digitalt".
        public let online: String
        /// "Kallade".
        public let called: String
        /// "Fokusområde".
        public let focusArea: String
        /// "Delmål".
        public let goal: String
        /// "Aktivitet".
        public let activity: String
        /// "Ansvarig".
        public let responsible: String
        /// "Status".
        public let status: String
        /// "Senaste uppföljning".
        public let latestFollowUp: String
        /// "Inga aktiviteter under året."
        public let noActivities: String
        /// "Inbjudna föredragande".
        public let presenters: String
        /// "Föredragande".
        public let presenter: String
        /// "Ämne".
        public let topic: String
        /// "Aktiviteter som saknar uppföljning".
        public let lacking: String
        /// "Varför".
        public let reasons: String
        /// "Alla aktiviteter är uppföljda."
        public let noneLacking: String
        /// "Nästa möte".
        public let next: String
        /// "ingen status" (plain text, after an activity).
        public let noStatus: String
        /// The status cell of an activity without one: "–".
        public let noStatusMark: String
        /// "Resultat (vad har gjorts)".
        public let result: String
        /// "Är aktiviteten klar? Ja/nej/delvis/pågående" (as the report writes it; "Nej, ej aktuellt" is a kind of nej).
        public let done: String
        /// "Uppföljning av aktivitetslista".
        public let report: String
        /// "Aktivitetslistan för året har inga aktiviteter."
        public let empty: String
        /// "ordförande".
        public let chair: String
        /// "vice ordförande".
        public let viceChair: String
        /// "sekreterare".
        public let secretary: String
        /// "vid behov".
        public let optional: String
        /// The footer, with the as-of date: "Underlaget gäller per 20 april 2025. Skapat av samplan."
        public let footer: Text1
        /// The subject of the mailed draft: "Dagordningsutkast: Samråd HSVO Knivsta, torsdag …".
        public let draftSubject: Text1
        /// "Åtgärder från tidigare möten".
        public let openActions: String
        /// "Åtgärd".
        public let actionColumn: String
        /// "Klart senast".
        public let dueColumn: String
        /// "Från mötet".
        public let fromMeeting: String
        /// "Föregående minnesanteckningar": the link to the previous meeting's minutes.
        public let previousMinutes: String
        /// After a presentation's topic that was not held: "blev inte av".
        public let presentationNotHeld: String
        /// The same, with the reason: "blev inte av: uteblev pga. sjukdom".
        public let presentationNotHeldBecause: Text1
    }

    /// The columns of the follow-up table ("Bilaga 1") and its statuses.
    public struct FollowUpWords: Sendable {
        /// "Fokusområde".
        public let focusArea: String
        /// "Delmål".
        public let goal: String
        /// "Aktivitet".
        public let activity: String
        /// "Resultat".
        public let result: String
        /// "Klar?".
        public let done: String
        /// "Ja".
        public let yes: String
        /// "Nej".
        public let no: String
        /// "Delvis".
        public let partly: String
        /// "Pågående".
        public let ongoing: String
        /// "Nej, ej aktuellt": the Klar? cell of an activity no longer relevant.
        public let notRelevant: String
        /// The year an activity comes from, on later years' lists: "från 2024".
        public let fromYear: Text1
    }

    /// Calendar names and event descriptions.
    public struct FeedWords: Sendable {
        /// The feed of every meeting: "HSVO Knivsta – alla möten".
        public let allMeetings: Text1
        /// The feed of a focus area: "HSVO Knivsta – fokusområde C".
        public let focusArea: Text2
        /// "Delta digitalt: https://…".
        public let joinOnline: Text1
        /// "Dagordning: https://…".
        public let agendaLink: Text1
        /// "Fokusområden".
        public let focusAreas: String
        /// "Deltagare".
        public let participants: String
        /// The minutes' address: "Minnesanteckningar: https://…/minutes/tl-2026-04-28.html".
        public let minutesLink: Text1
    }

    /// The schedule listing.
    public struct ScheduleWords: Sendable {
        /// The heading, with the years and the organization: "Mötesplan 2026 – HSVO Knivsta (Europe/Stockholm)".
        public let heading: Text2
        /// "Inga möten."
        public let noMeetings: String
    }

    /// The diff of the feeds.
    public struct DiffWords: Sendable {
        /// "Nytt".
        public let added: String
        /// "Borttaget, skickas som inställt".
        public let vanished: String
        /// "Ny beskrivning".
        public let description: String
        /// "Ändrat" (other details than the time).
        public let details: String
        /// "Inga ändringar för prenumeranterna."
        public let none: String
    }

    /// Flags as sentences and short reasons.
    public struct FlagWords: Sendable {
        /// "Flaggor per 20 april 2025".
        public let heading: Text1
        /// "inga flaggor".
        public let noFlags: String
        /// "Inga kommande möten."
        public let noUpcoming: String
        /// Person, then the other meeting: "Anna är kallad till ett annat möte samtidigt: TL, …".
        public let doubleBooked: Text2
        /// Meeting, then the reason: "Dagordningen för Samråd tar 2 tim …".
        public let agendaOverrun: Text2
        /// Activity, then what is wrong with it: "Aktiviteten ”…” har ingen uppföljning".
        public let activity: Text2
        /// "ingen uppföljning".
        public let noFollowUp: String
        /// "har ingen uppföljning".
        public let hasNoFollowUp: String
        /// With the previous meeting's date: "ingen uppföljning efter föregående möte (9 januari 2025)".
        public let stale: Text1
        /// "har ingen uppföljning efter föregående möte (…)".
        public let hasStale: Text1
        /// Due date, then the status: "skulle vara klar 1 mars 2025, status nej".
        public let overdue: Text2
        /// Due date: "skulle vara klar 1 mars 2025, saknar status".
        public let overdueNoStatus: Text1
        /// Due date, then the status: "skulle vara klar 1 mars 2025 men har status nej".
        public let hasOverdue: Text2
        /// Due date: "skulle vara klar 1 mars 2025 men saknar status".
        public let hasOverdueNoStatus: Text1
        /// The year: "flyttad till 2026, ingen uppföljning under 2026".
        public let movedDue: Text1
        /// The year: "flyttades till 2026 men har ingen uppföljning under 2026".
        public let hasMovedDue: Text1
        /// "ingen ansvarig".
        public let noResponsible: String
        /// "har ingen ansvarig person".
        public let hasNoResponsible: String
        /// Planned, available, excess: "tar 2 tim men mötet är 1 tim 30 min (30 min för mycket)".
        public let overrun: Text3
        /// The year: "Aktivitetslistan för 2025 saknas (activities/2025.yaml), så årets aktiviteter kan inte följas upp".
        public let missingList: Text1
        /// The group of activities nobody is responsible for: "Utan ansvarig".
        public let withoutResponsible: String
        /// The group of flags about the meeting itself: "Mötet".
        public let aboutMeeting: String
        /// The action, then its due date: "Åtgärden ”Ta fram lokal rutin för SIP” skulle vara klar 1 september 2026 men …".
        public let action: Text2
        /// The due date: "åtgärd försenad sedan 1 september 2026".
        public let actionOverdue: Text1
        /// The topic, then the meeting's date: "Dragningen ”SIP-arbetet” blev inte av 23 april 2024; bjud in igen
        /// eller stryk den (dropped: true)".
        public let presentationNotHeld: Text2
        /// The meeting's date: "dragningen blev inte av 23 april 2024, bjud in igen".
        public let notHeld: Text1
    }

    /// Problems in an imported CSV file.
    public struct ImportWords: Sendable {
        /// "filen är tom".
        public let empty: String
        /// "filen är inte text …".
        public let notText: String
        /// A quoted cell never closed.
        public let unterminatedQuote: String
        /// A quote inside an unquoted cell.
        public let strayQuote: String
        /// Text after the closing quote.
        public let textAfterQuote: String
        /// The missing columns.
        public let missingColumns: Text1
        /// Cells, then the header's columns.
        public let tooManyCells: Text2
        /// "raden saknar aktivitet".
        public let missingTitle: String
        /// The goal, then the known goals.
        public let unknownGoal: Text2
        /// A row under no goal.
        public let noGoal: String
        /// The focus area.
        public let unknownFocusArea: Text1
        /// The goal, then the area.
        public let goalOutsideArea: Text2
        /// The Klar? value.
        public let unknownStatus: Text1
        /// A Klar? value without a result.
        public let missingResult: String
        /// "filen innehåller inga aktiviteter".
        public let noActivities: String
        /// The file: "x.csv: kan inte läsa filen (finns den?)".
        public let unreadable: Text1
        /// The file, then the count: "x.csv: 3 fel; ingen YAML skrevs".
        public let failed: Text2
        /// The first comment of the YAML written, with year and source file.
        public let yamlOrigin: Text2
        /// The second comment of the YAML written.
        public let yamlToDo: String
        /// The optional column dating each row's new follow-up: "Datum".
        public let dateColumn: String
        /// A Datum cell that is not a date: "ogiltigt datum \"x\" i Datum (skriv ÅÅÅÅ-MM-DD …)".
        public let invalidDate: Text1
        /// The date, then the supported years: "datumet \"2300-01-01\" ligger utanför åren 1900–2199".
        public let dateOutOfRange: Text2
        /// Id and title of an activity that `--remove-missing` takes off the list: "tas bort: a1-x ”Se över …”".
        public let removed: Text2
        /// Id and title of an activity missing from the CSV that `--remove-missing` keeps, as an invitation refers to it.
        public let keptInUse: Text2
        /// The file standard output is (emptied by the shell's `>`), then its backup: how to get it back, and `--output`.
        public let stdoutEmptiedConfigFile: Text2
        /// The file standard output is, not emptied (`>>`): samplan does not write into it.
        public let stdoutIsConfigFile: Text1
        /// The file, then the system's reason: "x.yaml: kan inte skriva filen: …".
        public let unwritable: Text2
        /// The file written with `--output`, then the number of activities.
        public let written: Text2
        /// The backup of the file replaced: "den tidigare filen finns kvar som x.yaml.bak".
        public let keptAs: Text1
    }

    /// Errors in a configuration directory.
    public struct ConfigWords: Sendable {
        /// "person".
        public let person: String
        /// "organ".
        public let body: String
        /// "fokusområde".
        public let focusArea: String
        /// "delmål".
        public let goal: String
        /// "aktivitet".
        public let activity: String
        /// "möte".
        public let meeting: String
        /// The text of `ConfigMessage.unreadable`.
        public let unreadable: String
        /// The text of `ConfigMessage.notADirectory`.
        public let notADirectory: String
        /// The text of `ConfigMessage.duplicateFile`.
        public let duplicateFile: Text1
        /// The text of `ConfigMessage.notText`.
        public let notText: String
        /// KiB, then the limit in KiB.
        public let tooLarge: Text2
        /// The text of `ConfigMessage.empty`.
        public let empty: String
        /// The text of `ConfigMessage.yamlSyntax`.
        public let yamlSyntax: Text1
        /// The most values a file may expand to: "filen blir mer än 200000 värden …".
        public let expandsTooFar: Text1
        /// The text of `ConfigMessage.missingFile`.
        public let missingFile: Text1
        /// The text of `ConfigMessage.unknownFile`.
        public let unknownFile: Text1
        /// The text of `ConfigMessage.expectedMapping`.
        public let expectedMapping: String
        /// The text of `ConfigMessage.expectedList`.
        public let expectedList: String
        /// The text of `ConfigMessage.expectedScalar`.
        public let expectedScalar: String
        /// The text of `ConfigMessage.missingKey`.
        public let missingKey: Text1
        /// The text of `ConfigMessage.unknownKey`.
        public let unknownKey: Text1
        /// The " (menade du …?)" after `unknownKey`.
        public let didYouMean: Text1
        /// The text of `ConfigMessage.emptyValue`.
        public let emptyValue: String
        /// The text of `ConfigMessage.invalidID`.
        public let invalidID: Text1
        /// Kind, id, where the first one is.
        public let duplicateID: Text3
        /// The text of `ConfigMessage.unknownReference` of a `person`.
        public let unknownPerson: Text1
        /// The text of `ConfigMessage.unknownReference` of a `body`.
        public let unknownBody: Text1
        /// The text of `ConfigMessage.unknownReference` of a `focusArea`.
        public let unknownFocusArea: Text1
        /// The text of `ConfigMessage.unknownReference` of a `goal`.
        public let unknownGoal: Text1
        /// The text of `ConfigMessage.unknownReference` of a `activity`.
        public let unknownActivity: Text1
        /// The text of `ConfigMessage.unknownReference` of a `meeting`.
        public let unknownMeetingReference: Text1
        /// The text of `ConfigMessage.invalidDate`.
        public let invalidDate: Text1
        /// The text of `ConfigMessage.invalidTime`.
        public let invalidTime: Text1
        /// The text of `ConfigMessage.invalidDateTime`.
        public let invalidDateTime: Text1
        /// The text of `ConfigMessage.invalidDuration`.
        public let invalidDuration: Text1
        /// The date as written, the supported years: "datumet \"9999-01-14\" ligger utanför åren 1900–2199 …".
        public let dateOutOfRange: Text2
        /// The duration as written: "varaktigheten \"P9999Y\" är längre än 200 år".
        public let durationTooLong: Text1
        /// A relative offset of more than a year.
        public let offsetTooLong: Text1
        /// `min_gap` and the offset it cannot fit in.
        public let minGapBeyondOffset: Text2
        /// The text of `ConfigMessage.invalidMonthDay`.
        public let invalidMonthDay: Text1
        /// The text of `ConfigMessage.invalidNumber`.
        public let invalidNumber: Text1
        /// The text of `ConfigMessage.invalidBool`.
        public let invalidBool: Text1
        /// The value, then the allowed values.
        public let invalidChoice: Text2
        /// The text of `ConfigMessage.invalidStatus`.
        public let invalidStatus: Text1
        /// The text of `ConfigMessage.unknownTimeZone`.
        public let unknownTimeZone: Text1
        /// The text of `ConfigMessage.invalidRule`.
        public let invalidRule: Text1
        /// The text of `ConfigMessage.ruleTooFine`.
        public let ruleTooFine: String
        /// The text of `ConfigMessage.ruleTimeOfDay`.
        public let ruleTimeOfDay: String
        /// From, until.
        public let ruleNeverOccurs: Text2
        /// The text of `ConfigMessage.durationNotPositive`.
        public let durationNotPositive: Text1
        /// The text of `ConfigMessage.durationNotExact`.
        public let durationNotExact: Text1
        /// The text of `ConfigMessage.offsetNotDays`.
        public let offsetNotDays: Text1
        /// The text of `ConfigMessage.timeRequired`.
        public let timeRequired: String
        /// The text of `ConfigMessage.fromAfterUntil`.
        public let fromAfterUntil: String
        /// The file's year, then the key's.
        public let yearMismatch: Text2
        /// The text of `ConfigMessage.invalidMeetingID`.
        public let invalidMeetingID: Text1
        /// The text of `ConfigMessage.unknownMeeting`.
        public let unknownMeeting: Text1
        /// The text of `ConfigMessage.extraCollides`.
        public let extraCollides: Text1
        /// The text of `ConfigMessage.repeatedException`.
        public let repeatedException: Text1
        /// The text of `ConfigMessage.exceptionShape`.
        public let exceptionShape: String
        /// The text of `ConfigMessage.relativeCycle`.
        public let relativeCycle: Text1
        /// Goal, area.
        public let goalOutsideArea: Text2
        /// Body, focus area, from, years.
        public let unresolvedInvitation: @Sendable (String, String, String, Int) -> String
        /// The directory, then the count: "config: 3 fel i konfigurationen".
        public let summary: Text2
        /// "varning", before a warning's message.
        public let warning: String
        /// The years: "det finns möten men ingen aktivitetslista för 2025, 2026 (activities/ÅÅÅÅ.yaml)".
        public let missingLists: Text1
        /// "åtgärd".
        public let action: String
        /// The action id: "okänd åtgärd \"tl-2026-01-07#3\"".
        public let unknownAction: Text1
        /// The key: "reason gäller bara en dragning som inte blev av (held: false)".
        public let onlyWhenNotHeld: Text1
        /// The file's meeting, then the key's: "meeting: tl-2026-04-29 stämmer inte med filnamnet (tl-2026-04-28.yaml)".
        public let minutesMismatch: Text2
        /// The file name: "minnesanteckningar heter minutes/<mötes-id>.yaml …".
        public let invalidMinutesFile: Text1
        /// The meeting id: "mötet … är inställt och har inga minnesanteckningar".
        public let minutesOfCancelledMeeting: Text1
        /// The meeting id, then its start: "mötet … har inte börjat ännu (…); minnesanteckningar skrivs efter mötet".
        public let minutesBeforeMeeting: Text2
        /// The item title, then the meeting id: "dagordningen för … har ingen punkt \"…\"".
        public let unknownAgendaItem: Text2
        /// The due date, then the meeting's date: "klart senast 2026-04-01 är före mötet (28 april 2026)".
        public let actionDueBeforeMeeting: Text2
    }

    /// The subscribe page; the template reads these as `words`.
    public struct SubscribeWords: Sendable {
        /// One client's instructions.
        public struct Step: Sendable {
            /// "Outlook".
            public let client: String
            /// What to do there.
            public let text: String
        }
        /// `title`.
        public let title: String
        /// `intro`.
        public let intro: String
        /// `howTo`.
        public let howTo: String
        /// `next`.
        public let next: String
        /// `noMeetings`.
        public let noMeetings: String
        /// `subscribe`.
        public let subscribe: String
        /// `copy`.
        public let copy: String
        /// `google`.
        public let google: String
        /// `allMeetings`.
        public let allMeetings: String
        /// `allIntro`.
        public let allIntro: String
        /// `focusHeading`.
        public let focusHeading: String
        /// `focusIntro`.
        public let focusIntro: String
        /// `personalHeading`.
        public let personalHeading: String
        /// `personal`.
        public let personal: String
        /// `steps`.
        public let steps: [Step]
        /// "Prenumerera på Samråd HSVO Knivsta".
        public let subscribeTo: Text1
        /// With the time zone.
        public let footer: Text1
        /// With the contact: " Frågor: …."
        public let questions: Text1
        /// The link to the årshjul; the year: "Årshjul 2026".
        public let yearWheel: Text1
        /// What the årshjul is: "Årets möten som ett hjul, med fokusområden och uppehåll."
        public let yearWheelIntro: String
    }

    /// The command line's messages.
    public struct CommandWords: Sendable {
        /// In `unknown`: "organ".
        public let body: String
        /// In `unknown`: "person-id".
        public let person: String
        /// In `unknown`: "fokusområde".
        public let focusArea: String
        /// What, id, the known ids: "okänt organ \"x\" (finns: a, b)".
        public let unknown: Text3
        /// The id: "ogiltigt mötes-id …".
        public let invalidMeetingID: Text1
        /// Body, id, known bodies.
        public let unknownBodyInID: Text3
        /// Id, year, the body's meetings that year.
        public let noMeeting: Text3
        /// "inga", when the body has no meetings that year.
        public let noneThatYear: String
        /// The id, its year, the supported years: "mötes-id \"x\": året 9999 ligger utanför 1900–2199".
        public let unsupportedYearInID: Text3
        /// The name given, the meeting's id: "samrad-2026-05-18 är mötet samrad-2026-05-14".
        public let namedByDay: Text2
        /// "kan inte öppna tillståndet: …".
        public let stateUnavailable: Text1
        /// Bodies, people, focus areas, activities.
        public let counts: @Sendable (Int, Int, Int, Int) -> String
        /// Directory, counts, meetings per year.
        public let valid: Text3
        /// The meeting id, then the file: "Det finns inga minnesanteckningar för … (minutes/….yaml); …".
        public let noMinutes: Text2
    }

    /// The daemon's answers to requests it cannot serve, as text or a small page for people.
    public struct HTTPWords: Sendable {
        /// 404: "Sidan finns inte."
        public let notFound: String
        /// 401: "Strategens nyckel behövs (?token= eller Authorization: Bearer)."
        public let tokenNeeded: String
        /// 405 where GET and HEAD work: "Här går bara GET och HEAD."
        public let onlyGetAndHead: String
        /// 405 where only GET works: "Här går bara GET."
        public let onlyGet: String
        /// 503 before a configuration is loaded: "Ingen konfiguration är inläst."
        public let noConfiguration: String
        /// 500 when a feed could not be built: "Kalendern kunde inte skapas. Felet finns i serverns logg."
        public let feedFailed: String
        /// 500 for any other failure: "Något gick fel. Felet finns i serverns logg."
        public let failed: String
        /// The link from an error page to the subscribe page: "Till kalendrarna".
        public let home: String
        /// 400 for a `?year=` that is not a supported year; the years: "?year= ska vara ett år 1900–2199."
        public let invalidYear: Text1
    }

    /// Minnesanteckningar (`samplan minutes`) and the comments of their template.
    public struct MinutesWords: Sendable {
        /// "Minnesanteckningar".
        public let heading: String
        /// "Närvarande".
        public let present: String
        /// "Frånvarande".
        public let absent: String
        /// "Ersättare".
        public let substitutes: String
        /// "Övriga deltagande".
        public let guests: String
        /// The ersättare, then the member: "Anna (ersättare för Bo)".
        public let standingIn: Text2
        /// "Punkter".
        public let items: String
        /// "Överenskommelser".
        public let decisions: String
        /// "Uppföljning av aktiviteter".
        public let followUps: String
        /// "Åtgärder".
        public let actions: String
        /// "Åtgärder som rapporterats klara".
        public let done: String
        /// The strategist: "Antecknat av Samverkansstrateg".
        public let recordedBy: Text1
        /// The meeting's title, then its time: "Minnesanteckningar för Tjänsteledning, tisdag 28 april 2026 kl. 9.00–11.00."
        public let templateHeading: Text2
        /// The file: "Spara som minutes/tl-2026-04-28.yaml i konfigurationskatalogen och fyll i efter mötet."
        public let templateSave: Text1
        /// "alla ledamöter: flytta den som inte kom till absent".
        public let templatePresent: String
        /// "ersättare: {person: …, for: …}".
        public let templateSubstitutes: String
        /// "inbjudna föredragande; fler som person-id eller {name, organization}".
        public let templateGuests: String
        /// "anteckningar och överenskommelser: ta bort # och fyll i".
        public let templateNotes: String
        /// "aktiviteter att följa upp: ta bort # och fyll i status (…) och text".
        public let templateFollowUps: String
        /// The latest status and its date: "senast: pågående, 10 december 2024".
        public let templateLatest: Text1
        /// "nya åtgärder: {text, responsible, due}".
        public let templateActions: String
        /// "öppna åtgärder: ta bort # för dem som rapporteras klara".
        public let templateDone: String
    }
}

extension Words {
    /// The kallelse mails (members and invited presenters), in the organization's language.
    public struct KallelseWords: Sendable {
        /// The subject of a kallelse; the meeting and its date: "Kallelse: Samråd HSVO Knivsta 14 maj 2026".
        public let subject: Text1
        /// The subject of an updated kallelse: "Ändrad kallelse: Samråd HSVO Knivsta 14 maj 2026".
        public let changedSubject: Text1
        /// The subject of a cancellation: "Inställt: Samråd HSVO Knivsta 14 maj 2026".
        public let cancelledSubject: Text1
        /// The subject of a move, for feed subscribers: "Flyttat möte: Samråd HSVO Knivsta 14 maj 2026".
        public let movedSubject: Text1
        /// The first line of a kallelse; the body: "Du kallas till sammanträde med Samråd HSVO Knivsta."
        public let called: Text1
        /// On top of an updated kallelse: "Kallelsen är ändrad."
        public let changed: String
        /// What changed: "Ny tid", "Ny plats", "Dagordningen är ändrad."
        public let newTime: String
        /// "Ny plats".
        public let newPlace: String
        /// "Dagordningen är ändrad."
        public let agendaChanged: String
        /// The earlier value: "tidigare torsdag 14 maj 2026 kl. 13.00–15.30".
        public let previously: Text1
        /// A cancellation; the meeting and its time: "Samråd HSVO Knivsta torsdag 14 maj 2026 kl. 13.00–15.30 är inställt."
        public let cancelled: Text2
        /// A move for feed subscribers; the meeting, the new time: "Samråd HSVO Knivsta är flyttat till …".
        public let moved: Text2
        /// For feed subscribers: "Mötet uppdateras i den kalender du prenumererar på."
        public let feedNote: String
        /// For invitation people: "Kalenderinbjudan är bifogad: svara i din kalender."
        public let invitationNote: String
        /// The date label: "Datum".
        public let date: String
        /// The förhinder line; the person (name and address) and the date:
        /// "Anmäl förhinder till Samverkansstrateg <strateg@…> senast tisdag 12 maj 2026."
        public let reportAbsence: Text2
        /// For a politician with an ersättare; the ersättare: "Kalla ersättare: Ersättare Knivsta".
        public let callSubstitute: Text1
        /// Nothing is due for a meeting; the id: "Ingen kallelse att skicka för samrad-2026-05-14."
        public let nothingToSend: Text1
        /// The meeting has started; the id: "samrad-2026-05-14 har redan börjat: ingen kallelse skickas."
        public let alreadyStarted: Text1
        /// No sender; the strategist's id: "Ingen avsändare: strateg har ingen e-postadress och organization.contact saknas."
        public let noSender: Text1
        /// No send command: "Inget sändkommando: ange mail.command (eller drafts.notify) i samplan.yaml, eller använd --dry-run."
        public let noCommand: String
        /// A mail was not accepted; the recipient and the reason: "Kunde inte skicka till x: kommandot avslutades med 75".
        public let sendFailed: Text2
        /// What was sent; the count and the meeting: "3 e-brev skickade för samrad-2026-05-14."
        public let sent: Text2
        /// To someone no longer called; the meeting and its time: "Du är inte längre kallad till Samråd HSVO Knivsta torsdag …."
        public let noLongerCalled: Text2
        /// A config error; the person id: "calendar: invitation kräver en e-postadress, och ordf har ingen".
        public let invitationWithoutEmail: Text1
    }
}

extension Words.MeetingWords {
    /// A moved meeting with its reason, the one wording of feed, agenda and schedule:
    /// "Flyttat från torsdag 14 maj 2026 (Kristi himmelsfärds dag)".
    public func movedNote(from when: String, reason: String?) -> String {
        movedFrom(when) + Self.because(reason)
    }

    /// The same after the label `moved`, as the agenda lists it: "från torsdag 14 maj 2026 (Kristi himmelsfärds dag)".
    public func fromNote(_ when: String, reason: String?) -> String {
        from(when) + Self.because(reason)
    }

    /// A label and its reason: "Inställt: Ersätts av workshop", or just "Inställt".
    public func labelled(_ label: String, reason: String?) -> String {
        label + (reason.map { ": " + $0 } ?? "")
    }

    private static func because(_ reason: String?) -> String { reason.map { " (" + $0 + ")" } ?? "" }
}

extension Words {
    /// The personal page (`/p/<page-token>`), its forms and their answers, the reminder mails
    /// (`followup.lead`) and `samplan remind` / `samplan followups export`.
    public struct PersonalWords: Sendable {
        /// The page's heading; the person's name: "Uppföljning för Anna Andersson".
        public let heading: Text1
        /// Under the heading: "Här ser du dina aktiviteter och åtgärder och kan rapportera hur det går. Sidan är personlig: dela inte länken."
        public let intro: String
        /// "Dina aktiviteter".
        public let activities: String
        /// "Du har inga aktiviteter att följa upp."
        public let noActivities: String
        /// "Status".
        public let status: String
        /// "Senaste uppföljning".
        public let latest: String
        /// "ingen ännu".
        public let none: String
        /// "Klart senast".
        public let due: String
        /// "Saknar uppföljning".
        public let flags: String
        /// The status field: "Ny status".
        public let newStatus: String
        /// The text field: "Vad har gjorts?".
        public let text: String
        /// The submit button: "Spara uppföljning".
        public let submit: String
        /// "Dina öppna åtgärder".
        public let actions: String
        /// "Du har inga öppna åtgärder."
        public let noActions: String
        /// Where an action was agreed; the meeting: "beslutad vid Tjänsteledning 28 april 2026".
        public let agreedAt: Text1
        /// The button that reports an action done: "Klar".
        public let done: String
        /// The button's accessible label; the action: "Markera åtgärden ”…” som klar".
        public let doneLabel: Text1
        /// "Dina nästa möten".
        public let meetings: String
        /// "Inga möten de närmaste månaderna."
        public let noMeetings: String
        /// A presentation; the topic: "Du föredrar: …".
        public let presenting: Text1
        /// "Din kalender".
        public let calendar: String
        /// "Prenumerera på dina möten i din kalender (länken är personlig):".
        public let calendarHint: String
        /// After a follow-up is stored: "Tack! Uppföljningen är sparad."
        public let saved: String
        /// After an action is reported done: "Tack! Åtgärden är markerad som klar."
        public let actionSaved: String
        /// 400: the status is not one of the set: "Välj en status i listan."
        public let invalidStatus: String
        /// 400: no text: "Skriv vad som har gjorts."
        public let textMissing: String
        /// 400: too long text; the maximum: "Texten är för lång: högst 4000 tecken."
        public let textTooLong: Text1
        /// 400: "Formuläret är för stort (högst 16 kB)."
        public let bodyTooLarge: String
        /// 403: "Formuläret har gått ut eller kom från en annan sida. Ladda om sidan och försök igen."
        public let forbidden: String
        /// 429: "För många inskick den senaste timmen. Försök igen senare."
        public let tooMany: String
        /// In the strategist's draft; the person's name and the date: "inrapporterad av Anna Andersson 2 maj 2026".
        public let reportedBy: Text2
        /// The reminder's subject; the meeting and its date: "Uppföljning inför Samråd HSVO Knivsta 14 maj 2026".
        public let reminderSubject: Text1
        /// The greeting; the name: "Hej Anna Andersson!".
        public let greeting: Text1
        /// Before the activities; the meeting and its time: "Inför Samråd HSVO Knivsta torsdag 14 maj 2026 kl. 13.00–15.30 saknar dessa aktiviteter uppföljning:".
        public let reminderActivities: Text2
        /// Before the open actions: "Dina öppna åtgärder:".
        public let reminderActions: String
        /// Before the link: "Svara på din personliga sida (ingen inloggning behövs):".
        public let reminderLink: String
        /// The strategist's summary subject; the meeting and its date: "Påminnelser skickade inför Samråd HSVO Knivsta 14 maj 2026".
        public let summarySubject: Text1
        /// The summary's first line; the meeting: "Påminnelser om uppföljning skickades inför Samråd HSVO Knivsta till:".
        public let summaryIntro: Text1
        /// One reminded person in the summary; the name and what they were reminded of: "Anna Andersson: 2 aktiviteter, 1 åtgärd".
        public let summaryLine: Text2
        /// Counts for the summary; activities and actions: "2 aktiviteter, 1 åtgärd".
        public let counts: Text2
        /// Nothing to remind of; the meeting id: "Inga påminnelser att skicka för samrad-2026-05-14."
        public let nothingToSend: Text1
        /// What was sent; the count and the meeting id: "3 påminnelser skickade för samrad-2026-05-14."
        public let sent: Text2
        /// The person has no e-mail address; the id: "socialchef har ingen e-postadress: ingen påminnelse".
        public let noEmail: Text1
        /// After an export; the count and the file: "3 inrapporterade uppföljningar skrivna till activities/2026.yaml".
        public let exported: Text2
        /// Nothing to export; the year: "Inga inrapporterade uppföljningar för 2026."
        public let nothingToExport: Text1
        /// The personal page URL, as `samplan token` labels it: "Personlig sida".
        public let pageLabel: String
        /// The private feed URL, as `samplan token` labels it: "Privat kalender".
        public let feedLabel: String
    }
}
