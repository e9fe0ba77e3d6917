import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import SamplanCore
import SamplanRender

/// What the daemon answers when it cannot serve a request (401, 404, 405, 500, 503): what is wrong,
/// in the organization's language (Swedish while no configuration is loaded), as text, or as a small
/// HTML page when the request's `Accept` prefers HTML (a browser that followed a link).
///
/// ```swift
/// ErrorAnswer.response(.notFound, Words.sv.http.notFound, language: .sv, request: request)
/// // 404, "Sidan finns inte.\n" (text/plain; charset=utf-8)
/// ```
enum ErrorAnswer {
    /// The text `text` of the catalog with `status`, in the language of the configuration `state`
    /// serves, or Swedish while none is loaded.
    static func response(_ status: HTTPResponse.Status, _ text: KeyPath<Words.HTTPWords, String>, state: ServingState, request: Request) -> Response {
        let language = state.snapshot?.configuration.organization.language ?? .sv
        return response(status, language.words.http[keyPath: text], language: language, request: request)
    }

    /// `message` with `status`; no body for HEAD (its Content-Length is that of GET).
    static func response(_ status: HTTPResponse.Status, _ message: String, language: Language, request: Request) -> Response {
        let html = prefersHTML(request.headers[.accept])
        let text = html ? ErrorPage.html(status: Int(status.code), message: message, language: language) : message + "\n"
        let bytes = ByteBuffer(string: text)
        let headers: HTTPFields = [
            .contentType: html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", .contentLength: String(bytes.readableBytes),
            .vary: "Accept",
        ]
        return Response(status: status, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: bytes))
    }

    /// Whether an `Accept` header names HTML (`text/html` or `application/xhtml+xml`) with a quality
    /// at least that of plain text (`text/plain`, else `text/*`, else `*/*`). A browser's
    /// `text/html,…,*/*;q=0.8` does; curl's `*/*` and a missing header do not.
    static func prefersHTML(_ accept: String?) -> Bool {
        guard let accept else { return false }
        var html = 0.0
        var plain: Double?
        var text: Double?
        var any: Double?
        for range in accept.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type = parts.first else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            switch type {
            case "text/html", "application/xhtml+xml": html = max(html, quality)
            case "text/plain": plain = max(plain ?? 0, quality)
            case "text/*": text = max(text ?? 0, quality)
            case "*/*": any = max(any ?? 0, quality)
            default: continue
            }
        }
        return html > 0 && html >= (plain ?? text ?? any ?? 0)
    }
}

/// Turns what the router throws into an `ErrorAnswer`: its 404 for a path no route matches, and any
/// other failure of a handler (logged) into a 500. Added before the routes (`SamplanRoutes.register`).
struct ErrorPages<Context: RequestContext>: RouterMiddleware {
    let state: ServingState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return ErrorAnswer.response(.notFound, \.notFound, state: state, request: request)
        } catch let error as any HTTPResponseError {
            throw error
        } catch {
            Logger(label: "samplan.http").error("\(request.method) \(request.uri.path) failed: \(error)")
            return ErrorAnswer.response(.internalServerError, \.failed, state: state, request: request)
        }
    }
}
