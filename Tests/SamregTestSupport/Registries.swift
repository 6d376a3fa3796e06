import Foundation
import GRDB
import SamregCore
@testable import SamregStore

/// The day test registries are made on (their `today`).
public let testRegistryDay = "2025-06-17"

/// Runs `body` with a freshly created registry (`r.sqlite` in a temporary directory, actor
/// `tester`, today `today`), seeded or left empty as `samreg init` leaves it, and the
/// directory; closed and removed afterwards. A seeded registry has its audit times pinned
/// (`pinAuditTimes`), so that what is built from it is the same on every run.
public func withRegistry<T>(seeded: Bool = false, today: String = testRegistryDay,
                            _ body: (Registry, String) throws -> T) throws -> T {
    try withTempDir(prefix: "samreg-registry") { dir in
        let registry = try Registry(path: dir + "/r.sqlite", mode: .create, actor: "tester", today: today)
        defer { try? registry.dbQueue.close() }
        if seeded {
            _ = try Seeder.run(registry)
            try pinAuditTimes(registry)
        }
        return try body(registry, dir)
    }
}

/// `withRegistry` for a body that needs no directory.
public func withRegistry<T>(seeded: Bool = false, today: String = testRegistryDay,
                            _ body: (Registry) throws -> T) throws -> T {
    try withRegistry(seeded: seeded, today: today) { registry, _ in try body(registry) }
}

/// The fixed time given to every audit entry by `pinAuditTimes`.
public let pinnedAuditTime = "2025-06-17T08:00:00.000Z"

/// Audit entries carry the clock's time, so the trail's head differs from run to run. The
/// annual summary prints the head: for golden files, give every entry one fixed time and seal
/// the chain again (the append-only guard is lifted for it and put back), as if the seed had
/// been loaded at that moment.
public func pinAuditTimes(_ registry: Registry) throws {
    try resealAuditTrail(registry.dbQueue, actor: nil, command: nil)
}

/// A registry file that the executable wrote (`samreg init`, `samreg seed`), made as if
/// `withRegistry(seeded: true)` had written it: every audit entry gets the fixed time, the
/// actor `tester` and the command `samreg` of an in-process write, and the chain is sealed
/// again. Reports from it can then be compared with the golden files.
public func pinAuditTrail(databaseAt path: String) throws {
    let registry = try Registry(path: path, mode: .readWrite, actor: "tester", today: testRegistryDay)
    defer { try? registry.dbQueue.close() }
    try resealAuditTrail(registry.dbQueue, actor: "tester", command: "samreg")
}

private func resealAuditTrail(_ queue: DatabaseQueue, actor: String?, command: String?) throws {
    try queue.write { db in
        let guardSQL = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'audit_append_only_update'")
        try db.execute(sql: "DROP TRIGGER audit_append_only_update")
        try db.execute(sql: "UPDATE audit SET at = ?, actor = coalesce(?, actor), command = coalesce(?, command), hash = NULL",
                       arguments: [pinnedAuditTime, actor, command])
        try AuditTrail.seal(db, after: 0)
        if let guardSQL { try db.execute(sql: guardSQL) }
    }
}

extension Registry {
    /// Inserts one record of `family` in its own write transaction.
    @discardableResult
    public func insert(_ family: Family, _ input: [String: String]) throws -> Int64 {
        try write { db in try RecordWriter(family: family, db: db, lookups: Lookups()).insert(input) }
    }

    public func update(_ family: Family, id: Int64, _ input: [String: String]) throws {
        try write { db in try RecordWriter(family: family, db: db, lookups: Lookups()).update(id: id, input) }
    }

    public func end(_ family: Family, id: Int64, on date: String) throws {
        try write { db in try RecordWriter(family: family, db: db, lookups: Lookups()).end(id: id, on: date) }
    }
}
