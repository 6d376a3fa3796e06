import Foundation
import GRDB
import SamregCore
import SamregQuery
import SamregStore

/// Open read-only connections to the registry, kept between requests: opening one (its
/// pragmas, collation and functions, the schema check) costs more than most pages, and a
/// connection kept open keeps its page cache.
///
/// A connection is handed out again only while it still reads what a new one would:
/// - it was opened for the same day (`samreg_today()` is bound when a registry is opened: a
///   server running past midnight opens new ones for the new day);
/// - the path still names the file it opened (a registry restored from a backup by renaming
///   another file into place has another device or inode: reopened);
/// - the schema is the one it checked (`PRAGMA schema_version` changed, as after `samreg init`
///   upgraded the file: reopened, which checks the schema again and refuses a newer one).
final class ReaderPool: @unchecked Sendable {
    /// An open registry and what it was opened against.
    final class Lease {
        let registry: Registry
        let device: UInt64
        let inode: UInt64
        let schemaVersion: Int

        init(registry: Registry, device: UInt64, inode: UInt64, schemaVersion: Int) {
            self.registry = registry
            self.device = device
            self.inode = inode
            self.schemaVersion = schemaVersion
        }
    }

    let path: String
    /// The most idle connections kept (more may be open at a time; the rest are closed when given back).
    let capacity: Int
    private let lock = NSLock()
    private var idle: [Lease] = []
    /// Connections opened so far (for tests).
    private(set) var opened = 0

    init(path: String, capacity: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)) {
        self.path = path
        self.capacity = capacity
    }

    /// Runs `body` with an open read-only registry of the day `today`.
    func with<T>(today: String, _ body: (Registry) throws -> T) throws -> T {
        try lease(today: today) { lease in try body(lease.registry) }
    }

    /// Runs `body` with a connection of the day `today` and what it keeps.
    func lease<T>(today: String, _ body: (Lease) throws -> T) throws -> T {
        let lease = try checkout(today: today)
        let result: T
        do {
            result = try body(lease)
        } catch {
            checkin(lease)
            throw error
        }
        checkin(lease)
        return result
    }

    /// The file's device and inode, or nil when nothing is at the path.
    private func identity() -> (UInt64, UInt64)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (UInt64(st.st_dev), UInt64(st.st_ino))
    }

    func checkout(today: String) throws -> Lease {
        let current = identity()
        while let lease = pop() {
            if lease.registry.today == today, let current, current == (lease.device, lease.inode),
               (try? Self.schemaVersion(lease.registry)) == lease.schemaVersion {
                return lease
            }
            // Stale: closed when the last reference goes, at the end of this iteration.
            try? lease.registry.dbQueue.close()
        }
        let registry = try Registry(path: path, mode: .readOnly, actor: "samreg serve", today: today)
        let version: Int
        do {
            // A larger page cache than SQLite's 2 MB: the pages a record page reads stay in it
            // between requests (a few connections, so the server stays small).
            try registry.dbQueue.inDatabase { db in try db.execute(sql: "PRAGMA cache_size = -\(Self.cacheKiB)") }
            version = try Self.schemaVersion(registry)
        } catch let error as DatabaseError {
            throw Registry.describe(error, path: path)
        }
        lock.lock()
        opened += 1
        lock.unlock()
        // The identity read before opening: if the file was replaced in between, the next
        // checkout sees another inode and opens it again.
        let (device, inode) = current ?? (0, 0)
        return Lease(registry: registry, device: device, inode: inode, schemaVersion: version)
    }

    func checkin(_ lease: Lease) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < capacity { idle.append(lease) }
    }

    private func pop() -> Lease? {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast()
    }

    /// The case numbers the record pages' chains cannot find through an index
    /// (`TraceQueries.CaseIndex`), read once for a state of the registry and shared by the
    /// connections, with that state: the file (device, inode), its schema, and the last
    /// sequence number of the audit trail. Every change to the records the index reads (the
    /// traced families' tables, bodies and their names: audited, none deleted) writes audit rows
    /// in its own transaction (the tables' audit triggers, or the bulk import's entries), and
    /// sequence numbers are never reused: the same last number in the same file is the same
    /// state of those records.
    private struct CaseIndexState: Equatable {
        let device: UInt64, inode: UInt64, schemaVersion: Int, auditSeq: Int64
    }
    private let indexLock = NSLock()
    private var caseIndex: (state: CaseIndexState, index: TraceQueries.CaseIndex)?
    /// Case indexes read so far (for tests).
    private(set) var caseIndexesRead = 0

    /// The case index for the registry as `db` (of `lease`) reads it now: the one kept while it
    /// is current, else read anew (one reader at a time; the others wait for it).
    func caseIndex(_ db: Database, lease: Lease) throws -> TraceQueries.CaseIndex {
        let seq = try Int64.fetchOne(db, SQLRequest<Row>(sql: "SELECT ifnull(max(seq), 0) FROM audit", cached: true)) ?? 0
        let state = CaseIndexState(device: lease.device, inode: lease.inode, schemaVersion: lease.schemaVersion, auditSeq: seq)
        indexLock.lock()
        defer { indexLock.unlock() }
        if let kept = caseIndex, kept.state == state { return kept.index }
        let index = try TraceQueries.CaseIndex(db)
        caseIndex = (state, index)
        caseIndexesRead += 1
        return index
    }

    /// Each connection's page cache, in KiB.
    static let cacheKiB = 24_000

    static func schemaVersion(_ registry: Registry) throws -> Int {
        try registry.dbQueue.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0 }
    }
}
