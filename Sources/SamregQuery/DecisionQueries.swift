import GRDB
import SamregCore
import SamregStore

/// A decision as follow-up shows it.
public struct DecisionSummary: Equatable, Sendable {
    public let id: Int64
    public let body: String
    public let date: String
    public let paragraph: String?
    public let caseNumber: String?
    public let kind: String
    public let title: String
    public let final: Bool
    /// The samarbetsområde it belongs to (`CooperationAreas.decisionAreaSQL`), if any.
    public let area: String?
}

/// Questions about decisions: by body, kind and period; what SVN did in a year.
public enum DecisionQueries {
    /// Decisions in `period`, optionally of one body and kind, oldest first. Sealed decisions
    /// (confidential, or about a confidential record: `Confidentiality`) are left out when
    /// `publicOnly`.
    public static func decisions(_ db: Database, period: Period, bodyId: Int64? = nil, bodyKind: String? = nil,
                                 kinds: [String]? = nil, area: String? = nil, publicOnly: Bool = false) throws -> [DecisionSummary] {
        var sql = """
            SELECT d.id, b.name AS body, d.decided_on, d.paragraph, d.case_number, d.kind, d.title,
                   (d.meeting_id IS NULL OR m.protocol_approved_on IS NOT NULL) AS final,
                   \(CooperationAreas.decisionAreaSQL(alias: "d")) AS area
            FROM decision d JOIN body b ON b.id = d.body_id LEFT JOIN meeting m ON m.id = d.meeting_id
            WHERE \(period.containsSQL("d.decided_on"))
            """
        var arguments: [DatabaseValue] = [period.from.databaseValue, period.to.databaseValue]
        if let bodyId { sql += " AND d.body_id = ?"; arguments.append(bodyId.databaseValue) }
        if let bodyKind { sql += " AND b.kind = ?"; arguments.append(bodyKind.databaseValue) }
        if let area { sql += " AND \(CooperationAreas.decisionAreaSQL(alias: "d")) = ?"; arguments.append(area.databaseValue) }
        if let kinds {
            sql += " AND d.kind IN (\(kinds.map { _ in "?" }.joined(separator: ", ")))"
            arguments += kinds.map(\.databaseValue)
        }
        if publicOnly { sql += " AND NOT \(Confidentiality.sealed(table: "decision", alias: "d")!)" }
        sql += " ORDER BY d.decided_on, d.paragraph_no, d.id"
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
            DecisionSummary(id: row["id"], body: row["body"], date: row["decided_on"], paragraph: row["paragraph"],
                            caseNumber: row["case_number"], kind: row["kind"], title: row["title"], final: row["final"],
                            area: row["area"])
        }
    }

    /// What Samverkansnämnden decided, received as re-reports, and was informed about.
    public struct SVNYear: Equatable, Sendable {
        public let decided: [DecisionSummary]
        public let reReports: [DecisionSummary]
        public let informed: [DecisionSummary]
    }

    /// What Samverkansnämnden did in `year`, as of `asOf` (decisions dated after it do not count).
    public static func svnYear(_ db: Database, year: Int, asOf: String? = nil, publicOnly: Bool = false) throws -> SVNYear {
        let period = Period.year(year)
        let to = min(period.to, asOf ?? period.to)
        guard to >= period.from else { return SVNYear(decided: [], reReports: [], informed: []) }
        let all = try decisions(db, period: Period(from: period.from, to: to), bodyKind: "samverkansnamnd", publicOnly: publicOnly)
        return SVNYear(decided: all.filter { !["aterrapportering", "information"].contains($0.kind) },
                       reReports: all.filter { $0.kind == "aterrapportering" },
                       informed: all.filter { $0.kind == "information" })
    }
}
