import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

/// Import by upload (issue 12): with `maxErrors` above 1 the importer lists every bad row,
/// each at its file:line:column, and still writes nothing.
@Suite("Import error list")
struct ImportErrorListTests {
    private func refusal(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> ImportRefused? {
        expectThrow(ImportRefused.self, body, sourceLocation: sourceLocation)
    }

    /// Imports `path` as remisser collecting up to `maxErrors` bad rows; the refusal it must end in.
    private func collecting(_ registry: Registry, _ path: String, maxErrors: Int = 100, update: Bool = false,
                            sourceLocation: SourceLocation = #_sourceLocation) -> ImportRefused? {
        var importer = Importer(registry: registry, family: Families.remiss)
        importer.maxErrors = maxErrors
        return refusal({ _ = try importer.run(path: path, format: nil, update: update) }, sourceLocation: sourceLocation)
    }

    /// What the import must leave as it was.
    private func state(_ registry: Registry) throws -> [Int] {
        try registry.read { db in
            try ["remiss", "search", "audit"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0 }
                + [Int.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM audit") ?? 0]
        }
    }

    private static let header = "id,title,sender,category,received,deadline,case_number"

    /// Eight bad rows of different kinds between good ones. Line 11 gives the case number of
    /// line 3, which was refused: it must not count as a duplicate. Line 10 repeats the case
    /// number of line 2, which was accepted: that is one.
    private static let badRows = """
        \(header)
        ,God 1,SKR,nhv,2025-05-02,2025-06-13,RÖ 2025-10
        ,Fel datum,SKR,nhv,2025-02-30,2025-06-13,RÖ 2025-11
        ,Okänd,Okänd avsändare,nhv,2025-05-02,2025-06-13,
        ,Kort,SKR,nhv,2025-05-02
        ,Dubblett,SKR,nhv,2025-05-02,2025-06-13,rö 2025–1
        ,Ordning,SKR,nhv,2025-05-02,2025-04-13,
        1,Annan titel,SKR,kunskapsstyrning,2025-05-02,2025-06-13,RÖ 2025-1
        ,Fel kategori,SKR,påhittad,2025-05-02,2025-06-13,
        ,Dubblett i filen,SKR,nhv,2025-05-02,2025-06-13,RÖ 2025-10
        ,God 2,SKR,nhv,2025-05-02,2025-06-13,RÖ 2025-11

        """

    @Test func everyBadRowIsListedInOrderAndNothingIsWritten() throws {
        try withRegistry { registry, dir throws in
            _ = try registry.insert(Families.remiss, remissInput(["title": "Befintlig", "case_number": "RÖ 2025-1"]))
            let before = try state(registry)
            let path = try writeFile(dir, "remisser.csv", Self.badRows)
            let refused = collecting(registry, path)
            #expect(refused?.errors.map(\.location) == ["3:5", "4:3", "5:6", "6:7", "7:6", "8:2", "9:4", "10:7"].map { "\(path):\($0)" },
                    "\(refused?.errors.map(\.description) ?? [])")
            #expect(refused?.wholeFile == true)
            let messages = refused?.errors.map(\.message) ?? []
            #expect(messages.count == 8)
            if messages.count == 8 {
                #expect(messages[0].hasPrefix("remiss: received '2025-02-30' is not a valid date"))
                #expect(messages[1].hasPrefix("sender: unknown organisation 'Okänd avsändare'"))
                #expect(messages[2] == "expected 7 fields as in the header, found 5")
                #expect(messages[3] == "duplicate case number 'rö 2025–1': remiss 1 already has it (written 'RÖ 2025-1')")
                #expect(messages[4] == "remiss: deadline 2025-04-13 is before received 2025-05-02")
                #expect(messages[5] == "duplicate id: remiss 1 already exists with another title (stored 'Befintlig', the file has 'Annan titel')")
                #expect(messages[6].hasPrefix("remiss: category 'påhittad'"))
                #expect(messages[7].hasPrefix("duplicate case number 'RÖ 2025-10': remiss"))
            }
            // Each in Swedish too, for the web.
            #expect(refused?.errors.allSatisfy { $0.swedish != nil } == true, "\(refused?.errors.map(\.swedishDescription) ?? [])")
            #expect(refused?.description == "\(path):3:5: \(messages.first ?? "") (and 7 more errors)")
            #expect(refused?.summary == "8 errors in the file; nothing was imported")
            #expect(refused?.swedishSummary == "8 fel; ingenting importerades.")
            #expect(try state(registry) == before)
            #expect(try registry.verifyAudit().problems.isEmpty)

            // The good rows alone import as they are, line 11 too: nothing was left behind.
            let good = try writeFile(dir, "good.csv", "\(Self.header)\n,God 1,SKR,nhv,2025-05-02,2025-06-13,RÖ 2025-10\n,God 2,SKR,nhv,2025-05-02,2025-06-13,RÖ 2025-11\n")
            var importer = Importer(registry: registry, family: Families.remiss)
            importer.maxErrors = 100
            #expect(try importer.run(path: good) == 2)
        }
    }

    @Test func theDefaultStillStopsAtTheFirstBadRowWithItsOwnError() throws {
        try withRegistry { registry, dir throws in
            _ = try registry.insert(Families.remiss, remissInput(["title": "Befintlig", "case_number": "RÖ 2025-1"]))
            let before = try state(registry)
            let path = try writeFile(dir, "remisser.csv", Self.badRows)
            let error = samregError { _ = try Importer(registry: registry, family: Families.remiss).run(path: path) }
            #expect(error?.location == "\(path):3:5")
            #expect(try state(registry) == before)
        }
    }

    @Test func readingStopsAtMaxErrors() throws {
        try withRegistry { registry, dir throws in
            _ = try registry.insert(Families.remiss, remissInput(["title": "Befintlig", "case_number": "RÖ 2025-1"]))
            let before = try state(registry)
            let path = try writeFile(dir, "remisser.csv", Self.badRows)
            let refused = collecting(registry, path, maxErrors: 3)
            #expect(refused?.errors.map(\.location) == ["3:5", "4:3", "5:6"].map { "\(path):\($0)" })
            #expect(refused?.wholeFile == false)
            #expect(refused?.swedishSummary == "3 fel; ingenting importerades (visar de första 3; resten av filen lästes inte).")
            #expect(try state(registry) == before)
            // 0 is no limit.
            #expect(collecting(registry, path, maxErrors: 0)?.errors.count == 8)
            #expect(try state(registry) == before)
        }
    }

    /// A quote never closed: the rest of the file is not rows, so the import stops there,
    /// after the bad rows found before it.
    @Test func anUnbalancedQuoteStopsAtOnceAfterTheRowsFoundBefore() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "quote.csv", """
                title,sender,category,received,deadline
                A,Okänd,nhv,2025-05-02,2025-06-13
                B,SKR,nhv,2025-05-02,2025-06-13
                "C,SKR,nhv,2025-05-02,2025-06-13
                D,SKR,nhv,2025-05-02,2025-06-13

                """)
            let refused = collecting(registry, path)
            #expect(refused?.errors.map(\.location) == ["\(path):2:2", "\(path):4:1"], "\(refused?.errors.map(\.description) ?? [])")
            #expect(refused?.errors.last?.message.hasPrefix("unbalanced quote") == true)
            #expect(refused?.wholeFile == false)
            #expect(try registry.count("remiss") == 0)
            #expect(try registry.count("audit") == 0)
        }
    }

    /// A row that fails after writing part of itself (here: inserted, then found past the
    /// largest record number) ends the list there: its leftovers would mislead later checks.
    @Test func aRowThatFailsAfterWritingEndsTheList() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "last.csv", """
                id,title,sender,category,received,deadline
                \(RecordWriter.maxId),Sist,SKR,nhv,2025-05-02,2025-06-13
                ,Efter,SKR,nhv,2025-05-02,2025-06-13
                ,Fel datum,SKR,nhv,2025-02-30,2025-06-13

                """)
            let refused = collecting(registry, path)
            #expect(refused?.errors.map(\.location) == ["\(path):3:1"], "\(refused?.errors.map(\.description) ?? [])")
            #expect(refused?.errors.first?.message.contains("record numbers above") == true)
            #expect(refused?.wholeFile == false)
            #expect(try registry.count("remiss") == 0)
            #expect(try registry.count("audit") == 0)
        }
    }

    /// A bad header stops at once too (a one-error list when collecting).
    @Test func aBadHeaderIsTheOnlyError() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "header.csv", "title,sender,colour\nA,SKR,röd\n")
            let refused = collecting(registry, path)
            #expect(refused?.errors.map(\.location) == ["\(path):1:3"])
            #expect(refused?.wholeFile == false)
        }
    }

    @Test func jsonElementsAreListedAtTheirStart() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "bad.json", """
                [
                  {"title": "A", "sender": "SKR", "category": "nhv", "received": "2025-05-02", "deadline": "2025-06-13"},
                  {"title": "B", "sender": "SKR", "category": "nhv", "received": "2025-05-02", "deadline": "2025-04-13"},
                  {"title": ["C"], "sender": "SKR", "category": "nhv", "received": "2025-05-02", "deadline": "2025-06-13"},
                  {"title": "D", "sender": "SKR", "category": "nhv", "received": "2025-13-02", "deadline": "2025-06-13"}
                ]
                """)
            let refused = collecting(registry, path)
            #expect(refused?.errors.map(\.location) == ["3:3", "4:3", "5:3"].map { "\(path):\($0)" }, "\(refused?.errors.map(\.description) ?? [])")
            #expect(refused?.errors[safe: 1]?.message == "field 'title' holds a list or object; give text, a number or null")
            #expect(refused?.wholeFile == true)
            #expect(try registry.count("remiss") == 0)
            #expect(try registry.count("audit") == 0)
        }
    }

    /// `--update` collects too: a row that matches a stored record and is bad is listed.
    @Test func updateRowsAreListedToo() throws {
        try withRegistry { registry, dir throws in
            _ = try registry.insert(Families.remiss, remissInput(["title": "Befintlig"]))
            let before = try state(registry)
            let path = try writeFile(dir, "update.csv", """
                id,title,received
                1,Ändrad,2025-02-30
                1,Ändrad igen,
                ,Ny,2025-13-01

                """)
            let refused = collecting(registry, path, update: true)
            #expect(refused?.errors.map(\.location) == ["2:3", "4:3"].map { "\(path):\($0)" }, "\(refused?.errors.map(\.description) ?? [])")
            #expect(try state(registry) == before)
            #expect(try registry.row("remiss", id: 1)?["title"] as String? == "Befintlig")
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
