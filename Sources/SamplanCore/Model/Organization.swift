/// The organization that owns the calendars (one HSVO samråd area).
public struct Organization: Hashable, Sendable {
    /// Short id, first part of every UID (`knivsta`).
    public var id: String
    /// Display name.
    public var name: String
    /// IANA time zone all times are in.
    public var timeZone: String
    /// The language of drafts, reports and messages.
    public var language: Language
    /// The strategist's person id (ORGANIZER, drafts).
    public var strategist: String
    /// Domain of UIDs.
    public var domain: String
    /// Functional address for public feeds, if any.
    public var contact: String?

    /// An organization.
    public init(
        id: String, name: String, timeZone: String = "Europe/Stockholm", language: Language = .sv,
        strategist: String, domain: String, contact: String? = nil
    ) {
        self.id = id
        self.name = name
        self.timeZone = timeZone
        self.language = language
        self.strategist = strategist
        self.domain = domain
        self.contact = contact
    }
}
