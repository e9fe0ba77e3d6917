import SamplanCore
import Testing

@testable import SamplanServer

/// Which request targets the I/O-thread fast path may answer from rendered feeds. Anything it does
/// not recognise goes to the router, so a wrong "no" costs speed; a wrong "yes" could serve the
/// wrong feed, and a private feed must never be recognised.
@Suite("Feed targets recognised by the fast path")
struct FeedRouteTests {
    @Test(
        "public feed paths, with or without a query, are recognised",
        arguments: [
            ("/calendars/all.ics", FeedRoute.calendars, Feed.all), ("/calendars/samrad.ics", .calendars, .body("samrad")),
            ("/calendars/samrad.ics?source=outlook", .calendars, .body("samrad")), ("/calendars/focus/B.ics", .focus, .focus("B")),
            ("/calendars/focus.ics", .calendars, .body("focus")),
        ])
    func recognised(target: String, route: FeedRoute, feed: Feed) {
        let found = FeedRoute.publicFeed(target)
        #expect(found?.0 == route)
        #expect(found?.1 == feed)
    }

    @Test(
        "private feeds, other paths, extra segments, empty names and percent-encoding are left to the router",
        arguments: [
            "/calendars/private/abc.ics", "/calendars/.ics", "/calendars/focus/.ics", "/calendars/samrad", "/calendars/a/b.ics",
            "/calendars//all.ics", "/calendars/%2e%2e.ics", "/calendars/..%2f..%2fetc%2fpasswd", "/calendars/focus/a/b.ics", "/calendars/",
            "/", "/healthz", "/agenda/x.ics", "calendars/all.ics", "/calendars/all.ics/",
        ])
    func leftToRouter(target: String) {
        #expect(FeedRoute.publicFeed(target) == nil)
    }
}
