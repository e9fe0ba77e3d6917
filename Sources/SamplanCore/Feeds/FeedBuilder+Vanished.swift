public import ICal

extension FeedBuilder {
    /// Meetings that were published but the configuration no longer produces (a cadence changed, a
    /// body was removed): sent as cancelled, from their last published content, until their retention
    /// has passed, so that subscribed clients remove them instead of keeping a ghost.
    public static func vanished(
        published: [EventContent], current: Set<String>, window: ClosedRange<LocalDate>, configuration: Configuration, asOf: LocalDate
    ) -> [EventContent] {
        let language = configuration.organization.language
        return published.filter { content in
            !current.contains(content.uid) && window.contains(content.start.date) && isRetained(content.end.date, configuration, asOf: asOf)
        }.map { content in
            guard !content.cancelled else { return content }
            var cancelled = content
            cancelled.cancelled = true
            cancelled.summary = cancelledPrefix(language) + content.summary
            cancelled.description = (language.words.meeting.cancelledSentence + ".") + "\n\n" + content.description
            return cancelled
        }
    }
}
