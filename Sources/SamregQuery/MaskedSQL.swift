import Foundation
import GRDB
import GRDBSQLite
import SamregCore
import SamregStore

/// The registry as the web's SQL page shows it to those who may not see sealed records
/// (`Confidentiality.Mode.mask`): every table that can hold sealed content is read through a
/// masked copy, and an authorizer refuses every other route to the stored rows.
///
/// - Each table whose rows can be sealed (a family that `Confidentiality.canSeal`,
///   `remiss_assignment`, `audit`) that the query reads is copied into `temp.samreg_masked_TABLE` with the columns
///   outside the registration masked in sealed rows (as `list` masks them; the audit trail's
///   command, before/after and hash as `audit log` masks them), and a TEMP VIEW of the
///   table's own name reads that copy: unqualified names resolve to temp first, so
///   `SELECT * FROM remiss` reads the masked rows. The schema's own views are made again as
///   TEMP VIEWs, so that they read the masked tables too.
/// - While the query is prepared and run, an authorizer (`sqlite3_set_authorizer`) refuses
///   every read of those tables in main, whatever the context: not only `main.remiss` but
///   also a read inside a CTE or a view of main. (The authorizer's fourth argument names a
///   CTE as it names a view, so it cannot tell the masked views' reads from the query's own:
///   that is why the copies are made before the query and main is never read during it.) It
///   refuses the account tables, the search index (it holds sealed texts), every table and
///   table-valued function not known to be harmless (`sqlite_dbpage` reads raw pages),
///   pragmas other than those that describe the schema, ATTACH, and everything but reading.
///
/// The connection is meant for this query only (the web opens one per request): the
/// authorizer replaces GRDB's own, which is not restored afterwards.
enum MaskedSQL {
    static let copyPrefix = "samreg_masked_"

    /// Main tables outside the families that hold nothing of a record's content.
    static let openAuxiliary: Set<String> = ["grdb_migrations", "remiss_unsettled", "sqlite_sequence", "sqlite_schema", "sqlite_master"]
    /// Table-valued functions that read no table (besides `pragma_…`, see `pragmas`).
    static let openFunctions: Set<String> = ["json_each", "json_tree", "generate_series"]
    /// Pragmas that describe the schema, as statements or as `pragma_…` functions (and the
    /// counter FTS5 reads before it reads its tables).
    static let pragmas: Set<String> = ["table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
                                       "foreign_key_list", "database_list", "collation_list", "function_list", "module_list", "pragma_list",
                                       "data_version"]

    /// The tables whose rows can be sealed, read through masked copies.
    static func maskedTables(_ db: Database) throws -> [String] {
        var tables: [String] = []
        for table in Families.all.filter(Confidentiality.canSeal).map(\.table) + ["remiss_assignment", "audit"]
        where !tables.contains(table) {
            if try db.tableExists(table) { tables.append(table) }
        }
        return tables
    }

    /// What the authorizer allows, and the first refusal as the page says it.
    final class Guard {
        let masked: Set<String>
        let schemaTables: Set<String>
        let schemaViews: Set<String>
        let created: [(kind: String, name: String)]
        var denial: String?

        init(masked: Set<String>, schemaTables: Set<String>, schemaViews: Set<String>, created: [(kind: String, name: String)]) {
            self.masked = masked
            self.schemaTables = schemaTables
            self.schemaViews = schemaViews
            self.created = created
        }

        func deny(_ text: String) -> Int32 {
            if denial == nil { denial = text }
            return SQLITE_DENY
        }

        func authorize(_ action: Int32, _ a: String?, _ b: String?, _ schema: String?) -> Int32 {
            switch action {
            case SQLITE_SELECT, SQLITE_RECURSIVE:
                return SQLITE_OK
            case SQLITE_FUNCTION:
                return b?.lowercased() == "load_extension" ? deny("Funktionen load_extension är inte tillåten.") : SQLITE_OK
            case SQLITE_READ:
                let table = (a ?? "").lowercased()
                // A table read for its rows only (`count(*)`), no column: SQLite names no schema.
                if (b ?? "").isEmpty { return SQLITE_OK }
                if schema == "temp" { return SQLITE_OK }
                guard schema == "main" else { return deny("Läsning av \(schema ?? "?").\(table) är inte tillåten: bara registret kan läsas.") }
                if masked.contains(table) {
                    return deny("Läsning av main.\(table) är inte tillåten: läs \(table) (sekretessmarkerade uppgifter maskeras)")
                }
                if MaskedSQL.openAuxiliary.contains(table) || schemaViews.contains(table) { return SQLITE_OK }
                if schemaTables.contains(table) {
                    if Families.all.contains(where: { $0.table == table && !Confidentiality.canSeal($0) }) { return SQLITE_OK }
                    return deny("Läsning av \(table) är inte tillåten från webben (den kan innehålla sekretessmarkerade uppgifter eller konton).")
                }
                if table.hasPrefix("pragma_") || MaskedSQL.openFunctions.contains(table) { return SQLITE_OK }
                return deny("Läsning av \(table) är inte tillåten från webben.")
            case SQLITE_PRAGMA:
                let name = (a ?? "").lowercased()
                return MaskedSQL.pragmas.contains(name) ? SQLITE_OK : deny("PRAGMA \(name) är inte tillåten här: bara de som beskriver schemat (t.ex. table_info).")
            case SQLITE_UPDATE where a == "sqlite_master" && schema == "main":
                // Asked when an eponymous table (`pragma_table_info`) is first read; nothing is
                // written (the connection is read-only and `query_only`).
                return SQLITE_OK
            case SQLITE_ATTACH, SQLITE_DETACH:
                return deny("ATTACH och DETACH är inte tillåtna: bara registret kan läsas.")
            default:
                return deny("Bara frågor som läser (SELECT) är tillåtna.")
            }
        }
    }

    /// Makes the masked copies and views on `db` and installs the authorizer. `exclude` leaves
    /// sealed rows out instead of masking them.
    static func begin(_ db: Database, sql: String, exclude: Bool) throws -> Guard {
        let tables = Set(try String.fetchAll(db, sql: "SELECT lower(name) FROM main.sqlite_schema WHERE type = 'table'"))
        let views = try Row.fetchAll(db, sql: "SELECT name, sql FROM main.sqlite_schema WHERE type = 'view' ORDER BY name")
        let maskable = try maskedTables(db)
        // Only the tables the query reads are copied (a copy of the audit trail of a large
        // registry takes seconds); all of them when that cannot be told.
        let read = tablesRead(db, sql: sql)
        let masked = maskable.filter { read?.contains($0.lowercased()) ?? true }
        let queryOnly = try Bool.fetchOne(db, sql: "PRAGMA query_only") ?? false
        // The connection is read-only (SQLITE_OPEN_READONLY): only temp can be written.
        try db.execute(sql: "PRAGMA query_only = 0")
        var created: [(kind: String, name: String)] = []
        do {
            // Every copy is made before any view shadows a main table: the rule's own
            // subqueries name the tables unqualified and must read the stored rows.
            for table in masked {
                let copy = (copyPrefix + table).quotedDatabaseIdentifier
                try db.execute(sql: "CREATE TEMP TABLE \(copy) AS \(try maskedSelect(table, db, exclude: exclude))")
                created.append(("TABLE", copyPrefix + table))
            }
            for table in masked {
                try db.execute(sql: "CREATE TEMP VIEW \(table.quotedDatabaseIdentifier) AS SELECT * FROM temp.\((copyPrefix + table).quotedDatabaseIdentifier)")
                created.append(("VIEW", table))
            }
            for view in views {
                let name: String = view["name"], sql: String = view["sql"] ?? ""
                guard let range = sql.range(of: #"^\s*CREATE\s+VIEW\s"#, options: [.regularExpression, .caseInsensitive]) else {
                    throw SamregError("sql: cannot mask the view \(name)")
                }
                try db.execute(sql: "CREATE TEMP VIEW " + sql[range.upperBound...])
                created.append(("VIEW", name))
            }
        } catch {
            drop(db, created)
            try? db.execute(sql: "PRAGMA query_only = \(queryOnly ? 1 : 0)")
            throw error
        }
        try db.execute(sql: "PRAGMA query_only = \(queryOnly ? 1 : 0)")
        let guardian = Guard(masked: Set(maskable.map { $0.lowercased() }), schemaTables: tables,
                             schemaViews: Set(views.map { ($0["name"] as String).lowercased() }), created: created)
        sqlite3_set_authorizer(db.sqliteConnection, { context, action, a, b, schema, _ in
            guard let context else { return SQLITE_DENY }
            return Unmanaged<Guard>.fromOpaque(context).takeUnretainedValue()
                .authorize(action, a.map { String(cString: $0) }, b.map { String(cString: $0) }, schema.map { String(cString: $0) })
        }, Unmanaged.passUnretained(guardian).toOpaque())
        return guardian
    }

    /// The main tables `sql` reads (through views, CTEs and subqueries), found by preparing it
    /// without running it while an authorizer notes every read and allows nothing else; nil
    /// when it does not prepare as it stands (it names a temp copy, say).
    static func tablesRead(_ db: Database, sql: String) -> Set<String>? {
        final class Reads { var tables: Set<String> = [] }
        let reads = Reads()
        let connection = db.sqliteConnection
        sqlite3_set_authorizer(connection, { context, action, a, _, schema, _ in
            guard let context else { return SQLITE_DENY }
            let reads = Unmanaged<Reads>.fromOpaque(context).takeUnretainedValue()
            switch action {
            case SQLITE_READ:
                if let a, schema.map({ String(cString: $0) == "main" }) ?? true { reads.tables.insert(String(cString: a).lowercased()) }
                return SQLITE_OK
            case SQLITE_SELECT, SQLITE_RECURSIVE, SQLITE_FUNCTION:
                return SQLITE_OK
            default:
                return SQLITE_DENY
            }
        }, Unmanaged.passUnretained(reads).toOpaque())
        defer {
            sqlite3_set_authorizer(connection, nil, nil)
            withExtendedLifetime(reads) {}
        }
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        sqlite3_finalize(statement)
        return code == SQLITE_OK ? reads.tables : nil
    }

    /// Removes the authorizer and what `begin` made.
    static func end(_ db: Database, _ guardian: Guard) {
        sqlite3_set_authorizer(db.sqliteConnection, nil, nil)
        withExtendedLifetime(guardian) {}
        let queryOnly = (try? Bool.fetchOne(db, sql: "PRAGMA query_only")) ?? false
        try? db.execute(sql: "PRAGMA query_only = 0")
        drop(db, guardian.created)
        try? db.execute(sql: "PRAGMA query_only = \(queryOnly ? 1 : 0)")
        db.clearSchemaCache()
    }

    /// Drops what `begin` made (views first), each on its own: a failure leaves the rest to
    /// the connection's close, which drops everything in temp.
    static func drop(_ db: Database, _ created: [(kind: String, name: String)]) {
        for object in created.reversed() {
            try? db.execute(sql: "DROP \(object.kind) IF EXISTS temp.\(object.name.quotedDatabaseIdentifier)")
        }
    }

    /// The SELECT that makes the masked copy of `table`: the same columns, those outside the
    /// registration masked in sealed rows.
    static func maskedSelect(_ table: String, _ db: Database, exclude: Bool) throws -> String {
        let columns = try db.columns(in: table).map(\.name)
        if table == "audit" {
            let sealed = Confidentiality.sealedAuditRow(alias: "samreg_audit")
            let list = try columns.map { name -> String in
                let q = name.quotedDatabaseIdentifier
                switch name {
                case "command": return "CASE WHEN sealed THEN '\(Confidentiality.mask)' ELSE command END AS command"
                case "before", "after": return "CASE WHEN sealed THEN \(try Confidentiality.maskedAuditJSON(name, db)) ELSE \(q) END AS \(q)"
                case "hash": return "CASE WHEN sealed THEN NULL ELSE hash END AS hash"
                default: return q
                }
            }
            return "SELECT \(list.joined(separator: ", ")) FROM (SELECT samreg_audit.*, \(sealed) AS sealed FROM main.audit samreg_audit)"
                + (exclude ? " WHERE NOT sealed" : "")
        }
        let rule = Confidentiality.sealed(table: table, alias: "samreg_t0") ?? "0"
        let masked = try Confidentiality.maskedColumns(table, db)
        let list = columns.map { name -> String in
            let q = "samreg_t1.\(name.quotedDatabaseIdentifier)"
            guard let value = masked[name] else { return q }
            return "CASE WHEN samreg_t1.samreg_sealed THEN \(value) ELSE \(q) END AS \(name.quotedDatabaseIdentifier)"
        }
        return "SELECT \(list.joined(separator: ", ")) FROM (SELECT samreg_t0.*, \(rule) AS samreg_sealed FROM main.\(table.quotedDatabaseIdentifier) samreg_t0) samreg_t1"
            + (exclude ? " WHERE NOT samreg_t1.samreg_sealed" : "")
    }
}
