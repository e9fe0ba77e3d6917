import Foundation
import Testing

/// Command-line arguments at and past the supported years (1900–2199): a message and exit 1 or 2,
/// never a crash; and meetings named by the day they are held.
@Suite("Extreme arguments and meetings by their real date")
struct ExtremeArgumentsTests {
    @Test(
        "a year or date outside 1900–2199 exits 2 with a message, nothing on stdout",
        arguments: [
            ["ics", "--all", "--year", "9999"], ["flags", "--at", "9999-06-01"], ["flags", "--at", "0001-01-01"], ["diff", "--at", "9999-01-01"],
            ["schedule", "--year", "2200"], ["report", "--year", "1899"], ["agenda", "samrad-2026-05-14", "--at", "2200-01-01"],
        ])
    func outOfRange(arguments: [String]) throws {
        let workspace = try FeedWorkspace()
        let run = try workspace.samplan(arguments)
        #expect(run.status == 2, "status \(run.status), stderr: \(run.stderr)")
        #expect(run.stderr.contains("1900") && run.stderr.contains("2199"), "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty, "stdout: \(run.stdout)")
    }

    @Test("an agenda of a meeting in the year 9999 exits 1 saying the year is outside 1900–2199")
    func agendaIn9999() throws {
        let run = try SamplanBinary.run(["agenda", "--config", "config/knivsta", "samrad-9999-01-01"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("året 9999 ligger utanför 1900–2199"), "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("a cancellation of samrad-9999-01-14 (a typo) is a validation error at its line and column; validate exits 1")
    func exceptionIn9999() throws {
        let workspace = try FeedWorkspace()
        try workspace.write("exceptions.yaml", "exceptions:\n  - {meeting: samrad-9999-01-14, cancel: true}\n")
        let run = try SamplanBinary.run(["validate", "--config", workspace.config])
        #expect(run.status == 1)
        #expect(run.stderr.contains("exceptions.yaml:2:15: datumet \"9999-01-14\" ligger utanför åren 1900–2199"), "stderr: \(run.stderr)")
    }

    @Test("the agenda of the samråd held on Monday 18 May 2026 (after Kristi himmelsfärds dag and its klämdag) can be asked for by that day")
    func agendaByHeldDate() throws {
        let byDay = try SamplanBinary.run(["agenda", "--config", "config/knivsta", "samrad-2026-05-18", "--at", "2026-05-01"])
        let byID = try SamplanBinary.run(["agenda", "--config", "config/knivsta", "samrad-2026-05-14", "--at", "2026-05-01"])
        #expect(byDay.status == 0, "stderr: \(byDay.stderr)")
        #expect(byDay.stdout == byID.stdout)
        #expect(byDay.stderr.contains("samrad-2026-05-18 är mötet samrad-2026-05-14"))
        #expect(byDay.stdout.contains("18 maj 2026"))
    }

    @Test("flags --meeting accepts the day the meeting is held")
    func flagsByHeldDate() throws {
        let run = try SamplanBinary.run(["flags", "--config", "config/knivsta", "--meeting", "samrad-2026-05-18", "--at", "2026-05-01"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
    }

    @Test("diff shows the beredning that follows its samråd's move, under its own id")
    func diffShowsFollower() throws {
        let workspace = try FeedWorkspace()
        let march = 1_772_366_400  // 2026-03-01 12:00 UTC
        #expect(try workspace.samplan(["ics", "--all", "--at", "2026-03-01"], now: march).status == 0)
        try workspace.write("exceptions.yaml", "exceptions:\n  - {meeting: samrad-2026-05-14, move_to: \"2026-05-26 13:00\", reason: \"Krock\"}\n")
        let diff = try workspace.samplan(["diff", "--at", "2026-03-01"], now: march)
        #expect(diff.status == 0, "stderr: \(diff.stderr)")
        let text = diff.stdout.lowercased()
        #expect(text.contains("flyttat: tl-2026-04-28  tisdag 28 april 2026 kl. 9.00 → tisdag 12 maj 2026 kl. 9.00"), "\(diff.stdout)")
        #expect(text.contains("flyttat: samrad-2026-05-14  måndag 18 maj 2026 kl. 13.00 → tisdag 26 maj 2026 kl. 13.00"))
    }
}
