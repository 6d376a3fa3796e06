import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

@Suite("Migrations and opening a registry")
struct MigrationTests {
    /// The `.sql` files of `folder` (relative to the package root) by stem, in name order.
    /// A missing folder has none (git does not keep empty folders).
    private func sqlFiles(_ folder: String) throws -> [(name: String, text: String)] {
        let url = packageRoot.appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: url.path)
            .filter { $0.hasSuffix(".sql") }
            .sorted()
            .map { file in
                (String(file.dropLast(4)), try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8))
            }
    }

    /// What the EmbedSQL plugin embeds for a file's text: a Swift multi-line raw string drops
    /// the line break before its closing delimiter, and normalises line endings.
    private func embedded(_ text: String) -> String {
        var t = text.replacingOccurrences(of: "\r\n", with: "\n")
        if t.hasSuffix("\n") { t.removeLast() }
        return t
    }

    @Test func embeddedSQLMatchesTheFolders() throws {
        for (folder, list) in [("migrations", EmbeddedSQL.migrations), ("seeds", EmbeddedSQL.seeds)] {
            let files = try sqlFiles(folder)
            #expect(list.map(\.name) == files.map(\.name),
                    "the SQL embedded in the binary is not the \(folder)/ folder's file list: rebuild (the EmbedSQL plugin embeds the folders)")
            for (file, entry) in zip(files, list) where file.name == entry.name {
                #expect(entry.sql == embedded(file.text),
                        "\(folder)/\(file.name).sql differs from the SQL embedded in the binary: rebuild (the EmbedSQL plugin embeds the folders)")
            }
        }
        #expect(Migrations.names == EmbeddedSQL.migrations.map(\.name))
        #expect(Seeder.fileNames == EmbeddedSQL.seeds.map(\.name))
    }

    @Test func migrationNamesAreNumberedInOrder() {
        #expect(!Migrations.names.isEmpty)
        #expect(Migrations.names == Migrations.names.sorted())
        #expect(Set(Migrations.names).count == Migrations.names.count)
        for name in Migrations.names {
            #expect(name.prefix(4).allSatisfy(\.isNumber) && name.dropFirst(4).first == "_", "\(name)")
        }
    }

    // MARK: Schema dump

    static let schemaHeader = """
        -- The schema of a freshly created samreg registry, as SQLite stores it:
        -- SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name
        -- Generated, do not edit. The unit test freshMigrateGivesTheCommittedSchema compares it
        -- byte for byte; when a migration changes the schema it writes docs/schema.sql.new:
        -- review that file and move it over this one.


        """

    static func schemaDump(_ db: Database) throws -> String {
        let statements = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")
        return schemaHeader + statements.map { $0 + ";\n" }.joined(separator: "\n")
    }

    @Test func freshMigrateGivesTheCommittedSchema() throws {
        let committedURL = packageRoot.appendingPathComponent("docs/schema.sql")
        let newURL = packageRoot.appendingPathComponent("docs/schema.sql.new")
        try withRegistry { registry, _ throws in
            let dump = try registry.read { db in try MigrationTests.schemaDump(db) }
            let committed = try? String(contentsOf: committedURL, encoding: .utf8)
            if committed != dump {
                try? dump.write(to: newURL, atomically: true, encoding: .utf8)
                Issue.record("""
                    docs/schema.sql is not the schema a fresh migrate creates. The schema now is in \
                    docs/schema.sql.new: review the difference (diff docs/schema.sql docs/schema.sql.new), \
                    then regenerate with `mv docs/schema.sql.new docs/schema.sql`.
                    """)
            } else {
                try? FileManager.default.removeItem(at: newURL)
            }
        }
    }

    // MARK: Schema properties

    @Test func everyTableIsStrict() throws {
        try withRegistry { registry, _ throws in
            let rows = try registry.read { db in
                try Row.fetchAll(db, sql: "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")
            }
            let checked = rows.filter { row in
                let name: String = row["name"]
                return !name.hasPrefix("sqlite_") && name != "grdb_migrations" && !name.hasPrefix("search")
            }
            #expect(checked.count >= 20)
            for row in checked {
                let name: String = row["name"]
                let strict: Int = row["strict"]
                #expect(strict == 1, "table \(name) is not STRICT")
            }
        }
    }

    @Test func foreignKeysAreEnforced() throws {
        try withRegistry { registry, _ throws in
            #expect(try registry.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") } == 1)
            let error = samregError {
                try registry.write { db in
                    try db.execute(sql: "INSERT INTO body (kind, name, parent_id) VALUES ('rpo', 'RPO X', 999)")
                }
            }
            #expect(error?.message.contains("FOREIGN KEY") == true)
        }
    }

    @Test func journalModeIsWAL() throws {
        try withRegistry { registry, _ throws in
            #expect(try registry.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        }
    }

    @Test func freshRegistryHasEveryMigrationAndTheReferenceOrganisations() throws {
        try withRegistry { registry, _ throws in
            #expect(try registry.appliedMigrations() == Migrations.names)
            #expect(try registry.organisationId("RÖ") > 0)
            #expect(try registry.count("audit") == 0)
            #expect(try registry.read { db in try String.fetchOne(db, sql: "SELECT samreg_today()") } == "2025-06-17")
        }
    }

    @Test func createdFileIsReadableByItsOwnerOnly() throws {
        try withRegistry { registry, _ throws in
            let attributes = try FileManager.default.attributesOfItem(atPath: registry.path)
            let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue
            #expect(permissions == 0o600)
        }
    }

    @Test func swedishCollationAndFoldAreAvailableInSQL() throws {
        try withRegistry { registry, _ throws in
            let names = try registry.read { db in
                try String.fetchAll(db, sql: """
                    SELECT column1 FROM (VALUES ('Ärla'), ('Åre'), ('Zorn'), ('ankare'), ('Öland'), ('Éva'), ('Eksjö'))
                    ORDER BY column1 COLLATE swedish
                    """)
            }
            #expect(names == ["ankare", "Eksjö", "Éva", "Zorn", "Åre", "Ärla", "Öland"])
            #expect(try registry.read { db in try String.fetchOne(db, sql: "SELECT samreg_fold('RÖ 2024–6246')") } == "rö 2024-6246")
        }
    }

    // MARK: Newer and older databases

    @Test func databaseFromANewerSamregIsRefused() throws {
        try withTempDir { dir throws in
            let path = dir + "/r.sqlite"
            let registry = try Registry(path: path, mode: .create, actor: "tester", today: "2025-06-17")
            try registry.dbQueue.close()
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('0099_from_the_future')")
            }
            try queue.close()
            for mode in [Registry.Mode.readWrite, .readOnly, .create] {
                let error = samregError { _ = try Registry(path: path, mode: mode, actor: "tester", today: "2025-06-17") }
                #expect(error?.message.contains("newer") == true, "\(mode): \(String(describing: error))")
                #expect(error?.message.contains("0099_from_the_future") == true)
            }
        }
    }

    @Test func olderDatabaseIsRefusedByReadWriteAndUpgradedByCreate() throws {
        try withTempDir { dir throws in
            let path = dir + "/r.sqlite"
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator(upTo: 1).migrate(queue)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO body (id, kind, name, short_name) VALUES (7, 'samverkansnamnd', 'Samverkansnämnden', 'SVN')")
            }
            try queue.close()

            for mode in [Registry.Mode.readWrite, .readOnly] {
                let error = samregError { _ = try Registry(path: path, mode: mode, actor: "tester", today: "2025-06-17") }
                #expect(error?.message.contains("older schema (1 of \(Migrations.names.count) migrations)") == true,
                        "\(String(describing: error))")
            }

            let registry = try Registry(path: path, mode: .create, actor: "tester", today: "2025-06-17")
            defer { try? registry.dbQueue.close() }
            #expect(try registry.appliedMigrations() == Migrations.names)
            let body = try #require(try registry.row("body", id: 7))
            #expect(body["name"] as String == "Samverkansnämnden")
            #expect(body["short_name"] as String == "SVN")
            #expect(try registry.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
            // The upgraded database is usable: the body is found by its short name.
            let remiss = try registry.insert(Families.remiss, remissInput(["preparing": "SVN"]))
            #expect(try registry.read { db in
                try Int64.fetchOne(db, sql: "SELECT body_id FROM remiss_assignment WHERE remiss_id = ?", arguments: [remiss])
            } == 7)
            // And opens with .readWrite now.
            try registry.dbQueue.close()
            let reopened = try Registry(path: path, mode: .readWrite, actor: "tester", today: "2025-06-17")
            try reopened.dbQueue.close()
        }
    }

    @Test func migration0011StoresIssuersAsTheirKeyAndSealsWhatItChanged() throws {
        try withTempDir { dir throws in
            let path = dir + "/r.sqlite"
            let queue = try DatabaseQueue(path: path)
            let index = try #require(Migrations.names.firstIndex { $0.hasPrefix("0011_") })
            try Migrations.migrator(upTo: index).migrate(queue)
            try queue.write { db in
                let sender = try #require(try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE code = 'SKR'"))
                for (id, written, issuer, year, serial) in [
                    (1, "rö 2024–6246", "rö", 2024, "6246"), (2, "Fi2025/01063", "Fi", 2025, "01063"),
                    (3, "rjl 2025/1", "rjl", 2025, "1"), (4, "RJL 2025/1", "RJL", 2025, "1"),
                    (5, "R\u{4F}\u{308} 2023-9", "R\u{4F}\u{308}", 2023, "9"), (6, "RKL 2024/5", "RKL", 2024, "5"),
                ] as [(Int, String, String, Int, String)] {
                    try db.execute(sql: """
                        INSERT INTO remiss (id, title, sender_id, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial)
                        VALUES (?, 'Remiss', ?, 'myndighet', '2025-01-01', '2025-02-01', ?, ?, ?, ?)
                        """, arguments: [id, sender, written, issuer, year, serial])
                }
                try db.execute(sql: "INSERT INTO reference (family, record_id, written, issuer, year, serial) VALUES ('remiss', 6, 'Fi2025/01063', 'Fi', 2025, '01063')")
                try AuditTrail.seal(db, after: 0)
            }
            try queue.close()

            let registry = try Registry(path: path, mode: .create, actor: "tester", today: "2025-06-17")
            defer { try? registry.dbQueue.close() }
            let issuers = try registry.read { db in try String.fetchAll(db, sql: "SELECT case_issuer FROM remiss ORDER BY id") }
            // rjl 2025/1 stays as it was: RJL 2025/1 is on record too (one case in two spellings).
            #expect(issuers == ["RÖ", "FI", "rjl", "RJL", "RÖ", "RKL"])
            #expect(try registry.row("remiss", id: 1)?["case_number"] as String? == "rö 2024–6246", "the text as written is kept")
            #expect(try registry.read { db in try String.fetchOne(db, sql: "SELECT issuer FROM reference") } == "FI")
            let (_, problems) = try registry.read { db in try AuditTrail.verify(db) }
            #expect(problems.isEmpty, "\(problems)")
            #expect(try registry.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE actor = 'samreg init' AND command = 'migration \(Migrations.names[index])'")
            } == 4)
            // The upgraded registry finds and refuses the case in any spelling.
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["case_number": "RÖ 2024-6246"])) }
                    == "duplicate case number 'RÖ 2024-6246': remiss 1 already has it (written 'rö 2024–6246')")
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["case_number": "FI 2025-01063"])) }?
                .hasPrefix("duplicate case number") == true)
        }
    }

    @Test func missingOrEmptyDatabaseIsRefusedWithoutCreate() throws {
        try withTempDir { dir throws in
            let missing = samregError { _ = try Registry(path: dir + "/none.sqlite", mode: .readWrite, actor: "t", today: "2025-06-17") }
            #expect(missing?.message.contains("no database at") == true)
            #expect(!FileManager.default.fileExists(atPath: dir + "/none.sqlite"))

            _ = FileManager.default.createFile(atPath: dir + "/empty.sqlite", contents: Data())
            let empty = samregError { _ = try Registry(path: dir + "/empty.sqlite", mode: .readWrite, actor: "t", today: "2025-06-17") }
            #expect(empty?.message.contains("not a samreg database") == true)

            let noDir = samregError { _ = try Registry(path: dir + "/nope/r.sqlite", mode: .create, actor: "t", today: "2025-06-17") }
            #expect(noDir?.message.contains("does not exist") == true)
        }
    }

    @Test func readOnlyRegistryRefusesWrites() throws {
        try withTempDir { dir throws in
            let path = dir + "/r.sqlite"
            try Registry(path: path, mode: .create, actor: "tester", today: "2025-06-17").dbQueue.close()
            let registry = try Registry(path: path, mode: .readOnly, actor: "tester", today: "2025-06-17")
            defer { try? registry.dbQueue.close() }
            #expect(throws: (any Error).self) { try registry.insert(Families.remiss, remissInput()) }
            #expect(try registry.count("remiss") == 0)
        }
    }
}
