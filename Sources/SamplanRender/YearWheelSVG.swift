import Foundation
import ICal
public import SamplanCore

/// The årshjul as SVG: the twelve months as the outer ring, one inner ring per body with a mark per
/// meeting (its focus areas written in it; moved dashed, extra a diamond, cancelled struck; the May
/// follow-up ringed), closed periods shaded across the rings, report approvals on the rim, a legend,
/// and the same dates as a text list beside the wheel. `<title>` and `<desc>` say what it shows; no
/// script. Angles run clockwise from the top, 1 January at 12 o'clock; a day sits in the middle of its slice.
///
/// ```swift
/// let svg = YearWheelSVG.svg(YearWheel(configuration, year: 2026), language: .sv)
/// ```
public enum YearWheelSVG {
    /// The wheel's centre and radii, in SVG units.
    struct Geometry {
        let centerX = 520.0
        let centerY = 560.0
        /// The outer edge of the month ring.
        let outer = 450.0
        /// The inner edge of the month ring.
        let monthInner = 385.0
        /// The inner edge of the innermost body ring.
        let hub = 135.0

        /// The angle (radians, clockwise from the top) of the middle of `date`'s day.
        func angle(_ date: LocalDate) -> Double {
            let first = LocalDate.first(ofYear: date.year).dayNumber
            let days = Double(LocalDate.last(ofYear: date.year).dayNumber - first + 1)
            return (Double(date.dayNumber - first) + 0.5) / days * 2 * .pi
        }

        /// The angle of the start of `date`'s day.
        func startAngle(_ date: LocalDate) -> Double {
            let first = LocalDate.first(ofYear: date.year).dayNumber
            let days = Double(LocalDate.last(ofYear: date.year).dayNumber - first + 1)
            return Double(date.dayNumber - first) / days * 2 * .pi
        }

        func point(_ angle: Double, _ radius: Double) -> (x: Double, y: Double) {
            (centerX + radius * sin(angle), centerY - radius * cos(angle))
        }

        /// The band of ring `index` of `count`: inner and outer radius.
        func band(_ index: Int, of count: Int) -> (inner: Double, outer: Double) {
            let top = monthInner - 8
            let width = (top - hub) / Double(max(count, 1))
            return (top - width * Double(index + 1), top - width * Double(index))
        }
    }

    /// Ring colours, outermost first; chosen to stay apart for the common colour-vision deficiencies.
    static let palette = ["#1f5f99", "#b35900", "#2e7d32", "#7b3f99", "#00838f", "#6d4c41"]

    /// The årshjul in `language`.
    public static func svg(_ wheel: YearWheel, language: Language) -> String {
        let words = language.words
        let dates = DateText(language)
        let geometry = Geometry()
        let width = 1700.0
        var out: [String] = []
        let title = words.yearWheel.title("\(wheel.year)", wheel.organization)
        let description = words.yearWheel.description("\(wheel.year)", NarrativeDocument.list(wheel.rings.map(\.name), and: words.narrative.and))

        // The list of dates beside the wheel.
        let listTop = 120.0
        let legendLines = legendEntries(wheel, words: words, dates: dates)
        let listStart = listTop + 40 + Double(legendLines.count) * 24 + 40
        let entries = wheel.marks.map { entry in (entry.ring, entry.mark, wrap(listLine(entry.mark, words: words, dates: dates), width: 86)) }
        let listLines = entries.map(\.2.count).reduce(0, +)
        let height = max(1040.0, listStart + 36 + Double(max(listLines, 1)) * 20 + 40)

        out.append(##"<?xml version="1.0" encoding="UTF-8"?>"##)
        out.append(
            ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(n(width)) \##(n(height))" width="\##(n(width))" height="\##(n(height))" "##
                + ##"role="graphics-document document" aria-labelledby="arshjul-title arshjul-desc" lang="\##(language.rawValue)" "##
                + ##"font-family="Calibri, Carlito, 'DejaVu Sans', Arial, sans-serif">"##)
        out.append(##"<title id="arshjul-title">\##(xml(title))</title>"##)
        out.append(##"<desc id="arshjul-desc">\##(xml(description))</desc>"##)
        out.append(
            ##"<defs><pattern id="closed-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">"##
                + ##"<rect width="8" height="8" fill="#eef1f4"/><line x1="0" y1="0" x2="0" y2="8" stroke="#aab4bf" stroke-width="3"/></pattern></defs>"##
        )
        out.append(##"<rect width="100%" height="100%" fill="#ffffff"/>"##)
        out.append(##"<text x="40" y="52" font-size="28" font-weight="bold" fill="#1b2733">\##(xml(title))</text>"##)

        // Month ring.
        out.append(##"<g class="months" aria-hidden="true">"##)
        for month in 1...12 {
            guard let first = LocalDate(year: wheel.year, month: month, day: 1) else { continue }
            let start = geometry.startAngle(first)
            let stop = month == 12 ? 2 * .pi : LocalDate(year: wheel.year, month: month + 1, day: 1).map(geometry.startAngle) ?? 2 * .pi
            let fill = month % 2 == 0 ? "#dde5ee" : "#eaf0f6"
            out.append(
                ##"<path d="\##(sector(geometry, start, stop, geometry.monthInner, geometry.outer))" fill="\##(fill)" stroke="#ffffff" stroke-width="2"/>"##
            )
            let middle = (start + stop) / 2
            let label = geometry.point(middle, (geometry.monthInner + geometry.outer) / 2)
            out.append(
                ##"<text x="\##(n(label.x))" y="\##(n(label.y + 6))" text-anchor="middle" font-size="17" font-weight="bold" fill="#1b2733">\##(xml(dates.month(month)))</text>"##
            )
        }
        out.append("</g>")

        // Body rings, each with a track in its colour where its marks sit.
        out.append(##"<g class="rings" aria-hidden="true">"##)
        for index in wheel.rings.indices {
            let band = geometry.band(index, of: wheel.rings.count)
            let fill = index % 2 == 0 ? "#e8eff6" : "#f5f8fb"
            let middle = (band.inner + band.outer) / 2
            // A full ring as a wide stroke: an arc whose ends meet is not drawn at all.
            out.append(
                ##"<circle cx="\##(n(geometry.centerX))" cy="\##(n(geometry.centerY))" r="\##(n(middle))" fill="none" stroke="\##(fill)" stroke-width="\##(n(band.outer - band.inner - 4))"/>"##
            )
            for edge in [band.inner + 2, band.outer - 2] {
                out.append(
                    ##"<circle cx="\##(n(geometry.centerX))" cy="\##(n(geometry.centerY))" r="\##(n(edge))" fill="none" stroke="#b9c6d3" stroke-width="1"/>"##
                )
            }
            out.append(
                ##"<circle cx="\##(n(geometry.centerX))" cy="\##(n(geometry.centerY))" r="\##(n(middle))" fill="none" stroke="\##(palette[index % palette.count])" stroke-opacity="0.35" stroke-width="2"/>"##
            )
        }
        out.append("</g>")

        // Closed periods across the body rings.
        if !wheel.closed.isEmpty {
            out.append(##"<g class="closed" aria-hidden="true">"##)
            let inner = wheel.rings.isEmpty ? geometry.hub : geometry.band(wheel.rings.count - 1, of: wheel.rings.count).inner + 2
            for span in wheel.closed {
                let start = geometry.startAngle(span.from)
                let stop = span.to == LocalDate.last(ofYear: wheel.year) ? 2 * .pi : geometry.startAngle(span.to.adding(days: 1))
                out.append(
                    ##"<path d="\##(sector(geometry, start, stop, inner, geometry.monthInner - 6))" fill="url(#closed-hatch)" opacity="0.85"/>"##)
            }
            out.append("</g>")
        }

        // Month boundaries over everything but the marks.
        out.append(##"<g class="month-lines" stroke="#ffffff" stroke-width="2" aria-hidden="true">"##)
        for month in 1...12 {
            guard let first = LocalDate(year: wheel.year, month: month, day: 1) else { continue }
            let angle = geometry.startAngle(first)
            let from = geometry.point(angle, geometry.hub)
            let to = geometry.point(angle, geometry.monthInner - 6)
            out.append(##"<line x1="\##(n(from.x))" y1="\##(n(from.y))" x2="\##(n(to.x))" y2="\##(n(to.y))"/>"##)
        }
        out.append("</g>")

        // Ring numbers in the widest gap between meetings, matching the legend: outlined, so that they
        // never look like a meeting.
        let labelAngle = widestGap(wheel.rings.flatMap { $0.marks.map { geometry.angle($0.date) } })
        for index in wheel.rings.indices {
            let band = geometry.band(index, of: wheel.rings.count)
            let point = geometry.point(labelAngle, (band.inner + band.outer) / 2)
            let color = palette[index % palette.count]
            out.append(
                ##"<g class="ring-number" aria-hidden="true"><rect x="\##(n(point.x - 11))" y="\##(n(point.y - 11))" width="22" height="22" rx="4" fill="#ffffff" stroke="\##(color)" stroke-width="2"/>"##
                    + ##"<text x="\##(n(point.x))" y="\##(n(point.y + 5))" text-anchor="middle" font-size="14" font-weight="bold" fill="\##(color)">\##(index + 1)</text></g>"##
            )
        }

        // Centre.
        out.append(
            ##"<circle cx="\##(n(geometry.centerX))" cy="\##(n(geometry.centerY))" r="\##(n(geometry.hub - 8))" fill="#ffffff" stroke="#c8d1db"/>"##)
        out.append(
            ##"<text x="\##(n(geometry.centerX))" y="\##(n(geometry.centerY + 10))" text-anchor="middle" font-size="52" font-weight="bold" fill="#1b2733">\##(wheel.year)</text>"##
        )
        out.append(
            ##"<text x="\##(n(geometry.centerX))" y="\##(n(geometry.centerY + 40))" text-anchor="middle" font-size="16" fill="#3d4f61">\##(xml(wheel.organization))</text>"##
        )

        // Approvals on the rim.
        for approval in wheel.approvals {
            let angle = geometry.angle(approval.date)
            let tip = geometry.point(angle, geometry.outer + 2)
            let left = geometry.point(angle - 0.03, geometry.outer + 22)
            let right = geometry.point(angle + 0.03, geometry.outer + 22)
            let text = words.yearWheel.approval("\(approval.reportYear)") + " (" + dates.date(approval.date) + ")"
            out.append(
                ##"<g class="approval" data-date="\##(approval.date)"><title>\##(xml(text))</title>"##
                    + ##"<path d="M\##(n(tip.x)) \##(n(tip.y)) L\##(n(left.x)) \##(n(left.y)) L\##(n(right.x)) \##(n(right.y)) Z" fill="#2e7d32"/></g>"##
            )
        }

        // Marks.
        out.append(##"<g class="marks">"##)
        for (index, ring) in wheel.rings.enumerated() {
            let band = geometry.band(index, of: wheel.rings.count)
            let radius = (band.inner + band.outer) / 2
            let color = palette[index % palette.count]
            for mark in ring.marks {
                out.append(markSVG(mark, ring: ring, color: color, at: geometry.point(geometry.angle(mark.date), radius), words: words, dates: dates))
            }
        }
        out.append("</g>")

        // Legend.
        let legendX = 1010.0
        out.append(##"<g class="legend">"##)
        out.append(
            ##"<text x="\##(n(legendX))" y="\##(n(listTop))" font-size="20" font-weight="bold" fill="#1b2733">\##(xml(words.yearWheel.legend))</text>"##
        )
        for (position, line) in legendLines.enumerated() {
            let y = listTop + 36 + Double(position) * 24
            out.append(line.symbol(legendX + 12, y - 5))
            out.append(##"<text x="\##(n(legendX + 32))" y="\##(n(y))" font-size="15" fill="#1b2733">\##(xml(line.text))</text>"##)
        }
        out.append("</g>")

        // The same dates as text.
        let listHeading = words.yearWheel.dates("\(wheel.year)")
        out.append(##"<g class="date-list" role="list" aria-label="\##(xml(listHeading))">"##)
        out.append(
            ##"<text x="\##(n(legendX))" y="\##(n(listStart))" font-size="20" font-weight="bold" fill="#1b2733" aria-hidden="true">\##(xml(listHeading))</text>"##
        )
        if entries.isEmpty {
            out.append(
                ##"<text x="\##(n(legendX))" y="\##(n(listStart + 32))" font-size="15" fill="#1b2733">\##(xml(words.schedule.noMeetings))</text>"##)
        }
        var y = listStart + 32
        for (ring, mark, lines) in entries {
            let ringIndex = wheel.rings.firstIndex(of: ring) ?? 0
            let struck = mark.kind == .cancelled ? ##" text-decoration="line-through""## : ""
            var text =
                ##"<text role="listitem" x="\##(n(legendX))" y="\##(n(y))" font-size="14" fill="#1b2733"\##(struck)>"##
                + ##"<tspan font-weight="bold" fill="\##(palette[ringIndex % palette.count])">\##(ringIndex + 1)</tspan> \##(xml(lines[0]))"##
            for line in lines.dropFirst() { text += ##"<tspan x="\##(n(legendX + 14))" dy="20">\##(xml(line))</tspan>"## }
            out.append(text + "</text>")
            y += 20 * Double(lines.count)
        }
        out.append("</g>")
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// One line of the legend: its symbol (drawn centred at a point) and its text.
    struct LegendLine {
        let symbol: (Double, Double) -> String
        let text: String
    }

    static func legendEntries(_ wheel: YearWheel, words: Words, dates: DateText) -> [LegendLine] {
        var lines: [LegendLine] = []
        for (index, ring) in wheel.rings.enumerated() {
            let color = palette[index % palette.count]
            lines.append(
                LegendLine(
                    symbol: { x, y in
                        ##"<rect x="\##(n(x - 10))" y="\##(n(y - 10))" width="20" height="20" rx="4" fill="#ffffff" stroke="\##(color)" stroke-width="2"/><text x="\##(n(x))" y="\##(n(y + 5))" text-anchor="middle" font-size="13" font-weight="bold" fill="\##(color)">\##(index + 1)</text>"##
                    }, text: ring.name))
        }
        let gray = "#3d4f61"
        lines.append(
            LegendLine(symbol: { x, y in ##"<circle cx="\##(n(x))" cy="\##(n(y))" r="8" fill="\##(gray)"/>"## }, text: words.yearWheel.meeting))
        lines.append(
            LegendLine(
                symbol: { x, y in
                    ##"<circle cx="\##(n(x))" cy="\##(n(y))" r="8" fill="\##(gray)" stroke="#1b2733" stroke-width="2" stroke-dasharray="3 2"/>"##
                },
                text: words.meeting.moved))
        lines.append(LegendLine(symbol: { x, y in diamond(x, y, 10, fill: gray) }, text: words.meeting.extra))
        lines.append(LegendLine(symbol: { x, y in struck(x, y, 8, color: gray) }, text: words.meeting.cancelled))
        lines.append(
            LegendLine(
                symbol: { x, y in ##"<circle cx="\##(n(x))" cy="\##(n(y))" r="10" fill="none" stroke="#d4a000" stroke-width="3"/>"## },
                text: words.yearWheel.followUp))
        if !wheel.closed.isEmpty {
            let names = Array(Set(wheel.closed.map(\.name))).sorted()
            lines.append(
                LegendLine(
                    symbol: { x, y in
                        ##"<rect x="\##(n(x - 9))" y="\##(n(y - 9))" width="18" height="18" fill="url(#closed-hatch)" stroke="#aab4bf"/>"##
                    },
                    text: words.yearWheel.closed + ": " + names.joined(separator: ", ")))
        }
        for approval in wheel.approvals {
            lines.append(
                LegendLine(
                    symbol: { x, y in
                        ##"<path d="M\##(n(x)) \##(n(y + 8)) L\##(n(x - 8)) \##(n(y - 8)) L\##(n(x + 8)) \##(n(y - 8)) Z" fill="#2e7d32"/>"##
                    },
                    text: words.yearWheel.approval("\(approval.reportYear)") + " (" + dates.date(approval.date) + ")"))
        }
        let used = Set(wheel.rings.flatMap { $0.marks.flatMap(\.focus) })
        for area in wheel.focusAreas where used.contains(area.id) {
            lines.append(
                LegendLine(
                    symbol: { x, y in
                        ##"<text x="\##(n(x))" y="\##(n(y + 5))" text-anchor="middle" font-size="15" font-weight="bold" fill="#1b2733">\##(xml(area.id))</text>"##
                    },
                    text: words.meeting.focus + ": " + area.name))
        }
        return lines
    }

    /// A meeting's mark: its symbol with the focus area letters inside, and a tooltip.
    static func markSVG(_ mark: YearWheel.Mark, ring: YearWheel.Ring, color: String, at point: (x: Double, y: Double), words: Words, dates: DateText)
        -> String
    {
        let (x, y) = point
        let letters = mark.focus.joined()
        // Room for every focus letter: a meeting with all five areas gets a larger mark.
        let radius = letters.count > 2 ? 6 + 4.5 * Double(letters.count) : 14.0
        var shapes: [String] = []
        if mark.followUp {
            shapes.append(##"<circle cx="\##(n(x))" cy="\##(n(y))" r="\##(n(radius + 5))" fill="none" stroke="#d4a000" stroke-width="3.5"/>"##)
        }
        var textColor = "#ffffff"
        switch mark.kind {
        case .held:
            shapes.append(##"<circle cx="\##(n(x))" cy="\##(n(y))" r="\##(n(radius))" fill="\##(color)" stroke="#ffffff" stroke-width="1.5"/>"##)
        case .moved:
            shapes.append(
                ##"<circle cx="\##(n(x))" cy="\##(n(y))" r="\##(n(radius))" fill="\##(color)" stroke="#1b2733" stroke-width="2" stroke-dasharray="4 2.5"/>"##
            )
        case .extra:
            shapes.append(diamond(x, y, radius + 3, fill: color))
        case .cancelled:
            shapes.append(struck(x, y, radius, color: color))
            textColor = color
        }
        if !letters.isEmpty {
            let size = letters.count > 2 ? 11 : 13
            shapes.append(
                ##"<text x="\##(n(x))" y="\##(n(y + Double(size) * 0.36))" text-anchor="middle" font-size="\##(size)" font-weight="bold" fill="\##(textColor)" aria-hidden="true">\##(xml(letters))</text>"##
            )
        }
        return
            ##"<g class="mark \##(mark.kind.rawValue)\##(mark.followUp ? " follow-up" : "")" data-meeting="\##(xml(mark.id))" data-date="\##(mark.date)" data-body="\##(xml(ring.body))">"##
            + "<title>\(xml(listLine(mark, words: words, dates: dates)))</title>" + shapes.joined() + "</g>"
    }

    /// "8 januari – Samråd HSVO Knivsta – Fokus: A, B": a mark as the list and the tooltip write it.
    static func listLine(_ mark: YearWheel.Mark, words: Words, dates: DateText) -> String {
        var parts = ["\(mark.date.day) \(dates.month(mark.date.month))", mark.title]
        switch mark.kind {
        case .held: break
        case .moved: parts.append(words.meeting.movedNote(from: mark.movedFrom.map(dates.date) ?? "", reason: mark.reason))
        case .extra: parts.append(words.meeting.extra)
        case .cancelled: parts.append(words.meeting.labelled(words.meeting.cancelled, reason: mark.reason))
        }
        if mark.followUp { parts.append(words.yearWheel.followUp) }
        if !mark.focus.isEmpty { parts.append(words.meeting.focus + ": " + mark.focus.joined(separator: ", ")) }
        return parts.joined(separator: " – ")
    }

    /// The middle of the widest gap between `angles` around the circle (the top when there are none).
    static func widestGap(_ angles: [Double]) -> Double {
        let sorted = angles.sorted()
        guard let first = sorted.first, let last = sorted.last else { return 0 }
        var best = (gap: first + 2 * .pi - last, middle: last + (first + 2 * .pi - last) / 2)
        for (a, b) in zip(sorted, sorted.dropFirst()) where b - a > best.gap { best = (b - a, a + (b - a) / 2) }
        return best.middle
    }

    /// `text` in lines of at most about `width` characters, broken at " – " where it can, else at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    static func diamond(_ x: Double, _ y: Double, _ size: Double, fill: String) -> String {
        ##"<path d="M\##(n(x)) \##(n(y - size)) L\##(n(x + size)) \##(n(y)) L\##(n(x)) \##(n(y + size)) L\##(n(x - size)) \##(n(y)) Z" fill="\##(fill)" stroke="#ffffff" stroke-width="1.5"/>"##
    }

    static func struck(_ x: Double, _ y: Double, _ radius: Double, color: String) -> String {
        ##"<circle cx="\##(n(x))" cy="\##(n(y))" r="\##(n(radius))" fill="#ffffff" stroke="\##(color)" stroke-width="2.5"/>"##
            + ##"<line x1="\##(n(x - radius - 3))" y1="\##(n(y + radius + 3))" x2="\##(n(x + radius + 3))" y2="\##(n(y - radius - 3))" stroke="#b00020" stroke-width="3"/>"##
    }

    /// An annular sector from `start` to `stop` (radians) between two radii, as path data.
    static func sector(_ geometry: Geometry, _ start: Double, _ stop: Double, _ inner: Double, _ outer: Double) -> String {
        let large = stop - start > .pi ? 1 : 0
        let a = geometry.point(start, outer)
        let b = geometry.point(stop, outer)
        let c = geometry.point(stop, inner)
        let d = geometry.point(start, inner)
        return "M\(n(a.x)) \(n(a.y)) A\(n(outer)) \(n(outer)) 0 \(large) 1 \(n(b.x)) \(n(b.y)) L\(n(c.x)) \(n(c.y)) "
            + "A\(n(inner)) \(n(inner)) 0 \(large) 0 \(n(d.x)) \(n(d.y)) Z"
    }

    /// A coordinate with at most one decimal.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Text escaped for XML content and attributes.
    static func xml(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
