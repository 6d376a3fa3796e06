import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

/// What each family's file says about the family (`Family.Traits`) names real things: the
/// families, fields, filters, tables and columns it points to exist, so that a rename in one
/// family's file cannot leave another place pointing at nothing.
@Suite("Family traits")
struct FamilyTraitsTests {
    /// Column names of every table of a fresh registry.
    static func columns() throws -> [String: Set<String>] {
        try withRegistry { registry, _ in
            try registry.dbQueue.read { db in
                var result: [String: Set<String>] = [:]
                for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                    result[table] = Set(try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table]).map { $0["name"] as String })
                }
                return result
            }
        }
    }

    @Test func relatedFamiliesAndFiltersExist() throws {
        for family in Families.all {
            for (childName, filterName) in family.traits.related {
                let child = try #require(Families.named(childName), "\(family.name): related family \(childName)")
                #expect(child.filters.contains { $0.name == filterName }, "\(family.name): \(childName) has no filter \(filterName)")
                if let pointer = child.traits.pointer {
                    #expect(child.filters.contains { $0.name == pointer.familyField }, "\(childName): no filter \(pointer.familyField)")
                }
            }
        }
    }

    @Test func namedColumnsExistInTheSchema() throws {
        let columns = try Self.columns()
        for family in Families.all {
            let own = try #require(columns[family.table], "no table \(family.table)")
            let t = family.traits
            for column in [t.naming?.column, t.otherNumberColumn, t.numbersInTextColumn, t.recency,
                           t.pointer?.familyColumn, t.pointer?.idColumn].compactMap({ $0 }) {
                #expect(own.contains(column), "\(family.name): no column \(column)")
            }
            if let history = t.history {
                let table = try #require(columns[history.table], "\(family.name): no history table \(history.table)")
                #expect(table.isSuperset(of: [history.field, history.owner, "valid_from", "valid_to"]))
                #expect(family.field(named: history.field) != nil)
            }
        }
    }

    @Test func traceLinksReachTracedFamiliesAndRead() throws {
        let traced = Set(Families.traced.map(\.name))
        #expect(Set(Families.traced.map { $0.traits.trace!.order }).count == traced.count, "trace orders are distinct")
        try withRegistry { registry, _ in
            try registry.dbQueue.read { db in
                for family in Families.traced {
                    let trace = try #require(family.traits.trace)
                    // Each statement compiles against the schema.
                    _ = try Row.fetchAll(db, sql: trace.describe, arguments: [1])
                    for (target, sql) in trace.links {
                        #expect(traced.contains(target), "\(family.name) links to untraced \(target)")
                        _ = try Int64.fetchAll(db, sql: sql, arguments: [1])
                    }
                }
            }
        }
    }

    /// The `reference` family's vocabulary is the families whose records carry references
    /// (written out there: it cannot read `Families.all` while that is being built).
    @Test func referenceVocabularyIsTheFamiliesCarryingReferences() throws {
        let field = try #require(Families.reference.field(named: Families.reference.traits.pointer?.familyField ?? ""))
        guard case .vocabulary(let vocabulary) = field.kind else { Issue.record("not a vocabulary"); return }
        #expect(Set(vocabulary.codes) == Set(Families.carryingReferences.map(\.name)))
    }

    /// Every family has Swedish names and a web address of its own: lowercase ASCII, unique,
    /// and no other page's (`/login`, `/sok` …) nor another family's command-line name.
    @Test func everyFamilyHasSwedishNamesAndItsOwnAddress() {
        let pages: Set<String> = ["login", "logout", "sok", "register", "rapporter", "export", "import", "sql", "konton",
                                  "static", "healthz"]
        var seen: Set<String> = []
        for family in Families.all {
            let swedish = family.traits.swedish
            #expect(swedish != nil, "\(family.name) has no Swedish names")
            #expect(swedish.map { !$0.about.isEmpty && $0.about != family.abstract } == true, "\(family.name) has no Swedish description")
            let path = family.swedish.path
            #expect(path.allSatisfy { ("a"..."z").contains($0) || $0 == "-" } && !path.isEmpty, "\(family.name): path '\(path)'")
            #expect(!pages.contains(path), "\(family.name): /\(path) is another page")
            #expect(seen.insert(path).inserted, "\(family.name): /\(path) is taken")
            #expect(Families.forPath(path)?.name == family.name)
            // A family's CLI name, which also addresses its pages, is no other family's path.
            #expect(Families.forPath(family.name)?.name == family.name, "\(family.name) is another family's path")
        }
    }
}
