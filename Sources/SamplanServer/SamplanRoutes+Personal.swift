import Foundation
import HTTPTypes
import Hummingbird
import ICal
import Logging
import NIOCore
import SamplanCore
import SamplanRender
import SamplanStore

/// The personal pages of the responsible people (`GET /p/<page-token>`) and their two forms: a
/// follow-up of an activity and an åtgärd reported done. The page token is not the feed token; an
/// unknown token, and any id that is not the person's own, is 404. Every POST must carry a valid
/// CSRF token and, when it has one, an `Origin` of `server.public_url`; bodies are at most 16 KB,
/// texts at most 4,000 characters, and a token gets at most 30 POSTs an hour.
extension SamplanRoutes {
    /// The largest form body accepted.
    static let maxFormBody = 16_384
    /// The longest follow-up text accepted, in characters.
    static let maxText = 4_000

    /// Adds `/p/…` and `/followups.json` to `router`.
    func registerPersonal(on router: Router<BasicRequestContext>) {
        router.get("/p/:token") { request, context in
            personalPage(request, token: context.parameters.get("token") ?? "")
        }
        router.post("/p/:token/activities/:id/followups") { request, context in
            await submitFollowUp(request, token: context.parameters.get("token") ?? "", id: context.parameters.get("id") ?? "")
        }
        router.post("/p/:token/actions/:id/done") { request, context in
            await reportDone(request, token: context.parameters.get("token") ?? "", id: context.parameters.get("id") ?? "")
        }
        router.get("/followups.json") { request, _ in
            try strategistView(request) { snapshot, _ in
                StrategistView(type: "application/json; charset=utf-8", body: Self.followUpsJSON(snapshot))
            }
        }
    }

    /// The person whose page `token` opens, or nil (the same work for a known and an unknown token).
    func pagePerson(_ token: String, in configuration: Configuration) -> String? {
        (try? cache.person(forPageToken: token, in: configuration)) ?? nil
    }

    /// `GET /p/<page-token>`: the page, with the thanks after a stored answer (`?tack=…`).
    func personalPage(_ request: Request, token: String) -> Response {
        guard let snapshot = state.snapshot else {
            return ErrorAnswer.response(.serviceUnavailable, \.noConfiguration, state: state, request: request)
        }
        guard let person = pagePerson(token, in: snapshot.configuration) else {
            return ErrorAnswer.response(.notFound, \.notFound, state: state, request: request)
        }
        let words = snapshot.configuration.organization.language.words.personal
        let notice: String? =
            switch request.uri.queryParameters.get("tack") {
            case "uppfoljning": words.saved
            case "atgard": words.actionSaved
            default: nil
            }
        return page(snapshot, person: person, token: token, status: .ok, notice: notice, problem: nil, message: nil)
    }

    /// The page of `person` with `status`.
    func page(
        _ snapshot: Snapshot, person: String, token: String, status: HTTPResponse.Status, notice: String?, problem: PersonalPage.Problem?,
        message: String?
    ) -> Response {
        let configuration = snapshot.configuration
        let now = clock()
        let today = snapshot.today(at: now)
        let schedule = ScheduleBuilder.build(configuration, years: (today.year - 1)...(today.year + 1))
        guard let overview = PersonalOverview(configuration, schedule: schedule, person: person, asOf: today),
            let tokens = try? cache.currentTokens()
        else {
            return Response(status: .notFound)
        }
        let base = configuration.settings.publicURL
        let links = PersonalPage.Links(
            page: "/p/" + token, feed: base + Feed.person(person).path(token: tokens.token(for: person)),
            csrf: tokens.csrfToken(pageToken: token, time: now))
        let bytes = ByteBuffer(
            string: PersonalPage.html(overview, configuration: configuration, links: links, notice: notice, problem: problem, message: message))
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8", .contentLength: String(bytes.readableBytes), .cacheControl: "private, no-store",
        ]
        // The token is in the path: never sent to another site as a Referer (same-origin, not no-referrer,
        // which would make browsers send `Origin: null` with the forms), and the page is never framed.
        if let name = HTTPField.Name("Referrer-Policy") { headers[name] = "same-origin" }
        if let name = HTTPField.Name("X-Frame-Options") { headers[name] = "DENY" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: bytes))
    }

    /// What every POST passes before anything is read: a configuration, a known page token, the hour's
    /// allowance, and an `Origin` (when sent) of `server.public_url`. Then the form, at most 16 KB.
    enum Admission {
        case refused(Response)
        case admitted(Snapshot, person: String, form: FormBody?, tokens: FeedTokens)
    }

    func admit(_ request: Request, token: String) async -> Admission {
        guard let snapshot = state.snapshot else {
            return .refused(ErrorAnswer.response(.serviceUnavailable, \.noConfiguration, state: state, request: request))
        }
        let tokens = try? cache.currentTokens()
        guard let tokens, let person = tokens.person(forPageToken: token, among: snapshot.configuration.people.map(\.id)) else {
            return .refused(ErrorAnswer.response(.notFound, \.notFound, state: state, request: request))
        }
        let language = snapshot.configuration.organization.language
        guard limiter.admit(token, now: clock()) else {
            return .refused(ErrorAnswer.response(.tooManyRequests, language.words.personal.tooMany, language: language, request: request))
        }
        if let origin = request.headers[.origin], origin.lowercased() != Self.origin(of: snapshot.configuration.settings.publicURL) {
            return .refused(ErrorAnswer.response(.forbidden, language.words.personal.forbidden, language: language, request: request))
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > Self.maxFormBody {
            return .admitted(snapshot, person: person, form: nil, tokens: tokens)
        }
        guard let body = try? await request.body.collect(upTo: Self.maxFormBody) else {
            return .admitted(snapshot, person: person, form: nil, tokens: tokens)
        }
        return .admitted(snapshot, person: person, form: FormBody(Array(buffer: body)) ?? FormBody([]), tokens: tokens)
    }

    /// `scheme://host[:port]` of a URL, as browsers send it in `Origin`.
    static func origin(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return String(url[..<scheme.upperBound] + host).lowercased()
    }

    /// Whether the form carries a CSRF token of this page made in the last 24 hours.
    func validCSRF(_ form: FormBody, token: String, tokens: FeedTokens) -> Bool {
        guard let csrf = form["csrf"] else { return false }
        return tokens.isValidCSRF(csrf, pageToken: token, now: clock())
    }

    /// `POST /p/<page-token>/activities/<id>/followups`: `status` and `text`, stored in one transaction,
    /// then 303 to the page with the thanks; otherwise 400 with the form shown again, its text kept.
    func submitFollowUp(_ request: Request, token: String, id rawID: String) async -> Response {
        let (snapshot, person, form, tokens): (Snapshot, String, FormBody?, FeedTokens)
        switch await admit(request, token: token) {
        case let .refused(response): return response
        case let .admitted(admitted, who, body, current): (snapshot, person, form, tokens) = (admitted, who, body, current)
        }
        let configuration = snapshot.configuration
        let language = configuration.organization.language
        let words = language.words.personal
        let id = rawID.removingPercentEncoding ?? rawID
        guard configuration.activities.contains(where: { $0.id == id && $0.responsible == person }) else {
            return ErrorAnswer.response(.notFound, \.notFound, state: state, request: request)
        }
        guard let form else {
            return page(
                snapshot, person: person, token: token, status: .badRequest, notice: nil,
                problem: PersonalPage.Problem(activity: id, status: "", text: "", message: words.bodyTooLarge), message: nil)
        }
        guard validCSRF(form, token: token, tokens: tokens) else {
            return ErrorAnswer.response(.forbidden, words.forbidden, language: language, request: request)
        }
        let text = form["text"] ?? ""
        let statusText = form["status"] ?? ""
        let problem: String? =
            if ActivityStatus(text: statusText) == nil {
                words.invalidStatus
            } else if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                words.textMissing
            } else if text.count > Self.maxText {
                words.textTooLong("\(Self.maxText)")
            } else {
                nil
            }
        guard problem == nil, let status = ActivityStatus(text: statusText) else {
            return page(
                snapshot, person: person, token: token, status: .badRequest, notice: nil,
                problem: PersonalPage.Problem(activity: id, status: statusText, text: text, message: problem ?? words.invalidStatus), message: nil)
        }
        let now = clock()
        do {
            let stored = try cache.store.submitFollowUp(
                person: person, activity: id, date: snapshot.today(at: now), status: status, text: text, now: now)
            state.count(Submissions(followUps: [stored]), now: now) { try? cache.store.submissions() }
        } catch {
            Logger(label: "samplan.http").error("follow-up of \(id) by \(person) not stored: \(error.description)")
            return ErrorAnswer.response(.internalServerError, \.failed, state: state, request: request)
        }
        return Self.seeOther("/p/\(token)?tack=uppfoljning#a-" + PersonalPage.segment(id).replacingOccurrences(of: "%", with: "_"))
    }

    /// `POST /p/<page-token>/actions/<id>/done`: the åtgärd reported done, then 303 to the page.
    func reportDone(_ request: Request, token: String, id rawID: String) async -> Response {
        let (snapshot, person, form, tokens): (Snapshot, String, FormBody?, FeedTokens)
        switch await admit(request, token: token) {
        case let .refused(response): return response
        case let .admitted(admitted, who, body, current): (snapshot, person, form, tokens) = (admitted, who, body, current)
        }
        let configuration = snapshot.configuration
        let language = configuration.organization.language
        let words = language.words.personal
        let id = rawID.removingPercentEncoding ?? rawID
        guard configuration.minutes.contains(where: { $0.actions.contains { $0.id == id && $0.responsible == person } }) else {
            return ErrorAnswer.response(.notFound, \.notFound, state: state, request: request)
        }
        guard let form else {
            return page(snapshot, person: person, token: token, status: .badRequest, notice: nil, problem: nil, message: words.bodyTooLarge)
        }
        guard validCSRF(form, token: token, tokens: tokens) else {
            return ErrorAnswer.response(.forbidden, words.forbidden, language: language, request: request)
        }
        let now = clock()
        do {
            try cache.store.reportActionDone(id, person: person, date: snapshot.today(at: now), now: now)
            state.count(Submissions(done: [ReportedDone(action: id, person: person, date: snapshot.today(at: now), submittedAt: now)]), now: now) {
                try? cache.store.submissions()
            }
        } catch {
            Logger(label: "samplan.http").error("åtgärd \(id) by \(person) not stored: \(error.description)")
            return ErrorAnswer.response(.internalServerError, \.failed, state: state, request: request)
        }
        return Self.seeOther("/p/\(token)?tack=atgard")
    }

    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .contentLength: "0", .cacheControl: "no-store"])
    }

    /// `GET /followups.json`: everything submitted through the personal pages.
    static func followUpsJSON(_ snapshot: Snapshot) -> String {
        let configuration = snapshot.fileConfiguration
        let submissions = snapshot.submissions
        let followUps: [[String: Any]] = submissions.followUps.map { item in
            var entry: [String: Any] = [
                "id": Int(item.id), "person": item.person, "activity": item.activity, "date": item.date.description, "status": item.status.rawValue,
                "text": item.text, "submitted_at": iso8601(item.submittedAt),
            ]
            let known = configuration.activities.first { $0.id == item.activity }
            entry["in_files"] = known?.followUps.contains { $0.identity == item.followUp(reporterName: "").identity } ?? false
            if let name = configuration.person(item.person)?.name { entry["name"] = name }
            return entry
        }
        let done: [[String: Any]] = submissions.done.map { item in
            ["action": item.action, "person": item.person, "date": item.date.description, "submitted_at": iso8601(item.submittedAt)]
        }
        let data =
            (try? JSONSerialization.data(
                withJSONObject: ["followups": followUps, "done": done], options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// `2026-05-02T08:00:00Z`.
private func iso8601(_ seconds: Int) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
}
