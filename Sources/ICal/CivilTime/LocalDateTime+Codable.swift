/// Civil times are stored as their ISO text (`2026-05-15T13:00:00`) in JSON and in the state store.
extension LocalDateTime: Codable {
    /// Reads `YYYY-MM-DDTHH:MM[:SS]`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let trimmed = text.count == 19 && text.hasSuffix(":00") ? String(text.dropLast(3)) : text
        guard let value = LocalDateTime(text: trimmed) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a local date-time: \(text)")
        }
        self = value
    }

    /// Writes `YYYY-MM-DDTHH:MM:00`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
