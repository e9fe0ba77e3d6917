extension Meeting.Follow {
    /// Why the meeting moved, in `language`: "följer Samråd HSVO Knivsta, som flyttats till tisdag 26 maj 2026".
    public func reason(in language: Language) -> String {
        language.words.meeting.followsMove(anchorTitle, DateText(language).longDate(anchorDate))
    }
}
