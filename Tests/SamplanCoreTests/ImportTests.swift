import ICal
import SamplanCore
import Testing

@Suite("Reading CSV")
struct CSVReaderTests {
    @Test("a UTF-8 file with a BOM, CRLF line ends and quoted cells holding ; and line breaks is read cell by cell")
    func quotedCells() {
        let text =
            "\u{FEFF}Aktivitet;Resultat;Klar?\r\n\"Första; med semikolon\";\"Två rader\r\nandra raden\";Ja\r\n"
            + "Enkel;\"Sa \"\"hej\"\"\";Nej\r\n"
        let (records, problems) = CSVReader.read(Array(text.utf8))
        #expect(problems.isEmpty)
        #expect(
            records.map(\.cells) == [
                ["Aktivitet", "Resultat", "Klar?"], ["Första; med semikolon", "Två rader\nandra raden", "Ja"], ["Enkel", "Sa \"hej\"", "Nej"],
            ])
        #expect(records.map(\.line) == [1, 2, 4], "a record after a two-line cell starts on line 4")
    }

    @Test("a comma-separated file without a final line break is read too")
    func commas() {
        let (records, problems) = CSVReader.read(Array("Aktivitet,Resultat,Klar?\n\"a, b\",c,Ja".utf8))
        #expect(problems.isEmpty)
        #expect(records.last?.cells == ["a, b", "c", "Ja"])
    }

    @Test("a file saved by Excel as Windows-1252 reads å, ä and ö right")
    func windows1252() {
        // "Klar?;Pågående" in Windows-1252: å = E5, e = 65.
        let bytes: [UInt8] = Array("Aktivitet;Resultat;Klar?\nA;B;P".utf8) + [0xE5] + Array("g".utf8) + [0xE5] + Array("ende\n".utf8)
        #expect(CSVReader.read(bytes).records.last?.cells == ["A", "B", "Pågående"])
    }

    @Test("a quote that is never closed is reported at the line where it opens")
    func unterminatedQuote() {
        let (_, problems) = CSVReader.read(Array("Aktivitet;Resultat;Klar?\nA;\"oavslutad\nrad;Ja\nB;C;Ja\n".utf8))
        #expect(problems == [ImportProblem(line: 2, kind: .unterminatedQuote)])
        #expect(problems.first?.message(in: .sv).contains("avslutas aldrig") == true)
    }

    @Test("a quote inside an unquoted cell and text after a closing quote are reported with their lines, and the other rows are still read")
    func badQuoting() {
        let text = "Aktivitet;Resultat;Klar?\nA;5\" skärm;Ja\nB;\"citat\" och mer;Ja\nC;D;Ja\n"
        let (records, problems) = CSVReader.read(Array(text.utf8))
        #expect(problems == [ImportProblem(line: 2, kind: .strayQuote), ImportProblem(line: 3, kind: .textAfterQuote)])
        #expect(records.map(\.line) == [1, 4])
    }

    @Test("an empty file, or one holding only blanks and a BOM, is reported as empty", arguments: ["", "\u{FEFF}", " \r\n\n"])
    func empty(text: String) {
        #expect(CSVReader.read(Array(text.utf8)).problems == [ImportProblem(line: 1, kind: .empty)])
    }

    @Test("a binary file is not taken for text")
    func binary() {
        #expect(CSVReader.read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).problems == [ImportProblem(line: 1, kind: .notText)])
    }
}

@Suite("Importing an activity list")
struct ImportTests {
    let date = StrategistFixture.day("2025-06-30")

    func importing(_ text: String, configuration: Configuration? = nil) throws -> (activities: [Activity], problems: [ImportProblem]) {
        let (records, problems) = CSVReader.read(Array(text.utf8))
        #expect(problems.isEmpty, "\(problems)")
        return ActivityImporter.read(records, configuration: try configuration ?? StrategistFixture.configuration(), year: 2025, followUpDate: date)
    }

    @Test("rows in the report's shape become activities of the year, with their result and status as a follow-up")
    func reportShape() throws {
        let result = try importing(
            """
            Fokusområde;Delmål;Aktivitet;Resultat;Klar?
            A. Förebyggande och hälsofrämjande;A1. Hälsosamma val;Se över hur man på bästa sätt informerar;En workshop har genomförts.;Pågående.
            C. Kompetensförsörjning;C1;Gemensamma utbildningstillfällen;Flyttat till 2026.;Nej, ej aktuellt.
            ;Delmål C1;Ny aktivitet utan uppföljning;;

            """)
        #expect(result.problems.isEmpty)
        #expect(result.activities.map(\.id) == ["a1-se-over-hur-man", "c1-gemensamma-utbildningstillfallen", "c1-ny-aktivitet-utan-uppfoljning"])
        #expect(result.activities.map(\.goal) == ["A1", "C1", "C1"])
        #expect(result.activities.allSatisfy { $0.year == 2025 })
        #expect(result.activities[0].followUps == [FollowUp(date: date, status: .pagaende, text: "En workshop har genomförts.")])
        #expect(result.activities[1].followUps.first?.status == .ejAktuell)
        #expect(result.activities[2].followUps.isEmpty)
    }

    @Test(
        "Aktivitet;Resultat;Klar? tables under \"Delmål …\" rows, as in a report's appendix, are read with their delmål; headers repeat"
    )
    func sectionRows() throws {
        let result = try importing(
            """
            Aktivitet;Resultat;Klar?
            Fokusområde A. Förebyggande och hälsofrämjande;;
            Delmål A2. Psykisk hälsa;;
            Följa skolnärvaron;Har följts upp.;Ja
            Aktivitet;Resultat;Klar?
            Delmål B1. Personcentrerad vård;;
            Stärka SIP-arbetet;Fortlöper.;Delvis

            """)
        #expect(result.problems.isEmpty)
        #expect(result.activities.map(\.goal) == ["A2", "B1"])
        #expect(result.activities.map { $0.followUps.first?.status } == [.ja, .delvis])
    }

    @Test("English headers and statuses are read too")
    func english() throws {
        let result = try importing("Focus area,Goal,Activity,Result,Done?\nD,D1,Crisis exercise,Held in March.,Yes\n")
        #expect(result.activities.first?.followUps.first?.status == .ja)
        #expect(result.activities.first?.id == "d1-crisis-exercise")
    }

    @Test("an unknown Klar? value is reported with its line and the values allowed")
    func unknownStatus() throws {
        let result = try importing("Delmål;Aktivitet;Resultat;Klar?\nA1;Första;Gjort.;Ja\nA1;Andra;Kanske.;Kanske\n")
        #expect(result.problems == [ImportProblem(line: 3, kind: .unknownStatus("Kanske"))])
        #expect(result.problems.first?.message(in: .sv) == "okänt värde \"Kanske\" i Klar? (tillåtna: ja, nej, delvis, pågående, ej aktuell)")
        #expect(result.activities.isEmpty, "nothing is imported from a file with problems")
    }

    @Test("a header without the Resultat and Klar? columns is reported at the header, naming what is missing")
    func missingColumns() throws {
        let result = try importing("Delmål;Aktivitet\nA1;Första\n")
        #expect(result.problems == [ImportProblem(line: 1, kind: .missingColumns(["Resultat", "Klar?"]))])
        #expect(result.problems.first?.message(in: .sv).hasPrefix("rubrikraden saknar kolumnerna Resultat, Klar?") == true)
    }

    @Test("a row without a delmål, an unknown delmål and a delmål outside the row's focus area are each reported on their line")
    func goals() throws {
        let result = try importing(
            """
            Fokusområde;Delmål;Aktivitet;Resultat;Klar?
            ;;Utan delmål;;
            ;Z9;Okänt delmål;;
            B;A1;Fel fokusområde;;

            """)
        #expect(
            result.problems == [
                ImportProblem(line: 2, kind: .noGoal),
                ImportProblem(line: 3, kind: .unknownGoal("Z9", known: ["A1", "A2", "B1", "C1", "D1"])),
                ImportProblem(line: 4, kind: .goalOutsideArea(goal: "A1", area: "B")),
            ])
    }

    @Test("a result without status, a status without result, a row without activity and extra cells are all reported")
    func incompleteRows() throws {
        let result = try importing(
            """
            Delmål;Aktivitet;Resultat;Klar?
            A1;Första;Gjort.;
            A1;Andra;;Ja
            A1;;Gjort.;Ja
            A1;Fjärde;Gjort.;Ja;extra

            """)
        #expect(result.problems.map(\.line) == [2, 3, 4, 5])
        #expect(
            result.problems.map(\.kind) == [.missingStatus, .missingResult, .missingTitle, .tooManyCells(5, expected: 4)])
    }

    @Test("a file with a header but no activity says so")
    func noActivities() throws {
        #expect(try importing("Aktivitet;Resultat;Klar?\n\n").problems == [ImportProblem(line: 1, kind: .noActivities)])
    }

    @Test("a row already in the year's list keeps its id, owner, responsible and follow-ups; a changed result adds a follow-up")
    func existingActivities() throws {
        let known = StrategistFixture.activity("c1-kompetens", goal: "C1", followUps: [("2025-03-01", .pagaende)])
        let configuration = try StrategistFixture.configuration(activities: [known, StrategistFixture.activity("c1-aktivitet-c1", year: 2024)])
        let unchanged = try importing(
            "Delmål;Aktivitet;Resultat;Klar?\nC1;Aktivitet c1-kompetens;Uppföljning 2025-03-01;Pågående\n", configuration: configuration)
        #expect(unchanged.activities == [known])
        let changed = try importing(
            "Delmål;Aktivitet;Resultat;Klar?\nC1;Aktivitet  c1-kompetens;Klart nu.;Ja\nC1;Aktivitet C1;;\n", configuration: configuration)
        #expect(changed.problems.isEmpty)
        let activity = try #require(changed.activities.first)
        #expect(activity.id == "c1-kompetens")
        #expect(activity.owner == "tl")
        #expect(activity.responsible == "strateg")
        #expect(activity.followUps.map(\.status) == [.pagaende, .ja])
        #expect(activity.followUps.last == FollowUp(date: date, status: .ja, text: "Klart nu."))
        #expect(changed.activities.last?.id == "c1-aktivitet-c1-2", "ids of other years' activities are taken")
    }

    @Test("ids are made of the delmål and the first words of the title folded to a–z, and are unique")
    func ids() throws {
        let result = try importing(
            "Delmål;Aktivitet;Resultat;Klar?\nA1;Öka samverkan med region och kommun;;\nA1;Öka samverkan med region och kommun;;\n")
        #expect(result.activities.map(\.id) == ["a1-oka-samverkan-region-kommun", "a1-oka-samverkan-region-kommun-2"])
    }
}
