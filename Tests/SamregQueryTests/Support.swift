import Foundation
import GRDB
import SamregCore
import SamregQuery
import SamregStore
import Testing

/// A fresh, empty directory under the system's temporary directory.
func makeTempDir() throws -> String {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("samreg-query-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

/// Runs `body` with a freshly created registry (`r.sqlite` in a temporary directory, actor
/// `tester`, today `today`), optionally seeded; closed and removed afterwards.
func withRegistry<T>(seeded: Bool = false, today: String = "2025-06-17",
                     _ body: (Registry) throws -> T) throws -> T {
    let dir = try makeTempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let registry = try Registry(path: dir + "/r.sqlite", mode: .create, actor: "tester", today: today)
    defer { try? registry.dbQueue.close() }
    if seeded { _ = try Seeder.run(registry) }
    return try body(registry)
}

/// Opens a second connection to `registry`'s file with another "today" (statuses that
/// depend on the day follow `samreg_today()`).
func reopen<T>(_ registry: Registry, today: String, _ body: (Registry) throws -> T) throws -> T {
    let other = try Registry(path: registry.path, mode: .readOnly, actor: "tester", today: today)
    defer { try? other.dbQueue.close() }
    return try body(other)
}

extension Registry {
    /// Inserts one record of `family` in its own write transaction.
    @discardableResult
    func insert(_ family: Family, _ input: [String: String]) throws -> Int64 {
        try write { db in try RecordWriter(family: family, db: db, lookups: Lookups()).insert(input) }
    }

    func update(_ family: Family, id: Int64, _ input: [String: String]) throws {
        try write { db in try RecordWriter(family: family, db: db, lookups: Lookups()).update(id: id, input) }
    }

    func end(_ family: Family, id: Int64, on date: String) throws {
        try write { db in try RecordWriter(family: family, db: db, lookups: Lookups()).end(id: id, on: date) }
    }

    /// A remiss with sensible defaults (sender SKR, category kunskapsstyrning).
    @discardableResult
    func remiss(_ title: String, received: String, deadline: String, category: String = "kunskapsstyrning",
                extra: [String: String] = [:]) throws -> Int64 {
        var input = ["title": title, "sender": "SKR", "category": category, "received": received, "deadline": deadline]
        for (k, v) in extra { input[k] = v }
        return try insert(Families.remiss, input)
    }

    /// A joint (SÖSR) answer sent on `sent`.
    @discardableResult
    func answer(_ remiss: Int64, sent: String?, scope: String = "sosr", region: String? = nil,
                kind: String = "yttrande") throws -> Int64 {
        var input = ["remiss": String(remiss), "scope": scope, "kind": kind]
        if let sent { input["sent"] = sent }
        if let region { input["region"] = region }
        return try insert(Families.response, input)
    }

    /// A body with a short name.
    @discardableResult
    func body(_ kind: String, _ name: String, short: String? = nil) throws -> Int64 {
        var input = ["kind": kind, "name": name]
        if let short { input["short_name"] = short }
        return try insert(Families.body, input)
    }

    @discardableResult
    func permit(_ careArea: String, status: String, decided: String? = nil, start: String? = nil,
                end: String? = nil, holder: String = "RÖ", extra: [String: String] = [:]) throws -> Int64 {
        var input = ["care_area": careArea, "holder": holder, "status": status]
        if let decided { input["decided"] = decided }
        if let start { input["start"] = start }
        if let end { input["end"] = end }
        for (k, v) in extra { input[k] = v }
        return try insert(Families.permit, input)
    }
}

/// A small deterministic pseudo-random generator (SplitMix64), so property tests are
/// repeatable.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
