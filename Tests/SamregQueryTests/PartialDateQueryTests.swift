import Foundation
import GRDB
import SamregCore
@testable import SamregQuery
import SamregStore
import SamregTestSupport
import Testing

@Suite("Dates as precise as the source, and as-of from history (queries)")
struct PartialDateQueryTests {
    @Test func aDecisionDatedByYearOrMonthCountsInItsYearAndInAPeriodOnlyWhenWhollyInside() throws {
        try withRegistry { r in
            try r.insert(Families.body, ["kind": "samverkansnamnd", "name": "Samverkansnämnden", "short_name": "SVN"])
            for (date, title) in [("2024", "år"), ("2024-06", "juni"), ("2024-06-15", "dag"), ("2025", "nästa")] {
                try r.insert(Families.decision, ["body": "SVN", "date": date, "kind": "beslut", "title": title])
            }
            try r.read { db throws in
                #expect(try DecisionQueries.decisions(db, period: .year(2024)).map(\.title) == ["år", "juni", "dag"])
                #expect(try DecisionQueries.decisions(db, period: .year(2024)).map(\.date) == ["2024", "2024-06", "2024-06-15"])
                let june = Period(from: "2024-06-01", to: "2024-06-30")
                #expect(try DecisionQueries.decisions(db, period: june).map(\.title) == ["juni", "dag"])
                let firstHalf = Period(from: "2024-06-01", to: "2024-06-29")
                #expect(try DecisionQueries.decisions(db, period: firstHalf).map(\.title) == ["dag"])
                #expect(try DecisionQueries.decisions(db, period: .year(2023)).isEmpty)
                #expect(try DecisionQueries.svnYear(db, year: 2025).decided.map(\.title) == ["nästa"])
            }
        }
    }

    @Test func aPermitGrantedInAMonthOrAYearIsHeldFromItsLastDay() {
        func permit(decided: String?, start: String?) -> PermitSummary {
            PermitSummary(id: 1, careArea: "x", holder: "RÖ", unit: nil, status: "i_drift", decided: decided,
                          start: start, end: nil, scope: nil, parent: nil)
        }
        #expect(!PermitQueries.isHeld(permit(decided: "2024-06", start: nil), on: "2024-06-29"))
        #expect(PermitQueries.isHeld(permit(decided: "2024-06", start: nil), on: "2024-06-30"))
        #expect(!PermitQueries.isHeld(permit(decided: "2024", start: nil), on: "2024-12-30"))
        #expect(PermitQueries.isHeld(permit(decided: "2024", start: nil), on: "2024-12-31"))
        #expect(!PermitQueries.isHeld(permit(decided: nil, start: "2024-02"), on: "2024-02-28"))
        #expect(PermitQueries.isHeld(permit(decided: nil, start: "2024-02"), on: "2024-02-29"))
    }

    @Test func theChairingRegionIsReadAsOfTheDayFromTheRoleHistory() throws {
        try withRegistry { r in
            try r.insert(Families.body, ["kind": "samverkansnamnd", "name": "Samverkansnämnden", "short_name": "SVN"])
            try r.insert(Families.membership, ["body": "SVN", "role": "ordforande", "region": "RKL",
                                               "valid_from": "2024-01-01", "valid_to": "2024-12-31"])
            let rjl = try r.insert(Families.membership, ["body": "SVN", "role": "ledamot", "region": "RJL", "valid_from": "2024-01-01"])
            try r.write { db in
                try RecordWriter(family: Families.membership, db: db, lookups: Lookups())
                    .update(id: rjl, ["role": "ordforande"], changedOn: "2025-01-01")
            }
            try r.read { db throws in
                #expect(try MembershipQueries.regions(db, holding: "ordforande", bodyKind: "samverkansnamnd", on: "2024-12-31")
                        == ["Region Kalmar län"])
                #expect(try MembershipQueries.regions(db, holding: "ordforande", bodyKind: "samverkansnamnd", on: "2025-01-01")
                        == ["Region Jönköpings län"])
                #expect(try MembershipQueries.regions(db, holding: "ledamot", bodyKind: "samverkansnamnd", on: "2024-06-01")
                        == ["Region Jönköpings län"])
            }
        }
    }
}
