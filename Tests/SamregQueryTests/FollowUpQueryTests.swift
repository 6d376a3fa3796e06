import Foundation
import GRDB
import SamregCore
import SamregQuery
import SamregStore
import SamregTestSupport
import Testing

@Suite("WorkloadQueries")
struct WorkloadQueryTests {
    @Test func bySpecialtySortsSpecialtiesInSwedishOrderAndStatusesInTheirLifeOrder() throws {
        try withRegistry { r in
            for (specialty, status) in [("ögonsjukvård", "inford"), ("urologi", "inford"), ("Öron-, näs- och halssjukvård", "utredning"),
                                        ("gynekologi", "uppfoljd"), ("ögonsjukvård", "utredning"), ("ärftliga sjukdomar", "beslutad"),
                                        ("åldersmedicin", "beslutad"), ("Allmänkirurgi", "inford"), ("ögonsjukvård", "inford")] {
                try r.insert(Families.workload, ["specialty": specialty, "status": status])
            }
            let lines = try r.read { db in try WorkloadQueries.lines(db) }
            let counts = WorkloadQueries.bySpecialty(lines)
            #expect(counts.map(\.specialty) == ["Allmänkirurgi", "gynekologi", "urologi", "åldersmedicin", "ärftliga sjukdomar",
                                                "ögonsjukvård", "ögonsjukvård", "Öron-, näs- och halssjukvård"])
            #expect(counts.map(\.status) == ["inford", "uppfoljd", "inford", "beslutad", "beslutad", "utredning", "inford", "utredning"])
            #expect(counts.map(\.count) == [1, 1, 1, 1, 1, 1, 2, 1])
            // The lines themselves come in the same (SQL, COLLATE swedish) order.
            var seen: [String] = []
            for l in lines where seen.last != l.specialty { seen.append(l.specialty) }
            #expect(seen == ["Allmänkirurgi", "gynekologi", "urologi", "åldersmedicin", "ärftliga sjukdomar",
                             "ögonsjukvård", "Öron-, näs- och halssjukvård"])
        }
    }

    @Test func seededSpecialtiesPutOgonsjukvardAfterUrologi() throws {
        try withRegistry(seeded: true) { r in
            let counts = try r.read { db in WorkloadQueries.bySpecialty(try WorkloadQueries.lines(db)) }
            #expect(counts.map(\.specialty) == ["allmänkirurgi", "gynekologi", "kärl- och plastikkirurgi", "ortopedi", "urologi",
                                                "ögonsjukvård", "öron-, näs- och halssjukvård"])
        }
    }

    @Test func linesFilterByStatusAndCiteTheDecision() throws {
        try withRegistry { r in
            try r.body("samverkansnamnd", "Samverkansnämnden", short: "SVN")
            try r.body("rsl", "Regionsjukvårdsledningen", short: "RSL")
            let decision = try r.insert(Families.decision, ["body": "SVN", "date": "2024-09-27", "paragraph": "§ 51",
                                                            "kind": "beslut", "title": "Arbetsfördelning urologi"])
            try r.insert(Families.workload, ["specialty": "urologi", "status": "beslutad", "decided_by": "RSL",
                                             "decision": String(decision), "performing_region": "RÖ", "decided": "2024-09-27"])
            try r.insert(Families.workload, ["specialty": "ortopedi", "status": "utredning", "decided_by": "RSL"])
            let decided = try r.read { db in try WorkloadQueries.lines(db, status: "beslutad") }
            #expect(decided.count == 1)
            #expect(decided.first?.decision == "SVN § 51-2024")
            #expect(decided.first?.decidedBy == "RSL")
            #expect(decided.first?.performing == "RÖ")
            let all = try r.read { db in try WorkloadQueries.lines(db) }
            #expect(all.map(\.specialty) == ["ortopedi", "urologi"])
            #expect(all.first?.decision == nil)
        }
    }
}

@Suite("FlowQueries")
struct FlowQueryTests {
    func flow(_ r: Registry, _ year: Int, _ performing: String, _ home: String, _ drg: Double) throws -> Int64 {
        try r.insert(Families.flow, ["year": String(year), "performing": performing, "home": home, "drg_sum": String(drg)])
    }

    @Test func sharesArePerPerformingRegionInTheAgreementsOrderAndSumToOne() throws {
        try withRegistry { r in
            _ = try flow(r, 2024, "RÖ", "RJL", 100)
            _ = try flow(r, 2024, "RÖ", "RKL", 50)
            _ = try flow(r, 2024, "RJL", "RÖ", 30)
            _ = try flow(r, 2024, "RKL", "RÖ", 20)
            _ = try flow(r, 2023, "RKL", "RÖ", 999)
            let withdrawn = try flow(r, 2024, "RJL", "RKL", 100)
            try r.end(Families.flow, id: withdrawn, on: "2025-01-15")
            let cells = try r.read { db in try FlowQueries.flows(db, years: 2020...2024) }
            #expect(cells.count == 5, "the withdrawn figure is left out")
            let shares = FlowQueries.shares(cells, year: 2024)
            #expect(shares.map(\.region) == ["RÖ", "RJL", "RKL"])
            #expect(shares.map(\.drgSum) == [150, 30, 20])
            #expect(shares.map(\.share) == [0.75, 0.15, 0.10])
            #expect(abs(shares.reduce(0) { $0 + $1.share } - 1) < 1e-12)
            #expect(FlowQueries.shares(cells, year: 2022).isEmpty)
        }
    }

    @Test func flowsAreOrderedByYearThenSosrPartiesFirst() throws {
        try withRegistry { r in
            _ = try flow(r, 2024, "RS", "RÖ", 5)
            _ = try flow(r, 2024, "RÖ", "RJL", 100)
            _ = try flow(r, 2023, "RKL", "RÖ", 20)
            let cells = try r.read { db in try FlowQueries.flows(db, years: 2023...2024) }
            #expect(cells.map { "\($0.year) \($0.performing)→\($0.home)" } == ["2023 RKL→RÖ", "2024 RÖ→RJL", "2024 RS→RÖ"])
            let only2024 = try r.read { db in try FlowQueries.flows(db, years: 2024...2024) }
            #expect(only2024.count == 2)
        }
    }

    @Test func contractPairsSetTheOutcomeBesideTheAgreementAndCompareThem() throws {
        try withRegistry { r in
            try r.insert(Families.contract, ["year": "2024", "payer": "RJL", "receiver": "RÖ", "part": "vard",
                                             "fixed_tkr": "100", "variable_tkr": "40", "volume_drg": "10"])
            try r.insert(Families.contract, ["year": "2024", "payer": "RJL", "receiver": "RÖ", "basis": "utfall", "variable_tkr": "30"])
            try r.insert(Families.contract, ["year": "2024", "payer": "RKL", "receiver": "RÖ", "part": "vard", "fixed_tkr": "50"])
            try r.insert(Families.contract, ["year": "2024", "payer": "RÖ", "receiver": "RJL", "part": "vard",
                                             "variable_tkr": "12"])
            try r.insert(Families.contract, ["year": "2024", "payer": "RÖ", "receiver": "RKL", "part": "vard",
                                             "variable_tkr": "0"])
            try r.insert(Families.contract, ["year": "2024", "payer": "RÖ", "receiver": "RKL", "basis": "utfall",
                                             "fixed_tkr": "2", "variable_tkr": "5", "volume_drg": "3"])
            try r.insert(Families.contract, ["year": "2024", "payer": "RÖ", "receiver": "RÖ", "part": "samverkan", "fixed_tkr": "7"])
            try r.insert(Families.contract, ["year": "2023", "payer": "RJL", "receiver": "RÖ", "part": "vard", "fixed_tkr": "1"])
            // A withdrawn outcome is left out.
            let withdrawn = try r.insert(Families.contract, ["year": "2024", "payer": "RKL", "receiver": "RÖ", "basis": "utfall",
                                                             "variable_tkr": "999"])
            try r.end(Families.contract, id: withdrawn, on: "2025-01-01")
            try r.insert(Families.flow, ["year": "2024", "performing": "RÖ", "home": "RJL", "drg_sum": "11.5"])
            let pairs = try r.read { db in try ContractQueries.pairs(db, year: 2024) }
            // Performing (receiving) region first, in the agreement's order RÖ, RJL, RKL.
            #expect(pairs.map { "\($0.part) \($0.payer)→\($0.receiver)" }
                    == ["vard RJL→RÖ", "vard RKL→RÖ", "vard RÖ→RJL", "vard RÖ→RKL", "samverkan RÖ→RÖ"])
            #expect(pairs.map(\.fixed) == [100, 50, nil, 2, 7])
            #expect(pairs.map(\.totalBudget) == [140, 50, 12, 0, 7])
            // No outcome recorded: no outcome total; the outcome's own fixed part wins over none agreed.
            #expect(pairs.map(\.totalOutcome) == [130, nil, nil, 7, nil])
            #expect(pairs.map { ContractQueries.share($0.variableOutcome, of: $0.variableBudget) } == [0.75, nil, nil, nil, nil])
            // Volume: the outcome's own, else the care flow's.
            #expect(pairs.map(\.outcomeVolume) == [11.5, nil, nil, 3, nil])
            #expect(pairs.map(\.budgetVolume) == [10, nil, nil, nil, nil])
            let sum = ContractQueries.Sum(Array(pairs.prefix(4)))
            #expect(sum.fixed == 152 && sum.variableOutcome == 35 && sum.variableBudget == 52)
            #expect(sum.totalOutcome == 137 && sum.totalBudget == 202)
        }
    }

    @Test func priceOfAYearIsTheRecordedOne() throws {
        try withRegistry(seeded: true) { r in
            let price = try r.read { db in try FlowQueries.price(db, year: 2024) }
            #expect(price?.drg == 86656)
            #expect(price?.invoiced == 30330)
            #expect(try r.read { db in try FlowQueries.price(db, year: 2023) } == nil)
        }
    }

    @Test func seededContractSumsToTheAgreementsTotals() throws {
        try withRegistry(seeded: true) { r in
            let lines = try r.read { db in try ContractQueries.pairs(db, year: 2024) }
            #expect(lines.allSatisfy { !$0.hasOutcome })
            let care = ContractQueries.Sum(lines.filter { $0.part == "vard" }).fixed
            let cooperation = ContractQueries.Sum(lines.filter { $0.part == "samverkan" }).fixed
            #expect(care == 754_108)
            #expect(cooperation == 74_592)
        }
    }
}

@Suite("IndicatorQueries")
struct IndicatorQueryTests {
    func value(_ r: Registry, _ indicator: String, _ region: String, _ value: Double?, missing: String? = nil,
               period: String = "2024") throws {
        var input = ["indicator": indicator, "region": region, "period": period]
        if let value { input["value"] = String(value) }
        if let missing { input["missing"] = missing }
        try r.insert(Families.indicatorValue, input)
    }

    func makeIndicators(_ r: Registry) throws {
        try r.insert(Families.indicator, ["code": "vantetid", "name": "Väntetid inom 60 dagar", "promise": "tillganglig",
                                          "unit": "%", "direction": "hog", "target": "80"])
        try r.insert(Families.indicator, ["code": "hyrpersonal", "name": "Kostnad för hyrpersonal", "promise": "kostnadseffektiv",
                                          "unit": "%", "direction": "lag", "target": "2"])
        try r.insert(Families.indicator, ["code": "karies", "name": "Kariesfria 19-åringar", "promise": "forebyggande",
                                          "unit": "%", "direction": "hog"])
        try value(r, "vantetid", "SE", 70)
        try value(r, "vantetid", "RÖ", 75)
        try value(r, "vantetid", "RJL", 85)
        try value(r, "vantetid", "RKL", 70)
        try value(r, "hyrpersonal", "SE", 2.5)
        try value(r, "hyrpersonal", "RÖ", 3)
        try value(r, "hyrpersonal", "RJL", 1.5)
        try value(r, "hyrpersonal", "RKL", nil, missing: "Resultat saknas")
        try value(r, "karies", "RJL", 60)
        try value(r, "vantetid", "RÖ", 10, period: "2023")
    }

    @Test func comparedToRiketFollowsTheDirectionAndDistanceToTargetIsPositiveWhenMet() throws {
        try withRegistry { r in
            try makeIndicators(r)
            let lines = try r.read { db in try IndicatorQueries.lines(db, period: "2024") }
            func line(_ code: String, _ region: String) -> IndicatorQueries.Line? {
                lines.first { $0.code == code && $0.region == region }
            }
            // High is better.
            #expect(line("vantetid", "RÖ")?.comparedToRiket == "battre")
            #expect(line("vantetid", "RJL")?.comparedToRiket == "battre")
            #expect(line("vantetid", "RKL")?.comparedToRiket == "lika")
            #expect(line("vantetid", "RÖ")?.distanceToTarget == -5)
            #expect(line("vantetid", "RJL")?.distanceToTarget == 5)
            #expect(line("vantetid", "RKL")?.distanceToTarget == -10)
            // Low is better: above riket is worse, below the target is met.
            #expect(line("hyrpersonal", "RÖ")?.comparedToRiket == "samre")
            #expect(line("hyrpersonal", "RJL")?.comparedToRiket == "battre")
            #expect(line("hyrpersonal", "RÖ")?.distanceToTarget == -1)
            #expect(line("hyrpersonal", "RJL")?.distanceToTarget == 0.5)
            // Missing value, no riket, no target: nothing to compare.
            #expect(line("hyrpersonal", "RKL")?.value == nil)
            #expect(line("hyrpersonal", "RKL")?.missing == "Resultat saknas")
            #expect(line("hyrpersonal", "RKL")?.comparedToRiket == nil)
            #expect(line("hyrpersonal", "RKL")?.distanceToTarget == nil)
            #expect(line("karies", "RJL")?.riket == nil)
            #expect(line("karies", "RJL")?.comparedToRiket == nil)
            #expect(line("karies", "RJL")?.distanceToTarget == nil)
        }
    }

    @Test func linesLeaveOutRiketAndOtherPeriodsAndComeInPromiseThenRegionOrder() throws {
        try withRegistry { r in
            try makeIndicators(r)
            let lines = try r.read { db in try IndicatorQueries.lines(db, period: "2024") }
            #expect(!lines.contains { $0.region == "SE" })
            #expect(lines.allSatisfy { $0.period == "2024" })
            #expect(lines.map { "\($0.code) \($0.region)" } == [
                "karies RJL",
                "hyrpersonal RJL", "hyrpersonal RKL", "hyrpersonal RÖ",
                "vantetid RJL", "vantetid RKL", "vantetid RÖ",
            ])
            #expect(lines.first { $0.code == "vantetid" }?.riket == 70)
        }
    }

    @Test func endedIndicatorsAndWithdrawnValuesAreLeftOut() throws {
        try withRegistry { r in
            try makeIndicators(r)
            let karies = try r.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM indicator WHERE code = 'karies'")! }
            try r.end(Families.indicator, id: karies, on: "2025-01-01")
            let riket = try r.read { db in
                try Int64.fetchOne(db, sql: """
                    SELECT v.id FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                    JOIN organisation o ON o.id = v.region_id WHERE i.code = 'vantetid' AND o.code = 'SE'
                    """)!
            }
            try r.end(Families.indicatorValue, id: riket, on: "2025-01-01")
            let lines = try r.read { db in try IndicatorQueries.lines(db, period: "2024") }
            #expect(!lines.contains { $0.code == "karies" })
            #expect(lines.filter { $0.code == "vantetid" }.allSatisfy { $0.riket == nil && $0.comparedToRiket == nil })
        }
    }
}

@Suite("RecommendationQueries")
struct RecommendationQueryTests {
    @Test func matrixShowsEachPartysOutcomeWithPendingForRegionsWithoutARecord() throws {
        try withRegistry { r in
            try r.body("samverkansnamnd", "Samverkansnämnden", short: "SVN")
            try r.body("rsl", "Regionsjukvårdsledningen", short: "RSL")
            let riksavtal = try r.insert(Families.decision, ["body": "SVN", "date": "2024-09-27", "paragraph": "§ 51",
                                                             "kind": "rekommendation", "title": "Riksavtal för utomlänsvård"])
            let hpv = try r.insert(Families.decision, ["body": "RSL", "date": "2025-03-01", "kind": "rekommendation",
                                                       "title": "Avgiftsfri HPV-vaccination"])
            try r.insert(Families.decision, ["body": "SVN", "date": "2024-10-01", "kind": "beslut", "title": "Inte en rekommendation"])
            let rjlDecision = try r.insert(Families.decision, ["body": "SVN", "date": "2024-11-26", "kind": "beslut",
                                                               "title": "RJL:s beslut", "case_number": "RJL 2024/2313"])
            try r.insert(Families.adoption, ["recommendation": String(riksavtal), "region": "RJL", "outcome": "antagen",
                                             "decision": String(rjlDecision), "decided": "2024-11-26"])
            try r.insert(Families.adoption, ["recommendation": String(riksavtal), "region": "RKL", "outcome": "avslagen",
                                             "reference": "§ 12, RKL 2024/99", "decided": "2024-12-01"])
            let withdrawn = try r.insert(Families.adoption, ["recommendation": String(hpv), "region": "RÖ", "outcome": "antagen",
                                                             "reference": "RÖ 2025-1", "decided": "2025-04-01"])
            try r.end(Families.adoption, id: withdrawn, on: "2025-05-01")

            let all = try r.read { db in try RecommendationQueries.matrix(db) }
            #expect(all.map(\.id) == [riksavtal, hpv])
            #expect(all.map(\.body) == ["SVN", "RSL"])
            try #require(all.count == 2)
            let first = all[0]
            #expect(first.outcomes.keys.sorted() == ["RJL", "RKL", "RÖ"])
            #expect(first.outcomes["RÖ"]?.outcome == "pagaende")
            #expect(first.outcomes["RÖ"]?.reference == nil)
            #expect(first.outcomes["RJL"]?.outcome == "antagen")
            #expect(first.outcomes["RJL"]?.reference == "RJL 2024/2313", "the region's decision's case number stands in for a reference")
            #expect(first.outcomes["RJL"]?.date == "2024-11-26")
            #expect(first.outcomes["RKL"]?.outcome == "avslagen")
            #expect(first.outcomes["RKL"]?.reference == "§ 12, RKL 2024/99")
            #expect(all[1].outcomes.values.allSatisfy { $0.outcome == "pagaende" }, "a withdrawn adoption counts as pending")

            let in2024 = try r.read { db in try RecommendationQueries.matrix(db, period: .year(2024)) }
            #expect(in2024.map(\.id) == [riksavtal])
        }
    }
}

@Suite("DecisionQueries")
struct DecisionQueryTests {
    @Test func svnYearSplitsSamverkansnamndensDecisionsByKind() throws {
        try withRegistry { r in
            try r.body("samverkansnamnd", "Samverkansnämnden", short: "SVN")
            try r.body("rsl", "Regionsjukvårdsledningen", short: "RSL")
            func decide(_ body: String, _ date: String, _ kind: String, _ title: String, confidential: Bool = false) throws {
                try r.insert(Families.decision, ["body": body, "date": date, "kind": kind, "title": title,
                                                 "confidential": confidential ? "ja" : "nej"])
            }
            try decide("SVN", "2024-03-01", "beslut", "Prislista")
            try decide("SVN", "2024-09-27", "yttrande", "Yttrande")
            try decide("SVN", "2024-09-27", "rekommendation", "Rekommendation")
            try decide("SVN", "2024-05-01", "aterrapportering", "Återrapport 1")
            try decide("SVN", "2024-11-01", "aterrapportering", "Återrapport 2")
            try decide("SVN", "2024-05-01", "information", "Information")
            try decide("SVN", "2024-06-01", "beslut", "Hemligt", confidential: true)
            try decide("SVN", "2023-12-31", "beslut", "Förra året")
            try decide("SVN", "2025-01-01", "beslut", "Nästa år")
            try decide("RSL", "2024-04-01", "beslut", "Inte SVN")

            let year = try r.read { db in try DecisionQueries.svnYear(db, year: 2024) }
            #expect(year.decided.map(\.title) == ["Prislista", "Hemligt", "Yttrande", "Rekommendation"])
            #expect(year.reReports.map(\.title) == ["Återrapport 1", "Återrapport 2"])
            #expect(year.informed.map(\.title) == ["Information"])
            let pub = try r.read { db in try DecisionQueries.svnYear(db, year: 2024, publicOnly: true) }
            #expect(pub.decided.map(\.title) == ["Prislista", "Yttrande", "Rekommendation"])
            #expect(year.decided.allSatisfy { $0.body == "Samverkansnämnden" && $0.final })
        }
    }

    @Test func aDecisionAtAMeetingIsFinalOnlyOnceItsProtocolIsApproved() throws {
        try withRegistry { r in
            try r.body("samverkansnamnd", "Samverkansnämnden", short: "SVN")
            let meeting = try r.insert(Families.meeting, ["body": "SVN", "date": "2024-09-27"])
            try r.insert(Families.decision, ["body": "SVN", "meeting": String(meeting), "date": "2024-09-27",
                                             "kind": "beslut", "title": "På mötet"])
            #expect(try r.read { db in try DecisionQueries.svnYear(db, year: 2024) }.decided.first?.final == false)
            try r.update(Families.meeting, id: meeting, ["protocol_approved": "2024-10-04"])
            #expect(try r.read { db in try DecisionQueries.svnYear(db, year: 2024) }.decided.first?.final == true)
        }
    }
}
