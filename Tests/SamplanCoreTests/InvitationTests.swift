import ICal
import SamplanCore
import Testing

@Suite("Invitations resolve to meetings")
struct InvitationTests {
    func invitation(_ target: Invitation.Target) -> Invitation {
        Invitation(
            presenter: .guest(name: "Gäst", organization: nil, email: nil, title: nil), target: target, topic: "Ämne",
            duration: ISODuration(minutes: 15))
    }

    @Test("an explicit meeting id is taken as written")
    func explicit() throws {
        let configuration = try StrategistFixture.configuration(invitations: [invitation(.meeting("tl-2025-04-22"))])
        #expect(InvitationResolver(configuration: configuration).meetingIDs == ["tl-2025-04-22"])
    }

    @Test("{body, focus, from} is the first meeting of that body with that focus area on or after from")
    func firstWithFocus() throws {
        let configuration = try StrategistFixture.configuration(invitations: [
            invitation(.firstWithFocus(body: "samrad", focus: "C", from: StrategistFixture.day("2025-01-01"))),
            invitation(.firstWithFocus(body: "samrad", focus: "A", from: StrategistFixture.day("2025-01-10"))),
            invitation(.firstWithFocus(body: "tl", focus: "D", from: StrategistFixture.day("2025-01-01"))),
        ])
        #expect(InvitationResolver(configuration: configuration).meetingIDs == ["samrad-2025-05-08", "samrad-2026-01-08", "tl-2025-12-23"])
    }

    @Test("without from, it is the first such meeting of the whole schedule, whatever schedule is at hand")
    func withoutFrom() throws {
        let configuration = try StrategistFixture.configuration(invitations: [invitation(.firstWithFocus(body: "samrad", focus: "C", from: nil))])
        #expect(InvitationResolver(configuration: configuration).meetingIDs == ["samrad-2024-05-09"])
        let later = ScheduleBuilder.build(configuration, years: 2030...2031)
        #expect(InvitationResolver(configuration: configuration, schedule: later).meetingIDs == ["samrad-2024-05-09"])
    }

    @Test("a cancelled meeting is skipped: the invitation goes to the next meeting with that focus area")
    func skipsCancelled() throws {
        let configuration = try StrategistFixture.configuration(
            invitations: [invitation(.firstWithFocus(body: "samrad", focus: "C", from: StrategistFixture.day("2025-01-01")))],
            exceptions: [.cancel(meeting: "samrad-2025-05-08", reason: nil)])
        // With May cancelled, 2025 rotates over two meetings: January (A, B) and October (C, D).
        #expect(InvitationResolver(configuration: configuration).meetingIDs == ["samrad-2025-10-09"])
    }

    @Test("an invitation no meeting answers within the horizon resolves to nothing")
    func unresolved() throws {
        var configuration = try StrategistFixture.configuration(invitations: [
            invitation(.firstWithFocus(body: "samrad", focus: "C", from: StrategistFixture.day("2025-01-01")))
        ])
        configuration.bodies[0].focus = .explicit(["samrad-2025-01-09": ["A"]])
        let resolver = InvitationResolver(configuration: configuration)
        #expect(resolver.meetingIDs == [nil])
        #expect(resolver.unresolved == [0])
    }

    @Test("an invitation to a body with a series ending soon looks no further than the series")
    func seriesEnds() throws {
        var configuration = try StrategistFixture.configuration(invitations: [
            invitation(.firstWithFocus(body: "samrad", focus: "D", from: StrategistFixture.day("2026-11-01")))
        ])
        configuration.bodies[0].cadence?.until = StrategistFixture.day("2026-12-31")
        #expect(InvitationResolver(configuration: configuration).meetingIDs == [nil])
    }

    @Test("the resolved presenter appears on that meeting's agenda and no other")
    func onTheAgenda() throws {
        let configuration = try StrategistFixture.configuration(invitations: [
            invitation(.firstWithFocus(body: "tl", focus: "C", from: StrategistFixture.day("2025-01-01")))
        ])
        let builder = StrategistFixture.builder(configuration)
        let asOf = StrategistFixture.day("2025-01-01")
        #expect(builder.agenda(for: "tl-2025-09-23", asOf: asOf)?.presentations.count == 1)
        #expect(builder.agenda(for: "tl-2025-04-22", asOf: asOf)?.presentations.isEmpty == true)
        #expect(builder.invitations.invitations(at: "tl-2025-09-23").map(\.index) == [0])
    }
}
