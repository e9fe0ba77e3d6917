import Foundation
public import ICal

/// Applies a CSV in the shape of the follow-up report (Fokusområde;Delmål;Aktivitet;Resultat;Klar?, and
/// optionally Datum) to the activity list of a year. The Fokusområde and Delmål columns may be left out when
/// rows "Delmål A1. …" (and "Fokusområde A. …") stand above the activities, as in the tables of a report.
/// A header row repeated further down is skipped. Every row that cannot be read is a problem with its
/// line; nothing is dropped silently.
///
/// The result is the year's whole list, never only the CSV's rows: every activity of the year's file
/// stays, with its id, owner, responsible person, due date, `moved_to` and follow-ups. A row naming one
/// of them (the same delmål and title, or the same title when only one activity of the list has it)
/// adds a follow-up when its result and status differ from the activity's latest; a row without result
/// and status leaves it as it is. A row naming none is a new activity, with an id made of the delmål and
/// the first words of the title, unique over all years. Activities no row names stay, unless
/// `removeMissing` is set.
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
        case focus, goal, title, result, status, date

        func name(in language: Language) -> String {
            let words = language.words.followUp
            switch self {
            case .focus: return words.focusArea
            case .goal: return words.goal
            case .title: return words.activity
            case .result: return words.result
            case .status: return words.done
            case .date: return language.words.importing.dateColumn
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
            } else if text.hasPrefix("datum") || text.hasPrefix("date") {
                self = .date
            } else {
                return nil
            }
        }
    }

    /// The list of `year` with the rows of `records` applied, or the problems that keep it from being
    /// written. New follow-ups are dated by the row's Datum cell, else `followUpDate` (or the day of the
    /// activity's latest follow-up, when that is later). With `removeMissing`, activities that no row names
    /// are taken off the list, save those an invitation refers to that no other year lists.
    public static func read(
        _ records: [CSVRecord], configuration: Configuration, year: Int, followUpDate: LocalDate, removeMissing: Bool = false
    ) -> ActivityImport {
        let language = configuration.organization.language
        let content = records.filter { !$0.isBlank }
        guard let header = content.first else { return ActivityImport(problems: [ImportProblem(line: 1, kind: .empty)]) }
        var columns: [Column: Int] = [:]
        for (position, cell) in header.cells.enumerated() {
            if let column = Column(header: cell), columns[column] == nil { columns[column] = position }
        }
        let missing = [Column.title, .result, .status].filter { columns[$0] == nil }
        guard missing.isEmpty else {
            return ActivityImport(problems: [ImportProblem(line: header.line, kind: .missingColumns(missing.map { $0.name(in: language) }))])
        }
        var reader = RowReader(configuration: configuration, year: year, followUpDate: followUpDate, columns: columns, width: header.cells.count)
        for record in content.dropFirst() where record.cells != header.cells {
            reader.read(record)
        }
        if reader.rows == 0, reader.problems.isEmpty {
            reader.problems.append(ImportProblem(line: header.line, kind: .noActivities))
        }
        guard reader.problems.isEmpty else { return ActivityImport(problems: reader.problems.sorted()) }
        return reader.finish(removeMissing: removeMissing)
    }

    /// The activities `year`'s file lists, in file order, as that file holds them. A configuration made
    /// in code, without listings, gives its activities listed in `year`.
    public static func listing(of year: Int, in configuration: Configuration) -> [Activity] {
        if configuration.activityListings.isEmpty { return configuration.activities.filter { $0.listedIn.contains(year) } }
        return configuration.activityListings.filter { $0.year == year }
    }
}

/// Reads the rows after the header, one at a time, remembering the delmål of section rows, and applies
/// each to the year's list.
private struct RowReader {
    let configuration: Configuration
    let year: Int
    let followUpDate: LocalDate
    let columns: [ActivityImporter.Column: Int]
    let width: Int
    /// The activities a row was read for.
    var rows = 0
    var problems: [ImportProblem] = []
    private var currentArea: FocusArea?
    private var currentGoal: FocusArea.Goal?
    /// The year's list, changed in place by the rows naming its activities.
    private var listing: [Activity]
    /// Positions in `listing` that a row named.
    private var matched = Set<Int>()
    /// Positions in `listing` by delmål and title, and by title alone.
    private var byKey: [String: [Int]] = [:]
    private var byTitle: [String: [Int]] = [:]
    /// Each activity of every year, merged: what the year's list says at its end is judged on all of its follow-ups.
    private let merged: [String: Activity]
    private var added: [Activity] = []
    private var updated: [String] = []
    private var taken: Set<String>

    init(configuration: Configuration, year: Int, followUpDate: LocalDate, columns: [ActivityImporter.Column: Int], width: Int) {
        self.configuration = configuration
        self.year = year
        self.followUpDate = followUpDate
        self.columns = columns
        self.width = width
        listing = ActivityImporter.listing(of: year, in: configuration)
        merged = Dictionary(configuration.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        taken = Set(configuration.activities.map(\.id) + listing.map(\.id))
        for (index, activity) in listing.enumerated() {
            byKey[Self.key(activity.goal, activity.title), default: []].append(index)
            byTitle[Self.normalized(activity.title), default: []].append(index)
        }
    }

    static func key(_ goal: String, _ title: String) -> String {
        goal + "\u{0}" + normalized(title)
    }

    static func normalized(_ title: String) -> String {
        title.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
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
        }
        var date: LocalDate?
        let dateText = cell(.date, record)
        if !dateText.isEmpty {
            switch CellDate.read(dateText) {
            case let .date(day): date = day
            case .invalid:
                problem(.invalidDate(dateText))
                return
            case .outOfRange:
                problem(.dateOutOfRange(dateText))
                return
            }
        }
        rows += 1
        apply(goal: goal.id, title: title, status: status, result: result, date: date)
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

    /// The position in the list of the activity a row names: the first not yet named with the same delmål
    /// and title, else the only one with the same title.
    private func match(goal: String, title: String) -> Int? {
        if let index = byKey[Self.key(goal, title)]?.first(where: { !matched.contains($0) }) { return index }
        guard let same = byTitle[Self.normalized(title)], same.count == 1, let index = same.first, !matched.contains(index) else { return nil }
        return index
    }

    private mutating func apply(goal: String, title: String, status: ActivityStatus?, result: String, date: LocalDate?) {
        guard let index = match(goal: goal, title: title) else {
            let id = ActivityID.make(goal: goal, title: title, taken: taken)
            taken.insert(id)
            let followUps = result.isEmpty ? [] : [FollowUp(date: date ?? followUpDate, status: status, text: result)]
            added.append(Activity(id: id, year: year, goal: goal, title: title, followUps: followUps))
            return
        }
        matched.insert(index)
        var activity = listing[index]
        var changed = false
        if activity.goal != goal {
            activity.goal = goal
            changed = true
        }
        // A row without result and status says nothing new: the activity stays as it is. A result
        // with an empty Klar? cell is a follow-up without status (the source states none).
        if !result.isEmpty {
            let latest = (merged[activity.id] ?? activity).latestFollowUp(inOrBefore: year)
            if latest?.status != status || latest?.text != result {
                let day = date ?? max(followUpDate, latest?.date ?? followUpDate)
                let alreadyThere = activity.followUps.contains { $0.date == day && $0.status == status && $0.text == result }
                if !alreadyThere {
                    let position = activity.followUps.firstIndex { $0.date > day } ?? activity.followUps.count
                    activity.followUps.insert(FollowUp(date: day, status: status, text: result), at: position)
                    changed = true
                }
            }
        }
        if changed {
            listing[index] = activity
            updated.append(activity.id)
        }
    }

    /// The list with the new activities in place: each after the last activity of its delmål, else before
    /// the first of a later delmål (in the order of focus-areas.yaml), else at the end.
    func finish(removeMissing: Bool) -> ActivityImport {
        let goalOrder = Dictionary(
            configuration.focusAreas.flatMap(\.goals).enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rank = { (goal: String) in goalOrder[goal] ?? Int.max }
        var removed: [Activity] = []
        var keptInUse: [Activity] = []
        var result: [Activity] = []
        let inUse = Set(configuration.invitations.compactMap(\.activity) + configuration.minutes.flatMap { $0.followUps.map(\.activity) })
        for (index, activity) in listing.enumerated() {
            guard removeMissing, !matched.contains(index) else {
                result.append(activity)
                continue
            }
            let listedElsewhere = (merged[activity.id]?.listedIn ?? [year]).contains { $0 != year }
            if !listedElsewhere, inUse.contains(activity.id) {
                keptInUse.append(activity)
                result.append(activity)
            } else {
                removed.append(activity)
            }
        }
        for activity in added {
            if let last = result.lastIndex(where: { $0.goal == activity.goal }) {
                result.insert(activity, at: last + 1)
            } else if let later = result.firstIndex(where: { rank($0.goal) > rank(activity.goal) }) {
                result.insert(activity, at: later)
            } else {
                result.append(activity)
            }
        }
        var seen = Set<String>()
        return ActivityImport(
            activities: result, updated: updated.filter { seen.insert($0).inserted }, added: added.map(\.id), removed: removed,
            keptInUse: keptInUse)
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
