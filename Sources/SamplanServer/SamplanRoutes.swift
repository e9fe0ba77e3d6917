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

/// The HTTP face of samplan (SPEC §7): public and private feeds with ETag and Last-Modified, the
/// subscribe page, agendas (public, or the strategist's draft with their token), health and metrics.
/// Handlers read the current snapshot and never re-parse files. What cannot be served is answered in
/// the organization's language (`ErrorAnswer`).
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
    /// The årshjul SVGs as last rendered.
    let yearWheels = YearWheelCache()
    /// The POSTs of each page token in the last hour.
    let limiter: PostLimiter

    /// Routes over `state`, publishing through `cache`; `clock` gives seconds since 1970. A page token
    /// gets `postLimit` POSTs an hour (30; a benchmark may raise it).
    public init(
        state: ServingState, cache: FeedCache, registry: PrometheusCollectorRegistry, clock: @escaping @Sendable () -> Int, postLimit: Int = 30
    ) {
        self.state = state
        self.cache = cache
        self.registry = registry
        self.clock = clock
        limiter = PostLimiter(limit: postLimit)
    }

    /// Hummingbird's HTTP/1 server with the feed fast path (`FeedFastPath`) in each connection's
    /// pipeline; `serverName` is the Server header, as `ApplicationConfiguration.serverName` gives it
    /// to the other responses.
    public func server(serverName: String) -> HTTPServerBuilder {
        .http1(configuration: HTTP1Channel.Configuration(additionalChannelHandlers: [FeedFastPath(routes: self, serverName: serverName)]))
    }

    /// Adds every route to `router`, after the middleware that words the router's own errors.
    public func register(on router: Router<BasicRequestContext>) {
        router.add(middleware: ErrorPages(state: state))
        for method in [HTTPRequest.Method.get, .head] {
            for route in FeedRoute.allCases {
                router.on(RouterPath(route.rawValue), method: method) { request, context in
                    feedResponse(request, route: route, name: context.parameters.get("name"))
                }
            }
        }
        for method in [HTTPRequest.Method.get, .head] {
            router.on("/", method: method) { request, _ in subscribePage(request) }
            router.on("/arshjul.svg", method: method) { request, _ in yearWheelResponse(request) }
            router.on("/agenda/:name", method: method) { request, context in agendaResponse(request, name: context.parameters.get("name")) }
            router.on("/minutes/:name", method: method) { request, context in minutesResponse(request, name: context.parameters.get("name")) }
        }
        // Everything here is read-only: a write method on a known path is 405 with what does work.
        let readOnly: [(RouterPath, Allowed)] =
            (FeedRoute.allCases.map(\.rawValue) + ["/", "/arshjul.svg", "/agenda/:name", "/minutes/:name"]).map { (RouterPath($0), .getAndHead) }
            + ["/flags.json", "/followups.json", "/healthz", "/metrics", "/p/:token"].map { (RouterPath($0), .get) }
        for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
            for (path, allowed) in readOnly {
                router.on(path, method: method) { request, _ in
                    var response = ErrorAnswer.response(.methodNotAllowed, allowed.text, state: state, request: request)
                    response.headers[.allow] = allowed.header
                    return response
                }
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
        registerPersonal(on: router)
        router.get("/healthz") { _, _ in health() }
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }

    /// The methods a read-only path answers, for the 405 of any other.
    enum Allowed: Sendable {
        case get, getAndHead

        /// The `Allow` header.
        var header: String {
            switch self {
            case .get: "GET"
            case .getAndHead: "GET, HEAD"
            }
        }

        /// What the answer says.
        var text: KeyPath<Words.HTTPWords, String> {
            switch self {
            case .get: \.onlyGet
            case .getAndHead: \.onlyGetAndHead
            }
        }
    }

    /// The feed a request names, rendering it first when needed (on a task, never on an I/O thread).
    func feedResponse(_ request: Request, route: FeedRoute, name: String?) -> Response {
        guard let snapshot = state.snapshot else {
            return ErrorAnswer.response(.serviceUnavailable, \.noConfiguration, state: state, request: request)
        }
        guard let name, let feed = feed(route, name: name, in: snapshot.configuration) else {
            return ErrorAnswer.response(.notFound, \.notFound, state: state, request: request)
        }
        let now = clock()
        let rendered: RenderedFeed
        do {
            rendered = try cache.feed(feed, snapshot: snapshot, asOf: snapshot.today(at: now), now: now)
        } catch {
            Logger(label: "samplan.http").error("feed \(feed) failed: \(error)")
            return ErrorAnswer.response(.internalServerError, \.feedFailed, state: state, request: request)
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

    /// A strategist's document: its type, text and, when it was asked for by another name, its own address.
    struct StrategistView {
        var type: String
        var body: String
        var location: String? = nil
    }

    /// The token a request carries, as `?token=` or `Authorization: Bearer`; nil when it carries none.
    func token(of request: Request) -> String? {
        if let query = request.uri.queryParameters.get("token"), !query.isEmpty { return String(query) }
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "), header.count > 7 else { return nil }
        return String(header.dropFirst(7))
    }

    /// Whether `token` is the strategist's private-feed token. A missing and a wrong token take the
    /// same path (a constant-time check over every person).
    func isStrategist(_ token: String?, in configuration: Configuration) -> Bool {
        let person = (try? cache.person(forToken: token ?? "", in: configuration)) ?? nil
        return person == configuration.organization.strategist
    }

    /// 401 with what is needed.
    func unauthorized(_ request: Request) -> Response {
        var response = ErrorAnswer.response(.unauthorized, \.tokenNeeded, state: state, request: request)
        response.headers[.wwwAuthenticate] = "Bearer realm=\"samplan\""
        return response
    }

    /// A view for the strategist only: without their token, or with another, 401.
    func strategistView(_ request: Request, render: (Snapshot, LocalDate) throws -> StrategistView?) throws -> Response {
        guard let snapshot = state.snapshot else {
            return ErrorAnswer.response(.serviceUnavailable, \.noConfiguration, state: state, request: request)
        }
        guard isStrategist(token(of: request), in: snapshot.configuration) else { return unauthorized(request) }
        guard let view = try render(snapshot, snapshot.today(at: clock())) else {
            return ErrorAnswer.response(.notFound, \.notFound, state: state, request: request)
        }
        var headers: HTTPFields = [.contentType: view.type, .cacheControl: "private, no-store"]
        if let location = view.location { headers[.contentLocation] = location }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: view.body)))
    }

    /// A meeting's agenda, `name` being `<meeting-id>.html` or `.md` (or the day it is held for the
    /// id). Without a token, the public agenda, which anyone who follows a calendar link may read; with
    /// the strategist's token, their full draft; with any other token, 401. A meeting's own agenda
    /// only: nothing of other meetings.
    func agendaResponse(_ request: Request, name: String?) -> Response {
        guard let snapshot = state.snapshot else {
            return ErrorAnswer.response(.serviceUnavailable, \.noConfiguration, state: state, request: request)
        }
        let configuration = snapshot.configuration
        let token = token(of: request)
        let draft = token != nil
        if draft, !isStrategist(token, in: configuration) { return unauthorized(request) }
        guard let named = Self.agendaName(name), let meetingID = MeetingID(named.id) else {
            return ErrorAnswer.response(.notFound, \.notFound, state: state, request: request)
        }
        let (id, format) = named
        let schedule = ScheduleBuilder.build(configuration, years: (meetingID.date.year - 1)...(meetingID.date.year + 1))
        guard let meeting = schedule.meeting(named: id) else { return ErrorAnswer.response(.notFound, \.notFound, state: state, request: request) }
        let agenda = AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: meeting, asOf: snapshot.today(at: clock()))
        let language = configuration.organization.language
        let text: String
        switch (format == "md", draft) {
        case (true, true): text = AgendaDocument.markdown(agenda, language: language)
        case (false, true): text = AgendaDocument.html(agenda, language: language)
        case (true, false): text = AgendaDocument.publicMarkdown(agenda, language: language)
        case (false, false): text = AgendaDocument.publicHTML(agenda, language: language)
        }
        let bytes = ByteBuffer(string: text)
        var headers: HTTPFields = [
            .contentType: format == "md" ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8",
            .contentLength: String(bytes.readableBytes),
            // The public agenda may be kept by caches, but not handed to a request with the token.
            .cacheControl: draft ? "private, no-store" : "public, max-age=300",
        ]
        if !draft { headers[.vary] = "Authorization" }
        // Named by the day it is held: the answer names the meeting's own id.
        if meeting.id != id { headers[.contentLocation] = "/agenda/\(meeting.id).\(format)" }
        return Response(status: .ok, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: bytes))
    }

    /// The minutes of a held meeting: public (the minutes of a body that does not decide are public
    /// documents) unless `minutes: {public: false}`, then only with the strategist's token.
    func minutesResponse(_ request: Request, name: String?) -> Response {
        guard let snapshot = state.snapshot else {
            return ErrorAnswer.response(.serviceUnavailable, \.noConfiguration, state: state, request: request)
        }
        let configuration = snapshot.configuration
        let token = token(of: request)
        if !configuration.settings.minutesPublic || token != nil, !isStrategist(token, in: configuration) { return unauthorized(request) }
        guard let named = Self.agendaName(name), let meetingID = MeetingID(named.id) else {
            return ErrorAnswer.response(.notFound, \.notFound, state: state, request: request)
        }
        let schedule = ScheduleBuilder.build(configuration, years: (meetingID.date.year - 1)...(meetingID.date.year + 1))
        guard let meeting = schedule.meeting(named: named.id), let minutes = configuration.minutes(of: meeting.id) else {
            return ErrorAnswer.response(.notFound, \.notFound, state: state, request: request)
        }
        let agenda = AgendaBuilder(configuration: configuration, schedule: schedule).agenda(for: meeting, asOf: meeting.start.local.date)
        let text =
            named.format == "md"
            ? MinutesDocument.markdown(minutes, agenda: agenda, configuration: configuration)
            : MinutesDocument.html(minutes, agenda: agenda, configuration: configuration)
        let bytes = ByteBuffer(string: text)
        var headers: HTTPFields = [
            .contentType: named.format == "md" ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8",
            .contentLength: String(bytes.readableBytes),
            .cacheControl: configuration.settings.minutesPublic ? "public, max-age=300" : "private, no-store",
        ]
        if meeting.id != named.id { headers[.contentLocation] = "/minutes/\(meeting.id).\(named.format)" }
        return Response(status: .ok, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: bytes))
    }

    /// `<meeting-id>.md` or `<meeting-id>.html` as the id and the format; nil for any other name.
    static func agendaName(_ name: String?) -> (id: String, format: Substring)? {
        guard let name, let dot = name.lastIndex(of: ".") else { return nil }
        let format = name[name.index(after: dot)...]
        guard format == "md" || format == "html" else { return nil }
        return (String(name[..<dot]), format)
    }

    /// The subscribe page: public, so built at most once a minute per configuration version.
    func subscribePage(_ request: Request) -> Response {
        guard let snapshot = state.snapshot else {
            return ErrorAnswer.response(.serviceUnavailable, \.noConfiguration, state: state, request: request)
        }
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

    /// The årshjul: this year in the organization's time zone, or `?year=` (1900–2199; anything else is 400).
    func yearWheelResponse(_ request: Request) -> Response {
        guard let snapshot = state.snapshot else {
            return ErrorAnswer.response(.serviceUnavailable, \.noConfiguration, state: state, request: request)
        }
        var year = snapshot.today(at: clock()).year
        if let text = request.uri.queryParameters.get("year") {
            guard text.count <= 4, let value = Int(text), SupportedYears.contains(value) else {
                let language = snapshot.configuration.organization.language
                return ErrorAnswer.response(.badRequest, language.words.http.invalidYear(SupportedYears.text), language: language, request: request)
            }
            year = value
        }
        let rendered = yearWheels.svg(year: year, snapshot: snapshot)
        if FeedAnswer.notModified(request.headers, etag: rendered.etag, lastModified: rendered.lastModified) {
            return Response(status: .notModified, headers: rendered.validators)
        }
        return Response(
            status: .ok, headers: rendered.headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: rendered.bytes))
    }

    func health() -> Response {
        var document: [String: Any] = ["errors": state.errors, "mail_failures": state.mailFailures]
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
            document["message"] = Language.sv.words.http.noConfiguration
        }
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: Array(data) + [10])))
    }
}

/// The subscribe page as last built: its configuration version, minute and bytes.
final class PageCache: Sendable {
    let entry = Mutex<(version: String, minute: Int, bytes: ByteBuffer)?>(nil)
}
