import Foundation
import ICal
import SamplanConfig
import SamplanCore
import Testing

/// minutes/<meeting-id>.yaml as the loader reads and judges it (issue 13, part 1).
@Suite("Minutes files")
struct MinutesConfigTests {
    /// The fixture with a standing agenda for the tjänsteledning and the minutes of tl-2025-04-22.
    static func fixture(_ minutes: String, named name: String = "minutes/tl-2025-04-22.yaml") -> ConfigFixture {
        ConfigFixture()
            .replacing(
                "    members: [strateg]\n", with: "    members: [strateg, ordf]\n    standing_agenda: [{title: \"Mötets öppnande\"}, {title: \"Aktuellt från huvudmännen\"}]\n",
                in: "bodies.yaml"
            )
            .setting(name, to: minutes)
    }

    //  1 meeting: tl-2025-04-22
    //  2 attendance:
    //  3   present: [strateg]
    //  4   absent: [ordf]
    //  5   guests: [{name: "Familjecentralen", organization: "Knivsta kommun"}]
    //  6 items:
    //  7   - {item: "Aktuellt från huvudmännen", notes: "Inget nytt.", decisions: ["Ta upp SIP i maj"]}
    //  8 followups:
    //  9   - {activity: a1-informera, status: delvis, text: "Broschyren är klar"}
    // 10 actions:
    // 11   - {text: "Ta fram lokal rutin för SIP", responsible: strateg, due: 2025-09-01}
    // 12   - {id: sip-rutin, text: "Boka lokal", responsible: ordf}
    // 13 done: []
    static let valid = """
        meeting: tl-2025-04-22
        attendance:
          present: [strateg]
          absent: [ordf]
          guests: [{name: "Familjecentralen", organization: "Knivsta kommun"}]
        items:
          - {item: "Aktuellt från huvudmännen", notes: "Inget nytt.", decisions: ["Ta upp SIP i maj"]}
        followups:
          - {activity: a1-informera, status: delvis, text: "Broschyren är klar"}
        actions:
          - {text: "Ta fram lokal rutin för SIP", responsible: strateg, due: 2025-09-01}
          - {id: sip-rutin, text: "Boka lokal", responsible: ordf}
        done: []

        """

    @Test("valid minutes load: attendance, items, actions numbered <meeting-id>#<n>, and the follow-up counts, dated the meeting's day")
    func valid() throws {
        let configuration = try Self.fixture(Self.valid).load().get()
        let minutes = try #require(configuration.minutes(of: "tl-2025-04-22"))
        #expect(minutes.attendance.present == ["strateg"])
        #expect(minutes.attendance.guests == [.named(name: "Familjecentralen", organization: "Knivsta kommun")])
        #expect(minutes.items.first?.decisions == ["Ta upp SIP i maj"])
        #expect(minutes.actions.map(\.id) == ["tl-2025-04-22#1", "sip-rutin"])
        #expect(minutes.actions.first?.due == LocalDate(iso: "2025-09-01"))
        let activity = try #require(configuration.activities.first { $0.id == "a1-informera" })
        #expect(
            activity.followUps.contains(
                FollowUp(date: LocalDate(iso: "2025-04-22")!, status: .delvis, text: "Broschyren är klar", meeting: "tl-2025-04-22")))
        #expect(activity.latestFollowUp(asOf: LocalDate(iso: "2025-04-30")!)?.status == .delvis)
    }

    @Test("an unknown person names the nearest id")
    func unknownPerson() {
        let fixture = Self.fixture(Self.valid.replacingOccurrences(of: "present: [strateg]", with: "present: [strateg2]"))
        expectOneError(fixture, at: "config/minutes/tl-2025-04-22.yaml:3:13", saying: #"okänt person-id "strateg2" (menade du "strateg"?)"#)
    }

    @Test("an unknown activity is an error at its id")
    func unknownActivity() {
        let fixture = Self.fixture(Self.valid.replacingOccurrences(of: "activity: a1-informera", with: "activity: a1-informer"))
        expectOneError(fixture, at: "config/minutes/tl-2025-04-22.yaml:9:16", saying: #"okänd aktivitet "a1-informer" (menade du "a1-informera"?)"#)
    }

    @Test("a status outside the set is an error at the status")
    func badStatus() {
        let fixture = Self.fixture(Self.valid.replacingOccurrences(of: "status: delvis", with: "status: halvklar"))
        expectOneError(fixture, at: "config/minutes/tl-2025-04-22.yaml:9:38", saying: #"okänd status "halvklar""#)
    }

    @Test("an item the meeting's agenda does not have names the nearest item")
    func unknownItem() {
        let fixture = Self.fixture(Self.valid.replacingOccurrences(of: #"item: "Aktuellt från huvudmännen""#, with: #"item: "Aktuellt från huvudmannen""#))
        expectOneError(
            fixture, at: "config/minutes/tl-2025-04-22.yaml:7:12",
            saying: #"dagordningen för tl-2025-04-22 har ingen punkt "Aktuellt från huvudmannen" (menade du "Aktuellt från huvudmännen"?)"#)
    }

    @Test("an action due before the meeting is an error at its due date")
    func dueBeforeMeeting() {
        let fixture = Self.fixture(Self.valid.replacingOccurrences(of: "due: 2025-09-01", with: "due: 2025-04-01"))
        expectOneError(fixture, at: "config/minutes/tl-2025-04-22.yaml:11:70", saying: "klart senast 2025-04-01 är före mötet (22 april 2025)")
    }

    @Test("an earlier action reported done must exist; the nearest id is named")
    func unknownDone() {
        let later = """
            meeting: tl-2025-09-23
            done: [tl-2025-04-22#1, tl-2025-04-22#3]

            """
        let fixture = Self.fixture(Self.valid).setting("minutes/tl-2025-09-23.yaml", to: later)
        expectOneError(fixture, at: "config/minutes/tl-2025-09-23.yaml:2:25", saying: #"okänd åtgärd "tl-2025-04-22#3" (menade du "tl-2025-04-22#1"?)"#)
    }

    @Test("minutes of a meeting that does not exist, or named by another file, are errors")
    func wrongMeeting() {
        let missing = Self.fixture(Self.valid.replacingOccurrences(of: "meeting: tl-2025-04-22", with: "meeting: tl-2025-04-23"), named: "minutes/tl-2025-04-23.yaml")
        expectOneError(missing, at: "config/minutes/tl-2025-04-23.yaml:1:10", saying: "tl-2025-04-23")
        let mismatch = Self.fixture(Self.valid.replacingOccurrences(of: "meeting: tl-2025-04-22", with: "meeting: tl-2025-09-23"))
        expectOneError(mismatch, at: "config/minutes/tl-2025-04-22.yaml:1:10", saying: "meeting: tl-2025-09-23 stämmer inte med filnamnet (tl-2025-04-22.yaml)")
        let badName = Self.fixture(Self.valid, named: "minutes/protokoll.yaml")
        expectOneError(badName, at: "config/minutes/protokoll.yaml:1:1", saying: "minnesanteckningar heter minutes/<mötes-id>.yaml")
    }

    @Test("minutes of a meeting that has not started yet are an error when the loader knows the time")
    func notStartedYet() {
        let files = Self.fixture(Self.valid).sourceFiles
        let before = Int(LocalDateTime(text: "2025-04-22 08:00")!.date.dayNumber) * 86_400 + 8 * 3600 - 2 * 3600
        guard case let .failure(errors) = ConfigLoader.parse(files: files, directory: "config", now: before) else {
            Issue.record("minutes of a meeting at 9.00 validated at 8.00")
            return
        }
        #expect(
            errors.lines == [
                "config/minutes/tl-2025-04-22.yaml:1:10: mötet tl-2025-04-22 har inte börjat ännu (tisdag 22 april 2025 kl. 9.00); minnesanteckningar skrivs efter mötet"
            ])
        let after = before + 2 * 3600
        #expect((try? ConfigLoader.parse(files: files, directory: "config", now: after).get()) != nil)
    }
}
