public import SamplanCore

/// What can be wrong with a configuration, in words for the admin (Swedish and English).
public enum ConfigMessage: Hashable, Sendable {
    case unreadable
    case notADirectory
    case duplicateFile(first: String)
    case notText
    case tooLarge(bytes: Int, limit: Int)
    case empty
    case yamlSyntax(String)
    case expandsTooFar(limit: Int)
    case missingFile(String)
    case unknownFile(String)
    case expectedMapping
    case expectedList
    case expectedScalar
    case missingKey(String)
    case unknownKey(String, suggestion: String?)
    case emptyValue
    case invalidID(String)
    case duplicateID(kind: RefKind, id: String, first: SourcePosition)
    case unknownReference(kind: RefKind, id: String)
    case invalidDate(String)
    case invalidTime(String)
    case invalidDateTime(String)
    case invalidDuration(String)
    case dateOutOfRange(String)
    case durationTooLong(String)
    case offsetTooLong(String)
    case minGapBeyondOffset(gap: String, offset: String)
    case invalidMonthDay(String)
    case invalidNumber(String)
    case invalidBool(String)
    case invalidChoice(String, allowed: [String])
    case invalidStatus(String)
    case unknownTimeZone(String)
    case invalidRule(String)
    case ruleTooFine
    case ruleTimeOfDay
    case ruleNeverOccurs(from: String, until: String)
    case durationNotPositive(String)
    case durationNotExact(String)
    case offsetNotDays(String)
    case timeRequired
    case fromAfterUntil
    case yearMismatch(file: Int, key: Int)
    case invalidMeetingID(String)
    case unknownMeeting(String)
    case extraCollides(String)
    case repeatedException(String)
    case exceptionShape
    case relativeCycle([String])
    case goalOutsideArea(goal: String, area: String)
    case unresolvedInvitation(body: String, focus: String, from: String, years: Int)

    /// What a reference points at.
    public enum RefKind: String, Hashable, Sendable {
        case person, body, focusArea, goal, activity, meeting

        func name(in language: Language) -> String {
            switch (self, language) {
            case (.person, .sv): "person"
            case (.person, .en): "person"
            case (.body, .sv): "organ"
            case (.body, .en): "body"
            case (.focusArea, .sv): "fokusområde"
            case (.focusArea, .en): "focus area"
            case (.goal, .sv): "delmål"
            case (.goal, .en): "goal"
            case (.activity, .sv): "aktivitet"
            case (.activity, .en): "activity"
            case (.meeting, .sv): "möte"
            case (.meeting, .en): "meeting"
            }
        }
    }

    /// The message in `language`.
    public func text(in language: Language) -> String {
        let sv = language == .sv
        func q(_ s: String) -> String { "\"\(s)\"" }
        switch self {
        case .unreadable:
            return sv ? "kan inte läsa filen (saknar behörighet?)" : "cannot read the file (no permission?)"
        case .notADirectory:
            return sv ? "konfigurationskatalogen finns inte" : "the configuration directory does not exist"
        case let .duplicateFile(first):
            return sv ? "samma fil finns redan som \(first); ta bort den ena" : "the same file exists as \(first); remove one of them"
        case .notText:
            return sv ? "filen är inte text i UTF-8 (binär fil?)" : "the file is not UTF-8 text (a binary file?)"
        case let .tooLarge(bytes, limit):
            return sv
                ? "filen är för stor (\(bytes / 1024) KiB); högst \(limit / 1024) KiB tillåts"
                : "the file is too large (\(bytes / 1024) KiB); at most \(limit / 1024) KiB is allowed"
        case .empty:
            return sv ? "filen är tom" : "the file is empty"
        case let .yamlSyntax(problem):
            return sv ? "ogiltig YAML: \(problem)" : "invalid YAML: \(problem)"
        case let .expandsTooFar(limit):
            return sv
                ? "filen blir mer än \(limit) värden när dess alias (*namn) läses ut; skriv ut värdena i stället"
                : "the file grows to more than \(limit) values once its aliases (*name) are expanded; write the values out instead"
        case let .missingFile(name):
            return sv ? "filen \(name) saknas i konfigurationskatalogen" : "\(name) is missing from the configuration directory"
        case let .unknownFile(name):
            return sv
                ? "okänd konfigurationsfil \(q(name)) (väntade samplan.yaml, people.yaml, bodies.yaml, focus-areas.yaml, invitations.yaml, exceptions.yaml, activities/ÅÅÅÅ.yaml)"
                : "unknown configuration file \(q(name)) (expected samplan.yaml, people.yaml, bodies.yaml, focus-areas.yaml, invitations.yaml, exceptions.yaml, activities/YYYY.yaml)"
        case .expectedMapping:
            return sv ? "väntade nycklar och värden (en mappning)" : "expected keys and values (a mapping)"
        case .expectedList:
            return sv ? "väntade en lista" : "expected a list"
        case .expectedScalar:
            return sv ? "väntade ett enkelt värde, inte en lista eller mappning" : "expected a single value, not a list or mapping"
        case let .missingKey(key):
            return sv ? "nyckeln \(q(key)) saknas" : "missing key \(q(key))"
        case let .unknownKey(key, suggestion):
            let hint = suggestion.map { sv ? " (menade du \(q($0))?)" : " (did you mean \(q($0))?)" } ?? ""
            return (sv ? "okänd nyckel \(q(key))" : "unknown key \(q(key))") + hint
        case .emptyValue:
            return sv ? "värdet får inte vara tomt" : "the value must not be empty"
        case let .invalidID(id):
            return sv
                ? "ogiltigt id \(q(id)): använd bokstäverna a–z, A–Z, siffror, - och _"
                : "invalid id \(q(id)): use the letters a–z, A–Z, digits, - and _"
        case let .duplicateID(kind, id, first):
            return sv
                ? "\(kind.name(in: language)) \(q(id)) finns redan (\(first.file):\(first.line):\(first.column))"
                : "duplicate \(kind.name(in: language)) \(q(id)) (first at \(first.file):\(first.line):\(first.column))"
        case let .unknownReference(kind, id):
            guard sv else { return "unknown \(kind.name(in: language)) \(q(id))" }
            switch kind {
            case .person: return "okänt person-id \(q(id))"
            case .activity: return "okänd aktivitet \(q(id))"
            default: return "okänt \(kind.name(in: language)) \(q(id))"
            }
        case let .invalidDate(text):
            return sv ? "ogiltigt datum \(q(text)) (väntade ÅÅÅÅ-MM-DD)" : "invalid date \(q(text)) (expected YYYY-MM-DD)"
        case let .invalidTime(text):
            return sv ? "ogiltig tid \(q(text)) (väntade TT:MM)" : "invalid time \(q(text)) (expected HH:MM)"
        case let .invalidDateTime(text):
            return sv
                ? "ogiltig tidpunkt \(q(text)) (väntade ÅÅÅÅ-MM-DD TT:MM)"
                : "invalid date-time \(q(text)) (expected YYYY-MM-DD HH:MM)"
        case let .invalidDuration(text):
            return sv
                ? "ogiltig varaktighet \(q(text)) (ISO 8601, t.ex. PT2H30M eller -P21D)"
                : "invalid duration \(q(text)) (ISO 8601, e.g. PT2H30M or -P21D)"
        case let .dateOutOfRange(text):
            return sv
                ? "datumet \(q(text)) ligger utanför åren \(SupportedYears.text) som samplan planerar"
                : "the date \(q(text)) is outside the years \(SupportedYears.text) that samplan plans"
        case let .durationTooLong(text):
            return sv ? "varaktigheten \(q(text)) är längre än 200 år" : "the duration \(q(text)) is longer than 200 years"
        case let .offsetTooLong(text):
            return sv
                ? "förskjutningen \(q(text)) är längre än ett år (högst P366D)"
                : "the offset \(q(text)) is longer than a year (at most P366D)"
        case let .minGapBeyondOffset(gap, offset):
            return sv
                ? "min_gap \(gap) är längre än förskjutningen \(offset): mötet kan aldrig ligga så långt före"
                : "min_gap \(gap) is longer than the offset \(offset): the meeting can never lie that far before"
        case let .invalidMonthDay(text):
            return sv ? "ogiltigt datum \(q(text)) (väntade MM-DD eller ÅÅÅÅ-MM-DD)" : "invalid date \(q(text)) (expected MM-DD or YYYY-MM-DD)"
        case let .invalidNumber(text):
            return sv ? "ogiltigt tal \(q(text))" : "invalid number \(q(text))"
        case let .invalidBool(text):
            return sv ? "väntade true eller false, inte \(q(text))" : "expected true or false, not \(q(text))"
        case let .invalidChoice(text, allowed):
            return sv
                ? "ogiltigt värde \(q(text)); tillåtna: \(allowed.joined(separator: ", "))"
                : "invalid value \(q(text)); allowed: \(allowed.joined(separator: ", "))"
        case let .invalidStatus(text):
            return sv
                ? "okänd status \(q(text)); tillåtna: ja, nej, delvis, pågående"
                : "unknown status \(q(text)); allowed: ja, nej, delvis, pågående"
        case let .unknownTimeZone(name):
            return sv
                ? "okänd tidszon \(q(name)) (väntade en IANA-zon, t.ex. Europe/Stockholm)"
                : "unknown time zone \(q(name)) (expected an IANA zone, e.g. Europe/Stockholm)"
        case let .invalidRule(text):
            return sv ? "ogiltig RRULE \(q(text)) (RFC 5545)" : "invalid RRULE \(q(text)) (RFC 5545)"
        case .ruleTooFine:
            return sv ? "RRULE: FREQ måste vara DAILY, WEEKLY, MONTHLY eller YEARLY" : "RRULE: FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY"
        case .ruleTimeOfDay:
            return sv
                ? "RRULE: BYHOUR, BYMINUTE och BYSECOND används inte; ange starttiden med time:"
                : "RRULE: BYHOUR, BYMINUTE and BYSECOND are not used; give the start with time:"
        case let .ruleNeverOccurs(from, until):
            return sv ? "RRULE ger inga möten mellan \(from) och \(until)" : "the RRULE gives no meeting between \(from) and \(until)"
        case let .durationNotPositive(text):
            return sv ? "varaktigheten \(q(text)) måste vara större än noll" : "the duration \(q(text)) must be greater than zero"
        case let .durationNotExact(text):
            return sv
                ? "varaktigheten \(q(text)) får inte innehålla år eller månader"
                : "the duration \(q(text)) must not contain years or months"
        case let .offsetNotDays(text):
            return sv
                ? "förskjutningen \(q(text)) måste anges i hela dagar eller veckor (t.ex. -P21D)"
                : "the offset \(q(text)) must be whole days or weeks (e.g. -P21D)"
        case .timeRequired:
            return sv ? "ett organ med cadence behöver time: (starttid)" : "a body with a cadence needs time: (its start time)"
        case .fromAfterUntil:
            return sv ? "from ligger efter until" : "from is after until"
        case let .yearMismatch(file, key):
            return sv ? "year: \(key) stämmer inte med filnamnet (\(file).yaml)" : "year: \(key) does not match the file name (\(file).yaml)"
        case let .invalidMeetingID(text):
            return sv
                ? "ogiltigt mötes-id \(q(text)) (väntade <organ>-ÅÅÅÅ-MM-DD)"
                : "invalid meeting id \(q(text)) (expected <body>-YYYY-MM-DD)"
        case let .unknownMeeting(id):
            return sv ? "inget möte \(q(id)) finns i schemat" : "no meeting \(q(id)) in the schedule"
        case let .extraCollides(id):
            return sv
                ? "extramötet får id \(q(id)), som redan är ett möte i organet" : "the extra meeting's id \(q(id)) is already a meeting of its body"
        case let .repeatedException(id):
            return sv ? "mötet \(q(id)) har redan ett undantag" : "the meeting \(q(id)) already has an exception"
        case .exceptionShape:
            return sv
                ? "ett undantag är {meeting, move_to}, {meeting, cancel: true} eller {extra: {...}}"
                : "an exception is {meeting, move_to}, {meeting, cancel: true} or {extra: {...}}"
        case let .relativeCycle(bodies):
            return sv
                ? "relativa kadenser bildar en cirkel: \(bodies.joined(separator: " → "))"
                : "relative cadences form a cycle: \(bodies.joined(separator: " → "))"
        case let .goalOutsideArea(goal, area):
            return sv ? "delmålet \(q(goal)) hör inte till fokusområdet \(q(area))" : "goal \(q(goal)) does not belong to focus area \(q(area))"
        case let .unresolvedInvitation(body, focus, from, years):
            return sv
                ? "inget möte i organet \(q(body)) med fokusområdet \(q(focus)) från \(from) och \(years) år framåt; "
                    + "ange ett mötes-id eller ett annat from"
                : "no meeting of body \(q(body)) with focus area \(q(focus)) from \(from) to \(years) years ahead; give a meeting id or another from"
        }
    }
}
