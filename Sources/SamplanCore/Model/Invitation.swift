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

    /// An invitation.
    public init(presenter: Presenter, target: Target, topic: String, activity: String? = nil, duration: ISODuration) {
        self.presenter = presenter
        self.target = target
        self.topic = topic
        self.activity = activity
        self.duration = duration
    }
}
