import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import SamplanCore
import SamplanRender
import Synchronization

/// The årshjul SVGs, rendered once per configuration version and year and served like the feeds:
/// a strong ETag, Last-Modified (when the configuration was loaded), 304 for a conditional request
/// that matches. A handful of years are kept; a new configuration starts afresh.
final class YearWheelCache: Sendable {
    /// One rendered årshjul.
    struct Rendered: Sendable {
        let bytes: ByteBuffer
        let etag: String
        let lastModified: Int
        /// What a 304 carries.
        let validators: HTTPFields
        /// What a 200 carries.
        let headers: HTTPFields

        init(text: String, lastModified: Int, maxAge: Int) {
            bytes = ByteBuffer(string: text)
            etag = "\"" + SHA256.hash(data: Data(text.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
            self.lastModified = lastModified
            validators = [.eTag: etag, .lastModified: HTTPDate.format(lastModified), .cacheControl: "public, max-age=\(max(60, maxAge))"]
            var headers = validators
            headers[.contentType] = "image/svg+xml; charset=utf-8"
            headers[.contentLength] = String(bytes.readableBytes)
            self.headers = headers
        }
    }

    /// The most years kept for one configuration version.
    static let capacity = 8

    private let entries = Mutex<(version: String, years: [Int: Rendered])?>(nil)

    /// The årshjul of `year` for `snapshot`, rendering it when needed.
    func svg(year: Int, snapshot: Snapshot) -> Rendered {
        entries.withLock { entries in
            if entries?.version != snapshot.version { entries = (snapshot.version, [:]) }
            if let rendered = entries?.years[year] { return rendered }
            let configuration = snapshot.configuration
            let text = YearWheelSVG.svg(YearWheel(configuration, year: year), language: configuration.organization.language)
            let rendered = Rendered(text: text, lastModified: snapshot.loadedAt, maxAge: configuration.settings.refresh.totalSeconds)
            if (entries?.years.count ?? 0) >= Self.capacity { entries?.years = [:] }
            entries?.years[year] = rendered
            return rendered
        }
    }
}
