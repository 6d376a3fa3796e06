import Foundation
import GRDB
import SamregCore

/// Backups and health checks of a registry database.
public enum Maintenance {
    /// Copies the database to `destination` with SQLite's online backup API, from one
    /// consistent snapshot, while other processes keep working. The copy is readable by its
    /// owner only. An existing destination is refused.
    ///
    /// The copy is written beside `destination` under a temporary name, checked
    /// (`PRAGMA integrity_check`, and the same schema migrations as the registry), flushed to
    /// disk, and only then given its name (a hard link, so an existing file is never
    /// replaced). A backup that fails, or is interrupted, leaves no file under `destination`.
    public static func backup(_ registry: Registry, to destination: String) throws {
        guard !destination.isEmpty else { throw SamregError("backup: give the new backup file's name") }
        // Not the database's own journal files either: SQLite would take the copy for one.
        let database = URL(fileURLWithPath: registry.path).resolvingSymlinksInPath().standardizedFileURL.path
        let target = URL(fileURLWithPath: destination).resolvingSymlinksInPath().standardizedFileURL.path
        if ["-wal", "-shm", "-journal"].contains(where: { database + $0 == target }) {
            throw SamregError("backup: \(destination) is a name SQLite uses for the registry's own journal files; choose another file name")
        }
        if let kind = SafeFiles.kind(ofEntryAt: destination) {
            let what = kind == "a regular file" ? "" : " (\(kind))"
            throw SamregError("backup: \(destination) already exists\(what); choose a new file name")
        }
        let dir = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw SamregError("backup: the directory \(dir) does not exist")
        }
        let file: TemporaryFile
        do {
            file = try TemporaryFile(besides: destination, extraSuffixes: ["-journal", "-wal", "-shm"])
        } catch let error as SamregError {
            throw SamregError("backup: \(error.message); no backup was written")
        }
        file.closeDescriptor()
        do {
            let copy = try DatabaseQueue(path: file.path)
            try registry.dbQueue.backup(to: copy)
            let (integrity, applied) = try copy.read { db in
                (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Migrations.migrator.appliedIdentifiers(db))
            }
            try copy.close()
            guard integrity == ["ok"] else {
                throw SamregError("backup to \(destination) failed: the copy does not pass its integrity check (\(integrity.prefix(3).joined(separator: "; "))); no backup was written")
            }
            guard applied == Set(try registry.appliedMigrations()) else {
                throw SamregError("backup to \(destination) failed: the copy does not have the registry's schema; no backup was written")
            }
            var wal = stat()
            if stat(file.path + "-wal", &wal) == 0 && wal.st_size > 0 {
                throw SamregError("backup to \(destination) failed: SQLite left part of the copy in its -wal file; no backup was written")
            }
            try file.commit(to: destination, option: "backup", replacing: false)
        } catch let error as DatabaseError {
            file.discard()
            throw SamregError("backup to \(destination) failed: \(error.message ?? "\(error.resultCode)"); no backup was written")
        } catch {
            file.discard()
            throw error
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
