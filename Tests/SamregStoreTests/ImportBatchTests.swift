import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

/// CSV rows without an id are written many to a statement (`RecordWriter.Batch`, issue 13):
/// what is stored, what is audited and what is reported must be what writing them one by one
/// gives. JSON rows are written one by one, so the same rows as JSON are the reference.
@Suite("Import in batches")
struct ImportBatchTests {
    private static let header = "title,sender,sender_ref,category,received,deadline,case_number,preparing,joint,confidential"

    /// Row `n` (from 1): every fourth without a sender's reference, every third prepared by
    /// two bodies and every fifth by one, some not joint, some confidential, so that columns
    /// are left to their defaults in some rows and not in others.
    private static func row(_ n: Int) -> [String] {
        [
            "Remiss \(n)", n % 2 == 0 ? "SKR" : "Socialstyrelsen", n % 4 == 0 ? "" : "SKR2025/\(n)",
            n % 3 == 0 ? "nhv" : "kunskapsstyrning", "2025-05-02", "2025-06-13", "RÖ 2025-\(n)",
            n % 3 == 0 ? "RPO Hud;RPO Ögon" : (n % 5 == 0 ? "RPO Ögon" : ""),
            n % 7 == 0 ? "nej" : "", n % 11 == 0 ? "ja" : "",
        ]
    }

    private static func csv(_ rows: [[String]]) -> String {
        ([header] + rows.map { $0.joined(separator: ",") }).joined(separator: "\n") + "\n"
    }

    private func withBodies(_ body: (Registry, String) throws -> Void) throws {
        try withRegistry { registry, dir throws in
            try registry.insert(Families.body, ["kind": "rpo", "name": "RPO Hud"])
            try registry.insert(Families.body, ["kind": "rpo", "name": "RPO Ögon"])
            try body(registry, dir)
        }
    }

    /// What an import stored: the remisser, their assignments and the audit entries but for
    /// their time, command and hash.
    private func stored(_ registry: Registry) throws -> [[String]] {
        try registry.read { db in
            try ["SELECT * FROM remiss ORDER BY id", "SELECT * FROM remiss_assignment ORDER BY id", "SELECT * FROM remiss_unsettled ORDER BY remiss_id",
                 "SELECT seq, actor, action, tbl, record_id, before, after FROM audit ORDER BY seq", "SELECT rowid, * FROM search ORDER BY rowid"].map { sql in
                try Row.fetchAll(db, sql: sql).map { $0.description }
            }
        }
    }

    @Test func rowsInBatchesAreStoredAndAuditedAsRowsOneByOne() throws {
        // 150 rows: two full batches and part of a third.
        let rows = (1...150).map(Self.row)
        var viaCSV: [[String]] = []
        try withBodies { registry, dir in
            #expect(try Importer(registry: registry, family: Families.remiss).run(path: try writeFile(dir, "r.csv", Self.csv(rows))) == 150)
            viaCSV = try stored(registry)
            #expect(try registry.verifyAudit().problems.isEmpty)
            // Defaults as for a row alone: joint unless `nej`, not confidential unless `ja`.
            let joint = try registry.read { db in try Int.fetchAll(db, sql: "SELECT joint FROM remiss ORDER BY id") }
            #expect(joint == (1...150).map { $0 % 7 == 0 ? 0 : 1 })
            #expect(try registry.count("remiss_assignment") == (1...150).map { $0 % 3 == 0 ? 2 : ($0 % 5 == 0 ? 1 : 0) }.reduce(0, +))
        }
        try withBodies { registry, dir in
            let names = Self.header.split(separator: ",").map(String.init)
            let objects = rows.map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
            let json = try JSONSerialization.data(withJSONObject: objects)
            let path = dir + "/r.json"
            try json.write(to: URL(fileURLWithPath: path))
            #expect(try Importer(registry: registry, family: Families.remiss).run(path: path) == 150)
            let viaJSON = try stored(registry)
            #expect(viaCSV.count == viaJSON.count)
            for (a, b) in zip(viaCSV, viaJSON) { #expect(a == b) }
        }
    }

    /// Rows with an id are compared with what is stored, links too, so the links of the
    /// rows before them (kept to be written after the rows) are written first: a row repeating
    /// an earlier one of the file is recognised as stored, one that differs in its links is
    /// refused. The links' audit entries are those of rows one by one.
    @Test func rowsWithAnIdSeeTheLinksOfTheRowsBefore() throws {
        let header = "id," + Self.header
        func csv(_ rows: [[String]]) -> String { ([header] + rows.map { $0.joined(separator: ",") }).joined(separator: "\n") + "\n" }
        var rows = (1...70).map { [""] + Self.row($0) }
        rows[0][0] = "500"
        rows[0][8] = "RPO Hud"
        rows[0][9] = "ja"      // an empty flag would read as none, which differs from the default stored
        rows[0][10] = "nej"
        rows.append(rows[0])   // line 72: the same as line 2, stored already
        var viaCSV: [[String]] = []
        try withBodies { registry, dir in
            #expect(try Importer(registry: registry, family: Families.remiss).run(path: try writeFile(dir, "r.csv", csv(rows))) == 70)
            viaCSV = try stored(registry)
            #expect(try registry.verifyAudit().problems.isEmpty)
        }
        try withBodies { registry, dir in
            // Line 72 with another preparing body is a duplicate id.
            var other = rows
            other[70][8] = "RPO Ögon"
            let path = try writeFile(dir, "other.csv", csv(other))
            let error = samregError { _ = try Importer(registry: registry, family: Families.remiss).run(path: path) }
            #expect(error?.location == "\(path):72:9", "\(error?.description ?? "")")
            #expect(error?.message == "duplicate id: remiss 500 already exists with other preparing")
            #expect(try registry.count("remiss") == 0)
        }
        try withBodies { registry, dir in
            let names = header.split(separator: ",").map(String.init)
            let objects = rows.map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
            let path = dir + "/r.json"
            try JSONSerialization.data(withJSONObject: objects).write(to: URL(fileURLWithPath: path))
            #expect(try Importer(registry: registry, family: Families.remiss).run(path: path) == 70)
            let viaJSON = try stored(registry)
            #expect(viaCSV.count == viaJSON.count)
            for (a, b) in zip(viaCSV, viaJSON) { #expect(a == b) }
        }
    }

    /// A row that only the schema refuses (a case number given twice in the file) in the
    /// middle of a batch: reported at its own line and column, nothing written.
    @Test func aRowTheSchemaRefusesInABatchIsReportedAtItsLine() throws {
        try withBodies { registry, dir in
            var rows = (1...100).map(Self.row)
            rows[49][6] = "RÖ 2025-10"   // line 51 repeats line 11's case number
            let before = try registry.count("audit")
            let path = try writeFile(dir, "r.csv", Self.csv(rows))
            let error = samregError { _ = try Importer(registry: registry, family: Families.remiss).run(path: path) }
            #expect(error?.location == "\(path):51:7")
            #expect(error?.message.hasPrefix("duplicate case number 'RÖ 2025-10': remiss 10 already has it") == true, "\(error?.message ?? "")")
            #expect(try registry.count("remiss") == 0)
            #expect(try registry.count("remiss_assignment") == 0)
            #expect(try registry.count("audit") == before)
        }
    }

    /// With `maxErrors`, every refused row of a batch is listed in file order, between the
    /// rows refused before the schema is asked, and nothing is written.
    @Test func everyRefusedRowOfABatchIsListedInFileOrder() throws {
        try withBodies { registry, dir in
            var rows = (1...100).map(Self.row)
            rows[19][6] = "RÖ 2025-3"      // line 21: the schema refuses it
            rows[29][4] = "2025-02-30"     // line 31: refused before the schema
            rows[39][6] = "RÖ 2025-4"      // line 41: the schema
            rows[40][6] = "RÖ 2025-4"      // line 42: the schema
            rows[69][1] = "Okänd"          // line 71: a lookup
            rows[89][6] = "RÖ 2025-69"     // line 91: the schema, in the last batch
            let before = try registry.count("audit")
            let path = try writeFile(dir, "r.csv", Self.csv(rows))
            var importer = Importer(registry: registry, family: Families.remiss)
            importer.maxErrors = 100
            let refused = expectThrow(ImportRefused.self) { _ = try importer.run(path: path) }
            #expect(refused?.errors.map(\.location) == ["21:7", "31:5", "41:7", "42:7", "71:2", "91:7"].map { "\(path):\($0)" },
                    "\(refused?.errors.map(\.description) ?? [])")
            #expect(refused?.errors.first?.message.hasPrefix("duplicate case number 'RÖ 2025-3'") == true)
            #expect(refused?.wholeFile == true)
            #expect(try registry.count("remiss") == 0)
            #expect(try registry.count("audit") == before)
            // Up to a limit that falls inside a batch.
            importer.maxErrors = 3
            #expect(expectThrow(ImportRefused.self) { _ = try importer.run(path: path) }?.errors.map(\.location)
                == ["21:7", "31:5", "41:7"].map { "\(path):\($0)" })
            #expect(try registry.count("remiss") == 0)
        }
    }

    /// A quote never closed after good rows not yet written: the rows before it are checked
    /// first, as one by one.
    @Test func aFileErrorAfterBatchedRowsComesAfterTheirErrors() throws {
        try withBodies { registry, dir in
            var rows = (1...10).map(Self.row)
            rows[4][6] = "RÖ 2025-1"   // line 6: the schema refuses it
            let path = try writeFile(dir, "r.csv", Self.csv(rows) + "\"Öppet citat,SKR\n")
            #expect(samregError { _ = try Importer(registry: registry, family: Families.remiss).run(path: path) }?.location == "\(path):6:7")
            var importer = Importer(registry: registry, family: Families.remiss)
            importer.maxErrors = 10
            let refused = expectThrow(ImportRefused.self) { _ = try importer.run(path: path) }
            #expect(refused?.errors.map(\.location) == ["\(path):6:7", "\(path):12:1"], "\(refused?.errors.map(\.description) ?? [])")
            #expect(try registry.count("remiss") == 0)
        }
    }

    /// A refusal that keeps the rows before it (a trigger's `RAISE(FAIL)`, which samreg's
    /// schema does not use) cannot be undone and the batch written again: the import ends
    /// with the error and writes nothing, instead of writing those rows twice.
    @Test func aRefusalThatKeepsPartOfABatchEndsTheImport() throws {
        try withBodies { registry, dir in
            try registry.executeOutsideSamreg("CREATE TRIGGER test_fail BEFORE INSERT ON remiss WHEN NEW.title = 'X' BEGIN SELECT RAISE(FAIL, 'no X'); END")
            var rows = (1...10).map(Self.row)
            rows[4][0] = "X"
            let path = try writeFile(dir, "r.csv", Self.csv(rows))
            var importer = Importer(registry: registry, family: Families.remiss)
            importer.maxErrors = 10
            var thrown: (any Error)?
            do { _ = try importer.run(path: path) } catch { thrown = error }
            let text = thrown.map { "\($0)" } ?? ""
            #expect(text.contains("no X") && !text.contains("duplicate"), "\(text)")
            #expect(try registry.count("remiss") == 0)
            #expect(try registry.count("remiss_assignment") == 0)
        }
    }

    /// Record numbers past the largest supported one: refused at the row that would get one,
    /// as one by one, and nothing is written.
    @Test func aRecordNumberPastTheLargestIsRefusedAtItsRow() throws {
        try withBodies { registry, dir in
            try registry.executeOutsideSamreg("UPDATE audit_context SET bulk = 'remiss' WHERE id = 1")
            try registry.executeOutsideSamreg("""
                INSERT INTO remiss (id, title, sender_id, category, received_on, deadline_on)
                VALUES (\(RecordWriter.maxId - 3), 'Sist', (SELECT id FROM organisation WHERE code = 'SKR'), 'nhv', '2025-05-02', '2025-06-13')
                """)
            try registry.executeOutsideSamreg("UPDATE audit_context SET bulk = NULL WHERE id = 1")
            let path = try writeFile(dir, "r.csv", Self.csv((1...10).map(Self.row)))
            let error = samregError { _ = try Importer(registry: registry, family: Families.remiss).run(path: path) }
            #expect(error?.location == "\(path):5:1")
            #expect(error?.message == "remiss: record numbers above \(RecordWriter.maxId) are not supported")
            #expect(try registry.count("remiss") == 1)
        }
    }
}
