import Foundation
import ICal
import SamplanConfig
import SamplanCore
import Testing

/// What the seed reports say and the model could not (issue 17, part 1): a follow-up without status,
/// a cancelled extra meeting, a presentation not held, an activity's background and analysis, and a
/// focus area outside the rotation.
@Suite("Saying what the reports say")
struct SeedModelTests {
    static let asOf = LocalDate(iso: "2025-11-01")!

    static func load(_ fixture: ConfigFixture) throws -> Configuration {
        try fixture.load().get()
    }

    static func flags(_ configuration: Configuration, at meeting: String) throws -> [MeetingFlag] {
        let checker = FlagChecker(configuration: configuration, schedule: ScheduleBuilder.build(configuration, years: 2024...2026))
        return try #require(checker.flags(for: meeting, asOf: asOf))
    }

    // MARK: status omitted

    static let withoutStatus = ConfigFixture().replacing("        status: pågående\n", with: "", in: "activities/2025.yaml")

    @Test("a follow-up may omit its status: it counts as a follow-up, the report's Klar? stays empty, and it settles nothing")
    func statusOmitted() throws {
        let configuration = try Self.load(Self.withoutStatus)
        let activity = try #require(configuration.activities.first)
        #expect(activity.followUps.map(\.status) == [nil])
        #expect(activity.followUps.first?.text == "En workshop har genomförts")
        let row = try #require(FollowUpReport(configuration, year: 2025).areas.first?.goals.first?.rows.first)
        #expect(row.status == nil)
        #expect(row.result == "En workshop har genomförts")
        // Followed up, so no `no-followup`; unsettled, so carried into 2026.
        #expect(try Self.flags(configuration, at: "tl-2025-12-23").allSatisfy { $0.rule != .noFollowUp })
        #expect(activity.isInWork(of: 2026))
    }

    @Test("a status that is given must still be one of the set")
    func statusStillChecked() throws {
        let fixture = ConfigFixture().replacing("status: pågående", with: "status: nästan", in: "activities/2025.yaml")
        guard case let .failure(errors) = fixture.load() else {
            Issue.record("an unknown status was accepted")
            return
        }
        #expect(errors.lines == ["config/activities/2025.yaml:11:17: okänd status \"nästan\"; tillåtna: ja, nej, delvis, pågående, ej aktuell"])
    }

    // MARK: a cancelled extra

    @Test("an extra meeting is cancelled with a reason, by its id, like a regular one")
    func cancelledExtra() throws {
        let configuration = try Self.load(
            ConfigFixture().appending("  - {meeting: tl-2025-03-18, cancel: true, reason: \"Inställt på grund av covid-19\"}", to: "exceptions.yaml"))
        let schedule = ScheduleBuilder.build(configuration, years: 2025...2025)
        let extra = try #require(schedule.meetings.first { $0.id == "tl-2025-03-18" })
        #expect(extra.isExtra)
        #expect(extra.status == .cancelled)
        #expect(extra.cancellationReason == "Inställt på grund av covid-19")
        #expect(schedule.issues.isEmpty)
    }

    // MARK: held: false

    static let notHeld = ConfigFixture().replacing(
        "    activity: a1-informera\n    duration: PT20M\n",
        with: "    activity: a1-informera\n    duration: PT20M\n    held: false\n    reason: \"Uteblev pga. sjukdom\"\n",
        in: "invitations.yaml")

    @Test("a presentation not held is shown as such on its meeting's agenda and in the feed text")
    func notHeldOnAgenda() throws {
        let configuration = try Self.load(Self.notHeld)
        let builder = AgendaBuilder(configuration: configuration, schedule: ScheduleBuilder.build(configuration, years: 2024...2026))
        let agenda = try #require(builder.agenda(for: "tl-2025-04-22", asOf: Self.asOf))
        let presentation = try #require(agenda.presentations.first?.presentation)
        #expect(!presentation.held)
        #expect(agenda.plainText(in: .sv).contains("Ordförande: Lägesbild (blev inte av: Uteblev pga. sjukdom)"))
    }

    @Test("a presentation not held is flagged at the body's next meeting, to the person responsible for its activity")
    func notHeldFlag() throws {
        let configuration = try Self.load(Self.notHeld)
        let flag = try #require(try Self.flags(configuration, at: "tl-2025-12-23").first { $0.rule == .presentationNotHeld })
        #expect(flag.activity == "a1-informera")
        #expect(flag.person == "ordf")
        #expect(flag.rule.rawValue == "presentation-not-held")
        #expect(flag.message(in: .sv) == "Dragningen ”Lägesbild” blev inte av 22 april 2025; bjud in igen eller stryk den (dropped: true).")
        // Not at the meeting where it was planned, nor at another body's meeting.
        #expect(try Self.flags(configuration, at: "tl-2025-04-22").allSatisfy { $0.rule != .presentationNotHeld })
        #expect(try Self.flags(configuration, at: "samrad-2025-10-09").allSatisfy { $0.rule != .presentationNotHeld })
    }

    @Test("invited again to a later meeting, or dropped, the presentation raises no flag")
    func notHeldResolved() throws {
        let again = Self.notHeld.appending(
            """
              - presenter: ordf
                meeting: tl-2025-12-23
                topic: "Lägesbild, nytt försök"
                activity: a1-informera
                duration: PT20M
            """, to: "invitations.yaml")
        let dropped = Self.notHeld.replacing(
            "    reason: \"Uteblev pga. sjukdom\"\n", with: "    reason: \"Uteblev pga. sjukdom\"\n    dropped: true\n", in: "invitations.yaml")
        for fixture in [again, dropped] {
            let configuration = try Self.load(fixture)
            #expect(try Self.flags(configuration, at: "tl-2025-12-23").allSatisfy { $0.rule != .presentationNotHeld })
        }
    }

    @Test("reason and dropped belong to held: false, and say so at their position")
    func notHeldKeysAlone() throws {
        let fixture = ConfigFixture().replacing(
            "    activity: a1-informera\n    duration: PT20M\n", with: "    activity: a1-informera\n    duration: PT20M\n    reason: \"Sjuk\"\n",
            in: "invitations.yaml")
        guard case let .failure(errors) = fixture.load() else {
            Issue.record("reason without held: false was accepted")
            return
        }
        #expect(errors.lines == ["config/invitations.yaml:7:13: reason gäller bara en dragning som inte blev av (held: false)"])
    }

    // MARK: background and analysis

    @Test("an activity carries multi-line background and analysis, paragraphs kept")
    func backgroundAndAnalysis() throws {
        let configuration = try Self.load(
            ConfigFixture().replacing(
                "    due: 2025-12-31\n",
                with: "    due: 2025-12-31\n    background: |\n      Första stycket.\n\n      Andra stycket.\n    analysis: >\n      Analysen\n      i en rad.\n",
                in: "activities/2025.yaml"))
        let activity = try #require(configuration.activities.first)
        #expect(activity.background == "Första stycket.\n\nAndra stycket.")
        #expect(activity.analysis == "Analysen i en rad.")
    }

    // MARK: rotate: false

    @Test("a focus area with rotate: false is never put on an agenda by rotation, only where planned")
    func notRotating() throws {
        let configuration = try Self.load(
            ConfigFixture().replacing("  - id: A\n    name: \"Förebyggande och hälsofrämjande\"\n",
                with: "  - id: A\n    name: \"Förebyggande och hälsofrämjande\"\n    rotate: false\n", in: "focus-areas.yaml"))
        let meetings = ScheduleBuilder.build(configuration, years: 2025...2026).meetings
        let regular = meetings.filter { !$0.isExtra && $0.body != "au" }
        #expect(!regular.isEmpty)
        #expect(regular.allSatisfy { !$0.focus.contains("A") })
        #expect(regular.allSatisfy { $0.status == .cancelled || $0.focus == ["B"] })
        // The extra plans A explicitly and keeps it.
        #expect(meetings.first { $0.id == "tl-2025-03-18" }?.focus == ["A"])
    }
}
