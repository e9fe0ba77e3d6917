public import Foundation
import Hummingbird
public import ICal
public import Logging
import Metrics
import Prometheus
import SamplanConfig
public import SamplanCore
import SamplanRender
import SamplanServer
import SamplanStore
import ServiceLifecycle
import Synchronization
import UnixSignals

/// `samplan serve`: one ServiceGroup with the reload service and the HTTP server (array order is
/// start order; shutdown runs in reverse, so the server stops taking requests first).
///
/// ```swift
/// try await Daemon(options: DaemonOptions(configDirectory: "config/knivsta"), logger: logger).run()
/// ```
public struct Daemon: Sendable {
    /// Where things are.
    public struct Options: Sendable {
        /// The configuration directory.
        public var configDirectory: String
        /// `--state`, if given.
        public var state: String?
        /// `--listen HOST:PORT`, if given (else `server.listen`, else 127.0.0.1:8080). Port 0 picks a free port.
        public var listen: String?
        /// How often the configuration directory is checked for changes.
        public var pollInterval: Duration
        /// POSTs a personal page token may make in an hour (30; `SAMPLAN_POST_LIMIT` raises it for benchmarks).
        public var postLimit: Int

        /// Options.
        public init(
            configDirectory: String, state: String? = nil, listen: String? = nil, pollInterval: Duration = .seconds(2), postLimit: Int = 30
        ) {
            self.configDirectory = configDirectory
            self.state = state
            self.listen = listen
            self.pollInterval = pollInterval
            self.postLimit = postLimit
        }
    }

    /// Why the daemon could not start.
    public struct StartFailure: Error, CustomStringConvertible {
        /// For the admin.
        public let description: String
    }

    let options: Options
    let logger: Logger
    let clock: @Sendable () -> Int

    /// A daemon; `clock` (seconds since 1970) is injectable for tests.
    public init(options: Options, logger: Logger, clock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }) {
        self.options = options
        self.logger = logger
        self.clock = clock
    }

    /// The metrics registry of this process (swift-metrics is bootstrapped once, here).
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    /// Runs until SIGTERM or SIGINT.
    public func run() async throws {
        let registry = Self.registry
        let state = ServingState()
        let reloads = Counter(label: "samplan_reloads_total", dimensions: [("result", "installed")])
        let failures = Counter(label: "samplan_reloads_total", dimensions: [("result", "rejected")])
        let versionGauge = Gauge(label: "samplan_config_loaded_timestamp_seconds")
        // One series for the version being served: the previous one is removed on each reload.
        let versionInfo = Mutex<(version: String, gauge: Metrics.Gauge)?>(nil)
        let reload = ReloadService(
            directory: options.configDirectory, state: state, pollInterval: options.pollInterval, clock: clock, logger: logger
        ) { outcome in
            switch outcome {
            case let .installed(version):
                reloads.increment()
                versionGauge.record(clock())
                let info = Metrics.Gauge(label: "samplan_config_info", dimensions: [("version", version)])
                versionInfo.withLock { previous in
                    if let previous, previous.version != version { previous.gauge.destroy() }
                    previous = (version, info)
                }
                info.record(1)
            case .rejected:
                failures.increment()
            case .unchanged:
                break
            }
        }
        reload.reload(reason: "start")
        let configuration = state.snapshot?.configuration
        let location = StateLocation.resolve(
            explicit: options.state, environment: ProcessInfo.processInfo.environment, configured: configuration?.settings.statePath,
            workingDirectory: FileManager.default.currentDirectoryPath)
        let store: StateStore
        do {
            store = try StateStore(location: location)
        } catch {
            throw StartFailure(description: "cannot open the state store: \(error.description)")
        }
        // What responsible people submitted counts from the first request on.
        state.refreshSubmissions { try? store.submissions() }
        let (host, port) = try Self.address(options.listen ?? configuration?.settings.listen ?? "127.0.0.1:8080")
        let router = Router()
        router.add(middleware: MetricsMiddleware())
        let routes = SamplanRoutes(state: state, cache: FeedCache(store: store), registry: registry, clock: clock, postLimit: options.postLimit)
        routes.register(on: router)
        let logger = self.logger
        let serverName = "samplan"
        let app = Application(
            router: router, server: routes.server(serverName: serverName),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: serverName),
            onServerRunning: { channel in
                logger.notice("listening on http://\(host):\(channel.localAddress?.port ?? port)")
                SystemdNotifier.notify("READY=1\nSTATUS=serving")
            }, logger: logger)
        let scheduler = JobScheduler(
            state: state, store: store,
            draftsDirectory: { configuration in
                configuration.settings.draftsDirectory.map {
                    $0.hasPrefix("/") ? $0 : FileManager.default.currentDirectoryPath + "/" + $0
                } ?? location.directory + "/drafts"
            }, clock: clock, logger: logger, render: Self.documents)
        let kallelse = KallelseScheduler(state: state, store: store, clock: clock, logger: logger)
        let reminders = ReminderScheduler(state: state, store: store, clock: clock, logger: logger)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [
                    .init(service: reload), .init(service: scheduler), .init(service: kallelse), .init(service: reminders),
                    .init(service: app),
                ],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
        SystemdNotifier.notify("STOPPING=1")
    }

    /// The agenda draft (Markdown and HTML) and the follow-up list (Markdown, when anything lacks
    /// follow-up) of a meeting, in the organization's language.
    public static func documents(_ meeting: Meeting, _ builder: AgendaBuilder, _ asOf: LocalDate) -> [ScheduledDocument] {
        let configuration = builder.configuration
        let agenda = builder.agenda(for: meeting, asOf: asOf)
        let language = configuration.organization.language
        let words = language.words.agenda
        let when = DateText(language).span(meeting.start.local, meeting.end.local)
        var documents = [
            ScheduledDocument(
                kind: "agenda", markdown: AgendaDocument.markdown(agenda, language: language), html: AgendaDocument.html(agenda, language: language),
                subject: words.draftSubject("\(meeting.title), \(when)"))
        ]
        let flags = FlagChecker(builder).flags(for: agenda)
        if !flags.isEmpty {
            documents.append(
                ScheduledDocument(
                    kind: "flags",
                    markdown: FlagsText.render(flags, meetings: [meeting], asOf: asOf, configuration: configuration),
                    html: nil, subject: words.lacking + ": \(meeting.title), \(when)"
                ))
        }
        return documents
    }

    /// `HOST:PORT` (IPv6 as `[::1]:8080`).
    static func address(_ text: String) throws -> (String, Int) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
            throw StartFailure(description: "listen address must be HOST:PORT, not \"\(text)\"")
        }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host.isEmpty ? "127.0.0.1" : host, port)
    }
}
