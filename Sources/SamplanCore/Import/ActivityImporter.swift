import Foundation
public import ICal

/// Turns a CSV in the shape of the follow-up report (Fokusområde;Delmål;Aktivitet;Resultat;Klar?)
/// into the activities of a year. The Fokusområde and Delmål columns may be left out when rows
/// "Delmål A1. …" (and "Fokusområde A. …") stand above the activities, as in the tables of a report.
/// A header row repeated further down is skipped. Every row that cannot be read is a problem with its
/// line; nothing is dropped silently.
///
/// An activity of the same year already configured with the same delmål and title keeps its id,
/// owner, responsible person, due date and follow-ups; when the row's result and status differ from
/// its latest follow-up, a new follow-up is added. New activities get an id made of the delmål and
/// the first words of the title, unique over all years.
///
/// ```swift
/// let (records, _) = CSVReader.read(bytes)
/// let result = ActivityImporter.read(records, configuration: configuration, year: 2025,
///                                    followUpDate: LocalDate(iso: "2025-12-31")!)
/// result.activities.first?.id      // "a1-se-over-hur-man"
/// ```
public enum ActivityImporter {
    /// The columns of the report's table.
    enum Column: CaseIterable {
        case focus, goal, title, result, status

        func name(in language: Language) -> String {
            let words = language.words.followUp
            switch self {
            case .focus: return words.focusArea
            case .goal: return words.goal
            case .title: return words.activity
            case .result: return words.result
            case .status: return words.done
            }
        }

        /// The column a header cell names, in Swedish or English.
        init?(header: String) {
            let text = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if text.contains("klar") || text.hasPrefix("done") || text.hasPrefix("status") {
                self = .status
            } else if text.hasPrefix("resultat") || text.hasPrefix("result") {
                self = .result
            } else if text.hasPrefix("fokus") || text.hasPrefix("focus") {
                self = .focus
            } else if text.hasPrefix("delmål") || text.hasPrefix("delmal") || text.hasPrefix("goal") || text.hasPrefix("sub-goal") {
                self = .goal
            } else if text.hasPrefix("aktivitet") || text.hasPrefix("activit") {
                self = .title
            } else {
                return nil
            }
        }
    }

    /// The activities of `records` for `year`, or the problems that keep them from being read.
    /// New follow-ups are dated `followUpDate`.
    public static func read(_ records: [CSVRecord], configuration: Configuration, year: Int, followUpDate: LocalDate) -> (
        activities: [Activity], problems: [ImportProblem]
    ) {
        let language = configuration.organization.language
        let content = records.filter { !$0.isBlank }
        guard let header = content.first else { return ([], [ImportProblem(line: 1, kind: .empty)]) }
        var columns: [Column: Int] = [:]
        for (position, cell) in header.cells.enumerated() {
            if let column = Column(header: cell), columns[column] == nil { columns[column] = position }
        }
        let missing = [Column.title, .result, .status].filter { columns[$0] == nil }
        guard missing.isEmpty else {
            return ([], [ImportProblem(line: header.line, kind: .missingColumns(missing.map { $0.name(in: language) }))])
        }
        var reader = RowReader(configuration: configuration, year: year, followUpDate: followUpDate, columns: columns, width: header.cells.count)
        for record in content.dropFirst() where record.cells != header.cells {
            reader.read(record)
        }
        if reader.activities.isEmpty, reader.problems.isEmpty {
            reader.problems.append(ImportProblem(line: header.line, kind: .noActivities))
        }
        return (reader.problems.isEmpty ? reader.activities : [], reader.problems.sorted())
    }
}

/// Reads the rows after the header, one at a time, remembering the delmål of section rows.
private struct RowReader {
    let configuration: Configuration
    let year: Int
    let followUpDate: LocalDate
    let columns: [ActivityImporter.Column: Int]
    let width: Int
    var activities: [Activity] = []
    var problems: [ImportProblem] = []
    private var currentArea: FocusArea?
    private var currentGoal: FocusArea.Goal?
    /// Configured activities of the year by delmål and title, still to be matched.
    private var existing: [String: [Activity]] = [:]
    private var taken: Set<String>

    init(configuration: Configuration, year: Int, followUpDate: LocalDate, columns: [ActivityImporter.Column: Int], width: Int) {
        self.configuration = configuration
        self.year = year
        self.followUpDate = followUpDate
        self.columns = columns
        self.width = width
        taken = Set(configuration.activities.filter { $0.year != year }.map(\.id))
        for activity in configuration.activities where activity.year == year {
            existing[Self.key(activity.goal, activity.title), default: []].append(activity)
        }
    }

    static func key(_ goal: String, _ title: String) -> String {
        goal + "\u{0}" + title.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    private func cell(_ column: ActivityImporter.Column, _ record: CSVRecord) -> String {
        guard let position = columns[column], position < record.cells.count else { return "" }
        return record.cells[position].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    mutating func read(_ record: CSVRecord) {
        func problem(_ kind: ImportProblem.Kind) { problems.append(ImportProblem(line: record.line, kind: kind)) }
        if record.cells.count > width, record.cells[width...].contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
            problem(.tooManyCells(record.cells.count, expected: width))
            return
        }
        let title = cell(.title, record)
        let result = cell(.result, record)
        let statusText = cell(.status, record)
        let goalText = cell(.goal, record)
        let areaText = cell(.focus, record)
        if result.isEmpty, statusText.isEmpty, readSection(record, title: title, goalText: goalText, areaText: areaText) { return }
        guard !title.isEmpty else {
            problem(.missingTitle)
            return
        }
        var area = currentArea
        if !areaText.isEmpty {
            guard let named = findArea(areaText) else {
                problem(.unknownFocusArea(areaText))
                return
            }
            area = named
        }
        var goal = goalText.isEmpty ? currentGoal : nil
        if !goalText.isEmpty {
            guard let named = findGoal(goalText) else {
                problem(.unknownGoal(goalText, known: configuration.focusAreas.flatMap { $0.goals.map(\.id) }))
                return
            }
            goal = named
        }
        guard let goal else {
            problem(.noGoal)
            return
        }
        if let area, !area.goals.contains(where: { $0.id == goal.id }) {
            problem(.goalOutsideArea(goal: goal.id, area: area.id))
            return
        }
        var status: ActivityStatus?
        if !statusText.isEmpty {
            status = ActivityStatus(cell: statusText)
            if status == nil {
                problem(.unknownStatus(statusText))
                return
            }
            if result.isEmpty {
                problem(.missingResult)
                return
            }
        } else if !result.isEmpty {
            problem(.missingStatus)
            return
        }
        activities.append(activity(goal: goal.id, title: title, status: status, result: result))
    }

    /// Takes a row without result and status as a section row ("Delmål A1. …", or only the Fokusområde or
    /// Delmål cells filled in); false when it is not one.
    private mutating func readSection(_ record: CSVRecord, title: String, goalText: String, areaText: String) -> Bool {
        let filled = record.cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        var texts: [String] = []
        if title.isEmpty {
            texts = [areaText, goalText].filter { !$0.isEmpty }
            // Only a column samplan does not know is filled in: not a section, and not an activity.
            guard !texts.isEmpty else { return filled.isEmpty }
        } else if filled.count == 1, Self.sectionPrefix(title) != nil {
            texts = [title]
        } else {
            return false
        }
        for text in texts {
            let isArea = Self.sectionPrefix(text).map { $0 == .focus } ?? (text == areaText)
            if isArea {
                guard let area = findArea(text) else {
                    problems.append(ImportProblem(line: record.line, kind: .unknownFocusArea(text)))
                    return true
                }
                if currentArea?.id != area.id { currentGoal = nil }
                currentArea = area
            } else {
                guard let goal = findGoal(text) else {
                    problems.append(
                        ImportProblem(line: record.line, kind: .unknownGoal(text, known: configuration.focusAreas.flatMap { $0.goals.map(\.id) })))
                    return true
                }
                currentGoal = goal
                currentArea = configuration.focusAreas.first { $0.goals.contains(goal) }
            }
        }
        return true
    }

    /// `.focus` for "Fokusområde …"/"Focus area …", `.goal` for "Delmål …"/"Goal …".
    static func sectionPrefix(_ text: String) -> ActivityImporter.Column? {
        let lower = text.lowercased()
        if lower.hasPrefix("fokusområde ") || lower.hasPrefix("focus area ") { return .focus }
        if lower.hasPrefix("delmål ") || lower.hasPrefix("goal ") { return .goal }
        return nil
    }

    /// "A1", "A1.", "A1. Hälsosystemet …", "Delmål A1. …" or the delmål's text.
    private func findGoal(_ text: String) -> FocusArea.Goal? {
        let (token, rest) = Self.leadingID(text)
        let goals = configuration.focusAreas.flatMap(\.goals)
        if let goal = goals.first(where: { $0.id.lowercased() == token.lowercased() }) { return goal }
        return goals.first { Self.same($0.text, rest) || Self.same($0.text, text) }
    }

    /// "A", "A. Förebyggande …", "Fokusområde A. …" or the area's name.
    private func findArea(_ text: String) -> FocusArea? {
        let (token, rest) = Self.leadingID(text)
        if let area = configuration.focusAreas.first(where: { $0.id.lowercased() == token.lowercased() }) { return area }
        return configuration.focusAreas.first { Self.same($0.name, rest) || Self.same($0.name, text) }
    }

    /// The id at the start of a cell after an optional "Delmål"/"Fokusområde" word, and the text after it.
    static func leadingID(_ text: String) -> (id: String, rest: String) {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        if let first = words.first, ["delmål", "goal", "fokusområde", "focus"].contains(first.lowercased()) {
            words.removeFirst()
            if first.lowercased() == "focus", words.first?.lowercased() == "area" { words.removeFirst() }
        }
        guard let id = words.first else { return ("", "") }
        let trimmed = id.trimmingCharacters(in: CharacterSet(charactersIn: ".:)–-"))
        return (trimmed, words.dropFirst().joined(separator: " "))
    }

    static func same(_ a: String, _ b: String) -> Bool {
        let normalize = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }
        return !b.isEmpty && normalize(a) == normalize(b)
    }

    private mutating func activity(goal: String, title: String, status: ActivityStatus?, result: String) -> Activity {
        let key = Self.key(goal, title)
        if var known = existing[key]?.first {
            existing[key]?.removeFirst()
            taken.insert(known.id)
            let latest = known.latestFollowUp(inOrBefore: year)
            if latest?.status != status || (latest?.text ?? "") != result {
                var followUps = known.followUps.filter { $0.date.year > year }
                if let status {
                    followUps = known.followUps.filter { $0.date.year <= year }
                    let date = max(followUpDate, latest?.date ?? followUpDate)
                    followUps.append(FollowUp(date: date, status: status, text: result))
                    followUps += known.followUps.filter { $0.date.year > year }
                }
                known.followUps = followUps
            }
            return known
        }
        let id = ActivityID.make(goal: goal, title: title, taken: taken)
        taken.insert(id)
        let followUps = status.map { [FollowUp(date: followUpDate, status: $0, text: result)] } ?? []
        return Activity(id: id, year: year, goal: goal, title: title, followUps: followUps)
    }
}

/// Ids for imported activities: the delmål and the first words of the title, folded to a–z.
enum ActivityID {
    private static let skipped: Set<String> = ["och", "att", "for", "av", "i", "pa", "med", "om", "som", "en", "ett", "the", "and", "of", "to"]

    /// `a1-se-over-hur-man`, with `-2`, `-3` … when taken.
    static func make(goal: String, title: String, taken: Set<String>) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init).filter { !skipped.contains($0) }
        var base = goal.lowercased()
        for word in words.prefix(4) where base.count + word.count < 40 { base += "-" + word }
        if base == goal.lowercased() { base += "-aktivitet" }
        var id = base
        var number = 2
        while taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        return id
    }
}
