import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

/// Migration 0019: the audit table and remiss rebuilt with their three-word CHECKs written as
/// comparisons joined by OR, so SQLite checks a row without building an ephemeral b-tree.
@Suite("CHECKs without IN lists (migration 0019)")
struct CheckWithoutInMigrationTests {
    static let migration = "0019_audit_check_without_in"

    /// A registry at migration 0018 with a sealed trail, an entry written outside samreg
    /// (unsealed) and two newest entries removed: the upgrade keeps every row, every hash and
    /// the AUTOINCREMENT counter, so `verify` reports the same problems after it as before.
    @Test func upgradeKeepsTheTrailItsProblemsAndTheRemisser() throws {
        try withTempDir { dir throws in
            let path = dir + "/r.sqlite"
            let queue = try DatabaseQueue(path: path)
            let before = try #require(Migrations.names.firstIndex(of: Self.migration))
            try Migrations.migrator(upTo: before).migrate(queue)
            let (rowsBefore, problemsBefore, remissBefore, counterBefore) = try queue.write { db -> ([Row], [String], [Row], Int64?) in
                let start = try Int64.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM audit") ?? 0
                try db.execute(sql: "UPDATE audit_context SET actor = 'tester', command = 'samreg remiss add' WHERE id = 1")
                for (title, category) in [("Första", "nhv"), ("Andra", "myndighet"), ("Tredje", "kunskapsstyrning"), ("Fjärde", "nhv"), ("Femte", "nhv")] {
                    try db.execute(sql: """
                        INSERT INTO remiss (title, sender_id, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial)
                        VALUES (?, (SELECT id FROM organisation WHERE code = 'SKR'), ?, '2025-05-02', '2025-06-13', 'RÖ 2025-1', 'RÖ', 2025, ?)
                        """, arguments: [title, category, title])
                }
                try db.execute(sql: "UPDATE remiss SET note = 'ändrad' WHERE title = 'Andra'")
                try AuditTrail.seal(db, after: start)
                try db.execute(sql: "UPDATE audit_context SET actor = NULL, command = NULL WHERE id = 1")
                // Another program's write: an unsealed entry.
                try db.execute(sql: """
                    INSERT INTO remiss (title, sender_id, category, received_on, deadline_on)
                    VALUES ('Smuggel', (SELECT id FROM organisation WHERE code = 'SoS'), 'myndighet', '2025-05-01', '2025-06-01')
                    """)
                // Two newest entries removed: AUTOINCREMENT remembers them.
                try db.execute(sql: "UPDATE sqlite_sequence SET seq = seq + 2 WHERE name = 'audit'")
                return (try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq"),
                        try AuditTrail.verify(db).problems.map(\.description),
                        try Row.fetchAll(db, sql: "SELECT * FROM remiss ORDER BY id"),
                        try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'"))
            }
            try queue.close()
            #expect(problemsBefore.count == 2, "\(problemsBefore)")
            #expect(problemsBefore.contains { $0.contains("unsealed") })
            #expect(problemsBefore.contains { $0.contains("the newest audit record(s)") })

            let registry = try Registry(path: path, mode: .create, actor: "tester", today: "2025-06-17")
            defer { try? registry.dbQueue.close() }
            try registry.read { db throws in
                #expect(try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq") == rowsBefore)
                #expect(try Row.fetchAll(db, sql: "SELECT * FROM remiss ORDER BY id") == remissBefore)
                #expect(try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'") == counterBefore)
                #expect(try AuditTrail.verify(db).problems.map(\.description) == problemsBefore)
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM remiss_unsettled") == remissBefore.count)
                #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
                // The trail is still the first table named audit (the one-row context comes after it).
                #expect(try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE '%audit%' ORDER BY rowid")
                        == ["audit", "audit_context"])
                #expect(try Row.fetchAll(db, sql: "SELECT * FROM audit_context").count == 1)
                // The upgrade journals on disk; the connection is back to temporary data in memory after it.
                #expect(try Int.fetchOne(db, sql: "PRAGMA temp_store") == 2)
            }
            // The rebuilt tables keep their rules and their triggers.
            try expectRulesAndTriggers(registry)
            // A samreg write after the upgrade is audited and sealed onto the chain.
            let id = try registry.insert(Families.remiss, remissInput(["title": "Efter uppgraderingen"]))
            let last = try #require(try registry.auditEntries().last)
            #expect(last.table == "remiss" && last.recordId == id && last.action == "insert" && last.hash != nil)
            #expect(last.seq > (counterBefore ?? 0))
            let after = try registry.verifyAudit().problems
            #expect(!after.contains { $0.seq == last.seq || $0.message.contains("does not match") }, "\(after)")
        }
    }

    /// The CHECKs refuse what they refused, the append-only and no-delete triggers hold, and
    /// writing a remiss or an audit entry opens no ephemeral table.
    private func expectRulesAndTriggers(_ registry: Registry) throws {
        try registry.insert(Families.remiss, remissInput(["title": "Regelprov"]))
        let sender = try registry.organisationId("SKR")
        #expect(throws: DatabaseError.self) {
            try registry.executeOutsideSamreg("INSERT INTO audit (at, actor, action, tbl, record_id) VALUES ('x', 'y', 'rename', 'remiss', 1)")
        }
        #expect(throws: DatabaseError.self) {
            try registry.executeOutsideSamreg("""
                INSERT INTO remiss (title, sender_id, category, received_on, deadline_on) VALUES ('x', ?, 'annan', '2025-05-01', '2025-06-01')
                """, [sender])
        }
        #expect(throws: DatabaseError.self) {
            try registry.executeOutsideSamreg("INSERT INTO remiss (title, sender_id, category, received_on, deadline_on) VALUES ('x', ?, 'nhv', '2025-02-30', '2025-06-01')", [sender])
        }
        #expect(throws: DatabaseError.self) { try registry.executeOutsideSamreg("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)") }
        #expect(throws: DatabaseError.self) { try registry.executeOutsideSamreg("UPDATE audit SET actor = 'x' WHERE seq = (SELECT max(seq) FROM audit)") }
        #expect(throws: DatabaseError.self) { try registry.executeOutsideSamreg("DELETE FROM remiss WHERE id = (SELECT max(id) FROM remiss)") }
        try registry.read { db throws in
            for sql in ["INSERT INTO audit (at, actor, action, tbl, record_id) VALUES ('x', 'y', 'insert', 'remiss', 1)",
                        "INSERT INTO remiss (title, sender_id, category, received_on, deadline_on) VALUES ('x', 1, 'nhv', '2025-05-01', '2025-06-01')"] {
                let opcodes = try Row.fetchAll(db, sql: "EXPLAIN \(sql)").map { $0["opcode"] as String }
                #expect(!opcodes.contains("OpenEphemeral"), "\(sql)")
            }
            let indexes = try String.fetchSet(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('audit', 'remiss') AND sql IS NOT NULL")
            #expect(indexes == ["audit_record", "audit_unsealed", "remiss_case", "remiss_category", "remiss_closed",
                                "remiss_deadline", "remiss_received", "remiss_sender_ref"])
        }
    }

    @Test func aNewRegistryWritesNoEphemeralTableForAnAuditEntryOrARemiss() throws {
        try withRegistry { registry, _ in
            try expectRulesAndTriggers(registry)
            try registry.read { db throws in
                #expect(try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE '%audit%' ORDER BY rowid")
                        == ["audit", "audit_context"])
            }
        }
    }
}
