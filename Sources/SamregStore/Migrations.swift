import GRDB

/// The schema migrations, from the numbered files in `migrations/` (embedded at build time by
/// the EmbedSQL build-tool plugin), registered with GRDB's `DatabaseMigrator` under their file stems.
///
/// GRDB runs each in its own transaction, records it in `grdb_migrations`, checks foreign
/// keys after it, and lets samreg refuse a database with migrations it does not know.
/// A shipped migration is never edited: change the schema with a new file.
///
/// Two `samreg init`s may run at once on the same file. GRDB reads which migrations are
/// applied before it starts their transactions, so both may set out to apply the same one; the
/// second to get the write lock finds it applied (inside its own immediate transaction) and
/// skips it: its row in grdb_migrations is deleted here and inserted again by GRDB in the same
/// transaction, so nothing changes.
public enum Migrations {
    public static let names: [String] = EmbeddedSQL.migrations.map(\.name)

    public static var migrator: DatabaseMigrator {
        migrator(upTo: EmbeddedSQL.migrations.count)
    }

    /// Runs one migration. The SQL functions a migration may use are registered first
    /// (`samreg_issuer_key`), and the audit rows that a migration changing records writes are
    /// sealed like any samreg write, with the actor `samreg init` and the migration's name.
    static func run(name: String, sql: String, _ db: Database) throws {
        db.add(function: Registry.issuerKeyFunction)
        db.add(function: Registry.foldFunction)
        let audited = try db.tableExists("audit") && db.tableExists("audit_context")
        let start = audited ? try Int64.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM audit") ?? 0 : 0
        if audited {
            try db.execute(sql: "UPDATE audit_context SET actor = 'samreg init', command = ? WHERE id = 1", arguments: ["migration \(name)"])
        }
        try db.execute(sql: sql)
        if audited {
            try AuditTrail.seal(db, after: start)
            try db.execute(sql: "UPDATE audit_context SET actor = NULL, command = NULL WHERE id = 1")
        }
    }

    /// The applied migrations, read in one snapshot (call it inside a read transaction).
    /// GRDB's `appliedIdentifiers` reads the table first and asks whether it exists only on
    /// failure, two snapshots apart: an init running at the same moment can create it in
    /// between, and the "no such table" error then escapes.
    static func applied(_ db: Database) throws -> Set<String> {
        // Plain SQL, not `db.tableExists`: GRDB caches what it learnt of the schema, and another
        // process may have changed it since.
        let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'grdb_migrations'") ?? false
        guard exists else { return [] }
        return try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
    }

    /// The migrator limited to the first `count` migrations (for upgrade tests and fixtures).
    public static func migrator(upTo count: Int) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (name, sql) in EmbeddedSQL.migrations.prefix(count) {
            migrator.registerMigration(name) { db in
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM grdb_migrations WHERE identifier = ?", arguments: [name]) == true {
                    try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [name])
                    return
                }
                try run(name: name, sql: sql, db)
                // The audit trail starts with the records as they stand when it is created, in
                // the same transaction: a registry upgraded from before the trail gets one
                // sealed entry for each older record (a new registry needs none; see
                // AuditTrail.baseline). The SQL file itself is as shipped.
                if name == auditTrailMigration { try AuditTrail.baseline(db) }
            }
        }
        return migrator
    }

    /// The migration that creates the audit trail.
    static let auditTrailMigration = "0007_audit_trail"
}
