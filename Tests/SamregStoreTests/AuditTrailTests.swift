import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

@Suite("AuditTrail")
struct AuditTrailTests {
    /// Three remisser in three transactions: audit records 1, 2 and 3.
    private func threeRemisser(_ registry: Registry) throws {
        for title in ["Första", "Andra", "Tredje"] {
            try registry.insert(Families.remiss, remissInput(["title": title]))
        }
        #expect(try registry.auditEntries().map(\.seq) == [1, 2, 3])
    }

    private func problems(_ registry: Registry) throws -> [AuditTrail.Problem] {
        try registry.verifyAudit().problems
    }

    // MARK: Recording

    @Test func insertWritesASealedAuditRowWithActorAndTheRowAsJSON() throws {
        try withRegistry { registry, _ throws in
            registry.command = "samreg remiss add --title Vårdförlopp"
            let id = try registry.insert(Families.remiss, remissInput(["case_number": "RÖ 2024–6246"]))
            let entries = try registry.auditEntries()
            let entry = try #require(entries.first)
            #expect(entries.count == 1)
            #expect(entry.actor == "tester")
            #expect(entry.command == "samreg remiss add --title Vårdförlopp")
            #expect(entry.action == "insert")
            #expect(entry.table == "remiss")
            #expect(entry.recordId == id)
            #expect(entry.before == nil)
            #expect(entry.hash?.count == 64)
            #expect(entry.at.hasPrefix("20") && entry.at.hasSuffix("Z"))
            let after = try #require(jsonObject(entry.after))
            #expect(after["title"] as? String == "Vårdförlopp sepsis")
            #expect(after["case_number"] as? String == "RÖ 2024–6246")
            #expect((after["sender_id"] as? NSNumber)?.int64Value == (try registry.organisationId("SKR")))
            #expect(after["received_on"] as? String == "2025-05-02")
            #expect(after.keys.contains("note"))
            // The actor is cleared once the write is done.
            #expect(try registry.read { db in try String.fetchOne(db, sql: "SELECT actor FROM audit_context") } == nil)
        }
    }

    @Test func updateWritesTheRowBeforeAndAfter() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.remiss, remissInput(["note": "gammal"]))
            try registry.update(Families.remiss, id: id, ["note": "ny", "deadline": "2025-06-20"])
            let entry = try #require(try registry.auditEntries().last)
            #expect(entry.action == "update")
            #expect(entry.actor == "tester")
            #expect(entry.recordId == id)
            let before = try #require(jsonObject(entry.before))
            let after = try #require(jsonObject(entry.after))
            #expect(before["note"] as? String == "gammal")
            #expect(after["note"] as? String == "ny")
            #expect(before["deadline_on"] as? String == "2025-06-13")
            #expect(after["deadline_on"] as? String == "2025-06-20")
        }
    }

    @Test func everyInsertAndUpdateOfEveryTableIsAudited() throws {
        try withRegistry { registry, _ throws in
            let body = try registry.insert(Families.body, ["kind": "rpo", "name": "RPO Hud"])
            let remiss = try registry.insert(Families.remiss, remissInput(["preparing": "RPO Hud"]))
            let response = try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "sosr"])
            try registry.update(Families.body, id: body, ["short_name": "Hud"])
            try registry.end(Families.remiss, id: remiss, on: "2025-06-01")
            let log = try registry.auditEntries().map { "\($0.action) \($0.table) \($0.recordId)" }
            #expect(log == ["insert body \(body)", "insert remiss \(remiss)", "insert remiss_assignment 1",
                            "insert remiss_response \(response)", "update body \(body)", "update remiss \(remiss)"])
            // Every family's table has both audit triggers.
            let triggers = Set(try registry.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'trigger'")
            })
            for family in Families.all {
                #expect(triggers.contains("\(family.table)_audit_insert"), "\(family.table)")
                #expect(triggers.contains("\(family.table)_audit_update"), "\(family.table)")
            }
        }
    }

    @Test func logFiltersByRecordAndActor() throws {
        try withRegistry { registry, _ throws in
            let a = try registry.insert(Families.remiss, remissInput(["title": "A"]))
            let b = try registry.insert(Families.remiss, remissInput(["title": "B"]))
            try registry.update(Families.remiss, id: a, ["note": "x"])
            let (ofA, ofB, ofOther, newest, inPeriod) = try registry.read { db in
                (try AuditTrail.log(db, table: "remiss", recordId: a), try AuditTrail.log(db, table: "remiss", recordId: b),
                 try AuditTrail.log(db, actor: "someone else"), try AuditTrail.log(db, limit: 2),
                 try AuditTrail.log(db, from: "2000-01-01", to: "2999-12-31"))
            }
            #expect(ofA.map(\.action) == ["insert", "update"])
            #expect(ofB.count == 1)
            #expect(ofOther.isEmpty)
            #expect(newest.map(\.seq) == [2, 3])
            #expect(inPeriod.count == 3)
        }
    }

    // MARK: Verifying

    @Test func verifyPassesOnAHealthyTrail() throws {
        try withRegistry { registry, _ throws in
            #expect(try registry.verifyAudit().checked == 0)
            #expect(try problems(registry).isEmpty)
            try threeRemisser(registry)
            try registry.update(Families.remiss, id: 2, ["note": "ändrad"])
            try registry.write { db in
                let writer = RecordWriter(family: Families.remiss, db: db, lookups: Lookups())
                try writer.insert(remissInput(["title": "Fjärde"]))
                try writer.insert(remissInput(["title": "Femte"]))
            }
            let (checked, found) = try registry.verifyAudit()
            #expect(checked == 6)
            #expect(found.isEmpty, "\(found)")
        }
    }

    @Test func changedRowIsDetected() throws {
        try withRegistry { registry, _ throws in
            try threeRemisser(registry)
            try registry.executeOutsideSamreg("DROP TRIGGER audit_append_only_update")
            try registry.executeOutsideSamreg("UPDATE audit SET actor = 'someone' WHERE seq = 2")
            let found = try problems(registry)
            #expect(found.map(\.seq) == [2])
            #expect(found.first?.message.contains("does not match its seal") == true)
            #expect(found.first?.description.hasPrefix("audit record 2: ") == true)
        }
    }

    @Test func changedContentWithAFreshHashIsDetectedByTheNextRow() throws {
        try withRegistry { registry, _ throws in
            try threeRemisser(registry)
            try registry.executeOutsideSamreg("DROP TRIGGER audit_append_only_update")
            // Re-sealing only the changed row does not help: the next row chains to the old hash.
            try registry.executeOutsideSamreg("UPDATE audit SET after = replace(after, 'Andra', 'Annan') WHERE seq = 2")
            let entries = try registry.auditEntries()
            try #require(entries.count >= 2)
            let previous = try #require(entries[0].hash)
            let forged = entries[1].chainedHash(previous: previous)
            try registry.executeOutsideSamreg("UPDATE audit SET hash = ? WHERE seq = 2", [forged])
            #expect(try problems(registry).map(\.seq) == [3])
        }
    }

    @Test func removedRowInTheMiddleIsDetected() throws {
        try withRegistry { registry, _ throws in
            try threeRemisser(registry)
            try registry.executeOutsideSamreg("DROP TRIGGER audit_append_only_delete")
            try registry.executeOutsideSamreg("DELETE FROM audit WHERE seq = 2")
            let found = try problems(registry)
            #expect(found.first?.seq == 2)
            #expect(found.first?.message == "missing: audit record(s) 2 were removed")
            // The row after the gap no longer chains either.
            #expect(found.contains { $0.seq == 3 && $0.message.contains("does not match its seal") })
        }
    }

    @Test func removedNewestRowsAreDetected() throws {
        try withRegistry { registry, _ throws in
            try threeRemisser(registry)
            try registry.executeOutsideSamreg("DROP TRIGGER audit_append_only_delete")
            try registry.executeOutsideSamreg("DELETE FROM audit WHERE seq >= 2")
            let found = try problems(registry)
            #expect(found.map(\.seq) == [2])
            #expect(found.first?.message == "missing: the newest audit record(s) 2–3 were removed")
        }
    }

    @Test func reorderedContentIsDetected() throws {
        try withRegistry { registry, _ throws in
            try threeRemisser(registry)
            try registry.executeOutsideSamreg("DROP TRIGGER audit_append_only_update")
            // Swap everything but the sequence numbers of records 1 and 2, hashes included.
            let original = try registry.auditEntries()
            try #require(original.count >= 2)
            for (seq, source) in [(Int64(1), original[1]), (Int64(2), original[0])] {
                try registry.executeOutsideSamreg("""
                    UPDATE audit SET at = ?, actor = ?, command = ?, action = ?, tbl = ?, record_id = ?,
                      before = ?, after = ?, hash = ? WHERE seq = ?
                    """, [source.at, source.actor, source.command, source.action, source.table, source.recordId,
                          source.before, source.after, source.hash, seq])
            }
            let entries = try registry.auditEntries()
            try #require(entries.count >= 2)
            #expect(entries[0].recordId == 2 && entries[1].recordId == 1)
            let found = try problems(registry)
            #expect(!found.isEmpty)
            #expect(found.contains { $0.seq == 1 && $0.message.contains("does not match its seal") })
        }
    }

    @Test func unsealedRowWrittenOutsideSamregIsReported() throws {
        try withRegistry { registry, _ throws in
            try registry.insert(Families.remiss, remissInput())
            let sender = try registry.organisationId("SoS")
            try registry.executeOutsideSamreg("""
                INSERT INTO remiss (title, sender_id, category, received_on, deadline_on)
                VALUES ('Smuggelremiss', ?, 'myndighet', '2025-05-01', '2025-06-01')
                """, [sender])
            let entry = try #require(try registry.auditEntries().last)
            #expect(entry.actor == "utanför samreg")
            #expect(entry.hash == nil)
            #expect(entry.command == nil)
            let found = try problems(registry)
            #expect(found.map(\.seq) == [2])
            #expect(found.first?.message.hasPrefix("unsealed: written outside samreg (insert on remiss 2") == true)

            // A later samreg write chains past the unsealed row; only that row is reported.
            try registry.insert(Families.remiss, remissInput(["title": "Efteråt"]))
            #expect(try problems(registry).map(\.seq) == [2])
        }
    }

    // MARK: Append-only and no deletes

    @Test func auditRowsCannotBeChangedOrDeleted() throws {
        try withRegistry { registry, _ throws in
            try registry.insert(Families.remiss, remissInput())
            for sql in ["DELETE FROM audit", "UPDATE audit SET actor = 'x'", "UPDATE audit SET hash = NULL"] {
                let error = samregError { try registry.write { db in try db.execute(sql: sql) } }
                #expect(error?.message.contains("audit records are append-only") == true, "\(sql)")
            }
            #expect(try problems(registry).isEmpty)
        }
    }

    @Test func deletesOnRecordTablesAreRefused() throws {
        try withRegistry { registry, _ throws in
            let remiss = try registry.insert(Families.remiss, remissInput())
            try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "sosr"])
            try registry.insert(Families.body, ["kind": "rpo", "name": "RPO Hud"])
            for table in ["remiss", "remiss_response", "body", "organisation"] {
                let error = samregError { try registry.write { db in try db.execute(sql: "DELETE FROM \(table)") } }
                #expect(error?.message.contains("\(table): records are never deleted") == true, "\(table): \(String(describing: error))")
                #expect(try registry.count(table) > 0)
            }
            // Outside samreg too: the triggers are in the schema.
            #expect(throws: DatabaseError.self) { try registry.executeOutsideSamreg("DELETE FROM remiss") }
            let triggers = Set(try registry.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'trigger'")
            })
            for family in Families.all {
                #expect(triggers.contains("\(family.table)_no_delete"), "\(family.table) has no delete guard")
            }
        }
    }

    @Test func takingABodyOffARemissIsTheOneAuditedDelete() throws {
        try withRegistry { registry, _ throws in
            try registry.insert(Families.body, ["kind": "rpo", "name": "RPO Hud"])
            let remiss = try registry.insert(Families.remiss, remissInput(["preparing": "RPO Hud"]))
            try registry.update(Families.remiss, id: remiss, ["preparing": ""])
            let entry = try #require(try registry.auditEntries().last)
            #expect(entry.action == "delete")
            #expect(entry.table == "remiss_assignment")
            #expect(entry.after == nil)
            #expect(jsonObject(entry.before)?["remiss_id"] != nil)
            #expect(try problems(registry).isEmpty)
        }
    }
}

/// Migration 0010's `remiss_unsettled`: the open remisser, kept by triggers.
@Suite("Unsettled remisser")
struct UnsettledRemisserTests {
    /// The set the triggers keep, and remiss_state's own answer, as "id deadline".
    private func sets(_ registry: Registry) throws -> (kept: [String], open: [String]) {
        try registry.read { db in
            (try String.fetchAll(db, sql: "SELECT remiss_id || ' ' || deadline_on FROM remiss_unsettled ORDER BY remiss_id"),
             try String.fetchAll(db, sql: """
                SELECT r.id || ' ' || r.deadline_on FROM remiss r JOIN remiss_state s ON s.remiss_id = r.id
                WHERE s.state = 'oppen' ORDER BY r.id
                """))
        }
    }

    @Test func answeringWithdrawingClosingAndMovingDeadlinesKeepTheOpenSet() throws {
        try withRegistry { registry, _ throws in
            let a = try registry.insert(Families.remiss, remissInput(["title": "A"]))
            let b = try registry.insert(Families.remiss, remissInput(["title": "B"]))
            let c = try registry.insert(Families.remiss, remissInput(["title": "C"]))
            #expect(try sets(registry).kept == ["\(a) 2025-06-13", "\(b) 2025-06-13", "\(c) 2025-06-13"])
            // A draft answer does not settle; sending it does; withdrawing it opens the remiss again.
            let draft = try registry.insert(Families.response, ["remiss": "\(a)", "scope": "sosr"])
            #expect(try sets(registry).kept.count == 3)
            try registry.update(Families.response, id: draft, ["sent": "2025-06-10"])
            #expect(try !sets(registry).kept.contains("\(a) 2025-06-13"))
            try registry.end(Families.response, id: draft, on: "2025-06-12")
            #expect(try sets(registry).kept.contains("\(a) 2025-06-13"))
            // Declining settles; closing settles; a new deadline moves with it.
            _ = try registry.insert(Families.response, ["remiss": "\(b)", "scope": "sosr", "kind": "avstar"])
            try registry.end(Families.remiss, id: c, on: "2025-06-01")
            try registry.update(Families.remiss, id: a, ["deadline": "2025-07-01"])
            let (kept, open) = try sets(registry)
            #expect(kept == ["\(a) 2025-07-01"])
            #expect(kept == open)
        }
    }

    @Test func writesByAnotherProgramKeepItTooAndCheckSaysSo() throws {
        try withRegistry { registry, _ throws in
            let a = try registry.insert(Families.remiss, remissInput())
            try registry.dbQueue.write { db in
                try db.execute(sql: "INSERT INTO remiss_response (remiss_id, scope, kind, sent_on) VALUES (?, 'sosr', 'yttrande', '2025-06-01')",
                               arguments: [a])
            }
            #expect(try sets(registry).kept.isEmpty)
            #expect(try Maintenance.check(registry).first { $0.check == "open remisser" }?.ok == true)
            // A hand-made inconsistency is reported.
            try registry.dbQueue.write { db in
                try db.execute(sql: "INSERT INTO remiss_unsettled VALUES (?, '2025-06-13')", arguments: [a])
            }
            #expect(try Maintenance.check(registry).first { $0.check == "open remisser" }?.ok == false)
        }
    }
}

@Suite("SealChain")
struct SealChainTests {
    /// The seal hashes SQLite's bytes in place; `verify` hashes what GRDB reads. They must agree
    /// on every kind of value, also text that is not valid UTF-8 or holds a NUL (which GRDB
    /// reads with `String(cString:)`), reals, blobs and NULL.
    @Test func sealHashesWhatVerifyRecomputes() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (seq INTEGER PRIMARY KEY, a, b, c, d, e, f, g, h)")
            let cells = ["'2025-01-01T00:00:00.000Z'", "'tester'", "NULL", "'insert'", "'remiss'", "7", "NULL", "'{\"title\":\"Vårdförlopp\"}'",
                         "CAST(x'ff41' AS TEXT)", "CAST(x'610062' AS TEXT)", "CAST(x'e28892' AS TEXT)", "CAST(x'f09f98' AS TEXT)",
                         "CAST(x'eda080' AS TEXT)", "CAST(x'c0af' AS TEXT)", "0.1", "1e20", "-0.0", "x'00ff'", "''", "'🙂 åäö'",
                         "9223372036854775807", "-5"]
            var seq = 0
            for start in stride(from: 0, to: cells.count, by: 4) {
                for shift in 0..<8 {
                    seq += 1
                    let row = (0..<8).map { cells[(start + shift + $0 * 3) % cells.count] }
                    try db.execute(sql: "INSERT INTO t VALUES (\(seq), \(row.joined(separator: ", ")))")
                }
            }
            let chain = SealChain(previous: "", lastSeq: 0)
            try chain.register(on: db)
            defer { chain.unregister(from: db) }
            let sealed = try withExtendedLifetime(chain) {
                try String.fetchAll(db, sql: "SELECT samreg_audit_chain(seq, a, b, c, d, e, f, g, h) FROM t ORDER BY seq")
            }
            var previous = ""
            var expected: [String] = []
            for row in try Row.fetchAll(db, sql: "SELECT * FROM t ORDER BY seq") {
                let fields: [String?] = (1..<9).map { i in
                    let value: DatabaseValue = row[i]
                    switch value.storage {
                    case .null, .blob: return nil
                    case .int64(let n): return String(n)
                    case .double(let x): return String(x)
                    case .string(let s): return s
                    }
                }
                previous = AuditTrail.Entry.chain(previous: previous, seq: row[0], fields: fields)
                expected.append(previous)
            }
            #expect(sealed.count == seq)
            #expect(sealed == expected)
            // Out of order is refused.
            #expect(throws: DatabaseError.self) {
                try withExtendedLifetime(chain) { try String.fetchAll(db, sql: "SELECT samreg_audit_chain(1, a, b, c, d, e, f, g, h) FROM t") }
            }
        }
    }
}
