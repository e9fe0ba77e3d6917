import ICal
import SamplanCore
import Testing

/// A small organization for agendas and flags, built in code: a samråd on the second Thursday of
/// January, May and October at 13:00 (2 h 30 min), a tjänsteledning two weeks before each on Tuesday
/// at 09:00 (2 h), four focus areas, and the people who sit in both.
///
/// 2025: samrad-2025-01-09 (A, B), samrad-2025-05-08 (C), samrad-2025-10-09 (D);
/// tl-2025-04-22 (A, B), tl-2025-09-23 (C), tl-2025-12-23 (D).
enum StrategistFixture {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    static func configuration(
        activities: [Activity] = [], invitations: [Invitation] = [], exceptions: [ScheduleException] = [], language: Language = .sv,
        listYears: Set<Int> = [2024, 2025, 2026]
    ) throws -> Configuration {
        let samrad = Body(
            id: "samrad", name: "Samråd HSVO Test", kind: .samrad,
            members: [.init(person: "ordf", role: .chair), .init(person: "socialchef"), .init(person: "strateg", role: .secretary)],
            location: "Kommunhuset", online: "https://meet.example.se/samrad", time: LocalTime(hour: 13, minute: 0),
            duration: ISODuration(text: "PT2H30M")!,
            cadence: Cadence(rule: try RecurrenceRule("FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH"), from: day("2024-01-01")),
            standingAgenda: [
                .init(title: "Mötets öppnande", duration: ISODuration(minutes: 5)),
                .init(title: "Aktuellt från huvudmännen", duration: ISODuration(minutes: 20)),
                .init(title: "Övriga frågor", duration: ISODuration(minutes: 10)),
            ],
            special: [.init(month: 5, items: [.init(title: "Uppföljning av aktivitetslistan", duration: ISODuration(minutes: 30))])],
            focus: .rotate)
        let tl = Body(
            id: "tl", name: "Tjänsteledning HSVO Test", kind: .tjansteledning,
            members: [.init(person: "socialchef", role: .chair), .init(person: "voc"), .init(person: "strateg", role: .secretary)],
            location: "Kommunhuset, sal Vrå", time: LocalTime(hour: 9, minute: 0), duration: ISODuration(hours: 2),
            cadence: Cadence(relative: [.init(body: "samrad", offsetDays: -14, weekday: .tuesday)], from: day("2024-01-01")),
            standingAgenda: [.init(title: "Mötets öppnande", duration: ISODuration(minutes: 5)), .init(title: "Genomgång av aktivitetslistan")],
            focus: .rotate)
        var configuration = Configuration(
            organization: Organization(id: "test", name: "HSVO Test", language: language, strategist: "strateg", domain: "test.example.se"),
            people: [
                Person(id: "ordf", name: "Ordförande", title: "Ordförande"),
                Person(id: "socialchef", name: "Socialchef Test kommun", title: "Socialchef"),
                Person(id: "voc", name: "Verksamhetsområdeschef", title: "Verksamhetsområdeschef", organization: "Region Test"),
                Person(id: "strateg", name: "Samverkansstrateg", title: "Samverkansstrateg"),
            ],
            bodies: [samrad, tl],
            focusAreas: [
                FocusArea(
                    id: "A", name: "Förebyggande och hälsofrämjande",
                    goals: [.init(id: "A1", text: "Hälsosamma val"), .init(id: "A2", text: "Psykisk hälsa")]),
                FocusArea(id: "B", name: "Nära vård", goals: [.init(id: "B1", text: "Personcentrerad vård")]),
                FocusArea(id: "C", name: "Kompetensförsörjning", goals: [.init(id: "C1", text: "Samverkan kring kompetens")]),
                FocusArea(id: "D", name: "Krishantering och beredskap", goals: [.init(id: "D1", text: "Kris och beredskap")]),
            ],
            activities: activities, invitations: invitations, exceptions: exceptions)
        configuration.activityListYears = listYears
        return configuration
    }

    /// An activity of 2025 under `goal`, responsible `strateg` unless told otherwise.
    static func activity(
        _ id: String, goal: String = "C1", responsible: String? = "strateg", owner: String? = "tl", due: String? = nil, movedTo: Int? = nil,
        year: Int = 2025, followUps: [(String, ActivityStatus)] = []
    ) -> Activity {
        Activity(
            id: id, year: year, goal: goal, title: "Aktivitet \(id)", owner: owner, responsible: responsible, due: due.map(day),
            movedTo: movedTo, followUps: followUps.map { FollowUp(date: day($0.0), status: $0.1, text: "Uppföljning \($0.0)") })
    }

    static func builder(_ configuration: Configuration, years: ClosedRange<Int> = 2024...2026) -> AgendaBuilder {
        AgendaBuilder(configuration: configuration, schedule: ScheduleBuilder.build(configuration, years: years))
    }
}

@Suite("Agendas: items, times, focus areas, presenters")
struct AgendaTests {
    let asOf = StrategistFixture.day("2025-04-20")

    @Test("a samråd's May agenda lists the standing items, then the May follow-up, each with its clock time")
    func itemsInOrder() throws {
        let agenda = try #require(StrategistFixture.builder(try StrategistFixture.configuration()).agenda(for: "samrad-2025-05-08", asOf: asOf))
        #expect(
            agenda.items.map(\.title) == ["Mötets öppnande", "Aktuellt från huvudmännen", "Övriga frågor", "Uppföljning av aktivitetslistan"])
        #expect(agenda.items.map { $0.start.time.description } == ["13:00", "13:05", "13:25", "13:35"])
        #expect(agenda.items.last?.end?.time.description == "14:05")
        #expect(agenda.items.last?.kind == .special)
    }

    @Test("closing items stay last, after the May items and the presentations; the outline shows a run of presentations as one line")
    func closingItemsLast() throws {
        var configuration = try StrategistFixture.configuration(invitations: [
            Invitation(
                presenter: .guest(name: "Familjecentralen", organization: nil, email: nil, title: nil), target: .meeting("samrad-2025-05-08"),
                topic: "Familjecentralen", duration: ISODuration(minutes: 20)),
            Invitation(
                presenter: .guest(name: "Elevhälsan", organization: nil, email: nil, title: nil), target: .meeting("samrad-2025-05-08"),
                topic: "Elevhälsan", duration: ISODuration(minutes: 15)),
        ])
        configuration.bodies[0].standingAgenda[2].closing = true
        let agenda = try #require(StrategistFixture.builder(configuration).agenda(for: "samrad-2025-05-08", asOf: asOf))
        #expect(
            agenda.items.map(\.title) == [
                "Mötets öppnande", "Aktuellt från huvudmännen", "Uppföljning av aktivitetslistan", "Familjecentralen", "Elevhälsan", "Övriga frågor",
            ])
        #expect(agenda.items.last?.start.time.description == "14:30")
        #expect(
            agenda.outline.map { $0.title ?? "(presentations)" } == [
                "Mötets öppnande", "Aktuellt från huvudmännen", "Uppföljning av aktivitetslistan", "(presentations)", "Övriga frågor",
            ])
        #expect(agenda.outline[3].start.time.description == "13:55" && agenda.outline[3].end?.time.description == "14:30")
    }

    @Test("special items belong to their month only: the October samråd has no May follow-up")
    func specialOnlyInItsMonth() throws {
        let agenda = try #require(StrategistFixture.builder(try StrategistFixture.configuration()).agenda(for: "samrad-2025-10-09", asOf: asOf))
        #expect(!agenda.items.contains { $0.title == "Uppföljning av aktivitetslistan" })
    }

    @Test("invited presenters get clock times after the other items, in the order they were invited")
    func presenterTiming() throws {
        let invitations = [
            Invitation(
                presenter: .guest(name: "Äldrevårdsenheten", organization: "Region Test", email: nil, title: nil),
                target: .meeting("samrad-2025-05-08"), topic: "Äldrevården i länet", duration: ISODuration(minutes: 20)),
            Invitation(presenter: .person("voc"), target: .meeting("samrad-2025-05-08"), topic: "Stegvis vård", duration: ISODuration(minutes: 15)),
        ]
        let configuration = try StrategistFixture.configuration(invitations: invitations)
        let agenda = try #require(StrategistFixture.builder(configuration).agenda(for: "samrad-2025-05-08", asOf: asOf))
        let presentations = agenda.presentations
        #expect(presentations.map(\.presentation.topic) == ["Äldrevården i länet", "Stegvis vård"])
        #expect(presentations.map { DateText(.sv).clockSpan($0.item.start.time, $0.item.end!.time) } == ["14.05–14.25", "14.25–14.40"])
        #expect(presentations[0].presentation.presenterLine == "Äldrevårdsenheten, Region Test")
        #expect(presentations[1].presentation.presenterLine == "Verksamhetsområdeschef, Region Test")
        #expect(agenda.plannedMinutes == 100)
        #expect(agenda.overrun == nil)
    }

    @Test("an agenda whose items outlast the meeting carries an agenda-overrun flag saying by how much")
    func overrun() throws {
        let invitations = [
            Invitation(presenter: .person("voc"), target: .meeting("samrad-2025-05-08"), topic: "Lång dragning", duration: ISODuration(hours: 2))
        ]
        let configuration = try StrategistFixture.configuration(invitations: invitations)
        let agenda = try #require(StrategistFixture.builder(configuration).agenda(for: "samrad-2025-05-08", asOf: asOf))
        #expect(agenda.plannedMinutes == 185)
        #expect(agenda.availableMinutes == 150)
        let flag = try #require(agenda.overrun)
        #expect(flag.rule == .agendaOverrun)
        #expect(flag.message(in: .sv) == "Dagordningen för Samråd HSVO Test tar 3 tim 5 min men mötet är 2 tim 30 min (35 min för mycket).")
        #expect(flag.message(in: .en) == "The agenda of Samråd HSVO Test takes 3 h 5 min but the meeting lasts 2 h 30 min (35 min too long).")
    }

    @Test("the focus areas come with every delmål and the activities of the year with their latest status as of the date")
    func focusSections() throws {
        let activities = [
            StrategistFixture.activity("c1-utbildning", goal: "C1", followUps: [("2025-02-01", .delvis), ("2025-06-01", .ja)]),
            StrategistFixture.activity("a1-halsa", goal: "A1"),
            StrategistFixture.activity("c1-forra-aret", goal: "C1", year: 2024, followUps: [("2024-11-01", .ja)]),
        ]
        let agenda = try #require(
            StrategistFixture.builder(try StrategistFixture.configuration(activities: activities)).agenda(for: "samrad-2025-05-08", asOf: asOf))
        #expect(agenda.focus.map(\.id) == ["C"])
        let goal = try #require(agenda.focus.first?.goals.first)
        #expect(goal.goal.id == "C1")
        #expect(goal.activities.map(\.activity.id) == ["c1-utbildning"])
        // The June follow-up is not written yet on 20 April.
        #expect(goal.activities.first?.latest?.status == .delvis)
        #expect(goal.activities.first?.responsible == "Samverkansstrateg")
    }

    @Test("an activity moved to a year is on the agendas of that year")
    func movedActivityListed() throws {
        let moved = StrategistFixture.activity("c1-flyttad", goal: "C1", movedTo: 2025, year: 2024, followUps: [("2024-12-10", .pagaende)])
        let agenda = try #require(
            StrategistFixture.builder(try StrategistFixture.configuration(activities: [moved])).agenda(for: "tl-2025-09-23", asOf: asOf))
        #expect(agenda.focus.flatMap { $0.goals.flatMap(\.activities) }.map(\.activity.id) == ["c1-flyttad"])
    }

    @Test("a samråd's May meeting lists every activity lacking follow-up; another meeting only those of its focus areas")
    func lackingFollowUp() throws {
        let activities = [StrategistFixture.activity("a1-halsa", goal: "A1"), StrategistFixture.activity("c1-kompetens", goal: "C1")]
        let builder = StrategistFixture.builder(try StrategistFixture.configuration(activities: activities))
        let may = try #require(builder.agenda(for: "samrad-2025-05-08", asOf: asOf))
        #expect(may.lackingFollowUp.map(\.activity.id) == ["a1-halsa", "c1-kompetens"])
        #expect(may.lackingFollowUp.first?.flags.map(\.rule) == [.noFollowUp])
        let september = try #require(builder.agenda(for: "tl-2025-09-23", asOf: asOf))
        #expect(september.lackingFollowUp.map(\.activity.id) == ["c1-kompetens"])
    }

    @Test("the agenda names the body's next meeting, skipping a cancelled one")
    func nextMeeting() throws {
        let configuration = try StrategistFixture.configuration(exceptions: [.cancel(meeting: "samrad-2025-10-09", reason: "Krock")])
        let builder = StrategistFixture.builder(configuration)
        #expect(builder.agenda(for: "samrad-2025-05-08", asOf: asOf)?.nextMeeting?.id == "samrad-2026-01-08")
        #expect(builder.agenda(for: "samrad-2025-01-09", asOf: asOf)?.nextMeeting?.id == "samrad-2025-05-08")
    }

    @Test("a meeting taken from another schedule still gets its agenda, with the neighbours the builder's schedule has")
    func meetingFromAnotherSchedule() throws {
        let configuration = try StrategistFixture.configuration(activities: [StrategistFixture.activity("c1-ny", followUps: [("2025-03-01", .ja)])])
        let builder = StrategistFixture.builder(configuration, years: 2025...2025)
        let later = try #require(ScheduleBuilder.build(configuration, years: 2026...2026).meeting("samrad-2026-05-14"))
        let agenda = builder.agenda(for: later, asOf: asOf)
        #expect(agenda.meeting.id == "samrad-2026-05-14")
        #expect(agenda.items.count == 4)
        #expect(agenda.nextMeeting == nil)
        #expect(FlagChecker(builder).flags(for: later, asOf: asOf).isEmpty, "nothing carried into 2026, no overrun")
    }

    @Test("members are called with their roles, in the order the body lists them")
    func participants() throws {
        let agenda = try #require(StrategistFixture.builder(try StrategistFixture.configuration()).agenda(for: "tl-2025-04-22", asOf: asOf))
        #expect(agenda.participants.map(\.person) == ["socialchef", "voc", "strateg"])
        #expect(agenda.participants.first?.role == .chair)
    }

    @Test("an item without a length gets a start time and takes no time")
    func itemWithoutLength() throws {
        let agenda = try #require(StrategistFixture.builder(try StrategistFixture.configuration()).agenda(for: "tl-2025-04-22", asOf: asOf))
        #expect(agenda.items.map(\.minutes) == [5, nil])
        #expect(agenda.items.last?.start.time.description == "09:05")
        #expect(agenda.plainText(in: .sv).contains("2. 9.05 Genomgång av aktivitetslistan\n"))
    }

    @Test(
        "the plain text for calendars has the items, the focus areas and the presenters in Swedish; no follow-up flags, responsible persons or addresses, nothing of other meetings"
    )
    func plainTextSwedish() throws {
        let configuration = try StrategistFixture.configuration(
            activities: [StrategistFixture.activity("c1-kompetens", goal: "C1", responsible: nil, followUps: [("2024-12-10", .pagaende)])],
            invitations: [
                Invitation(
                    presenter: .guest(name: "Familjecentralen", organization: nil, email: "fc@example.se", title: nil),
                    target: .meeting("samrad-2025-05-08"), topic: "Uppföljning av Familjecentralen", duration: ISODuration(minutes: 20))
            ])
        let text = try #require(StrategistFixture.builder(configuration).agenda(for: "samrad-2025-05-08", asOf: asOf)).plainText(in: .sv)
        #expect(
            text == """
                Dagordning
                1. 13.00–13.05 Mötets öppnande
                2. 13.05–13.25 Aktuellt från huvudmännen
                3. 13.25–13.35 Övriga frågor
                4. 13.35–14.05 Uppföljning av aktivitetslistan
                5. 14.05–14.25 Inbjudna föredragande

                Fokusområde C. Kompetensförsörjning
                Delmål C1. Samverkan kring kompetens
                - Aktivitet c1-kompetens (pågående)

                Inbjudna föredragande
                14.05–14.25 Familjecentralen: Uppföljning av Familjecentralen

                """)
        #expect(!text.contains("http"), "no links: the feed adds its own")
        #expect(!text.contains("fc@example.se"), "no e-mail addresses: the text goes into public feeds")
        #expect(!text.contains("saknar uppföljning") && !text.contains("ansvarig"), "follow-up flags are the strategist's")
    }

    @Test("an agenda that outlasts its meeting says so in the strategist's draft, not in the calendars' text")
    func plainTextWithoutOverrun() throws {
        var configuration = try StrategistFixture.configuration()
        configuration.invitations.append(
            Invitation(
                presenter: .guest(name: "Gäst", organization: nil, email: nil, title: nil), target: .meeting("samrad-2025-05-08"),
                topic: "Lång dragning", duration: ISODuration(hours: 3)))
        let agenda = try #require(StrategistFixture.builder(configuration).agenda(for: "samrad-2025-05-08", asOf: asOf))
        #expect(agenda.overrun != nil)
        let text = agenda.plainText(in: .sv)
        #expect(text.contains("Lång dragning"))
        #expect(!text.contains("OBS") && !text.contains("för mycket"))
    }

    @Test("the plain text in English uses English words and times")
    func plainTextEnglish() throws {
        let configuration = try StrategistFixture.configuration(activities: [StrategistFixture.activity("c1-kompetens", goal: "C1")])
        let text = try #require(StrategistFixture.builder(configuration).agenda(for: "samrad-2025-05-08", asOf: asOf)).plainText(in: .en)
        #expect(text.hasPrefix("Agenda\n1. 13:00–13:05 Mötets öppnande\n"))
        #expect(text.contains("Focus area C. Kompetensförsörjning\nGoal C1. Samverkan kring kompetens\n- Aktivitet c1-kompetens (no status)\n"))
        #expect(!text.contains("lacking follow-up") && !text.contains("lacks follow-up"), "follow-up flags are the strategist's")
        #expect(!text.contains("Next meeting"), "a later meeting's move must not change this meeting's feed event")
    }
}

@Suite("Focus rotation over a year")
struct FocusRotationTests {
    /// The focus areas of a body's confirmed meetings in 2025, in order, for a monthly-ish rule.
    func rotation(_ rule: String) throws -> [[String]] {
        var configuration = try StrategistFixture.configuration()
        configuration.bodies = [
            Body(
                id: "natverk", name: "Nätverk", time: LocalTime(hour: 10, minute: 0), duration: ISODuration(hours: 1),
                cadence: Cadence(rule: try RecurrenceRule(rule), from: StrategistFixture.day("2025-01-01")), focus: .rotate)
        ]
        return ScheduleBuilder.build(configuration, years: 2025...2025).meetings.map(\.focus)
    }

    @Test("with more meetings than areas every area is covered, and none comes back before all others have had their turn")
    func moreMeetingsThanAreas() throws {
        let plan = try rotation("FREQ=YEARLY;BYMONTH=2,3,4,9,10,11;BYDAY=1TU")
        #expect(plan == [["A"], ["B"], ["C"], ["D"], ["A"], ["B"]])
        for (first, second) in zip(plan, plan.dropFirst()) { #expect(first != second, "never the same area twice in a row") }
        for start in plan.indices {
            let window = plan[start..<min(plan.count, start + 4)].flatMap { $0 }
            #expect(Set(window).count == window.count, "no repeat within four consecutive meetings: \(window)")
        }
    }

    @Test("with as many meetings as areas each area has exactly one meeting")
    func asManyMeetingsAsAreas() throws {
        let plan = try rotation("FREQ=YEARLY;BYMONTH=2,4,9,11;BYDAY=1TU")
        #expect(plan.flatMap { $0 }.sorted() == ["A", "B", "C", "D"])
        #expect(plan.allSatisfy { $0.count == 1 })
    }

    @Test("with fewer meetings than areas, meetings share areas so every area is still covered once")
    func fewerMeetingsThanAreas() throws {
        let plan = try rotation("FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH")
        #expect(plan == [["A", "B"], ["C"], ["D"]])
    }
}
