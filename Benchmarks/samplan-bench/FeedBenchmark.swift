import Foundation
import ICal
import SamplanCore
import SamplanStore

/// 200 bodies meeting five times a year with eight members each, a standing agenda and rotating
/// focus areas: about 3,000 events with agenda descriptions over a three-year feed window.
func feedConfiguration() throws -> Configuration {
    let weekdays = ["MO", "TU", "WE", "TH"]
    let people = (0..<400).map {
        Person(id: "p\($0)", name: "Person \($0) Åkesson", title: "Chef för område \($0 % 7)", email: "p\($0)@bench.example.se")
    }
    let agenda = ["Mötets öppnande", "Föregående anteckningar", "Aktuellt från huvudmännen", "Fokusområde", "Övriga frågor", "Mötets avslutande"]
        .map { Body.AgendaItem(title: $0, duration: ISODuration(minutes: 10)) }
    let bodies = try (0..<200).map { index in
        Body(
            id: "body\(index)", name: "Organ \(index), HSVO", kind: .tjansteledning,
            members: (0..<8).map { Body.Membership(person: "p\((index * 2 + $0) % 400)", role: $0 == 0 ? .chair : .member) },
            location: "Kommunhuset, sal \(index % 9)", online: "https://meet.bench.example.se/\(index)",
            time: LocalTime(hour: 9 + index % 5, minute: 0),
            duration: ISODuration(hours: 2),
            cadence: Cadence(
                rule: try RecurrenceRule("FREQ=YEARLY;BYMONTH=2,4,6,9,11;BYDAY=2\(weekdays[index % 4])"), from: LocalDate(iso: "2020-01-01")),
            standingAgenda: agenda, focus: .rotate)
    }
    var configuration = Configuration(
        organization: Organization(id: "bench", name: "HSVO Bench", strategist: "p0", domain: "bench.example.se", contact: "hsvo@bench.example.se"),
        people: people, bodies: bodies,
        focusAreas: [
            ("A", "Förebyggande och hälsofrämjande"), ("B", "Nära vård"), ("C", "Kompetensförsörjning"), ("D", "Krishantering och beredskap"),
        ]
        .map { FocusArea(id: $0.0, name: $0.1, goals: [FocusArea.Goal(id: $0.0 + "1", text: "Delmål för \($0.1)")]) })
    configuration.settings.alarm = ISODuration(isNegative: true, days: 1)
    return configuration
}

/// Times publishing and rendering the all-bodies feed from a warm state store; optionally exports
/// the events as TSV for the C and Python comparisons in Benchmarks/feeds/.
func runFeedBenchmark(export: String?) throws {
    let configuration = try feedConfiguration()
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-bench-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = try StateStore(location: StateLocation.resolve(explicit: directory, environment: [:], configured: nil, workingDirectory: "/"))
    let asOf = LocalDate(iso: "2026-01-01")!
    let warm = try FeedPublisher.publish(configuration, store: store, asOf: asOf, year: nil, now: 1_795_435_200)
    let document = warm.document(.all)
    var size = 0
    measure("feed: publish + render all.ics (warm state)", goal: "≤ 1.5× C, ≥ 15× faster than Python, < 150 MB") {
        let publication = try! FeedPublisher.publish(configuration, store: store, asOf: asOf, year: nil, now: 1_795_435_200)
        size = try! CalendarWriter.render(publication.document(.all)).utf8.count
        return "\(publication.document(.all).events.count) events, \(size) bytes"
    }
    measure("  render only: document → text (compare with C)", goal: "≤ 1.5× C") {
        "\(try! CalendarWriter.render(document).utf8.count) bytes"
    }
    measure("  schedule of the window (libical expansion)", goal: "-") {
        "\(ScheduleBuilder.build(configuration, years: 2025...2028).meetings.count) meetings"
    }
    measure("  event contents (schedule included)", goal: "-") { "\(FeedBuilder.contents(configuration, asOf: asOf, year: nil).count) events" }
    let contents = FeedBuilder.contents(configuration, asOf: asOf, year: nil)
    measure("  state store: reconcile, nothing changed", goal: "-") { "\(try! store.reconcile(contents, now: 1_795_435_200).count) events" }
    guard let export else { return }
    func field(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
    }
    func compact(_ value: LocalDateTime) -> String {
        value.description.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }
    let lines = document.events.map { event in
        [
            event.uid, compact(event.start), compact(event.end), event.summary, event.location ?? "", event.description ?? "", event.url ?? "",
            event.categories.joined(separator: "|"),
        ].map(field).joined(separator: "\t")
    }
    try (lines.joined(separator: "\n") + "\n").write(toFile: export, atomically: true, encoding: .utf8)
}
