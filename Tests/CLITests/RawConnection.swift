import Foundation
import Testing

/// One keep-alive HTTP/1.1 connection on raw sockets, for what URLSession hides: several
/// requests on one connection, pipelining, who closes the connection.
final class RawConnection {
    /// A response as read off the wire; header names in lower case.
    struct Response {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    private let socket: Int32
    private var pending: [UInt8] = []
    /// The server closed the connection (as opposed to a read timing out).
    private(set) var closedByServer = false

    /// Connects to 127.0.0.1:`port`; reads give up after 5 s.
    init(port: UInt16) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard socket >= 0, connected == 0 else {
            close(socket)
            throw Refused()
        }
    }

    struct Refused: Error {}

    deinit { close(socket) }

    /// A request in the form `"GET /path"`, with `Host` and any `headers`, sent at once.
    static func request(_ line: String, headers: [String] = []) -> String {
        "\(line) HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n"
    }

    /// Writes `text` (one or several requests); false when the connection is gone.
    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// Writes `bytes`; false when the connection is gone (a server may stop reading and answer
    /// before all is sent).
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            sent += n
        }
        return true
    }

    /// The next response, whole (its body read by Content-Length; none after HEAD or for 304), or
    /// nil when the connection closed or went quiet before it was complete.
    func response(toHead: Bool = false) -> Response? {
        let separator = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while true {
            if headEnd == nil, let found = pending.indices.dropLast(3).first(where: { pending[$0..<$0 + 4].elementsEqual(separator) }) {
                headEnd = found + 4
            }
            if let end = headEnd {
                let lines = String(decoding: pending[..<(end - 4)], as: UTF8.self).components(separatedBy: "\r\n")
                guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
                var headers: [String: String] = [:]
                for line in lines.dropFirst() {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                let length = toHead || status == 304 ? 0 : Int(headers["content-length"] ?? "0") ?? 0
                if pending.count >= end + length {
                    let body = String(decoding: pending[end..<(end + length)], as: UTF8.self)
                    pending.removeFirst(end + length)
                    return Response(status: status, headers: headers, body: body)
                }
            }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            let n = recv(socket, &buffer, buffer.count, 0)
            if n == 0 { closedByServer = true }
            if n <= 0 { return nil }
            pending += buffer[..<n]
        }
    }

    /// Everything that arrives until the server closes the connection (or 5 s pass quietly).
    func readToEnd() -> String {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(socket, &buffer, buffer.count, 0)
            if n <= 0 { break }
            pending += buffer[..<n]
        }
        defer { pending = [] }
        return String(decoding: pending, as: UTF8.self)
    }

    /// Part of a response arrived and then the connection ended or went quiet.
    var cutShort: Bool { !pending.isEmpty }

    /// True when the server closes the connection with nothing more to read.
    func closes() -> Bool { response() == nil && closedByServer && pending.isEmpty }
}
