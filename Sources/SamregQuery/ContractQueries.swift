import GRDB
import SamregCore
import SamregStore

/// The regions in the agreement's own order (RÖ, RJL, RKL), then any other by code.
public enum RegionOrder {
    public static let parties = ["RÖ", "RJL", "RKL"]

    /// An SQL ORDER BY term for the organisation code expression `code`.
    public static func sql(_ code: String) -> String {
        "CASE \(code) WHEN 'RÖ' THEN 1 WHEN 'RJL' THEN 2 WHEN 'RKL' THEN 3 ELSE 4 END, \(code) COLLATE swedish"
    }

    /// True when region `a` comes before `b` in the agreement's order.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let ia = parties.firstIndex(of: a) ?? parties.count
        let ib = parties.firstIndex(of: b) ?? parties.count
        return ia != ib ? ia < ib : SwedishCollation.precedes(a, b)
    }
}

/// The contract model: per year, payer, receiver and part, the agreement (`avtal`) beside the
/// outcome (`utfall`), which are recorded as figures of their own.
public enum ContractQueries {
    /// One payer → receiver pair of one part: what the agreement fixes and what the follow-up
    /// found, in tkr, and the volume in DRG weight.
    public struct Pair: Equatable, Sendable {
        public let payer: String
        public let receiver: String
        public let part: String
        public var agreedFixed: Double?
        public var variableBudget: Double?
        public var budgetVolume: Double?
        public var hasOutcome = false
        public var outcomeFixed: Double?
        public var variableOutcome: Double?
        /// The outcome figure's volume, or else the care flow's (receiver performing, payer home).
        public var outcomeVolume: Double?

        public init(payer: String, receiver: String, part: String, agreedFixed: Double? = nil, variableBudget: Double? = nil,
                    budgetVolume: Double? = nil, hasOutcome: Bool = false, outcomeFixed: Double? = nil,
                    variableOutcome: Double? = nil, outcomeVolume: Double? = nil) {
            self.payer = payer
            self.receiver = receiver
            self.part = part
            self.agreedFixed = agreedFixed
            self.variableBudget = variableBudget
            self.budgetVolume = budgetVolume
            self.hasOutcome = hasOutcome
            self.outcomeFixed = outcomeFixed
            self.variableOutcome = variableOutcome
            self.outcomeVolume = outcomeVolume
        }

        /// The fixed part: the agreed one (paid regardless of use), or the outcome's when no
        /// agreement is recorded.
        public var fixed: Double? { agreedFixed ?? outcomeFixed }

        /// Fixed part plus variable budget; nil when the agreement has neither.
        public var totalBudget: Double? {
            guard agreedFixed != nil || variableBudget != nil else { return nil }
            return (agreedFixed ?? 0) + (variableBudget ?? 0)
        }

        /// Fixed part (the outcome's if recorded, else the agreed) plus variable outcome; nil
        /// until an outcome is recorded.
        public var totalOutcome: Double? {
            guard hasOutcome, outcomeFixed != nil || agreedFixed != nil || variableOutcome != nil else { return nil }
            return (outcomeFixed ?? agreedFixed ?? 0) + (variableOutcome ?? 0)
        }
    }

    /// Sums of pairs (a performing region's, or the whole region's): each figure sums the pairs
    /// that have it, and the shares compare the sums.
    public struct Sum: Equatable, Sendable {
        public var fixed: Double?
        public var variableOutcome: Double?
        public var variableBudget: Double?
        public var totalOutcome: Double?
        public var totalBudget: Double?
        public var outcomeVolume: Double?
        public var budgetVolume: Double?

        public init(_ pairs: [Pair]) {
            func sum(_ f: (Pair) -> Double?) -> Double? {
                let values = pairs.compactMap(f)
                return values.isEmpty ? nil : values.reduce(0, +)
            }
            fixed = sum(\.fixed)
            variableOutcome = sum(\.variableOutcome)
            variableBudget = sum(\.variableBudget)
            totalOutcome = sum(\.totalOutcome)
            totalBudget = sum(\.totalBudget)
            outcomeVolume = sum(\.outcomeVolume)
            budgetVolume = sum(\.budgetVolume)
        }
    }

    /// `outcome / budget` (0–1+), nil without both or with a zero budget.
    public static func share(_ outcome: Double?, of budget: Double?) -> Double? {
        guard let outcome, let budget, budget > 0 else { return nil }
        return outcome / budget
    }

    /// Every pair of `year` (withdrawn figures left out), ordered by receiver then payer in
    /// the agreement's order (RÖ, RJL, RKL), care (`vard`) before cooperation.
    public static func pairs(_ db: Database, year: Int) throws -> [Pair] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.code AS payer, r.code AS receiver, c.part, c.basis, c.fixed_tkr, c.variable_tkr, c.volume_drg,
                   (SELECT f.drg_sum FROM flow f WHERE f.year = c.year AND f.performing_id = c.receiver_id
                     AND f.home_id = c.payer_id AND f.withdrawn_on IS NULL) AS flow_drg
            FROM contract c JOIN organisation p ON p.id = c.payer_id JOIN organisation r ON r.id = c.receiver_id
            WHERE c.year = ? AND c.withdrawn_on IS NULL
            ORDER BY c.part DESC, \(RegionOrder.sql("r.code")), \(RegionOrder.sql("p.code")), c.basis
            """, arguments: [year])
        var pairs: [Pair] = []
        var index: [String: Int] = [:]
        for row in rows {
            let payer: String = row["payer"], receiver: String = row["receiver"], part: String = row["part"]
            let key = "\(part)\u{1F}\(payer)\u{1F}\(receiver)"
            let i: Int
            if let found = index[key] { i = found } else {
                i = pairs.count
                index[key] = i
                pairs.append(Pair(payer: payer, receiver: receiver, part: part))
            }
            let flowVolume: Double? = row["flow_drg"]
            if (row["basis"] as String) == "utfall" {
                pairs[i].hasOutcome = true
                pairs[i].outcomeFixed = row["fixed_tkr"]
                pairs[i].variableOutcome = row["variable_tkr"]
                pairs[i].outcomeVolume = row["volume_drg"] ?? flowVolume
            } else {
                pairs[i].agreedFixed = row["fixed_tkr"]
                pairs[i].variableBudget = row["variable_tkr"]
                pairs[i].budgetVolume = row["volume_drg"]
                if pairs[i].outcomeVolume == nil { pairs[i].outcomeVolume = flowVolume }
            }
        }
        return pairs
    }

    /// The contract model's parameters for a year.
    public struct PriceModel: Equatable, Sendable {
        public let drgPrice: Double
        public let invoiced: Double?
        public let fixedSharePct: Double?
        public let variableSharePct: Double?
        public let indexPct: Double?
    }

    public static func priceModel(_ db: Database, year: Int) throws -> PriceModel? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT drg_price_kr, invoiced_kr, fixed_share_pct, variable_share_pct, index_pct
            FROM price WHERE year = ? AND withdrawn_on IS NULL
            """, arguments: [year]) else { return nil }
        return PriceModel(drgPrice: row["drg_price_kr"], invoiced: row["invoiced_kr"], fixedSharePct: row["fixed_share_pct"],
                          variableSharePct: row["variable_share_pct"], indexPct: row["index_pct"])
    }
}

/// Care bought outside the region (vård i annan region): cost per region, year and kind.
public enum OutsideCareQueries {
    public struct Cost: Equatable, Sendable {
        public let year: Int
        public let region: String
        public let kind: String
        public let costTkr: Double
    }

    public static let kinds = Families.outsideCareKinds.codes

    /// Every cost in `years` (withdrawn ones left out), by region in the agreement's order,
    /// then kind (akut, planerad, primärvård), then year.
    public static func costs(_ db: Database, years: ClosedRange<Int>) throws -> [Cost] {
        try Row.fetchAll(db, sql: """
            SELECT o.year, r.code AS region, o.kind, o.cost_tkr
            FROM outside_care o JOIN organisation r ON r.id = o.region_id
            WHERE o.year BETWEEN ? AND ? AND o.withdrawn_on IS NULL
            ORDER BY \(RegionOrder.sql("r.code")), CASE o.kind WHEN 'akut' THEN 1 WHEN 'planerad' THEN 2 ELSE 3 END, o.year
            """, arguments: [years.lowerBound, years.upperBound]).map {
            Cost(year: $0["year"], region: $0["region"], kind: $0["kind"], costTkr: $0["cost_tkr"])
        }
    }
}
