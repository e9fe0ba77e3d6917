import ICal

extension Kallelse {
    /// The mail of this kallelse from `sender`, dated `date` (seconds since 1970). Its Message-ID
    /// names the meeting and is the same for the same content, kind and SEQUENCE.
    public func mail(from sender: MailMessage.Address, date: Int, domain: String) -> MailMessage {
        let tag = MailMessage.hash([recipient.email.lowercased(), kind.rawValue, record.fingerprint, "\(sequence)"].joined(separator: "\u{1F}"))
        let messageID = "<kallelse.\(meeting).\(kind.rawValue).\(String(tag, radix: 16))@\(domain)>"
        return MailMessage(
            from: sender, to: MailMessage.Address(name: recipient.name, email: recipient.email), subject: subject, date: date,
            messageID: messageID, text: text, html: html, calendar: zip(calendar, method).map { MailMessage.Calendar(text: $0, method: $1.rawValue) })
    }
}

/// Both values, or nil.
private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
