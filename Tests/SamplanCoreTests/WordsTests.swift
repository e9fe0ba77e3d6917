import Foundation
import ICal
import SamplanCore
import Testing

@Suite("Words")
struct WordsTests {
    /// Every text of `value` (strings, lists of them, nested groups), named by its path; a text with
    /// arguments (a closure) is named with its type instead of its text.
    static func texts(_ value: Any, path: String = "") -> [(path: String, text: String)] {
        if let text = value as? String { return [(path, text)] }
        let type = String(describing: Swift.type(of: value))
        if type.contains("->") { return [(path, type)] }
        let mirror = Mirror(reflecting: value)
        return mirror.children.enumerated().flatMap { index, child in
            texts(child.value, path: path + "." + (child.label ?? "\(index)"))
        }
    }

    /// The texts with arguments (Mirror cannot call closures reliably, so they are listed here).
    nonisolated(unsafe) static let oneArgument: [KeyPath<Words, Words.Text1>] = [
        \.meeting.movedFrom, \.meeting.from, \.meeting.fallsOn, \.agenda.footer, \.agenda.draftSubject, \.feed.allMeetings,
        \.feed.joinOnline, \.feed.agendaLink, \.flags.heading, \.flags.stale, \.flags.hasStale, \.flags.overdueNoStatus,
        \.flags.hasOverdueNoStatus, \.flags.movedDue, \.flags.hasMovedDue, \.importing.missingColumns, \.importing.unknownFocusArea,
        \.importing.unknownStatus, \.importing.unreadable, \.config.duplicateFile, \.config.yamlSyntax, \.config.missingFile,
        \.config.unknownFile, \.config.missingKey, \.config.unknownKey, \.config.didYouMean, \.config.invalidID,
        \.config.unknownPerson, \.config.unknownBody, \.config.unknownFocusArea, \.config.unknownGoal, \.config.unknownActivity,
        \.config.unknownMeetingReference, \.config.invalidDate, \.config.invalidTime, \.config.invalidDateTime,
        \.config.invalidDuration, \.config.invalidMonthDay, \.config.invalidNumber, \.config.invalidBool, \.config.invalidStatus,
        \.config.unknownTimeZone, \.config.invalidRule, \.config.durationNotPositive, \.config.durationNotExact,
        \.config.offsetNotDays, \.config.invalidMeetingID, \.config.unknownMeeting, \.config.extraCollides, \.config.repeatedException,
        \.config.relativeCycle, \.subscribe.subscribeTo, \.subscribe.footer, \.subscribe.questions, \.commands.invalidMeetingID,
        \.commands.stateUnavailable, \.config.expandsTooFar, \.config.durationTooLong, \.config.offsetTooLong, \.holidays.bridgeDayAfter,
        \.holidays.bridgeDayBefore, \.meeting.carriedFrom, \.followUp.fromYear, \.flags.missingList, \.config.missingLists,
        \.config.unknownAction, \.config.invalidMinutesFile, \.config.minutesOfCancelledMeeting, \.flags.actionOverdue, \.minutes.recordedBy,
        \.minutes.templateSave, \.minutes.templateLatest, \.feed.minutesLink,
        \.importing.invalidDate, \.importing.stdoutIsConfigFile, \.importing.keptAs,
        \.kallelse.subject, \.kallelse.changedSubject,
        \.kallelse.cancelledSubject, \.kallelse.movedSubject, \.kallelse.called, \.kallelse.previously, \.kallelse.callSubstitute,
        \.kallelse.nothingToSend, \.kallelse.alreadyStarted, \.kallelse.noSender, \.kallelse.invitationWithoutEmail,
        \.narrative.resultsIntro, \.narrative.times, \.narrative.participants, \.narrative.politiciansFrom, \.narrative.steeredBy,
        \.narrative.appendix, \.narrative.pandocFailed, \.yearWheel.approval, \.yearWheel.dates, \.http.invalidYear, \.subscribe.yearWheel,
        \.flags.notHeld, \.agenda.presentationNotHeldBecause, \.config.onlyWhenNotHeld,
        \.personal.heading, \.personal.agreedAt, \.personal.doneLabel, \.personal.presenting, \.personal.textTooLong,
        \.personal.reminderSubject, \.personal.greeting, \.personal.summarySubject, \.personal.summaryIntro, \.personal.nothingToSend,
        \.personal.noEmail, \.personal.nothingToExport,
    ]
    nonisolated(unsafe) static let twoArguments: [KeyPath<Words, Words.Text2>] = [
        \.feed.focusArea, \.schedule.heading, \.flags.doubleBooked, \.flags.agendaOverrun, \.flags.activity, \.flags.overdue,
        \.flags.hasOverdue, \.importing.tooManyCells, \.importing.unknownGoal, \.importing.goalOutsideArea, \.importing.failed,
        \.importing.yamlOrigin, \.config.tooLarge, \.config.invalidChoice, \.config.ruleNeverOccurs, \.config.yearMismatch,
        \.config.goalOutsideArea, \.config.summary, \.config.dateOutOfRange, \.config.minGapBeyondOffset, \.commands.namedByDay,
        \.meeting.followsMove, \.config.minutesMismatch, \.config.minutesBeforeMeeting, \.config.unknownAgendaItem,
        \.config.actionDueBeforeMeeting, \.flags.action, \.minutes.standingIn, \.minutes.templateHeading, \.commands.noMinutes,
        \.importing.dateOutOfRange, \.importing.removed, \.importing.keptInUse, \.importing.stdoutEmptiedConfigFile, \.importing.unwritable,
        \.importing.written, \.kallelse.cancelled, \.kallelse.moved, \.kallelse.reportAbsence, \.kallelse.sendFailed, \.kallelse.sent,
        \.kallelse.noLongerCalled, \.narrative.ofWhich, \.narrative.notMet, \.narrative.invited, \.narrative.activityCount,
        \.narrative.approved, \.narrative.missingText, \.yearWheel.title, \.yearWheel.description, \.flags.presentationNotHeld,
        \.personal.reportedBy, \.personal.reminderActivities, \.personal.summaryLine, \.personal.counts,
        \.personal.sent, \.personal.exported,
    ]
    nonisolated(unsafe) static let threeArguments: [KeyPath<Words, Words.Text3>] = [
        \.flags.overrun, \.config.duplicateID, \.commands.unknown, \.commands.unknownBodyInID, \.commands.noMeeting, \.commands.valid,
        \.commands.unsupportedYearInID, \.narrative.met,
    ]

    @Test("every language's catalog has every text, none of them empty")
    func noEmptyText() {
        let reference = Self.texts(Words.sv).map(\.path)
        #expect(reference.count > 200)
        for language in Language.allCases {
            let texts = Self.texts(language.words)
            #expect(texts.map(\.path) == reference, "\(language): not the same texts as sv")
            for (path, text) in texts {
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(language)\(path) is empty")
            }
        }
    }

    @Test("every text with arguments is in each language's catalog and uses every argument")
    func textsWithArguments() {
        // The lists above hold every closure of the catalog: a new one must be added there too.
        let closures = Self.texts(Words.sv).filter { $0.text.contains("->") }
        #expect(closures.count == Self.oneArgument.count + Self.twoArguments.count + Self.threeArguments.count + 2)
        for words in Words.all {
            func check(_ text: String, _ arguments: [String], _ name: String) {
                #expect(arguments.allSatisfy(text.contains), "\(words.language) \(name): \"\(text)\" leaves out an argument")
            }
            for path in Self.oneArgument { check(words[keyPath: path]("‹1›"), ["‹1›"], "\(path)") }
            for path in Self.twoArguments { check(words[keyPath: path]("‹1›", "‹2›"), ["‹1›", "‹2›"], "\(path)") }
            for path in Self.threeArguments { check(words[keyPath: path]("‹1›", "‹2›", "‹3›"), ["‹1›", "‹2›", "‹3›"], "\(path)") }
            check(words.config.unresolvedInvitation("‹1›", "‹2›", "‹3›", 7004), ["‹1›", "‹2›", "‹3›", "7004"], "unresolvedInvitation")
            check(words.commands.counts(7001, 7002, 7003, 7004), ["7001", "7002", "7003", "7004"], "counts")
        }
    }

    @Test("each language is chosen once: language.words is that language's catalog")
    func chosenByLanguage() {
        for language in Language.allCases {
            #expect(language.words.language == language)
        }
        #expect(Words.all.map(\.language) == Language.allCases)
    }

    @Test("a moved meeting reads \"Flyttat från …\" and a cancelled one \"Inställt\"")
    func movedAndCancelled() {
        #expect(
            Words.sv.meeting.movedNote(from: "torsdag 14 maj 2026", reason: "Kristi himmelsfärds dag")
                == "Flyttat från torsdag 14 maj 2026 (Kristi himmelsfärds dag)")
        #expect(Words.en.meeting.movedNote(from: "Thursday 14 May 2026", reason: nil) == "Moved from Thursday 14 May 2026")
        #expect(Words.sv.meeting.labelled(Words.sv.meeting.cancelled, reason: "Krock") == "Inställt: Krock")
    }

    @Test("a holiday's name comes from the catalog in every language")
    func holidayNames() {
        let ascension = SwedishHolidays.holidays(in: 2026).first { $0.date.month == 5 && $0.date.day == 14 }
        #expect(ascension?.name.text(in: .sv) == "Kristi himmelsfärds dag")
        #expect(ascension?.name.text(in: .en) == "Ascension Day")
    }
}
