import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

@Suite("Maintenance")
struct MaintenanceTests {
    private func summary(_ findings: [Maintenance.Finding]) -> String {
        findings.map { "\($0.check): \($0.ok ? "ok" : "FAIL") \($0.detail)" }.joined(separator: "\n")
    }

    @Test func healthyRegistryPassesEveryCheck() throws {
        try withRegistry { registry, _ throws in
            try registry.insert(Families.remiss, remissInput())
            let findings = try Maintenance.check(registry)
            #expect(findings.map(\.check) == ["integrity", "foreign keys", "search index", "open remisser", "audit trail",
                                               "records match audit trail"])
            #expect(findings.allSatisfy { $0.ok }, "\(summary(findings))")
            #expect(findings.first { $0.check == "audit trail" }?.detail == "1 records, chain intact")
            #expect(findings.last?.detail == "ok")
        }
    }

    @Test func backupProducesAFileThatOpensAndPassesTheCheck() throws {
        try withRegistry { registry, dir throws in
            try registry.insert(Families.body, ["kind": "rpo", "name": "RPO Hud"])
            try registry.insert(Families.remiss, remissInput(["preparing": "RPO Hud", "case_number": "RÖ 2024-6246"]))
            let destination = dir + "/backup.sqlite"
            try Maintenance.backup(registry, to: destination)

            let attributes = try FileManager.default.attributesOfItem(atPath: destination)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

            let copy = try Registry(path: destination, mode: .readWrite, actor: "restorer", today: "2025-06-17")
            defer { try? copy.dbQueue.close() }
            #expect(try copy.appliedMigrations() == Migrations.names)
            #expect(try copy.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
            #expect(try copy.count("remiss") == 1)
            #expect(try copy.count("remiss_assignment") == 1)
            #expect(try copy.auditEntries().count == 3)
            let findings = try Maintenance.check(copy)
            #expect(findings.allSatisfy { $0.ok }, "\(summary(findings))")
            // The copy goes on working and chaining.
            try copy.insert(Families.remiss, remissInput(["title": "Efter återställning"]))
            #expect(try copy.verifyAudit().problems.isEmpty)
        }
    }

    @Test func backupRefusesAnExistingDestination() throws {
        try withRegistry { registry, dir throws in
            let destination = dir + "/backup.sqlite"
            _ = FileManager.default.createFile(atPath: destination, contents: Data("keep".utf8))
            let error = samregError { try Maintenance.backup(registry, to: destination) }
            #expect(error?.message == "backup: \(destination) already exists; choose a new file name")
            #expect(FileManager.default.contents(atPath: destination) == Data("keep".utf8))
            let noDir = samregError { try Maintenance.backup(registry, to: dir + "/nope/backup.sqlite") }
            #expect(noDir?.message.contains("does not exist") == true)
        }
    }

    @Test func checkReportsABrokenAuditChain() throws {
        try withRegistry { registry, _ throws in
            try registry.insert(Families.remiss, remissInput(["title": "A"]))
            try registry.insert(Families.remiss, remissInput(["title": "B"]))
            try registry.executeOutsideSamreg("DROP TRIGGER audit_append_only_update")
            try registry.executeOutsideSamreg("UPDATE audit SET after = replace(after, '\"A\"', '\"Z\"') WHERE seq = 1")
            let findings = try Maintenance.check(registry)
            let audit = try #require(findings.first { $0.check == "audit trail" })
            #expect(!audit.ok)
            #expect(audit.detail.hasPrefix("audit record 1: does not match its seal"), "\(audit.detail)")
            // The rewritten after-image no longer matches the record it describes either.
            let records = try #require(findings.first { $0.check == "records match audit trail" })
            #expect(!records.ok)
            #expect(records.detail.contains("remiss 1: differs from its last audit entry (1) in title"), "\(records.detail)")
            #expect(findings.filter { !["audit trail", "records match audit trail"].contains($0.check) }.allSatisfy { $0.ok },
                    "\(summary(findings))")
        }
    }

    @Test func checkReportsARecordChangedWithItsTriggerDropped() throws {
        try withRegistry { registry, _ throws in
            try registry.insert(Families.remiss, remissInput(["title": "A"]))
            try registry.executeOutsideSamreg("DROP TRIGGER remiss_audit_update")
            try registry.executeOutsideSamreg("UPDATE remiss SET title = 'Z' WHERE id = 1")
            let findings = try Maintenance.check(registry)
            let records = try #require(findings.first { $0.check == "records match audit trail" })
            #expect(!records.ok)
            #expect(records.detail == "1 record changed outside the trail: remiss 1: differs from its last audit entry (1) in title: changed outside samreg",
                    "\(records.detail)")
            #expect(findings.filter { $0.check != "records match audit trail" }.allSatisfy { $0.ok }, "\(summary(findings))")
        }
    }

    @Test func checkReportsASearchIndexOutOfStepAndRepairFixesIt() throws {
        try withRegistry { registry, _ throws in
            try registry.insert(Families.remiss, remissInput())
            try registry.executeOutsideSamreg("DELETE FROM search")
            let search = try #require(try Maintenance.check(registry).first { $0.check == "search index" })
            #expect(!search.ok)
            #expect(search.detail.contains("0 entries for 1 records"))
            try Maintenance.repairSearch(registry)
            #expect(try Maintenance.check(registry).allSatisfy { $0.ok })
        }
    }

    @Test func seedingTwiceChangesNothing() throws {
        try withRegistry { registry, _ throws in
            let added = try Seeder.run(registry)
            #expect(!added.isEmpty)
            let audit = try registry.count("audit")
            #expect(try Seeder.run(registry).isEmpty)
            #expect(try registry.count("audit") == audit)
            let findings = try Maintenance.check(registry)
            #expect(findings.allSatisfy { $0.ok }, "\(summary(findings))")
        }
    }
}
