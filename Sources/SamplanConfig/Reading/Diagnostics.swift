import SamplanCore

/// Collects every error of one load instead of stopping at the first.
final class Diagnostics {
    private(set) var errors: [ConfigError] = []

    func report(_ position: SourcePosition, _ message: ConfigMessage) {
        errors.append(ConfigError(position: position, message: message))
    }

    var isEmpty: Bool { errors.isEmpty }
}
