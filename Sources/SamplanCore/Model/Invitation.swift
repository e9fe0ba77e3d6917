public import ICal

/// An invited presenter (inbjuden föredragande) at a meeting.
public struct Invitation: Hashable, Sendable {
    /// Who presents.
    public enum Presenter: Hashable, Sendable {
        /// A configured person.
        case person(String)
        /// Someone from outside the people list.
        case guest(name: String, organization: String?, email: String?, title: String?)
    }

    /// Which meeting.
    public enum Target: Hashable, Sendable {
        /// A meeting id.
        case meeting(String)
        /// The first meeting of `body` with focus area `focus` on or after `from`.
        case firstWithFocus(body: String, focus: String, from: LocalDate?)
    }

    /// The presenter.
    public var presenter: Presenter
    /// The meeting.
    public var target: Target
    /// What they present.
    public var topic: String
    /// The activity it concerns.
    public var activity: String?
    /// How long.
    public var duration: ISODuration
    /// False when the presentation did not take place (`held: false`); it is then offered again.
    public var held: Bool
    /// Why it did not take place ("Uteblev pga. sjukdom").
    public var notHeldReason: String?
    /// A presentation not held that will not be given again (`dropped: true`): nobody is asked to re-invite.
    public var dropped: Bool

    /// An invitation.
    public init(
        presenter: Presenter, target: Target, topic: String, activity: String? = nil, duration: ISODuration, held: Bool = true,
        notHeldReason: String? = nil, dropped: Bool = false
    ) {
        self.presenter = presenter
        self.target = target
        self.topic = topic
        self.activity = activity
        self.duration = duration
        self.held = held
        self.notHeldReason = notHeldReason
        self.dropped = dropped
    }
}
