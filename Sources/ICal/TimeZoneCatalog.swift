internal import CLibical

/// Which IANA time zones libical (and so every produced feed) can describe.
public enum TimeZoneCatalog {
    /// True when libical has a built-in definition for `identifier` (e.g. `Europe/Stockholm`).
    public static func isKnown(_ identifier: String) -> Bool {
        guard !identifier.isEmpty, identifier.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else { return false }
        return Libical.withLock { icaltimezone_get_builtin_timezone(identifier) != nil }
    }
}
