import ArgumentParser
import Foundation
import ICal
import SamplanConfig
import SamplanCore
import SamplanRender

/// `samplan arshjul`: the year as a wheel (årshjul), an SVG on standard output.
struct ArshjulCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arshjul", abstract: "The årshjul of a year as SVG: months as a ring, a ring per body with its meetings.")

    @OptionGroup var options: ConfigOptions
    @Option(help: "The year (default: this year in the organization's time zone).") var year: Int?

    func validate() throws {
        if let year, !SupportedYears.contains(year) {
            throw ValidationError("--year must be between \(SupportedYears.range.lowerBound) and \(SupportedYears.range.upperBound)")
        }
    }

    func run() throws {
        let configuration = try options.load()
        let shown = year ?? AsOfOption().date(for: configuration).year
        print(YearWheelSVG.svg(YearWheel(configuration, year: shown), language: configuration.organization.language), terminator: "")
    }
}
