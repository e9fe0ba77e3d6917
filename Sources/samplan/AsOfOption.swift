import ArgumentParser
import Foundation
import ICal
import SamplanCore

/// `--at DATE`: run as of a day instead of today (in the organization's time zone).
struct AsOfOption: ParsableArguments {
    @Option(name: .long, help: "Run as of this date (YYYY-MM-DD) instead of today.")
    var at: String?

    func validate() throws {
        guard let at else { return }
        guard let date = LocalDate(iso: at) else { throw ValidationError("--at must be a date YYYY-MM-DD, not \"\(at)\"") }
        if !SupportedYears.contains(date) { throw ValidationError("--at must lie in the years \(SupportedYears.text), not \"\(at)\"") }
    }

    func date(for configuration: Configuration) -> LocalDate {
        if let at, let date = LocalDate(iso: at) { return date }
        return ZoneRules(identifier: configuration.organization.timeZone)?
            .zoned(epochSeconds: Int(Date().timeIntervalSince1970)).local.date ?? LocalDate(dayNumber: Int(Date().timeIntervalSince1970) / 86_400)
    }
}
