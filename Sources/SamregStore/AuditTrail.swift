import Crypto
import Foundation
import GRDB
import SamregCore

/// The audit trail's hash chain and its checks.
///
/// Triggers write an audit row for every insert and update of a record (migration 0007).
/// Before a samreg transaction commits, `seal` gives each row it produced a SHA-256 hash of
/// the row's content and the previous sealed row's hash. `verify` recomputes the chain: a
/// changed row no longer matches its hash, a removed one leaves a gap in the sequence, and
/// rows that changed place no longer chain. Rows that are still unsealed were written by
/// something other than samreg.
public enum AuditTrail {
    /// One audit row as stored.
    public struct Entry: Sendable {
        public let seq: Int64
        public let at: String
        public let actor: String
        public let command: String?
        public let action: String
        public let table: String
        public let recordId: Int64
        public let before: String?
        public let after: String?
        public let hash: String?

        init(row: Row) {
            seq = row["seq"]
            at = row["at"]
            actor = row["actor"]
            command = row["command"]
            action = row["action"]
            table = row["tbl"]
            recordId = row["record_id"]
            before = row["before"]
            after = row["after"]
            hash = row["hash"]
        }

        /// The hash of this row chained to `previous`.
        func chainedHash(previous: String) -> String {
            let fields: [String?] = [String(seq), at, actor, command, action, table, String(recordId), before, after]
            let text = previous + "\n" + fields.map { $0 ?? "\u{2205}" }.joined(separator: "\u{1F}")
            return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
        }
    }

    static let columns = "seq, at, actor, command, action, tbl, record_id, before, after, hash"

    /// Seals the audit rows after sequence number `start` (those of the current transaction),
    /// in batches so that a large import does not hold every row in memory.
    static func seal(_ db: Database, after start: Int64) throws {
        var previous = try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE seq <= ? AND hash IS NOT NULL ORDER BY seq DESC LIMIT 1",
                                           arguments: [start]) ?? ""
        let update = try db.cachedStatement(sql: "UPDATE audit SET hash = ? WHERE seq = ?")
        let batch = try db.cachedStatement(sql: "SELECT \(columns) FROM audit WHERE seq > ? ORDER BY seq LIMIT 5000")
        var last = start
        while true {
            let rows = try Row.fetchAll(batch, arguments: [last])
            guard !rows.isEmpty else { break }
            for row in rows {
                let entry = Entry(row: row)
                previous = entry.chainedHash(previous: previous)
                try update.execute(arguments: [previous, entry.seq])
                last = entry.seq
            }
        }
    }

    /// A problem found by `verify`, naming the audit row.
    public struct Problem: Sendable, CustomStringConvertible {
        public let seq: Int64
        public let message: String
        public var description: String { "audit record \(seq): \(message)" }
    }

    /// Recomputes the hash chain and returns every problem found (none when the trail is intact).
    public static func verify(_ db: Database) throws -> (checked: Int, problems: [Problem]) {
        var problems: [Problem] = []
        var previous = ""
        var expectedSeq: Int64 = 1
        var checked = 0
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM audit ORDER BY seq")
        while let row = try rows.next() {
            let entry = Entry(row: row)
            checked += 1
            if entry.seq > expectedSeq {
                let range = entry.seq - 1 > expectedSeq ? "\(expectedSeq)–\(entry.seq - 1)" : "\(expectedSeq)"
                problems.append(Problem(seq: expectedSeq, message: "missing: audit record(s) \(range) were removed"))
            }
            expectedSeq = entry.seq + 1
            guard let hash = entry.hash else {
                problems.append(Problem(seq: entry.seq, message: "unsealed: written outside samreg (\(entry.action) on \(entry.table) \(entry.recordId) at \(entry.at))"))
                continue
            }
            let computed = entry.chainedHash(previous: previous)
            if computed != hash {
                problems.append(Problem(seq: entry.seq, message: "does not match its seal: it was changed, or records before it were removed or reordered (\(entry.action) on \(entry.table) \(entry.recordId))"))
            }
            previous = hash
        }
        // Removing the newest rows leaves no gap, but AUTOINCREMENT remembers the highest seq.
        if let highest = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'"),
           highest >= expectedSeq {
            problems.append(Problem(seq: expectedSeq, message: "missing: the newest audit record(s) \(expectedSeq)–\(highest) were removed"))
        }
        return (checked, problems)
    }

    /// Audit rows filtered by record, actor and period, oldest first.
    public static func log(_ db: Database, table: String? = nil, recordId: Int64? = nil, actor: String? = nil,
                           from: String? = nil, to: String? = nil, limit: Int? = nil) throws -> [Entry] {
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        if let table { conditions.append("tbl = ?"); arguments.append(table.databaseValue) }
        if let recordId { conditions.append("record_id = ?"); arguments.append(recordId.databaseValue) }
        if let actor { conditions.append("actor = ?"); arguments.append(actor.databaseValue) }
        if let from { conditions.append("at >= ?"); arguments.append(from.databaseValue) }
        if let to { conditions.append("at < date(?, '+1 day')"); arguments.append(to.databaseValue) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        var sql = "SELECT \(columns) FROM audit \(whereClause) ORDER BY seq"
        if let limit { sql = "SELECT * FROM (SELECT \(columns) FROM audit \(whereClause) ORDER BY seq DESC LIMIT \(limit)) ORDER BY seq" }
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(Entry.init(row:))
    }
}
