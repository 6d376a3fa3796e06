import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

/// The vocabularies are written twice by necessity: in the family (for the friendly message and
/// the help) and in the schema's CHECKs (so no other program can store another word). This
/// proves the two lists are the same for every vocabulary field of every family, and that the
/// schema really refuses a word outside it, written with plain SQL past samreg's own checks.
@Suite("Schema vocabularies")
struct SchemaVocabularyTests {
    struct VocabularyField: CustomStringConvertible, Sendable {
        let family: String, table: String, column: String, words: [String]
        var description: String { "\(family).\(column)" }
    }

    static let fields: [VocabularyField] = Families.all.flatMap { family in
        family.fields.compactMap { field -> VocabularyField? in
            guard case .vocabulary(let vocabulary) = field.kind, let column = field.column else { return nil }
            return VocabularyField(family: family.name, table: family.table, column: column, words: vocabulary.codes)
        }
    }

    /// The quoted words of `column IN ('a', 'b', …)` in a table's CREATE statement, or of
    /// `column = 'a' OR column = 'b' …` (how migration 0019 writes a hot table's list: SQLite
    /// checks it without building an ephemeral b-tree per row).
    static func checkWords(sql: String, column: String) -> Set<String>? {
        let pattern = "\\b\(column)\\s+IN\\s*\\(([^)]*)\\)"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let match = regex.firstMatch(in: sql, range: NSRange(sql.startIndex..., in: sql)),
              let range = Range(match.range(at: 1), in: sql) else { return orWords(sql: sql, column: column) }
        var words: Set<String> = []
        for part in sql[range].split(separator: ",") {
            let t = part.trimmingCharacters(in: .whitespacesAndNewlines)
            guard t.hasPrefix("'"), t.hasSuffix("'"), t.count >= 2 else { continue }
            words.insert(String(t.dropFirst().dropLast()))
        }
        return words
    }

    /// The words of `column = 'a' OR column = 'b' …`, when that is the whole CHECK on `column`.
    static func orWords(sql: String, column: String) -> Set<String>? {
        let pattern = "CHECK\\s*\\(((?:\\s*(?:OR\\s+)?\\b\(column)\\s*=\\s*'[^']*')+)\\s*\\)"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let match = regex.firstMatch(in: sql, range: NSRange(sql.startIndex..., in: sql)),
              let range = Range(match.range(at: 1), in: sql),
              let word = try? NSRegularExpression(pattern: "'([^']*)'") else { return nil }
        let list = String(sql[range])
        var words: Set<String> = []
        for found in word.matches(in: list, range: NSRange(list.startIndex..., in: list)) {
            if let r = Range(found.range(at: 1), in: list) { words.insert(String(list[r])) }
        }
        return words.isEmpty ? nil : words
    }

    @Test func theOrFormIsReadLikeTheInForm() {
        let written = "category TEXT NOT NULL CHECK (category = 'kunskapsstyrning' OR category = 'nhv' OR category = 'myndighet'),"
        #expect(Self.checkWords(sql: written, column: "category") == ["kunskapsstyrning", "nhv", "myndighet"])
        #expect(Self.checkWords(sql: "kind TEXT CHECK (kind IN ('a', 'b'))", column: "kind") == ["a", "b"])
        // Not a vocabulary: another column in the CHECK.
        #expect(Self.checkWords(sql: "CHECK (category = 'a' OR kind = 'b')", column: "category") == nil)
    }

    @Test func everyFamilyHasVocabularyFieldsToCheck() {
        #expect(Self.fields.count >= 10)
    }

    @Test(arguments: fields)
    func theSchemasCheckListIsTheFamilysVocabulary(_ field: VocabularyField) throws {
        try withRegistry { registry, _ in
            let sql = try registry.read { db in
                try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", arguments: [field.table])
            }
            let tableSQL = try #require(sql, "no table \(field.table)")
            let words = try #require(Self.checkWords(sql: tableSQL, column: field.column),
                                     "\(field): the table has no CHECK (\(field.column) IN (…))")
            #expect(words == Set(field.words), "\(field): schema \(words.sorted()) vs family \(field.words.sorted())")
        }
    }

    /// On the seed data (a table the seed leaves empty has no row to change; its CHECK list is
    /// still proved equal above).
    @Test(arguments: fields)
    func theSchemaRefusesAWordOutsideTheVocabulary(_ field: VocabularyField) throws {
        try withRegistry { registry, _ in
            _ = try Seeder.run(registry)
            try registry.dbQueue.write { db in
                let rows = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(field.table)") ?? 0
                guard rows > 0 else { return }
                let bogus = "inte_ett_ord"
                #expect(!field.words.contains(bogus))
                // Past samreg's checks: plain SQL.
                do {
                    try db.execute(sql: "UPDATE \(field.table) SET \(field.column) = ?", arguments: [bogus])
                    Issue.record("\(field): the schema accepted '\(bogus)'")
                } catch let error as DatabaseError {
                    #expect(error.resultCode == .SQLITE_CONSTRAINT, "\(field): \(error)")
                }
            }
        }
    }
}
