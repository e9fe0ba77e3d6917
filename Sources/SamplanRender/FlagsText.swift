public import ICal
public import SamplanCore

/// Flags as people read them in a terminal: a line per meeting, then a line per flag.
///
/// ```
/// Flaggor per 20 april 2025 – HSVO Knivsta
///
/// samrad-2025-05-08  Samråd HSVO Knivsta  torsdag 8 maj 2025 kl. 13.00–15.30
///   stale            a2-suicidprevention  Aktiviteten ”Följa upp …” har ingen uppföljning efter föregående möte (9 januari 2025).
/// ```
public enum FlagsText {
    /// The listing of `flags` of `meetings` (meetings without flags say so), as of `asOf`.
    public static func render(_ flags: [MeetingFlag], meetings: [Meeting], asOf: LocalDate, organization: String, language: Language) -> String {
        let words = language.words.flags
        let dates = DateText(language)
        var lines = [words.heading(dates.date(asOf)) + " – " + organization]
        let byMeeting = Dictionary(grouping: flags, by: \.meeting)
        let ruleWidth = MeetingFlag.Rule.allCases.map(\.rawValue.count).max()!
        let subjectWidth = flags.map { ($0.activity ?? $0.person ?? "").count }.max() ?? 0
        for meeting in meetings {
            lines.append("")
            lines.append("\(meeting.id)  \(meeting.title)  \(dates.span(meeting.start.local, meeting.end.local))")
            let own = byMeeting[meeting.id] ?? []
            if own.isEmpty { lines.append("  " + words.noFlags) }
            for flag in own {
                lines.append(
                    "  " + flag.rule.rawValue.padded(to: ruleWidth) + "  " + (flag.activity ?? flag.person ?? "").padded(to: subjectWidth)
                        + "  " + flag.message(in: language))
            }
        }
        if meetings.isEmpty {
            lines.append("")
            lines.append(words.noUpcoming)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
