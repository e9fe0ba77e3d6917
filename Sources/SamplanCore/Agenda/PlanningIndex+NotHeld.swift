import ICal

/// A presentation that did not take place (`held: false`) and is to be offered again.
struct NotHeldPresentation {
    /// Its invitation.
    let invitation: Invitation
    /// The body of the meeting it was planned for.
    let body: String
    /// The day that meeting was held.
    let day: LocalDate
}

extension PlanningIndex {
    /// The invitations marked `held: false`, not `dropped`, that no later invitation of the same presenter
    /// about the same activity (or, without one, the same topic) takes up again.
    static func notHeldPresentations(
        _ configuration: Configuration, _ invitations: InvitationResolver, schedule: Schedule, meetingIndex: [String: Int]
    ) -> [NotHeldPresentation] {
        let all = configuration.invitations
        guard all.contains(where: { !$0.held }) else { return [] }
        func day(of id: String) -> LocalDate? {
            meetingIndex[id].map { schedule.meetings[$0].start.local.date } ?? MeetingID(id)?.date
        }
        func sameSubject(_ a: Invitation, _ b: Invitation) -> Bool {
            a.presenter == b.presenter && (a.activity.map { $0 == b.activity } ?? (b.activity == nil && a.topic == b.topic))
        }
        return all.indices.compactMap { index in
            let invitation = all[index]
            guard !invitation.held, !invitation.dropped, let id = invitations.meetingID(forInvitationAt: index), let held = day(of: id),
                let body = MeetingID(id)?.body
            else { return nil }
            let invitedAgain = all.indices.contains { other in
                guard other != index, all[other].held, sameSubject(invitation, all[other]),
                    let again = invitations.meetingID(forInvitationAt: other).flatMap(day)
                else { return false }
                return again > held
            }
            return invitedAgain ? nil : NotHeldPresentation(invitation: invitation, body: body, day: held)
        }
    }

    /// The `presentation-not-held` flags of `meeting`: each presentation not held at an earlier meeting
    /// of its body, while its activity is in the work of the meeting's year (without an activity: in the
    /// same year), until it is invited again or dropped.
    func notHeldFlags(_ meeting: Meeting) -> [MeetingFlag] {
        guard !notHeld.isEmpty, meeting.status == .confirmed else { return [] }
        let date = meeting.start.local.date
        return notHeld.compactMap { entry in
            guard entry.body == meeting.body, entry.day < date else { return nil }
            if let activity = entry.invitation.activity {
                guard let found = configuration.activities.first(where: { $0.id == activity }), found.isInWork(of: date.year) else {
                    return nil
                }
            } else if entry.day.year != date.year {
                return nil
            }
            let person: String? = if case let .person(id) = entry.invitation.presenter { id } else { nil }
            return MeetingFlag(
                meeting: meeting.id, rule: .presentationNotHeld, activity: entry.invitation.activity, person: person,
                subject: entry.invitation.topic, detail: .notHeld(entry.day))
        }
    }
}
