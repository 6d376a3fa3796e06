import GRDB

/// Keeps the full-text index (`search`, FTS5) in step with the records it covers: one row
/// per decision, remiss, NHV permit and workload decision, whose rowid is the family number
/// shifted 32 bits left plus the record id.
public enum SearchIndex {
    public static let searchable: [Family] = Families.all.filter { $0.search != nil }

    static func rowid(_ number: Int64, _ id: Int64) -> Int64 { number << 32 | id }

    /// Re-indexes one record after it was added or changed.
    static func refresh(_ db: Database, family: Family, id: Int64) throws {
        guard let s = family.search else { return }
        try db.execute(sql: "DELETE FROM search WHERE rowid = ?", arguments: [rowid(s.number, id)])
        try db.execute(sql: """
            INSERT INTO search (rowid, title, body, refs)
            SELECT (\(s.number) << 32) | t.id, \(s.title), \(s.body), \(s.refs) FROM \(family.table) t WHERE t.id = ?
            """, arguments: [id])
    }

    /// Indexes in bulk every record of `family` with an id above `afterId` (after an import).
    static func indexNew(_ db: Database, family: Family, afterId: Int64) throws {
        guard let s = family.search,
              let end = try Int64.fetchOne(db, sql: "SELECT max(id) FROM \(family.table)"), end > afterId else { return }
        // In batches of ids, so that the statement journal of one INSERT stays small.
        let insert = try db.makeStatement(sql: """
            INSERT INTO search (rowid, title, body, refs)
            SELECT (\(s.number) << 32) | t.id, \(s.title), \(s.body), \(s.refs) FROM \(family.table) t WHERE t.id > ? AND t.id <= ?
            """)
        var from = afterId
        while from < end {
            let to = min(end, from + 20_000)
            try insert.execute(arguments: [from, to])
            from = to
        }
    }

    /// Rebuilds the whole index from the records (after seeding, or to repair it).
    public static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM search")
        for family in searchable { try indexNew(db, family: family, afterId: 0) }
    }
}
