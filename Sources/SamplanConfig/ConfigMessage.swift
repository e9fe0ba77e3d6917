public import SamplanCore

/// What can be wrong with a configuration; the words for the admin are in `Words.config` of each language.
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
    case unknownReference(kind: RefKind, id: String, suggestion: String? = nil)
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
    case minutesMismatch(file: String, key: String)
    case invalidMinutesFile(String)
    case minutesOfCancelledMeeting(String)
    case minutesBeforeMeeting(String, String)
    case unknownAgendaItem(String, meeting: String, suggestion: String?)
    case actionDueBeforeMeeting(String, meeting: String)
    case invalidMeetingID(String)
    case unknownMeeting(String)
    case extraCollides(String)
    case repeatedException(String)
    case exceptionShape
    case relativeCycle([String])
    case goalOutsideArea(goal: String, area: String)
    case unresolvedInvitation(body: String, focus: String, from: String, years: Int)
    case invitationWithoutEmail(String)
    case onlyWhenNotHeld(String)

    /// What a reference points at.
    public enum RefKind: String, Hashable, Sendable {
        case person, body, focusArea, goal, activity, meeting, action

        func name(in language: Language) -> String {
            let words = language.words.config
            switch self {
            case .person: return words.person
            case .body: return words.body
            case .focusArea: return words.focusArea
            case .goal: return words.goal
            case .activity: return words.activity
            case .meeting: return words.meeting
            case .action: return words.action
            }
        }
    }

    /// The message in `language`.
    public func text(in language: Language) -> String {
        let words = language.words.config
        switch self {
        case .unreadable: return words.unreadable
        case .notADirectory: return words.notADirectory
        case let .duplicateFile(first): return words.duplicateFile(first)
        case .notText: return words.notText
        case let .tooLarge(bytes, limit): return words.tooLarge("\(bytes / 1024)", "\(limit / 1024)")
        case .empty: return words.empty
        case let .yamlSyntax(problem): return words.yamlSyntax(problem)
        case let .expandsTooFar(limit): return words.expandsTooFar("\(limit)")
        case let .missingFile(name): return words.missingFile(name)
        case let .unknownFile(name): return words.unknownFile(name)
        case .expectedMapping: return words.expectedMapping
        case .expectedList: return words.expectedList
        case .expectedScalar: return words.expectedScalar
        case let .missingKey(key): return words.missingKey(key)
        case let .unknownKey(key, suggestion): return words.unknownKey(key) + (suggestion.map(words.didYouMean) ?? "")
        case .emptyValue: return words.emptyValue
        case let .invalidID(id): return words.invalidID(id)
        case let .duplicateID(kind, id, first):
            return words.duplicateID(kind.name(in: language), id, "\(first.file):\(first.line):\(first.column)")
        case let .unknownReference(kind, id, suggestion):
            let text: String
            switch kind {
            case .person: text = words.unknownPerson(id)
            case .body: text = words.unknownBody(id)
            case .focusArea: text = words.unknownFocusArea(id)
            case .goal: text = words.unknownGoal(id)
            case .activity: text = words.unknownActivity(id)
            case .meeting: text = words.unknownMeetingReference(id)
            case .action: text = words.unknownAction(id)
            }
            return text + (suggestion.map(words.didYouMean) ?? "")
        case let .invalidDate(text): return words.invalidDate(text)
        case let .invalidTime(text): return words.invalidTime(text)
        case let .invalidDateTime(text): return words.invalidDateTime(text)
        case let .invalidDuration(text): return words.invalidDuration(text)
        case let .dateOutOfRange(text): return words.dateOutOfRange(text, SupportedYears.text)
        case let .durationTooLong(text): return words.durationTooLong(text)
        case let .offsetTooLong(text): return words.offsetTooLong(text)
        case let .minGapBeyondOffset(gap, offset): return words.minGapBeyondOffset(gap, offset)
        case let .invalidMonthDay(text): return words.invalidMonthDay(text)
        case let .invalidNumber(text): return words.invalidNumber(text)
        case let .invalidBool(text): return words.invalidBool(text)
        case let .invalidChoice(text, allowed): return words.invalidChoice(text, allowed.joined(separator: ", "))
        case let .invalidStatus(text): return words.invalidStatus(text)
        case let .unknownTimeZone(name): return words.unknownTimeZone(name)
        case let .invalidRule(text): return words.invalidRule(text)
        case .ruleTooFine: return words.ruleTooFine
        case .ruleTimeOfDay: return words.ruleTimeOfDay
        case let .ruleNeverOccurs(from, until): return words.ruleNeverOccurs(from, until)
        case let .durationNotPositive(text): return words.durationNotPositive(text)
        case let .durationNotExact(text): return words.durationNotExact(text)
        case let .offsetNotDays(text): return words.offsetNotDays(text)
        case .timeRequired: return words.timeRequired
        case .fromAfterUntil: return words.fromAfterUntil
        case let .yearMismatch(file, key): return words.yearMismatch("\(file)", "\(key)")
        case let .minutesMismatch(file, key): return words.minutesMismatch(file, key)
        case let .invalidMinutesFile(name): return words.invalidMinutesFile(name)
        case let .minutesOfCancelledMeeting(id): return words.minutesOfCancelledMeeting(id)
        case let .minutesBeforeMeeting(id, start): return words.minutesBeforeMeeting(id, start)
        case let .unknownAgendaItem(title, meeting, suggestion):
            return words.unknownAgendaItem(title, meeting) + (suggestion.map(words.didYouMean) ?? "")
        case let .actionDueBeforeMeeting(due, meeting): return words.actionDueBeforeMeeting(due, meeting)
        case let .invalidMeetingID(text): return words.invalidMeetingID(text)
        case let .unknownMeeting(id): return words.unknownMeeting(id)
        case let .extraCollides(id): return words.extraCollides(id)
        case let .repeatedException(id): return words.repeatedException(id)
        case .exceptionShape: return words.exceptionShape
        case let .relativeCycle(bodies): return words.relativeCycle(bodies.joined(separator: " → "))
        case let .goalOutsideArea(goal, area): return words.goalOutsideArea(goal, area)
        case let .unresolvedInvitation(body, focus, from, years): return words.unresolvedInvitation(body, focus, from, years)
        case let .invitationWithoutEmail(person): return language.words.kallelse.invitationWithoutEmail(person)
        case let .onlyWhenNotHeld(key): return words.onlyWhenNotHeld(key)
        }
    }
}
