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
    /// To be answered jointly for Sydöstra sjukvårdsregionen (else by one region alone).
    public let joint: Bool
}

/// Questions about remisser: open ones by deadline, overdue ones, answers in a period.
public enum RemissQueries {
    /// The SELECT of a remiss summary as of the day given by the SQL expression `today` (a
    /// numbered placeholder such as `?3`, used several times): its status on that day and the
    /// day it was first answered by then.
    static func select(today: String) -> String {
        """
        SELECT t.id, t.title, o.code AS sender, t.sender_ref, t.category, t.received_on, t.deadline_on, t.joint,
               \(Families.remissStatusSQL(today: today)) AS status,
               \(Families.remissAnsweredSQL(today: today)) AS answered
        FROM remiss t JOIN organisation o ON o.id = t.sender_id
        """
    }

    /// A row of `select`, read by column position (in `select`'s order: GRDB's by-name
    /// access lowercases the name on every read, which shows in reports of 50 000 rows).
    static func summary(_ row: Row, asOf: String) -> RemissSummary {
        let deadline: String = row[6]
        let days = (ISODate.dayNumber(deadline) ?? 0) - (ISODate.dayNumber(asOf) ?? 0)
        return RemissSummary(id: row[0], title: row[1], sender: row[2], senderRef: row[3],
                             category: row[4], received: row[5], deadline: deadline,
                             status: row[8], answered: row[9], daysLeft: days, joint: row[7])
    }

    /// Unanswered remisser received by `asOf` (not answered, declined or closed in what is
    /// recorded), judged against their deadlines on `asOf`, nearest deadline first; overdue
    /// ones have `daysLeft` below zero.
    public static func open(_ db: Database, asOf: String, within days: Int? = nil, publicOnly: Bool = false) throws -> [RemissSummary] {
        // Open on `asOf`: received by then, not closed, and no answer nor decision not to
        // answer dated by then (answers and closings dated later do not count).
        var sql = select(today: "?1") + " WHERE " + Families.remissOpenSQL(today: "?1")
        var arguments: [DatabaseValue] = [asOf.databaseValue]
        if let days { sql += " AND t.deadline_on <= date(?1, '+' || ?2 || ' days')"; arguments.append(days.databaseValue) }
        if publicOnly { sql += " AND NOT \(Confidentiality.sealed(table: "remiss", alias: "t")!)" }
        sql += " ORDER BY t.deadline_on, t.id"
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { summary($0, asOf: asOf) }
    }

    /// Unanswered remisser past their deadline on `asOf`.
    public static func overdue(_ db: Database, asOf: String, publicOnly: Bool = false) throws -> [RemissSummary] {
        try open(db, asOf: asOf, publicOnly: publicOnly).filter { $0.daysLeft < 0 }
    }

    /// The condition "first answer (first joint answer with `jointOnly`) given in the period",
    /// over `t`, with `?1`, `?2` for the period's ends and `?3` for the day the state is judged
    /// on. An answer is given on the day it was sent or, when that is not recorded, on the day
    /// it was approved (`Families.responseDaySQL`); one withdrawn by `?3` does not count.
    /// Candidates come from migration 0014's index on that day.
    static func answeredCondition(jointOnly: Bool, publicOnly: Bool) -> String {
        let scope = jointOnly ? " AND x.scope = 'sosr'" : ""
        let day = Families.responseDaySQL
        let live = "(x.withdrawn_on IS NULL OR x.withdrawn_on > ?3)"
        return """
            t.id IN (SELECT x.remiss_id FROM remiss_response x WHERE \(day) BETWEEN ?1 AND ?2 AND x.kind = 'yttrande'
                     AND \(live)\(scope))
            AND (SELECT min(\(day)) FROM remiss_response x WHERE x.remiss_id = t.id AND x.kind = 'yttrande'
                 AND \(live)\(scope)) >= ?1\(publicOnly ? " AND NOT \(Confidentiality.sealed(table: "remiss", alias: "t")!)" : "")
            """
    }

    /// The period, ending no later than `asOf`: what is dated after it does not count.
    static func arguments(_ period: Period, asOf: String) -> StatementArguments {
        [period.from, min(period.to, asOf), asOf]
    }

    /// Remisser whose first answer (first joint answer with `jointOnly`) was given in `period`
    /// and by `asOf`.
    public static func answered(_ db: Database, period: Period, jointOnly: Bool = false, asOf: String,
                                publicOnly: Bool = false) throws -> [RemissSummary] {
        let sql = select(today: "?3") + " WHERE "
            + answeredCondition(jointOnly: jointOnly, publicOnly: publicOnly) + " ORDER BY answered, t.id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments(period, asOf: asOf)).map { summary($0, asOf: asOf) }
    }

    /// Remisser answered in `period` (as `answered` counts them) by preparing body: a remiss
    /// with two preparing bodies counts for both; one with none counts under "(ingen)".
    public static func answeredByBody(_ db: Database, period: Period, jointOnly: Bool = false, asOf: String = "9999-12-31",
                                      publicOnly: Bool = false) throws -> [(body: String, count: Int)] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT ifnull(b.short_name, ifnull(b.name, '(ingen)')) AS body, count(DISTINCT t.id) AS n
            FROM remiss t
            LEFT JOIN remiss_assignment a ON a.remiss_id = t.id LEFT JOIN body b ON b.id = a.body_id
            WHERE \(answeredCondition(jointOnly: jointOnly, publicOnly: publicOnly))
            GROUP BY 1 ORDER BY n DESC, 1 COLLATE swedish
            """, arguments: arguments(period, asOf: asOf))
        return rows.map { ($0["body"], $0["n"]) }
    }

    /// Counts per category (the remiss family's vocabulary, in its order), every category present.
    public static func countByCategory(_ remisser: [RemissSummary]) -> [(category: String, count: Int)] {
        Families.remissCategories.codes.map { c in (c, remisser.filter { $0.category == c }.count) }
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
