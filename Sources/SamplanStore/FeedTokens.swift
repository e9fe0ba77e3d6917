import Crypto
import Foundation

/// Private feed tokens: HMAC-SHA256 of the person id and their generation under the state's secret,
/// written as 43 URL-safe base64 characters (256 bits). Nothing about a token can be guessed from
/// the person id, and rotating the generation revokes the old URL.
///
/// ```swift
/// let tokens = FeedTokens(secret: try store.tokenSecret(), generations: try store.tokenGenerations())
/// let token = tokens.token(for: "socialchef")
/// tokens.person(for: token, among: ["socialchef", "strateg"])   // "socialchef"
/// ```
public struct FeedTokens: Sendable {
    private let secret: [UInt8]
    private let generations: [String: Int]

    /// Tokens under `secret`, with each person's generation.
    public init(secret: [UInt8], generations: [String: Int]) {
        self.secret = secret
        self.generations = generations
    }

    /// The current token of `person`.
    public func token(for person: String) -> String {
        mac("samplan-feed-token\u{0}\(person)\u{0}\(generations[person] ?? 0)")
    }

    /// The current token of `person`'s personal page (`/p/<page-token>`). Made under another label
    /// than the feed token, so a feed URL (pasted into calendar services, shared) never opens the
    /// page and its forms; the same generation, so `samplan token --rotate` replaces both at once.
    public func pageToken(for person: String) -> String {
        mac("samplan-page-token\u{0}\(person)\u{0}\(generations[person] ?? 0)")
    }

    /// The person whose current page token is `token`, or nil; every candidate compared in full, in
    /// constant time, as `person(for:among:)`.
    public func person(forPageToken token: String, among people: [String]) -> String? {
        let given = Array(token.utf8)
        var found: String?
        for person in people {
            if Self.constantTimeEqual(Array(pageToken(for: person).utf8), given) && found == nil { found = person }
        }
        return found
    }

    /// How long a form's CSRF token is accepted: 24 hours.
    public static let csrfLifetime = 86_400

    /// The CSRF token of the forms on the page of `pageToken`, made at `time` (seconds since 1970):
    /// `<time>.<HMAC of the page token and the time>`.
    public func csrfToken(pageToken: String, time: Int) -> String {
        "\(time)." + mac("samplan-csrf\u{0}\(pageToken)\u{0}\(time)")
    }

    /// Whether `token` is a CSRF token of the page of `pageToken` made within the last 24 hours
    /// before `now` (a few minutes ahead are allowed for a clock step).
    public func isValidCSRF(_ token: String, pageToken: String, now: Int) -> Bool {
        guard let dot = token.firstIndex(of: "."), let time = Int(token[..<dot]), time <= now + 300, now - time < Self.csrfLifetime else {
            return false
        }
        return Self.constantTimeEqual(Array(csrfToken(pageToken: pageToken, time: time).utf8), Array(token.utf8))
    }

    /// HMAC-SHA256 of `message` under the secret, as URL-safe base64 without padding (RFC 4648 §5).
    private func mac(_ message: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(message.utf8), using: SymmetricKey(data: secret))
        return mac.withUnsafeBytes { Self.base64URL($0) }
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// URL-safe base64 without padding, written directly (a token is checked for every person on each request).
    static func base64URL(_ bytes: UnsafeRawBufferPointer) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index + 2 < bytes.count {
            let value = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            for shift in [18, 12, 6, 0] { out.append(alphabet[Int((value >> UInt32(shift)) & 63)]) }
            index += 3
        }
        let rest = bytes.count - index
        if rest > 0 {
            let value = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
            for shift in [18, 12, 6].prefix(rest + 1) { out.append(alphabet[Int((value >> UInt32(shift)) & 63)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The person whose current token is `token`, or nil. Every candidate is compared in full,
    /// in constant time, so the answer takes as long for a wrong token as for a right one.
    public func person(for token: String, among people: [String]) -> String? {
        let given = Array(token.utf8)
        var found: String?
        for person in people {
            if Self.constantTimeEqual(Array(self.token(for: person).utf8), given) && found == nil { found = person }
        }
        return found
    }

    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}
