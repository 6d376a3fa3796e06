import GRDB
import SamregCore
import SamregStore

/// An NHV permit as follow-up shows it.
public struct PermitSummary: Equatable, Sendable {
    public let id: Int64
    public let careArea: String
    public let holder: String
    public let unit: String?
    public let status: String
    public let decided: String?
    public let start: String?
    public let end: String?
    public let scope: String?
    /// The permit this one is a sub-permit of.
    public let parent: Int64?
}

/// Where the permits stand on one day, against the goal.
public struct PermitProgress: Equatable, Sendable {
    public let asOf: String
    public let holder: String
    /// Granted and not ended on `asOf` (sub-permits not counted separately).
    public let held: [PermitSummary]
    /// Held and with care started by `asOf` (or in operation with no start date recorded).
    public let inOperation: [PermitSummary]
    /// Granted during the year of `asOf`, by `asOf` (the grant decision's date; the care start
    /// when no decision date is recorded), whenever care starts.
    public let newThisYear: [PermitSummary]
    public let ended: [PermitSummary]
    public let rejected: [PermitSummary]
    public let pending: [PermitSummary]
    public let goalMin: Int?
    public let goalMax: Int?

    /// Permits still needed to reach the lower end of the goal (0 when reached).
    public var missingToGoal: Int? { goalMin.map { max(0, $0 - held.count) } }
}

public enum PermitQueries {
    public static func all(_ db: Database, holder: String? = nil, publicOnly: Bool = false) throws -> [PermitSummary] {
        var sql = """
            SELECT p.id, p.care_area, o.code AS holder, p.unit, p.status, p.decided_on, p.start_on, p.end_on, p.scope, p.parent_id
            FROM permit p JOIN organisation o ON o.id = p.holder_id WHERE 1
            """
        var arguments: [DatabaseValue] = []
        if let holder { sql += " AND o.code = ?"; arguments.append(holder.databaseValue) }
        if publicOnly { sql += " AND NOT \(Confidentiality.sealed(table: "permit", alias: "p")!)" }
        sql += " ORDER BY p.care_area COLLATE swedish, p.id"
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
            PermitSummary(id: row["id"], careArea: row["care_area"], holder: row["holder"], unit: row["unit"],
                          status: row["status"], decided: row["decided_on"], start: row["start_on"],
                          end: row["end_on"], scope: row["scope"], parent: row["parent_id"])
        }
    }

    /// The statuses of a permit that was granted.
    public static let grantedStatuses: Set<String> = ["beviljat", "i_drift", "avslutat"]

    /// The day `p` counts as held from: its grant decision, even when care starts later; the
    /// care start only when no decision date is recorded; nil when neither is (held always).
    /// A date given as a month or a year counts from its last day (`2024-06` from 2024-06-30).
    public static func grantDay(_ p: PermitSummary) -> String? { (p.decided ?? p.start).map(counted) }

    /// Whether `p` was held on `day`: granted (status beviljat, i_drift or avslutat), granted
    /// on or before `day` (see `grantDay`), and not ended by then.
    public static func isHeld(_ p: PermitSummary, on day: String) -> Bool {
        guard grantedStatuses.contains(p.status) else { return false }
        if let granted = grantDay(p), granted > day { return false }
        if let end = p.end, end < day { return false }
        return true
    }

    /// The status of `p` on `day`: a decision dated later had not been made (`ansokt`), care
    /// starting later had not started (`beviljat`), an end dated later had not come.
    public static func status(_ p: PermitSummary, on day: String) -> String {
        if let decided = p.decided, counted(decided) > day, grantedStatuses.contains(p.status) || p.status == "avslaget" { return "ansokt" }
        if p.status == "avslutat", let end = p.end, end >= day {
            return p.start.map { counted($0) <= day } ?? true ? "i_drift" : "beviljat"
        }
        if p.status == "i_drift", let start = p.start, counted(start) > day { return "beviljat" }
        return p.status
    }

    /// The permits of `holder` (default RÖ, the region with the goal) as of `asOf`.
    public static func progress(_ db: Database, asOf: String, holder: String = "RÖ", publicOnly: Bool = false) throws -> PermitProgress {
        // Sub-permits are part of their permit, not permits of their own.
        let permits = try all(db, holder: holder, publicOnly: publicOnly).filter { $0.parent == nil }
        let year = String(asOf.prefix(4))
        let held = permits.filter { isHeld($0, on: asOf) }
        let goal = try Row.fetchOne(db, sql: """
            SELECT g.min_count, g.max_count FROM goal g LEFT JOIN organisation o ON o.id = g.holder_id
            WHERE g.subject = 'nhv_permits' AND (o.code = ? OR g.holder_id IS NULL)
              AND (g.valid_from IS NULL OR g.valid_from <= ?) AND (g.valid_to IS NULL OR g.valid_to >= ?)
            ORDER BY g.holder_id IS NULL, g.id DESC LIMIT 1
            """, arguments: [holder, asOf, asOf])
        return PermitProgress(
            asOf: asOf, holder: holder, held: held,
            inOperation: held.filter { p in p.start.map { counted($0) <= asOf } ?? (p.status == "i_drift") },
            newThisYear: permits.filter { p in
                grantedStatuses.contains(p.status) && grantDay(p).map { $0.hasPrefix(year) && $0 <= asOf } ?? false
            },
            ended: permits.filter { ($0.end.map { $0 < asOf } ?? false) },
            // A decision dated after `asOf` had not been made on that day: the application was pending.
            rejected: permits.filter { $0.status == "avslaget" && ($0.decided.map { $0 <= asOf } ?? true) },
            pending: permits.filter { p in
                ["forberedelse", "ansokt"].contains(p.status)
                    || ((grantedStatuses.contains(p.status) || p.status == "avslaget") && (p.decided.map { $0 > asOf } ?? false))
            },
            goalMin: goal?["min_count"], goalMax: goal?["max_count"])
    }

    /// The day a date as precise as the source counts from: its last day.
    static func counted(_ date: String) -> String { PartialDate.lastDay(date) ?? date }

    /// Permits held at each year's end, for a chart of progress over time.
    public static func heldByYear(_ db: Database, years: ClosedRange<Int>, holder: String = "RÖ",
                                  publicOnly: Bool = false) throws -> [(year: Int, held: Int)] {
        let permits = try all(db, holder: holder, publicOnly: publicOnly).filter { $0.parent == nil }
        return years.map { y in
            let yearEnd = String(format: "%04d-12-31", y)
            return (y, permits.filter { isHeld($0, on: yearEnd) }.count)
        }
    }
}

/// Workload division by specialty and status, with the decisions behind it.
public struct WorkloadLine: Equatable, Sendable {
    public let id: Int64
    public let specialty: String
    public let status: String
    public let patientGroup: String?
    public let performing: String?
    public let performingUnit: String?
    public let decided: String?
    public let effective: String?
    public let decidedBy: String?
    /// The decision behind it, cited as "SVN § 51-2024" style text when recorded.
    public let decision: String?
}

public enum WorkloadQueries {
    /// The workload lines, with their status as of `asOf` when given (see `status(_:asOf:)`).
    public static func lines(_ db: Database, status: String? = nil, asOf: String? = nil,
                             publicOnly: Bool = false) throws -> [WorkloadLine] {
        var sql = """
            SELECT w.id, w.specialty, w.status, w.patient_group, o.code AS performing, w.performing_unit,
                   w.decided_on, w.effective_on, b.short_name AS decided_by,
                   CASE WHEN d.id IS NULL THEN NULL
                        ELSE ifnull((SELECT ifnull(bb.short_name, bb.name) FROM body bb WHERE bb.id = d.body_id), '')
                             || ifnull(' ' || d.paragraph, '') || '-' || substr(d.decided_on, 1, 4) END AS decision,
                   w.ended_on
            FROM workload w
            LEFT JOIN organisation o ON o.id = w.performing_region_id
            LEFT JOIN body b ON b.id = w.decided_by_id
            LEFT JOIN decision d ON d.id = w.decision_id
            WHERE 1
            """
        let arguments: [DatabaseValue] = []
        if publicOnly { sql += " AND NOT \(Confidentiality.sealed(table: "workload", alias: "w")!)" }
        sql += " ORDER BY w.specialty COLLATE swedish, w.id"
        let all = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row -> WorkloadLine in
            // By position (the SELECT's order): see RemissQueries.summary.
            let recorded: String = row[2]
            let ended: String? = row[10]
            let decided: String? = row[6]
            let effective: String? = row[7]
            return WorkloadLine(id: row[0], specialty: row[1],
                                status: asOf.map { Self.status(recorded, decided: decided, effective: effective, ended: ended, asOf: $0) } ?? recorded,
                                patientGroup: row[3], performing: row[4], performingUnit: row[5], decided: decided,
                                effective: effective, decidedBy: row[8], decision: row[9])
        }
        return status.map { s in all.filter { $0.status == s } } ?? all
    }

    /// The status of a workload line on `asOf`: what is dated after it had not happened yet. A
    /// line decided after `asOf` was still under investigation (`utredning`); one in force
    /// after `asOf` was decided (`beslutad`); one ended after `asOf` was in force (`inford`).
    public static func status(_ recorded: String, decided: String?, effective: String?, ended: String?, asOf: String) -> String {
        if let decided, decided > asOf { return "utredning" }
        if let effective, effective > asOf, recorded != "utredning" { return "beslutad" }
        if recorded == "avslutad", let ended, ended > asOf { return "inford" }
        return recorded
    }

    /// Counts per specialty and status.
    public static func bySpecialty(_ lines: [WorkloadLine]) -> [(specialty: String, status: String, count: Int)] {
        var counts: [String: [String: Int]] = [:]
        for l in lines { counts[l.specialty, default: [:]][l.status, default: 0] += 1 }
        return counts.keys.sorted(by: SwedishCollation.precedes).flatMap { s in
            Families.workloadStatuses.codes.compactMap { st in counts[s]![st].map { (s, st, $0) } }
        }
    }
}
