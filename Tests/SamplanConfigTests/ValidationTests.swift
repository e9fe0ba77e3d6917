import Foundation
import SamplanConfig
import SamplanCore
import Testing

/// Expects exactly one error, at `position` (`FILE:LINE:COLUMN`), whose message contains `part`.
func expectOneError(
    _ fixture: ConfigFixture, at position: String, saying part: String, extra: [SourceFile] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let lines = fixture.errorLines(extra: extra)
    #expect(lines.count == 1, "expected one error, got \(lines)", sourceLocation: sourceLocation)
    expectLine(in: lines, at: position, saying: part, sourceLocation: sourceLocation)
}

/// Expects an error line at `position` whose message contains `part` (other errors may follow from it).
func expectLine(in lines: [String], at position: String, saying part: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = lines.contains { $0.hasPrefix(position + ": ") && $0.contains(part) }
    #expect(found, "no error \(position): …\(part)… in \(lines)", sourceLocation: sourceLocation)
}

@Suite("A valid configuration")
struct ValidConfigurationTests {
    @Test("a complete, correct configuration loads without errors")
    func loads() throws {
        let configuration = try ConfigFixture().load().get()
        #expect(configuration.organization.id == "test")
        #expect(configuration.people.map(\.id) == ["strateg", "ordf"])
        #expect(configuration.bodies.map(\.id) == ["samrad", "tl", "au"])
        #expect(configuration.focusAreas.map(\.id) == ["A", "B"])
        #expect(configuration.activities.map(\.id) == ["a1-informera"])
        #expect(configuration.invitations.count == 2)
        #expect(configuration.exceptions.count == 3)
    }

    @Test("follow-up status is read in any case, and pagaende is accepted for pågående", arguments: ["pagaende", "Pågående", "PÅGÅENDE"])
    func statusSpellings(status: String) throws {
        let fixture = ConfigFixture().replacing("status: pågående", with: "status: \(status)", in: "activities/2025.yaml")
        let configuration = try fixture.load().get()
        #expect(configuration.activities.first?.followUps.first?.status == .pagaende)
    }

    @Test("an explicit focus plan naming real meetings is accepted")
    func explicitFocusPlan() throws {
        let fixture = ConfigFixture().replacing("focus: rotate", with: "focus: {samrad-2025-05-08: [A, B]}", in: "bodies.yaml")
        #expect(fixture.errorLines().isEmpty)
    }

    @Test("a standing item may be marked closing: true; anything but a boolean is an error at its line and column")
    func closingItems() throws {
        func fixture(_ value: String) -> ConfigFixture {
            ConfigFixture().replacing(
                "location: \"Kommunhuset\"",
                with: "location: \"Kommunhuset\"\n    standing_agenda:\n      - {title: \"Övriga frågor\", closing: \(value)}", in: "bodies.yaml")
        }
        let configuration = try fixture("true").load().get()
        #expect(configuration.bodies.first?.standingAgenda.map(\.closing) == [true])
        let lines = fixture("kanske").errorLines()
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("config/bodies.yaml:8:43: ") == true, "\(lines)")
        #expect(lines.first?.contains("väntade true eller false") == true && lines.first?.contains("kanske") == true, "\(lines)")
    }

    @Test("every file but samplan.yaml may be left out")
    func onlyMainFile() throws {
        var fixture = ConfigFixture()
        fixture.files = ["samplan.yaml": ConfigFixture.samplan, "people.yaml": ConfigFixture.people]
        #expect(fixture.errorLines().isEmpty)
    }

    @Test("a configuration without samplan.yaml is refused, naming the missing file")
    func missingMainFile() {
        let fixture = ConfigFixture().setting("samplan.yaml", to: nil)
        expectOneError(fixture, at: "config/samplan.yaml:1:1", saying: "filen samplan.yaml saknas")
    }
}

@Suite("Keys and value types")
struct KeyAndTypeTests {
    @Test("a misspelt key is an error at the key, with the closest known key suggested")
    func unknownKey() {
        let fixture = ConfigFixture().replacing("location:", with: "loaction:", in: "bodies.yaml")
        let lines = fixture.errorLines()
        #expect(lines == [#"config/bodies.yaml:6:5: okänd nyckel "loaction" (menade du "location"?)"#])
    }

    @Test("with locale: en the same mistake is reported in English")
    func unknownKeyInEnglish() {
        let fixture = ConfigFixture()
            .replacing("  timezone: Europe/Stockholm\n", with: "  timezone: Europe/Stockholm\n  locale: en\n", in: "samplan.yaml")
            .replacing("location:", with: "loaction:", in: "bodies.yaml")
        #expect(fixture.errorLines() == [#"config/bodies.yaml:6:5: unknown key "loaction" (did you mean "location"?)"#])
    }

    @Test("a key far from every known key is reported without a suggestion")
    func unknownKeyWithoutSuggestion() {
        let fixture = ConfigFixture().appending("    colour: blue", to: "bodies.yaml")
        #expect(fixture.errorLines() == [#"config/bodies.yaml:32:5: okänd nyckel "colour""#])
    }

    @Test("a list where a single value belongs is an error at the list")
    func listForScalar() {
        let fixture = ConfigFixture().replacing(#"name: "Samverkansstrateg""#, with: #"name: ["Samverkansstrateg"]"#, in: "people.yaml")
        expectOneError(fixture, at: "config/people.yaml:3:11", saying: "väntade ett enkelt värde, inte en lista eller mappning")
    }

    @Test("a single value where keys and values belong is an error at the value")
    func scalarForMapping() {
        let fixture = ConfigFixture().replacing("holidays: {country: SE, policy: next-working-day}", with: "holidays: SE", in: "samplan.yaml")
        expectOneError(fixture, at: "config/samplan.yaml:7:11", saying: "väntade nycklar och värden (en mappning)")
    }

    @Test("a single value where a list belongs is an error at the value")
    func scalarForList() {
        let fixture = ConfigFixture().replacing("members: [strateg]", with: "members: strateg", in: "bodies.yaml")
        expectOneError(fixture, at: "config/bodies.yaml:16:14", saying: "väntade en lista")
    }

    @Test("a missing required key is reported at the mapping that lacks it")
    func missingKey() {
        let fixture = ConfigFixture().replacing("    name: \"Ordförande\"\n", with: "", in: "people.yaml")
        expectOneError(fixture, at: "config/people.yaml:4:5", saying: #"nyckeln "name" saknas"#)
    }
}

@Suite("References between files")
struct ReferenceTests {
    @Test("a member who is not in people.yaml is an unknown person")
    func danglingPerson() {
        let fixture = ConfigFixture().replacing("members: [ordf,", with: "members: [ordf2,", in: "bodies.yaml")
        expectOneError(fixture, at: "config/bodies.yaml:5:15", saying: #"okänt person-id "ordf2""#)
    }

    @Test("an activity owned by a body that does not exist is an unknown body")
    func danglingBody() {
        let fixture = ConfigFixture().replacing("owner: tl", with: "owner: tll", in: "activities/2025.yaml")
        expectOneError(fixture, at: "config/activities/2025.yaml:6:12", saying: #"okänt organ "tll""#)
    }

    @Test("an invitation to the first meeting with an unknown focus area names the area")
    func danglingFocusArea() {
        let fixture = ConfigFixture().replacing("focus: B,", with: "focus: Z,", in: "invitations.yaml")
        expectOneError(fixture, at: "config/invitations.yaml:8:36", saying: #"okänt fokusområde "Z""#)
    }

    @Test("an activity under an unknown delmål names the delmål")
    func danglingGoal() {
        let fixture = ConfigFixture().replacing("goal: A1", with: "goal: Z1", in: "activities/2025.yaml")
        expectOneError(fixture, at: "config/activities/2025.yaml:4:11", saying: #"okänt delmål "Z1""#)
    }

    @Test("an invitation linked to an unknown activity names the activity")
    func danglingActivity() {
        let fixture = ConfigFixture().replacing("activity: a1-informera", with: "activity: a9", in: "invitations.yaml")
        expectOneError(fixture, at: "config/invitations.yaml:5:15", saying: #"aktivitet "a9""#)
    }

    @Test(
        "an unknown activity reads as correct Swedish (“okänd aktivitet”)"
    )
    func danglingActivityGrammar() {
        let fixture = ConfigFixture().replacing("activity: a1-informera", with: "activity: a9", in: "invitations.yaml")
        expectOneError(fixture, at: "config/invitations.yaml:5:15", saying: #"okänd aktivitet "a9""#)
    }

    @Test("an invitation to a meeting that is not in the schedule is an error at the meeting id")
    func danglingInvitationMeeting() {
        let fixture = ConfigFixture().replacing("meeting: tl-2025-04-22", with: "meeting: tl-2025-04-23", in: "invitations.yaml")
        expectOneError(fixture, at: "config/invitations.yaml:3:14", saying: #"inget möte "tl-2025-04-23" finns i schemat"#)
    }

    @Test("an exception for a meeting that is not in the schedule is an error at the exception")
    func danglingExceptionMeeting() {
        let fixture = ConfigFixture().replacing("samrad-2025-10-09, move_to", with: "samrad-2025-10-10, move_to", in: "exceptions.yaml")
        expectOneError(fixture, at: "config/exceptions.yaml:2:5", saying: #"inget möte "samrad-2025-10-10" finns i schemat"#)
    }

    @Test(
        "an exception for a meeting of a misspelt body is reported once, as an unknown body"
    )
    func exceptionForUnknownBody() {
        let fixture = ConfigFixture().replacing("samrad-2025-10-09, move_to", with: "samrd-2025-10-09, move_to", in: "exceptions.yaml")
        expectOneError(fixture, at: "config/exceptions.yaml:2:15", saying: #"okänt organ "samrd""#)
    }

    @Test("a focus plan naming a meeting that is not in the schedule is an error at the meeting id")
    func danglingFocusPlanMeeting() {
        let fixture = ConfigFixture().replacing("focus: rotate", with: "focus: {samrad-2025-05-09: [A]}", in: "bodies.yaml")
        expectOneError(fixture, at: "config/bodies.yaml:12:13", saying: #"inget möte "samrad-2025-05-09" finns i schemat"#)
    }

    @Test("a follow-up made at a meeting that is not in the schedule is an error at the meeting id")
    func danglingFollowUpMeeting() {
        let fixture = ConfigFixture().replacing("meeting: samrad-2025-05-08", with: "meeting: samrad-2025-05-09", in: "activities/2025.yaml")
        expectOneError(fixture, at: "config/activities/2025.yaml:13:18", saying: #"inget möte "samrad-2025-05-09" finns i schemat"#)
    }
}

@Suite("Recurrence rules, dates, times and durations")
struct ValueFormTests {
    /// The fixture with the `au` body's rule replaced (bodies.yaml line 29, value at column 14).
    func withRule(_ rule: String) -> ConfigFixture {
        ConfigFixture().replacing(#"rrule: "FREQ=MONTHLY;BYDAY=1WE""#, with: "rrule: \"\(rule)\"", in: "bodies.yaml")
    }

    @Test("an RRULE libical cannot read is an error at the rule")
    func invalidRule() {
        expectOneError(withRule("FREQ=FORTNIGHTLY"), at: "config/bodies.yaml:29:14", saying: #"ogiltig RRULE "FREQ=FORTNIGHTLY""#)
    }

    @Test("an RRULE that never occurs (30 February) is an error naming the period searched", .timeLimit(.minutes(1)))
    func ruleWithoutOccurrence() {
        expectOneError(
            withRule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), at: "config/bodies.yaml:29:14",
            saying: "RRULE ger inga möten mellan 2025-01-01 och 2025-12-31")
    }

    @Test("meetings do not recur by the hour: FREQ=HOURLY is refused")
    func hourlyRule() {
        expectOneError(withRule("FREQ=HOURLY"), at: "config/bodies.yaml:29:14", saying: "FREQ måste vara DAILY, WEEKLY, MONTHLY eller YEARLY")
    }

    @Test("the start time comes from time:, so BYHOUR in a rule is refused")
    func byHourRule() {
        expectOneError(
            withRule("FREQ=WEEKLY;BYDAY=WE;BYHOUR=10"), at: "config/bodies.yaml:29:14",
            saying: "BYHOUR, BYMINUTE och BYSECOND används inte; ange starttiden med time:")
    }

    @Test("a duration that is not ISO 8601 is an error at the value")
    func invalidDuration() {
        let fixture = ConfigFixture().replacing("duration: PT1H\n", with: "duration: PT2X\n", in: "bodies.yaml")
        expectOneError(fixture, at: "config/bodies.yaml:27:15", saying: #"ogiltig varaktighet "PT2X""#)
    }

    @Test("a date that does not exist is an error at the value")
    func invalidDate() {
        let fixture = ConfigFixture().replacing("from: 2025-01-01", with: "from: 2025-02-30", in: "bodies.yaml")
        expectOneError(fixture, at: "config/bodies.yaml:30:13", saying: #"ogiltigt datum "2025-02-30" (väntade ÅÅÅÅ-MM-DD)"#)
    }

    @Test("a time of day past 23:59 is an error at the value")
    func invalidTime() {
        let fixture = ConfigFixture().replacing(#"time: "10:00""#, with: #"time: "25:00""#, in: "bodies.yaml")
        expectOneError(fixture, at: "config/bodies.yaml:26:11", saying: #"ogiltig tid "25:00" (väntade TT:MM)"#)
    }

    @Test("a time zone that is not an IANA zone is an error at the value")
    func unknownTimeZone() {
        let fixture = ConfigFixture().replacing("timezone: Europe/Stockholm", with: "timezone: Mars/Olympus", in: "samplan.yaml")
        expectOneError(fixture, at: "config/samplan.yaml:4:13", saying: #"okänd tidszon "Mars/Olympus""#)
    }

    @Test("with locale: en an unknown time zone is reported in English")
    func unknownTimeZoneInEnglish() {
        let fixture = ConfigFixture().replacing(
            "  timezone: Europe/Stockholm\n", with: "  timezone: Mars/Olympus\n  locale: en\n", in: "samplan.yaml")
        #expect(
            fixture.errorLines() == [
                #"config/samplan.yaml:4:13: unknown time zone "Mars/Olympus" (expected an IANA zone, e.g. Europe/Stockholm)"#
            ])
    }

    @Test("an unknown follow-up status is an error listing the allowed values")
    func unknownStatus() {
        let fixture = ConfigFixture().replacing("status: pågående", with: "status: klar", in: "activities/2025.yaml")
        expectOneError(fixture, at: "config/activities/2025.yaml:11:17", saying: #"okänd status "klar"; tillåtna: ja, nej, delvis, pågående"#)
    }
}

@Suite("Relative cadences")
struct RelativeCadenceTests {
    @Test("two bodies placed relative to each other form a cycle, reported as a → b → a")
    func cycle() {
        let fixture = ConfigFixture().appending(
            """
              - id: a
                name: "A"
                duration: PT1H
                time: "10:00"
                cadence:
                  relative: {body: b, offset: -P7D}
              - id: b
                name: "B"
                duration: PT1H
                time: "10:00"
                cadence:
                  relative: {body: a, offset: P7D}
            """, to: "bodies.yaml")
        expectOneError(fixture, at: "config/bodies.yaml:37:17", saying: "relativa kadenser bildar en cirkel: a → b → a")
    }

    @Test("a body placed relative to itself is a cycle")
    func selfCycle() {
        let fixture = ConfigFixture().replacing(
            "      until: 2025-12-31\n", with: "      until: 2025-12-31\n      relative: {body: au, offset: P7D}\n", in: "bodies.yaml")
        expectOneError(fixture, at: "config/bodies.yaml:32:17", saying: "relativa kadenser bildar en cirkel: au → au")
    }
}

@Suite("Duplicate ids")
struct DuplicateTests {
    @Test("a person id given twice is an error at the second, pointing at the first")
    func duplicatePerson() {
        let fixture = ConfigFixture().appending("  - id: ordf\n    name: \"Ordförande igen\"", to: "people.yaml")
        expectOneError(fixture, at: "config/people.yaml:7:9", saying: #"person "ordf" finns redan (config/people.yaml:4:9)"#)
    }

    @Test("a body id given twice is an error at the second, pointing at the first")
    func duplicateBody() {
        let fixture = ConfigFixture().appending("  - id: au\n    name: \"AU igen\"\n    duration: PT1H", to: "bodies.yaml")
        expectOneError(fixture, at: "config/bodies.yaml:32:9", saying: #"organ "au" finns redan (config/bodies.yaml:23:9)"#)
    }

    @Test("the same activity id in two year files is one activity continuing; twice in one file is an error")
    func repeatedActivity() throws {
        let fixture = ConfigFixture().setting(
            "activities/2024.yaml",
            to: """
                year: 2024
                activities:
                  - id: a1-informera
                    goal: A1
                    title: "Förra årets aktivitet"

                """)
        let configuration = try #require(try? fixture.load().get())
        let activity = try #require(configuration.activities.first { $0.id == "a1-informera" })
        #expect(configuration.activities.filter { $0.id == "a1-informera" }.count == 1)
        #expect(activity.year == 2024)
        #expect(activity.listedIn == [2024, 2025])
        #expect(activity.title != "Förra årets aktivitet")

        let twice = ConfigFixture().setting(
            "activities/2024.yaml",
            to: """
                year: 2024
                activities:
                  - {id: a1-informera, goal: A1, title: "En"}
                  - {id: a1-informera, goal: A1, title: "Två"}

                """)
        expectOneError(
            twice, at: "config/activities/2024.yaml:4:10", saying: #"aktivitet "a1-informera" finns redan (config/activities/2024.yaml:3:10)"#)
    }
}

@Suite("Activity files and exceptions")
struct FileAndExceptionTests {
    @Test("an activity file whose year: differs from its name loads with a warning at year: (the name wins)")
    func yearMismatch() throws {
        let fixture = ConfigFixture().replacing("year: 2025", with: "year: 2024", in: "activities/2025.yaml")
        let (configuration, warnings) = try #require(try? ConfigLoader.parseChecked(files: fixture.sourceFiles, directory: "config").get())
        #expect(configuration.activityListYears.contains(2025))
        #expect(
            warnings.map { $0.warningDescription(in: .sv) }
                == ["config/activities/2025.yaml:1:7: varning: year: 2024 stämmer inte med filnamnet (2025.yaml)"])
    }

    @Test("an extra meeting on the day of a regular meeting of its body collides with its id")
    func extraCollides() {
        let fixture = ConfigFixture().replacing(#"start: "2025-03-18 09:00""#, with: #"start: "2025-04-22 15:00""#, in: "exceptions.yaml")
        expectOneError(fixture, at: "config/exceptions.yaml:4:5", saying: #"extramötet får id "tl-2025-04-22", som redan är ett möte i organet"#)
    }

    @Test("a meeting may have only one exception: the second is an error")
    func twoExceptions() {
        let fixture = ConfigFixture().appending("  - {meeting: samrad-2025-10-09, cancel: true}", to: "exceptions.yaml")
        expectOneError(fixture, at: "config/exceptions.yaml:5:5", saying: #"mötet "samrad-2025-10-09" har redan ett undantag"#)
    }

    @Test("a file samplan does not know (bodys.yaml) is an error naming it")
    func unknownFile() {
        let extra = [SourceFile(name: "bodys.yaml", text: "bodies: []\n")]
        expectOneError(ConfigFixture(), at: "config/bodys.yaml:1:1", saying: #"okänd konfigurationsfil "bodys.yaml""#, extra: extra)
    }

    @Test(
        "a file given both as .yml and .yaml is reported as a duplicate file, not as a body"
    )
    func duplicateFile() {
        let extra = [SourceFile(name: "bodies.yml", text: ConfigFixture.bodies)]
        let lines = ConfigFixture().errorLines(extra: extra)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("config/bodies.yml:1:1: ") == true)
        #expect(lines.first?.contains("organ") == false)
    }
}

@Suite("Unreadable files")
struct UnreadableFileTests {
    @Test("a YAML syntax error (an unclosed brace) is reported at the line and column where the parser found it")
    func malformedYAML() {
        // Line 8 loses its closing brace; the parser notices at the ':' after "topic" on line 9 (column 10),
        // and the message names where the brace was opened (8:14).
        let fixture = ConfigFixture().replacing("from: 2025-01-01}", with: "from: 2025-01-01", in: "invitations.yaml")
        expectOneError(
            fixture, at: "config/invitations.yaml:9:10", saying: "ogiltig YAML: did not find expected ',' or '}' (while parsing a flow mapping, 8:14)"
        )
    }

    @Test(
        "a YAML syntax error in bodies.yaml is its only error, not followed by “unknown body” for every reference"
    )
    func malformedBodiesOnly() {
        let fixture = ConfigFixture().replacing("members: [strateg]", with: "members: [strateg", in: "bodies.yaml")
        expectOneError(
            fixture, at: "config/bodies.yaml:17:9", saying: "ogiltig YAML: did not find expected ',' or ']' (while parsing a flow sequence, 16:14)")
    }

    @Test("an empty file is an error, not an empty section")
    func emptyFile() {
        let fixture = ConfigFixture().setting("invitations.yaml", to: "")
        expectOneError(fixture, at: "config/invitations.yaml:1:1", saying: "filen är tom")
    }

    @Test("a file with only comments is empty too")
    func commentsOnly() {
        let fixture = ConfigFixture().setting("invitations.yaml", to: "# inga inbjudningar ännu\n")
        expectOneError(fixture, at: "config/invitations.yaml:1:1", saying: "filen är tom")
    }

    @Test("a binary file (with NUL bytes) is an error, not a crash")
    func binaryFile() {
        let bytes: [UInt8] = Array("exceptions: []\n".utf8) + [0, 1, 2, 0xFF, 0]
        let extra = [SourceFile(name: "exceptions.yaml", displayPath: "config/exceptions.yaml", bytes: bytes)]
        let fixture = ConfigFixture().setting("exceptions.yaml", to: nil)
        expectOneError(fixture, at: "config/exceptions.yaml:1:1", saying: "filen är inte text i UTF-8 (binär fil?)", extra: extra)
    }

    @Test("a file that is not valid UTF-8 (Latin-1 å) is an error")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("invitations:\n  - topic: \"P".utf8) + [0xE5] + Array("l\"\n".utf8)
        let extra = [SourceFile(name: "invitations.yaml", displayPath: "config/invitations.yaml", bytes: bytes)]
        let fixture = ConfigFixture().setting("invitations.yaml", to: nil)
        expectOneError(fixture, at: "config/invitations.yaml:1:1", saying: "filen är inte text i UTF-8", extra: extra)
    }
}

@Suite("All errors of a run")
struct AllErrorsTests {
    @Test("three independent mistakes in three files give three errors, sorted by file and line")
    func threeErrors() {
        let fixture = ConfigFixture()
            .replacing("timezone: Europe/Stockholm", with: "timezone: Mars/Olympus", in: "samplan.yaml")
            .appending("  - id: ordf\n    name: \"Ordförande igen\"", to: "people.yaml")
            .replacing(#"time: "10:00""#, with: #"time: "25:00""#, in: "bodies.yaml")
        // Given in reverse name order: the order of the report does not depend on the order read.
        let result = ConfigLoader.parse(files: fixture.sourceFiles.reversed(), directory: "config")
        guard case let .failure(errors) = result else {
            Issue.record("the configuration was accepted")
            return
        }
        let prefixes = errors.lines.map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(prefixes == ["config/bodies.yaml:26:11:", "config/people.yaml:7:9:", "config/samplan.yaml:4:13:"])
        #expect(
            errors.errors.map(\.position) == [
                SourcePosition(file: "config/bodies.yaml", line: 26, column: 11),
                SourcePosition(file: "config/people.yaml", line: 7, column: 9),
                SourcePosition(file: "config/samplan.yaml", line: 4, column: 13),
            ])
    }
}

@Suite("One mistake, one error")
struct OneMistakeOneErrorTests {
    @Test(
        "a body whose duration is invalid gets that one error, not also “unknown key” for its location"
    )
    func invalidDurationDoesNotHideKeys() {
        let fixture = ConfigFixture().replacing("duration: PT1H\n", with: "duration: PT2X\n    location: \"Rum 1\"\n", in: "bodies.yaml")
        #expect(fixture.errorLines() == [#"config/bodies.yaml:27:15: ogiltig varaktighet "PT2X" (ISO 8601, t.ex. PT2H30M eller -P21D)"#])
    }

    @Test(
        "a person with an invalid id gets that one error, not also “unknown key” for name:"
    )
    func invalidIDDoesNotHideKeys() {
        let fixture = ConfigFixture().appending("  - id: \"Anna Svensson\"\n    name: \"Anna\"", to: "people.yaml")
        let lines = fixture.errorLines()
        #expect(lines.count == 1, "\(lines)")
        expectLine(in: lines, at: "config/people.yaml:7:9", saying: #"ogiltigt id "Anna Svensson""#)
    }
}

@Suite("Reading a configuration directory from disk")
struct DirectoryTests {
    /// The fixture written to a fresh temporary directory.
    func writeFixture(_ fixture: ConfigFixture = ConfigFixture()) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for (name, text) in fixture.files { try directory.write(name, text) }
        return directory
    }

    @Test("the fixture written to disk loads, and errors name the directory as given")
    func fromDisk() throws {
        let directory = try writeFixture(ConfigFixture().replacing("timezone: Europe/Stockholm", with: "timezone: Mars/Olympus", in: "samplan.yaml"))
        defer { directory.remove() }
        guard case let .failure(errors) = ConfigLoader.load(directory: directory.url.path) else {
            Issue.record("the configuration was accepted")
            return
        }
        let expected = #"\#(directory.url.path)/samplan.yaml:4:13: okänd tidszon "Mars/Olympus" (väntade en IANA-zon, t.ex. Europe/Stockholm)"#
        #expect(errors.lines == [expected])
    }

    @Test("a 50 MB file is refused as too large, without reading it and without a crash")
    func hugeFile() throws {
        let directory = try writeFixture()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("invitations.yaml").path
        let line = Data("# en mycket lång kommentar som upprepas tills filen blir femtio megabyte stor ......\n".utf8)
        var chunk = Data()
        while chunk.count < 1024 * 1024 { chunk.append(line) }
        let handle = try FileHandle(forWritingTo: directory.url.appendingPathComponent("invitations.yaml"))
        try handle.truncate(atOffset: 0)
        while try handle.offset() < 50 * 1024 * 1024 { try handle.write(contentsOf: chunk) }
        try handle.close()

        guard case let .failure(errors) = ConfigLoader.load(directory: directory.url.path) else {
            Issue.record("the configuration was accepted")
            return
        }
        #expect(errors.lines.count == 1, "\(errors.lines)")
        #expect(errors.lines.first?.hasPrefix("\(path):1:1: filen är för stor (") == true, "\(errors.lines)")
        #expect(errors.lines.first?.hasSuffix("högst 4096 KiB tillåts") == true, "\(errors.lines)")
    }

    @Test("a directory that does not exist is one error naming it")
    func missingDirectory() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-missing-\(UUID().uuidString)").path
        guard case let .failure(errors) = ConfigLoader.load(directory: path) else {
            Issue.record("a missing directory was accepted")
            return
        }
        #expect(errors.lines == ["\(path):1:1: konfigurationskatalogen finns inte"])
    }

    @Test("the example configurations load without errors", arguments: ["knivsta", "uppsala"])
    func examples(name: String) {
        let path = packageRoot().appendingPathComponent("config/\(name)").path
        let result = ConfigLoader.load(directory: path)
        if case let .failure(errors) = result {
            Issue.record("config/\(name) has errors: \(errors.lines)")
        }
        #expect((try? result.get()) != nil)
    }
}
