import GRDB
import SamregCore

/// Loads the bundled seed data (`seeds/*.sql`, embedded at build time): real SÖSR facts from
/// the source documents, each row citing its file and line in `source`.
///
/// Every seed file inserts only what is missing (by natural key), so seeding twice changes
/// nothing. All files run in one transaction.
public enum Seeder {
    public static var fileNames: [String] { EmbeddedSQL.seeds.map(\.name) }

    /// Runs every seed file and returns the number of rows added per table (tables that
    /// gained nothing are left out).
    public static func run(_ registry: Registry) throws -> [(table: String, added: Int)] {
        try registry.write { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%STRICT%'
                  AND name NOT IN ('audit', 'audit_context', 'remiss_unsettled') ORDER BY name   -- records only, not derived tables
                """)
            func counts() throws -> [String: Int] {
                var result: [String: Int] = [:]
                for table in tables { result[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
                return result
            }
            let before = try counts()
            for (name, sql) in EmbeddedSQL.seeds {
                do {
                    try db.execute(sql: sql)
                } catch let error as DatabaseError {
                    throw SamregError("seed file \(name).sql failed: \(error.message ?? "\(error.resultCode)"); nothing was seeded")
                }
            }
            let after = try counts()
            try SearchIndex.rebuild(db)
            return tables.compactMap { table in
                let added = (after[table] ?? 0) - (before[table] ?? 0)
                return added > 0 ? (table, added) : nil
            }
        }
    }
}
