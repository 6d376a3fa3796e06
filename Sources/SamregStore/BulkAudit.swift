import Crypto
import GRDB
import GRDBSQLite
import SamregCore

extension AuditTrail {
    /// Names `table` in `audit_context.bulk` for the rest of the transaction (nil: none): its
    /// insert trigger then writes no audit row (migration 0018), and the caller must give every
    /// record it inserts its entry with `appendInserts` before the transaction commits.
    static func setBulk(_ db: Database, table: String?) throws {
        try db.execute(sql: "UPDATE audit_context SET bulk = ? WHERE id = 1", arguments: [table])
    }

    /// Appends one sealed `insert` entry for each record `ids` of `table`, in that order: what
    /// the table's insert trigger writes (the actor and command of `audit_context`, the time,
    /// the after-image as the `json_object` of every column), with its hash chained in place,
    /// so the rows are written once instead of inserted by a trigger and updated by the seal.
    /// The entries the triggers wrote since sequence number `start` (this transaction's) are
    /// sealed first, so the chain runs in sequence order as `seal` makes it. When the inserts
    /// were audited by the trigger after all (a trigger that does not read `bulk`), nothing is
    /// appended: every record then already has its entry.
    static func appendInserts(_ db: Database, table: String, ids: [Int64], after start: Int64) throws {
        guard !ids.isEmpty else { return }
        let audited = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM audit WHERE seq > ? AND tbl = ? AND action = 'insert')",
                                        arguments: [start, table]) ?? false
        if audited { return }
        try seal(db, after: start)
        guard let context = try Row.fetchOne(db, sql: """
            SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, ifnull(actor, 'utanför samreg') AS actor, command
            FROM audit_context WHERE id = 1
            """) else { throw SamregError("the audit trail's context row is missing: the registry is damaged") }
        let at: String = context["at"]
        let actor: String = context["actor"]
        let command: String? = context["command"]
        // AUTOINCREMENT numbers: never one that was handed out before (a removed newest entry
        // must stay a gap that verify reports).
        var seq = try Int64.fetchOne(db, sql: """
            SELECT max(ifnull((SELECT max(seq) FROM audit), 0), ifnull((SELECT seq FROM sqlite_sequence WHERE name = 'audit'), 0))
            """) ?? 0
        let previous = try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1") ?? ""
        let chain = SealChain(previous: previous, lastSeq: seq)
        let state = try stateExpression(db, table: table, alias: "t")
        let select = try db.makeStatement(sql: "SELECT \(state) FROM \"\(table)\" t WHERE t.id = ?")
        let insert = try db.makeStatement(sql: """
            INSERT INTO audit (seq, at, actor, command, action, tbl, record_id, before, after, hash)
            VALUES (?, ?, ?, ?, 'insert', ?, ?, NULL, ?, ?)
            """)
        let s = select.sqliteStatement
        let i = insert.sqliteStatement
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        func check(_ code: Int32, _ expected: Int32 = SQLITE_OK) throws {
            guard code == expected else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
        }
        // The same text for every row, bound once.
        try check(bind(i, 2, at, transient))
        try check(bind(i, 3, actor, transient))
        if let command { try check(bind(i, 4, command, transient)) } else { try check(sqlite3_bind_null(i, 4)) }
        try check(bind(i, 5, table, transient))
        defer {
            sqlite3_reset(s)
            sqlite3_reset(i)
            sqlite3_clear_bindings(i)
        }
        for id in ids {
            seq += 1
            sqlite3_reset(s)
            try check(sqlite3_bind_int64(s, 1, id))
            try check(sqlite3_step(s), SQLITE_ROW)
            guard let text = sqlite3_column_text(s, 0) else {
                throw SamregError("\(table) \(id): no after-image for its audit entry")
            }
            let after = UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(s, 0)))
            let hash = chain.next(seq: seq) { hasher in
                SealChain.add(at, to: &hasher)
                SealChain.add(actor, to: &hasher)
                SealChain.add(command, to: &hasher)
                SealChain.add("insert", to: &hasher)
                SealChain.add(table, to: &hasher)
                SealChain.add(String(id), to: &hasher)
                SealChain.add(nil, to: &hasher)
                SealChain.add(text: after, cString: text, to: &hasher)
            }
            sqlite3_reset(i)
            try check(sqlite3_bind_int64(i, 1, seq))
            try check(sqlite3_bind_int64(i, 6, id))
            try check(sqlite3_bind_text(i, 7, UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self), Int32(after.count), transient))
            try hash.withUnsafeBufferPointer { buffer in
                try check(sqlite3_bind_text(i, 8, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self), 64, transient))
            }
            try check(sqlite3_step(i), SQLITE_DONE)
        }
    }

    private static func bind(_ statement: OpaquePointer?, _ index: Int32, _ text: String, _ destructor: sqlite3_destructor_type) -> Int32 {
        sqlite3_bind_text(statement, index, text, -1, destructor)
    }
}
