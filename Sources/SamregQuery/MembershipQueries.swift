import GRDB
import SamregCore
import SamregStore

/// Who holds a role in a body on a day, answered from the records and their history tables
/// (a role changed since is read from membership_role_history), never from the audit trail.
public enum MembershipQueries {
    /// The regions holding `role` in the bodies of `bodyKind` on `day` (ISO date), by name, in
    /// the order of their codes. A membership of a named person counts with the region it
    /// represents; people's names are never returned.
    public static func regions(_ db: Database, holding role: String, bodyKind: String, on day: String) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT DISTINCT o.name FROM membership m
            JOIN body b ON b.id = m.body_id JOIN organisation o ON o.id = m.region_id
            WHERE b.kind = ?2 AND (m.valid_from IS NULL OR m.valid_from <= ?1) AND (m.valid_to IS NULL OR m.valid_to >= ?1)
              AND \(Families.roleAsOfSQL(membership: "m.id", current: "m.role", day: "?1")) = ?3
            ORDER BY o.code
            """, arguments: [day, bodyKind, role])
    }
}
