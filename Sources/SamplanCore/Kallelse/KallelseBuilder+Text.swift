import ICal

extension KallelseBuilder {
    /// A block of a kallelse, written once and shown as plain text and as HTML.
    enum Line {
        case paragraph(String)
        case strong(String)
        case list([String])
        case facts([(String, String)], link: (String, String)?)
        case agenda(Agenda, Language)
    }

    /// The plain-text body: blocks separated by an empty line, the dagordning as the feeds write it.
    static func plain(_ lines: [Line]) -> String {
        lines.map { line -> String in
            switch line {
            case let .paragraph(text), let .strong(text): return text + "\n"
            case let .list(items): return items.map { "- " + $0 + "\n" }.joined()
            case let .facts(facts, link):
                return (facts + (link.map { [$0] } ?? [])).map { $0.0 + ": " + $0.1 + "\n" }.joined()
            case let .agenda(agenda, language): return agenda.plainText(in: language)
            }
        }.joined(separator: "\n")
    }

    /// The HTML body: a small complete document (UTF-8) with the same blocks.
    static func html(_ lines: [Line], title: String, language: Language) -> String {
        var out =
            "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(escape(title))</title>\n</head>\n<body>\n"
        for line in lines {
            switch line {
            case let .paragraph(text): out += "<p>\(escape(text))</p>\n"
            case let .strong(text): out += "<p><strong>\(escape(text))</strong></p>\n"
            case let .list(items): out += "<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
            case let .facts(facts, link):
                out += "<table>\n"
                for (label, value) in facts { out += "<tr><th align=\"left\">\(escape(label))</th><td>\(escape(value))</td></tr>\n" }
                if let (label, url) = link {
                    out += "<tr><th align=\"left\">\(escape(label))</th><td><a href=\"\(escape(url))\">\(escape(url))</a></td></tr>\n"
                }
                out += "</table>\n"
            case let .agenda(agenda, language): out += agendaHTML(agenda, language: language)
            }
        }
        return out + "</body>\n</html>\n"
    }

    /// The public dagordning: items with times, focus areas with delmål and activities (title and
    /// status), presenters; what `Agenda.plainText` says, as HTML.
    static func agendaHTML(_ agenda: Agenda, language: Language) -> String {
        let words = language.words.agenda
        let dates = DateText(language)
        var out = "<h2>\(escape(words.agenda))</h2>\n<table>\n"
        for (number, entry) in agenda.outline.enumerated() {
            out +=
                "<tr><td>\(escape(dates.clock(entry.start, entry.end)))</td><td>\(number + 1). \(escape(entry.title ?? words.presenters))</td></tr>\n"
        }
        out += "</table>\n"
        for area in agenda.focus {
            out += "<h3>\(escape(words.focusArea + " " + area.id + ". " + area.name))</h3>\n<ul>\n"
            for goal in area.goals {
                out += "<li>\(escape(words.goal + " " + goal.goal.id + ". " + goal.goal.text))"
                if !goal.activities.isEmpty {
                    out += "\n<ul>\n"
                    for activity in goal.activities {
                        let status = activity.latest?.status.map { $0.label(in: language).lowercased() } ?? words.noStatus
                        out += "<li>\(escape(activity.activity.title + " (" + status + ")"))</li>\n"
                    }
                    out += "</ul>\n"
                }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        let presentations = agenda.presentations
        if !presentations.isEmpty {
            out += "<h3>\(escape(words.presenters))</h3>\n<table>\n"
            for (item, presentation) in presentations {
                out += "<tr><td>\(escape(dates.clock(item.start, item.end)))</td><td>\(escape(presentation.presenterLine))</td>"
                out += "<td>\(escape(presentation.topicLine(in: language)))</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
