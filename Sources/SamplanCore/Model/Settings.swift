/// Operational settings of samplan.yaml that are not part of the planning domain.
public struct Settings: Hashable, Sendable {
    /// `server.listen`, `HOST:PORT`.
    public var listen: String = "127.0.0.1:8080"
    /// `server.public_url`, the start of every published link.
    public var publicURL: String = "http://127.0.0.1:8080"
    /// `state.path`.
    public var statePath: String?
    /// `drafts.lead`.
    public var draftsLead = ISODuration(days: 21)
    /// `drafts.directory`.
    public var draftsDirectory: String?
    /// `drafts.notify`, a sendmail-compatible command.
    public var notifyCommand: String?
    /// `followup.lead`.
    public var followupLead = ISODuration(days: 14)
    /// `feeds.window_past`.
    public var windowPast = ISODuration(months: 12)
    /// `feeds.window_ahead`.
    public var windowAhead = ISODuration(months: 24)
    /// `feeds.refresh`.
    public var refresh = ISODuration(hours: 4)
    /// `feeds.cancelled_retention`.
    public var cancelledRetention = ISODuration(days: 60)
    /// `feeds.alarm`.
    public var alarm: ISODuration?
    /// `report.title`: the heading of the yearly follow-up ("Bilaga 1 – Uppföljning av aktivitetslista").
    public var reportTitle: String?
    /// `minutes.public`: whether the daemon serves minutes to anyone (default) or only with the strategist's token.
    public var minutesPublic = true
    /// `kallelse.lead`: how long before a meeting its kallelse is sent.
    public var kallelseLead = ISODuration(days: 10)
    /// `kallelse.reply_to`: the person förhinder is reported to (person id); nil: the strategist.
    public var kallelseReplyTo: String?
    /// `kallelse.deadline`: how long before a meeting förhinder must be reported.
    public var kallelseDeadline = ISODuration(days: 2)
    /// `mail.command`: the sendmail-compatible command mail goes through (`msmtp -t`).
    public var mailCommand: String?

    /// The command a kallelse is sent with: `mail.command`, else `drafts.notify`.
    public var sendCommand: String? { mailCommand ?? notifyCommand }

    /// Defaults of every setting.
    public init() {}
}
