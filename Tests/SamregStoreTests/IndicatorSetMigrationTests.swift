import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

/// Migration 0013: indicator rebuilt with an optional direction and a value kind, and the
/// indicator sets with their members.
@Suite("Indicator sets (migration 0013)")
struct IndicatorSetMigrationTests {
    @Test func upgradeKeepsIndicatorsValuesAndTheirChecks() throws {
        try withTempDir { dir throws in
            let path = dir + "/r.sqlite"
            let queue = try DatabaseQueue(path: path)
            let before = try #require(Migrations.names.firstIndex(of: "0013_indicator_sets"))
            try Migrations.migrator(upTo: before).migrate(queue)
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO indicator (id, code, name, promise, unit, direction, target, target_text, periodicity, note, source)
                    VALUES (5, 'vt', 'Väntetid', 'tillganglig', '%', 'hog', 80, '80 %', 'tertial', 'not', 'källa:1');
                    INSERT INTO indicator_value (indicator_id, region_id, period, value)
                    VALUES (5, (SELECT id FROM organisation WHERE code = 'RJL'), '2024', 74.3);
                    """)
            }
            try queue.close()

            let registry = try Registry(path: path, mode: .create, actor: "tester", today: "2025-06-17")
            defer { try? registry.dbQueue.close() }
            let indicator = try #require(try registry.row("indicator", id: 5))
            #expect(indicator["code"] as String == "vt")
            #expect(indicator["direction"] as String == "hog")
            #expect(indicator["target"] as Double == 80)
            #expect(indicator["periodicity"] as String == "tertial")
            #expect(indicator["source"] as String == "källa:1")
            #expect(indicator["value_kind"] as String? == nil, "an upgrade does not guess the kind")
            #expect(try registry.count("indicator_value") == 1)
            // The rebuilt table keeps its rules: references, no deletes, the vocabulary.
            #expect(throws: DatabaseError.self) {
                try registry.executeOutsideSamreg("INSERT INTO indicator_value (indicator_id, region_id, period, value) VALUES (99, 1, '2024', 1)")
            }
            #expect(throws: DatabaseError.self) { try registry.executeOutsideSamreg("DELETE FROM indicator WHERE id = 5") }
            #expect(throws: DatabaseError.self) { try registry.executeOutsideSamreg("UPDATE indicator SET direction = 'upp' WHERE id = 5") }
            // Its audit triggers record the new column.
            try registry.update(Families.indicator, id: 5, ["value_kind": "share"])
            let last = try #require(try registry.auditEntries().last)
            #expect(last.table == "indicator" && last.action == "update")
            #expect(jsonObject(last.after)?["value_kind"] as? String == "share")
            #expect(last.hash != nil, "sealed by samreg (the rows inserted before the upgrade were not)")
        }
    }

    @Test func directionIsOptionalAndSetsKeepTheirOrder() throws {
        try withRegistry { registry, _ in
            let count = try registry.insert(Families.indicator, ["code": "n", "name": "Antal", "promise": "jamlik", "value_kind": "count"])
            let share = try registry.insert(Families.indicator, ["code": "s", "name": "Andel", "promise": "jamlik", "value_kind": "share",
                                                                 "direction": "hog", "target": "90 %"])
            #expect(try registry.row("indicator", id: share)?["target"] as Double? == 90)
            let set = try registry.insert(Families.indicatorSet, ["name": "Sjukvårdsregionala systemmått 2024", "valid_from": "2024-01-01"])
            try registry.insert(Families.indicatorSetMember, ["set": "Sjukvårdsregionala systemmått 2024", "indicator": "s", "position": "1"])
            try registry.insert(Families.indicatorSetMember, ["set": String(set), "indicator": String(count), "position": "2",
                                                               "promise": "kostnadseffektiv"])
            let duplicate = fieldError {
                try registry.insert(Families.indicatorSetMember, ["set": String(set), "indicator": "n", "position": "3"])
            }
            #expect(duplicate?.contains("already exists") == true, "\(String(describing: duplicate))")
            let percentOnCount = fieldError {
                try registry.insert(Families.indicatorValue, ["indicator": "n", "region": "RÖ", "period": "2024", "value": "5 %"])
            }
            #expect(percentOnCount == "indicator value: value has a per-cent sign, but indicator n is a count; write the number alone")
            try registry.insert(Families.indicatorValue, ["indicator": "s", "region": "RÖ", "period": "2024", "value": "74,3 %"])
        }
    }

    /// Every column of every audited table is in its triggers' json_object (the audit trail
    /// must hold the whole row before and after).
    @Test func auditTriggersCoverEveryColumn() throws {
        try withRegistry { registry, _ in
            try registry.read { db in
                let triggers = try Row.fetchAll(db, sql: "SELECT tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' AND (name LIKE '%audit_insert' OR name LIKE '%audit_update')")
                #expect(triggers.count >= 2 * 20)
                for trigger in triggers {
                    let table: String = trigger["tbl_name"]
                    let sql: String = trigger["sql"]
                    for column in try db.columns(in: table) {
                        #expect(sql.contains("'\(column.name)', NEW.\(column.name)"), "\(table).\(column.name) is not audited")
                    }
                }
            }
        }
    }
}
