import Foundation
import SamplanConfig
import SamplanCore
import Testing

@Suite("Kallelse settings: kallelse in samplan.yaml, calendar per person, substitute per member")
struct KallelseConfigTests {
    /// `FILE:LINE:COLUMN` of `word` on `line` (1-based) of `text`, as the admin reads it.
    func position(of word: String, in file: String, line: Int, text: String) throws -> String {
        let row = text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
        let range = try #require(row.range(of: word))
        return "config/\(file):\(line):\(row.distance(from: row.startIndex, to: range.lowerBound) + 1)"
    }

    @Test("defaults: ten days ahead, förhinder to the strategist two days before, invitations for people with an address")
    func defaults() throws {
        let configuration = try ConfigFixture().load().get()
        #expect(configuration.settings.kallelseLead == ISODuration(days: 10))
        #expect(configuration.settings.kallelseDeadline == ISODuration(days: 2))
        #expect(configuration.settings.kallelseReplyTo == nil)
        #expect(configuration.person("ordf")?.channel == .invitation)
        #expect(configuration.person("strateg")?.channel == .feed, "no address: the feed is the only channel")
        #expect(configuration.bodies.first?.members.first?.substitute == nil)
    }

    @Test("kallelse, calendar and substitute are read")
    func read() throws {
        let fixture = ConfigFixture()
            .appending("kallelse: {lead: P7D, reply_to: ordf, deadline: P3D}\nmail: {command: \"msmtp -t\"}\n", to: "samplan.yaml")
            .replacing("    email: ordf@test.example.se", with: "    email: ordf@test.example.se\n    calendar: feed", in: "people.yaml")
            .replacing("members: [ordf,", with: "members: [{person: ordf, substitute: strateg},", in: "bodies.yaml")
        let configuration = try fixture.load().get()
        #expect(configuration.settings.kallelseLead == ISODuration(days: 7))
        #expect(configuration.settings.kallelseDeadline == ISODuration(days: 3))
        #expect(configuration.settings.kallelseReplyTo == "ordf")
        #expect(configuration.settings.sendCommand == "msmtp -t")
        #expect(configuration.person("ordf")?.channel == .feed)
        #expect(configuration.bodies.first?.members.first?.substitute == "strateg")
    }

    @Test("an unknown reply_to, calendar value or substitute is an error at its FILE:LINE:COLUMN")
    func errors() throws {
        let line = "kallelse: {lead: P7D, reply_to: nobody, deadline: P3D}"
        let replyTo = ConfigFixture().appending(line + "\n", to: "samplan.yaml")
        let samplan = try #require(replyTo.files["samplan.yaml"])
        let row = samplan.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == line }.map { $0 + 1 } ?? 0
        expectOneError(replyTo, at: try position(of: "nobody", in: "samplan.yaml", line: row, text: samplan), saying: "nobody")

        let calendar = ConfigFixture().replacing(
            "    email: ordf@test.example.se", with: "    email: ordf@test.example.se\n    calendar: mail", in: "people.yaml")
        expectOneError(
            calendar, at: try position(of: "mail", in: "people.yaml", line: 7, text: try #require(calendar.files["people.yaml"])),
            saying: "invitation")

        let substitute = ConfigFixture().replacing("members: [ordf,", with: "members: [{person: ordf, substitute: vem},", in: "bodies.yaml")
        expectOneError(
            substitute, at: try position(of: "vem", in: "bodies.yaml", line: 5, text: try #require(substitute.files["bodies.yaml"])), saying: "vem")

        // strateg has no address: an invitation cannot reach them.
        let noAddress = ConfigFixture().replacing(
            "    name: \"Samverkansstrateg\"", with: "    name: \"Samverkansstrateg\"\n    calendar: invitation", in: "people.yaml")
        expectOneError(
            noAddress, at: try position(of: "invitation", in: "people.yaml", line: 4, text: try #require(noAddress.files["people.yaml"])),
            saying: "calendar: invitation kräver en e-postadress, och strateg har ingen")

        let unknownKey = ConfigFixture().appending("kallelse: {lead: P7D, svar: ordf}\n", to: "samplan.yaml")
        #expect(unknownKey.errorLines().contains { $0.contains("svar") })
    }
}
