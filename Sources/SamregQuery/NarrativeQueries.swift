import GRDB

/// The secretaries' narrative texts (`samreg narrative add`), as the annual summary prints them.
public enum NarrativeQueries {
    /// The narrative in force for each section of `year`'s summary (withdrawn ones left out),
    /// by section id.
    public static func forYear(_ db: Database, year: Int) throws -> [String: String] {
        try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
            SELECT section, text FROM narrative WHERE year = ? AND withdrawn_on IS NULL
            """, arguments: [year]).map { ($0["section"] as String, $0["text"] as String) })
    }
}
