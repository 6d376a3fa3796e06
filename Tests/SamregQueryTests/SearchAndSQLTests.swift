import Foundation
import GRDB
import SamregCore
@testable import SamregQuery
import SamregStore
import SamregTestSupport
import Testing

@Suite("Search")
struct SearchTests {
    @Test(arguments: ["brännskador", "brannskador", "BRÄNNSKADOR", "svåra brännskador", "brann*"])
    func theSeededBurnsPermitIsFoundWithOrWithoutDiacritics(_ text: String) throws {
        try withRegistry(seeded: true) { r in
            let hits = try r.read { db in try Search.run(db, text: text) }
            #expect(hits.contains { $0.family == "permit" && $0.title == "behandling av svåra brännskador" })
        }
    }

    @Test func aCaseNumberFindsTheRecordsThatCarryIt() throws {
        try withRegistry(seeded: true) { r in
            let hits = try r.read { db in try Search.run(db, text: "RÖ 2024-6246") }
            let families = Set(hits.map(\.family))
            #expect(families.contains("remiss"))
            #expect(families.contains("decision"))
            #expect(hits.contains { $0.family == "remiss" && $0.title == "Reviderat riksavtal för utomlänsvård" })
            // Written with an en dash, as in SVN's protocol.
            let dashed = try r.read { db in try Search.run(db, text: "RÖ 2024–6246") }
            #expect(Set(dashed.map(\.id)) == Set(hits.map(\.id)))
        }
    }

    @Test func hitIdsAreTheRecordsIds() throws {
        try withRegistry(seeded: true) { r in
            let hit = try #require(try r.read { db in try Search.run(db, text: "brännskador") }.first { $0.family == "permit" })
            let careArea = try r.read { db in try String.fetchOne(db, sql: "SELECT care_area FROM permit WHERE id = ?", arguments: [hit.id]) }
            #expect(careArea == "behandling av svåra brännskador")
            #expect(hit.snippet.contains("["))
        }
    }

    @Test(arguments: ["\"", "AND", "OR NOT", "(", ")", "brännskador AND", "\"brännskador", "NEAR(brännskador", "-", "^", "a:b",
                      "brännskador\"  \" OR", "{title}: x", "'", "*brann", "**"])
    func quotesAndOperatorsInTheTextAreTakenLiterally(_ text: String) throws {
        try withRegistry(seeded: true) { r in
            do {
                _ = try r.read { db in try Search.run(db, text: text) }
            } catch is SamregError {
                // Nothing left to search for: a message, not a crash.
            } catch {
                Issue.record("'\(text)' gave \(type(of: error)): \(error)")
            }
        }
    }

    @Test func aLoneStarOrBlankTextAsksForAWord() throws {
        try withRegistry(seeded: true) { r in
            for text in ["*", "   ", ""] {
                #expect(throws: SamregError.self) { try r.read { db in try Search.run(db, text: text) } }
            }
        }
    }

    @Test func matchExpressionQuotesEveryWordAndKeepsATrailingStarAsPrefix() {
        #expect(Search.matchExpression("brann* skador") == "\"brann\"* \"skador\"")
        #expect(Search.matchExpression("a\"b") == "\"a\"\"b\"")
        #expect(Search.matchExpression("AND") == "\"AND\"")
        #expect(Search.matchExpression("*") == nil)
        #expect(Search.matchExpression("") == nil)
    }

    @Test func tooManyMatchesAreListedMostRecentFirstInsteadOfRanked() throws {
        try withRegistry(seeded: true) { r in
            let (ranked, recent, few) = try r.read { db in
                (try Search.search(db, text: "remiss", limit: 1000),
                 try Search.search(db, text: "remiss", limit: 1000, rankingLimit: 2),
                 try Search.search(db, text: "remiss", limit: 3, rankingLimit: 2))
            }
            #expect(ranked.order == .relevance)
            #expect(recent.order == .recency)
            #expect(ranked.hits.count > 3)
            // The same records, in another order.
            #expect(Set(recent.hits.map { "\($0.family) \($0.id)" }) == Set(ranked.hits.map { "\($0.family) \($0.id)" }))
            let dates = try r.read { db in
                try recent.hits.map { hit -> String in
                    let (table, column) = hit.family == "remiss" ? ("remiss", "received_on") : (hit.family, "decided_on")
                    return try String.fetchOne(db, sql: "SELECT \(column) FROM \(table) WHERE id = ?", arguments: [hit.id]) ?? ""
                }
            }
            #expect(dates == dates.sorted(by: >), "\(dates)")
            // The limit takes the most recent.
            #expect(few.hits.map(\.id) == Array(recent.hits.prefix(3)).map(\.id))
        }
    }

    @Test func theRecentFirstListingReachesEverySearchableFamily() throws {
        try withRegistry(seeded: true) { r in
            // A word from a record of each family, searched as if it matched too much to rank.
            for (family, sql) in [("permit", "SELECT care_area FROM permit"), ("workload", "SELECT specialty FROM workload"),
                                  ("decision", "SELECT title FROM decision"), ("remiss", "SELECT title FROM remiss")] {
                let text = try #require(try r.read { db in try String.fetchOne(db, sql: sql + " ORDER BY id LIMIT 1") })
                let word = String(text.split(separator: " ").max { $0.count < $1.count }!)
                let result = try r.read { db in try Search.search(db, text: word, limit: 1000, rankingLimit: 0) }
                #expect(result.order == .recency)
                #expect(result.hits.contains { $0.family == family }, "\(word) did not find the \(family)")
            }
        }
    }

    @Test func searchLimitCapsTheHits() throws {
        try withRegistry(seeded: true) { r in
            let hits = try r.read { db in try Search.run(db, text: "remiss", limit: 2) }
            #expect(hits.count <= 2)
        }
    }
}

@Suite("ReadOnlySQL")
struct ReadOnlySQLTests {
    func run(_ r: Registry, _ sql: String) throws -> ([String], [[Cell]]) {
        var header: [String] = []
        var rows: [[Cell]] = []
        try r.read { db in try ReadOnlySQL.run(db, sql: sql, header: { header = $0 }, body: { rows.append($0) }) }
        return (header, rows)
    }

    @Test func aSelectStreamsItsColumnsAndRows() throws {
        try withRegistry(seeded: true) { r in
            let (header, rows) = try run(r, "SELECT 1 AS a, 'x' AS b, NULL AS c, 2.5 AS d")
            #expect(header == ["a", "b", "c", "d"])
            #expect(rows == [[.int(1), .text("x"), .null, .real(2.5)]])
            let (h2, permits) = try run(r, "SELECT care_area FROM permit WHERE status = 'avslaget' ORDER BY care_area COLLATE swedish")
            #expect(h2 == ["care_area"])
            #expect(permits == [[.text("NET i buken")], [.text("ryggmärgsskador")]])
        }
    }

    @Test(arguments: ["DELETE FROM permit", "UPDATE permit SET status = 'avslaget'",
                      "INSERT INTO goal (subject, min_count, max_count) VALUES ('nhv_permits', 1, 2)",
                      "DROP TABLE permit", "CREATE TABLE x (a)"])
    func aStatementThatWritesIsRefused(_ sql: String) throws {
        try withRegistry(seeded: true) { r in
            let before = try r.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM permit") }
            do {
                _ = try run(r, sql)
                Issue.record("'\(sql)' was allowed")
            } catch let error as SamregError {
                #expect(error.message.hasPrefix("sql:"))
            }
            #expect(try r.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM permit") } == before)
        }
    }

    @Test func writingStatementsAreRefusedWithTheReadOnlyMessage() throws {
        try withRegistry(seeded: true) { r in
            do {
                _ = try run(r, "DELETE FROM permit")
                Issue.record("DELETE was allowed")
            } catch let error as SamregError {
                #expect(error.message.contains("only queries that read are allowed"))
            }
        }
    }

    @Test func aSecondStatementAfterASelectIsNotRun() throws {
        try withRegistry(seeded: true) { r in
            let before = try r.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM permit") }
            _ = try? run(r, "SELECT 1; DELETE FROM permit")
            #expect(try r.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM permit") } == before)
        }
    }

    @Test func aSyntaxErrorBecomesASamregError() throws {
        try withRegistry { r in
            #expect(throws: SamregError.self) { _ = try run(r, "SELEC 1") }
            #expect(throws: SamregError.self) { _ = try run(r, "SELECT * FROM no_such_table") }
        }
    }

    /// `.mask` reads a sealed record's registration with the rest masked, `.exclude` leaves
    /// it out; afterwards the connection reads the stored rows again (the temp copies and the
    /// authorizer are gone).
    @Test func maskedModesReadSealedRecordsAsTheRuleShowsThem() throws {
        try withRegistry(seeded: true) { r in
            let id = try r.remiss("Hemlig titel", received: "2025-03-03", deadline: "2025-04-30", extra: ["confidential": "ja"])
            try reopen(r, today: "2025-06-17") { ro in
                func rows(_ mode: Confidentiality.Mode, _ sql: String) throws -> [[Cell]] {
                    var rows: [[Cell]] = []
                    try ro.read { db in try ReadOnlySQL.run(db, sql: sql, confidentiality: mode, header: { _ in }, body: { rows.append($0) }) }
                    return rows
                }
                let sql = "SELECT id, received_on, title FROM remiss WHERE id = \(id)"
                let masked = try rows(.mask, sql), excluded = try rows(.exclude, sql), included = try rows(.include, sql)
                #expect(masked == [[.int(id), .text("2025-03-03"), .text(Confidentiality.mask)]])
                #expect(excluded == [])
                #expect(included == [[.int(id), .text("2025-03-03"), .text("Hemlig titel")]])
                let left = try rows(.include, "SELECT count(*) FROM sqlite_temp_schema")
                #expect(left == [[.int(0)]])
                var refused: SamregError?
                do { _ = try rows(.mask, "SELECT title FROM main.remiss") } catch let error as SamregError { refused = error }
                #expect(refused?.message == "Läsning av main.remiss är inte tillåten: läs remiss (sekretessmarkerade uppgifter maskeras)")
                let direct = try rows(.include, "SELECT title FROM main.remiss WHERE id = \(id)")
                #expect(direct == [[.text("Hemlig titel")]])
            }
        }
    }

    @Test func aReadOnlyRegistryRunsSelectsAndRefusesWrites() throws {
        try withRegistry(seeded: true) { r in
            try reopen(r, today: "2025-06-17") { ro in
                let (_, rows) = try run(ro, "SELECT count(*) FROM permit")
                #expect(rows == [[.int(10)]])
                #expect(throws: SamregError.self) { _ = try run(ro, "DELETE FROM permit") }
            }
        }
    }
}

@Suite("Shares (property)")
struct SharesPropertyTests {
    @Test func sharesOfGeneratedFlowsSumToOneWithinATolerance() {
        var rng = SplitMix64(seed: 20250617)
        let regions = ["RÖ", "RJL", "RKL", "RS", "RKr", "RB", "Åland", "Ärla"]
        for round in 0..<400 {
            var figures: [FlowQueries.Cell] = []
            var used = Set<String>()
            for _ in 0..<Int.random(in: 1...14, using: &rng) {
                let p = regions.randomElement(using: &rng)!, h = regions.randomElement(using: &rng)!
                let year = Int.random(in: 2020...2024, using: &rng)
                guard used.insert("\(year) \(p) \(h)").inserted else { continue }
                let scale = [1.0, 1e-3, 1e3, 1e6].randomElement(using: &rng)!
                let drg = Int.random(in: 0...9, using: &rng) == 0 ? 0 : (Double.random(in: 0..<100_000, using: &rng) * scale).rounded() / 10
                figures.append(FlowQueries.Cell(year: year, performing: p, home: h, drgSum: drg))
            }
            for year in Set(figures.map(\.year)) {
                let shares = FlowQueries.shares(figures, year: year)
                let ofYear = figures.filter { $0.year == year }
                let total = ofYear.reduce(0) { $0 + $1.drgSum }
                // The parties first in the agreement's order (RÖ, RJL, RKL), then any other by name.
                #expect(shares.map(\.region) == Set(ofYear.map(\.performing)).sorted(by: RegionOrder.precedes))
                #expect(shares.allSatisfy { $0.share >= 0 && $0.share <= 1 })
                if total > 0 {
                    let sum = shares.reduce(0) { $0 + $1.share }
                    #expect(abs(sum - 1) < 1e-9, "round \(round), year \(year): shares sum to \(sum)")
                } else {
                    #expect(shares.allSatisfy { $0.share == 0 }, "round \(round): no care, no share (not NaN)")
                }
            }
        }
    }

    @Test func sharesOfAYearWithoutCareAreZeroNotNaN() {
        let cells = [FlowQueries.Cell(year: 2024, performing: "RÖ", home: "RJL", drgSum: 0),
                     FlowQueries.Cell(year: 2024, performing: "RJL", home: "RÖ", drgSum: 0)]
        let shares = FlowQueries.shares(cells, year: 2024)
        #expect(shares.map(\.region) == ["RÖ", "RJL"])
        #expect(shares.map(\.share) == [0, 0])
    }
}
