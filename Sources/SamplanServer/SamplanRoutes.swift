import Foundation
import HTTPTypes
public import Hummingbird
public import HummingbirdCore
import ICal
import Logging
public import Prometheus
import SamplanCore
import SamplanRender
import SamplanStore
import Synchronization

/// The HTTP face of samplan (SPEC §7): public and private feeds with ETag and Last-Modified,
/// health and metrics. Handlers read the current snapshot and never re-parse files.
///
/// ```swift
/// let router = Router()
/// SamplanRoutes(state: state, cache: cache, registry: registry, clock: { Int(Date().timeIntervalSince1970) }).register(on: router)
/// ```
public struct SamplanRoutes: Sendable {
    let state: ServingState
    let cache: FeedCache
    let registry: PrometheusCollectorRegistry
    let clock: @Sendable () -> Int
    /// The subscribe page as last built.
    let page = PageCache()

    /// Routes over `state`, publishing through `cache`; `clock` gives seconds since 1970.
    public init(state: ServingState, cache: FeedCache, registry: PrometheusCollectorRegistry, clock: @escaping @Sendable () -> Int) {
        self.state = state
        self.cache = cache
        self.registry = registry
        self.clock = clock
    }

    /// Hummingbird's HTTP/1 server with the feed fast path (`FeedFastPath`) in each connection's
    /// pipeline; `serverName` is the Server header, as `ApplicationConfiguration.serverName` gives it
    /// to the other responses.
    public func server(serverName: String) -> HTTPServerBuilder {
        .http1(configuration: HTTP1Channel.Configuration(additionalChannelHandlers: [FeedFastPath(routes: self, serverName: serverName)]))
    }

    /// Adds every route to `router`.
    public func register(on router: Router<BasicRequestContext>) {
        for method in [HTTPRequest.Method.get, .head] {
            for route in FeedRoute.allCases {
                router.on(RouterPath(route.rawValue), method: method) { request, context in
                    feedResponse(request, route: route, name: context.parameters.get("name"))
                }
            }
        }
        for method in [HTTPRequest.Method.get, .head] {
            router.on("/", method: method) { request, _ in subscribePage(request) }
        }
        // Everything here is read-only: a write method on a known path is 405 with what does work.
        let readOnly: [(RouterPath, String)] =
            FeedRoute.allCases.map { (RouterPath($0.rawValue), "GET, HEAD") } + [("/", "GET, HEAD")]
            + ["/agenda/:name", "/flags.json", "/healthz", "/metrics"].map { (RouterPath($0), "GET") }
        for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
            for (path, allowed) in readOnly {
                router.on(path, method: method) { _, _ in
                    var response = Self.plain(.methodNotAllowed, "only \(allowed) here\n")
                    response.headers[.allow] = allowed
                    return response
                }
            }
        }
        router.get("/agenda/:name") { request, context in
            try strategistView(request) { snapshot, today in
                guard let name = context.parameters.get("name"), let dot = name.lastIndex(of: ".") else { return nil }
                let id = String(name[..<dot])
                let format = name[name.index(after: dot)...]
                guard format == "md" || format == "html", let named = MeetingID(id) else { return nil }
                let configuration = snapshot.configuration
                let schedule = ScheduleBuilder.build(configuration, years: (named.date.year - 1)...(named.date.year + 1))
                guard let meeting = schedule.meeting(named: id) else { return nil }
                let agenda = AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: meeting, asOf: today)
                let language = configuration.organization.language
                // Named by the day it is held: the answer names the meeting's own id.
                let location = meeting.id == id ? nil : "/agenda/\(meeting.id).\(format)"
                return format == "md"
                    ? StrategistView(type: "text/markdown; charset=utf-8", body: AgendaDocument.markdown(agenda, language: language), location: location)
                    : StrategistView(type: "text/html; charset=utf-8", body: AgendaDocument.html(agenda, language: language), location: location)
            }
        }
        router.get("/flags.json") { request, _ in
            try strategistView(request) { snapshot, today in
                let configuration = snapshot.configuration
                let schedule = ScheduleBuilder.build(configuration, years: (today.year - 1)...(today.year + 2))
                let flags = FlagChecker(configuration: configuration, schedule: schedule).upcomingFlags(asOf: today)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(FlagsDocument(flags, language: configuration.organization.language))
                return StrategistView(type: "application/json; charset=utf-8", body: String(decoding: data, as: UTF8.self) + "\n")
            }
        }
        router.get("/healthz") { _, _ in health() }
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }

    /// The feed a request names, rendering it first when needed (on a task, never on an I/O thread).
    func feedResponse(_ request: Request, route: FeedRoute, name: String?) -> Response {
        guard let snapshot = state.snapshot else { return Self.plain(.serviceUnavailable, "no configuration loaded\n") }
        guard let name, let feed = feed(route, name: name, in: snapshot.configuration) else { return Self.plain(.notFound, "not found\n") }
        let now = clock()
        let rendered: RenderedFeed
        do {
            rendered = try cache.feed(feed, snapshot: snapshot, asOf: snapshot.today(at: now), now: now)
        } catch {
            Logger(label: "samplan.http").error("feed \(feed) failed: \(error)")
            return Self.plain(.internalServerError, "the feed could not be built; see the log\n")
        }
        let answer = FeedAnswer(rendered, method: request.method, headers: request.headers)
        return Response(status: answer.status, headers: answer.headers, body: answer.body.map { ResponseBody(byteBuffer: $0) } ?? ResponseBody())
    }

    /// The feed `name` (`<id>.ics`, or `<token>.ics` for a private feed) names under `route`, if any.
    func feed(_ route: FeedRoute, name: String, in configuration: Configuration) -> Feed? {
        guard name.hasSuffix(".ics"), name.count > 4 else { return nil }
        let id = String(name.dropLast(4))
        switch route.publicFeed(id: id) {
        case .all: return .all
        case let .body(id): return configuration.body(id) != nil ? .body(id) : nil
        case let .focus(id): return configuration.focusAreas.contains { $0.id == id } ? .focus(id) : nil
        case nil: return (try? cache.person(forToken: id, in: configuration)).flatMap { $0 }.map { .person($0) }
        case .person: return nil  // publicFeed(id:) never names a person
        }
    }

    /// A view for the strategist: their private-feed token as `?token=` or `Authorization: Bearer`.
    /// A missing and a wrong token take the same path (a constant-time check) and both get 401.
    /// A strategist's document: its type, text and, when it was asked for by another name, its own address.
    struct StrategistView {
        var type: String
        var body: String
        var location: String? = nil
    }

    func strategistView(_ request: Request, render: (Snapshot, LocalDate) throws -> StrategistView?) throws -> Response {
        guard let snapshot = state.snapshot else { return Self.plain(.serviceUnavailable, "no configuration loaded\n") }
        let bearer = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        let token = request.uri.queryParameters.get("token") ?? bearer ?? ""
        let configuration = snapshot.configuration
        let person = (try? cache.person(forToken: token, in: configuration)) ?? nil
        guard person == configuration.organization.strategist else {
            var response = Self.plain(.unauthorized, "the strategist's token is needed (?token= or Authorization: Bearer)\n")
            response.headers[.wwwAuthenticate] = "Bearer realm=\"samplan\""
            return response
        }
        guard let view = try render(snapshot, snapshot.today(at: clock())) else { return Self.plain(.notFound, "not found\n") }
        var headers: HTTPFields = [.contentType: view.type, .cacheControl: "private, no-store"]
        if let location = view.location { headers[.contentLocation] = location }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: view.body)))
    }

    /// The subscribe page: public, so built at most once a minute per configuration version.
    func subscribePage(_ request: Request) -> Response {
        guard let snapshot = state.snapshot else { return Self.plain(.serviceUnavailable, "no configuration loaded\n") }
        let now = clock()
        let bytes = page.entry.withLock { page in
            if let page, page.version == snapshot.version, page.minute == now / 60 { return page.bytes }
            let today = snapshot.today(at: now)
            let schedule = ScheduleBuilder.build(snapshot.configuration, years: today.year...(today.year + 1))
            let bytes = ByteBuffer(string: SubscribePage.html(snapshot.configuration, schedule: schedule, now: now))
            page = (snapshot.version, now / 60, bytes)
            return bytes
        }
        let headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8", .cacheControl: "public, max-age=300", .contentLength: String(bytes.readableBytes),
        ]
        return Response(status: .ok, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: bytes))
    }

    func health() -> Response {
        var document: [String: Any] = ["errors": state.errors]
        let status: HTTPResponse.Status
        if let snapshot = state.snapshot {
            status = .ok
            document["status"] = "ok"
            document["version"] = snapshot.version
            document["loaded_at"] = HTTPDate.format(snapshot.loadedAt)
            document["organization"] = snapshot.configuration.organization.id
        } else {
            status = .serviceUnavailable
            document["status"] = "no configuration loaded"
        }
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: Array(data) + [10])))
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// The subscribe page as last built: its configuration version, minute and bytes.
final class PageCache: Sendable {
    let entry = Mutex<(version: String, minute: Int, bytes: ByteBuffer)?>(nil)
}
