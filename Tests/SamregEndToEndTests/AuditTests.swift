import Foundation
import GRDB
import SamregTestSupport
import Testing

/// The audit trail: who changed what, and whether the trail is intact.
@Suite("Audit trail")
struct AuditTests {
    /// The audit rows of `samreg audit log … --format json`, as field → value.
    func auditLog(_ box: Sandbox, _ filters: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> [[String: JSONValue]] {
        let result = await box.ok(["audit", "log", "--format", "json"] + filters, sourceLocation: sourceLocation)
        return try JSONValue.parse(result.stdout).objects(sourceLocation: sourceLocation)
            .map { Dictionary($0, uniquingKeysWith: { a, _ in a }) }
    }

    @Test func actorOptionBeatsSamregActorWhichBeatsTheLoginName() async throws {
        let box = try await Sandbox()
        await box.ok(["remiss", "add", "--title", "Vårdförlopp sepsis", "--sender", "SKR", "--category", "kunskapsstyrning",
                      "--received", "2025-05-02", "--deadline", "2025-06-13", "--actor", "anna"],
               environment: ["SAMREG_ACTOR": "bertil"])
        await box.ok(["remiss", "update", "1", "--note", "Från miljön"], environment: ["SAMREG_ACTOR": "bertil"])
        await box.ok(["remiss", "update", "1", "--note", "Från inloggningen"], environment: ["SAMREG_ACTOR": nil])
        await box.ok(["remiss", "update", "1", "--note", "Blankt"], environment: ["SAMREG_ACTOR": "  "])

        let log = try await auditLog(box, ["--family", "remiss", "--record", "1"])
        try #require(log.map { $0["action"]?.string } == ["insert", "update", "update", "update"])
        #expect(log.map { $0["actor"]?.string } == ["anna", "bertil", loginName(), loginName()])
        #expect(log.allSatisfy { $0["table"]?.string == "remiss" && $0["record"]?.int == 1 })
        #expect(log[0]["before"]?.isNull == true)
        #expect(log[1]["after"]?.string?.contains("Från miljön") == true)
        #expect(log[2]["before"]?.string?.contains("Från miljön") == true)
        #expect(log[1]["command"]?.string?.hasPrefix("samreg remiss update 1 --note") == true)
        // --by finds one actor's changes.
        #expect(try await auditLog(box, ["--by", "bertil"]).count == 1)
    }

    @Test func auditLogShowsTheInsertAndTheUpdateOfOneRecordWithTheActor() async throws {
        let box = try await Sandbox()
        try await box.addRemiss(title: "Ett")
        try await box.addRemiss(title: "Två")
        await box.ok(["remiss", "update", "2", "--deadline", "2025-07-31"], environment: ["SAMREG_ACTOR": "cecilia"])
        let table = await box.ok(["audit", "log", "--family", "remiss", "--record", "2"])
        let lines = table.stdout.split(separator: "\n").filter { $0.contains(" remiss ") }
        #expect(lines.count == 2, "\(table)")
        #expect(lines.first?.contains("insert") == true && lines.first?.contains(testActor) == true, "\(table)")
        #expect(lines.last?.contains("update") == true && lines.last?.contains("cecilia") == true, "\(table)")
        let log = try await auditLog(box, ["--family", "remiss", "--record", "2"])
        #expect(log.count == 2)
        #expect(log.last?["before"]?.string?.contains("2025-06-30") == true)
        #expect(log.last?["after"]?.string?.contains("2025-07-31") == true)
        #expect(log.allSatisfy { ($0["hash"]?.string?.count ?? 0) == 64 })
        // A rejected change leaves no trace in the trail.
        try await box.expectRefused(["remiss", "update", "2", "--deadline", "2025-01-01"], mentions: ["deadline"])
        #expect(try await auditLog(box, ["--family", "remiss", "--record", "2"]).count == 2)
    }

    @Test func auditVerifyPassesOnAnUntouchedTrail() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        try await box.addRemiss(extra: ["--preparing", "SVN"])
        await box.ok(["remiss", "respond", "1", "--scope", "sosr", "--sent", "2025-06-10"])
        let verify = await box.ok(["audit", "verify"])
        #expect(verify.stdout.contains("intact"), "\(verify)")
        #expect(verify.stderr.isEmpty)
    }

    @Test func auditVerifyNamesTheRecordThatWasTamperedWith() async throws {
        let box = try await Sandbox()
        try await box.addRemiss()
        await box.ok(["remiss", "update", "1", "--note", "Ändrad"], environment: ["SAMREG_ACTOR": "anna"])
        await box.ok(["remiss", "update", "1", "--note", "Ändrad igen"])
        let log = try await auditLog(box, ["--family", "remiss", "--record", "1"])
        let seq = try #require(log.first { $0["actor"]?.string == "anna" }?["seq"]?.int)

        let queue = try box.openForWriting()
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER audit_append_only_update")
            try db.execute(sql: "UPDATE audit SET actor = 'mallory' WHERE seq = ?", arguments: [seq])
        }
        try queue.close()

        let verify = await box.run(["audit", "verify"])
        #expect(verify.exitCode != 0, "\(verify)")
        #expect(verify.stderr.contains("audit record \(seq):"), "\(verify)")
        #expect(verify.stderr.contains("NOT intact"), "\(verify)")
        // Only that record is named.
        let named = verify.stderrLines.filter { $0.contains("audit record ") }
        #expect(named.count == 1, "\(verify)")
        let check = await box.run(["check"])
        #expect(check.exitCode != 0, "\(check)")
        #expect(check.stdout.contains("FAIL audit trail"), "\(check)")
    }

    @Test func auditVerifyNotesRemovedRecords() async throws {
        let box = try await Sandbox()
        try await box.addRemiss(title: "Ett")
        try await box.addRemiss(title: "Två")
        try await box.addRemiss(title: "Tre")
        let queue = try box.openForWriting()
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER audit_append_only_delete")
            try db.execute(sql: "DELETE FROM audit WHERE seq = 2")
        }
        try queue.close()
        let verify = await box.run(["audit", "verify"])
        #expect(verify.exitCode != 0, "\(verify)")
        #expect(verify.stderr.contains("audit record 2:"), "\(verify)")
        #expect(verify.stderr.contains("missing"), "\(verify)")
    }

    @Test func deletingOrRewritingAnAuditRecordIsRefusedByTheDatabase() async throws {
        let box = try await Sandbox()
        try await box.addRemiss()
        let before = try box.dump()
        let queue = try box.openForWriting()
        await #expect(throws: DatabaseError.self) {
            try await queue.write { db in try db.execute(sql: "DELETE FROM audit WHERE seq = 1") }
        }
        do {
            try await queue.write { db in try db.execute(sql: "DELETE FROM audit") }
            Issue.record("deleting the audit trail was allowed")
        } catch let error as DatabaseError {
            #expect(error.message?.contains("append-only") == true, "\(error)")
        }
        do {
            try await queue.write { db in try db.execute(sql: "UPDATE audit SET actor = 'mallory'") }
            Issue.record("rewriting the audit trail was allowed")
        } catch let error as DatabaseError {
            #expect(error.message?.contains("append-only") == true, "\(error)")
        }
        // Records themselves are never deleted either.
        do {
            try await queue.write { db in try db.execute(sql: "DELETE FROM remiss WHERE id = 1") }
            Issue.record("deleting a remiss was allowed")
        } catch let error as DatabaseError {
            #expect(error.message?.contains("never deleted") == true, "\(error)")
        }
        try queue.close()
        #expect(try box.dump() == before)
        await box.ok(["audit", "verify"])
    }

    @Test func changesMadeOutsideSamregAreFlaggedAsUnsealed() async throws {
        let box = try await Sandbox()
        try await box.addRemiss()
        let queue = try box.openForWriting()
        try await queue.write { db in try db.execute(sql: "UPDATE remiss SET title = 'Ändrad bakvägen' WHERE id = 1") }
        try queue.close()
        let log = try await auditLog(box, ["--family", "remiss", "--record", "1"])
        #expect(log.last?["actor"]?.string == "utanför samreg")
        let verify = await box.run(["audit", "verify"])
        #expect(verify.exitCode != 0, "\(verify)")
        #expect(verify.stderr.contains("unsealed"), "\(verify)")
    }

    @Test func auditLogFiltersAreValidated() async throws {
        let box = try await Sandbox()
        let noFamily = await box.run(["audit", "log", "--record", "1"])
        #expect(noFamily.exitCode != 0)
        #expect(noFamily.stderr.contains("--record needs --family"), "\(noFamily)")
        let badDate = await box.run(["audit", "log", "--from", "2025-02-30"])
        #expect(badDate.exitCode != 0)
        #expect(badDate.stderr.contains("2025-02-30"), "\(badDate)")
    }

    /// An import audits its records in bulk (issue 13): `audit log --record` still names who
    /// imported each record and when, the trail and the records verify, and a later edit of an
    /// imported record by plain SQL is found by `audit verify` and `check`.
    @Test func importedRecordsAreAuditedWithTheImporterAndALaterEditIsDetected() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        var csv = "title,sender,category,received,deadline,preparing\n"
        for i in 1...30 { csv += "Importerad remiss \(i),SKR,nhv,2025-05-01,2025-06-30,\(i % 3 == 0 ? "SVN" : "")\n" }
        let file = try box.write("remisser.csv", csv)
        let before = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-2))
        await box.ok(["import", "remiss", file], environment: ["SAMREG_ACTOR": "importör"])
        let after = ISO8601DateFormatter().string(from: Date().addingTimeInterval(2))
        let log = try await auditLog(box, ["--family", "remiss", "--record", "17"])
        try #require(log.count == 1, "\(log)")
        #expect(log[0]["action"]?.string == "insert")
        #expect(log[0]["actor"]?.string == "importör")
        #expect(log[0]["command"]?.string?.hasPrefix("samreg import remiss") == true, "\(log)")
        let at = try #require(log[0]["at"]?.string)
        #expect(at >= before && at <= after, "\(at) not between \(before) and \(after)")
        #expect(log[0]["after"]?.string?.contains("Importerad remiss 17") == true)
        #expect(try await auditLog(box, ["--by", "importör"]).count == 30 + 10)
        let verify = await box.ok(["audit", "verify"])
        #expect(verify.stdout.contains("every record matches its last audit entry"), "\(verify)")
        await box.ok(["check"])

        let queue = try box.openForWriting()
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER remiss_audit_update")
            try db.execute(sql: "UPDATE remiss SET deadline_on = '2025-12-31' WHERE id = 17")
        }
        try queue.close()
        await AuditTamperTests.expectDetected(box, mentions: ["remiss 17: differs from its last audit entry", "deadline_on"])
    }
}
