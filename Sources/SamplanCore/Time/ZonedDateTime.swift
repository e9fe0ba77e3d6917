public import ICal

/// A local date and time together with the UTC offset in force then.
public struct ZonedDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The wall-clock time.
    public let local: LocalDateTime
    /// Seconds east of UTC (7200 in Swedish summer).
    public let utcOffsetSeconds: Int

    /// A zoned time.
    public init(local: LocalDateTime, utcOffsetSeconds: Int) {
        self.local = local
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Int { local.wallMinutes * 60 - utcOffsetSeconds }

    /// ISO 8601 with offset: `2026-05-15T13:00:00+02:00`.
    public var iso8601: String {
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let minutes = abs(utcOffsetSeconds) / 60
        let hh = minutes / 60 < 10 ? "0\(minutes / 60)" : "\(minutes / 60)"
        let mm = minutes % 60 < 10 ? "0\(minutes % 60)" : "\(minutes % 60)"
        return "\(local)\(sign)\(hh):\(mm)"
    }

    /// Same as `iso8601`.
    public var description: String { iso8601 }

    public static func < (lhs: ZonedDateTime, rhs: ZonedDateTime) -> Bool { lhs.epochSeconds < rhs.epochSeconds }
}
