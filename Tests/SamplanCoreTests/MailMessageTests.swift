import SamplanCore
import Testing

@Suite("Mail as sendmail and mbox take it")
struct MailMessageTests {
    func mail(subject: String = "Kallelse: Samråd HSVO Knivsta 14 maj 2026", text: String = "Hej\n", calendar: MailMessage.Calendar? = nil)
        -> MailMessage
    {
        MailMessage(
            from: MailMessage.Address(name: "Samverkansstrateg Åsa", email: "strateg@knivsta.example.se"),
            to: MailMessage.Address(name: "Svensson, Anna", email: "anna@knivsta.example.se"), subject: subject, date: 1_777_636_800,
            messageID: "<kallelse.test@knivsta.example.se>", text: text, html: "<p>\(text)</p>", calendar: calendar)
    }

    @Test("a long Swedish subject becomes encoded-words of at most 75 characters; no line of the mail is longer than 78")
    func lineLengths() {
        let subject = "Ändrad kallelse: " + String(repeating: "Samråd HSVO Knivsta – förstärkt arbetsutskott ", count: 4)
        let text = String(repeating: "Fokusområde C. Kompetensförsörjning – ", count: 20) + "\n" + String(repeating: "x", count: 300)
        let rendered = mail(
            subject: subject, text: text, calendar: MailMessage.Calendar(text: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", method: "REQUEST")
        )
        .rendered()
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        let words = lines.drop { !$0.hasPrefix("Subject: ") }.prefix { $0.hasPrefix("Subject: ") || $0.hasPrefix(" ") }
        #expect(words.count > 1)
        for word in words {
            let encoded = word.drop { $0 != "=" }
            #expect(encoded.hasPrefix("=?utf-8?B?") && encoded.hasSuffix("?=") && encoded.count <= 75)
        }
        #expect(rendered.contains("Date: Fri, 1 May 2026 12:00:00 +0000\n"))
        #expect(rendered.contains("Content-Type: text/calendar; charset=utf-8; method=REQUEST\n"))
        #expect(rendered.contains("Content-Disposition: attachment; filename=\"invite.ics\"\n"))
    }

    @Test("a body line starting with From or a lone dot never starts a line of the mail, so mbox and sendmail keep it whole")
    func fromAndDot() {
        let message = mail(text: "From the chair:\n.\nFrom here on\n")
        let rendered = message.rendered()
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("From ") })
        #expect(!lines.contains { $0 == "." })
        #expect(rendered.contains("=46rom the chair:\n=2E\n=46rom here on"))
        let entry = message.mboxEntry()
        #expect(entry.hasPrefix("From strateg@knivsta.example.se Fri May  1 12:00:00 2026\n"))
        #expect(entry.split(separator: "\n").filter { $0.hasPrefix("From ") }.count == 1)
        #expect(entry.hasSuffix("\n\n"))
    }

    @Test("addresses: a Swedish name is encoded, a name with a comma quoted, a plain one left as it is")
    func addresses() {
        #expect(MailMessage.Address(name: "Svensson, Anna", email: "a@x.se").header == "\"Svensson, Anna\" <a@x.se>")
        #expect(MailMessage.Address(name: "Anna Svensson", email: "a@x.se").header == "Anna Svensson <a@x.se>")
        #expect(MailMessage.Address(name: "Åsa", email: "a@x.se").header == "=?utf-8?B?w4VzYQ==?= <a@x.se>")
        #expect(mail().rendered().hasPrefix("From: =?utf-8?B?"))
    }
}
