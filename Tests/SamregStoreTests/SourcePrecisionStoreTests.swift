import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

@Suite("Partial dates, region-held roles, history and import --update (store)")
struct SourcePrecisionStoreTests {
    func svn(_ registry: Registry) throws -> Int64 {
        try registry.insert(Families.body, ["kind": "samverkansnamnd", "name": "Samverkansnämnden", "short_name": "SVN",
                                            "valid_from": "2019-01-01"])
    }

    @Test func partialDatesAreStoredAsWrittenWhereTheFamilyAllowsThem() throws {
        try withRegistry { registry, _ throws in
            _ = try svn(registry)
            let id = try registry.insert(Families.decision, ["body": "SVN", "date": "2024-06", "kind": "beslut", "title": "X"])
            #expect(try registry.row("decision", id: id)?["decided_on"] as String? == "2024-06")
            // A remiss's dates are days: it is registered on a day.
            let message = fieldError { try registry.insert(Families.remiss, remissInput(["received": "2025-05"])) }
            #expect(message?.contains("received") == true)
            let early = fieldError {
                try registry.insert(Families.decision, ["body": "SVN", "date": "1850", "kind": "beslut", "title": "X"])
            }
            #expect(early?.contains("out of range") == true)
        }
    }

    @Test func aMembershipNeedsAPersonOrARegion() throws {
        try withRegistry { registry, _ throws in
            _ = try svn(registry)
            try registry.insert(Families.membership, ["body": "SVN", "role": "ordforande", "region": "RKL"])
            let message = fieldError { try registry.insert(Families.membership, ["body": "SVN", "role": "ledamot"]) }
            #expect(message?.contains("person") == true)
            #expect(throws: DatabaseError.self) {
                try registry.executeOutsideSamreg("INSERT INTO membership (body_id, role) VALUES (1, 'ledamot')")
            }
        }
    }

    @Test func aRoleChangeKeepsTheEarlierRoleAndASameDayChangeCorrectsIt() throws {
        try withRegistry { registry, _ throws in
            _ = try svn(registry)
            let id = try registry.insert(Families.membership, ["body": "SVN", "role": "ledamot", "region": "RJL", "valid_from": "2024-01-01"])
            try registry.write { db in
                let writer = RecordWriter(family: Families.membership, db: db, lookups: Lookups())
                try writer.update(id: id, ["role": "ersattare"], changedOn: "2024-01-01")   // a correction
                try writer.update(id: id, ["role": "ordforande"], changedOn: "2025-01-01")
                try writer.update(id: id, ["note": "no role change"], changedOn: "2025-02-01")
            }
            let rows = try registry.read { db in
                try Row.fetchAll(db, sql: "SELECT membership_id, role, valid_from, valid_to FROM membership_role_history")
            }
            #expect(rows.count == 1)
            #expect(rows.first?["role"] as String? == "ersattare")
            #expect(rows.first?["valid_from"] as String? == "2024-01-01")
            #expect(rows.first?["valid_to"] as String? == "2024-12-31")
            // Without a change date, the change takes effect today (the registry's 2025-06-17).
            try registry.update(Families.membership, id: id, ["role": "vice_ordforande"])
            let last = try registry.read { db in
                try Row.fetchOne(db, sql: "SELECT role, valid_from, valid_to FROM membership_role_history ORDER BY id DESC")
            }
            #expect(last?["role"] as String? == "ordforande")
            #expect(last?["valid_from"] as String? == "2025-01-01")
            #expect(last?["valid_to"] as String? == "2025-06-16")
            #expect(try registry.verifyAudit().problems.isEmpty)
        }
    }

    @Test func aRenameKeepsTheEarlierNameAsHistoryAndAsAFormerName() throws {
        try withRegistry { registry, _ throws in
            let id = try svn(registry)
            try registry.write { db in
                try RecordWriter(family: Families.body, db: db, lookups: Lookups())
                    .update(id: id, ["name": "Regionsjukvårdsnämnden"], changedOn: "2023-01-01")
            }
            let kept = try registry.read { db in try Row.fetchOne(db, sql: "SELECT name, valid_from, valid_to FROM body_name_history") }
            #expect(kept?["name"] as String? == "Samverkansnämnden")
            #expect(kept?["valid_from"] as String? == "2019-01-01")
            #expect(kept?["valid_to"] as String? == "2022-12-31")
            let alias = try registry.read { db in try Row.fetchOne(db, sql: "SELECT alias, kind, valid_to FROM body_alias") }
            #expect(alias?["kind"] as String? == "tidigare_namn")
            #expect(alias?["valid_to"] as String? == "2022-12-31")
        }
    }

    @Test func everyFamilysNaturalKeyNamesWritableFields() {
        for family in Families.all {
            for name in family.naturalKey {
                #expect(family.field(named: name)?.isWritable == true, "\(family.name).\(name)")
            }
        }
        #expect(Families.decision.naturalKey == ["case_number"])
        #expect(Families.contract.naturalKey == ["year", "payer", "receiver", "part", "basis"])
        #expect(Families.flow.naturalKey == ["year", "performing", "home"])
    }

    @Test func importUpdateMatchesOnTheNaturalKeyAndWritesOnlyWhatChanged() throws {
        try withRegistry { registry, dir throws in
            try registry.insert(Families.flow, ["year": "2024", "performing": "RÖ", "home": "RJL", "drg_sum": "100"])
            try registry.insert(Families.flow, ["year": "2024", "performing": "RÖ", "home": "RKL", "drg_sum": "50"])
            let file = dir + "/flow.csv"
            try Data("year,performing,home,drg_sum,cases\n2024,RÖ,RJL,100,12\n2024,RÖ,RKL,50,\n2023,RJL,RÖ,7,\n".utf8)
                .write(to: URL(fileURLWithPath: file))
            let before = try registry.auditEntries().count
            let counts = try Importer(registry: registry, family: Families.flow).run(path: file, format: nil, update: true)
            #expect(counts == Importer.Counts(added: 1, updated: 1))
            #expect(try registry.row("flow", id: 1)?["cases"] as Int? == 12)
            #expect(try registry.row("flow", id: 2)?["cases"] as Int? == nil)
            let entries = try registry.auditEntries().dropFirst(before)
            #expect(entries.map(\.action) == ["update", "insert"])
        }
    }

    @Test func upgradeTo0015KeepsMeetingsDecisionsPermitsAndMembershipsWithTheirRules() throws {
        try withTempDir { dir throws in
            let path = dir + "/r.sqlite"
            // A registry as samreg wrote it before 0015 (audited and sealed), then upgraded.
            let before = try #require(Migrations.names.firstIndex(of: "0015_source_precision_and_history"))
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator(upTo: before).migrate(queue)
            try queue.close()
            let plain = try DatabaseQueue(path: path)
            try plain.write { db in
                try db.execute(sql: """
                    INSERT INTO body (id, kind, name, short_name) VALUES (1, 'samverkansnamnd', 'Samverkansnämnden', 'SVN');
                    INSERT INTO person (id, name) VALUES (1, 'A');
                    INSERT INTO membership (id, person_id, body_id, role, valid_from) VALUES (1, 1, 1, 'ledamot', '2024-01-01');
                    INSERT INTO meeting (id, body_id, held_on, protocol_approved_on) VALUES (1, 1, '2024-10-18', '2024-10-25');
                    INSERT INTO decision (id, body_id, meeting_id, decided_on, paragraph, paragraph_no, kind, title)
                    VALUES (1, 1, 1, '2024-10-18', '§ 51', 51, 'rekommendation', 'Riksavtal');
                    INSERT INTO permit (id, care_area, holder_id, status, decided_on, start_on)
                    VALUES (1, 'Brännskador', (SELECT id FROM organisation WHERE code = 'RÖ'), 'i_drift', '2023-12-13', '2024-07-01');
                    """)
            }
            try plain.close()
            let registry = try Registry(path: path, mode: .create, actor: "tester", today: "2025-06-17")
            defer { try? registry.dbQueue.close() }
            #expect(try registry.row("decision", id: 1)?["paragraph"] as String? == "§ 51")
            #expect(try registry.row("meeting", id: 1)?["protocol_approved_on"] as String? == "2024-10-25")
            #expect(try registry.row("permit", id: 1)?["start_on"] as String? == "2024-07-01")
            #expect(try registry.row("membership", id: 1)?["role"] as String? == "ledamot")
            // The rules came back with the tables: no deletes, paragraphs unique per body and
            // year, foreign keys, adoption's check that it answers a recommendation.
            #expect(throws: DatabaseError.self) { try registry.executeOutsideSamreg("DELETE FROM decision WHERE id = 1") }
            #expect(throws: DatabaseError.self) {
                try registry.executeOutsideSamreg("INSERT INTO decision (body_id, decided_on, paragraph_no, kind, title) VALUES (1, '2024', 51, 'beslut', 'X')")
            }
            #expect(throws: DatabaseError.self) {
                try registry.executeOutsideSamreg("INSERT INTO membership (body_id, role, region_id) VALUES (99, 'ledamot', 1)")
            }
            try registry.insert(Families.decision, ["body": "SVN", "date": "2024", "kind": "beslut", "title": "Ett år"])
            let refused = fieldError {
                try registry.insert(Families.adoption, ["recommendation": "2", "region": "RJL", "outcome": "pagaende"])
            }
            #expect(refused?.contains("not a recommendation") == true)
            try registry.insert(Families.adoption, ["recommendation": "1", "region": "RJL", "outcome": "pagaende"])
            // The rebuilt tables' audit triggers still write every column.
            try registry.update(Families.membership, id: 1, ["role": "ordforande"])
            let last = try #require(try registry.auditEntries().last)
            #expect(last.table == "membership" && last.action == "update")
        }
    }
}
