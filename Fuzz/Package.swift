// swift-tools-version:6.0
import PackageDescription

// Coverage-guided fuzzers (libFuzzer) over samreg's input paths. Not part of the samreg build:
// `scripts/fuzz --coverage MINUTES` builds them with
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
// and runs each. Without those flags each target is a replay tool: `FuzzImport FILE...` runs
// the given inputs once (what the regression tests do with Fuzz/regressions/).
let package = Package(
    name: "samreg-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "samreg", path: ".."),
    ],
    targets: [
        .executableTarget(name: "FuzzParsers", dependencies: [.product(name: "SamregFuzzing", package: "samreg")]),
        .executableTarget(name: "FuzzImport", dependencies: [.product(name: "SamregFuzzing", package: "samreg")]),
    ],
    swiftLanguageModes: [.v5]
)
