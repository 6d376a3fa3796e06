import GRDB
import SamregCore
import SamregStore

/// Full-text search over titles, texts and references of decisions, remisser, NHV permits and
/// workload decisions (SQLite FTS5, `unicode61 remove_diacritics 2`: `brannskador` finds
/// `brännskador`, and so does `brännskador`).
public enum Search {
    public struct Hit: Equatable, Sendable {
        public let family: String
        public let id: Int64
        public let title: String
        public let snippet: String
    }

    /// The FTS5 query for what a user typed: every word must occur; a word ending in `*` is
    /// a prefix. Quotes and operators in the text are taken literally.
    public static func matchExpression(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let terms: [String] = words.compactMap { word in
            let prefix = word.hasSuffix("*")
            let core = prefix ? String(word.dropLast()) : word
            guard !core.isEmpty else { return nil }
            return "\"" + core.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (prefix ? "*" : "")
        }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    /// The best matches first (FTS5's bm25 rank), at most `limit`.
    public static func run(_ db: Database, text: String, limit: Int = 50) throws -> [Hit] {
        guard let match = matchExpression(text) else { throw SamregError("search: give at least one word to search for") }
        let rows = try Row.fetchAll(db, sql: """
            SELECT rowid, title, snippet(search, -1, '[', ']', '…', 12) AS snippet
            FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?
            """, arguments: [match, limit])
        return rows.map { row in
            let rowid: Int64 = row["rowid"]
            let number = rowid >> 32
            let family = SearchIndex.searchable.first { $0.search!.number == number }?.name ?? "?"
            return Hit(family: family, id: rowid & 0xFFFF_FFFF, title: row["title"] ?? "", snippet: row["snippet"] ?? "")
        }
    }
}
