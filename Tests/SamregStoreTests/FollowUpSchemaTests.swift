import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

/// Migration 0012: the contract's agreement beside its outcome, and the tables of care bought
/// outside the region, university healthcare units and access at the university hospital.
@Suite("Follow-up schema (migration 0012)")
struct FollowUpSchemaTests {
    @Test func upgradeKeepsEachFigureAsTheAgreementAndMovesARecordedOutcomeToAFigureOfItsOwn() throws {
        try withTempDir { dir throws in
            let path = dir + "/r.sqlite"
            let queue = try DatabaseQueue(path: path)
            let before = try #require(Migrations.names.firstIndex(of: "0012_followup_year"))
            try Migrations.migrator(upTo: before).migrate(queue)
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO contract (id, year, payer_id, receiver_id, part, fixed_tkr, variable_outcome_tkr, variable_budget_tkr, source)
                    SELECT 7, 2024, p.id, r.id, 'vard', 378026, 212400, 200000, 'bokslut'
                    FROM organisation p, organisation r WHERE p.code = 'RJL' AND r.code = 'RÖ';
                    INSERT INTO contract (id, year, payer_id, receiver_id, part, fixed_tkr)
                    SELECT 8, 2024, p.id, p.id, 'samverkan', 33484 FROM organisation p WHERE p.code = 'RÖ';
                    """)
            }
            try queue.close()

            let registry = try Registry(path: path, mode: .create, actor: "tester", today: "2025-06-17")
            defer { try? registry.dbQueue.close() }
            let rows = try registry.read { db in
                try Row.fetchAll(db, sql: "SELECT id, part, basis, fixed_tkr, variable_tkr, volume_drg, source FROM contract ORDER BY id")
            }
            let summary = rows.map { r -> String in
                let fixed = (r["fixed_tkr"] as Double?).map { String($0) } ?? "-"
                let variable = (r["variable_tkr"] as Double?).map { String($0) } ?? "-"
                return "\(r["id"] as Int64) \(r["part"] as String) \(r["basis"] as String) \(fixed) \(variable) \(r["source"] as String? ?? "-")"
            }
            #expect(summary == ["7 vard avtal 378026.0 200000.0 bokslut", "8 samverkan avtal 33484.0 - -",
                                "9 vard utfall - 212400.0 bokslut"])
            // The rebuilt table is audited on every column again.
            try registry.update(Families.contract, id: 7, ["note": "ny"])
            let entry = try #require(try registry.auditEntries().last)
            #expect(entry.table == "contract" && entry.action == "update")
        }
    }

    @Test func theBasisOfAFigureCannotBeChangedNotEvenOutsideSamreg() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.contract, ["year": "2024", "payer": "RJL", "receiver": "RÖ", "fixed_tkr": "1"])
            let message = fieldError { try registry.update(Families.contract, id: id, ["basis": "utfall"]) }
            #expect(message?.contains("basis of a contract figure cannot be changed") == true, "\(String(describing: message))")
            #expect(throws: (any Error).self) { try registry.executeOutsideSamreg("UPDATE contract SET basis = 'utfall'") }
            #expect(try registry.row("contract", id: id)?["basis"] == "avtal")
            // The outcome is a figure of its own beside the agreement.
            let outcome = try registry.insert(Families.contract, ["year": "2024", "payer": "RJL", "receiver": "RÖ",
                                                                  "basis": "utfall", "variable_tkr": "5"])
            #expect(outcome != id)
            #expect(try registry.row("contract", id: id)?["fixed_tkr"] == 1.0)
        }
    }

    /// Each new or rebuilt table: the audit row of an insert holds every column of the table.
    @Test(arguments: [
        ("contract", ["year": "2024", "payer": "RJL", "receiver": "RÖ", "basis": "utfall", "fixed_tkr": "1", "variable_tkr": "2",
                      "volume_drg": "3", "note": "n", "source": "s"]),
        ("outside-care", ["year": "2024", "region": "RKL", "kind": "akut", "cost_tkr": "12.5", "note": "n", "source": "s"]),
        ("usv", ["name": "Hjärtcentrum", "region": "RÖ", "area": "Kardiologi", "designated": "2024-01-01",
                 "valid_to": "2024-12-31", "note": "n", "source": "s"]),
        ("access", ["year": "2024", "home": "RJL", "measure": "nybesok", "count": "10", "within_90": "9", "note": "n", "source": "s"]),
    ])
    func theAuditRowOfAnInsertHoldsEveryColumn(_ family: String, _ input: [String: String]) throws {
        try withRegistry { registry, _ throws in
            let f = try #require(Families.named(family))
            let id = try registry.insert(f, input)
            let columns = try registry.read { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [f.table]) }
            let entry = try #require(try registry.auditEntries().last)
            #expect(entry.table == f.table && entry.recordId == id)
            let after = try #require(jsonObject(entry.after))
            #expect(Set(after.keys) == Set(columns), "\(f.table): audit keys \(after.keys.sorted()) ≠ columns \(columns.sorted())")
            #expect(throws: (any Error).self) { try registry.executeOutsideSamreg("DELETE FROM \(f.table) WHERE id = ?", [id]) }
        }
    }

    @Test func accessWithMoreWithin90DaysThanInAllIsRefused() throws {
        try withRegistry { registry, _ throws in
            let message = fieldError {
                try registry.insert(Families.access, ["year": "2024", "home": "RJL", "measure": "nybesok", "count": "10", "within_90": "11"])
            }
            #expect(message?.contains("access figure") == true, "\(String(describing: message))")
            #expect(try registry.count("us_access") == 0)
            // The performing unit defaults to the university hospital in Linköping.
            let id = try registry.insert(Families.access, ["year": "2024", "home": "RJL", "measure": "behandling", "count": "10", "within_90": "10"])
            #expect(try registry.row("us_access", id: id)?["unit"] == "Universitetssjukhuset i Linköping")
        }
    }
}
