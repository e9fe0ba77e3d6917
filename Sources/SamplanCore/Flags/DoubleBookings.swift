import ICal

/// Who is called to two overlapping confirmed meetings: members of the meetings' bodies (but not
/// those whose role is `optional`) and invited presenters (people by id, guests by name). The
/// overlaps are found once for the whole schedule; a meeting's flags are made when asked for.
struct DoubleBookings: Sendable {
    private struct Participant {
        let key: String
        let person: String
        let name: String
    }

    private struct Overlap {
        let here: Int
        let rank: Int
        let there: Int
    }

    private let meetings: [Meeting]
    private let participants: [Participant]
    /// Every overlap, by meeting, then participant key, then the other meeting.
    private let overlaps: [Overlap]
    /// Meeting index → the start of its overlaps in `overlaps` (one more entry than meetings).
    private let firstOverlap: [Int]

    init(_ index: PlanningIndex) {
        let meetings = index.schedule.meetings
        self.meetings = meetings
        // Participants are numbered once ("person:id", "guest:name"), so that the sweep compares integers.
        var number: [String: Int] = [:]
        var participants: [Participant] = []
        func participant(_ key: String, _ person: String, _ name: @autoclosure () -> String) -> Int {
            if let known = number[key] { return known }
            number[key] = participants.count
            participants.append(Participant(key: key, person: person, name: name()))
            return participants.count - 1
        }
        var membersOfBody: [String: [Int]] = [:]
        for body in index.configuration.bodies where membersOfBody[body.id] == nil {
            let members = body.members.filter { $0.role != .optional }.map { membership in
                participant("person:" + membership.person, membership.person, index.people[membership.person]?.name ?? membership.person)
            }
            membersOfBody[body.id] = Array(Set(members))
        }
        var presentersOfMeeting: [String: [Int]] = [:]
        for (offset, id) in index.invitations.meetingIDs.enumerated() {
            guard let id else { continue }
            switch index.configuration.invitations[offset].presenter {
            case let .person(person):
                presentersOfMeeting[id, default: []].append(participant("person:" + person, person, index.people[person]?.name ?? person))
            case let .guest(name, _, _, _):
                presentersOfMeeting[id, default: []].append(participant("guest:" + name, name, name))
            }
        }
        // Participant → the meetings they are called to, in start order.
        var calendar = [[Int]](repeating: [], count: participants.count)
        for (position, meeting) in meetings.enumerated() where meeting.status == .confirmed {
            var called = membersOfBody[meeting.body] ?? []
            if let presenters = presentersOfMeeting[meeting.id] { called = Array(Set(called + presenters)) }
            for who in called { calendar[who].append(position) }
        }
        // Flags of a meeting come in the order of the participants' keys.
        var rank = [Int](repeating: 0, count: participants.count)
        for (order, who) in participants.indices.sorted(by: { participants[$0].key < participants[$1].key }).enumerated() { rank[who] = order }
        var overlaps: [Overlap] = []
        for (who, own) in calendar.enumerated() where own.count > 1 {
            // `own` is in start order: only the meetings after one that start before it ends can overlap it.
            for (offset, first) in own.enumerated() {
                for second in own[(offset + 1)...] {
                    guard meetings[second].start < meetings[first].end else { break }
                    overlaps.append(Overlap(here: first, rank: rank[who], there: second))
                    overlaps.append(Overlap(here: second, rank: rank[who], there: first))
                }
            }
        }
        overlaps.sort { ($0.here, $0.rank, $0.there) < ($1.here, $1.rank, $1.there) }
        var firstOverlap = [Int](repeating: overlaps.count, count: meetings.count + 1)
        for (position, overlap) in overlaps.enumerated().reversed() { firstOverlap[overlap.here] = position }
        for position in stride(from: meetings.count - 1, through: 0, by: -1) where firstOverlap[position] > firstOverlap[position + 1] {
            firstOverlap[position] = firstOverlap[position + 1]
        }
        var byRank = [Int](repeating: 0, count: participants.count)
        for (who, order) in rank.enumerated() { byRank[order] = who }
        self.participants = byRank.map { participants[$0] }
        self.overlaps = overlaps
        self.firstOverlap = firstOverlap
    }

    /// The double bookings of the meeting at `index` in the schedule, by person.
    func flags(at index: Int) -> [MeetingFlag] {
        overlaps[firstOverlap[index]..<firstOverlap[index + 1]].map { overlap in
            let who = participants[overlap.rank]
            let other = meetings[overlap.there]
            return MeetingFlag(
                meeting: meetings[index].id, rule: .doubleBooked, person: who.person, subject: who.name,
                detail: .overlap(meeting: other.id, title: other.title, start: other.start.local, end: other.end.local))
        }
    }
}
