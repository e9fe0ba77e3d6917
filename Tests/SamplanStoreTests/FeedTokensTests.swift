import Foundation
import Testing

@testable import SamplanStore

@Suite("Feed and page tokens")
struct FeedTokensTests {
    @Test("tokens are written as URL-safe base64 without padding, exactly as Foundation's base64 with - and _ (URLs printed earlier keep working)")
    func base64URL() {
        var generator = SystemRandomNumberGenerator()
        for length in 0...40 {
            let bytes = (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let expected = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
            #expect(bytes.withUnsafeBytes { FeedTokens.base64URL($0) } == expected, "\(length) bytes")
        }
    }

    @Test("the page token is not the feed token; a rotation changes both; a CSRF token is valid for its page for 24 hours only")
    func pageAndCSRF() {
        let secret = [UInt8](repeating: 7, count: 32)
        let tokens = FeedTokens(secret: secret, generations: [:])
        let rotated = FeedTokens(secret: secret, generations: ["socialchef": 1])
        #expect(tokens.pageToken(for: "socialchef") != tokens.token(for: "socialchef"))
        #expect(rotated.pageToken(for: "socialchef") != tokens.pageToken(for: "socialchef"))
        #expect(rotated.token(for: "socialchef") != tokens.token(for: "socialchef"))
        #expect(tokens.token(for: "socialchef").count == 43)
        #expect(tokens.person(forPageToken: tokens.pageToken(for: "voc"), among: ["socialchef", "voc"]) == "voc")
        #expect(tokens.person(forPageToken: tokens.token(for: "voc"), among: ["socialchef", "voc"]) == nil)
        let page = tokens.pageToken(for: "voc")
        let csrf = tokens.csrfToken(pageToken: page, time: 1_000_000)
        #expect(tokens.isValidCSRF(csrf, pageToken: page, now: 1_000_000 + 86_399))
        #expect(!tokens.isValidCSRF(csrf, pageToken: page, now: 1_000_000 + 86_400))
        #expect(!tokens.isValidCSRF(csrf, pageToken: tokens.pageToken(for: "socialchef"), now: 1_000_001))
        #expect(!tokens.isValidCSRF("1000000." + String(csrf.dropFirst(8).reversed()), pageToken: page, now: 1_000_001))
        #expect(!tokens.isValidCSRF("", pageToken: page, now: 1_000_001))
    }
}
