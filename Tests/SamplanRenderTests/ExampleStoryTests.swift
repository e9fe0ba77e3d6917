import Foundation
import ICal
import SamplanConfig
import SamplanCore
import SamplanRender
import Testing

/// The example configurations read as a new user reads them, side by side with the two reports in
/// shared/seeds (issue 17): what they say is what the reports say.
@Suite("The examples tell the reports' story")
struct ExampleStoryTests {
    static func rows(_ configuration: Configuration, year: Int) -> [FollowUpReport.Row] {
        FollowUpReport(configuration, year: year).areas.flatMap(\.goals).flatMap(\.rows)
    }

    @Test("Uppsala 2020: the report has no Klar? column, so no row states a status the report does not")
    func uppsalaStatuses() throws {
        let configuration = try RenderFixture.example("uppsala")
        let rows = Self.rows(configuration, year: 2020)
        #expect(rows.count == 47)
        let stated = rows.filter { $0.status != nil }
        // The two the report's words settle: a project that "har avslutats", a collaboration that ended.
        #expect(stated.map(\.activity.id).sorted() == ["b1-innovationskompetens", "d1-psykosvardens-beroendeteam"])
        #expect(stated.map(\.status).contains(.ja))
        #expect(stated.map(\.status).contains(.ejAktuell))
        let markdown = ReportDocument.markdown(FollowUpReport(configuration, year: 2020), language: .sv)
        let table = RenderFixture.markdownRows(markdown, header: "Aktivitet")
        #expect(table.filter { $0.last?.isEmpty == true }.count == 45)
    }

    @Test("Uppsala 2020: result texts in full, with the report's Bakgrund and Analys")
    func uppsalaTexts() throws {
        let configuration = try RenderFixture.example("uppsala")
        let results = Self.rows(configuration, year: 2020).map(\.result)
        #expect(results.contains { $0.contains("Under 2020 har 33 personer deltagit i verksamheten, 24 män och 9 kvinnor.") })
        #expect(configuration.activities.filter { $0.background != nil }.count > 30)
        #expect(configuration.activities.filter { $0.analysis != nil }.count > 30)
    }

    @Test("Uppsala: the samråd has its 13 politicians, each with a party and a board or styrelse")
    func uppsalaPoliticians() throws {
        let configuration = try RenderFixture.example("uppsala")
        let samrad = try #require(configuration.body("samrad"))
        let politicians = samrad.members.compactMap { configuration.person($0.person) }.filter(\.isPolitician)
        #expect(politicians.count == 13)
        #expect(politicians.allSatisfy { $0.party != nil && $0.board != nil })
    }

    @Test("Uppsala: §3 and §4 are not rotated, so no samråd of 2021 is put on \"Övrigt arbete under 2020\"")
    func uppsalaFocus() throws {
        let configuration = try RenderFixture.example("uppsala")
        #expect(configuration.focusAreas.filter { !$0.rotates }.map(\.id) == ["D", "E"])
        let schedule = ScheduleBuilder.build(configuration, years: 2020...2021)
        let samrad2021 = schedule.meetings.filter { $0.body == "samrad" && $0.start.local.date.year == 2021 }
        #expect(!samrad2021.isEmpty)
        let builder = AgendaBuilder(configuration: configuration, schedule: schedule)
        for meeting in samrad2021 {
            #expect(!meeting.focus.contains("E"))
            let agenda = try #require(builder.agenda(for: meeting.id, asOf: LocalDate(iso: "2021-01-01")!))
            #expect(!agenda.plainText(in: .sv).contains("Övrigt arbete under 2020"))
        }
    }

    @Test("Uppsala 2020: the March heldag is cancelled with its reason; two extra tjänsteledning meetings were held")
    func uppsalaMeetings() throws {
        let configuration = try RenderFixture.example("uppsala")
        let schedule = ScheduleBuilder.build(configuration, years: 2020...2020)
        let heldag = try #require(schedule.meetings.first { $0.id == "samrad-2020-03-19" })
        #expect(heldag.isExtra)
        #expect(heldag.status == .cancelled)
        #expect(heldag.cancellationReason?.contains("covid-19") == true)
        #expect(schedule.meetings.filter { $0.body == "tl" && $0.isExtra && $0.status == .confirmed }.count == 2)
        #expect(schedule.meetings.filter { $0.body == "samrad" && !$0.isExtra && $0.status == .confirmed }.count == 3)
    }

    @Test("Knivsta 2024: the tjänsteledning's agendas show the follow-ups made at meetings during the year")
    func knivstaLivingList() throws {
        let configuration = try RenderFixture.example("knivsta")
        let schedule = ScheduleBuilder.build(configuration, years: 2024...2024)
        let agenda = try #require(
            AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: "tl-2024-09-24", asOf: LocalDate(iso: "2024-09-01")!))
        let markdown = AgendaDocument.markdown(agenda, language: .sv)
        #expect(markdown.contains("| 11 januari 2024: Äldrevårdsenheten har bjudits in till samrådet, där det regionala och lokala arbetet presenterats. |"))
        #expect(markdown.contains("| 13 maj 2024: Uppföljning har skett genom en digital enkät"))
    }

    @Test("Knivsta 2024: the SIP presentation was not held and is offered again; Familjecentralen presents to both bodies")
    func knivstaPresentations() throws {
        let configuration = try RenderFixture.example("knivsta")
        let sip = try #require(configuration.invitations.first { $0.activity == "b1-sip" })
        #expect(!sip.held)
        #expect(sip.notHeldReason == "Uteblev pga. sjukdom")
        let schedule = ScheduleBuilder.build(configuration, years: 2024...2025)
        let flags = try #require(FlagChecker(configuration: configuration, schedule: schedule).flags(for: "tl-2024-11-19", asOf: LocalDate(iso: "2024-11-01")!))
        #expect(flags.contains { $0.rule == .presentationNotHeld && $0.activity == "b1-sip" })
        let resolver = InvitationResolver(configuration: configuration, schedule: schedule)
        let familjecentralen = configuration.invitations.indices.filter { configuration.invitations[$0].activity == "b2-familjecentralen" }
        let bodies = Set(familjecentralen.compactMap { resolver.meetingID(forInvitationAt: $0).flatMap { MeetingID($0) }?.body })
        #expect(bodies == ["tl", "samrad"])
    }
}
