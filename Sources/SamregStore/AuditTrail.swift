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
/// something other than samreg. The chain only agrees with itself: `verifyState`
/// (AuditState.swift) holds the records against it, and a `Head` quoted elsewhere anchors it
/// against being cut back or rewritten (docs/data-safety.md, "Threat model").
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
            Entry.chain(previous: previous, seq: seq, fields: [at, actor, command, action, table, String(recordId), before, after])
        }

        /// SHA-256 over the previous hash and the row's fields (seq first), as hex.
        static func chain(previous: String, seq: Int64, fields: [String?]) -> String {
            let text = previous + "\n" + ([String(seq)] + fields).map { $0 ?? "\u{2205}" }.joined(separator: "\u{1F}")
            return hex(SHA256.hash(data: Data(text.utf8)))
        }
    }

    static let columns = "seq, at, actor, command, action, tbl, record_id, before, after, hash"

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Lower-case hexadecimal of a digest (String(format:) is far too slow for every audit row).
    static func hex(_ digest: SHA256.Digest) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for b in digest {
            bytes.append(hexDigits[Int(b >> 4)])
            bytes.append(hexDigits[Int(b & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Seals the audit rows after sequence number `start` (those of the current transaction)
    /// in one UPDATE that walks them in sequence order, each hash chained to the one before.
    /// The chaining function refuses rows out of order, so a different walk fails loudly
    /// instead of sealing a wrong chain.
    ///
    /// The function is registered with SQLite's C API and hashes the column bytes as SQLite
    /// hands them over (`SealChain`), the same text `Entry.chain` hashes: a GRDB function made
    /// an array of values and a joined String for every row of an import. Public for the test
    /// support, which pins the times of a seeded registry's trail and seals it again (a plain
    /// target, built in release too, cannot use `@testable`).
    public static func seal(_ db: Database, after start: Int64) throws {
        guard let end = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM audit"), end > start else { return }
        // Entries of this transaction that an import appended sealed (`appendInserts`) come
        // after every unsealed one: the walk starts behind them.
        let start = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM audit WHERE seq > ? AND hash IS NOT NULL", arguments: [start]) ?? start
        guard end > start else { return }
        let previous = try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE seq <= ? AND hash IS NOT NULL ORDER BY seq DESC LIMIT 1",
                                           arguments: [start]) ?? ""
        let chain = SealChain(previous: previous, lastSeq: start)
        try chain.register(on: db)
        defer { chain.unregister(from: db) }
        // In batches of sequence numbers: one UPDATE over a million rows would hold a statement
        // journal for all of them in memory.
        let update = try db.makeStatement(sql: """
            UPDATE audit SET hash = samreg_audit_chain(seq, at, actor, command, action, tbl, record_id, before, after)
            WHERE seq > ? AND seq <= ?
            """)
        var from = start
        while from < end {
            let to = min(end, from + 10_000)
            try withExtendedLifetime(chain) { try update.execute(arguments: [from, to]) }
            from = to
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

    /// A short, quotable statement of how far the trail reached: the number of its newest
    /// sealed entry and the first 20 hex digits (80 bits) of that entry's hash, e.g.
    /// `samreg-audit 1234:3f9a0c5e71d2b84a6f03`. Quoted where the file's writers cannot reach
    /// (the minutes, the annual summary), it lets `samreg audit verify --head` prove later that
    /// the trail still extends it: entries up to it were neither removed nor rewritten.
    public struct Head: Sendable, Equatable, CustomStringConvertible {
        /// The sequence number of the entry the head names (0: the empty trail).
        public let count: Int64
        /// Lower-case hex: the entry's hash, or the quoted prefix of it.
        public let hash: String

        /// Hex digits printed: 80 bits. Finding different trail content whose hash at that
        /// entry begins with the same 20 digits takes about 2^80 hash computations.
        public static let quotedDigits = 20
        /// Fewer digits than this are refused by `--head` (64 bits).
        public static let minimumDigits = 16
        /// The hash of the empty trail (no entries).
        public static let emptyHash = String(repeating: "0", count: 64)

        public init(count: Int64, hash: String) {
            self.count = count
            self.hash = hash
        }

        public var description: String { "samreg-audit \(count):\(hash.prefix(Head.quotedDigits))" }

        /// Reads a head as `samreg audit head` prints it (`samreg-audit COUNT:HEX`, or just
        /// `COUNT:HEX`), with 16 to 64 hex digits; throws a one-line explanation otherwise.
        public init(parsing text: String) throws {
            var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
            if rest.lowercased().hasPrefix("samreg-audit") {
                rest = rest.dropFirst("samreg-audit".count).drop { $0 == " " || $0 == "\t" }
            }
            let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
            let shown = text.count > 100 ? String(text.prefix(100)) + "…" : text
            let usage = "expected 'samreg-audit COUNT:HASH' as `samreg audit head` prints it, got '\(shown)'"
            guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
                  let count = Int64(parts[0]) else {
                throw SamregError("--head: \(usage)")
            }
            let hex = parts[1].lowercased()
            guard hex.allSatisfy({ $0.isASCII && $0.isHexDigit }) else {
                throw SamregError("--head: the hash may only have hex digits 0-9 a-f; \(usage)")
            }
            guard (Head.minimumDigits...64).contains(hex.count) else {
                throw SamregError("--head: the hash needs \(Head.minimumDigits) to 64 hex digits (has \(hex.count)); \(usage)")
            }
            self.init(count: count, hash: hex)
        }
    }

    /// The head of the trail: its newest sealed entry (the empty head when none is sealed).
    /// Cheap: one indexed read, no verification (see `verify` and `checkHead`).
    public static func head(_ db: Database) throws -> Head {
        guard let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1") else {
            return Head(count: 0, hash: Head.emptyHash)
        }
        return Head(count: row["seq"], hash: row["hash"])
    }

    /// Whether the trail still extends a head quoted earlier: its entry `head.count` is there
    /// and its hash begins with the quoted digits. Together with `verify` (every entry chains
    /// to the one before) this proves entries 1…count are what they were when it was quoted.
    public static func checkHead(_ db: Database, _ head: Head) throws -> Problem? {
        if head.count == 0 {
            return head.hash.allSatisfy { $0 == "0" } ? nil
                : Problem(seq: 0, message: "the quoted head \(head) names no entry but has a hash other than the empty trail's")
        }
        guard let row = try Row.fetchOne(db, sql: "SELECT hash FROM audit WHERE seq = ?", arguments: [head.count]) else {
            let last = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM audit") ?? 0
            if last < head.count {
                return Problem(seq: head.count, message: "missing: the quoted head \(head) names entry \(head.count), but the trail ends at \(last): entries were removed after the head was quoted")
            }
            return Problem(seq: head.count, message: "missing: the entry the quoted head \(head) names was removed")
        }
        guard let hash = row["hash"] as String? else {
            return Problem(seq: head.count, message: "unsealed, but the quoted head \(head) names it: it was rewritten after the head was quoted")
        }
        guard hash.hasPrefix(head.hash) else {
            return Problem(seq: head.count, message: "its hash begins \(hash.prefix(Head.quotedDigits)), not as the quoted head \(head): the trail up to the head was rewritten after it was quoted")
        }
        return nil
    }

    /// Audit rows filtered by record, actor and period, oldest first. Of a row about a sealed
    /// record (`Confidentiality`) the command reads as masked, the values before and after
    /// show the registration only, and the hash (which would confirm a guess) is left out,
    /// unless `includeConfidential`.
    public static func log(_ db: Database, table: String? = nil, recordId: Int64? = nil, actor: String? = nil,
                           from: String? = nil, to: String? = nil, limit: Int? = nil,
                           includeConfidential: Bool = false) throws -> [Entry] {
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        if let table { conditions.append("tbl = ?"); arguments.append(table.databaseValue) }
        if let recordId { conditions.append("record_id = ?"); arguments.append(recordId.databaseValue) }
        if let actor { conditions.append("actor = ?"); arguments.append(actor.nfc.databaseValue) }
        if let from { conditions.append("at >= ?"); arguments.append(from.databaseValue) }
        if let to { conditions.append("at < date(?, '+1 day')"); arguments.append(to.databaseValue) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // The rows, with what a row about a sealed record says masked unless asked for.
        var shown = columns
        if !includeConfidential {
            let mask = "'\(Confidentiality.mask)'"
            shown = """
                seq, at, actor, CASE WHEN sealed THEN \(mask) ELSE command END AS command, action, tbl, record_id,
                CASE WHEN sealed THEN \(try Confidentiality.maskedAuditJSON("before", db)) ELSE before END AS before,
                CASE WHEN sealed THEN \(try Confidentiality.maskedAuditJSON("after", db)) ELSE after END AS after,
                CASE WHEN sealed THEN NULL ELSE hash END AS hash
                """
        }
        let rows = includeConfidential ? "audit"
            : "(SELECT \(columns), \(Confidentiality.sealedAuditRow(alias: "samreg_audit")) AS sealed FROM audit samreg_audit)"
        var sql = "SELECT \(shown) FROM \(rows) \(whereClause) ORDER BY seq"
        if let limit { sql = "SELECT * FROM (SELECT \(shown) FROM \(rows) \(whereClause) ORDER BY seq DESC LIMIT \(limit)) ORDER BY seq" }
        return try Row.fetchAll(db, SQLRequest<Row>(sql: sql, arguments: StatementArguments(arguments), cached: true)).map(Entry.init(row:))
    }
}
