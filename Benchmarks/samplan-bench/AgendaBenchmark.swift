import ICal
import SamplanCore

/// The generated organization with what agendas and flags work on: 300 people, six members per
/// body (so that some overlap), focus areas with two delmål each, 2,000 activities over ten years in
/// every state (settled, stale, overdue, moved, without anyone responsible) and 200 invitations,
/// half to `{body, focus, from}`.
func agendaConfiguration(bodies count: Int, years: ClosedRange<Int>, activities activityCount: Int) throws -> Configuration {
    var configuration = try generatedConfiguration(bodies: count)
    configuration.people = (0..<300).map { Person(id: "p\($0)", name: "Person \($0)", title: "Titel \($0 % 7)") }
    for index in configuration.bodies.indices {
        configuration.bodies[index].members = (0..<6).map {
            Body.Membership(person: "p\((index * 7 + $0 * 53) % 300)", role: $0 == 0 ? .chair : .member)
        }
        configuration.bodies[index].standingAgenda = [
            Body.AgendaItem(title: "Mötets öppnande", duration: ISODuration(minutes: 5)),
            Body.AgendaItem(title: "Aktuellt", duration: ISODuration(minutes: 30)),
            Body.AgendaItem(title: "Övriga frågor", duration: ISODuration(minutes: 10)),
        ]
        configuration.bodies[index].special = [
            Body.SpecialItems(month: 5, items: [Body.AgendaItem(title: "Uppföljning", duration: ISODuration(minutes: 30))])
        ]
        if index % 10 == 0 { configuration.bodies[index].kind = .samrad }
    }
    configuration.focusAreas = ["A", "B", "C", "D"].map {
        FocusArea(id: $0, name: "Område \($0)", goals: [.init(id: "\($0)1", text: "Mål \($0)1"), .init(id: "\($0)2", text: "Mål \($0)2")])
    }
    let goals = configuration.focusAreas.flatMap(\.goals).map(\.id)
    configuration.activities = (0..<activityCount).map { index in
        let year = years.lowerBound + index % years.count
        let statuses: [ActivityStatus] = [.pagaende, .delvis, .ja, .nej, .pagaende]
        let followUps = (0..<(index % 4)).map { step in
            FollowUp(
                date: LocalDate(year: year, month: 2 + step * 3, day: 1 + index % 28)!, status: statuses[(index + step) % statuses.count],
                text: "Uppföljning \(step)")
        }
        return Activity(
            id: "act\(index)", year: year, goal: goals[index % goals.count], title: "Aktivitet \(index)", owner: "body\(index % count)",
            responsible: index % 5 == 0 ? nil : "p\(index % 300)", due: index % 3 == 0 ? LocalDate(year: year, month: 9, day: 30) : nil,
            movedTo: index % 11 == 0 ? year + 1 : nil, followUps: followUps)
    }
    configuration.invitations = (0..<200).map { index in
        let target: Invitation.Target =
            index % 2 == 0
            ? .firstWithFocus(
                body: "body\(index % count)", focus: ["A", "B", "C", "D"][index % 4],
                from: LocalDate(year: years.lowerBound + index % years.count, month: 3, day: 1))
            : .meeting("body\(index % count)-2030-01-01")
        return Invitation(
            presenter: .person("p\((index * 31) % 300)"), target: target, topic: "Dragning \(index)", duration: ISODuration(minutes: 20))
    }
    return configuration
}

/// Agendas and flags for every meeting of 200 bodies over ten years with 2,000 activities.
func benchmarkAgendas() throws {
    let years = 2026...2035
    let configuration = try agendaConfiguration(bodies: 200, years: years, activities: 2000)
    let schedule = ScheduleBuilder.build(configuration, years: years)
    let asOf = LocalDate(year: 2031, month: 1, day: 1)!
    measure("agendas + flags: 200 bodies × 10 years", goal: "< 300 ms") {
        let builder = AgendaBuilder(configuration: configuration, schedule: schedule)
        let checker = FlagChecker(builder)
        var items = 0
        var flags = 0
        for meeting in schedule.meetings {
            let agenda = builder.agenda(for: meeting, asOf: asOf)
            items += agenda.items.count
            flags += checker.flags(for: agenda).count
        }
        return "\(schedule.meetings.count) meetings, \(items) items, \(flags) flags"
    }
    measure("  flags alone, every activity judged again", goal: "-") {
        let checker = FlagChecker(configuration: configuration, schedule: schedule)
        return "\(schedule.meetings.reduce(0) { $0 + checker.flags(for: $1, asOf: asOf).count }) flags"
    }
    measure("  agendas as plain text (feeds)", goal: "-") {
        let builder = AgendaBuilder(configuration: configuration, schedule: schedule)
        let characters = schedule.meetings.reduce(0) { $0 + builder.agenda(for: $1, asOf: asOf).plainText(in: .sv).utf8.count }
        return "\(characters / 1024) KiB of text"
    }
}
