import GRDB
import SamregCore

/// Sets of indicators (the agreement's sjukvårdsregionala systemmått): which set applies to a
/// year, and its measures with each party's value and riket's.
public enum IndicatorSetQueries {
    /// A named, dated set.
    public struct IndicatorSet: Equatable, Sendable {
        public let id: Int64
        public let name: String
        public let validFrom: String
        public let validTo: String?
        public let source: String?
    }

    /// One measure of a set, with its values for a period.
    public struct Measure: Equatable, Sendable {
        public let position: Int
        /// The patient promise it is shown under in the set.
        public let promise: String
        public let code: String
        public let name: String
        public let unit: String?
        /// share, rate or count; nil when not recorded.
        public let valueKind: String?
        /// hog, lag, or nil where better means nothing.
        public let direction: String?
        public let target: Double?
        public let targetText: String?
        /// Region code (RÖ, RJL, RKL) → value, and → why it is missing.
        public let values: [String: Double]
        public let missing: [String: String]
        public let riket: Double?
        public let riketMissing: String?

        /// "battre", "samre" or "lika" for `region` against riket; nil without a comparison.
        public func comparedToRiket(_ region: String) -> String? {
            IndicatorQueries.compare(values[region], riket, direction: direction)
        }

        /// True for a share kept in per cent (value kind share, or unknown kind with unit %).
        public var isShare: Bool { valueKind == "share" || (valueKind == nil && unit == "%") }
    }

    /// The parties in the agreement's order: the columns of the systemmått tables.
    public static let parties = RecommendationQueries.parties

    /// The set that applies to `year`: valid on some day of it, the latest `valid_from` first
    /// (then the highest id); nil when none does.
    public static func applying(_ db: Database, year: Int) throws -> IndicatorSet? {
        let from = String(format: "%04d-01-01", year), to = String(format: "%04d-12-31", year)
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, name, valid_from, valid_to, source FROM indicator_set
            WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)
            ORDER BY valid_from DESC, id DESC LIMIT 1
            """, arguments: [to, from]) else { return nil }
        return IndicatorSet(id: row["id"], name: row["name"], validFrom: row["valid_from"], validTo: row["valid_to"], source: row["source"])
    }

    /// The set's current members in set order, with their values for `period` (e.g. "2024")
    /// for the three parties and riket (withdrawn values left out).
    public static func measures(_ db: Database, setId: Int64, period: String) throws -> [Measure] {
        var values: [Int64: [String: Double]] = [:]
        var missing: [Int64: [String: String]] = [:]
        let riketKey = "\u{1F}riket"
        let valueRows = try Row.fetchCursor(db, sql: """
            SELECT v.indicator_id, CASE WHEN o.kind = 'riket' THEN ? ELSE o.code END AS region, v.value, v.missing
            FROM indicator_value v JOIN organisation o ON o.id = v.region_id
            WHERE v.period = ? AND v.withdrawn_on IS NULL
              AND v.indicator_id IN (SELECT indicator_id FROM indicator_set_member WHERE set_id = ? AND withdrawn_on IS NULL)
            """, arguments: [riketKey, period, setId])
        while let row = try valueRows.next() {
            let id: Int64 = row["indicator_id"]
            let region: String = row["region"]
            if let v = row["value"] as Double? { values[id, default: [:]][region] = v }
            if let m = row["missing"] as String? { missing[id, default: [:]][region] = m }
        }
        return try Row.fetchAll(db, sql: """
            SELECT m.position, ifnull(m.promise, i.promise) AS promise, i.id, i.code, i.name, i.unit, i.value_kind,
                   i.direction, i.target, i.target_text
            FROM indicator_set_member m JOIN indicator i ON i.id = m.indicator_id
            WHERE m.set_id = ? AND m.withdrawn_on IS NULL
            ORDER BY m.position
            """, arguments: [setId]).map { row in
            let id: Int64 = row["id"]
            var own = values[id] ?? [:]
            var ownMissing = missing[id] ?? [:]
            let riket = own.removeValue(forKey: riketKey)
            let riketMissing = ownMissing.removeValue(forKey: riketKey)
            return Measure(position: row["position"], promise: row["promise"], code: row["code"], name: row["name"],
                           unit: row["unit"], valueKind: row["value_kind"], direction: row["direction"],
                           target: row["target"], targetText: row["target_text"], values: own, missing: ownMissing,
                           riket: riket, riketMissing: riketMissing)
        }
    }
}
