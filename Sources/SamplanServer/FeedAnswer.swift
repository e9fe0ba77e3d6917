import HTTPTypes
import NIOCore
import SamplanCore

/// The three feed routes of SPEC §7, written as Hummingbird writes them in its metrics labels.
enum FeedRoute: String, CaseIterable, Sendable {
    case focus = "/calendars/focus/{name}"
    case personal = "/calendars/private/{name}"
    case calendars = "/calendars/{name}"

    /// The public feed a request target names (`/calendars/all.ics?x` is `.calendars, .all`), by
    /// its shape alone, or nil for anything else, which the router judges: private feeds, other
    /// paths, extra segments, percent-encoding. Whether the feed exists is for the caller to check.
    static func publicFeed(_ target: String) -> (FeedRoute, Feed)? {
        // On UTF-8 bytes: this runs for every feed request.
        let bytes = target.utf8
        let end = bytes.firstIndex(of: UInt8(ascii: "?")) ?? bytes.endIndex
        var path = bytes[..<end]
        guard path.starts(with: "/calendars/".utf8), path.count > "/calendars/.ics".utf8.count,
            path.reversed().starts(with: ".ics".utf8.reversed())
        else { return nil }
        path = path.dropFirst("/calendars/".utf8.count).dropLast(".ics".utf8.count)
        var route = FeedRoute.calendars
        if path.starts(with: "focus/".utf8) {
            path = path.dropFirst("focus/".utf8.count)
            route = .focus
        }
        guard !path.isEmpty, !path.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "%") }) else { return nil }
        return route.publicFeed(id: String(Substring(path))).map { (route, $0) }
    }

    /// The public feed `id` names under this route (`all` is every body's), whether or not it
    /// exists; nil under the private route, where the name is a token.
    func publicFeed(id: String) -> Feed? {
        switch self {
        case .calendars: id == "all" ? .all : .body(id)
        case .focus: .focus(id)
        case .personal: nil
        }
    }
}

/// What a request for a rendered feed gets: 200 with the calendar (no body for HEAD) or 304, with
/// the same validators and caching headers either way. One place for both ways a feed is served.
struct FeedAnswer {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    /// The calendar, for a full GET.
    let body: ByteBuffer?

    init(_ rendered: RenderedFeed, method: HTTPRequest.Method, headers request: HTTPFields) {
        if Self.notModified(request, rendered) {
            (status, headers, body) = (.notModified, rendered.validators, nil)
        } else {
            // The cached buffer is shared, not copied: ByteBuffer is copy-on-write.
            (status, headers, body) = (.ok, rendered.headers, method == .head ? nil : rendered.bytes)
        }
    }

    /// If-None-Match wins over If-Modified-Since (RFC 9110 §13.1.3).
    static func notModified(_ request: HTTPFields, _ rendered: RenderedFeed) -> Bool {
        notModified(request, etag: rendered.etag, lastModified: rendered.lastModified)
    }

    /// Whether a request's validators match a response with `etag` and `lastModified` (seconds since 1970).
    static func notModified(_ request: HTTPFields, etag: String, lastModified: Int) -> Bool {
        if let tags = request[.ifNoneMatch] {
            // Plain Swift on the UTF-8 view: this runs on every conditional request.
            return tags.utf8.split(separator: UInt8(ascii: ",")).contains { tag in
                let trimmed = tag.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                var value = Substring(trimmed)
                while let last = value.utf8.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { value = value.dropLast() }
                if value.hasPrefix("W/") { value = value.dropFirst(2) }
                return value == "*" || value == etag
            }
        }
        if let since = request[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return lastModified <= since
        }
        return false
    }
}
