public import ICal

extension FeedBuilder {
    /// Meetings that were published but the configuration no longer produces (a cadence changed, a
    /// body was removed), still to be held when they vanished: sent as cancelled, from their last
    /// published content, until their retention has passed, so that subscribed clients remove them
    /// instead of keeping a ghost. A vanished meeting that had already ended when it vanished is
    /// not among them: it was held, and `keptPast` keeps it as it was published.
    public static func vanished(
        published: [EventContent], current: Set<String>, window: ClosedRange<LocalDate>, configuration: Configuration, asOf: LocalDate,
        now: Int
    ) -> [EventContent] {
        let language = configuration.organization.language
        return published.filter { content in
            !current.contains(content.uid) && window.contains(content.start.date) && isRetained(content.end.date, configuration, asOf: asOf)
                && (content.cancelled || !hasEnded(content, at: now))
        }.map { content in
            guard !content.cancelled else { return content }
            var cancelled = content
            cancelled.cancelled = true
            cancelled.summary = cancelledPrefix(language) + content.summary
            cancelled.description = (language.words.meeting.cancelledSentence + ".") + "\n\n" + content.description
            return cancelled
        }
    }

    /// Meetings that were published, had ended by `now`, were held (not cancelled) and that the
    /// configuration no longer produces: kept in feeds as they were published while the window still
    /// covers them, since a held meeting must not turn into a cancellation.
    public static func keptPast(published: [EventContent], current: Set<String>, window: ClosedRange<LocalDate>, now: Int) -> [EventContent] {
        published.filter { content in
            !current.contains(content.uid) && window.contains(content.start.date) && !content.cancelled && hasEnded(content, at: now)
        }
    }

    /// Whether what was published of a meeting has ended by `now` (seconds since 1970). Such an event is
    /// frozen: later configuration edits (standing agenda, focus plan, invitations, exceptions) do not
    /// change what subscribers have of it, since it records what was held.
    public static func hasEnded(_ published: EventContent, at now: Int) -> Bool {
        published.endEpoch <= now
    }
}
