import SamplanCore

extension ConfigParser {
    /// Reads people.yaml.
    func readPeople(_ document: YAMLDocument) -> [Person] {
        guard let root = document.root.mapping(diagnostics, keys: ["people"]) else { return [] }
        return items(root, "people", required: true) { value in
            guard let map = value.mapping(diagnostics, keys: ["id", "name", "title", "organization", "email", "party", "board", "calendar"]) else {
                return nil
            }
            guard let idValue = map.required("id"), let id = idValue.id(diagnostics) else { return nil }
            declare(.person, id, at: idValue.position)
            let name = map.required("name")?.text(diagnostics)
            let calendarValue = map.optional("calendar")
            let person = Person(
                id: id, name: name ?? id, title: map.optional("title")?.text(diagnostics),
                organization: map.optional("organization")?.text(diagnostics), email: map.optional("email").flatMap(readEmail),
                party: map.optional("party")?.text(diagnostics), board: map.optional("board")?.text(diagnostics),
                calendar: calendarValue?.choice(diagnostics, of: CalendarChannel.self))
            if let calendarValue, person.calendar == .invitation, person.email == nil {
                diagnostics.report(calendarValue.position, .invitationWithoutEmail(id))
            }
            return name == nil ? nil : person
        }
    }

    /// An e-mail address: one `@` with text on both sides and no spaces.
    func readEmail(_ value: Value) -> String? {
        guard let text = value.text(diagnostics) else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.contains(where: \.isWhitespace) else {
            diagnostics.report(value.position, .invalidChoice(text, allowed: ["namn@exempel.se"]))
            return nil
        }
        return text
    }
}
