import ArgumentParser
import Foundation
import ICal
import SamplanConfig
import SamplanCore

/// `--config DIR`, shared by every command that reads a configuration.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration directory (default: $CONFIGURATION_DIRECTORY, else /etc/samplan).")
    var config: String?

    var directory: String {
        config ?? ProcessInfo.processInfo.environment["CONFIGURATION_DIRECTORY"].flatMap { $0.split(separator: ":").first.map(String.init) }
            ?? "/etc/samplan"
    }

    /// The validated configuration, or a failure listing every error (exit 1).
    func load() throws(CommandFailure) -> Configuration {
        try loadChecked().configuration
    }

    /// The validated configuration and its warnings, or a failure listing every error (exit 1).
    func loadChecked() throws(CommandFailure) -> (configuration: Configuration, warnings: [ConfigError]) {
        switch ConfigLoader.loadVersioned(directory: directory, now: Int(Date().timeIntervalSince1970)) {
        case let .success((configuration, _, warnings)):
            return (configuration, warnings)
        case let .failure(errors):
            let summary = errors.language.words.config.summary(directory, "\(errors.errors.count)")
            throw CommandFailure.invalid(errors.lines + [summary])
        }
    }
}

/// The current year in the organization's zone: the default of `--year`.
func currentYear(in configuration: Configuration) -> Int {
    ZoneRules(identifier: configuration.organization.timeZone)?
        .zoned(epochSeconds: Int(Date().timeIntervalSince1970)).local.date.year ?? 2026
}

/// Today's date in the organization's zone: the default of `--at`.
func today(in configuration: Configuration) -> LocalDate {
    ZoneRules(identifier: configuration.organization.timeZone)?.zoned(epochSeconds: Int(Date().timeIntervalSince1970)).local.date
        ?? LocalDate(dayNumber: Int(Date().timeIntervalSince1970) / 86_400)
}
