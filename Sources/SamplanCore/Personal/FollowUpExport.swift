import ICal

/// The activity list of a year as its file writes it, with the follow-ups submitted through the
/// personal pages added (what `samplan followups export` writes). A submitted follow-up goes to the
/// list of the latest year on or before its date that lists its activity; one already in the file
/// (same date, status and text) is not added again.
///
/// ```swift
/// let export = FollowUpExport(configuration, submissions: try store.submissions(), year: 2026)
/// print(export.added)   // 3
/// ```
public struct FollowUpExport: Sendable {
    /// The year's activities, as listed in its file, with the submitted follow-ups added.
    public let activities: [Activity]
    /// How many follow-ups were added.
    public let added: Int

    /// The export of `year` from `configuration` (as loaded from the files, without submissions counted).
    public init(_ configuration: Configuration, submissions: Submissions, year: Int) {
        let listings =
            configuration.activityListings.isEmpty
            ? configuration.activities.filter { $0.listedIn.contains(year) } : configuration.activityListings.filter { $0.year == year }
        let merged = Dictionary(configuration.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var extra: [String: [FollowUp]] = [:]
        for submitted in submissions.followUps {
            guard let activity = merged[submitted.activity] else { continue }
            let target = activity.listedIn.filter { $0 <= submitted.date.year }.max() ?? activity.listedIn.min()
            guard target == year else { continue }
            extra[submitted.activity, default: []].append(FollowUp(date: submitted.date, status: submitted.status, text: submitted.text))
        }
        var added = 0
        activities = listings.map { listing in
            guard let more = extra[listing.id] else { return listing }
            var known = Set(listing.followUps.map(\.identity))
            var copy = listing
            let new = more.filter { known.insert($0.identity).inserted }
            added += new.count
            copy.followUps = (listing.followUps + new).sorted { $0.date < $1.date }
            return copy
        }
        self.added = added
    }
}
