public import ICal

/// Someone a kallelse goes to: a member of the meeting's body or an invited presenter, with an address.
///
/// ```swift
/// let recipients = KallelseRecipient.recipients(of: meeting, configuration: configuration, presenters: presenters)
/// recipients.first?.channel   // .invitation: a calendar invitation rides along
/// ```
public struct KallelseRecipient: Hashable, Sendable {
    /// The person id, or `guest:<address>` for a presenter named inline in invitations.yaml.
    public var key: String
    /// Name.
    public var name: String
    /// Address.
    public var email: String
    /// How they receive meetings: an invitation by e-mail, or their feed.
    public var channel: CalendarChannel
    /// ROLE in the invitation.
    public var role: CalendarEvent.Participant.Role
    /// The ersättare to call in ("Kalla ersättare: …"): a politician member's substitute.
    public var substitute: String?

    /// A recipient.
    public init(
        key: String, name: String, email: String, channel: CalendarChannel, role: CalendarEvent.Participant.Role = .required,
        substitute: String? = nil
    ) {
        self.key = key
        self.name = name
        self.email = email
        self.channel = channel
        self.role = role
        self.substitute = substitute
    }

    /// The members of the meeting's body and its invited presenters that have an address, each once
    /// (the first mention wins: a member who also presents is called as a member).
    public static func recipients(
        of meeting: Meeting, configuration: Configuration, presenters: [EventContent.Participant]
    ) -> [KallelseRecipient] {
        var result: [KallelseRecipient] = []
        var seen: Set<String> = []
        for membership in configuration.body(meeting.body)?.members ?? [] {
            guard let person = configuration.person(membership.person), let email = person.email, seen.insert(email.lowercased()).inserted
            else { continue }
            let role: CalendarEvent.Participant.Role =
                switch membership.role {
                case .chair: .chair
                case .optional: .optional
                default: .required
                }
            let substitute =
                person.isPolitician ? membership.substitute.flatMap { configuration.person($0) }.map { Self.named($0.name, $0.email) } : nil
            result.append(
                KallelseRecipient(key: person.id, name: person.name, email: email, channel: person.channel, role: role, substitute: substitute))
        }
        for presenter in presenters {
            guard let email = presenter.email, seen.insert(email.lowercased()).inserted else { continue }
            let channel = presenter.person.flatMap { configuration.person($0) }?.channel ?? .invitation
            result.append(
                KallelseRecipient(key: presenter.person ?? "guest:" + email.lowercased(), name: presenter.name, email: email, channel: channel))
        }
        return result
    }

    /// "Name <address>", or the name alone.
    static func named(_ name: String, _ email: String?) -> String { email.map { "\(name) <\($0)>" } ?? name }
}
