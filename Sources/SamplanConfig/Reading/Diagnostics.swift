import SamplanCore

/// Collects every error of one load instead of stopping at the first.
final class Diagnostics {
    private(set) var errors: [ConfigError] = []
    /// What is allowed but probably not meant; the configuration still loads.
    private(set) var warnings: [ConfigError] = []

    func report(_ position: SourcePosition, _ message: ConfigMessage) {
        errors.append(ConfigError(position: position, message: message))
    }

    func warn(_ position: SourcePosition, _ message: ConfigMessage) {
        warnings.append(ConfigError(position: position, message: message))
    }

    var isEmpty: Bool { errors.isEmpty }
}
