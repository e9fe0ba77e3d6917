import HTTPTypes
import ICal
import Metrics
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1
import SamplanCore

/// Serves public feeds that are already rendered straight from the I/O thread, below Hummingbird's
/// async request pipeline: a feed request is then a lookup and one write, as a static file is for
/// nginx. Everything else is passed on untouched, and so is a feed request that needs work
/// (publishing, rendering, a token lookup in SQLite), a request behind one still being answered
/// upstream (HTTP pipelining keeps its order), `Connection: close`, and all requests once the
/// server is shutting down. One per connection (`SamplanRoutes.server`).
///
/// Answers go down through NIO's HTTP/1 response encoder like every other response: the request
/// decoder hands it the method of each request it decodes, which it drops only when a response head
/// passes through it (to frame an answer to HEAD). An answer written below the encoder left one
/// entry a request in that queue for the life of the connection (issue 11: hundreds of MB on a busy
/// keep-alive connection), and the next response that did pass through was framed for the wrong
/// request. Reads wait while the channel is not writable, so that a client that sends requests
/// faster than it reads the answers is held back, as on the ordinary route.
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
    /// A read asked for while the channel was not writable, issued once it is again.
    private var heldRead = false
    /// The organization's day, as of a second and a snapshot (a subscriber asks again and again).
    private var day: Day?
    /// The last response head sent: one per second (its Date header), feed and status.
    private var head: Head?
    /// Requests answered here on this connection, and what is outstanding, for tests: that a
    /// long-lived connection keeps nothing per request.
    private(set) var answered = 0
    var outstanding: (passedOn: Int, unsent: Int) { (passedOn, unsent) }

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
        /// The status line and header fields, converted to HTTP/1 once.
        let head: HTTPResponseHead
    }

    /// The context of the codec between HTTP/1 parts and HTTP types (below this handler): what is
    /// written there goes through the HTTP/1 response encoder. Feed answers are written there as
    /// HTTP/1 parts, their head converted once a second, which spares the per-response building
    /// and conversion of the typed response.
    private var http1: ChannelHandlerContext?

    init(routes: SamplanRoutes, serverName: String) {
        self.routes = routes
        self.serverName = serverName
    }

    func handlerAdded(context: ChannelHandlerContext) {
        http1 = try? context.pipeline.syncOperations.context(handlerType: HTTP1ToHTTPServerCodec.self)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        http1 = nil
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

    func read(context: ChannelHandlerContext) {
        // Answers here are written as requests arrive, not when the client has taken the previous
        // ones: without this a pipelining client that does not read would fill the send queue.
        if context.channel.isWritable { context.read() } else { heldRead = true }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable, heldRead {
            heldRead = false
            context.read()
        }
        context.fireChannelWritabilityChanged()
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
        answered += 1
        let sent = context.eventLoop.makePromise(of: Void.self)
        if let http1 {
            let converted: HTTPResponseHead
            if let head, head.second == ready.second, head.status == answer.status, head.etag == ready.etag {
                converted = head.head
            } else {
                converted = HTTPResponseHead(HTTPResponse(status: answer.status, headerFields: fields))
                head = Head(second: ready.second, etag: ready.etag, status: answer.status, head: converted)
            }
            http1.write(NIOAny(HTTPServerResponsePart.head(converted)), promise: nil)
            if let body = answer.body { http1.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(body))), promise: nil) }
            http1.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil)), promise: sent)
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
