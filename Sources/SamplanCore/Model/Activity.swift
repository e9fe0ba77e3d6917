public import ICal

/// Where an activity stands, as the activity list writes it.
public enum ActivityStatus: String, Hashable, Sendable, CaseIterable {
    /// Done.
    case ja
    /// Not done, dropped.
    case nej
    /// Partly done.
    case delvis
    /// Ongoing.
    case pagaende = "pågående"
    /// No longer relevant: dropped because circumstances changed, which is not the same as not done
    /// ("Nej, ej aktuellt" in the report).
    case ejAktuell = "ej aktuell"

    /// Reads a status case-insensitively; `pagaende` is accepted for `pågående`, and `ej aktuellt`,
    /// `ej_aktuell` or `ej-aktuell` for `ej aktuell`.
    public init?(text: String) {
        let words = text.lowercased().split { $0 == " " || $0 == "_" || $0 == "-" }.joined(separator: " ")
        switch words {
        case "pagaende": self = .pagaende
        case "ej aktuell", "ej aktuellt", "ejaktuell", "inte aktuell", "inte aktuellt": self = .ejAktuell
        default: self.init(rawValue: words)
        }
    }

    /// Settled activities (`ja`, `nej`, `ej aktuell`) need no more follow-up and are not carried into
    /// the next year.
    public var isSettled: Bool { self == .ja || self == .nej || self == .ejAktuell }
}

/// A dated follow-up note on an activity (uppföljning).
public struct FollowUp: Hashable, Sendable {
    /// When it was written.
    public var date: LocalDate
    /// The new status; nil when the source states none (the follow-up still counts, its Klar? cell
    /// stays empty).
    public var status: ActivityStatus?
    /// What was done.
    public var text: String
    /// The meeting it was made at, if any.
    public var meeting: String?

    /// A follow-up.
    public init(date: LocalDate, status: ActivityStatus?, text: String, meeting: String? = nil) {
        self.date = date
        self.status = status
        self.text = text
        self.meeting = meeting
    }
}

/// An activity of a year's activity list (aktivitetslista).
public struct Activity: Hashable, Sendable, Identifiable {
    /// Id. The same id in the lists of two years is the same activity continuing.
    public var id: String
    /// The year of its origin: the first year whose list holds it.
    public var year: Int
    /// Every year whose list holds it, ascending (at least `year`).
    public var listedIn: [Int]
    /// Delmål id.
    public var goal: String
    /// The activity as written in the list.
    public var title: String
    /// Body that owns it.
    public var owner: String?
    /// Responsible person.
    public var responsible: String?
    /// Due date.
    public var due: LocalDate?
    /// The year it was moved to.
    public var movedTo: Int?
    /// Follow-ups in date order.
    public var followUps: [FollowUp]
    /// Why the activity exists (the report's Bakgrund for it); paragraphs separated by blank lines.
    public var background: String?
    /// The year's analysis of it (the report's Analys); paragraphs separated by blank lines.
    public var analysis: String?

    /// An activity.
    public init(
        id: String, year: Int, goal: String, title: String, owner: String? = nil, responsible: String? = nil,
        due: LocalDate? = nil, movedTo: Int? = nil, followUps: [FollowUp] = [], listedIn: [Int] = [],
        background: String? = nil, analysis: String? = nil
    ) {
        self.id = id
        self.year = listedIn.min().map { min($0, year) } ?? year
        self.listedIn = Array(Set(listedIn + [year])).sorted()
        self.goal = goal
        self.title = title
        self.owner = owner
        self.responsible = responsible
        self.due = due
        self.movedTo = movedTo
        self.followUps = followUps.sorted { $0.date < $1.date }
        self.background = background
        self.analysis = analysis
    }
}

extension Activity {
    /// The activities of several years' lists as one list: an id listed in more than one year is one
    /// activity continuing. Its goal, title, owner, responsible person, due date and `moved_to` are
    /// those of its latest listing (the list being worked on), its background and analysis those of the
    /// latest listing that has them; its follow-ups are those of every
    /// listing, a follow-up repeated in a copied list counted once. `listings` come in year order;
    /// the result keeps the order of first appearance.
    ///
    /// ```swift
    /// let merged = Activity.merged(list2024 + list2027)   // "a1-informera" once, listedIn [2024, 2027]
    /// ```
    public static func merged(_ listings: [Activity]) -> [Activity] {
        var position: [String: Int] = [:]
        var result: [Activity] = []
        result.reserveCapacity(listings.count)
        for listing in listings {
            guard let index = position[listing.id] else {
                position[listing.id] = result.count
                result.append(listing)
                continue
            }
            let earlier = result[index]
            var seen = Set(earlier.followUps)
            let followUps = earlier.followUps + listing.followUps.filter { seen.insert($0).inserted }
            result[index] = Activity(
                id: listing.id, year: earlier.year, goal: listing.goal, title: listing.title, owner: listing.owner,
                responsible: listing.responsible, due: listing.due, movedTo: listing.movedTo, followUps: followUps,
                listedIn: earlier.listedIn + listing.listedIn, background: listing.background ?? earlier.background,
                analysis: listing.analysis ?? earlier.analysis)
        }
        return result
    }
}
