import Foundation
import GRDB
import SamregTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Support for the end-to-end tests: they drive the built `samreg` executable as a user would,
// each in a fresh temporary directory with its own database, and inspect databases with GRDB.

/// A fresh temporary directory with (usually) an initialised registry database in it,
/// removed when the test is done.
final class Sandbox: Sendable {
    let directory: URL
    /// The registry database the tests write to (`registry.sqlite` in the directory).
    let db: String

    /// Creates the directory and, when `initialise`, runs `samreg init --db registry.sqlite`.
    init(initialise: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("samreg-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        db = directory.appendingPathComponent("registry.sqlite").path
        if initialise {
            let result = await Samreg.run(["init", "--db", db], in: directory)
            try #require(result.succeeded, "samreg init failed: \(result)", sourceLocation: sourceLocation)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The absolute path of `name` in the sandbox.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Which database a command is given with `--db`.
    enum Target {
        /// The sandbox's registry.
        case registry
        /// Another file (relative to the sandbox or absolute).
        case file(String)
        /// No --db at all.
        case none
    }

    /// The path a target stands for (nil for `.none`).
    func resolve(_ target: Target) -> String? {
        switch target {
        case .registry: return db
        case .file(let p): return p.hasPrefix("/") ? p : path(p)
        case .none: return nil
        }
    }

    /// Runs samreg in the sandbox with `--db PATH` appended to `arguments`.
    @discardableResult
    func run(_ arguments: [String], db target: Target = .registry, environment: [String: String?] = [:],
             stdin: String? = nil, asNobody: Bool = false) async -> RunResult {
        var args = arguments
        if let p = resolve(target) { args += ["--db", p] }
        return await Samreg.run(args, in: directory, environment: environment, stdin: stdin, asNobody: asNobody)
    }

    /// `run` for a command that must succeed; records an issue with its output otherwise.
    @discardableResult
    func ok(_ arguments: [String], db: Target = .registry, environment: [String: String?] = [:],
            stdin: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) async -> RunResult {
        let result = await run(arguments, db: db, environment: environment, stdin: stdin)
        #expect(result.succeeded, "expected success: \(result)", sourceLocation: sourceLocation)
        return result
    }

    /// Writes `contents` (UTF-8) to `name` in the sandbox and returns the name.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try Data(contents.utf8).write(to: directory.appendingPathComponent(name))
        return name
    }

    /// Writes raw bytes to `name` in the sandbox and returns the name.
    @discardableResult
    func write(_ name: String, bytes: Data) throws -> String {
        try bytes.write(to: directory.appendingPathComponent(name))
        return name
    }

    /// Every row of every table of the database as text (see `DatabaseDump`).
    func dump(_ path: String? = nil) throws -> String {
        try DatabaseDump.text(of: path ?? db)
    }

    /// Runs a command that must be refused: a non-zero exit, exactly one line on standard
    /// error (`samreg: error: …`) that contains every one of `mentions`, nothing on standard
    /// output, and the database exactly as it was.
    @discardableResult
    func expectRefused(_ arguments: [String], mentions: [String], db target: Target = .registry,
                       environment: [String: String?] = [:], stdin: String? = nil, asNobody: Bool = false,
                       sourceLocation: SourceLocation = #_sourceLocation) async throws -> RunResult {
        let dbPath = resolve(target) ?? db
        let before = try dump(dbPath)
        let result = await run(arguments, db: target, environment: environment, stdin: stdin, asNobody: asNobody)
        expectOneLineError(result, mentions: mentions, sourceLocation: sourceLocation)
        let after = try dump(dbPath)
        #expect(after == before, "the database changed: \(firstDifference(after, before))",
                sourceLocation: sourceLocation)
        return result
    }

    // MARK: Fixtures

    /// Adds the bodies most tests refer to: 1 SVN, 2 RPO Ögonsjukdomar, 3 RSG Läkemedel.
    func addBodies(sourceLocation: SourceLocation = #_sourceLocation) async {
        await ok(["body", "add", "--kind", "samverkansnamnd", "--name", "Samverkansnämnden", "--short-name", "SVN",
            "--host-region", "RÖ"], sourceLocation: sourceLocation)
        await ok(["body", "add", "--kind", "rpo", "--name", "RPO Ögonsjukdomar", "--short-name", "RPO Ögon"],
           sourceLocation: sourceLocation)
        await ok(["body", "add", "--kind", "rsg", "--name", "RSG Läkemedel", "--host-region", "RJL"],
           sourceLocation: sourceLocation)
    }

    /// Adds a remiss and returns its id (from "remiss N recorded").
    @discardableResult
    func addRemiss(title: String = "Vårdförlopp sepsis", sender: String = "SKR", category: String = "kunskapsstyrning",
                   received: String = "2025-05-02", deadline: String = "2025-06-30", extra: [String] = [],
                   sourceLocation: SourceLocation = #_sourceLocation) async throws -> Int64 {
        let result = await ok(["remiss", "add", "--title", title, "--sender", sender, "--category", category,
                         "--received", received, "--deadline", deadline] + extra, sourceLocation: sourceLocation)
        return try #require(recordedId(result), "no id in: \(result)", sourceLocation: sourceLocation)
    }

    /// The id in "… N recorded".
    func recordedId(_ result: RunResult) -> Int64? {
        let words = result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard let index = words.firstIndex(of: "recorded"), index > 0 else { return nil }
        return Int64(words[index - 1])
    }

    /// The records of `samreg FAMILY list --format json FILTERS…`, keys in order.
    func listJSON(_ family: String, _ filters: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) async throws -> [[(String, JSONValue)]] {
        let result = await ok([family, "list", "--format", "json"] + filters, sourceLocation: sourceLocation)
        return try JSONValue.parse(result.stdout).objects(sourceLocation: sourceLocation)
    }

    /// The ids listed by `samreg FAMILY list --format json FILTERS…`, in order.
    func listIds(_ family: String, _ filters: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) async throws -> [Int64] {
        try await listJSON(family, filters, sourceLocation: sourceLocation).map { object in
            try #require(object.first { $0.0 == "id" }?.1.int, sourceLocation: sourceLocation)
        }
    }

    /// One record by `samreg FAMILY show KEY --format json`, as field → value.
    func show(_ family: String, _ key: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String: JSONValue] {
        let result = await ok([family, "show", key, "--format", "json"], sourceLocation: sourceLocation)
        let objects = try JSONValue.parse(result.stdout).objects(sourceLocation: sourceLocation)
        try #require(objects.count == 1, "show printed \(objects.count) records", sourceLocation: sourceLocation)
        return Dictionary(objects[0], uniquingKeysWith: { a, _ in a })
    }

    /// A connection for tampering and inspection.
    func openForWriting(_ path: String? = nil) throws -> DatabaseQueue {
        try DatabaseQueue(path: path ?? db)
    }
}

/// Checks a refused command's output: non-zero exit, nothing on standard output, one line on
/// standard error that starts with `samreg: error:` and contains every one of `mentions`.
func expectOneLineError(_ result: RunResult, mentions: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.exitCode != 0, "expected a non-zero exit: \(result)", sourceLocation: sourceLocation)
    #expect(result.exitCode != -1, "samreg did not run: \(result)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, "expected nothing on stdout: \(result)", sourceLocation: sourceLocation)
    #expect(result.stderrLines.count == 1, "expected a one-line message: \(result)", sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix("samreg: error: "), "expected 'samreg: error: …': \(result)", sourceLocation: sourceLocation)
    for needle in mentions {
        #expect(result.stderr.contains(needle), "the message should mention '\(needle)': \(result.stderr)",
                sourceLocation: sourceLocation)
    }
}

// MARK: - Fixture databases

extension Sandbox {
    /// A fresh sandbox whose registry starts as a copy of the fixture `name`: a registry
    /// built once per test run through samreg by `build` (and so identical for every test
    /// that asks for it), which saves each test the commands that build it.
    static func fromFixture(_ name: String, sourceLocation: SourceLocation = #_sourceLocation,
                            build: @escaping @Sendable (Sandbox) async throws -> Void) async throws -> Sandbox {
        let bytes = try await Fixtures.shared.bytes(of: name, build: build)
        let box = try await Sandbox(initialise: false)
        try bytes.write(to: URL(fileURLWithPath: box.db))
        chmod(box.db, 0o600)
        return box
    }
}

/// The fixture databases built so far in this test run, by name.
actor Fixtures {
    static let shared = Fixtures()
    private var builds: [String: Task<Data, Error>] = [:]

    func bytes(of name: String, build: @escaping @Sendable (Sandbox) async throws -> Void) async throws -> Data {
        if let existing = builds[name] { return try await existing.value }
        let task = Task { () async throws -> Data in
            let box = try await Sandbox()
            try await build(box)
            // samreg checkpoints the WAL when it closes the database; make sure of it.
            if FileManager.default.fileExists(atPath: box.db + "-wal") {
                let queue = try DatabaseQueue(path: box.db)
                _ = try queue.inDatabase { db in try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
                try queue.close()
            }
            return try Data(contentsOf: URL(fileURLWithPath: box.db))
        }
        builds[name] = task
        return try await task.value
    }
}

// MARK: - Dumping a database

enum DatabaseDump {
    /// Every row of every table (the schema included; the full-text index and its shadow
    /// tables left out), opened read-only, as text that is equal for equal databases.
    static func text(of path: String) throws -> String {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            var out = ""
            for row in try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name") {
                out += "schema \(row[0] as String? ?? "") \(row[1] as String? ?? "") on \(row[2] as String? ?? ""): \(row[3] as String? ?? "NULL")\n"
            }
            let virtual = try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
                .filter { table in !virtual.contains { table == $0 || table.hasPrefix($0 + "_") } }
            for table in tables {
                out += "table \(table)\n"
                let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                var rows: [String]
                do {
                    rows = try Row.fetchAll(db, sql: "SELECT * FROM \(quoted) ORDER BY rowid").map(render)
                } catch {
                    rows = try Row.fetchAll(db, sql: "SELECT * FROM \(quoted)").map(render).sorted()
                }
                for row in rows { out += "  \(row)\n" }
            }
            return out
        }
    }

    private static func render(_ row: Row) -> String {
        row.columnNames.map { name in "\(name)=\(row[name] as DatabaseValue)" }.joined(separator: " | ")
    }
}

// MARK: - JSON with keys in order

/// A JSON value whose objects keep their keys in the order written (JSONSerialization does
/// not), so that tests can compare JSON keys with CSV header columns.
indirect enum JSONValue: Equatable, CustomStringConvertible, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return String(b)
        case .number(let n): return n
        case .string(let s): return "\"\(s)\""
        case .array(let a): return "[" + a.map(\.description).joined(separator: ", ") + "]"
        case .object(let o): return "{" + o.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
    }

    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var int: Int64? { if case .number(let n) = self { return Int64(n) } else { return nil } }
    var isNull: Bool { self == .null }

    /// The elements of an array of objects.
    func objects(sourceLocation: SourceLocation = #_sourceLocation) throws -> [[(String, JSONValue)]] {
        guard case .array(let elements) = self else {
            Issue.record("expected a JSON array, got \(self)", sourceLocation: sourceLocation)
            throw JSONError(message: "not an array")
        }
        return try elements.map { element in
            guard case .object(let pairs) = element else {
                Issue.record("expected a JSON object, got \(element)", sourceLocation: sourceLocation)
                throw JSONError(message: "not an object")
            }
            return pairs
        }
    }

    struct JSONError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static func parse(_ text: String) throws -> JSONValue {
        var parser = Parser(scalars: Array(text.unicodeScalars))
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == parser.scalars.count else { throw JSONError(message: "trailing text at \(parser.index)") }
        return value
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func skipSpace() {
            while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
        }

        mutating func expect(_ s: Unicode.Scalar) throws {
            skipSpace()
            guard index < scalars.count, scalars[index] == s else { throw JSONError(message: "expected \(s) at \(index)") }
            index += 1
        }

        mutating func value() throws -> JSONValue {
            skipSpace()
            guard index < scalars.count else { throw JSONError(message: "unexpected end") }
            switch scalars[index] {
            case "{":
                index += 1
                var pairs: [(String, JSONValue)] = []
                skipSpace()
                if index < scalars.count, scalars[index] == "}" { index += 1; return .object(pairs) }
                while true {
                    skipSpace()
                    let key = try string()
                    try expect(":")
                    pairs.append((key, try value()))
                    skipSpace()
                    guard index < scalars.count else { throw JSONError(message: "unterminated object") }
                    if scalars[index] == "," { index += 1; continue }
                    if scalars[index] == "}" { index += 1; return .object(pairs) }
                    throw JSONError(message: "expected , or } at \(index)")
                }
            case "[":
                index += 1
                var elements: [JSONValue] = []
                skipSpace()
                if index < scalars.count, scalars[index] == "]" { index += 1; return .array(elements) }
                while true {
                    elements.append(try value())
                    skipSpace()
                    guard index < scalars.count else { throw JSONError(message: "unterminated array") }
                    if scalars[index] == "," { index += 1; continue }
                    if scalars[index] == "]" { index += 1; return .array(elements) }
                    throw JSONError(message: "expected , or ] at \(index)")
                }
            case "\"":
                return .string(try string())
            case "t": try literal("true"); return .bool(true)
            case "f": try literal("false"); return .bool(false)
            case "n": try literal("null"); return .null
            default:
                let start = index
                while index < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) { index += 1 }
                guard index > start else { throw JSONError(message: "unexpected \(scalars[index]) at \(index)") }
                return .number(String(String.UnicodeScalarView(scalars[start..<index])))
            }
        }

        mutating func literal(_ word: String) throws {
            for s in word.unicodeScalars {
                guard index < scalars.count, scalars[index] == s else { throw JSONError(message: "bad literal at \(index)") }
                index += 1
            }
        }

        mutating func string() throws -> String {
            guard index < scalars.count, scalars[index] == "\"" else { throw JSONError(message: "expected a string at \(index)") }
            index += 1
            var out = String.UnicodeScalarView()
            while index < scalars.count {
                let s = scalars[index]
                index += 1
                if s == "\"" { return String(out) }
                if s == "\\" {
                    guard index < scalars.count else { break }
                    let e = scalars[index]
                    index += 1
                    switch e {
                    case "n": out.append("\n")
                    case "r": out.append("\r")
                    case "t": out.append("\t")
                    case "b": out.append("\u{08}")
                    case "f": out.append("\u{0C}")
                    case "u":
                        guard index + 4 <= scalars.count,
                              let code = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16) else {
                            throw JSONError(message: "bad \\u escape at \(index)")
                        }
                        index += 4
                        var value = code
                        if (0xD800..<0xDC00).contains(code), index + 6 <= scalars.count, scalars[index] == "\\", scalars[index + 1] == "u",
                           let low = UInt32(String(String.UnicodeScalarView(scalars[index + 2..<index + 6])), radix: 16) {
                            index += 6
                            value = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                    default: out.append(e)
                    }
                } else {
                    out.append(s)
                }
            }
            throw JSONError(message: "unterminated string")
        }
    }
}

/// The header row of CSV output, split on commas (samreg's field names have none).
func csvHeader(_ output: String) -> [String] {
    guard let first = output.split(separator: "\n", omittingEmptySubsequences: false).first else { return [] }
    return first.trimmingCharacters(in: CharacterSet(charactersIn: "\r\u{FEFF}")).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
}

/// The login name samreg falls back to when neither --actor nor SAMREG_ACTOR is given.
func loginName() -> String {
    if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
    return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
}

/// The permission bits of a file.
func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// Whether this process can write a file whose permission bits say read-only (root can),
/// in which case permission tests must run samreg as another user to show anything.
let permissionBitsAreIgnored: Bool = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("samreg-e2e-perm-\(UUID().uuidString)").path
    _ = FileManager.default.createFile(atPath: path, contents: Data("x".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    chmod(path, 0o444)
    return access(path, W_OK) == 0
}()

/// Whether permission tests can show anything: permission bits bind this user, or samreg can
/// be run as user nobody.
let permissionsCanBeTested: Bool = !permissionBitsAreIgnored
    || (geteuid() == 0 && FileManager.default.isExecutableFile(atPath: Samreg.setprivPath))
