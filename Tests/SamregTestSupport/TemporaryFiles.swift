import Foundation

/// The package root, found from this file: Tests/SamregTestSupport/TemporaryFiles.swift.
public let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fresh, empty directory under the system's temporary directory, named `prefix-<uuid>`.
public func makeTempDir(prefix: String = "samreg-test") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

/// Runs `body` with a temporary directory that is removed afterwards.
public func withTempDir<T>(prefix: String = "samreg-test", _ body: (String) throws -> T) throws -> T {
    let dir = try makeTempDir(prefix: prefix)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    return try body(dir)
}

/// The first line where `actual` and `expected` differ, for a readable failure.
public func firstDifference(_ actual: String, _ expected: String) -> String {
    let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
    for i in 0..<max(a.count, e.count) {
        let x = i < a.count ? a[i] : "<end>", y = i < e.count ? e[i] : "<end>"
        if x != y { return "line \(i + 1):\n  got:      \(x)\n  expected: \(y)" }
    }
    return "(no line differs: line endings or bytes)"
}

/// Writes `bytes` to `name` in `dir` and returns the path (import files for the tests).
public func writeFile(_ dir: String, _ name: String, _ bytes: [UInt8]) throws -> String {
    let path = dir + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

/// Writes `text` as UTF-8 to `name` in `dir` and returns the path.
public func writeFile(_ dir: String, _ name: String, _ text: String) throws -> String {
    try writeFile(dir, name, Array(text.utf8))
}
