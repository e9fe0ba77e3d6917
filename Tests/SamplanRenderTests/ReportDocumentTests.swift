import Foundation
import ICal
import SamplanConfig
import SamplanCore
import SamplanRender
import Testing

@Suite("The follow-up report of Knivsta 2024 (Bilaga 1)")
struct ReportDocumentTests {
    /// Bilaga 1 of "Samverkansberättelse HSVO Knivsta 2024", row by row: delmål, the first words of the
    /// Aktivitet cell, and the Klar? cell (without the report's trailing period or comment).
    static let bilaga1: [(goal: String, title: String, done: String)] = [
        ("A1", "Se över hur man på bästa sätt informerar", "Pågående"),
        ("A1", "Identifiera inom vilka områden som kommunala", "Ja"),
        ("A1", "Följa arbetet och utvecklingen inom geografiskt hälsouppdrag", "Nej"),
        ("A2", "Som styrgrupp, ta ansvar för att följa utvecklingen av ökad skolnärvaro", "Ja"),
        ("A2", "Verka för välfungerande informationsflöde i samband med utskrivning", "Ja"),
        ("A2", "Följa upp länsövergripande och lokala Suicidpreventiva arbetet", "Pågående"),
        ("A2", "Ungdomsmottagningen bjuds in under året till TL", "Nej, ej aktuellt"),
        ("A2", "Identifiera vad som görs i samverkan lokalt i Knivsta", "Ja"),
        ("B1", "Aktivt delta i arbetet med utvecklingen av vårdcentrum i Knivsta", "Nej"),
        ("B1", "Verka för att stärka samarbetet mellan Region Uppsala och Knivsta kommun i SIP arbetet", "Delvis"),
        ("B1", "Följa samverkansarbetet mellan Äldremottagningar", "Ja"),
        ("B1", "Följa utvecklingen & arbetet med Äldrevårdsenheten", "Ja"),
        ("B2", "Tjänstelednings HSVO Knivsta ska som styrgrupp följa upp Familjecentralen", "Ja"),
        ("B2", "Arbeta med att synliggöra nya och reviderade VIS", "Ja"),
        ("B2", "Säkerställa att relevant information om effektiv och nära vård", "Delvis"),
        ("B2", "Följa utvecklingen av regionens projekt Stegvis vård", "Ja"),
        ("B2", "Analysera lokala utskrivningsprocessen utifrån GAP-UL´s rapport", "Nej"),
        ("B2", "Se över behovet av en lokal rutin", "Ja"),
        ("B2", "Digitalisering stående punkt på tjänsteledningens agenda", "Delvis"),
        ("C1", "I samverkan skapa gemensamma utbildningstillfällen", "Pågående"),
        ("C1", "Öka samverkan med region och kommun som arbetsgivare", "Pågående"),
        ("D1", "Informera varandra om vad som finns inom krishantering och beredskap", "Ja"),
    ]

    @Test("report --year 2024 reproduces every row of Bilaga 1, in order: Aktivitet, Resultat and Klar? of each activity")
    func bilaga1RowByRow() throws {
        let configuration = try RenderFixture.example("knivsta")
        let markdown = ReportDocument.markdown(FollowUpReport(configuration, year: 2024), language: .sv)
        let rows = RenderFixture.markdownRows(markdown, header: "Aktivitet")
        let activities = configuration.activities.filter { $0.year == 2024 }
        #expect(rows.count == Self.bilaga1.count)
        #expect(activities.count == Self.bilaga1.count)
        for (index, (row, expected)) in zip(rows, Self.bilaga1).enumerated() {
            #expect(row.count == 3)
            #expect(row[0].hasPrefix(expected.title), "row \(index + 1): \(row[0])")
            #expect(row[2] == expected.done, "row \(index + 1): \(row[0])")
        }
        // Every activity of activities/2024.yaml, with its title, its result and its status, in that row.
        for (row, activity) in zip(rows, activities) {
            let latest = try #require(activity.followUps.last)
            #expect(row == [activity.title, latest.text, latest.status?.label(in: .sv) ?? ""])
            #expect(activity.goal == Self.bilaga1[rows.firstIndex(of: row)!].goal)
        }
    }

    @Test("the report has the headings of Bilaga 1: each focus area and delmål with its text")
    func headings() throws {
        let markdown = ReportDocument.markdown(FollowUpReport(try RenderFixture.example("knivsta"), year: 2024), language: .sv)
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(
            headings == [
                "# Bilaga 1 – Uppföljning av aktivitetslista",
                "## Fokusområde A. Förebyggande och hälsofrämjande",
                "### Delmål A1. Hälsosystemet stödjer och möjliggör hälsosamma val och en jämlik hälsa",
                "### Delmål A2. Socialt hållbara insatser stärker arbetet med att förebygga psykisk ohälsa och suicid",
                "## Fokusområde B. Nära vård",
                "### Delmål B1. Vården är personcentrerad, samordnad och tillgänglig",
                "### Delmål B2. Effektiva processer och flöden skapar värde för individen",
                "## Fokusområde C. Kompetensförsörjning",
                "### Delmål C1. Kompetensförsörjningen präglas av väl fungerande samverkan mellan huvudmännen samt med lärosäten och andra utbildningsaktörer",
                "## Fokusområde D. Krishantering och beredskap",
                "### Delmål D1. Samverkan har tydliggjorts och utvecklats för att hantera kris- och beredskapsfrågor i planering och styrning",
            ])
        #expect(markdown.contains("| Aktivitet | Resultat (vad har gjorts) | Är aktiviteten klar? Ja/nej/delvis/pågående |"))
    }

    @Test("the CSV starts with a UTF-8 BOM, separates cells with ; and quotes the cells that need it")
    func csv() throws {
        let bytes = ReportDocument.csv(FollowUpReport(try RenderFixture.example("knivsta"), year: 2024), language: .sv)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first == "Fokusområde;Delmål;Aktivitet;Resultat;Klar?")
        #expect(lines.count == 22 + 2, "a header, 22 rows and the empty string after the last CRLF")
        #expect(lines.contains { $0.contains("\"Utvecklingen av \"\"Ökad skolnärvaro\"\", som nu har bytt namn") })
        #expect(lines[1].hasPrefix("A. Förebyggande och hälsofrämjande;A1. Hälsosystemet stödjer"))
        #expect(lines[1].hasSuffix(";Pågående"))
    }

    @Test("report CSV → import-activities → report gives the same table (the activities keep their ids and follow-ups)")
    func roundTrip() throws {
        var files = try RenderFixture.exampleFiles("knivsta")
        let configuration = try RenderFixture.load(files).get()
        let report = FollowUpReport(configuration, year: 2024)
        let (records, csvProblems) = CSVReader.read(ReportDocument.csv(report, language: .sv))
        #expect(csvProblems.isEmpty)
        let imported = ActivityImporter.read(records, configuration: configuration, year: 2024, followUpDate: LocalDate(iso: "2024-12-31")!)
        #expect(imported.problems.isEmpty, "\(imported.problems)")
        files["activities/2024.yaml"] = ActivityListYAML.render(imported.activities, year: 2024, source: "bilaga1.csv", configuration: configuration)
        let reloaded = try RenderFixture.load(files).get()
        #expect(FollowUpReport(reloaded, year: 2024) == report)
        #expect(reloaded.activities == configuration.activities)
    }

    @Test("into a configuration without that year's list, the imported activities get new ids and still give the same table")
    func roundTripFresh() throws {
        var files = try RenderFixture.exampleFiles("knivsta")
        let configuration = try RenderFixture.load(files).get()
        let csv = ReportDocument.csv(FollowUpReport(configuration, year: 2024), language: .sv)
        files["activities/2024.yaml"] = nil
        files["invitations.yaml"] = nil  // its links point at the 2024 ids
        let bare = try RenderFixture.load(files).get()
        let imported = ActivityImporter.read(
            CSVReader.read(csv).records, configuration: bare, year: 2024, followUpDate: LocalDate(iso: "2024-12-31")!)
        #expect(imported.problems.isEmpty)
        #expect(imported.activities.first?.id == "a1-se-over-hur-man")
        files["activities/2024.yaml"] = ActivityListYAML.render(imported.activities, year: 2024, source: "bilaga1.csv", configuration: bare)
        let reloaded = try RenderFixture.load(files).get()
        let tables = { (report: FollowUpReport) in report.rows.map { [$0.activity.goal, $0.title, $0.result, $0.status?.rawValue ?? ""] } }
        #expect(tables(FollowUpReport(reloaded, year: 2024)) == tables(FollowUpReport(configuration, year: 2024)))
    }

    @Test("the English report and CSV use English words; the CSV reads back all the same")
    func english() throws {
        var configuration = try RenderFixture.example("knivsta")
        configuration.organization.language = .en
        configuration.settings.reportTitle = nil  // without report.title, the heading is the catalog's
        let report = FollowUpReport(configuration, year: 2024)
        let markdown = ReportDocument.markdown(report, language: .en)
        #expect(markdown.hasPrefix("# Follow-up of the activity list 2024\n"))
        #expect(markdown.contains("## Focus area A. Förebyggande och hälsofrämjande"))
        #expect(markdown.contains("| Activity | Result (what has been done) | Is the activity done? Yes/no/partly/ongoing |"))
        #expect(markdown.contains("| Ongoing |"))
        let csv = ReportDocument.csv(report, language: .en)
        #expect(String(decoding: csv.dropFirst(3), as: UTF8.self).hasPrefix("Focus area;Goal;Activity;Result;Done?\r\n"))
        let imported = ActivityImporter.read(
            CSVReader.read(csv).records, configuration: configuration, year: 2024, followUpDate: LocalDate(iso: "2024-12-31")!)
        #expect(imported.problems.isEmpty)
        // The list as activities/2024.yaml holds it (the minutes' follow-ups live in minutes/, not in the list).
        #expect(imported.activities == configuration.activityListings.filter { $0.year == 2024 })
    }

    @Test("the HTML report is a complete UTF-8 page with a heading per focus area and delmål and a table under each delmål")
    func html() throws {
        let html = ReportDocument.html(FollowUpReport(try RenderFixture.example("knivsta"), year: 2024), language: .sv)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.components(separatedBy: "<h2>").count - 1 == 4)
        #expect(html.components(separatedBy: "<h3>").count - 1 == 6)
        #expect(html.components(separatedBy: "<table class=\"followup\">").count - 1 == 6)
        #expect(html.contains("<h3>Delmål A1. Hälsosystemet stödjer och möjliggör hälsosamma val och en jämlik hälsa</h3>"))
        #expect(html.contains("Utvecklingen av &quot;Ökad skolnärvaro&quot;"), "text is HTML-escaped")
        #expect(html.contains("informerar patienter &amp; brukare"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test("a year before any activity list has an empty report")
    func emptyYear() throws {
        let markdown = ReportDocument.markdown(FollowUpReport(try RenderFixture.example("knivsta"), year: 2020), language: .sv)
        #expect(markdown.contains("Aktivitetslistan för året har inga aktiviteter."))
        #expect(!markdown.contains("| Aktivitet"))
    }

    @Test("a year without its own list says the list is missing and holds what 2024 left unsettled, marked from 2024")
    func carriedYear() throws {
        let markdown = ReportDocument.markdown(FollowUpReport(try RenderFixture.example("knivsta"), year: 2025), language: .sv)
        #expect(markdown.hasPrefix("# Bilaga 1 – Uppföljning av aktivitetslista\n\nHSVO Knivsta 2025\n"))
        #expect(markdown.contains("*Aktivitetslistan för 2025 saknas (activities/2025.yaml)"))
        #expect(markdown.contains("| Följa upp länsövergripande och lokala Suicidpreventiva arbetet, inom kommun och vårdcentral (från 2024) |"))
        #expect(!markdown.contains("Ungdomsmottagningen"), "settled in 2024 as ej aktuell: not carried")
        #expect(!markdown.contains("Aktivitetslistan för året har inga aktiviteter."))
    }
}
