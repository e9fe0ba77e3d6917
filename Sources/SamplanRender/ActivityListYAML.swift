public import SamplanCore

/// An activity list written as `activities/YYYY.yaml` (what `import-activities` prints): every
/// string double-quoted and escaped, so that any text reads back exactly through the config loader.
///
/// ```swift
/// print(ActivityListYAML.render(activities, year: 2025, source: "bilaga1.csv", configuration: configuration))
/// // year: 2025
/// // activities:
/// //   - id: "a1-se-over-hur-man"
/// ```
public enum ActivityListYAML {
    /// The file's text. Activities are grouped under comments naming their delmål.
    public static func render(_ activities: [Activity], year: Int, source: String, configuration: Configuration) -> String {
        let words = configuration.organization.language.words.importing
        let goals = Dictionary(configuration.focusAreas.flatMap(\.goals).map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        var lines = [
            words.yamlOrigin("\(year)", comment(source)),
            words.yamlToDo,
            "year: \(year)",
            activities.isEmpty ? "activities: []" : "activities:",
        ]
        var lastGoal: String?
        for activity in activities {
            if activity.goal != lastGoal {
                lines.append("  # \(comment(activity.goal)). \(comment(goals[activity.goal] ?? ""))")
                lastGoal = activity.goal
            }
            lines.append("  - id: \(quoted(activity.id))")
            lines.append("    goal: \(quoted(activity.goal))")
            lines.append("    title: \(quoted(activity.title))")
            if let owner = activity.owner { lines.append("    owner: \(quoted(owner))") }
            if let responsible = activity.responsible { lines.append("    responsible: \(quoted(responsible))") }
            if let due = activity.due { lines.append("    due: \(due)") }
            if let movedTo = activity.movedTo { lines.append("    moved_to: \(movedTo)") }
            if let background = activity.background { lines.append("    background: \(quoted(background))") }
            if let analysis = activity.analysis { lines.append("    analysis: \(quoted(analysis))") }
            if !activity.followUps.isEmpty {
                lines.append("    followups:")
                for followUp in activity.followUps {
                    lines.append("      - date: \(followUp.date)")
                    if let status = followUp.status { lines.append("        status: \(quoted(status.rawValue))") }
                    lines.append("        text: \(quoted(followUp.text))")
                    if let meeting = followUp.meeting { lines.append("        meeting: \(quoted(meeting))") }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar: `\`, `"` and every control or line-breaking character escaped.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Text safe inside a one-line YAML comment.
    private static func comment(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
