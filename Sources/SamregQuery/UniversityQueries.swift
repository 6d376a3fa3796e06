import GRDB
import SamregCore
import SamregStore

/// University healthcare (universitetssjukvård): the university healthcare units (USV) per
/// region, and access at the university hospital for patients from the other regions.
public enum UniversityQueries {
    public struct Unit: Equatable, Sendable {
        public let id: Int64
        public let name: String
        public let region: String
        public let area: String?
        public let designated: String?
        public let validTo: String?

        /// A unit is held on `day` when it was designated by then (or has no designation day
        /// recorded) and had not ended before it (`valid_to` is its last day).
        public func isHeld(on day: String) -> Bool {
            (designated.map { $0 <= day } ?? true) && (validTo.map { $0 >= day } ?? true)
        }
    }

    /// Every university healthcare unit, by region in the agreement's order, then name.
    public static func units(_ db: Database) throws -> [Unit] {
        try Row.fetchAll(db, sql: """
            SELECT u.id, u.name, r.code AS region, u.area, u.designated_on, u.valid_to
            FROM university_unit u JOIN organisation r ON r.id = u.region_id
            ORDER BY \(RegionOrder.sql("r.code")), u.name COLLATE swedish, u.id
            """).map {
            Unit(id: $0["id"], name: $0["name"], region: $0["region"], area: $0["area"],
                 designated: $0["designated_on"], validTo: $0["valid_to"])
        }
    }

    /// Units held per region on `day`, every region with a unit ever recorded (and the three
    /// parties) listed in the agreement's order, with zero where none is held.
    public static func heldPerRegion(_ units: [Unit], on day: String) -> [(region: String, count: Int)] {
        var regions = RegionOrder.parties
        for u in units where !regions.contains(u.region) { regions.append(u.region) }
        regions.sort(by: RegionOrder.precedes)
        return regions.map { r in (r, units.filter { $0.region == r && $0.isHeld(on: day) }.count) }
    }

    /// Units designated during `year`.
    public static func designated(_ units: [Unit], in year: Int) -> [Unit] {
        let prefix = String(format: "%04d-", year)
        return units.filter { $0.designated?.hasPrefix(prefix) == true }
    }

    /// First visits or treatments at the university hospital for one home region and year.
    public struct Access: Equatable, Sendable {
        public let year: Int
        public let home: String
        public let measure: String
        public let unit: String
        public let count: Int
        public let within90: Int
        /// The share within 90 days (0–1); nil when there were none.
        public var shareWithin90: Double? { count > 0 ? Double(within90) / Double(count) : nil }
    }

    /// Every access figure of `years` (withdrawn ones left out), by unit, home region in the
    /// agreement's order, measure (first visits first), year.
    public static func access(_ db: Database, years: ClosedRange<Int>) throws -> [Access] {
        try Row.fetchAll(db, sql: """
            SELECT a.year, h.code AS home, a.measure, a.unit, a.total_count, a.within_90_count
            FROM us_access a JOIN organisation h ON h.id = a.home_id
            WHERE a.year BETWEEN ? AND ? AND a.withdrawn_on IS NULL
            ORDER BY a.unit COLLATE swedish, \(RegionOrder.sql("h.code")),
                     CASE a.measure WHEN 'nybesok' THEN 1 ELSE 2 END, a.year
            """, arguments: [years.lowerBound, years.upperBound]).map {
            Access(year: $0["year"], home: $0["home"], measure: $0["measure"], unit: $0["unit"],
                   count: $0["total_count"], within90: $0["within_90_count"])
        }
    }
}
