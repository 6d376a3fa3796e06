import CSamregSQLite
import Foundation
import GRDB
import GRDBSQLite
import SamregCore

/// An open registry database: the only way samreg reads or writes one.
///
/// Opening sets the pragmas every connection needs (foreign keys on, a busy timeout, WAL for
/// writers), registers the `swedish` collation and samreg's SQL functions, and checks the
/// schema: a database written by a newer samreg is refused, an older one must be upgraded with
/// `samreg init`. Every write goes through `write(command:_:)`: one immediate transaction that
/// names the actor in the audit trail and seals the audit rows it produced.
public final class Registry {
    public enum Mode: Sendable {
        /// Create the file if needed (readable by its owner only) and bring the schema up to date.
        case create
        /// Open an existing, current database for reading and writing.
        case readWrite
        /// Open an existing, current database; the connection itself refuses writes.
        case readOnly
    }

    public let path: String
    public let actor: String
    public let dbQueue: DatabaseQueue
    /// The day that "today" means for statuses and deadlines (`--as-of`, `SAMREG_TODAY`).
    public let today: String
    /// The command line that is recorded in the audit trail with each write.
    public var command: String = "samreg"
    /// Whether this process created the file (`.create` on a path where nothing was).
    public private(set) var created = false
    /// How many schema migrations the database had when it was opened (before `.create`
    /// applied the missing ones).
    public private(set) var migrationsAtOpen = 0

    /// Seconds a writer waits for another writer before giving up.
    public static let busyTimeout: TimeInterval = 10

    /// SQLite's process-wide settings, made once before the first registry opens (the result
    /// of `sqlite3_config`: SQLITE_OK, or SQLITE_MISUSE when something in this process had
    /// already used SQLite, which leaves the defaults): no memory statistics, whose mutex
    /// around every SQLite allocation cost an import of 50 000 rows 12 % of its CPU time
    /// (docs/performance.md, "Import (issue 13)").
    public static let sqliteConfiguration: Int32 = samreg_sqlite_configure()

    /// Whether SQLite counts its allocations in this process (what `sqliteConfiguration` turns off).
    public static var sqliteKeepsMemoryStatistics: Bool { samreg_sqlite_memstatus() != 0 }

    /// `maxPageCount` caps the database's size in pages (`PRAGMA max_page_count`): the way
    /// tests and `scripts/` simulate a full disk (`SAMREG_MAX_PAGE_COUNT` on the command line).
    public init(path: String, mode: Mode, actor: String, today: String, maxPageCount: Int? = nil) throws {
        _ = Registry.sqliteConfiguration
        self.path = path
        self.actor = actor
        self.today = today
        let url = URL(fileURLWithPath: path)
        let fm = FileManager.default
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw SamregError("cannot open database \(path): the directory \(dir) does not exist")
        }
        var st = stat()
        var exists = stat(path, &st) == 0
        if exists && st.st_mode & S_IFMT != S_IFREG {
            throw SamregError("cannot open database \(path): it is \(SafeFiles.kind(mode: st.st_mode)), not a database file")
        }
        switch mode {
        case .create:
            if !exists {
                // SQLite gives the -wal and -shm files the permissions of the database file.
                let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
                if fd >= 0 {
                    close(fd)
                    created = true
                } else if errno == EEXIST {
                    // Another samreg created it a moment ago (two inits at once): carry on with it.
                    exists = true
                } else {
                    throw SamregError("cannot create database \(path): \(String(cString: strerror(errno)))")
                }
            }
            if exists {
                // An existing empty file becomes a registry readable by its owner only, like a new one.
                let fd = open(path, O_RDONLY | O_CLOEXEC)
                if fd >= 0 {
                    var st = stat()
                    if fstat(fd, &st) == 0, st.st_size == 0, st.st_uid == geteuid(), st.st_mode & 0o077 != 0 {
                        fchmod(fd, 0o600)
                    }
                    close(fd)
                }
            }
        case .readWrite, .readOnly:
            guard exists else {
                throw SamregError("no database at \(path): create it with `samreg init --db \(path)`")
            }
            var wal = stat()
            if st.st_size == 0 && (stat(path + "-wal", &wal) != 0 || wal.st_size == 0) {
                // Never advise init here: an empty file may be a copy or a backup that was never
                // written, and init would make it a valid-looking empty registry.
                throw SamregError("\(path) is an empty file (0 bytes), not a samreg database: it holds no registry (if it should, as a copy or a backup, it was never completely written)")
            }
        }
        if exists && st.st_size > 4096 && Registry.hasHotJournal(path) {
            // A registry is kept in WAL mode: a rollback journal beside a file of more than its
            // first page was left by another program's write that was stopped, most likely a copy
            // or a backup being written. Opening it to write would roll that back, down to an
            // empty file that `init` would then make a valid-looking empty registry.
            throw SamregError("\(path) holds an unfinished write by another program (its rollback journal \(path)-journal was left behind): it may be a copy or a backup that was never completed, and samreg will not open it; keep both files as they are and use a complete backup")
        }
        if mode != .readOnly {
            guard fm.isWritableFile(atPath: path) else {
                throw SamregError("database \(path) is read-only: samreg cannot record anything in it (check the file's permissions)")
            }
            guard fm.isWritableFile(atPath: dir) else {
                throw SamregError("the directory of database \(path) is read-only: SQLite needs to create its journal files there")
            }
        }

        var config = Configuration()
        config.foreignKeysEnabled = true
        config.readonly = mode == .readOnly
        config.busyMode = .timeout(Registry.busyTimeout)
        config.label = "samreg"
        let today = self.today
        config.prepareDatabase { db in
            // `COLLATE swedish` on SQLite's own UTF-8 bytes (GRDB's collations make two Strings
            // per comparison: most of the time of a sort).
            let code = sqlite3_create_collation_v2(db.sqliteConnection, "swedish", SQLITE_UTF8, nil, { _, n1, p1, n2, p2 in
                Int32(SwedishCollation.compare(
                    utf8: UnsafeBufferPointer(start: p1?.assumingMemoryBound(to: UInt8.self), count: Int(n1)),
                    UnsafeBufferPointer(start: p2?.assumingMemoryBound(to: UInt8.self), count: Int(n2))))
            }, nil)
            guard code == SQLITE_OK else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register COLLATE swedish")
            }
            db.add(function: DatabaseFunction("samreg_today", argumentCount: 0, pure: false) { _ in today })
            db.add(function: Registry.foldFunction)
            db.add(function: Registry.issuerKeyFunction)
            if mode == .readOnly {
                try db.execute(sql: "PRAGMA query_only = 1")
            }
            if mode != .readOnly {
                // Durable commits: a power cut after a command said it recorded something loses nothing.
                try db.execute(sql: "PRAGMA synchronous = FULL")
                // A larger page cache keeps a big import from spilling pages to the WAL twice, and
                // statement journals in memory keep each row's statement from writing a temp file.
                try db.execute(sql: "PRAGMA cache_size = -32000")
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
            }
            if let maxPageCount {
                _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(maxPageCount)")
            }
        }
        do {
            dbQueue = try DatabaseQueue(path: path, configuration: config)
        } catch let error as DatabaseError {
            throw Registry.describe(error, path: path)
        }
        do {
            try checkSchema(mode: mode)
        } catch let error as DatabaseError {
            throw Registry.describe(error, path: path)
        }
    }

    /// Whether `path-journal` starts with SQLite's journal header: a rollback journal that
    /// opening the database would play back.
    static func hasHotJournal(_ path: String) -> Bool {
        let fd = open(path + "-journal", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 8)
        let n = Foundation.read(fd, &header, 8)
        return n == 8 && header == [0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7]
    }

    /// `samreg_fold(x)`: lower case (å ä ö included) with dashes made plain, for lookups.
    public static let foldFunction = DatabaseFunction("samreg_fold", argumentCount: 1, pure: true) { values in
        guard let s = String.fromDatabaseValue(values[0]) else { return nil }
        return fold(s)
    }

    /// Lower case in Unicode NFC, with every dash (‐ ‑ ‒ – — ―, the minus sign …) made a plain
    /// hyphen: how names, codes and references compare.
    public static func fold(_ s: String) -> String {
        let lower = s.nfc.lowercased()
        // Dashes other than `-` are outside ASCII: most text has none.
        guard lower.utf8.contains(where: { $0 >= 0x80 }) else { return lower }
        var out = String.UnicodeScalarView()
        for scalar in lower.unicodeScalars {
            out.append(CaseNumber.isDash(scalar) ? "-" : scalar)
        }
        return String(out)
    }

    /// `samreg_issuer_key(x)`: a case number's issuer as compared (NFC, upper case); the
    /// migration that brought stored issuers to this form uses it.
    public static let issuerKeyFunction = DatabaseFunction("samreg_issuer_key", argumentCount: 1, pure: true) { values in
        guard let s = String.fromDatabaseValue(values[0]) else { return nil }
        return CaseNumber.issuerKey(s)
    }

    private func checkSchema(mode: Mode) throws {
        let migrator = Migrations.migrator
        // What GRDB's hasBeenSuperseded and hasCompletedMigrations answer, from one read of the
        // applied identifiers (every command opens the registry: this is start-up time).
        let applied = try dbQueue.read { db in try Migrations.applied(db) }
        migrationsAtOpen = applied.count
        let known = Set(Migrations.names)
        let superseded = !applied.isSubset(of: known)
        let complete = known.isSubset(of: applied)
        if superseded {
            let unknown = try dbQueue.read { db in
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            }.filter { !Migrations.names.contains($0) }
            throw SamregError("database \(path) was written by a newer samreg (it has schema migrations this samreg does not know: \(unknown.joined(separator: ", "))); use a newer samreg")
        }
        if complete { return }
        switch mode {
        case .create:
            if applied.isEmpty {
                let foreign = try dbQueue.read { db -> [String] in
                    // Read again in this snapshot: another init may have applied migrations since.
                    if try !Migrations.applied(db).isEmpty { return [] }
                    // grdb_migrations alone is what an init stopped before its first migration leaves.
                    return try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations' LIMIT 3")
                }
                if !foreign.isEmpty {
                    throw SamregError("\(path) is not a samreg database: it belongs to another program (it has \(foreign.joined(separator: ", ")) …), and samreg will not add its tables to it; give a new file")
                }
            }
            try switchToWAL()
            // An upgrade may rebuild a table (0019 rebuilds audit): SQLite journals the pages it
            // frees, and with this build's secure_delete every DROP writes all of them into the
            // statement journal. In memory (`temp_store = MEMORY`, what commands use) that is the
            // size of the table: hundreds of MB at M, GB at L. During migrations temporary files
            // go to disk instead; nothing about what is written changes.
            try dbQueue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA temp_store = FILE") }
            defer { try? dbQueue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA temp_store = MEMORY") } }
            try migrator.migrate(dbQueue)
        case .readWrite, .readOnly:
            if applied.isEmpty {
                let tables = try dbQueue.read { db in
                    try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' LIMIT 2")
                }
                if tables.isEmpty {
                    throw SamregError("\(path) is not a samreg database: it is an SQLite database with no tables in it")
                }
                if tables != ["grdb_migrations"] {
                    throw SamregError("\(path) is not a samreg database (it belongs to another program)")
                }
                // grdb_migrations alone: an init stopped before its first migration.
            }
            throw SamregError("database \(path) has an older schema (\(applied.count) of \(Migrations.names.count) migrations): upgrade it with `samreg init --db \(path)`")
        }
    }

    /// Puts a new database in WAL mode. SQLite answers "busy" at once, without waiting, when
    /// another connection has the file open at that moment (two inits at once): try again
    /// until the busy timeout.
    private func switchToWAL() throws {
        let deadline = Date().addingTimeInterval(Registry.busyTimeout)
        while true {
            do {
                try dbQueue.writeWithoutTransaction { db in
                    if try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() != "wal" {
                        try db.execute(sql: "PRAGMA journal_mode = WAL")
                    }
                }
                return
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                usleep(10_000)
            }
        }
    }

    /// The schema migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try dbQueue.read { db in try Migrations.migrator.appliedIdentifiers(db).sorted() }
    }

    /// Runs `body` in one immediate transaction: the audit trail names `actor` and `command`,
    /// and the audit rows written are sealed into the hash chain before commit. Any error
    /// rolls everything back.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try dbQueue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    try db.execute(sql: "UPDATE audit_context SET actor = ?, command = ?, bulk = NULL WHERE id = 1",
                                   arguments: [actor, command])
                    let start = try Int64.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM audit") ?? 0
                    result = try body(db)
                    try AuditTrail.seal(db, after: start)
                    try db.execute(sql: "UPDATE audit_context SET actor = NULL, command = NULL, bulk = NULL WHERE id = 1")
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw Registry.describe(error, path: path)
        }
    }

    /// Runs `body` with a read-only view of one consistent snapshot.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try dbQueue.read(body)
        } catch let error as DatabaseError {
            throw Registry.describe(error, path: path)
        }
    }

    /// A one-line message for a database error, with a sentence in front of SQLite's words.
    public static func describe(_ error: DatabaseError, path: String) -> SamregError {
        let sqliteMessage = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return SamregError("database \(path) is locked by another process: gave up after waiting \(Int(busyTimeout)) s; nothing was written")
        case .SQLITE_READONLY:
            return SamregError("database \(path) is read-only: nothing was written (\(sqliteMessage)); if an earlier samreg was interrupted, `samreg init --db \(path)` recovers it")
        case .SQLITE_FULL:
            return SamregError("database \(path) is full (disk full or size limit reached): nothing was written")
        case .SQLITE_CANTOPEN:
            return SamregError("cannot open database \(path): \(sqliteMessage)")
        case .SQLITE_NOTADB:
            return SamregError("\(path) is not a samreg database (not an SQLite file; if it should be a registry, it is damaged: restore it from a backup)")
        case .SQLITE_CORRUPT:
            return SamregError("database \(path) is damaged: \(sqliteMessage); restore it from a backup (see README, Data safety)")
        case .SQLITE_CONSTRAINT:
            return SamregError("the database refused the change: \(sqliteMessage); nothing was written")
        case .SQLITE_IOERR:
            return SamregError("input/output error on database \(path): \(sqliteMessage); nothing was written")
        default:
            return SamregError("database error on \(path): \(sqliteMessage)")
        }
    }
}
