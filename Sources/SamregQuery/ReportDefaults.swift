import GRDB

/// What the reports fall back on when the user names no year or period, and the lists they
/// lay their sections out by: asked here so that no SQL lives in the reports or the CLI.
public enum ReportDefaults {
    /// The latest year with care-flow or contract figures.
    public static func latestFigureYear(_ db: Database) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT max(year) FROM (SELECT year FROM flow UNION ALL SELECT year FROM contract)")
    }

    /// The latest whole-year period with indicator values (`2024`).
    public static func latestIndicatorYear(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT max(period) FROM indicator_value WHERE length(period) = 4")
    }

    /// The samarbetsområden in the agreement's order: code and name.
    public static func cooperationAreas(_ db: Database) throws -> [(code: String, name: String)] {
        try Row.fetchAll(db, sql: "SELECT code, name FROM cooperation_area ORDER BY ordinal").map { ($0["code"], $0["name"]) }
    }
}
