import Foundation
import SamplanConfig
import SamplanCore
import Testing

/// A small, valid configuration held in memory, which a test breaks in exactly one place.
///
/// Every file is shown with its line numbers in the comments below, so that an expected
/// `FILE:LINE:COLUMN` can be checked by eye. Files are named as in a directory called `config`,
/// so errors read `config/bodies.yaml:29:14: …`.
struct ConfigFixture {
    /// File name inside the configuration directory → text.
    var files: [String: String]

    /// The valid configuration.
    init() { files = Self.minimal }

    // samplan.yaml
    //  1 organization:
    //  2   id: test
    //  3   name: "HSVO Test"
    //  4   timezone: Europe/Stockholm
    //  5   strategist: strateg
    //  6   domain: test.example.se
    //  7 holidays: {country: SE, policy: next-working-day}
    //  8 feeds: {window_past: P12M, window_ahead: P24M}
    static let samplan = """
        organization:
          id: test
          name: "HSVO Test"
          timezone: Europe/Stockholm
          strategist: strateg
          domain: test.example.se
        holidays: {country: SE, policy: next-working-day}
        feeds: {window_past: P12M, window_ahead: P24M}

        """

    // people.yaml
    //  1 people:
    //  2   - id: strateg
    //  3     name: "Samverkansstrateg"
    //  4   - id: ordf
    //  5     name: "Ordförande"
    //  6     email: ordf@test.example.se
    static let people = """
        people:
          - id: strateg
            name: "Samverkansstrateg"
          - id: ordf
            name: "Ordförande"
            email: ordf@test.example.se

        """

    // focus-areas.yaml
    //  1 focus_areas:
    //  2   - id: A
    //  3     name: "Förebyggande och hälsofrämjande"
    //  4     goals:
    //  5       - {id: A1, text: "Hälsosamma val"}
    //  6   - id: B
    //  7     name: "Nära vård"
    //  8     goals:
    //  9       - {id: B1, text: "Personcentrerad vård"}
    static let focusAreas = """
        focus_areas:
          - id: A
            name: "Förebyggande och hälsofrämjande"
            goals:
              - {id: A1, text: "Hälsosamma val"}
          - id: B
            name: "Nära vård"
            goals:
              - {id: B1, text: "Personcentrerad vård"}

        """

    // bodies.yaml (samråd 2025: 9 Jan, 8 May, 9 Oct; tl two weeks before, on a Tuesday:
    // tl-2024-12-24 (julafton, held 27 Dec), tl-2025-04-22, tl-2025-09-23; `au` is referenced nowhere)
    //  1 bodies:
    //  2   - id: samrad
    //  3     name: "Samråd"
    //  4     kind: samråd
    //  5     members: [ordf, {person: strateg, role: secretary}]
    //  6     location: "Kommunhuset"
    //  7     time: "13:00"
    //  8     duration: PT2H30M
    //  9     cadence:
    // 10       rrule: "FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH"
    // 11       from: 2024-01-01
    // 12     focus: rotate
    // 13   - id: tl
    // 14     name: "Tjänsteledning"
    // 15     kind: tjänsteledning
    // 16     members: [strateg]
    // 17     time: "09:00"
    // 18     duration: PT2H
    // 19     cadence:
    // 20       relative: {body: samrad, offset: -P14D, weekday: TU}
    // 21       from: 2024-01-01
    // 22     focus: rotate
    // 23   - id: au
    // 24     name: "Arbetsutskott"
    // 25     kind: arbetsutskott
    // 26     time: "10:00"
    // 27     duration: PT1H
    // 28     cadence:
    // 29       rrule: "FREQ=MONTHLY;BYDAY=1WE"
    // 30       from: 2025-01-01
    // 31       until: 2025-12-31
    static let bodies = """
        bodies:
          - id: samrad
            name: "Samråd"
            kind: samråd
            members: [ordf, {person: strateg, role: secretary}]
            location: "Kommunhuset"
            time: "13:00"
            duration: PT2H30M
            cadence:
              rrule: "FREQ=YEARLY;BYMONTH=1,5,10;BYDAY=2TH"
              from: 2024-01-01
            focus: rotate
          - id: tl
            name: "Tjänsteledning"
            kind: tjänsteledning
            members: [strateg]
            time: "09:00"
            duration: PT2H
            cadence:
              relative: {body: samrad, offset: -P14D, weekday: TU}
              from: 2024-01-01
            focus: rotate
          - id: au
            name: "Arbetsutskott"
            kind: arbetsutskott
            time: "10:00"
            duration: PT1H
            cadence:
              rrule: "FREQ=MONTHLY;BYDAY=1WE"
              from: 2025-01-01
              until: 2025-12-31

        """

    // activities/2025.yaml
    //  1 year: 2025
    //  2 activities:
    //  3   - id: a1-informera
    //  4     goal: A1
    //  5     title: "Informera om hälsofrämjande insatser"
    //  6     owner: tl
    //  7     responsible: strateg
    //  8     due: 2025-12-31
    //  9     followups:
    // 10       - date: 2025-05-08
    // 11         status: pågående
    // 12         text: "En workshop har genomförts"
    // 13         meeting: samrad-2025-05-08
    static let activities2025 = """
        year: 2025
        activities:
          - id: a1-informera
            goal: A1
            title: "Informera om hälsofrämjande insatser"
            owner: tl
            responsible: strateg
            due: 2025-12-31
            followups:
              - date: 2025-05-08
                status: pågående
                text: "En workshop har genomförts"
                meeting: samrad-2025-05-08

        """

    // invitations.yaml
    //  1 invitations:
    //  2   - presenter: ordf
    //  3     meeting: tl-2025-04-22
    //  4     topic: "Lägesbild"
    //  5     activity: a1-informera
    //  6     duration: PT20M
    //  7   - presenter: {name: "Gäst", organization: "Region"}
    //  8     meeting: {body: samrad, focus: B, from: 2025-01-01}
    //  9     topic: "Nära vård"
    // 10     duration: PT15M
    static let invitations = """
        invitations:
          - presenter: ordf
            meeting: tl-2025-04-22
            topic: "Lägesbild"
            activity: a1-informera
            duration: PT20M
          - presenter: {name: "Gäst", organization: "Region"}
            meeting: {body: samrad, focus: B, from: 2025-01-01}
            topic: "Nära vård"
            duration: PT15M

        """

    // exceptions.yaml
    //  1 exceptions:
    //  2   - {meeting: samrad-2025-10-09, move_to: "2025-10-16 13:00", reason: "Krock"}
    //  3   - {meeting: tl-2025-09-23, cancel: true, reason: "Workshop"}
    //  4   - extra: {body: tl, start: "2025-03-18 09:00", duration: PT1H30M, title: "Extra", focus: [A]}
    static let exceptions = """
        exceptions:
          - {meeting: samrad-2025-10-09, move_to: "2025-10-16 13:00", reason: "Krock"}
          - {meeting: tl-2025-09-23, cancel: true, reason: "Workshop"}
          - extra: {body: tl, start: "2025-03-18 09:00", duration: PT1H30M, title: "Extra", focus: [A]}

        """

    static let minimal: [String: String] = [
        "samplan.yaml": samplan,
        "people.yaml": people,
        "focus-areas.yaml": focusAreas,
        "bodies.yaml": bodies,
        "activities/2025.yaml": activities2025,
        "invitations.yaml": invitations,
        "exceptions.yaml": exceptions,
    ]

    /// The fixture with `old` replaced by `new` (once) in `name`; records an issue when `old` is not there.
    func replacing(_ old: String, with new: String, in name: String, sourceLocation: SourceLocation = #_sourceLocation) -> ConfigFixture {
        var copy = self
        guard let text = files[name], let range = text.range(of: old) else {
            Issue.record("the fixture's \(name) has no \(old.debugDescription)", sourceLocation: sourceLocation)
            return copy
        }
        copy.files[name] = text.replacingCharacters(in: range, with: new)
        return copy
    }

    /// The fixture with `lines` added at the end of `name`.
    func appending(_ lines: String, to name: String) -> ConfigFixture {
        var copy = self
        copy.files[name, default: ""] += lines.hasSuffix("\n") ? lines : lines + "\n"
        return copy
    }

    /// The fixture with `name` set to `text`, or removed when `text` is nil.
    func setting(_ name: String, to text: String?) -> ConfigFixture {
        var copy = self
        copy.files[name] = text
        return copy
    }

    /// The files as the loader sees them, in name order.
    var sourceFiles: [SourceFile] {
        files.sorted { $0.key < $1.key }.map { SourceFile(name: $0.key, text: $0.value) }
    }

    /// Validates the files.
    func load(extra: [SourceFile] = []) -> Result<Configuration, ConfigErrors> {
        ConfigLoader.parse(files: sourceFiles + extra, directory: "config")
    }

    /// The error lines (`FILE:LINE:COLUMN: message`), empty when the configuration is valid.
    func errorLines(extra: [SourceFile] = []) -> [String] {
        switch load(extra: extra) {
        case .success: []
        case let .failure(errors): errors.lines
        }
    }

    /// The errors, empty when the configuration is valid.
    func errors(extra: [SourceFile] = []) -> [ConfigError] {
        switch load(extra: extra) {
        case .success: []
        case let .failure(errors): errors.errors
        }
    }
}

/// The package root (the directory holding Package.swift), found from this file's path.
func packageRoot(_ filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// A fresh empty directory under the system's temporary directory; call `remove()` when done.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` (creating subdirectories).
    func write(_ name: String, _ text: String) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Deletes the directory and everything in it.
    func remove() { try? FileManager.default.removeItem(at: url) }
}
