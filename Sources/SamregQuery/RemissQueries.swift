import GRDB
import SamregCore
import SamregStore

/// A remiss as follow-up shows it.
public struct RemissSummary: Equatable, Sendable {
    public let id: Int64
    public let title: String
    public let sender: String
    public let senderRef: String?
    public let category: String
    public let received: String
    public let deadline: String
    public let status: String
    public let answered: String?
    /// Days from `asOf` to the deadline (negative when overdue).
    public let daysLeft: Int
}

/// Questions about remisser: open ones by deadline, overdue ones, answers in a period.
public enum RemissQueries {
    static let select = """
        SELECT t.id, t.title, o.code AS sender, t.sender_ref, t.category, t.received_on, t.deadline_on,
               \(Families.remissStatusSQL) AS status,
               (SELECT s.answered_on FROM remiss_state s WHERE s.remiss_id = t.id) AS answered
        FROM remiss t JOIN organisation o ON o.id = t.sender_id
        """

    static func summary(_ row: Row, asOf: String) -> RemissSummary {
        let deadline: String = row["deadline_on"]
        let days = (ISODate.dayNumber(deadline) ?? 0) - (ISODate.dayNumber(asOf) ?? 0)
        return RemissSummary(id: row["id"], title: row["title"], sender: row["sender"], senderRef: row["sender_ref"],
                             category: row["category"], received: row["received_on"], deadline: deadline,
                             status: row["status"], answered: row["answered"], daysLeft: days)
    }

    /// Unanswered remisser (neither answered, declined nor closed), nearest deadline first;
    /// overdue ones have `daysLeft` below zero. `today` is `samreg_today()`.
    public static func open(_ db: Database, asOf: String, within days: Int? = nil, publicOnly: Bool = false) throws -> [RemissSummary] {
        var sql = select + " WHERE \(Families.remissStatusSQL) IN ('oppen', 'forsenad')"
        var arguments: [DatabaseValue] = []
        if let days { sql += " AND t.deadline_on <= date(?, '+' || ? || ' days')"; arguments += [asOf.databaseValue, days.databaseValue] }
        if publicOnly { sql += " AND t.confidential = 0" }
        sql += " ORDER BY t.deadline_on, t.id"
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { summary($0, asOf: asOf) }
    }

    /// Unanswered remisser past their deadline on `asOf`.
    public static func overdue(_ db: Database, asOf: String, publicOnly: Bool = false) throws -> [RemissSummary] {
        try open(db, asOf: asOf, publicOnly: publicOnly).filter { $0.daysLeft < 0 }
    }

    /// Remisser answered in `period` (first answer sent in it), jointly or at all.
    public static func answered(_ db: Database, period: Period, jointOnly: Bool = false, asOf: String,
                                publicOnly: Bool = false) throws -> [RemissSummary] {
        var sql = select + """
             WHERE EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = t.id AND x.kind = 'yttrande'
                 AND x.withdrawn_on IS NULL AND x.sent_on BETWEEN ? AND ?\(jointOnly ? " AND x.scope = 'sosr'" : ""))
            """
        if publicOnly { sql += " AND t.confidential = 0" }
        sql += " ORDER BY answered, t.id"
        return try Row.fetchAll(db, sql: sql, arguments: [period.from, period.to]).map { summary($0, asOf: asOf) }
    }

    /// Counts per category (kunskapsstyrning, nhv, myndighet), every category present.
    public static func countByCategory(_ remisser: [RemissSummary]) -> [(category: String, count: Int)] {
        ["kunskapsstyrning", "nhv", "myndighet"].map { c in (c, remisser.filter { $0.category == c }.count) }
    }

    /// Answered remisser in `period` counted by preparing body (a remiss with two preparing
    /// bodies counts for both; one with none counts under "(ingen)").
    public static func answeredByBody(_ db: Database, period: Period, jointOnly: Bool = false) throws -> [(body: String, count: Int)] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT ifnull(b.short_name, ifnull(b.name, '(ingen)')) AS body, count(DISTINCT t.id) AS n
            FROM remiss t
            LEFT JOIN remiss_assignment a ON a.remiss_id = t.id LEFT JOIN body b ON b.id = a.body_id
            WHERE EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = t.id AND x.kind = 'yttrande'
                AND x.withdrawn_on IS NULL AND x.sent_on BETWEEN ? AND ?\(jointOnly ? " AND x.scope = 'sosr'" : ""))
            GROUP BY 1 ORDER BY n DESC, 1 COLLATE swedish
            """, arguments: [period.from, period.to])
        return rows.map { ($0["body"], $0["n"]) }
    }

    /// The median number of days from receipt to the first answer sent, for remisser answered
    /// in `period`; nil when none was.
    public static func medianDaysToAnswer(_ remisser: [RemissSummary]) -> Double? {
        let days = remisser.compactMap { r -> Int? in
            guard let answered = r.answered, let a = ISODate.dayNumber(answered), let b = ISODate.dayNumber(r.received) else { return nil }
            return a - b
        }.sorted()
        guard !days.isEmpty else { return nil }
        let mid = days.count / 2
        return days.count % 2 == 1 ? Double(days[mid]) : Double(days[mid - 1] + days[mid]) / 2
    }
}
