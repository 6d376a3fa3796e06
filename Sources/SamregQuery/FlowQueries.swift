import GRDB
import SamregCore
import SamregStore

/// Care under the regional agreement (the contract model's agreement and outcome: ContractQueries).
public enum FlowQueries {
    public struct Cell: Equatable, Sendable {
        public let year: Int
        public let performing: String
        public let home: String
        public let drgSum: Double
    }

    /// Every care-flow figure in `years` (withdrawn ones left out), by year, performing, home
    /// (the parties first, in the agreement's order RÖ, RJL, RKL).
    public static func flows(_ db: Database, years: ClosedRange<Int>) throws -> [Cell] {
        try Row.fetchAll(db, sql: """
            SELECT f.year, p.code AS performing, h.code AS home, f.drg_sum
            FROM flow f JOIN organisation p ON p.id = f.performing_id JOIN organisation h ON h.id = f.home_id
            WHERE f.year BETWEEN ? AND ? AND f.withdrawn_on IS NULL
            ORDER BY f.year, p.sosr_party DESC, \(RegionOrder.sql("p.code")), h.sosr_party DESC, \(RegionOrder.sql("h.code"))
            """, arguments: [years.lowerBound, years.upperBound]).map {
            Cell(year: $0[0], performing: $0[1], home: $0[2], drgSum: $0[3])   // by position: see RemissQueries.summary
        }
    }

    /// Each performing region's share of all care in `year`'s flows (0–1).
    public static func shares(_ cells: [Cell], year: Int) -> [(region: String, drgSum: Double, share: Double)] {
        let ofYear = cells.filter { $0.year == year }
        let total = ofYear.reduce(0) { $0 + $1.drgSum }
        var byRegion: [String: Double] = [:]
        for c in ofYear { byRegion[c.performing, default: 0] += c.drgSum }
        return byRegion.keys.sorted(by: RegionOrder.precedes).map { r in
            (r, byRegion[r]!, total > 0 ? byRegion[r]! / total : 0)
        }
    }

    /// The year's DRG 1.0 price and invoiced price (kr), if recorded.
    public static func price(_ db: Database, year: Int) throws -> (drg: Double, invoiced: Double?)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT drg_price_kr, invoiced_kr FROM price WHERE year = ? AND withdrawn_on IS NULL",
                                         arguments: [year]) else { return nil }
        return (row["drg_price_kr"], row["invoiced_kr"])
    }
}

/// Indicators (systemmått): each region against riket for a period.
public enum IndicatorQueries {
    public struct Line: Equatable, Sendable {
        public let code: String
        public let name: String
        public let promise: String
        public let unit: String?
        /// "hog" or "lag"; nil where better means nothing (a head count).
        public let direction: String?
        public let target: Double?
        public let region: String
        public let period: String
        public let value: Double?
        public let missing: String?
        public let riket: Double?

        /// "battre", "samre" or "lika" than riket given the direction; nil without both values
        /// or without a direction.
        public var comparedToRiket: String? {
            IndicatorQueries.compare(value, riket, direction: direction)
        }

        /// Value minus target, signed so that positive means the target is met or passed; nil
        /// without a direction.
        public var distanceToTarget: Double? {
            guard let v = value, let t = target, let direction else { return nil }
            return direction == "hog" ? v - t : t - v
        }
    }

    /// "battre", "samre" or "lika" for `value` against `riket` given `direction` ("hog" or
    /// "lag"); nil when a value or the direction is missing.
    public static func compare(_ value: Double?, _ riket: Double?, direction: String?) -> String? {
        guard let v = value, let r = riket, let direction else { return nil }
        if v == r { return "lika" }
        return (v > r) == (direction == "hog") ? "battre" : "samre"
    }

    /// Values of every active indicator for `period` (e.g. "2024"), per region that has one
    /// (riket's own row left out: it is the comparison).
    public static func lines(_ db: Database, period: String) throws -> [Line] {
        try Row.fetchAll(db, sql: """
            SELECT i.code, i.name, i.promise, i.unit, i.direction, i.target, o.code AS region, v.period, v.value, v.missing,
                   (SELECT r.value FROM indicator_value r JOIN organisation ro ON ro.id = r.region_id
                     WHERE r.indicator_id = i.id AND r.period = v.period AND ro.kind = 'riket' AND r.withdrawn_on IS NULL) AS riket
            FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id JOIN organisation o ON o.id = v.region_id
            WHERE v.period = ? AND o.kind <> 'riket' AND v.withdrawn_on IS NULL AND i.ended_on IS NULL
            ORDER BY CASE i.promise WHEN 'forebyggande' THEN 1 WHEN 'jamlik' THEN 2 WHEN 'kostnadseffektiv' THEN 3 WHEN 'delaktighet' THEN 4 WHEN 'tillganglig' THEN 5 ELSE 6 END,
                     i.name COLLATE swedish, o.sosr_party DESC, o.code COLLATE swedish
            """, arguments: [period]).map {
            // By position (the SELECT's order): see RemissQueries.summary.
            Line(code: $0[0], name: $0[1], promise: $0[2], unit: $0[3], direction: $0[4],
                 target: $0[5], region: $0[6], period: $0[7], value: $0[8],
                 missing: $0[9], riket: $0[10])
        }
    }
}

/// Recommendations from SVN or RSL to the regions, and each region's decision on them.
public enum RecommendationQueries {
    public struct Recommendation: Equatable, Sendable {
        public let id: Int64
        public let body: String
        public let date: String
        public let title: String
        /// Region code → (outcome, reference, date); regions without a record are "pagaende".
        public let outcomes: [String: (outcome: String, reference: String?, date: String?)]

        public static func == (a: Recommendation, b: Recommendation) -> Bool {
            a.id == b.id && a.outcomes.keys.sorted() == b.outcomes.keys.sorted()
                && a.outcomes.keys.allSatisfy { a.outcomes[$0]!.outcome == b.outcomes[$0]!.outcome && a.outcomes[$0]!.reference == b.outcomes[$0]!.reference && a.outcomes[$0]!.date == b.outcomes[$0]!.date }
        }
    }

    public static let parties = ["RÖ", "RJL", "RKL"]

    /// The outcome of a region's decision that is sealed (`Confidentiality`) in public output.
    public static let sealedOutcome = "sekretess"

    /// Every recommendation decided in `period` (all when nil), with RÖ/RJL/RKL outcomes. With
    /// `asOf`, the outcomes on that day: a region's decision dated later is still "pagaende",
    /// and one withdrawn later still counts.
    public static func matrix(_ db: Database, period: Period? = nil, asOf: String? = nil,
                              publicOnly: Bool = false) throws -> [Recommendation] {
        var sql = """
            SELECT d.id, ifnull(b.short_name, b.name) AS body, d.decided_on, d.title
            FROM decision d JOIN body b ON b.id = d.body_id WHERE d.kind = 'rekommendation'
            """
        if publicOnly { sql += " AND NOT \(Confidentiality.sealed(table: "decision", alias: "d")!)" }
        var arguments: [DatabaseValue] = []
        if let period { sql += " AND \(period.containsSQL("d.decided_on"))"; arguments += [period.from.databaseValue, period.to.databaseValue] }
        sql += " ORDER BY d.decided_on, d.id"
        let recs = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
        // Every adoption of these recommendations in one query (not one per recommendation).
        var adoptions: [Int64: [String: (String, String?, String?)]] = [:]
        // A sealed adoption (through a confidential decision of the region) shows as
        // `sealedOutcome`, without its reference and date.
        let sealed = publicOnly ? Confidentiality.sealed(table: "adoption", alias: "a")! : "0"
        let adoptionRows = try Row.fetchCursor(db, sql: """
            SELECT a.recommendation_id, o.code, CASE WHEN \(sealed) THEN '\(sealedOutcome)' ELSE a.outcome END AS outcome,
                   CASE WHEN \(sealed) THEN NULL
                        ELSE ifnull(a.reference, (SELECT x.case_number FROM decision x WHERE x.id = a.decision_id)) END AS ref,
                   CASE WHEN \(sealed) THEN NULL ELSE a.decided_on END AS decided_on
            FROM adoption a JOIN organisation o ON o.id = a.region_id
            JOIN decision d ON d.id = a.recommendation_id AND d.kind = 'rekommendation'
            WHERE \(asOf == nil ? "a.withdrawn_on IS NULL"
                     : "(a.withdrawn_on IS NULL OR a.withdrawn_on > ?1) AND (a.decided_on IS NULL OR a.decided_on <= ?1)")
            """, arguments: asOf.map { [$0] } ?? [])
        while let a = try adoptionRows.next() {
            adoptions[a["recommendation_id"], default: [:]][a["code"]] = (a["outcome"], a["ref"], a["decided_on"])
        }
        return recs.map { rec in
            let id: Int64 = rec["id"]
            var outcomes: [String: (String, String?, String?)] = [:]
            for p in parties { outcomes[p] = ("pagaende", nil, nil) }
            for (code, outcome) in adoptions[id] ?? [:] { outcomes[code] = outcome }
            return Recommendation(id: id, body: rec["body"], date: rec["decided_on"], title: rec["title"], outcomes: outcomes)
        }
    }
}
