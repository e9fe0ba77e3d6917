import Foundation
import ICal
import SamplanConfig
import SamplanCore
import Testing

@testable import SamplanRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The årshjul as SVG (issue 16, part 3), read back as XML.
@Suite("The årshjul")
struct YearWheelTests {
    /// The elements of an SVG document: name, attributes, the text directly inside, and the meeting
    /// of the mark (`<g class="mark …" data-meeting="…">`) it is drawn in.
    final class Elements: NSObject, XMLParserDelegate {
        struct Element {
            let name: String
            let attributes: [String: String]
            let mark: String?
            var text = ""
        }
        var all: [Element] = []
        private var open: [Int] = []
        private var marks: [String?] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            let isMark = name == "g" && (attributes["class"] ?? "").hasPrefix("mark ")
            let mark = isMark ? attributes["data-meeting"] : (marks.last ?? nil)
            all.append(Element(name: name, attributes: attributes, mark: mark))
            open.append(all.count - 1)
            marks.append(mark)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let last = open.last { all[last].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            _ = open.popLast()
            _ = marks.popLast()
        }

        static func parse(_ svg: String) throws -> Elements {
            let elements = Elements()
            let parser = XMLParser(data: Data(svg.utf8))
            parser.delegate = elements
            let parsed = parser.parse()
            #expect(parsed, "the SVG is well-formed XML: \(String(describing: parser.parserError))")
            return elements
        }

        /// Where the mark of `meeting` is drawn: the centre of its circle, or of its diamond's corners.
        func center(of meeting: String) -> (x: Double, y: Double)? {
            for element in all where element.mark == meeting && element.name != "g" {
                if element.name == "circle", let x = element.attributes["cx"].flatMap(Double.init),
                    let y = element.attributes["cy"].flatMap(Double.init)
                {
                    return (x, y)
                }
                if element.name == "path", let d = element.attributes["d"] {
                    let numbers = d.split { !"0123456789.-".contains($0) }.compactMap { Double($0) }
                    guard numbers.count >= 8 else { continue }
                    return ((numbers[0] + numbers[4]) / 2, (numbers[1] + numbers[5]) / 2)
                }
            }
            return nil
        }
    }

    /// The month (1–12) a point lies in, by its angle clockwise from the top around the wheel's centre.
    static func month(x: Double, y: Double, year: Int) -> Int {
        let geometry = YearWheelSVG.Geometry()
        var angle = atan2(x - geometry.centerX, geometry.centerY - y)
        if angle < 0 { angle += 2 * .pi }
        let days = LocalDate.isLeap(year) ? 366.0 : 365.0
        let day = Int(angle / (2 * .pi) * days)
        return LocalDate(dayNumber: LocalDate.first(ofYear: year).dayNumber + day).month
    }

    @Test("one mark per meeting of the year, each in the right month, with a title and a text list of the same dates")
    func marks() throws {
        let configuration = try RenderFixture.example("knivsta")
        for year in [2024, 2026] {
            let schedule = ScheduleBuilder.build(configuration, years: year...year)
            let svg = YearWheelSVG.svg(YearWheel(configuration, year: year), language: .sv)
            let elements = try Elements.parse(svg)
            let marks = elements.all.filter { $0.name == "g" && ($0.attributes["class"] ?? "").hasPrefix("mark ") }
            #expect(marks.map { $0.attributes["data-meeting"] ?? "" }.sorted() == schedule.meetings.map(\.id).sorted())
            // Each mark lies in the month its meeting is held, on its body's ring (the same distance from the centre).
            let geometry = YearWheelSVG.Geometry()
            var radii: [String: [Double]] = [:]
            for meeting in schedule.meetings {
                let center = try #require(elements.center(of: meeting.id), "\(meeting.id)")
                #expect(Self.month(x: center.x, y: center.y, year: year) == meeting.start.local.date.month, "\(meeting.id)")
                let dx = center.x - geometry.centerX
                let dy = center.y - geometry.centerY
                radii[meeting.body, default: []].append((dx * dx + dy * dy).squareRoot())
            }
            let samrad = try #require(radii["samrad"])
            let tl = try #require(radii["tl"])
            #expect(samrad.max()! - samrad.min()! < 0.5 && tl.max()! - tl.min()! < 0.5, "each body's marks on one ring: \(radii)")
            #expect(samrad.min()! > tl.max()! + 40, "the samråd's ring outside the tjänsteledning's: \(radii)")
            let title = try #require(elements.all.first { $0.name == "title" })
            #expect(title.text == "Årshjul \(year) – HSVO Knivsta")
            #expect(elements.all.contains { $0.name == "desc" && $0.text.contains("Samråd HSVO Knivsta och Tjänsteledning HSVO Knivsta") })
            let items = elements.all.filter { $0.attributes["role"] == "listitem" }
            #expect(items.count == schedule.meetings.count)
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("@"), "no e-mail address on the public årshjul")
        }
    }

    @Test(
        "a cancelled meeting is struck, a moved one drawn at its new date, an extra one a diamond; the May samråd is ringed; closed periods and the approval are drawn"
    )
    func kinds() throws {
        var configuration = try RenderFixture.example("knivsta")
        configuration.exceptions = [
            .cancel(meeting: "samrad-2026-10-08", reason: "Krock med kommunfullmäktige"),
            .move(meeting: "tl-2026-04-28", toDate: LocalDate(iso: "2026-06-02")!, toTime: nil, reason: "Ny lokal"),
            .extra(
                ScheduleException.Extra(
                    body: "tl", start: LocalDateTime(date: LocalDate(iso: "2026-03-17")!, time: LocalTime(hour: 9, minute: 0)!),
                    duration: ISODuration(hours: 1), title: "Extra tjänsteledning", reason: "Krisberedskap")),
        ]
        configuration.reports = [ReportText(year: 2025, approval: .init(by: "Samråd HSVO Knivsta", date: LocalDate(iso: "2026-01-15")!))]
        let svg = YearWheelSVG.svg(YearWheel(configuration, year: 2026), language: .sv)
        let elements = try Elements.parse(svg)
        func mark(_ id: String) -> [String: String]? { elements.all.first { $0.name == "g" && $0.attributes["data-meeting"] == id }?.attributes }
        #expect(mark("samrad-2026-10-08")?["class"] == "mark cancelled")
        #expect(mark("tl-2026-04-28")?["class"] == "mark moved")
        #expect(mark("tl-2026-04-28")?["data-date"] == "2026-06-02")
        let moved = try #require(elements.center(of: "tl-2026-04-28"))
        #expect(Self.month(x: moved.x, y: moved.y, year: 2026) == 6)
        #expect(mark("tl-2026-03-17")?["class"] == "mark extra")
        #expect(mark("samrad-2026-05-14")?["class"]?.hasSuffix("follow-up") == true)
        #expect(svg.contains("Inställt: Krock med kommunfullmäktige"))
        #expect(svg.contains("Flyttat från 28 april 2026 (Ny lokal)"))
        #expect(elements.all.contains { $0.name == "g" && $0.attributes["class"] == "approval" && $0.attributes["data-date"] == "2026-01-15" })
        #expect(svg.contains("Berättelsen för 2025 godkänns (15 januari 2026)"))
        #expect(svg.contains("Uppehåll: Jul- och nyårsuppehåll, Sommaruppehåll"))
        let wheel = YearWheel(configuration, year: 2026)
        #expect(wheel.closed.map { "\($0.from)–\($0.to)" } == ["2026-01-01–2026-01-06", "2026-07-01–2026-08-10", "2026-12-22–2026-12-31"])
    }

    @Test("in English the labels are English")
    func english() throws {
        let svg = YearWheelSVG.svg(YearWheel(try RenderFixture.example("knivsta"), year: 2026), language: .en)
        #expect(svg.contains("<title id=\"arshjul-title\">Year wheel 2026 – HSVO Knivsta</title>"))
        #expect(svg.contains(">January<") || svg.contains(">january<"))
    }
}
