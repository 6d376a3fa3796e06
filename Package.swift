// swift-tools-version:6.0
import PackageDescription

// Layers, each a module with one job; a lower layer never imports a higher one:
// SamregCore (values, no SQLite) → SamregStore (the only writer) → SamregQuery (read-only
// questions) → SamregReports (rendering) → samreg (the command-line executable).
let package = Package(
    name: "samreg",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "samreg", targets: ["samreg"]),
        // The fuzzing harnesses, for the coverage-guided fuzzers in Fuzz/ (a package of their
        // own, built with libFuzzer by `scripts/fuzz --coverage`); the tests replay the same
        // harnesses over the committed corpus and every earlier finding.
        .library(name: "SamregFuzzing", targets: ["SamregFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        // SHA-256 for the audit trail's hash chain (Foundation on Linux has no CryptoKit).
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        // Markdown → HTML for the secretaries' narrative texts in HTML reports.
        .package(url: "https://github.com/JohnSundell/Ink", exact: "0.6.0"),
        // The web registry (`samreg serve`): HTTP server, sessions' building blocks, bcrypt.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
    ],
    targets: [
        .target(name: "SamregCore"),
        // Process-wide SQLite settings made before SQLite is first used (`sqlite3_config` is
        // variadic, so Swift cannot call it): C, linking the same system libsqlite3 as GRDB.
        .target(name: "CSamregSQLite", linkerSettings: [.linkedLibrary("sqlite3")]),
        // Embeds migrations/ and seeds/ into SamregStore at build time (nothing generated is
        // committed); the tool is a small executable the plugin runs.
        .executableTarget(name: "EmbedSQLTool"),
        .plugin(name: "EmbedSQL", capability: .buildTool(), dependencies: ["EmbedSQLTool"]),
        .target(name: "SamregStore", dependencies: [
            "SamregCore", "CSamregSQLite",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ], plugins: ["EmbedSQL"]),
        .target(name: "SamregQuery", dependencies: [
            "SamregCore", "SamregStore",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "SamregReports", dependencies: [
            "SamregCore", "SamregQuery",
            .product(name: "Ink", package: "Ink"),
        ]),
        // The web registry: server-rendered pages over the same family definitions as the CLI.
        .target(name: "SamregWeb", dependencies: [
            "SamregCore", "SamregStore", "SamregQuery", "SamregReports",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "samreg", dependencies: [
            "SamregCore", "SamregStore", "SamregQuery", "SamregReports", "SamregWeb",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "SamregFuzzing", dependencies: ["SamregCore", "SamregStore", "SamregReports"]),
        // What the test targets share (temporary registries, the seeded random generator,
        // running the built executable); used by test targets only.
        .target(name: "SamregTestSupport", dependencies: [
            "SamregCore", "SamregStore",
            .product(name: "GRDB", package: "GRDB.swift"),
        ], path: "Tests/SamregTestSupport"),
        .testTarget(name: "SamregFuzzingTests", dependencies: ["SamregFuzzing"]),
        .testTarget(name: "SamregCoreTests", dependencies: ["SamregCore", "SamregTestSupport"]),
        .testTarget(name: "SamregStoreTests", dependencies: [
            "SamregCore", "SamregStore", "SamregTestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "SamregQueryTests", dependencies: [
            "SamregCore", "SamregStore", "SamregQuery", "SamregTestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "SamregReportsTests", dependencies: [
            "SamregCore", "SamregStore", "SamregQuery", "SamregReports", "SamregTestSupport",
            // CSV.swift's writer and reader, to check the CSV samreg writes against them.
            .product(name: "CSV", package: "CSV.swift"),
        ], exclude: ["Golden"]),
        .testTarget(name: "SamregWebTests", dependencies: [
            "SamregCore", "SamregStore", "SamregQuery", "SamregWeb",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "SamregEndToEndTests", dependencies: [
            "SamregCore", "SamregTestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
