import ICal

/// An e-mail as a sendmail-compatible command and an mbox file take it: RFC 5322 headers (non-ASCII
/// text as RFC 2047 encoded-words), a MIME `multipart/mixed` holding a `multipart/alternative` of
/// plain text and HTML (UTF-8, quoted-printable) and, for a calendar invitation (iMIP, RFC 6047), a
/// `text/calendar; method=…` alternative plus the same calendar attached as `invite.ics` (base64, so
/// its CRLF line ends arrive intact). Lines end in LF, as `sendmail -t` and mbox expect.
///
/// ```swift
/// let mail = MailMessage(from: .init(name: "Samverkansstrateg", email: "strateg@knivsta.example.se"),
///                        to: .init(name: "Ordförande", email: "ordf@knivsta.example.se"),
///                        subject: "Kallelse: Samråd HSVO Knivsta 14 maj 2026", date: 1_777_000_000,
///                        messageID: "<kallelse-1@knivsta.example.se>", text: "…", html: "<!DOCTYPE html>…")
/// mail.rendered()   // "From: =?utf-8?B?…?= <strateg@knivsta.example.se>\nTo: …"
/// ```
public struct MailMessage: Hashable, Sendable {
    /// A name and an address.
    public struct Address: Hashable, Sendable {
        /// Display name.
        public var name: String
        /// Address.
        public var email: String

        /// An address.
        public init(name: String, email: String) {
            self.name = name
            self.email = email
        }

        /// `=?utf-8?B?…?= <address>`: the name encoded when it is not plain ASCII, quoted when it holds specials.
        public var header: String { header(used: 0) }

        /// The same on a header line whose first `used` characters are taken ("To: "): lines stay
        /// within 76 characters, the address on a folded line of its own when it does not fit.
        func header(used: Int) -> String {
            if name.isEmpty { return "<\(email)>" }
            let display: String
            if name.allSatisfy({ $0.isASCII && !$0.isNewline }) {
                let specials = "()<>[]:;@\\,.\""
                display =
                    name.contains(where: { specials.contains($0) })
                    ? "\"" + name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\"" : name
            } else {
                display = MailMessage.encodedWords(name, used: used)
            }
            let lastLine = display.split(separator: "\n").last.map { $0.count + ($0 == display[...] ? used : 0) } ?? used
            return display + (lastLine + email.count + 3 > 76 ? "\n <" : " <") + email + ">"
        }
    }

    /// A calendar part: the iCalendar text and its METHOD.
    public struct Calendar: Hashable, Sendable {
        /// The VCALENDAR, CRLF line ends.
        public var text: String
        /// METHOD, also the part's `method` parameter (RFC 6047 §2.4).
        public var method: String

        /// A calendar part.
        public init(text: String, method: String) {
            self.text = text
            self.method = method
        }
    }

    /// From.
    public var from: Address
    /// To.
    public var to: Address
    /// Subject, plain text.
    public var subject: String
    /// Date, seconds since 1970 (UTC).
    public var date: Int
    /// Message-ID, with its angle brackets.
    public var messageID: String
    /// The text/plain part.
    public var text: String
    /// The text/html part.
    public var html: String
    /// The invitation, if any.
    public var calendar: Calendar?

    /// A mail.
    public init(from: Address, to: Address, subject: String, date: Int, messageID: String, text: String, html: String, calendar: Calendar? = nil) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.text = text
        self.html = html
        self.calendar = calendar
    }

    /// The whole message, headers and body.
    public func rendered() -> String {
        // Boundaries start with "=_", which neither quoted-printable nor base64 can produce at a line start.
        let tag = String(MailMessage.hash(messageID), radix: 16)
        let mixed = "=_samplan_mixed_" + tag
        let alternative = "=_samplan_alt_" + tag
        var lines = [
            "From: " + from.header(used: 6), "To: " + to.header(used: 4), "Subject: " + MailMessage.encodedWords(subject, used: 9),
            "Date: " + MailMessage.rfc5322Date(date),
            "Message-ID: " + messageID, "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"\(mixed)\"", "",
            "--" + mixed, "Content-Type: multipart/alternative; boundary=\"\(alternative)\"", "",
            "--" + alternative, "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
            MailMessage.quotedPrintable(text),
            "--" + alternative, "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
            MailMessage.quotedPrintable(html),
        ]
        if let calendar {
            lines += [
                "--" + alternative, "Content-Type: text/calendar; charset=utf-8; method=\(calendar.method)", "Content-Transfer-Encoding: base64", "",
                MailMessage.base64Lines(Array(calendar.text.utf8)),
            ]
        }
        lines += ["--" + alternative + "--", ""]
        if let calendar {
            lines += [
                "--" + mixed, "Content-Type: application/ics; name=\"invite.ics\"", "Content-Disposition: attachment; filename=\"invite.ics\"",
                "Content-Transfer-Encoding: base64", "", MailMessage.base64Lines(Array(calendar.text.utf8)),
            ]
        }
        lines += ["--" + mixed + "--", ""]
        return lines.joined(separator: "\n")
    }

    /// The message as one entry of an mbox file (mboxrd): a `From ` line with the sender and the date,
    /// every body line starting with `From ` (after any `>`) quoted with one more `>`, an empty line after.
    public func mboxEntry() -> String {
        var out = "From \(from.email) \(MailMessage.asctime(date))\n"
        for line in rendered().split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if line.drop(while: { $0 == ">" }).hasPrefix("From ") { out += ">" }
            out += line + "\n"
        }
        return out + "\n"
    }

    // MARK: Encodings

    /// RFC 2047 encoded-words (UTF-8, base64) for non-ASCII header text, one per line, each line
    /// (the first after its `used` characters) at most 76 characters, never splitting a character;
    /// plain ASCII stays as it is.
    static func encodedWords(_ text: String, used: Int = 0) -> String {
        guard !text.allSatisfy({ $0.isASCII && !$0.isNewline }) else { return text }
        // A word is "=?utf-8?B?" + base64 + "?=": 12 characters and 4 for every 3 bytes.
        func capacity(_ available: Int) -> Int { max(3 * ((available - 12) / 4), 6) }
        var limit = capacity(76 - used)
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if !chunk.isEmpty && chunk.count + bytes.count > limit {
                words.append("=?utf-8?B?" + base64(chunk) + "?=")
                chunk = []
                limit = capacity(75)
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?" + base64(chunk) + "?=") }
        return words.joined(separator: "\n ")
    }

    /// Quoted-printable (RFC 2045 §6.7) of UTF-8 text with LF line ends: lines of at most 76
    /// characters, `=` and non-ASCII as `=XX`, a space or tab before a line end encoded, and an `F`
    /// or `.` starting a line encoded too, so no line reads "From " to an mbox reader or "." to sendmail.
    static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let bytes = Array(line.utf8).filter { $0 != 13 }
            var width = 0
            for (position, byte) in bytes.enumerated() {
                let last = position == bytes.count - 1
                let literal =
                    (byte >= 33 && byte <= 126 && byte != 61 && !(position == 0 && (byte == 70 || byte == 46)))
                    || ((byte == 32 || byte == 9) && !last)
                let piece: [UInt8] = literal ? [byte] : [61, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                if width + piece.count > (last ? 76 : 75) {
                    out += [61, 10]
                    width = 0
                }
                out += piece
                width += piece.count
            }
            if index < lines.count - 1 { out.append(10) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Base64 in lines of 76 characters.
    static func base64Lines(_ bytes: [UInt8]) -> String {
        let text = Array(base64(bytes))
        return stride(from: 0, to: text.count, by: 76).map { String(text[$0..<min($0 + 76, text.count)]) }.joined(separator: "\n")
    }

    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = Int(bytes[index])
            let b1 = index + 1 < bytes.count ? Int(bytes[index + 1]) : 0
            let b2 = index + 2 < bytes.count ? Int(bytes[index + 2]) : 0
            out.append(alphabet[b0 >> 2])
            out.append(alphabet[((b0 & 3) << 4) | (b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[((b1 & 15) << 2) | (b2 >> 6)] : "=")
            out.append(index + 2 < bytes.count ? alphabet[b2 & 63] : "=")
            index += 3
        }
        return out
    }

    // MARK: Dates (protocol tokens, English by RFC 5322, not user text)

    private static let dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func parts(_ seconds: Int) -> (date: LocalDate, clock: String) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return (LocalDate(dayNumber: days), "\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))")
    }

    /// "Thu, 14 May 2026 09:00:00 +0000".
    static func rfc5322Date(_ seconds: Int) -> String {
        let (date, clock) = parts(seconds)
        return "\(dayNames[date.weekday.isoNumber - 1]), \(date.day) \(monthNames[date.month - 1]) \(date.year) \(clock) +0000"
    }

    /// "Thu May 14 09:00:00 2026", the date of an mbox `From ` line.
    static func asctime(_ seconds: Int) -> String {
        let (date, clock) = parts(seconds)
        let day = date.day < 10 ? " \(date.day)" : "\(date.day)"
        return "\(dayNames[date.weekday.isoNumber - 1]) \(monthNames[date.month - 1]) \(day) \(clock) \(date.year)"
    }

    /// FNV-1a, for boundaries and Message-IDs that stay the same for the same mail.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
