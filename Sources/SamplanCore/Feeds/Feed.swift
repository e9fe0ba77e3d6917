/// Which calendar a subscriber asked for.
public enum Feed: Hashable, Sendable, CustomStringConvertible {
    /// One body's meetings (public).
    case body(String)
    /// Every body's meetings (public).
    case all
    /// The meetings with one focus area (public).
    case focus(String)
    /// One person's meetings: their bodies' and those they present at (private).
    case person(String)

    /// True for feeds whose URL is a secret and may carry e-mail addresses.
    public var isPrivate: Bool { if case .person = self { true } else { false } }

    /// `body:samrad`, `all`, `focus:A`, `person:socialchef`.
    public var description: String {
        switch self {
        case let .body(id): "body:\(id)"
        case .all: "all"
        case let .focus(id): "focus:\(id)"
        case let .person(id): "person:\(id)"
        }
    }

    /// The feed's path on the server (SPEC §7); a private feed's path holds the person's `token`.
    public func path(token: String = "") -> String {
        switch self {
        case .all: "/calendars/all.ics"
        case let .body(id): "/calendars/\(id).ics"
        case let .focus(id): "/calendars/focus/\(id).ics"
        case .person: "/calendars/private/\(token).ics"
        }
    }
}
