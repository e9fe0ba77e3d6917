import SamplanCore

extension ConfigParser {
    /// Reads invitations.yaml; each invitation comes with the position of its `meeting:` value, where an
    /// invitation that no meeting answers is reported.
    func readInvitations(_ document: YAMLDocument) -> [(invitation: Invitation, position: SourcePosition)] {
        guard let root = document.root.mapping(diagnostics, keys: ["invitations"]) else { return [] }
        return items(root, "invitations", required: true, readInvitation)
    }

    private func readInvitation(_ value: Value) -> (invitation: Invitation, position: SourcePosition)? {
        guard let map = value.mapping(diagnostics, keys: [
            "presenter", "meeting", "topic", "activity", "duration", "held", "reason", "dropped",
        ]) else { return nil }
        let presenter = map.required("presenter").flatMap(readPresenter)
        let target = map.required("meeting").flatMap(readTarget)
        let topic = map.required("topic")?.text(diagnostics)
        var activity: String?
        if let activityValue = map.optional("activity"), let id = activityValue.id(diagnostics) {
            refer(.activity, id, at: activityValue.position)
            activity = id
        }
        let duration = map.required("duration")?.meetingLength(diagnostics)
        let held = map.optional("held")?.bool(diagnostics) ?? true
        let reason = map.optional("reason")?.text(diagnostics)
        let dropped = map.optional("dropped")?.bool(diagnostics) ?? false
        if held {
            for key in ["reason", "dropped"] {
                if let value = map.optional(key) { diagnostics.report(value.position, .onlyWhenNotHeld(key)) }
            }
        }
        guard let presenter, let target, let topic, let duration, let position = map.optional("meeting")?.position else { return nil }
        return (
            Invitation(
                presenter: presenter, target: target, topic: topic, activity: activity, duration: duration, held: held,
                notHeldReason: reason, dropped: dropped),
            position
        )
    }

    private func readPresenter(_ value: Value) -> Invitation.Presenter? {
        if value.isScalar {
            guard let id = value.id(diagnostics) else { return nil }
            refer(.person, id, at: value.position)
            return .person(id)
        }
        guard let map = value.mapping(diagnostics, keys: ["name", "organization", "email", "title"]) else { return nil }
        let name = map.required("name")?.text(diagnostics)
        let organization = map.optional("organization")?.text(diagnostics)
        let email = map.optional("email").flatMap(readEmail)
        let title = map.optional("title")?.text(diagnostics)
        return name.map { .guest(name: $0, organization: organization, email: email, title: title) }
    }

    private func readTarget(_ value: Value) -> Invitation.Target? {
        if value.isScalar { return referMeeting(value).map { .meeting($0) } }
        guard let map = value.mapping(diagnostics, keys: ["body", "focus", "from"]) else { return nil }
        var body: String?
        if let bodyValue = map.required("body"), let id = bodyValue.id(diagnostics) {
            refer(.body, id, at: bodyValue.position)
            body = id
        }
        var focus: String?
        if let focusValue = map.required("focus"), let id = focusValue.id(diagnostics) {
            refer(.focusArea, id, at: focusValue.position)
            focus = id
        }
        let from = map.optional("from")?.date(diagnostics)
        guard let body, let focus else { return nil }
        return .firstWithFocus(body: body, focus: focus, from: from)
    }
}
