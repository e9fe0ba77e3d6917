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

    func importing(_ text: String, configuration: Configuration? = nil, removeMissing: Bool = false) throws -> ActivityImport {
        let (records, problems) = CSVReader.read(Array(text.utf8))
        #expect(problems.isEmpty, "\(problems)")
        return ActivityImporter.read(
            records, configuration: try configuration ?? StrategistFixture.configuration(), year: 2025, followUpDate: date,
            removeMissing: removeMissing)
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

    @Test("a status without result, a row without activity and extra cells are all reported")
    func incompleteRows() throws {
        let result = try importing(
            """
            Delmål;Aktivitet;Resultat;Klar?
            A1;Första;Gjort.;
            A1;Andra;;Ja
            A1;;Gjort.;Ja
            A1;Fjärde;Gjort.;Ja;extra

            """)
        #expect(result.problems.map(\.line) == [3, 4, 5])
        #expect(result.problems.map(\.kind) == [.missingResult, .missingTitle, .tooManyCells(5, expected: 4)])
    }

    @Test("a result with an empty Klar? cell is a follow-up without status, printed back without one")
    func resultWithoutStatus() throws {
        let result = try importing(
            """
            Delmål;Aktivitet;Resultat;Klar?
            A1;Första;Gjort.;

            """)
        #expect(result.problems.isEmpty)
        let followUp = try #require(result.activities.first?.followUps.first)
        #expect(followUp.text == "Gjort.")
        #expect(followUp.status == nil)
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

@Suite("Importing into a year's list: nothing is lost")
struct ImportMergeTests {
    let date = StrategistFixture.day("2025-06-30")

    /// Activities/2025.yaml as loaded: k-a1 (A1, with a follow-up), k-c1 (C1), k-d1 (D1), in that order.
    func configuration(invitations: [Invitation] = []) throws -> Configuration {
        let listing = [
            StrategistFixture.activity("k-a1", goal: "A1", due: "2025-12-31", followUps: [("2025-03-01", .pagaende)]),
            StrategistFixture.activity("k-c1", goal: "C1", movedTo: 2026),
            StrategistFixture.activity("k-d1", goal: "D1", responsible: nil),
        ]
        let earlier = StrategistFixture.activity("a1-ny-aktivitet", goal: "A1", year: 2024)
        var configuration = try StrategistFixture.configuration(activities: Activity.merged([earlier] + listing), invitations: invitations)
        configuration.activityListings = [earlier] + listing
        return configuration
    }

    func importing(_ text: String, configuration: Configuration? = nil, removeMissing: Bool = false) throws -> ActivityImport {
        let (records, problems) = CSVReader.read(Array(text.utf8))
        #expect(problems.isEmpty, "\(problems)")
        return ActivityImporter.read(
            records, configuration: try configuration ?? self.configuration(), year: 2025, followUpDate: date, removeMissing: removeMissing)
    }

    @Test("a CSV naming one activity gives the whole list: the others are kept as the file holds them, in file order")
    func keepsTheRest() throws {
        let configuration = try configuration()
        let result = try importing("Delmål;Aktivitet;Resultat;Klar?\nC1;Aktivitet k-c1;Påbörjad.;Pågående\n", configuration: configuration)
        #expect(result.problems.isEmpty)
        let listing = ActivityImporter.listing(of: 2025, in: configuration)
        #expect(result.activities.map(\.id) == ["k-a1", "k-c1", "k-d1"])
        #expect(result.activities[0] == listing[0])
        #expect(result.activities[2] == listing[2])
        #expect(result.activities[1].movedTo == 2026)
        #expect(result.activities[1].followUps == [FollowUp(date: date, status: .pagaende, text: "Påbörjad.")])
        #expect(result.updated == ["k-c1"])
        #expect(result.added.isEmpty)
        #expect(result.removed.isEmpty)
    }

    @Test("a row matching nothing is added after the last activity of its delmål, or before the first of a later delmål")
    func addsInPlace() throws {
        let result = try importing(
            """
            Delmål;Aktivitet;Resultat;Klar?
            B1;Stärka SIP-arbetet;Fortlöper.;Delvis
            A1;Ny aktivitet;;
            D1;Krisövning;Hölls i mars.;Ja

            """)
        #expect(result.problems.isEmpty)
        #expect(result.activities.map(\.id) == ["k-a1", "a1-ny-aktivitet-2", "b1-starka-sip-arbetet", "k-c1", "k-d1", "d1-krisovning"])
        #expect(result.added == ["b1-starka-sip-arbetet", "a1-ny-aktivitet-2", "d1-krisovning"], "ids are unique over all years")
        #expect(result.activities[5].followUps == [FollowUp(date: date, status: .ja, text: "Hölls i mars.")])
        #expect(result.activities.allSatisfy { $0.year == 2025 })
    }

    @Test("a row whose title only one activity has finds it under another delmål, which it then moves to")
    func matchByTitle() throws {
        let result = try importing("Delmål;Aktivitet;Resultat;Klar?\nB1;Aktivitet K-D1;Klart.;Ja\n")
        #expect(result.activities.map(\.id) == ["k-a1", "k-c1", "k-d1"])
        #expect(result.activities[2].goal == "B1")
        #expect(result.activities[2].followUps.map(\.status) == [.ja])
        #expect(result.updated == ["k-d1"])
    }

    @Test("a row like the latest follow-up, or without result and status, changes nothing")
    func unchanged() throws {
        let configuration = try configuration()
        let result = try importing(
            "Delmål;Aktivitet;Resultat;Klar?\nA1;Aktivitet k-a1;Uppföljning 2025-03-01;Pågående\nC1;Aktivitet k-c1;;\n",
            configuration: configuration)
        #expect(result.activities == ActivityImporter.listing(of: 2025, in: configuration))
        #expect(result.updated.isEmpty)
    }

    @Test("--remove-missing takes the activities no row names off the list, save one an invitation refers to")
    func removeMissing() throws {
        let invitation = Invitation(
            presenter: .person("voc"), target: .meeting("tl-2025-04-22"), topic: "Kris", activity: "k-d1", duration: ISODuration(minutes: 20))
        let configuration = try configuration(invitations: [invitation])
        let text = "Delmål;Aktivitet;Resultat;Klar?\nC1;Aktivitet k-c1;;\n"
        let kept = try importing(text, configuration: configuration)
        #expect(kept.activities.map(\.id) == ["k-a1", "k-c1", "k-d1"], "without --remove-missing nothing goes")
        let result = try importing(text, configuration: configuration, removeMissing: true)
        #expect(result.activities.map(\.id) == ["k-c1", "k-d1"])
        #expect(result.removed.map(\.id) == ["k-a1"])
        #expect(result.keptInUse.map(\.id) == ["k-d1"])
        #expect(Words.sv.importing.removed("k-a1", "Aktivitet k-a1") == "tas bort: k-a1 ”Aktivitet k-a1”")
    }

    @Test("a Datum column dates each row's new follow-up, written 2025-05-08 or 8 maj 2025; an empty cell takes the default")
    func dateColumn() throws {
        let result = try importing(
            """
            Delmål;Aktivitet;Resultat;Klar?;Datum
            A1;Aktivitet k-a1;Klart.;Ja;2025-05-08
            C1;Aktivitet k-c1;Påbörjad.;Pågående;10 december 2025
            D1;Aktivitet k-d1;Inte aktuell längre.;Nej, ej aktuellt.;

            """)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.activities[0].followUps.map(\.date) == [StrategistFixture.day("2025-03-01"), StrategistFixture.day("2025-05-08")])
        #expect(result.activities[1].followUps.map(\.date) == [StrategistFixture.day("2025-12-10")])
        #expect(result.activities[2].followUps == [FollowUp(date: date, status: .ejAktuell, text: "Inte aktuell längre.")])
    }

    @Test("a dated follow-up already in the list is not added twice when the same CSV is imported again")
    func importTwice() throws {
        var configuration = try configuration()
        let text = "Delmål;Aktivitet;Resultat;Klar?;Date\nC1;Aktivitet k-c1;Påbörjad.;Pågående;2026-01-15\n"
        let first = try importing(text, configuration: configuration)
        configuration.activityListings = configuration.activityListings.filter { $0.year != 2025 } + first.activities
        configuration.activities = Activity.merged(configuration.activityListings)
        let second = try importing(text, configuration: configuration)
        #expect(second.activities == first.activities)
        #expect(second.updated.isEmpty)
    }

    @Test(
        "a Datum that is no date, or lies outside 1900–2199, is a problem on its line",
        arguments: ["2025-02-30", "igår", "2300-01-01", "8 smaj 2025"])
    func badDate(text: String) throws {
        let result = try importing("Delmål;Aktivitet;Resultat;Klar?;Datum\nA1;Aktivitet k-a1;Klart.;Ja;2025-05-08\nC1;Ny;Klart.;Ja;\(text)\n")
        let kind: ImportProblem.Kind = text == "2300-01-01" ? .dateOutOfRange(text) : .invalidDate(text)
        #expect(result.problems == [ImportProblem(line: 3, kind: kind)])
        #expect(result.activities.isEmpty, "nothing is imported from a file with problems")
        let message = try #require(result.problems.first).message(in: .sv)
        #expect(
            message.hasPrefix(
                text == "2300-01-01" ? "datumet \"2300-01-01\" ligger utanför åren 1900–2199" : "ogiltigt datum \"\(text)\" i Datum"))
    }

    @Test("the year's list is the year's file: follow-ups another year's file holds stay there")
    func listingOfTheYear() throws {
        let day = StrategistFixture.day
        let in2024 = Activity(
            id: "a1-lang", year: 2024, goal: "A1", title: "Långt arbete",
            followUps: [FollowUp(date: day("2024-12-10"), status: .pagaende, text: "Pågår.")])
        let in2025 = Activity(id: "a1-lang", year: 2025, goal: "A1", title: "Långt arbete")
        var configuration = try StrategistFixture.configuration(activities: Activity.merged([in2024, in2025]))
        configuration.activityListings = [in2024, in2025]
        let same = try importing("Delmål;Aktivitet;Resultat;Klar?\nA1;Långt arbete;Pågår.;Pågående\n", configuration: configuration)
        #expect(same.activities == [in2025], "the result of 2024 is still the latest: nothing to add")
        let changed = try importing("Delmål;Aktivitet;Resultat;Klar?\nA1;Långt arbete;Klart.;Ja\n", configuration: configuration)
        #expect(changed.activities.first?.followUps == [FollowUp(date: date, status: .ja, text: "Klart.")])
    }
}

@Suite("Dates in a CSV cell")
struct CellDateTests {
    @Test(
        "ISO dates and dates with the month written out, in Swedish or English, are read",
        arguments: [
            ("2025-05-08", "2025-05-08"), (" 8 maj 2025 ", "2025-05-08"), ("10 December 2024", "2024-12-10"), ("1 sept. 2025", "2025-09-01"),
            ("31 okt 2025", "2025-10-31"),
        ])
    func readable(text: String, iso: String) {
        #expect(CellDate.read(text) == .date(StrategistFixture.day(iso)))
    }

    @Test(
        "a day that does not exist, another format or an ambiguous month is not a date",
        arguments: ["2025-02-29", "8/5/2025", "8 ju 2025", "2025-5-8", ""])
    func invalid(text: String) {
        #expect(CellDate.read(text) == .invalid)
    }

    @Test("a date outside 1900–2199 is out of range", arguments: ["1899-12-31", "2200-01-01", "1 januari 9999"])
    func outOfRange(text: String) {
        #expect(CellDate.read(text) == .outOfRange)
    }
}
