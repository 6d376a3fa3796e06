import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

/// The records against the audit trail, and the trail's head (AuditState.swift, AuditTrail.Head).
@Suite("Audit state and head")
struct AuditStateTests {
    @Test func theAuditedTablesAreExactlyThoseWithAuditTriggersAndTheStateIsBuiltAsTheTriggersBuildIt() throws {
        try withRegistry { registry, _ throws in
            try registry.read { db in
                let triggered = try String.fetchAll(db, sql: """
                    SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name = tbl_name || '_audit_insert' ORDER BY 1
                    """)
                #expect(triggered == AuditTrail.auditedTables.sorted())
                for table in AuditTrail.auditedTables {
                    // The triggers' after-image, column for column, is what verifyState builds.
                    let expression = try AuditTrail.stateExpression(db, table: table, alias: "NEW")
                    let plain = expression.replacingOccurrences(of: "NEW.\"", with: "NEW.").replacingOccurrences(of: "\", '", with: ", '")
                        .replacingOccurrences(of: "\")", with: ")")
                    for trigger in ["\(table)_audit_insert", "\(table)_audit_update"] {
                        let sql = try #require(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = ?", arguments: [trigger]))
                        #expect(sql.contains(plain), "\(trigger) does not write \(plain)")
                    }
                }
            }
        }
    }

    @Test func aFreshRegistryHasAnEmptyTrailAndMatchesIt() throws {
        try withRegistry { registry, _ throws in
            #expect(try registry.count("audit") == 0)
            #expect(try registry.count("organisation") > 0)
            let state = try registry.read { db in try AuditTrail.verifyState(db) }
            #expect(state.total == 0, "\(state.problems)")
            #expect(try registry.read { db in try AuditTrail.head(db) } == AuditTrail.Head(count: 0, hash: AuditTrail.Head.emptyHash))
        }
    }

    @Test func jsonIsComparedByValue() throws {
        try withRegistry { registry, _ throws in
            func diff(_ a: String, _ b: String) throws -> [String] {
                try registry.read { db in try AuditTrail.differences(db, a, b) }
            }
            #expect(try diff(#"{"id":1,"a":"x"}"#, #"{ "a" : "x", "id" : 1 }"#) == [])
            #expect(try diff(#"{"id":1,"v":74.6}"#, #"{"id":1,"v":74.60000000000001}"#) == [])
            #expect(try diff(#"{"id":1,"v":2}"#, #"{"id":1,"v":2.0}"#) == [])
            #expect(try diff(#"{"id":1,"v":null}"#, #"{"id":1}"#) == [], "a missing key is null")
            #expect(try diff(#"{"id":1,"v":74.6}"#, #"{"id":1,"v":74.7}"#) == ["v"])
            #expect(try diff(#"{"id":1,"v":null}"#, #"{"id":1,"v":0}"#) == ["v"])
            #expect(try diff(#"{"id":1,"v":"1"}"#, #"{"id":1,"v":1}"#) == ["v"])
            #expect(try diff(#"{"id":1,"b":"x","a":"y"}"#, #"{"id":2,"b":"z","a":"y","c":3}"#) == ["id", "b", "c"])
            #expect(try diff("not json", #"{"id":1}"#) == ["the whole record"])
            #expect(try diff("[1]", "[1]") == ["the whole record"])
        }
    }

    @Test func headsAreParsedStrictly() throws {
        let hash = "3f9a0c5e71d2b84a6f03"
        #expect(try AuditTrail.Head(parsing: "samreg-audit 12:\(hash)") == AuditTrail.Head(count: 12, hash: hash))
        #expect(try AuditTrail.Head(parsing: " 12:\(hash.uppercased())\n") == AuditTrail.Head(count: 12, hash: hash))
        #expect(try AuditTrail.Head(parsing: "SAMREG-AUDIT\t 12:\(hash)") == AuditTrail.Head(count: 12, hash: hash))
        #expect(AuditTrail.Head(count: 12, hash: hash + String(repeating: "0", count: 44)).description == "samreg-audit 12:\(hash)")
        for bad in ["", "12", "x:\(hash)", "12:\(hash.prefix(15))", "12:\(hash)g", "+12:\(hash)", "12:\(hash):1",
                    "samreg-audit12:\(hash)x", "12:" + String(repeating: "a", count: 65)] {
            let error = samregError { _ = try AuditTrail.Head(parsing: bad) }
            #expect(error?.message.hasPrefix("--head: ") == true, "\(bad): \(String(describing: error))")
        }
    }

    @Test func checkHeadFindsACutAndARewrite() throws {
        try withRegistry { registry, _ throws in
            for title in ["Ett", "Två", "Tre"] { try registry.insert(Families.remiss, remissInput(["title": title])) }
            let head = try registry.read { db in try AuditTrail.head(db) }
            #expect(head.count == 3)
            #expect(try registry.read { db in try AuditTrail.checkHead(db, head) } == nil)
            let wrong = AuditTrail.Head(count: 3, hash: String(repeating: "a", count: 20))
            #expect(try registry.read { db in try AuditTrail.checkHead(db, wrong) }?.message.contains("rewritten") == true)
            let beyond = AuditTrail.Head(count: 9, hash: head.hash)
            #expect(try registry.read { db in try AuditTrail.checkHead(db, beyond) }?.message.contains("ends at 3") == true)
        }
    }

    @Test func anUpgradeFromBeforeTheTrailRecordsTheOlderRecordsOnce() throws {
        try withTempDir { dir throws in
            let path = dir + "/r.sqlite"
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator(upTo: 1).migrate(queue)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO body (id, kind, name) VALUES (7, 'samverkansnamnd', 'Samverkansnämnden')")
                try db.execute(sql: "UPDATE organisation SET note = 'ändrad före granskningsloggen' WHERE id = 2")
            }
            try queue.close()
            let registry = try Registry(path: path, mode: .create, actor: "tester", today: "2025-06-17")
            defer { try? registry.dbQueue.close() }
            let entries = try registry.auditEntries()
            #expect(entries.map { "\($0.action) \($0.table) \($0.recordId) \($0.actor)" }
                    == ["insert organisation 2 samreg init", "insert body 7 samreg init"])
            #expect(entries.allSatisfy { $0.hash != nil })
            #expect(try registry.verifyAudit().problems.isEmpty)
            #expect(try registry.read { db in try AuditTrail.verifyState(db) }.total == 0)
            // Opening it again adds nothing.
            let again = try Registry(path: path, mode: .create, actor: "tester", today: "2025-06-17")
            try again.dbQueue.close()
            #expect(try registry.auditEntries().count == 2)
        }
    }
}
