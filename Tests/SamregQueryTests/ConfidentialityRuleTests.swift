import GRDB
import SamregCore
import SamregQuery
import SamregStore
import SamregTestSupport
import Testing

/// The sekretess rule (`Confidentiality`) kept in step with the families it covers, and
/// applied by `RecordQuery` in its three modes.
@Suite("Confidentiality rule")
struct ConfidentialityRuleTests {
    /// Families that can be sealed.
    var sealable: [Family] { Families.all.filter(Confidentiality.canSeal) }

    @Test func everyFamilyWithAConfidentialFlagCanBeSealed() {
        for family in Families.all where family.field(named: "confidential") != nil {
            #expect(Confidentiality.canSeal(family), "\(family.name) has a confidential flag but no rule")
        }
    }

    @Test func theRegistrationNamesRealFieldsAndFilters() {
        for family in sealable {
            for name in Confidentiality.registration(family)?.fields ?? [] {
                #expect(family.field(named: name) != nil, "\(family.name) has no field \(name)")
            }
            for name in Confidentiality.registration(family)?.filters ?? [] {
                #expect(family.filters.contains { $0.name == name }, "\(family.name) has no filter \(name)")
            }
        }
    }

    /// A record that points to a record that can be sealed inherits the seal: its rule must
    /// read that link (a new link field that the rule misses fails here).
    @Test func everyLinkToASealableRecordIsPartOfTheRule() throws {
        for family in Families.all {
            for field in family.fields {
                guard case .record(let target) = field.kind, let to = Families.named(target),
                      Confidentiality.canSeal(to), let column = field.column else { continue }
                let rule = try #require(Confidentiality.sealed(family), "\(family.name).\(field.name) links to \(target) but \(family.name) cannot be sealed")
                #expect(rule.contains("t.\(column)"), "\(family.name)'s rule does not read \(column)")
            }
        }
    }

    /// Following links to `maxLinks` keeps the SQL small enough to run on every row.
    @Test func theRuleStaysSmall() {
        for family in sealable {
            let rule = Confidentiality.sealed(family) ?? ""
            #expect(rule.count < 20_000, "\(family.name)'s rule is \(rule.count) characters")
        }
        #expect(Confidentiality.sealedAuditRow(alias: "a").count < 100_000)
    }

    /// A chain of links: an adoption through a decision about a workload decision that rests
    /// on a decision about a confidential remiss is sealed; the chain's records all are.
    @Test func sealingFollowsChainsOfLinks() throws {
        try withRegistry(seeded: true) { r in
            let remiss = try r.remiss("Hemlig", received: "2025-03-03", deadline: "2025-04-30", extra: ["confidential": "ja"])
            func decide(_ extra: [String: String]) throws -> Int64 {
                var input = ["body": "SVN", "date": "2025-04-01", "kind": "beslut", "title": "Beslut"]
                for (k, v) in extra { input[k] = v }
                return try r.insert(Families.decision, input)
            }
            let first = try decide(["remiss": String(remiss)])
            let workload = try r.insert(Families.workload, ["specialty": "urologi", "status": "beslutad", "decision": String(first)])
            let second = try decide(["workload": String(workload)])
            let recommendation = try decide(["kind": "rekommendation"])
            let adoption = try r.insert(Families.adoption, ["recommendation": String(recommendation), "region": "RJL",
                                                            "outcome": "antagen", "decision": String(second), "decided": "2025-05-01"])
            let other = try r.remiss("Öppen", received: "2025-03-03", deadline: "2025-04-30")
            let response = try r.insert(Families.response, ["remiss": String(other), "scope": "sosr", "decision": String(second)])
            func isSealed(_ family: Family, _ id: Int64) throws -> Bool {
                try r.read { db in
                    try Bool.fetchOne(db, sql: "SELECT \(Confidentiality.sealed(family)!) FROM \(family.table) t WHERE t.id = ?",
                                      arguments: [id]) ?? false
                }
            }
            #expect(try isSealed(Families.decision, first))
            #expect(try isSealed(Families.workload, workload))
            #expect(try isSealed(Families.decision, second))
            #expect(try isSealed(Families.adoption, adoption))
            #expect(try isSealed(Families.response, response))
            #expect(try !isSealed(Families.decision, recommendation))
            #expect(try !isSealed(Families.remiss, other))
        }
    }

    @Test func recordQueryMasksExcludesOrIncludes() throws {
        try withRegistry { r in
            let secret = try r.remiss("Hemlig Kolibrivirus", received: "2025-03-03", deadline: "2025-04-30",
                                      extra: ["confidential": "ja", "case_number": "RÖ 2025-7777", "note": "Tapir"])
            let open = try r.remiss("Öppen remiss", received: "2025-03-04", deadline: "2025-04-30")
            func fetch(_ mode: Confidentiality.Mode, _ filters: [(String, String)] = []) throws -> ResultTable {
                var query = RecordQuery(family: Families.remiss)
                query.confidentiality = mode
                query.filters = filters.map { name, value in (Families.remiss.filters.first { $0.name == name }!, value) }
                return try r.read { db in try query.fetch(db) }
            }
            func value(_ table: ResultTable, _ id: Int64, _ column: String) -> Cell? {
                table.rows.first { $0[0] == .int(id) }.map { $0[table.columns.firstIndex(of: column)!] }
            }
            let masked = try fetch(.mask)
            #expect(value(masked, secret, "title") == .text(Confidentiality.mask))
            #expect(value(masked, secret, "note") == .text(Confidentiality.mask))
            #expect(value(masked, secret, "joint") == .null)
            #expect(value(masked, secret, "case_number") == .text("RÖ 2025-7777"))
            #expect(value(masked, secret, "received") == .text("2025-03-03"))
            #expect(value(masked, secret, "sender") == .text("SKR"))
            #expect(value(masked, open, "title") == .text("Öppen remiss"))
            #expect(try fetch(.exclude).rows.map { $0[0] } == [.int(open)])
            #expect(value(try fetch(.include), secret, "title") == .text("Hemlig Kolibrivirus"))
            // A filter on a masked field does not find the sealed record; one on the registration does.
            #expect(try fetch(.mask, [("category", "kunskapsstyrning")]).rows.map { $0[0] } == [.int(open)])
            #expect(try fetch(.mask, [("sender", "SKR")]).rows.map { $0[0] } == [.int(secret), .int(open)])
            let shown = try r.read { db in try RecordQuery.show(db, family: Families.remiss, key: "RÖ 2025-7777") }
            let row = try #require(shown.rows.first, "show found no record")
            #expect(row.dropFirst().first == .text(Confidentiality.mask))
        }
    }
}
