import ICal
public import SamplanCore

/// Loads and validates a configuration directory: every file, every key, every reference, and the
/// schedule-dependent checks (meeting ids, cycles). All errors of a run come back together.
///
/// ```swift
/// switch ConfigLoader.load(directory: "config/knivsta") {
/// case let .success(configuration): print(configuration.bodies.count)
/// case let .failure(errors): errors.lines.forEach { print($0) }
/// }
/// ```
public enum ConfigLoader {
    /// The files samplan reads, besides `activities/YYYY.yaml`, `minutes/<meeting-id>.yaml` and `reports/YYYY.yaml`.
    static let knownFiles = ["samplan.yaml", "people.yaml", "bodies.yaml", "focus-areas.yaml", "invitations.yaml", "exceptions.yaml"]

    /// Reads and validates `directory`.
    /// `now` (seconds since 1970) lets minutes of meetings that have not started be judged; nil skips that check.
    public static func load(directory: String, now: Int? = nil) -> Result<Configuration, ConfigErrors> {
        loadVersioned(directory: directory, now: now).map(\.configuration)
    }

    /// Reads and validates `directory`, with a version: a digest of the files' names and bytes, so
    /// the same files always give the same version and any edit gives another.
    /// `warnings` are what the admin should see (`validate` prints them) though the configuration loads.
    public static func loadVersioned(directory: String, now: Int? = nil) -> Result<
        (configuration: Configuration, version: String, warnings: [ConfigError]), ConfigErrors
    > {
        let (files, unreadable) = ConfigDirectory.read(directory)
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files {
            for byte in Array(file.name.utf8) + [0] + file.bytes + [0] { digest = (digest ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        let hex = String(digest, radix: 16)
        let version = String(repeating: "0", count: 16 - hex.count) + hex
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let preset = unreadable.map { ConfigError(position: SourcePosition(file: $0.displayPath, line: 1, column: 1), message: $0.message) }
        return parseChecked(files: files, directory: base, presetErrors: preset, now: now).map { ($0.configuration, version, $0.warnings) }
    }

    /// Validates files already in memory; pure.
    public static func parse(files: [SourceFile], directory: String = "config", presetErrors: [ConfigError] = [], now: Int? = nil) -> Result<
        Configuration, ConfigErrors
    > {
        parseChecked(files: files, directory: directory, presetErrors: presetErrors, now: now).map(\.configuration)
    }

    /// Validates files already in memory, with the warnings of a configuration that loads; pure.
    public static func parseChecked(
        files: [SourceFile], directory: String = "config", presetErrors: [ConfigError] = [], now: Int? = nil
    ) -> Result<
        (configuration: Configuration, warnings: [ConfigError]), ConfigErrors
    > {
        let diagnostics = Diagnostics()
        for error in presetErrors { diagnostics.report(error.position, error.message) }
        let parser = ConfigParser(diagnostics: diagnostics)
        var documents: [String: YAMLDocument] = [:]
        // Files that could not be parsed: what they declare is unknown, so references to it are not judged.
        var unparsed = Set<String>()
        var activityDocuments: [(Int, YAMLDocument)] = []
        var minutesDocuments: [(String, YAMLDocument)] = []
        var reportDocuments: [(Int, YAMLDocument)] = []
        for file in files {
            let start = SourcePosition(file: file.displayPath, line: 1, column: 1)
            let name = file.name.hasSuffix(".yml") ? String(file.name.dropLast(4)) + ".yaml" : file.name
            let activityYear = activityFileYear(name)
            let reportYear = reportFileYear(name)
            let isMinutes = name.hasPrefix("minutes/")
            let group = activityYear != nil ? "activities/" : isMinutes ? "minutes/" : reportYear != nil ? "reports/" : name
            guard let text = decodeText(file.bytes) else {
                diagnostics.report(start, .notText)
                unparsed.insert(group)
                continue
            }
            if text.allSatisfy({ $0.isWhitespace }) {
                diagnostics.report(start, .empty)
                unparsed.insert(group)
                continue
            }
            var minutesMeeting: String?
            if isMinutes {
                guard let meeting = minutesFileMeeting(name) else {
                    diagnostics.report(start, .invalidMinutesFile(file.name))
                    unparsed.insert(group)
                    continue
                }
                minutesMeeting = meeting
            }
            guard knownFiles.contains(name) || activityYear != nil || minutesMeeting != nil || reportYear != nil else {
                diagnostics.report(start, .unknownFile(file.name))
                continue
            }
            if let first = documents[name] {
                diagnostics.report(start, .duplicateFile(first: first.file))
                continue
            }
            guard let document = YAMLDocument.parse(text, file: file.displayPath, diagnostics: diagnostics) else {
                unparsed.insert(group)
                continue
            }
            documents[name] = document
            if let activityYear { activityDocuments.append((activityYear, document)) }
            if let minutesMeeting { minutesDocuments.append((minutesMeeting, document)) }
            if let reportYear { reportDocuments.append((reportYear, document)) }
        }

        var language = Language.sv
        var configuration: Configuration?
        if let main = documents["samplan.yaml"] {
            if let (organization, holidays, settings) = parser.readMain(main) {
                language = organization.language
                configuration = Configuration(organization: organization, holidays: holidays, settings: settings)
            }
        } else if !unparsed.contains("samplan.yaml"), presetErrors.isEmpty || !files.isEmpty {
            diagnostics.report(SourcePosition(file: directory + "/samplan.yaml", line: 1, column: 1), .missingFile("samplan.yaml"))
        }
        let people = documents["people.yaml"].map(parser.readPeople) ?? []
        let focusAreas = documents["focus-areas.yaml"].map(parser.readFocusAreas) ?? []
        let bodies = documents["bodies.yaml"].map(parser.readBodies) ?? []
        let listings = activityDocuments.sorted { $0.0 < $1.0 }.flatMap { parser.readActivities($0.1, fileYear: $0.0) }
        let invitations = documents["invitations.yaml"].map(parser.readInvitations) ?? []
        let exceptions = documents["exceptions.yaml"].map(parser.readExceptions) ?? []
        let minutes = minutesDocuments.compactMap { parser.readMinutes($0.1, fileMeeting: $0.0) }
        let reports = reportDocuments.sorted { $0.0 < $1.0 }.compactMap { parser.readReport($0.1, fileYear: $0.0) }
        parser.checkReferences(unjudged: unjudgedKinds(unparsed))

        if var configuration {
            configuration.people = people
            configuration.focusAreas = focusAreas
            configuration.bodies = bodies
            configuration.activities = Activity.merged(listings)
            configuration.activityListings = listings
            configuration.activityListYears = Set(activityDocuments.map(\.0))
            configuration.invitations = invitations.map(\.invitation)
            configuration.exceptions = exceptions
            configuration.reports = reports
            configuration.minutes = minutes.map(\.0).sorted { (dayOf($0.meeting), $0.meeting) < (dayOf($1.meeting), $1.meeting) }
            if unparsed.isEmpty {
                checkSchedule(configuration, parser: parser, invitationPositions: invitations.map(\.position))
                if !minutes.isEmpty, diagnostics.isEmpty {
                    configuration.activities = checkMinutes(configuration, minutes: minutes, parser: parser, now: now)
                }
            }
            if diagnostics.isEmpty { return .success((configuration, diagnostics.warnings.sorted { $0.position < $1.position })) }
        }
        let sorted = diagnostics.errors.sorted { $0.position < $1.position }
        return .failure(ConfigErrors(errors: sorted, language: language))
    }

    /// Builds the schedule over every year the configuration names a meeting in, and reports what
    /// it could not honour at the place it was written; `invitationPositions` are where each
    /// invitation's `meeting:` is written, in the order of `configuration.invitations`.
    static func checkSchedule(_ configuration: Configuration, parser: ConfigParser, invitationPositions: [SourcePosition] = []) {
        let diagnostics = parser.diagnostics
        let referencedYears =
            parser.meetingReferences.compactMap { MeetingID($0.id)?.date.year }
            + configuration.exceptions.compactMap { if case let .extra(extra) = $0 { extra.start.date.year } else { nil } }
        let lower = referencedYears.min() ?? 2000
        let upper = referencedYears.max() ?? 2000
        // One year more on each side: a meeting whose rule date is in December may be held in January.
        let schedule = ScheduleBuilder.build(configuration, years: (lower - 1)...(upper + 1))
        let known = Set(schedule.meetings.map(\.id))
        for issue in schedule.issues {
            switch issue.kind {
            case let .relativeCycle(bodies):
                let position = bodies.compactMap { parser.relativePositions[$0] }.min()
                if let position { diagnostics.report(position, .relativeCycle(bodies + [bodies[0]])) }
            case let .unknownMeeting(id):
                // A meeting of an unknown body is already reported as the unknown body.
                guard let index = issue.exceptionIndex, let parsed = MeetingID(id), configuration.body(parsed.body) != nil else { continue }
                diagnostics.report(parser.exceptionPositions[index], .unknownMeeting(id))
            case let .extraCollides(id):
                if let index = issue.exceptionIndex { diagnostics.report(parser.exceptionPositions[index], .extraCollides(id)) }
            case let .repeatedException(id):
                if let index = issue.exceptionIndex { diagnostics.report(parser.exceptionPositions[index], .repeatedException(id)) }
            case .unknownPlannedMeeting:
                break  // reported with the other meeting references below
            }
        }
        // Exceptions are reported by the schedule itself; every other meeting reference is checked here.
        let exceptionReported = Set(
            schedule.issues.compactMap { issue -> String? in
                if case let .unknownMeeting(id) = issue.kind { return id } else { return nil }
            })
        for reference in parser.meetingReferences
        where !known.contains(reference.id) && !exceptionReported.contains(reference.id) {
            guard let parsed = MeetingID(reference.id), configuration.body(parsed.body) != nil else { continue }
            diagnostics.report(reference.position, .unknownMeeting(reference.id))
        }
        // `{body, focus, from?}` invitations must land on a meeting. Unknown bodies and areas are reported
        // already, and a body whose focus plan or cadence is itself in error is not judged (one slip, one error).
        var unjudged = Set<String>()
        for issue in schedule.issues {
            if case let .unknownPlannedMeeting(body, _) = issue.kind { unjudged.insert(body) }
            if case let .relativeCycle(bodies) = issue.kind { unjudged.formUnion(bodies) }
        }
        let focusInvitations = configuration.invitations.indices.filter { index in
            guard case let .firstWithFocus(body, focus, _) = configuration.invitations[index].target else { return false }
            return configuration.body(body) != nil && !unjudged.contains(body) && configuration.focusAreas.contains { $0.id == focus }
        }
        guard !focusInvitations.isEmpty, invitationPositions.count == configuration.invitations.count else { return }
        let resolver = InvitationResolver(configuration: configuration, schedule: schedule)
        for index in focusInvitations where resolver.meetingID(forInvitationAt: index) == nil {
            guard case let .firstWithFocus(body, focus, from) = configuration.invitations[index].target else { continue }
            let start = from ?? InvitationResolver.searchStart(of: body, in: configuration)
            diagnostics.report(
                invitationPositions[index],
                .unresolvedInvitation(body: body, focus: focus, from: start.description, years: InvitationResolver.horizonYears))
        }
    }

    /// The kinds of id declared by files that could not be read.
    static func unjudgedKinds(_ unparsed: Set<String>) -> Set<ConfigMessage.RefKind> {
        var kinds = Set<ConfigMessage.RefKind>()
        if unparsed.contains("people.yaml") || unparsed.contains("samplan.yaml") { kinds.insert(.person) }
        if unparsed.contains("bodies.yaml") { kinds.formUnion([.body, .meeting]) }
        if unparsed.contains("focus-areas.yaml") { kinds.formUnion([.focusArea, .goal]) }
        if unparsed.contains("activities/") { kinds.insert(.activity) }
        if unparsed.contains("minutes/") { kinds.insert(.action) }
        return kinds
    }

    /// The meeting id of `minutes/<meeting-id>.yaml`, when the name is one.
    static func minutesFileMeeting(_ name: String) -> String? {
        guard name.hasPrefix("minutes/"), name.hasSuffix(".yaml") else { return nil }
        let stem = String(name.dropFirst("minutes/".count).dropLast(".yaml".count))
        return MeetingID(stem) != nil ? stem : nil
    }

    static func activityFileYear(_ name: String) -> Int? { fileYear(name, in: "activities/") }

    /// The year of `reports/YYYY.yaml`, when the name is one.
    static func reportFileYear(_ name: String) -> Int? { fileYear(name, in: "reports/") }

    private static func fileYear(_ name: String, in folder: String) -> Int? {
        guard name.hasPrefix(folder), name.hasSuffix(".yaml") else { return nil }
        let stem = name.dropFirst(folder.count).dropLast(".yaml".count)
        guard stem.count == 4, let year = Int(stem), SupportedYears.contains(year) else { return nil }
        return year
    }

    /// UTF-8 text without a BOM, or nil for binary data (NUL bytes, invalid UTF-8).
    static func decodeText(_ bytes: [UInt8]) -> String? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard !body.contains(0) else { return nil }
        return String(validating: body, as: UTF8.self)
    }
}
