import Foundation
import SamregCore
import SamregQuery
import SamregReports
import SamregStore
import SamregTestSupport
import Testing

/// Properties checked on a few hundred generated cases (fixed seeds, so failures repeat).
@Suite("Properties")
struct PropertyTests {
    // MARK: Swedish number format

    /// `text` as a program reads it: spaces removed, decimal comma and minus sign made ASCII.
    func parsable(_ text: String) -> String {
        text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
            .replacingOccurrences(of: "−", with: "-")
    }

    /// Digits grouped by three with spaces from the right, an optional minus sign in front.
    func isGrouped(_ whole: Substring) -> Bool {
        let digits = whole.hasPrefix("−") ? whole.dropFirst() : whole
        let groups = digits.split(separator: " ", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        if groups.count > 1 && first == "0" { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    @Test func integersRoundTripThroughTheSwedishFormat() {
        var rng = SplitMix64(seed: 1018)
        var cases: [Int64] = [0, 1, -1, 9, 10, 999, 1000, -1000, 1018, 86656, -9_999_999, Int64.max, Int64.min, Int64.min + 1]
        for _ in 0..<500 {
            let digits = Int.random(in: 1...18, using: &rng)
            let bound = Int64(pow(10.0, Double(digits)))
            cases.append(Int64.random(in: -bound...bound, using: &rng))
        }
        for n in cases {
            let s = SwedishFormat.integer(n)
            #expect(Int64(parsable(s)) == n, "\(n) → '\(s)'")
            #expect(isGrouped(s[...]), "'\(s)' is not grouped by three")
            #expect(s.hasPrefix("−") == (n < 0), "'\(s)': minus sign")
            #expect(!s.contains("-"), "'\(s)' uses a hyphen for minus")
        }
    }

    @Test func decimalsRoundTripToTheRoundedValue() {
        var rng = SplitMix64(seed: 746)
        var cases: [(Double, Int)] = [(0, 0), (-0.0, 1), (0.5, 0), (-0.5, 0), (-0.04, 1), (999.96, 1), (-999.96, 1),
                                      (74.6, 1), (86656, 0), (0.125, 2), (1e11 + 0.5, 0), (-9, 1), (2 - 3.4, 1)]
        for _ in 0..<600 {
            let magnitude = pow(10.0, Double(Int.random(in: -3...11, using: &rng)))
            let x = Double.random(in: -magnitude...magnitude, using: &rng)
            cases.append((x, Int.random(in: 0...3, using: &rng)))
        }
        for (x, decimals) in cases {
            let s = SwedishFormat.decimal(x, decimals: decimals)
            let scale = pow(10.0, Double(decimals))
            let expected = (x * scale).rounded() / scale
            let parsed = Double(parsable(s))
            #expect(parsed != nil, "'\(s)' does not parse")
            if let parsed {
                #expect(abs(parsed - expected) <= max(1e-9, abs(expected) * 1e-15), "\(x) with \(decimals) decimals → '\(s)', expected \(expected)")
            }
            let parts = s.split(separator: ",", omittingEmptySubsequences: false)
            #expect(parts.count == (decimals > 0 ? 2 : 1), "'\(s)' has a wrong number of commas")
            if decimals > 0, parts.count == 2 {
                #expect(parts[1].count == decimals && parts[1].allSatisfy(\.isNumber), "'\(s)' has not \(decimals) decimals")
            }
            #expect(isGrouped(parts[0]), "'\(s)' is not grouped by three")
            #expect(s.hasPrefix("−") == (expected < 0), "'\(s)': minus sign only for values below zero once rounded")
        }
    }

    @Test func examplesOfTheSwedishFormat() {
        #expect(SwedishFormat.integer(1018) == "1 018")
        #expect(SwedishFormat.integer(-1018) == "−1 018")
        #expect(SwedishFormat.kronor(86656) == "86 656 kr")
        #expect(SwedishFormat.tkr(378026) == "378 026 tkr")
        #expect(SwedishFormat.percent(0.746) == "74,6 %")
        #expect(SwedishFormat.perCent(74.6) == "74,6 %")
        #expect(SwedishFormat.decimal(-9, decimals: 1) == "−9,0")
        #expect(SwedishFormat.decimal(-0.04, decimals: 1) == "0,0")
        #expect(SwedishFormat.decimal(999.96, decimals: 1) == "1 000,0")
        #expect(SwedishFormat.decimal(-1_234_567.891, decimals: 2) == "−1 234 567,89")
        #expect(SwedishFormat.decimal(0.05, decimals: 2) == "0,05")
        #expect(ReportTable.display(.real(754_108), style: .tkr) == "754 108")
        #expect(ReportTable.display(.null, style: .integer) == "–")
        #expect(ReportTable.display(.real(0.75), style: .percent) == "75,0 %")
    }

    // MARK: Table totals

    /// Sums the numbers of `cells`, nil when none is a number.
    func sum(_ cells: [Cell]) -> Double? {
        let values = cells.compactMap(\.double)
        return values.isEmpty ? nil : values.reduce(0, +)
    }

    func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
        default: return false
        }
    }

    @Test func flowTotalsAreTheSumsOfTheirRowsOnGeneratedData() throws {
        var rng = SplitMix64(seed: 2024)
        let regions = ["RÖ", "RJL", "RKL", "RKr", "RS"]
        try withRegistry(seeded: false) { registry, _ in
            for round in 0..<150 {
                var expected: [Int: Double] = [:]
                let section: Section
                do {
                    _ = try registry.write { db -> Int in
                        let writer = RecordWriter(family: Families.flow, db: db, lookups: Lookups())
                        var used = Set<String>()
                        for _ in 0..<Int.random(in: 0...16, using: &rng) {
                            let year = Int.random(in: 2019...2025, using: &rng)
                            let p = regions.randomElement(using: &rng)!, h = regions.randomElement(using: &rng)!
                            guard used.insert("\(year) \(p) \(h)").inserted else { continue }
                            let drg = Double(Int.random(in: 0...50_000_000, using: &rng)) / 10
                            let id = try writer.insert(["year": String(year), "performing": p, "home": h, "drg_sum": String(drg)])
                            if Int.random(in: 0..<10, using: &rng) == 0 {
                                try writer.end(id: id, on: "2025-01-01")
                            } else if (2020...2024).contains(year) {
                                expected[year, default: 0] += drg
                            }
                        }
                        throw Rollback(value: try FollowUpReports.flowSection(db, year: 2024))
                    }
                    Issue.record("not rolled back")
                    return
                } catch let rollback as Rollback<Section> {
                    section = rollback.value
                }
                let table = try #require(section.tables.first { $0.id == "drg_per_regionpar" })
                #expect(table.columns.map(\.key) == ["regionpar", "2020", "2021", "2022", "2023", "2024"])
                if table.rows.isEmpty {
                    #expect(expected.isEmpty && table.totals.isEmpty, "round \(round)")
                    continue
                }
                try #require(table.totals.count == 1)
                for (i, year) in (2020...2024).enumerated() {
                    let columnSum = sum(table.rows.map { $0[i + 1] })
                    let total = table.totals[0][i + 1].double
                    #expect(close(total, columnSum), "round \(round), \(year): total \(String(describing: total)) ≠ rows \(String(describing: columnSum))")
                    #expect(close(total, expected[year]), "round \(round), \(year): total \(String(describing: total)) ≠ generated \(String(describing: expected[year]))")
                }
                let shares = try #require(section.tables.first { $0.id == "andelar" })
                let drg2024 = sum(column(shares, "drg"))
                #expect(close(drg2024, expected[2024]), "round \(round): shares' DRG ≠ 2024 total")
                if let total = expected[2024], total > 0 {
                    #expect(abs((sum(column(shares, "andel")) ?? 0) - 1) < 1e-9, "round \(round): shares do not sum to 1")
                }
            }
        }
    }

    @Test func contractTotalsAreTheSumsOfTheirRowsOnGeneratedData() throws {
        var rng = SplitMix64(seed: 754_108)
        let parties = ["RÖ", "RJL", "RKL"]
        /// What was generated for one care pair: the agreement's fixed part and budget, and the
        /// outcome (its variable part) when one was recorded.
        struct Generated { var fixed: Double?; var budget: Double?; var outcome: Double??; }
        try withRegistry(seeded: false) { registry, _ in
            for round in 0..<150 {
                var care: [String: Generated] = [:]   // "receiver payer"
                var cooperation: [Double] = []
                let section: Section
                do {
                    _ = try registry.write { db -> Int in
                        let writer = RecordWriter(family: Families.contract, db: db, lookups: Lookups())
                        func amount() -> Double? {
                            Int.random(in: 0..<4, using: &rng) == 0 ? nil : Double(Int.random(in: 0...9_000_000, using: &rng)) / 10
                        }
                        for payer in parties {
                            for receiver in parties {
                                for part in ["vard", "samverkan"] where Int.random(in: 0..<3, using: &rng) > 0 {
                                    if part == "vard" && payer == receiver { continue }
                                    let year = Int.random(in: 0..<8, using: &rng) == 0 ? 2023 : 2024
                                    var generated = Generated(fixed: amount(), budget: part == "vard" ? amount() : nil, outcome: nil)
                                    var input = ["year": String(year), "payer": payer, "receiver": receiver, "part": part]
                                    if let f = generated.fixed { input["fixed_tkr"] = String(f) }
                                    if let b = generated.budget { input["variable_tkr"] = String(b) }
                                    let id = try writer.insert(input)
                                    if Int.random(in: 0..<10, using: &rng) == 0 {
                                        try writer.end(id: id, on: "2025-01-01")
                                        continue
                                    }
                                    if part == "vard" && Int.random(in: 0..<3, using: &rng) > 0 {
                                        let outcome = amount()
                                        var o = ["year": String(year), "payer": payer, "receiver": receiver, "basis": "utfall"]
                                        if let outcome { o["variable_tkr"] = String(outcome) }
                                        try writer.insert(o)
                                        generated.outcome = .some(outcome)
                                    }
                                    guard year == 2024 else { continue }
                                    if part == "vard" { care["\(receiver) \(payer)"] = generated }
                                    else if let f = generated.fixed { cooperation.append(f) }
                                }
                            }
                        }
                        throw Rollback(value: try FollowUpReports.contractSection(db, year: 2024))
                    }
                    Issue.record("not rolled back")
                    return
                } catch let rollback as Rollback<Section> {
                    section = rollback.value
                }
                let table = try #require(section.tables.first { $0.id == "avtalsmodell" })
                let keys = ["fast", "rorligt_utfall", "rorlig_budget", "summa_utfall", "summa_budget"]
                let index = keys.map { k in table.columns.firstIndex { $0.key == k }! }
                let pairRows = table.rows.filter { $0[1] != .text("Summa") }
                #expect(pairRows.count == care.count, "round \(round)")
                for row in pairRows {
                    let g = try #require(care["\(row[0].plain) \(row[1].plain)"], "round \(round): unexpected row \(row)")
                    #expect(close(row[index[0]].double, g.fixed), "round \(round): fixed")
                    #expect(close(row[index[2]].double, g.budget), "round \(round): budget")
                    #expect(close(row[index[4]].double, g.fixed == nil && g.budget == nil ? nil : (g.fixed ?? 0) + (g.budget ?? 0)),
                            "round \(round): summa budget is not fixed + budget")
                    if let outcome = g.outcome {
                        #expect(close(row[index[1]].double, outcome), "round \(round): outcome")
                        let expected = g.fixed == nil && outcome == nil ? nil : (g.fixed ?? 0) + (outcome ?? 0)
                        #expect(close(row[index[3]].double, expected), "round \(round): summa utfall is not fixed + outcome")
                    } else {
                        #expect(row[index[1]].isNull && row[index[3]].isNull, "round \(round): an outcome without one recorded")
                    }
                }
                // Each performing region's subtotal sums its pairs; the whole region's total sums the subtotals.
                let subtotals = table.rows.filter { $0[1] == .text("Summa") }
                #expect(subtotals.map { $0[0].plain } == parties.filter { r in care.keys.contains { $0.hasPrefix(r + " ") } },
                        "round \(round): one subtotal per performing region, in the agreement's order")
                for subtotal in subtotals {
                    let rows = pairRows.filter { $0[0] == subtotal[0] }
                    for (k, i) in index.enumerated() {
                        #expect(close(subtotal[i].double, sum(rows.map { $0[i] })), "round \(round), \(subtotal[0].plain), \(keys[k])")
                    }
                }
                if care.isEmpty {
                    #expect(table.totals.isEmpty)
                } else {
                    let total = try #require(table.totals.first)
                    for (k, i) in index.enumerated() {
                        #expect(close(total[i].double, sum(subtotals.map { $0[i] })), "round \(round), total \(keys[k])")
                    }
                    let budgets = care.values.compactMap(\.budget)
                    #expect(close(total[index[2]].double, budgets.isEmpty ? nil : budgets.reduce(0, +)), "round \(round): budget ≠ generated")
                }
                let coop = try #require(section.tables.first { $0.id == "samverkan" })
                #expect(close(coop.totals.first?[2].double, cooperation.isEmpty ? nil : cooperation.reduce(0, +)),
                        "round \(round): cooperation total ≠ generated")
            }
        }
    }
}
