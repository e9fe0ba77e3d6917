import Foundation
public import ICal

/// The offset rules of one IANA time zone (from the system's zoneinfo, as libical reads it too).
///
/// ```swift
/// let zone = ZoneRules(identifier: "Europe/Stockholm")!
/// zone.resolve(LocalDateTime(text: "2026-05-15 13:00")!).iso8601   // "2026-05-15T13:00:00+02:00"
/// ```
public struct ZoneRules: Sendable {
    private let zone: TimeZone
    /// The zone's IANA name.
    public let identifier: String
    /// Offset changes from 1970 to 2200: `transitions[i]` is when `offsets[i + 1]` starts.
    /// Looking offsets up here instead of asking ICU every time makes schedules several times faster.
    private let transitions: [Int]
    private let offsets: [Int]
    private static let tableEnd = 7_258_118_400  // 2200-01-01T00:00:00Z

    /// Europe/Stockholm, the default zone (UTC where the system has no zoneinfo for it).
    public static let stockholm = ZoneRules(identifier: "Europe/Stockholm") ?? ZoneRules(zone: TimeZone(secondsFromGMT: 0) ?? .current, identifier: "UTC")

    /// The rules of `identifier`, or nil for an unknown zone.
    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.init(zone: zone, identifier: identifier)
    }

    private init(zone: TimeZone, identifier: String) {
        self.zone = zone
        self.identifier = identifier
        var transitions: [Int] = []
        var offsets = [zone.secondsFromGMT(for: Date(timeIntervalSince1970: 0))]
        var cursor = Date(timeIntervalSince1970: 0)
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 < Double(Self.tableEnd),
            transitions.count < 1000
        {
            transitions.append(Int(next.timeIntervalSince1970))
            offsets.append(zone.secondsFromGMT(for: next))
            cursor = next
        }
        self.transitions = transitions
        self.offsets = offsets
    }

    private func offset(atEpoch seconds: Int) -> Int {
        guard seconds >= 0, seconds < Self.tableEnd else {
            return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        // The number of transitions at or before `seconds` indexes the offset in force.
        var low = 0
        var high = transitions.count
        while low < high {
            let middle = (low + high) / 2
            if transitions[middle] <= seconds { low = middle + 1 } else { high = middle }
        }
        return offsets[low]
    }

    /// The moment a wall-clock time denotes, per RFC 5545 §3.3.5: a time repeated when clocks go
    /// back is the first (earlier) one; a time skipped when clocks go forward is read with the
    /// offset before the gap, so 02:30 on the spring-forward day is 03:30 summer time.
    public func resolve(_ local: LocalDateTime) -> ZonedDateTime {
        let naive = local.wallMinutes * 60
        let before = offset(atEpoch: naive - 86_400)
        let after = offset(atEpoch: naive + 86_400)
        for candidate in [before, after] where offset(atEpoch: naive - candidate) == candidate {
            return ZonedDateTime(local: local, utcOffsetSeconds: candidate)
        }
        return zoned(epochSeconds: naive - before)
    }

    /// The wall-clock time at a moment.
    public func zoned(epochSeconds seconds: Int) -> ZonedDateTime {
        let offset = offset(atEpoch: seconds)
        let wall = LocalDateTime(date: LocalDate(dayNumber: 0), time: .midnight)
            .adding(minutes: (seconds + offset).floorDivided(by: 60))
        return ZonedDateTime(local: wall, utcOffsetSeconds: offset)
    }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }
}
