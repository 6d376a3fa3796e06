import Foundation
import GRDB
import SamregCore
import SamregQuery
import SamregStore
import SamregTestSupport
import Testing

/// Issue 9, items 6 and 7: counting as the committee counts, the state on an earlier day, and
/// the samarbetsområde a record belongs to.
@Suite("Counting rules")
struct CountingRuleTests {
    @Test func anAnswerCountsOnItsSentDayElseOnItsApprovalDay() throws {
        try withRegistry { r in
            let approvedOnly = try r.remiss("Godkänt, sänddag okänd", received: "2025-01-10", deadline: "2025-03-01")
            try r.insert(Families.response, ["remiss": String(approvedOnly), "scope": "sosr", "approved": "2025-02-14"])
            let sent = try r.remiss("Godkänt och skickat", received: "2025-01-10", deadline: "2025-03-01")
            try r.insert(Families.response, ["remiss": String(sent), "scope": "sosr", "approved": "2025-02-14", "sent": "2025-03-03"])
            let draft = try r.remiss("Utkast", received: "2025-01-10", deadline: "2025-03-01")
            try r.insert(Families.response, ["remiss": String(draft), "scope": "sosr"])

            let feb = try r.read { db in
                try RemissQueries.answered(db, period: Period(from: "2025-02-01", to: "2025-02-28"), jointOnly: true, asOf: "2025-06-17")
            }
            #expect(feb.map(\.id) == [approvedOnly])
            #expect(feb.first?.answered == "2025-02-14")
            let march = try r.read { db in
                try RemissQueries.answered(db, period: Period(from: "2025-03-01", to: "2025-03-31"), jointOnly: true, asOf: "2025-06-17")
            }
            #expect(march.map(\.id) == [sent], "the sent day wins over the approval day")
            // The status and the open list follow the same rule.
            let open = try r.read { db in try RemissQueries.open(db, asOf: "2025-06-17") }
            #expect(open.map(\.id) == [draft])
            let status = try r.read { db in
                try String.fetchAll(db, sql: "SELECT \(Families.remissStatusSQL(today: "'2025-06-17'")) FROM remiss t ORDER BY t.id")
            }
            #expect(status == ["besvarad", "besvarad", "forsenad"])
        }
    }

    @Test func asOfADayAnswersClosingsAndWithdrawalsDatedLaterDoNotCount() throws {
        try withRegistry { r in
            let late = try r.remiss("Besvarad efter dagen", received: "2024-10-01", deadline: "2024-12-15")
            try r.answer(late, sent: "2025-01-20")
            let closedLater = try r.remiss("Stängd efter dagen", received: "2024-10-01", deadline: "2025-02-01")
            try r.end(Families.remiss, id: closedLater, on: "2025-01-10")
            let withdrawnLater = try r.remiss("Svar återkallat efter dagen", received: "2024-10-01", deadline: "2024-12-01")
            let response = try r.answer(withdrawnLater, sent: "2024-11-20")
            try r.end(Families.response, id: response, on: "2025-02-01")
            let declinedLater = try r.remiss("Avstod efter dagen", received: "2024-10-01", deadline: "2025-01-31")
            try r.insert(Families.response, ["remiss": String(declinedLater), "scope": "sosr", "kind": "avstar",
                                             "approved": "2025-01-05"])

            // On 2024-12-31: the late answer, the closing and the decision not to answer had not
            // happened; the withdrawn answer was still standing.
            let open = try r.read { db in try RemissQueries.open(db, asOf: "2024-12-31") }
            #expect(open.map(\.id) == [late, declinedLater, closedLater])
            #expect(open.map(\.status) == ["forsenad", "oppen", "oppen"])
            #expect(open.allSatisfy { $0.answered == nil })
            let answered2024 = try r.read { db in try RemissQueries.answered(db, period: .year(2024), asOf: "2024-12-31") }
            #expect(answered2024.map(\.id) == [withdrawnLater])
            // A period reaching past the day ends on it.
            let toSummer = try r.read { db in
                try RemissQueries.answered(db, period: Period(from: "2024-01-01", to: "2025-06-30"), asOf: "2024-12-31")
            }
            #expect(toSummer.map(\.id) == [withdrawnLater])
            // Today: only the withdrawn one is open again.
            let now = try r.read { db in try RemissQueries.open(db, asOf: "2025-06-17") }
            #expect(now.map(\.id) == [withdrawnLater])
            let answered = try r.read { db in try RemissQueries.answered(db, period: .year(2025), asOf: "2025-06-17") }
            #expect(answered.map(\.id) == [late])
        }
    }

    @Test func workloadStatusOnADayIgnoresWhatIsDatedLater() {
        func status(_ s: String, decided: String? = nil, effective: String? = nil, ended: String? = nil, on day: String) -> String {
            WorkloadQueries.status(s, decided: decided, effective: effective, ended: ended, asOf: day)
        }
        #expect(status("inford", decided: "2025-03-01", effective: "2025-05-01", on: "2025-02-01") == "utredning")
        #expect(status("inford", decided: "2025-03-01", effective: "2025-05-01", on: "2025-04-01") == "beslutad")
        #expect(status("inford", decided: "2025-03-01", effective: "2025-05-01", on: "2025-05-01") == "inford")
        #expect(status("avslutad", decided: "2020-01-01", effective: "2020-02-01", ended: "2025-01-31", on: "2024-12-31") == "inford")
        #expect(status("avslutad", decided: "2020-01-01", ended: "2025-01-31", on: "2025-01-31") == "avslutad")
        #expect(status("utredning", on: "2020-01-01") == "utredning")
    }

    @Test func aRecommendationsRegionalDecisionDatedLaterIsStillPending() throws {
        try withRegistry { r in
            try r.body("samverkansnamnd", "Samverkansnämnden", short: "SVN")
            let rec = try r.insert(Families.decision, ["body": "SVN", "date": "2024-09-27", "kind": "rekommendation",
                                                       "title": "Rekommendation"])
            try r.insert(Families.adoption, ["recommendation": String(rec), "region": "RJL", "outcome": "antagen",
                                             "decided": "2025-01-15"])
            let then = try r.read { db in try RecommendationQueries.matrix(db, asOf: "2024-12-31") }
            #expect(then.first?.outcomes["RJL"]?.outcome == "pagaende")
            let now = try r.read { db in try RecommendationQueries.matrix(db, asOf: "2025-06-17") }
            #expect(now.first?.outcomes["RJL"]?.outcome == "antagen")
        }
    }

    @Test func aDecisionBelongsToItsOwnAreaElseToThatOfTheRecordItConcerns() throws {
        try withRegistry { r in
            try r.body("samverkansnamnd", "Samverkansnämnden", short: "SVN")
            let remiss = try r.remiss("Vårdförlopp", received: "2024-01-10", deadline: "2024-03-01")
            let workload = try r.insert(Families.workload, ["specialty": "ortopedi", "status": "utredning"])
            try r.insert(Families.decision, ["body": "SVN", "date": "2024-02-01", "kind": "yttrande", "title": "Om remissen",
                                             "remiss": String(remiss)])
            try r.insert(Families.decision, ["body": "SVN", "date": "2024-03-01", "kind": "beslut", "title": "Om arbetsfördelning",
                                             "workload": String(workload)])
            try r.insert(Families.decision, ["body": "SVN", "date": "2024-04-01", "kind": "beslut", "title": "Kunskapsstöd",
                                             "area": "kunskapsstyrning"])
            try r.insert(Families.decision, ["body": "SVN", "date": "2024-05-01", "kind": "beslut", "title": "Remiss men ledning",
                                             "remiss": String(remiss), "area": "ledning"])
            try r.insert(Families.decision, ["body": "SVN", "date": "2024-06-01", "kind": "beslut", "title": "Utan område"])
            // An area is also given by the agreement's name for it.
            let named = try r.insert(Families.decision, ["body": "SVN", "date": "2023-06-01", "kind": "beslut", "title": "Vid namn",
                                                         "area": "Långsiktig och hållbar arbetsfördelning"])
            #expect(try r.read { db in try String.fetchOne(db, sql: "SELECT area FROM decision WHERE id = ?", arguments: [named]) } == "arbetsfordelning")
            func titles(_ area: String) throws -> [String] {
                try r.read { db in try DecisionQueries.decisions(db, period: .year(2024), area: area).map(\.title) }
            }
            #expect(try titles("processer") == ["Om remissen"])
            #expect(try titles("arbetsfordelning") == ["Om arbetsfördelning"])
            #expect(try titles("kunskapsstyrning") == ["Kunskapsstöd"])
            #expect(try titles("ledning") == ["Remiss men ledning"], "the decision's own area wins")
            #expect(try titles("kompetens").isEmpty)
            #expect(CooperationAreas.area(ofFamily: "remiss") == "processer")
            #expect(CooperationAreas.area(ofFamily: "workload") == "arbetsfordelning")
            #expect(CooperationAreas.area(ofFamily: "permit") == nil)
            #expect(Set(Families.all.compactMap(\.traits.area)).isSubset(of: Set(CooperationAreas.areas.codes)))
            // An area outside the six is refused.
            #expect(throws: (any Error).self) {
                try r.insert(Families.decision, ["body": "SVN", "date": "2024-06-01", "kind": "beslut", "title": "Fel",
                                                 "area": "ekonomi"])
            }
        }
    }
}
