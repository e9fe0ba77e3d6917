import HTTPTypes
import ICal
import Metrics
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import SamplanCore

/// Serves public feeds that are already rendered straight from the I/O thread, below Hummingbird's
/// async request pipeline: a feed request is then a lookup and one write, as a static file is for
/// nginx. Everything else is passed on untouched, and so is a feed request that needs work
/// (publishing, rendering, a token lookup in SQLite), a request behind one still being answered
/// upstream (HTTP pipelining keeps its order), `Connection: close`, and all requests once the
/// server is shutting down. One per connection (`SamplanRoutes.server`).
final class FeedFastPath: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let routes: SamplanRoutes
    private let serverName: String
    /// Requests passed on whose responses have not ended yet.
    private var passedOn = 0
    /// The rest (body, end) of a request answered here is dropped.
    private var answering = false
    /// Responses written here and not yet handed to the socket.
    private var unsent = 0
    /// The server is shutting down: answer nothing here; the event goes on once `unsent` is 0.
    private var quiescing = false
    private var heldQuiesceEvent: Any?
    /// The organization's day, as of a second and a snapshot (a subscriber asks again and again).
    private var day: Day?
    /// The last response head sent: one per second (its Date header), feed and status.
    private var head: Head?

    /// A feed request that can be answered here.
    private struct Ready {
        let route: FeedRoute
        let second: Int
        let etag: String
        let answer: FeedAnswer
    }

    private struct Day {
        let second: Int
        let snapshot: Snapshot
        let date: LocalDate
    }

    private struct Head {
        let second: Int
        let etag: String
        let status: HTTPResponse.Status
        /// The status line and header fields as sent.
        let bytes: ByteBuffer
    }

    /// The HTTP/1 response encoder's context: what is written there goes to the socket as it is.
    /// Feed answers are written there ready-encoded (their head made once a second), which spares
    /// the per-response conversion and encoding of the typed response.
    private var wire: ChannelHandlerContext?

    init(routes: SamplanRoutes, serverName: String) {
        self.routes = routes
        self.serverName = serverName
    }

    func handlerAdded(context: ChannelHandlerContext) {
        wire = try? context.pipeline.syncOperations.context(handlerType: HTTPResponseEncoder.self)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        wire = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case let .head(request):
            if passedOn == 0, !quiescing, let answer = readyAnswer(request) {
                answering = true
                send(answer, method: request.method, context: context)
            } else {
                answering = false
                passedOn += 1
                context.fireChannelRead(data)
            }
        case .body, .end:
            if !answering { context.fireChannelRead(data) }
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // An answer to no request read here (Hummingbird's 400 for a parse error) leaves this
        // negative: the connection then stays on the ordinary route, the safe side.
        if case .end = unwrapOutboundIn(data) { passedOn -= 1 }
        context.write(data, promise: promise)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is ChannelShouldQuiesceEvent else { return context.fireUserInboundEventTriggered(event) }
        // Hummingbird closes an idle connection on this event; a response of ours still in the
        // socket's queue would be cut, so the event waits for it.
        quiescing = true
        if unsent == 0 { context.fireUserInboundEventTriggered(event) } else { heldQuiesceEvent = event }
    }

    /// The answer to a GET or HEAD of a public feed that is rendered for today's snapshot, or nil.
    private func readyAnswer(_ request: HTTPRequest) -> Ready? {
        guard request.method == .get || request.method == .head, request.headerFields[.connection] != "close",
            let path = request.path, let (route, feed) = FeedRoute.publicFeed(path), let snapshot = routes.state.snapshot
        else { return nil }
        let now = routes.clock()
        let today: LocalDate
        if let day, day.second == now, day.snapshot === snapshot {
            today = day.date
        } else {
            today = snapshot.today(at: now)
            day = Day(second: now, snapshot: snapshot, date: today)
        }
        guard let rendered = routes.cache.readyFeed(feed, snapshot: snapshot, asOf: today) else { return nil }
        return Ready(
            route: route, second: now, etag: rendered.etag, answer: FeedAnswer(rendered, method: request.method, headers: request.headerFields))
    }

    private func send(_ ready: Ready, method: HTTPRequest.Method, context: ChannelHandlerContext) {
        let started = NIODeadline.now()
        let answer = ready.answer
        var fields: HTTPFields {
            var fields = answer.headers
            fields[.date] = HTTPDate.format(ready.second)
            fields[.server] = serverName
            return fields
        }
        unsent += 1
        let sent = context.eventLoop.makePromise(of: Void.self)
        if let wire {
            let bytes: ByteBuffer
            if let head, head.second == ready.second, head.status == answer.status, head.etag == ready.etag {
                bytes = head.bytes
            } else {
                bytes = Self.encode(answer.status, fields)
                head = Head(second: ready.second, etag: ready.etag, status: answer.status, bytes: bytes)
            }
            wire.write(NIOAny(bytes), promise: answer.body == nil ? sent : nil)
            if let body = answer.body { wire.write(NIOAny(body), promise: sent) }
            wire.flush()
        } else {
            context.write(wrapOutboundOut(.head(HTTPResponse(status: answer.status, headerFields: fields))), promise: nil)
            if let body = answer.body { context.write(wrapOutboundOut(.body(body)), promise: nil) }
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: sent)
        }
        sent.futureResult.assumeIsolatedUnsafeUnchecked().whenComplete { _ in
            self.unsent -= 1
            if self.unsent == 0, let event = self.heldQuiesceEvent {
                self.heldQuiesceEvent = nil
                context.fireUserInboundEventTriggered(event)
            }
        }
        RequestMetrics.record(route: ready.route, method: method, status: answer.status, duration: NIODeadline.now() - started)
    }
}

extension FeedFastPath {
    /// An HTTP/1.1 status line and header block.
    static func encode(_ status: HTTPResponse.Status, _ fields: HTTPFields) -> ByteBuffer {
        var bytes = ByteBuffer()
        bytes.writeString("HTTP/1.1 \(status.code) \(status.reasonPhrase)\r\n")
        for field in fields {
            bytes.writeString(field.name.rawName)
            bytes.writeStaticString(": ")
            bytes.writeString(field.value)
            bytes.writeStaticString("\r\n")
        }
        bytes.writeStaticString("\r\n")
        return bytes
    }
}

/// The request series Hummingbird's MetricsMiddleware keeps (`hb_requests`,
/// `http_server_request_duration_seconds`), for the requests the fast path answers itself, so that
/// /metrics counts every request once whichever way it was served.
enum RequestMetrics {
    private static let routes = [FeedRoute.calendars, .focus]
    private static let methods = [HTTPRequest.Method.get, .head]
    private static let statuses = [HTTPResponse.Status.ok, .notModified]

    /// Every series the fast path can produce, made once (so each shows from the start, at 0):
    /// route by method by status, in the order of the lists above.
    private static let series: [(Counter, Timer)] = routes.flatMap { route in
        methods.flatMap { method in
            statuses.map { status in
                let dimensions = [
                    ("http.route", route.rawValue), ("http.request.method", method.rawValue), ("http.response.status_code", String(status.code)),
                ]
                return (Counter(label: "hb.requests", dimensions: dimensions), Timer(label: "http.server.request.duration", dimensions: dimensions))
            }
        }
    }

    static func record(route: FeedRoute, method: HTTPRequest.Method, status: HTTPResponse.Status, duration: TimeAmount) {
        guard let r = routes.firstIndex(of: route), let m = methods.firstIndex(of: method), let s = statuses.firstIndex(of: status) else { return }
        let (counter, timer) = series[(r * methods.count + m) * statuses.count + s]
        counter.increment()
        timer.recordNanoseconds(duration.nanoseconds)
    }
}
