import Foundation
import GRDB
import SamregTestSupport
import Testing

/// `samreg sql` only reads; `init`, `backup` and `check` keep the database safe.
@Suite("SQL, backup and check")
struct MaintenanceTests {
    func registry() async throws -> Sandbox {
        try await Sandbox.fromFixture("maintenance") { box in
            await box.addBodies()
            try await box.addRemiss(title: "Ett", category: "nhv", extra: ["--preparing", "SVN"])
            try await box.addRemiss(title: "Två", category: "nhv")
            try await box.addRemiss(title: "Tre", category: "myndighet", extra: ["--case-number", "RÖ 2024-6246"])
        }
    }

    @Test func sqlSelectAnswersTheQuery() async throws {
        let box = try await registry()
        let csv = await box.ok(["sql", "SELECT category, count(*) AS n FROM remiss GROUP BY category ORDER BY category", "--format", "csv"])
        #expect(csv.stdout == "category,n\nmyndighet,1\nnhv,2\n", "\(csv)")
        let json = await box.ok(["sql", "SELECT id, title FROM remiss WHERE case_number IS NOT NULL", "--format", "json"])
        let rows = try JSONValue.parse(json.stdout).objects()
        #expect(rows.count == 1)
        #expect(rows.first?.map(\.0) == ["id", "title"])
        #expect(rows.first?[1].1.string == "Tre")
        let swedish = await box.ok(["sql", "SELECT name FROM organisation WHERE code IN ('RÖ', 'RS', 'RJL') ORDER BY name COLLATE swedish", "--format", "csv"])
        #expect(swedish.stdout == "name\nRegion Jönköpings län\nRegion Stockholm\nRegion Östergötland\n", "\(swedish)")
    }

    @Test(arguments: [
        "DELETE FROM remiss",
        "UPDATE remiss SET title = 'x'",
        "DROP TABLE remiss",
        "INSERT INTO organisation (code, name, kind) VALUES ('X', 'X', 'annan')",
        "CREATE TABLE extra (x)",
        "DELETE FROM audit",
        "PRAGMA journal_mode = DELETE",
        "WITH r AS (SELECT 1) DELETE FROM remiss_assignment",
        "SELECT 1; DELETE FROM remiss",
        "VACUUM",
    ])
    func sqlThatWritesIsRefusedAndChangesNothing(statement: String) async throws {
        let box = try await registry()
        try await box.expectRefused(["sql", statement], mentions: ["sql:"])
        #expect(try await box.listIds("remiss") == [1, 2, 3])
    }

    @Test func sqlSyntaxErrorIsOneLine() async throws {
        let box = try await registry()
        try await box.expectRefused(["sql", "SELEKT * FROM remiss"], mentions: ["sql:", "SELEKT"])
        try await box.expectRefused(["sql", "SELECT * FROM remisser"], mentions: ["sql:", "remisser"])
    }

    @Test func newDatabaseFileIsReadableByItsOwnerOnly() async throws {
        let box = try await Sandbox(initialise: false)
        let created = await box.ok(["init"])
        #expect(created.stdout.contains("created"), "\(created)")
        #expect(try permissions(box.db) == 0o600)
        try await box.addRemiss()
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: box.db + suffix) {
            #expect(try permissions(box.db + suffix) & 0o077 == 0, "\(box.db + suffix) is readable by others")
        }
    }

    @Test func initOnACurrentDatabaseChangesNothing() async throws {
        let box = try await registry()
        let before = try box.dump()
        let again = await box.ok(["init"])
        #expect(again.stdout.contains("up to date"), "\(again)")
        #expect(try box.dump() == before)
    }

    @Test func checkPassesOnAHealthyDatabase() async throws {
        let box = try await registry()
        await box.ok(["remiss", "respond", "1", "--scope", "sosr", "--sent", "2025-06-10"])
        let check = await box.ok(["check"])
        let lines = check.stdout.split(separator: "\n")
        #expect(lines.count >= 4, "\(check)")
        #expect(lines.allSatisfy { $0.hasPrefix("ok ") }, "\(check)")
        #expect(check.stderr.isEmpty)
    }

    @Test func checkFindsAStaleSearchIndexAndRepairSearchFixesIt() async throws {
        let box = try await registry()
        let queue = try box.openForWriting()
        try await queue.write { db in try db.execute(sql: "DELETE FROM search") }
        try queue.close()
        let check = await box.run(["check"])
        #expect(check.exitCode != 0, "\(check)")
        #expect(check.stdout.contains("FAIL search index"), "\(check)")
        await box.ok(["check", "--repair-search"])
        await box.ok(["check"])
        let search = await box.ok(["search", "Tre", "--format", "csv"])
        #expect(search.stdout.contains("remiss,3,"), "\(search)")
    }

    @Test func backupIsACheckedCopyReadableByItsOwnerOnly() async throws {
        let box = try await registry()
        let backup = box.path("backup-2025-06-17.sqlite")
        let result = await box.ok(["backup", backup])
        #expect(result.stdout.contains("backed up"), "\(result)")
        #expect(try permissions(backup) == 0o600)
        let check = await box.ok(["check"], db: .file(backup))
        #expect(check.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("ok ") }, "\(check)")
        let original = await box.ok(["remiss", "list", "--format", "json"])
        let copy = await box.ok(["remiss", "list", "--format", "json"], db: .file(backup))
        #expect(original.stdout == copy.stdout)
        await box.ok(["audit", "verify"], db: .file(backup))
    }

    @Test func backupOverAnExistingFileIsRefused() async throws {
        let box = try await registry()
        try box.write("finns.sqlite", "gammal backup")
        let result = await box.run(["backup", box.path("finns.sqlite")])
        expectOneLineError(result, mentions: ["finns.sqlite", "already exists"])
        #expect(try String(contentsOfFile: box.path("finns.sqlite"), encoding: .utf8) == "gammal backup")
        let missing = await box.run(["backup", box.path("saknas/backup.sqlite")])
        expectOneLineError(missing, mentions: ["saknas", "does not exist"])
    }
}
