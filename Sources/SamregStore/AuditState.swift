import Foundation
import GRDB
import SamregCore

/// What the hash chain alone cannot see: whether the records still are what the trail says.
///
/// The chain proves that the audit rows were not changed after they were sealed. Someone who
/// can write the file can still drop a record's audit trigger and change, add or remove the
/// record itself, leaving no audit row at all. So every record's current state, built with the
/// same `json_object` expression the triggers use, must equal the after-image of its last audit
/// entry; a record with no audit entry, a record its last entry deletes, and an audit history
/// whose record is gone without a delete entry are all findings.
///
/// Records older than the trail (the reference organisations inserted by migration 0001,
/// before migration 0007 created the trail) have no audit entry until they are first changed:
/// they must equal the rows the migrations ship.
extension AuditTrail {
    /// Every table whose inserts and updates the triggers of migration 0007 record: each
    /// family's table, the bodies preparing a remiss, and the name and role history (0015).
    public static let auditedTables: [String] = Families.all.map(\.table)
        + ["remiss_assignment", "body_name_history", "membership_role_history"]

    /// A record whose state does not match the audit trail, named by family and id.
    public struct StateProblem: Sendable, CustomStringConvertible {
        /// The family as on the command line (`remiss`, `indicator-value`), else the table.
        public let family: String
        public let id: Int64
        public let message: String
        public var description: String { "\(family) \(id): \(message)" }
    }

    /// The name a table's records are known by on the command line.
    static func familyName(of table: String) -> String {
        Families.all.first { $0.table == table }?.name ?? table
    }

    /// The `json_object(…)` of every column of `table` in the live schema, in column order,
    /// with each column read from `alias` (what the triggers write with `NEW.`).
    static func stateExpression(_ db: Database, table: String, alias: String) throws -> String {
        let columns = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
            .map { $0["name"] as String }
        guard !columns.isEmpty else { throw SamregError("the audited table \(table) is missing from the database") }
        let pairs = columns.map { name in
            "'\(name.replacingOccurrences(of: "'", with: "''"))', \(alias).\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\""
        }
        return "json_object(" + pairs.joined(separator: ", ") + ")"
    }

    /// Compares every record of every audited table with its last audit entry. Returns the
    /// first `limit` problems and the number of problems in all.
    public static func verifyState(_ db: Database, limit: Int = 1_000) throws -> (problems: [StateProblem], total: Int) {
        var problems: [StateProblem] = []
        var total = 0
        func report(_ table: String, _ id: Int64, _ message: String) {
            total += 1
            if problems.count < limit { problems.append(StateProblem(family: familyName(of: table), id: id, message: message)) }
        }
        let shipped = try shippedRecords()
        for table in auditedTables {
            let quoted = "\"\(table)\""
            let state = try stateExpression(db, table: table, alias: "t")
            // Records whose state is not the after-image of their last entry (the common case,
            // equal text, is decided by SQLite; the rest are compared as parsed JSON below).
            let rows = try Row.fetchCursor(db, sql: """
                SELECT t.id AS id, \(state) AS state, a.seq AS seq, a.action AS action, a.after AS after
                FROM \(quoted) t
                LEFT JOIN audit a ON a.seq = (SELECT max(seq) FROM audit WHERE tbl = ? AND record_id = t.id)
                WHERE a.seq IS NULL OR a.action = 'delete' OR a.after IS NOT \(state)
                ORDER BY t.id
                """, arguments: [table])
            var suspects: [(id: Int64, state: String, seq: Int64?, action: String?, after: String?)] = []
            while let row = try rows.next() {
                suspects.append((row["id"], row["state"], row["seq"], row["action"], row["after"]))
            }
            for s in suspects {
                guard let seq = s.seq else {
                    if let reference = shipped[table]?[s.id] {
                        let differing = try differences(db, reference, s.state)
                        if !differing.isEmpty {
                            report(table, s.id, "differs from the reference data shipped with the schema in \(differing.joined(separator: ", ")) and has no audit entry: changed outside samreg")
                        }
                    } else {
                        report(table, s.id, "has no audit entry: added outside samreg with the audit trigger removed")
                    }
                    continue
                }
                if s.action == "delete" {
                    report(table, s.id, "exists although its last audit entry (\(seq)) deletes it: put back outside samreg")
                    continue
                }
                guard let after = s.after else {
                    report(table, s.id, "its last audit entry (\(seq)) has no after-image")
                    continue
                }
                let differing = try differences(db, after, s.state)
                if !differing.isEmpty {
                    report(table, s.id, "differs from its last audit entry (\(seq)) in \(differing.joined(separator: ", ")): changed outside samreg")
                }
            }
            // Audit histories whose record is gone without a delete entry.
            let gone = try Row.fetchAll(db, sql: """
                SELECT l.record_id AS id, l.seq AS seq
                FROM (SELECT record_id, max(seq) AS seq FROM audit WHERE tbl = ? GROUP BY record_id) l
                JOIN audit a ON a.seq = l.seq
                WHERE a.action <> 'delete' AND NOT EXISTS (SELECT 1 FROM \(quoted) t WHERE t.id = l.record_id)
                ORDER BY l.record_id
                """, arguments: [table])
            for row in gone {
                report(table, row["id"], "is missing although its last audit entry (\(row["seq"] as Int64)) does not delete it: removed outside samreg")
            }
            // Shipped reference records that are gone and never appear in the trail.
            if let references = shipped[table], !references.isEmpty {
                let ids = references.keys.sorted()
                let list = ids.map(String.init).joined(separator: ",")
                let present = Set(try Int64.fetchAll(db, sql: "SELECT id FROM \(quoted) WHERE id IN (\(list))"))
                let audited = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT record_id FROM audit WHERE tbl = ? AND record_id IN (\(list))",
                                                     arguments: [table]))
                for id in ids where !present.contains(id) && !audited.contains(id) {
                    report(table, id, "is missing: reference data shipped with the schema, removed outside samreg")
                }
            }
        }
        return (problems, total)
    }

    /// Gives every record that has no audit entry, and is not a reference record as the
    /// migrations ship it, one sealed `insert` entry with its state as it stands (actor
    /// `samreg init`). Run once, in the transaction of the migration that creates the trail:
    /// a registry upgraded from before the trail then has an entry for every record it held.
    static func baseline(_ db: Database) throws {
        let start = try Int64.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM audit") ?? 0
        let shipped = try shippedRecords()
        for table in auditedTables where try db.tableExists(table) {
            let state = try stateExpression(db, table: table, alias: "t")
            let rows = try Row.fetchAll(db, sql: """
                SELECT t.id AS id, \(state) AS state FROM "\(table)" t
                WHERE NOT EXISTS (SELECT 1 FROM audit a WHERE a.tbl = ? AND a.record_id = t.id) ORDER BY t.id
                """, arguments: [table])
            for row in rows {
                let id: Int64 = row["id"]
                let current: String = row["state"]
                if let reference = shipped[table]?[id], try differences(db, reference, current).isEmpty { continue }
                try db.execute(sql: """
                    INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'samreg init', 'samreg init: a record older than the audit trail',
                            'insert', ?, ?, NULL, ?)
                    """, arguments: [table, id, current])
            }
        }
        try seal(db, after: start)
    }

    /// The keys whose values differ between two JSON objects, parsed by SQLite's own JSON
    /// reader. A key missing on one side counts as null (a column added later and never set);
    /// numbers compare by value, so a reader that prints reals with more or fewer digits does
    /// not make a difference. Text that is not a JSON object differs everywhere ("the whole record").
    static func differences(_ db: Database, _ a: String, _ b: String) throws -> [String] {
        guard let x = try parsedObject(db, a), let y = try parsedObject(db, b) else { return ["the whole record"] }
        let keys = Set(x.values.keys).union(y.values.keys).sorted {
            (y.order[$0] ?? x.order[$0] ?? Int.max, $0) < (y.order[$1] ?? x.order[$1] ?? Int.max, $1)
        }
        return keys.filter { !JSONAtom.same(x.values[$0] ?? .null, y.values[$0] ?? .null) }
    }

    /// One value of a JSON object as SQLite's `json_each` reads it.
    enum JSONAtom: Equatable {
        case null, bool(Bool), integer(Int64), real(Double), text(String), other(String)

        static func same(_ a: JSONAtom, _ b: JSONAtom) -> Bool {
            switch (a, b) {
            case let (.integer(x), .real(y)), let (.real(y), .integer(x)): return close(Double(x), y)
            case let (.real(x), .real(y)): return close(x, y)
            default: return a == b
            }
        }

        /// Equal to the 15 significant digits SQLite has printed reals with.
        static func close(_ x: Double, _ y: Double) -> Bool {
            x == y || abs(x - y) <= 1e-13 * max(abs(x), abs(y))
        }
    }

    /// A JSON object's keys and values (nil when the text is not a JSON object).
    static func parsedObject(_ db: Database, _ text: String) throws -> (values: [String: JSONAtom], order: [String: Int])? {
        let valid = try Bool.fetchOne(db, sql: "SELECT CASE WHEN json_valid(?) THEN json_type(?) = 'object' ELSE 0 END", arguments: [text, text]) ?? false
        guard valid else { return nil }
        var values: [String: JSONAtom] = [:]
        var order: [String: Int] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT key, type, atom, CASE WHEN type IN ('object', 'array') THEN json(value) END AS nested FROM json_each(?)
            """, arguments: [text])
        for (i, row) in rows.enumerated() {
            let key: String = row["key"]
            let atom: JSONAtom
            switch row["type"] as String {
            case "null": atom = .null
            case "true": atom = .bool(true)
            case "false": atom = .bool(false)
            case "integer": atom = .integer(row["atom"])
            case "real": atom = .real(row["atom"])
            case "text": atom = .text(row["atom"])
            default: atom = .other(row["nested"] ?? "")
            }
            values[key] = atom
            order[key] = order[key] ?? i
        }
        return (values, order)
    }

    /// The records the migrations before the audit trail ship (reference organisations), as
    /// table → id → the state JSON the triggers would write, computed once from the embedded
    /// migrations in a database in memory.
    static func shippedRecords() throws -> [String: [Int64: String]] {
        try shippedCache.get()
    }

    private static let shippedCache = ShippedCache()

    final class ShippedCache: @unchecked Sendable {
        private let lock = NSLock()
        private var value: [String: [Int64: String]]?

        func get() throws -> [String: [Int64: String]] {
            lock.lock()
            defer { lock.unlock() }
            if let value { return value }
            let queue = try DatabaseQueue()
            let computed: [String: [Int64: String]] = try queue.write { db in
                for (name, sql) in EmbeddedSQL.migrations {
                    if name.hasPrefix("0007_") { break }
                    try db.execute(sql: sql)
                }
                var out: [String: [Int64: String]] = [:]
                for table in AuditTrail.auditedTables {
                    guard try db.tableExists(table) else { continue }
                    let state = try AuditTrail.stateExpression(db, table: table, alias: "t")
                    var rows: [Int64: String] = [:]
                    for row in try Row.fetchAll(db, sql: "SELECT t.id AS id, \(state) AS state FROM \"\(table)\" t") {
                        rows[row["id"]] = row["state"]
                    }
                    if !rows.isEmpty { out[table] = rows }
                }
                return out
            }
            value = computed
            return computed
        }
    }
}
