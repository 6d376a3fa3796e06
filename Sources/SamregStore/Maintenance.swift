import Foundation
import GRDB
import SamregCore

/// Backups and health checks of a registry database.
public enum Maintenance {
    /// Copies the database to `destination` with SQLite's online backup API, from one
    /// consistent snapshot, while other processes keep working. The copy is readable by its
    /// owner only. An existing destination is refused.
    public static func backup(_ registry: Registry, to destination: String) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: destination) {
            throw SamregError("backup: \(destination) already exists; choose a new file name")
        }
        let dir = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw SamregError("backup: the directory \(dir) does not exist")
        }
        let fd = open(destination, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { throw SamregError("backup: cannot create \(destination): \(String(cString: strerror(errno)))") }
        close(fd)
        do {
            let target = try DatabaseQueue(path: destination)
            try registry.dbQueue.backup(to: target)
            try target.close()
        } catch let error as DatabaseError {
            try? fm.removeItem(atPath: destination)
            throw SamregError("backup to \(destination) failed: \(error.message ?? "\(error.resultCode)"); no backup was written")
        }
    }

    /// One line of `samreg check`.
    public struct Finding: Sendable {
        public let check: String
        public let ok: Bool
        public let detail: String
    }

    /// Integrity, foreign keys, the search index, the open remisser, the audit chain, and the
    /// records against the audit trail.
    public static func check(_ registry: Registry) throws -> [Finding] {
        try registry.read { db in
            var findings: [Finding] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            findings.append(Finding(check: "integrity", ok: integrity == ["ok"],
                                    detail: integrity == ["ok"] ? "ok" : integrity.prefix(5).joined(separator: "; ")))
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            findings.append(Finding(check: "foreign keys", ok: fk.isEmpty,
                                    detail: fk.isEmpty ? "ok" : fk.prefix(5).map { "\($0[0] as String? ?? "?") row \($0[1] as Int64? ?? 0) → \($0[2] as String? ?? "?")" }.joined(separator: "; ")))
            var ftsOK = true
            var ftsDetail = "ok"
            let indexed = try Int.fetchOne(db, sql: "SELECT count(*) FROM search") ?? 0
            var records = 0
            for family in SearchIndex.searchable {
                records += try Int.fetchOne(db, sql: "SELECT count(*) FROM \(family.table)") ?? 0
            }
            if ftsOK && indexed != records {
                ftsOK = false
                ftsDetail = "\(indexed) entries for \(records) records: run `samreg check --repair-search`"
            }
            findings.append(Finding(check: "search index", ok: ftsOK, detail: ftsDetail))
            // The open remisser kept by triggers (migration 0010) against remiss_state's own rule.
            let open = "SELECT r.id, r.deadline_on FROM remiss r JOIN remiss_state s ON s.remiss_id = r.id WHERE s.state = 'oppen'"
            let kept = "SELECT remiss_id, deadline_on FROM remiss_unsettled"
            let drift = try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM (\(kept) EXCEPT \(open))) + (SELECT count(*) FROM (\(open) EXCEPT \(kept)))
                """) ?? 0
            findings.append(Finding(check: "open remisser", ok: drift == 0,
                                    detail: drift == 0 ? "ok" : "\(drift) remisser listed wrongly as open or not"))
            let (checked, problems) = try AuditTrail.verify(db)
            findings.append(Finding(check: "audit trail", ok: problems.isEmpty,
                                    detail: problems.isEmpty ? "\(checked) records, chain intact" : problems.prefix(5).map(\.description).joined(separator: "; ")))
            // The records against the trail: what someone with the audit triggers dropped leaves.
            let state = try AuditTrail.verifyState(db, limit: 5)
            findings.append(Finding(check: "records match audit trail", ok: state.total == 0,
                                    detail: state.total == 0 ? "ok" : "\(state.total) record\(state.total == 1 ? "" : "s") changed outside the trail: "
                                        + state.problems.map(\.description).joined(separator: "; ")
                                        + (state.total > state.problems.count ? "; …" : "")))
            return findings
        }
    }

    /// Rebuilds the full-text index from the records.
    public static func repairSearch(_ registry: Registry) throws {
        try registry.write { db in try SearchIndex.rebuild(db) }
    }
}
