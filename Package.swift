// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "samplan",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "samplan", targets: ["samplan"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // Hummingbird's own foundations, named for the feed fast path (a NIO channel handler).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The only C: libical through pkg-config.
        .systemLibrary(name: "CLibical", pkgConfig: "libical", providers: [.apt(["libical-dev"])]),
        // Swift face of libical: value types in, value types out.
        .target(name: "ICal", dependencies: ["CLibical"], swiftSettings: swiftSettings),
        // The pure domain: model, holidays, schedule.
        .target(name: "SamplanCore", dependencies: ["ICal"], swiftSettings: swiftSettings),
        // What users read: schedule listings, JSON documents, drafts, reports, the subscribe page.
        .target(
            name: "SamplanRender",
            dependencies: ["SamplanCore", "ICal", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: swiftSettings
        ),
        // SQLite state: event revisions (SEQUENCE), the token secret, drafts sent.
        .target(
            name: "SamplanStore",
            dependencies: ["SamplanCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // YAML directory -> validated model.
        .target(
            name: "SamplanConfig",
            dependencies: ["SamplanCore", "ICal", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // HTTP: routes, feed cache with ETags, token checks.
        .target(
            name: "SamplanServer",
            dependencies: [
                "SamplanCore", "SamplanConfig", "SamplanRender", "SamplanStore", "ICal",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // The long-running parts: reload, job scheduler, the service group.
        .target(
            name: "SamplanDaemon",
            dependencies: [
                "SamplanServer", "SamplanCore", "SamplanConfig", "SamplanStore", "SamplanRender", "ICal",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "samplan",
            dependencies: [
                "SamplanCore", "SamplanConfig", "SamplanRender", "SamplanStore", "SamplanDaemon", "ICal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "samplan-bench",
            dependencies: ["SamplanCore", "SamplanConfig", "SamplanStore", "ICal"],
            path: "Benchmarks/samplan-bench",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "ICalTests", dependencies: ["ICal"], swiftSettings: swiftSettings),
        .testTarget(name: "SamplanCoreTests", dependencies: ["SamplanCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SamplanConfigTests",
            dependencies: ["SamplanConfig", "SamplanCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "SamplanRenderTests", dependencies: ["SamplanRender", "SamplanConfig"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SamplanStoreTests", dependencies: ["SamplanStore", "SamplanCore", "SamplanConfig", "ICal"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SamplanServerTests",
            dependencies: [
                "SamplanServer", "SamplanDaemon", "SamplanStore", "SamplanConfig", "SamplanCore", "ICal",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                // The feed fast path in an in-memory connection pipeline.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "CLITests", dependencies: ["samplan"], swiftSettings: swiftSettings),
    ]
)
