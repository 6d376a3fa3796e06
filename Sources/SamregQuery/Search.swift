import Foundation
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

    /// How the hits of a search are ordered.
    public enum Order: Equatable, Sendable {
        /// Best matches first (FTS5's bm25 rank).
        case relevance
        /// Most recent first: the search matches more than `rankingLimit` records, too many to rank.
        case recency
    }

    public struct Result: Sendable {
        public let hits: [Hit]
        public let order: Order
    }

    /// Above this many matching records, ranking by relevance is no longer instant (FTS5
    /// scores every match before it can pick the best: about 1 ms per 1 000 matches) and tells
    /// the reader little; such searches list the most recent matches instead.
    public static let rankingLimit = 20_000

    /// The hits of `search`, at most `limit`.
    public static func run(_ db: Database, text: String, limit: Int = 50, includeConfidential: Bool = false) throws -> [Hit] {
        try search(db, text: text, limit: limit, includeConfidential: includeConfidential).hits
    }

    /// Searches, best matches first; when the words are so common that more than
    /// `rankingLimit` records match, the most recent matches first. Sealed records
    /// (`Confidentiality`) are not searched unless `includeConfidential`: a hit, even
    /// masked, would tell that their secret text contains the words.
    public static func search(_ db: Database, text: String, limit: Int = 50, rankingLimit: Int = rankingLimit,
                              includeConfidential: Bool = false) throws -> Result {
        // Stored text is NFC: a word typed decomposed (O + U+0308) finds it too.
        guard let match = matchExpression(text.nfc) else { throw SamregError("search: give at least one word to search for") }
        let visible = includeConfidential ? "" : " AND NOT \(sealedHit)"
        if try matchesMoreThan(db, match: match, limit: rankingLimit, visible: visible) {
            return Result(hits: try mostRecent(db, match: match, limit: limit, visible: visible), order: .recency)
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT rowid, title, snippet(search, -1, '[', ']', '…', 12) AS snippet
            FROM search WHERE search MATCH ?\(visible) ORDER BY rank LIMIT ?
            """, arguments: [match, limit])
        return Result(hits: rows.map { hit($0) }, order: .relevance)
    }

    /// SQL that is true when the index row `search.rowid` is a sealed record's.
    static let sealedHit: String = {
        let cases = SearchIndex.searchable.compactMap { family -> String? in
            Confidentiality.sealed(family).map { _ in
                "WHEN \(family.search!.number) THEN \(Confidentiality.sealed(table: family.table, id: "(search.rowid & 4294967295)")!)"
            }
        }
        return "(CASE search.rowid >> 32 \(cases.joined(separator: " ")) ELSE 0 END)"
    }()

    private static func hit(_ row: Row) -> Hit {
        let rowid: Int64 = row["rowid"]
        let number = rowid >> 32
        let family = SearchIndex.searchable.first { $0.search!.number == number }?.name ?? "?"
        return Hit(family: family, id: rowid & 0xFFFF_FFFF, title: row["title"] ?? "", snippet: row["snippet"] ?? "")
    }

    /// Whether the search matches more than `limit` records: FTS5 walks the matches without
    /// scoring them and stops after `limit + 1`.
    static func matchesMoreThan(_ db: Database, match: String, limit: Int, visible: String = "") throws -> Bool {
        let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ?\(visible) LIMIT ?)",
                                 arguments: [match, limit + 1]) ?? 0
        return n > limit
    }

    /// The most recent matches: the newest `limit` records of each family (FTS5 walks the
    /// index backwards by rowid and stops), then all of them by date, newest first.
    private static func mostRecent(_ db: Database, match: String, limit: Int, visible: String) throws -> [Hit] {
        var found: [(day: String?, rowid: Int64, hit: Hit)] = []
        for family in SearchIndex.searchable {
            let number = family.search!.number
            let day = family.traits.recency.map {
                "(SELECT t.\($0) FROM \(family.table) t WHERE t.id = search.rowid & 4294967295)"
            } ?? "NULL"
            let rows = try Row.fetchAll(db, sql: """
                SELECT rowid, title, snippet(search, -1, '[', ']', '…', 12) AS snippet, \(day) AS day
                FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ?\(visible) ORDER BY rowid DESC LIMIT ?
                """, arguments: [match, number << 32, number << 32 | 0xFFFF_FFFF, limit])
            found += rows.map { (day: $0["day"], rowid: $0["rowid"], hit: hit($0)) }
        }
        found.sort { a, b in
            if a.day != b.day { return (a.day ?? "") > (b.day ?? "") }
            return a.rowid > b.rowid
        }
        return found.prefix(limit).map(\.hit)
    }
}
