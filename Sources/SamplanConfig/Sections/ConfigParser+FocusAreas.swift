import SamplanCore

extension ConfigParser {
    /// Reads focus-areas.yaml.
    func readFocusAreas(_ document: YAMLDocument) -> [FocusArea] {
        guard let root = document.root.mapping(diagnostics, keys: ["focus_areas"]) else { return [] }
        return items(root, "focus_areas", required: true) { value in
            guard let map = value.mapping(diagnostics, keys: ["id", "name", "goals", "rotate"]) else { return nil }
            guard let idValue = map.required("id"), let id = idValue.id(diagnostics) else { return nil }
            declare(.focusArea, id, at: idValue.position)
            let name = map.required("name")?.text(diagnostics)
            let goals: [FocusArea.Goal] = items(map, "goals") { goalValue in
                guard let goal = goalValue.mapping(diagnostics, keys: ["id", "text"]) else { return nil }
                guard let goalID = goal.required("id"), let gid = goalID.id(diagnostics) else { return nil }
                declare(.goal, gid, at: goalID.position)
                goalArea[gid] = id
                return goal.required("text")?.text(diagnostics).map { FocusArea.Goal(id: gid, text: $0) }
            }
            let rotates = map.optional("rotate")?.bool(diagnostics) ?? true
            return name.map { FocusArea(id: id, name: $0, goals: goals, rotates: rotates) }
        }
    }
}
