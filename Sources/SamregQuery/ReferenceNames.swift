import GRDB

/// The names users give for references, for shell completion: what `Lookups` accepts.
public enum ReferenceNames {
    /// Every organisation's code (`RÖ`, `SKR`), in the registry's order.
    public static func organisationCodes(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT code FROM organisation ORDER BY id")
    }

    /// Every body's short name, or its name when it has none, in the registry's order.
    public static func bodyNames(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT coalesce(nullif(short_name, ''), name) FROM body ORDER BY id")
    }
}
