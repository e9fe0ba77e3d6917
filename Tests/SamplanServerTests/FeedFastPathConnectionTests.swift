import Foundation
import HummingbirdCore
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTP1
import NIOHTTPTypesHTTP1
import Prometheus
import SamplanCore
import Testing

@testable import SamplanServer

/// The feed fast path inside the connection pipeline Hummingbird builds for each HTTP/1
/// connection, on an in-memory channel: what the handlers keep must not grow with the number of
/// requests answered on one connection (issue 11).
@Suite("Feed fast path on one long-lived connection")
struct FeedFastPathConnectionTests {
    /// The production pipeline (`SamplanRoutes.server`) over the Knivsta example, samrad.ics rendered.
    private struct Connection {
        let channel = EmbeddedChannel()
        let fastPath: FeedFastPath
        let etag: String
        /// Ends the writer of the async channel the pipeline ends in (the ordinary route's side).
        private let finishWriting: () -> Void

        init() throws {
            let fixture = try RouteFixture()
            let routes = SamplanRoutes(state: fixture.state, cache: fixture.cache, registry: PrometheusCollectorRegistry()) { RouteFixture.now }
            let snapshot = try #require(fixture.state.snapshot)
            etag = try fixture.cache.feed(.body("samrad"), snapshot: snapshot, asOf: snapshot.today(at: RouteFixture.now), now: RouteFixture.now).etag
            let http1 = HTTP1Channel(
                responder: { _, _, _ in }, configuration: .init(additionalChannelHandlers: [FeedFastPath(routes: routes, serverName: "samplan")]))
            let async = try http1.setup(channel: channel, logger: Logger(label: "test")).wait()
            finishWriting = { async.outbound.finish() }
            fastPath = try channel.pipeline.syncOperations.handler(type: FeedFastPath.self)
            try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 8080)).wait()
        }

        /// Sends `requests` in one write and returns the status codes of the response heads written.
        func exchange(_ requests: String) throws -> [Int] {
            try channel.writeInbound(ByteBuffer(string: requests))
            var statuses: [Int] = []
            while let bytes = try channel.readOutbound(as: ByteBuffer.self) {
                // A head is written as one buffer; bodies never start with a status line.
                guard bytes.readableBytesView.starts(with: "HTTP/1.1 ".utf8) else { continue }
                statuses.append(Int(bytes.getString(at: bytes.readerIndex + 9, length: 3) ?? "") ?? 0)
            }
            return statuses
        }

        func close() throws {
            finishWriting()
            _ = try channel.finish(acceptAlreadyClosed: true)
        }

        /// How much the connection's handlers hold in collections and buffers (see `Retained`).
        func retained() throws -> [String: Int] {
            let sync = channel.pipeline.syncOperations
            return [
                "HTTPResponseEncoder": Retained.size(of: try sync.handler(type: HTTPResponseEncoder.self)),
                "HTTPRequestDecoder": Retained.size(of: try sync.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)),
                "HTTP1ToHTTPServerCodec": Retained.size(of: try sync.handler(type: HTTP1ToHTTPServerCodec.self)),
                "FeedFastPath": Retained.size(of: fastPath),
                "HTTPConnectionStateHandler": Retained.size(of: try sync.handler(type: HTTPConnectionStateHandler.self)),
            ]
        }
    }

    @Test("105,000 pipelined GETs, 304s and HEADs on one keep-alive connection: all answered here, nothing kept per request")
    func longConnection() throws {
        let connection = try Connection()
        let request = { (line: String, headers: String) in "\(line) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(headers)\r\n" }
        let round =
            request("GET /calendars/samrad.ics", "") + request("GET /calendars/samrad.ics", "If-None-Match: \(connection.etag)\r\n")
            + request("HEAD /calendars/samrad.ics", "")
        let batch = String(repeating: round, count: 50)
        let expected = Array(repeating: [200, 304, 200], count: 50).flatMap { $0 }
        #expect(try connection.exchange(batch) == expected)
        let warm = try connection.retained()
        // 105,000 requests: enough to show a queue per request, and about 25 s in a debug build.
        let batches = 700
        var wrong = 0
        for _ in 1..<batches where try connection.exchange(batch) != expected { wrong += 1 }
        #expect(wrong == 0, "batches with answers missing or out of order")
        #expect(connection.fastPath.answered == batches * expected.count)
        #expect(connection.fastPath.outstanding.passedOn == 0)
        #expect(connection.fastPath.outstanding.unsent == 0)
        let after = try connection.retained()
        #expect(after == warm, "what each handler holds, after \(expected.count) requests: \(warm); after \(batches * expected.count): \(after)")
        try connection.close()
    }

    @Test("a client that pipelines without reading is held back: no read is asked for while the channel is not writable")
    func backpressure() throws {
        let connection = try Connection()
        let reads = ReadCounter()
        try connection.channel.pipeline.syncOperations.addHandler(reads, position: .first)
        connection.channel.isWritable = false
        connection.channel.pipeline.fireChannelWritabilityChanged()
        connection.channel.read()
        #expect(reads.count == 0)
        connection.channel.isWritable = true
        connection.channel.pipeline.fireChannelWritabilityChanged()
        #expect(reads.count == 1)
        try connection.close()
    }
}

/// Counts the reads that reach the socket end of the pipeline.
private final class ReadCounter: ChannelOutboundHandler {
    typealias OutboundIn = Any
    private(set) var count = 0

    func read(context: ChannelHandlerContext) {
        count += 1
        context.read()
    }
}

/// What a channel handler holds, found by reflection so that nothing needs to know where it is
/// kept: the element capacity of every collection and the capacity of every byte buffer reachable
/// through its stored properties, not following references to the channel, its pipeline or event
/// loop, or to the server's routes (shared, not the connection's state).
enum Retained {
    static func size(of handler: AnyObject) -> Int {
        var seen: Set<ObjectIdentifier> = []
        return size(handler, depth: 0, seen: &seen)
    }

    private static func size(_ value: Any, depth: Int, seen: inout Set<ObjectIdentifier>) -> Int {
        if depth > 12 || value is any Channel || value is ChannelHandlerContext || value is ChannelPipeline || value is any EventLoop
            || value is SamplanRoutes
        {
            return 0
        }
        if let buffer = value as? ByteBuffer { return buffer.capacity }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .class {
            guard seen.insert(ObjectIdentifier(value as AnyObject)).inserted else { return 0 }
        }
        switch mirror.displayStyle {
        case .collection, .dictionary, .set:
            return mirror.children.count
        default:
            var total = 0
            var level: Mirror? = mirror
            while let current = level {
                for child in current.children { total += size(child.value, depth: depth + 1, seen: &seen) }
                level = current.superclassMirror
            }
            return total
        }
    }
}
