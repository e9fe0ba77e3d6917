import Foundation
import ICal
import SamplanConfig
import SamplanCore
import Testing

@testable import SamplanRender

/// `report --kind berattelse`: the samverkansberättelse in the shape of the seeds (issue 16).
@Suite("The narrative report (samverkansberättelse)")
struct NarrativeDocumentTests {
    static func knivsta() throws -> (report: AnnualReport, markdown: String) {
        let report = AnnualReport(try RenderFixture.example("knivsta"), year: 2024)
        return (report, NarrativeDocument.markdown(report, language: .sv))
    }

    @Test("Knivsta 2024 has the seed's headings in order: title, 1. Bakgrund, 2. Resultat with a section per body, 3. Sammanfattning, Bilaga 1")
    func headings() throws {
        let markdown = try Self.knivsta().markdown
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") && !$0.hasPrefix("####") }.map(String.init)
        #expect(
            headings.prefix(7) == [
                "# Samverkansberättelse HSVO Knivsta 2024", "## 1. Bakgrund", "## 2. Resultat", "### 2.1 Samråd HSVO Knivsta",
                "### 2.2 Tjänsteledning HSVO Knivsta", "### 2.3 Aktivitetslistan", "## 3. Sammanfattning",
            ], "\(headings)")
        #expect(headings.contains("## Bilaga 1 – Uppföljning av aktivitetslista"))
        #expect(markdown.contains("I Uppsala län har kommunerna och regionen en gemensam samordning och ledning av hälsosystemets områden"))
        #expect(markdown.contains("Arbetet med de olika fokusområdena har lett till både framsteg och förskjutningar."))
        #expect(!markdown.contains("Texten saknas"))
    }

    @Test("each body says how often it met in 2024 and lists the dates: samråd 3 times, tjänsteledning 4 times")
    func meetingsPerBody() throws {
        let (report, markdown) = try Self.knivsta()
        #expect(report.bodies.map(\.body.id) == ["samrad", "tl"])
        #expect(report.bodies.map(\.held) == [3, 4])
        #expect(markdown.contains("Samråd HSVO Knivsta har träffats 3 gånger under 2024."))
        #expect(markdown.contains("Tjänsteledning HSVO Knivsta har träffats 4 gånger under 2024."))
        let schedule = ScheduleBuilder.build(try RenderFixture.example("knivsta"), years: 2024...2024)
        let dates = DateText(.sv)
        for meeting in schedule.meetings {
            #expect(markdown.contains("- " + dates.longDate(meeting.start.local.date)), "\(meeting.id)")
        }
        #expect(schedule.meetings.count == 7)
        #expect(markdown.contains("- torsdag 11 januari 2024 – Fokus: A. Förebyggande och hälsofrämjande"), "\(markdown)")
    }

    @Test("the functions that took part come by organization from the members and the minutes; the politicians by board")
    func functions() throws {
        let markdown = try Self.knivsta().markdown
        #expect(markdown.contains("I Samråd HSVO Knivsta har följande funktioner deltagit:"))
        #expect(
            markdown.contains(
                "- Knivsta kommun: politiker från Vård- och omsorgsnämnden och Utbildningsnämnden; Socialchef, Utbildningschef och Samverkansstrateg"),
            "\(markdown)")
        #expect(markdown.contains("- Region Uppsala: politiker från Vårdstyrelsen och Sjukhusstyrelsen; Verksamhetsområdeschef"))
        #expect(markdown.contains("I Tjänsteledning HSVO Knivsta har följande funktioner deltagit:"))
        #expect(markdown.contains("- Knivsta kommun: Socialchef, Områdeschef och Samverkansstrateg"), "\(markdown)")
        #expect(markdown.contains("- Knivsta läkargrupp: Verksamhetschef"))
        #expect(!markdown.contains("@"), "no e-mail address in the berättelse")
    }

    @Test("the presenters invited to each body's meetings are named, with their organization")
    func presenters() throws {
        let markdown = try Self.knivsta().markdown
        #expect(
            markdown.contains(
                "Till samråden har representanter från Främja skolnärvaro (Knivsta kommun), Äldrevårdsenheten (Region Uppsala) och Familjecentralen (Knivsta kommun och Region Uppsala) bjudits in för att ge en bild av nuläget."
            ), "\(markdown)")
        #expect(markdown.contains("Till tjänsteledningens möten har representanter från Utbildningskontoret (Knivsta kommun)"))
        #expect(markdown.contains("Länsstyrelsen i Uppsala län"))
    }

    @Test("the status of the activity list is summed up per focus area and in total")
    func statusSummary() throws {
        let (report, markdown) = try Self.knivsta()
        #expect(report.total.total == 22)
        #expect(markdown.contains("Aktivitetslistan för 2024 omfattar 22 aktiviteter."))
        let rows = RenderFixture.markdownRows(markdown, header: "Fokusområde")
        #expect(
            rows == [
                ["A. Förebyggande och hälsofrämjande", "4 ja, 2 pågående, 1 nej, 1 ej aktuell"],
                ["B. Nära vård", "6 ja, 3 delvis, 2 nej"],
                ["C. Kompetensförsörjning", "2 pågående"],
                ["D. Krishantering och beredskap", "1 ja"],
                ["**Totalt**", "**11 ja, 4 pågående, 3 delvis, 3 nej, 1 ej aktuell**"],
            ], "\(rows)")
    }

    @Test("Bilaga 1 follows with every row of the seed's table, in order")
    func appendix() throws {
        let markdown = try Self.knivsta().markdown
        let rows = RenderFixture.markdownRows(markdown, header: "Aktivitet")
        #expect(rows.count == ReportDocumentTests.bilaga1.count)
        for (row, expected) in zip(rows, ReportDocumentTests.bilaga1) {
            #expect(row.first?.hasPrefix(expected.title) == true, "\(row)")
            #expect(row.last == expected.done, "\(row)")
        }
        #expect(markdown.contains("#### Delmål A1. Hälsosystemet stödjer och möjliggör hälsosamma val och en jämlik hälsa"))
    }

    @Test("Uppsala 2020: samråd 3, tjänsteledning 6 + 2 extra, förstärkt AU 2 (both extra, with their reason)")
    func uppsala() throws {
        let report = AnnualReport(try RenderFixture.example("uppsala"), year: 2020)
        let markdown = NarrativeDocument.markdown(report, language: .sv)
        let held = Dictionary(uniqueKeysWithValues: report.bodies.map { ($0.body.id, ($0.held, $0.extra)) })
        #expect(held["samrad"]! == (3, 0))
        #expect(held["tl"]! == (8, 2))
        #expect(held["forstarkt-au"]! == (2, 2))
        #expect(markdown.contains("Samråd HSVO Uppsala har träffats 3 gånger under 2020."))
        #expect(markdown.contains("Tjänsteledning HSVO Uppsala har träffats 8 gånger under 2020, varav 6 ordinarie och 2 extrainsatta."))
        #expect(markdown.contains("Förstärkt arbetsutskott HSVO Uppsala har träffats 2 gånger under 2020, samtliga extrainsatta."))
        #expect(markdown.contains("Extra möte: Därtill har två extrainsatta möten med fokus på samverkan kring covid-19 genomförts."))
        // reports/2020.yaml gives the report's own Bakgrund and its approval.
        #expect(markdown.hasPrefix("# Verksamhetsberättelse HSVO Uppsala 2020\n\n## 1. Bakgrund\n\nNärvårdssamverkan är ett gemensamt förhållningssätt"))
        #expect(markdown.contains("19 februari 2021"))
        // Without it the report says where the free text goes.
        let bare = try RenderFixture.load(try RenderFixture.exampleFiles("uppsala")).get()
        let withoutText = NarrativeDocument.markdown(AnnualReport(bare, year: 2020), language: .sv)
        #expect(withoutText.contains("*Texten saknas: skriv den under background: i reports/2020.yaml.*"))
    }

    @Test("an activity with its own background and analysis is told as Bakgrund, Resultat and Analys, as in the Uppsala report")
    func told() throws {
        let report = AnnualReport(try RenderFixture.example("uppsala"), year: 2020)
        let markdown = NarrativeDocument.markdown(report, language: .sv)
        #expect(!report.told.isEmpty)
        #expect(markdown.contains("#### Tydlig arena för lokal samverkan med säkerställt flöde till den regionala samverkansstrukturen"))
        #expect(markdown.contains("**Bakgrund:** Det övergripande styrdokumentet Strategi för närvårdssamverkan har reviderats under året"))
        #expect(markdown.contains("**Resultat:** Implementeringsaktiviteter har genomförts för att göra den reviderade strategin känd"))
        #expect(markdown.contains("**Analys:** Den reviderade strategin tydliggör bland annat de politiska ledamöternas"))
        // A follow-up without a status is counted as such, never as a status.
        #expect(report.total.withoutStatus + report.total.counts.map(\.count).reduce(0, +) == report.total.total)
        #expect(markdown.contains("utan status"))
    }

    @Test("the approval line and a cancelled meeting with its reason are shown; the HTML is a printable page")
    func approvalAndCancelled() throws {
        var configuration = try RenderFixture.example("knivsta")
        configuration.reports = [
            ReportText(
                year: 2024, background: "Bakgrund.", summary: "Sammanfattning.",
                approval: .init(by: "Samråd HSVO Knivsta", date: LocalDate(iso: "2025-01-16")!))
        ]
        configuration.exceptions = [.cancel(meeting: "samrad-2024-10-10", reason: "Krock med kommunfullmäktige")]
        let report = AnnualReport(configuration, year: 2024)
        let markdown = NarrativeDocument.markdown(report, language: .sv)
        #expect(markdown.contains("Godkänd av Samråd HSVO Knivsta den 16 januari 2025."))
        #expect(markdown.contains("Samråd HSVO Knivsta har träffats 2 gånger under 2024."))
        #expect(markdown.contains("- ~~torsdag 10 oktober 2024~~ – "), "\(markdown)")
        #expect(markdown.contains("Inställt: Krock med kommunfullmäktige"))
        let html = NarrativeDocument.html(report, language: .sv)
        #expect(html.contains("<h1>Samverkansberättelse HSVO Knivsta 2024</h1>"))
        #expect(html.contains("<p class=\"approval\">Godkänd av Samråd HSVO Knivsta den 16 januari 2025.</p>"))
        #expect(html.contains("<del>torsdag 10 oktober 2024</del>"))
        #expect(html.components(separatedBy: "<table class=\"followup\">").count - 1 == 6, "one table per delmål")
        let word = NarrativeDocument.wordHTML(report, language: .sv)
        #expect(!word.contains("<h1>") && word.contains("<title>Samverkansberättelse HSVO Knivsta 2024</title>"))
    }

    @Test("in English the same report reads in English")
    func english() throws {
        let markdown = NarrativeDocument.markdown(AnnualReport(try RenderFixture.example("knivsta"), year: 2024), language: .en)
        #expect(markdown.contains("## 2. Results"))
        #expect(markdown.contains("Samråd HSVO Knivsta met 3 times in 2024."))
        #expect(markdown.contains("## Appendix 1 – Uppföljning av aktivitetslista"))
    }
}
