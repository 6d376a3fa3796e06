import Foundation
import GRDB
import SamregCore
import SamregQuery
import SamregStore
import SamregTestSupport
import Testing

@Suite("TraceQueries, RecordLabels and BodyQueries")
struct TraceQueryTests {
    @Test func everyNumberOfTheSeededRiksavtalMatterResolvesToTheSameChain() throws {
        try withRegistry(seeded: true) { r in
            try r.read { db in
                let reference = try TraceQueries.trace(db, number: "SKR2024/01345")
                #expect(reference.count == 9, "\(reference.map { "\($0.family) \($0.id)" })")
                for number in ["RÖ 2024-6246", "RÖ 2024–6246", "RO\u{0308} 2024-6246", "SVN § 51-2024", "RJL 2024/2313",
                               "SKR2025/00294", "Samverkansnämnden § 51-2024"] {
                    let other = try TraceQueries.trace(db, number: number)
                    #expect(other == reference, "'\(number)'")
                }
                let svn = try #require(reference.first { $0.family == "decision" && $0.party == "SVN" })
                #expect(svn.caseNumbers.first == CaseReference(organisation: "SVN", written: "SVN § 51-2024"))
                #expect(svn.caseNumberText == "SVN: SVN § 51-2024 · RÖ: RÖ 2024–6246")
            }
        }
    }

    @Test func anUnknownNumberThrowsOneLine() throws {
        try withRegistry(seeded: true) { r in
            try r.read { db in
                #expect(throws: SamregError.self) { try TraceQueries.trace(db, number: "RKL 1999/1") }
                #expect(throws: SamregError.self) { try TraceQueries.trace(db, number: "") }
                #expect(throws: SamregError.self) { try TraceQueries.trace(db, number: "SVN § 51-1999") }
            }
        }
    }

    @Test func aChainIsFollowedThroughSharedCaseNumbersAndLinksButNotIntoSealedRecords() throws {
        try withRegistry { r in
            let remiss = try r.remiss("Remiss A", received: "2025-01-01", deadline: "2025-02-01", extra: ["case_number": "RÖ 2025-0001"])
            let other = try r.remiss("Remiss B", received: "2025-01-02", deadline: "2025-02-01", extra: ["case_number": "RJL 2025/0009"])
            // Not linked by id: only by a shared case number.
            try r.insert(Families.reference, ["family": "remiss", "record": String(other), "written": "RÖ 2025-0001"])
            let secret = try r.remiss("Hemlig remiss", received: "2025-01-03", deadline: "2025-02-01",
                                      extra: ["case_number": "RÖ 2025-0003", "confidential": "ja"])
            try r.insert(Families.reference, ["family": "remiss", "record": String(secret), "written": "RJL 2025/0009"])
            try r.read { db in
                let chain = try TraceQueries.trace(db, number: "rjl 2025/0009")
                #expect(Set(chain.map(\.id)) == [remiss, other], "\(chain)")
                let full = try TraceQueries.trace(db, number: "rjl 2025/0009", confidentiality: .include)
                #expect(Set(full.map(\.id)) == [remiss, other, secret])
                let masked = try TraceQueries.trace(db, number: "RÖ 2025-0003")
                try #require(masked.count == 1, "\(masked)")
                #expect(masked[0].sealed && masked[0].title == Confidentiality.mask)
                #expect(masked[0].caseNumbers == [CaseReference(organisation: "RÖ", written: "RÖ 2025-0003")])
                #expect(try RecordLabels.label(db, family: "remiss", id: secret) == "\(Confidentiality.mask) (RÖ 2025-0003)")
                #expect(try RecordLabels.find(db, family: Families.remiss, text: "hemlig REMISS").isEmpty)
                #expect(try RecordLabels.find(db, family: Families.remiss, text: "hemlig REMISS", confidentiality: .include) == [secret])
                #expect(try RecordLabels.find(db, family: Families.remiss, text: "RÖ 2025-0001") == [other])
            }
        }
    }

    @Test func caseNumbersAreFoundInFreeText() {
        #expect(TraceQueries.caseNumbers(in: "§ 83, RJL 2024/2313").map(\.normalized) == ["RJL 2024-2313"])
        #expect(TraceQueries.caseNumbers(in: "SKR2025/00294; RÖ 2024–6246").map(\.normalized) == ["SKR 2025-00294", "RÖ 2024-6246"])
        #expect(TraceQueries.caseNumbers(in: "§ 9, Vombatreferens").isEmpty)
    }

    @Test func bodyCountsAreThoseValidOnTheDay() throws {
        try withRegistry(seeded: true) { r in
            func counts(_ day: String) throws -> BodyCounts { try r.read { db in try BodyQueries.counts(db, on: day) } }
            #expect(try counts("2024-12-31") == BodyCounts(rpo: 26, rsg: 4, kunskapsrad: 4, hostedNPO: 4))
            try r.insert(Families.body, ["kind": "rsg", "name": "RSG Upphandling", "valid_from": "2025-01-01"])
            let drugs = try r.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM body WHERE short_name = 'RSG Läkemedel'") }
            try r.end(Families.body, id: try #require(drugs), on: "2024-06-30")
            #expect(try counts("2024-12-31").rsg == 3)
            #expect(try counts("2025-01-01").rsg == 4)
            #expect(try counts("2024-06-30").rsg == 4)
        }
    }
}
