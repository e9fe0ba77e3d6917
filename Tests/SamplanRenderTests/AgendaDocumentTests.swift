import Foundation
import ICal
import SamplanCore
import SamplanRender
import Testing

@Suite("Agenda drafts in Markdown and HTML")
struct AgendaDocumentTests {
    let asOf = LocalDate(iso: "2025-04-20")!

    func agenda(_ id: String, configuration: Configuration? = nil, asOf: LocalDate? = nil) throws -> Agenda {
        let configuration = try configuration ?? RenderFixture.example("knivsta")
        let schedule = ScheduleBuilder.build(configuration, years: 2023...2026)
        return try #require(AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: id, asOf: asOf ?? self.asOf))
    }

    @Test("the Swedish draft names the meeting with a Swedish date and time, the place, the online link and who is called")
    func swedishHeader() throws {
        let markdown = AgendaDocument.markdown(try agenda("samrad-2025-05-08"), language: .sv)
        #expect(markdown.hasPrefix("# Dagordning – Samråd HSVO Knivsta, 8 maj 2025\n"))
        #expect(markdown.contains("**Tid:** torsdag 8 maj 2025 kl. 13.00–15.30  \n"))
        #expect(markdown.contains("**Plats:** Kommunhuset, sal Alsike  \n"))
        #expect(markdown.contains("**Digitalt:** https://meet.knivsta.example.se/samrad  \n"))
        #expect(markdown.contains("**Kallade:** Ordförande samråd HSVO Knivsta (ordförande), Vice ordförande samråd HSVO Knivsta (vice"))
    }

    @Test("the Swedish draft has the numbered items with times, the focus area, what lacks follow-up and the next meeting")
    func swedishSections() throws {
        let markdown = AgendaDocument.markdown(try agenda("samrad-2025-05-08"), language: .sv)
        #expect(markdown.contains("## Punkter\n\n1. 13.00–13.05 Mötets öppnande\n2. 13.05–13.10 Val av justerare\n"))
        // The May items come before the closing items ("closing: true"), which stay last.
        #expect(markdown.contains("5. 13.35–14.05 Uppföljning av aktivitetslistan\n"))
        #expect(markdown.contains("7. 14.35–14.45 Övriga frågor\n8. 14.45–14.50 Mötets avslutande\n\n"))
        #expect(markdown.contains("## Fokusområde C. Kompetensförsörjning\n"))
        #expect(markdown.contains("| Delmål | Aktivitet | Ansvarig | Status | Senaste uppföljning |"))
        #expect(
            markdown.contains(
                "| C1 | I samverkan skapa gemensamma utbildningstillfällen för legitimerad personal inom kommun och region lokalt i Knivsta (från 2024) |  "
                    + "| Pågående | 10 december 2024: Utbildningstillfället har flyttats till 2025"
            ))
        // 2025 has no list of its own: said, instead of "all followed up"; what 2024 left is marked from 2024.
        #expect(markdown.contains("## Aktiviteter som saknar uppföljning\n\n*Aktivitetslistan för 2025 saknas (activities/2025.yaml)"))
        #expect(!markdown.contains("Alla aktiviteter är uppföljda"))
        #expect(
            markdown.contains(
                "\n- **Följa upp länsövergripande och lokala Suicidpreventiva arbetet, inom kommun och vårdcentral (från 2024)** "
                    + "(A2; Ansvarig: Socialchef Knivsta kommun): "))
        #expect(
            markdown.contains(
                "ingen uppföljning sedan mötet 9 januari 2025; flyttad till 2025 men ej uppföljd; saknar ansvarig\n"))
        #expect(markdown.contains("## Nästa möte\n\ntorsdag 9 oktober 2025 kl. 13.00–15.30\n"))
        #expect(markdown.hasSuffix("*Underlaget gäller per 20 april 2025. Skapat av samplan.*\n"))
    }

    @Test("open åtgärder of earlier minutes are listed with responsible person, due date and the meeting that agreed them")
    func openActions() throws {
        var configuration = try RenderFixture.example("knivsta")
        configuration.minutes = [
            Minutes(
                meeting: "tl-2025-04-22",
                actions: [
                    .init(id: "tl-2025-04-22#1", meeting: "tl-2025-04-22", text: "Ta fram lokal rutin för SIP", responsible: "socialchef",
                          due: LocalDate(iso: "2025-09-01"))
                ])
        ]
        let markdown = AgendaDocument.markdown(try agenda("samrad-2025-05-08", configuration: configuration), language: .sv)
        #expect(markdown.contains("## Åtgärder från tidigare möten\n\n| Åtgärd | Ansvarig | Klart senast | Från mötet |\n|---|---|---|---|\n"))
        #expect(markdown.contains("| Ta fram lokal rutin för SIP | Socialchef Knivsta kommun | 1 september 2025 | 22 april 2025 |\n"))
        let html = AgendaDocument.html(try agenda("samrad-2025-05-08", configuration: configuration), language: .sv)
        #expect(html.contains("<h2>Åtgärder från tidigare möten</h2>"))
        let published = AgendaDocument.publicHTML(try agenda("samrad-2025-05-08", configuration: configuration), language: .sv)
        #expect(!published.contains("Ta fram lokal rutin"), "the public agenda carries no responsible-person lists")
    }

    @Test("invited presenters of the Knivsta tjänsteledning on Nära vård are listed with their clock times")
    func presenters() throws {
        let markdown = AgendaDocument.markdown(try agenda("tl-2024-09-24", asOf: LocalDate(iso: "2024-09-01")!), language: .sv)
        #expect(markdown.contains("## Inbjudna föredragande\n\n| Tid | Föredragande | Ämne |\n|---|---|---|\n"))
        #expect(markdown.contains("| 9.30–9.50 | Äldrevårdsenheten, Region Uppsala | Äldrevårdsenheten i länet och lokalt i Knivsta |\n"))
        #expect(markdown.contains("| 9.50–10.05 | Arbetsgruppen för SIP, Knivsta kommun och Region Uppsala |"))
        #expect(markdown.contains("4. 9.30–10.55 Inbjudna föredragande\n5. 10.55–11.00 Övriga frågor\n"))
        #expect(markdown.contains("| 10.25–10.40 | Samverkansstrateg HSVO Knivsta, Knivsta kommun | Nya och reviderade VIS (Vård i samverkan) |"))
    }

    @Test("the English draft uses English words, dates and times")
    func english() throws {
        var configuration = try RenderFixture.example("knivsta")
        configuration.organization.language = .en
        let markdown = AgendaDocument.markdown(try agenda("samrad-2025-05-08", configuration: configuration), language: .en)
        #expect(markdown.hasPrefix("# Agenda – Samråd HSVO Knivsta, 8 May 2025\n"))
        #expect(markdown.contains("**Time:** Thursday 8 May 2025, 13:00–15:30  \n"))
        #expect(markdown.contains("## Items\n\n1. 13:00–13:05 Mötets öppnande\n"))
        #expect(markdown.contains("## Focus area C. Kompetensförsörjning\n"))
        #expect(markdown.contains("## Activities lacking follow-up\n"))
        #expect(
            markdown.contains("no follow-up since the meeting of 9 January 2025; moved to 2025 but not followed up; lacks a responsible person"))
        #expect(markdown.contains("## Next meeting\n\nThursday 9 October 2025, 13:00–15:30\n"))
    }

    @Test("the HTML draft is a complete printable UTF-8 page with a table of items and a table per focus area")
    func html() throws {
        let html = AgendaDocument.html(try agenda("tl-2024-09-24", asOf: LocalDate(iso: "2024-09-01")!), language: .sv)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>Dagordning – Tjänsteledning HSVO Knivsta, 24 september 2024</title>"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("<h1>Dagordning – Tjänsteledning HSVO Knivsta, 24 september 2024</h1>"))
        #expect(html.contains("<h2>Fokusområde B. Nära vård</h2>"))
        #expect(html.contains("<dt>Tid</dt><dd>tisdag 24 september 2024 kl. 9.00–11.00</dd>"))
        // The items, one table per focus area (B), the presenters and the activities lacking follow-up.
        #expect(html.components(separatedBy: "<table>").count - 1 == 4)
        #expect(html.contains("<td class=\"time\">9.30–9.50</td><td>Äldrevårdsenheten, Region Uppsala</td>"))
        #expect(html.contains("Följa utvecklingen &amp; arbetet med Äldrevårdsenheten"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test("text from the configuration is escaped: HTML tags in HTML, table pipes and emphasis in Markdown")
    func escaping() throws {
        var configuration = try RenderFixture.example("knivsta")
        configuration.bodies[0].standingAgenda[0].title = "<script>alert(1)</script> | *viktigt*"
        let agenda = try agenda("samrad-2025-05-08", configuration: configuration)
        let html = AgendaDocument.html(agenda, language: .sv)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; | *viktigt*"))
        let markdown = AgendaDocument.markdown(agenda, language: .sv)
        #expect(markdown.contains("1. 13.00–13.05 \\<script\\>alert(1)\\</script\\> \\| \\*viktigt\\*\n"))
    }

    @Test("an agenda that outlasts its meeting carries a note saying by how much")
    func overrunNote() throws {
        var configuration = try RenderFixture.example("knivsta")
        configuration.invitations.append(
            Invitation(presenter: .person("voc"), target: .meeting("tl-2025-04-22"), topic: "Lång dragning", duration: ISODuration(hours: 2)))
        let markdown = AgendaDocument.markdown(try agenda("tl-2025-04-22", configuration: configuration), language: .sv)
        #expect(
            markdown.contains("**OBS: Dagordningen för Tjänsteledning HSVO Knivsta tar 2 tim 35 min men mötet är 2 tim (35 min för " + "mycket).**"))
    }

    @Test("a cancelled meeting's draft says so at the top")
    func cancelled() throws {
        var configuration = try RenderFixture.example("knivsta")
        configuration.exceptions = [.cancel(meeting: "tl-2025-04-22", reason: "Ersätts av workshop")]
        let markdown = AgendaDocument.markdown(try agenda("tl-2025-04-22", configuration: configuration), language: .sv)
        #expect(markdown.contains("# Dagordning – Tjänsteledning HSVO Knivsta, 22 april 2025\n\n**INSTÄLLT: Ersätts av workshop**\n"))
    }
}

@Suite("Public agendas")
struct PublicAgendaTests {
    func agenda(_ id: String, configuration: Configuration? = nil, asOf: String = "2024-09-01") throws -> Agenda {
        let configuration = try configuration ?? RenderFixture.example("knivsta")
        let schedule = ScheduleBuilder.build(configuration, years: 2023...2026)
        return try #require(AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: id, asOf: LocalDate(iso: asOf)!))
    }

    /// Every responsible person's name in the agenda's focus areas who is not also a presenter.
    func responsibleNames(_ agenda: Agenda) -> Set<String> {
        let presenters = Set(agenda.presentations.map(\.presentation.name))
        return Set(agenda.focus.flatMap(\.goals).flatMap(\.activities).compactMap(\.responsible)).subtracting(presenters)
    }

    @Test(
        "the public agenda has the meeting, the numbered items with times, the focus area with delmål and activities with status, and the presenters")
    func contents() throws {
        let markdown = AgendaDocument.publicMarkdown(try agenda("tl-2024-09-24"), language: .sv)
        #expect(markdown.hasPrefix("# Dagordning – Tjänsteledning HSVO Knivsta, 24 september 2024\n"))
        #expect(markdown.contains("**Tid:** tisdag 24 september 2024 kl. 9.00–11.00  \n"))
        #expect(markdown.contains("**Plats:** Kommunhuset, sal Vrå  \n"))
        #expect(markdown.contains("**Digitalt:** https://meet.knivsta.example.se/tl  \n"))
        #expect(markdown.contains("## Punkter\n\n1. 9.00–9.05 Mötets öppnande och föregående mötesanteckningar\n"))
        #expect(markdown.contains("4. 9.30–10.55 Inbjudna föredragande\n"))
        #expect(markdown.contains("## Fokusområde B. Nära vård\n"))
        #expect(markdown.contains("| Delmål | Aktivitet | Status |\n|---|---|---|\n"))
        // As of 1 September 2024 the activity has no follow-up yet; a year later it has its status.
        #expect(markdown.contains("| B2 | Följa utvecklingen av regionens projekt Stegvis vård | – |\n"))
        let later = AgendaDocument.publicMarkdown(try agenda("tl-2024-09-24", asOf: "2025-09-01"), language: .sv)
        #expect(later.contains("| B2 | Följa utvecklingen av regionens projekt Stegvis vård | Ja |\n"))
        #expect(markdown.contains("| 9.30–9.50 | Äldrevårdsenheten, Region Uppsala | Äldrevårdsenheten i länet och lokalt i Knivsta |\n"))
        #expect(markdown.hasSuffix("*Underlaget gäller per 1 september 2024. Skapat av samplan.*\n"))
    }

    @Test("the public agenda names no responsible person, no follow-up, no lacking follow-up, nobody called, no next meeting, no address")
    func nothingForTheStrategistOnly() throws {
        // Before the follow-ups of December 2024 every activity lacks one.
        let agenda = try agenda("tl-2024-09-24", asOf: "2024-09-01")
        #expect(!agenda.lackingFollowUp.isEmpty)
        let names = responsibleNames(agenda)
        #expect(names.contains("Verksamhetschef Knivsta vårdcentral"))
        let draft = AgendaDocument.markdown(agenda, language: .sv)
        for name in names { #expect(draft.contains(name), "the draft names \(name)") }
        for page in [AgendaDocument.publicMarkdown(agenda, language: .sv), AgendaDocument.publicHTML(agenda, language: .sv)] {
            for name in names { #expect(!page.contains(name), "\(name)") }
            for text in ["Ansvarig", "Senaste uppföljning", "saknar uppföljning", "Varför", "Kallade", "Nästa möte", "OBS", "10 december 2024:"] {
                #expect(!page.contains(text), "\(text)")
            }
            #expect(page.range(of: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+"#, options: .regularExpression) == nil, "no e-mail address")
            #expect(page.contains("Nära vård"))
        }
        let html = AgendaDocument.publicHTML(agenda, language: .sv)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">\n"))
        #expect(html.contains("<thead><tr><th>Delmål</th><th>Aktivitet</th><th>Status</th></tr></thead>"))
        #expect(html.contains("<td class=\"time\">9.30–9.50</td><td>Äldrevårdsenheten, Region Uppsala</td>"))
    }

    @Test("an agenda that outlasts its meeting says so in the draft only")
    func overrunInTheDraftOnly() throws {
        var configuration = try RenderFixture.example("knivsta")
        configuration.invitations.append(
            Invitation(presenter: .person("voc"), target: .meeting("tl-2025-04-22"), topic: "Lång dragning", duration: ISODuration(hours: 2)))
        let agenda = try agenda("tl-2025-04-22", configuration: configuration, asOf: "2025-04-20")
        #expect(AgendaDocument.markdown(agenda, language: .sv).contains("**OBS: "))
        let markdown = AgendaDocument.publicMarkdown(agenda, language: .sv)
        #expect(markdown.contains("Lång dragning"))
        #expect(!markdown.contains("OBS"))
    }

    @Test("a moved, cancelled or extra meeting's public agenda says so; in English with English words")
    func notesAndEnglish() throws {
        var configuration = try RenderFixture.example("knivsta")
        configuration.exceptions = [.cancel(meeting: "tl-2025-04-22", reason: "Ersätts av workshop")]
        let cancelled = AgendaDocument.publicMarkdown(try agenda("tl-2025-04-22", configuration: configuration, asOf: "2025-04-20"), language: .sv)
        #expect(cancelled.contains("**INSTÄLLT: Ersätts av workshop**\n"))
        configuration.organization.language = .en
        let english = AgendaDocument.publicMarkdown(try agenda("tl-2024-09-24", configuration: configuration), language: .en)
        #expect(english.hasPrefix("# Agenda – Tjänsteledning HSVO Knivsta, 24 September 2024\n"))
        #expect(english.contains("| Goal | Activity | Status |\n"))
        #expect(!english.contains("Responsible") && !english.contains("lacking follow-up") && !english.contains("Called"))
    }
}

@Suite("Error pages")
struct ErrorPageTests {
    @Test("an error page for a browser is a small HTML page in the organization's language, its text escaped")
    func page() {
        let html = ErrorPage.html(status: 404, message: Words.sv.http.notFound, language: .sv)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">\n"))
        #expect(html.contains("<title>404 – Sidan finns inte.</title>"))
        #expect(html.contains("<h1>Sidan finns inte.</h1>"))
        #expect(html.contains("<a href=\"/\">Till kalendrarna</a>"))
        #expect(ErrorPage.html(status: 500, message: "<b>", language: .en).contains("<h1>&lt;b&gt;</h1>"))
        #expect(ErrorPage.html(status: 404, message: Words.en.http.notFound, language: .en).contains("<html lang=\"en\">"))
    }
}
