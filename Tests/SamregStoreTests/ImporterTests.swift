import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

@Suite("Importer")
struct ImporterTests {
    private static let header = "title,sender,category,received,deadline"

    private func importing(_ registry: Registry, _ family: Family, _ path: String) throws -> Int {
        try Importer(registry: registry, family: family).run(path: path)
    }

    private func titles(_ registry: Registry) throws -> [String] {
        try registry.read { db in try String.fetchAll(db, sql: "SELECT title FROM remiss ORDER BY id") }
    }

    // MARK: CSV

    @Test func csvWithAHeaderRowIsImported() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "remisser.csv", """
                \(Self.header)
                Vårdförlopp sepsis,SKR,kunskapsstyrning,2025-05-02,2025-06-13
                Nationellt system,Socialstyrelsen,myndighet,2025-04-01,2025-05-15

                """)
            #expect(try importing(registry, Families.remiss, path) == 2)
            #expect(try titles(registry) == ["Vårdförlopp sepsis", "Nationellt system"])
            #expect(try registry.row("remiss", id: 2)?["sender_id"] as Int64? == (try registry.organisationId("SoS")))
            // Imported records are audited and searchable.
            #expect(try registry.auditEntries().map(\.action) == ["insert", "insert"])
            #expect(try registry.count("search") == 2)
            #expect(try registry.verifyAudit().problems.isEmpty)
        }
    }

    /// The importer reuses its INSERT while the columns a row gives stay the same and binds the
    /// values itself: rows that give other columns (empty fields are not given, so the schema's
    /// defaults apply) must each get exactly their own values, text as given (NFC).
    @Test func rowsGivingDifferentColumnsEachGetTheirOwnValues() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "remisser.csv", """
                title,sender,category,received,deadline,case_number,joint,confidential,note
                Första,SKR,nhv,2025-05-02,2025-06-13,RÖ 2025-1,nej,ja,en not
                Andra,SKR,nhv,2025-05-03,2025-06-14,,,,
                Tredje,SKR,nhv,2025-05-04,2025-06-15,,,,
                Fjärde 🙂 e\u{0301},Socialstyrelsen,myndighet,2025-05-05,2025-06-16,RJL 2025/7,,ja,

                """)
            #expect(try importing(registry, Families.remiss, path) == 4)
            let rows = try registry.read { db in
                try Row.fetchAll(db, sql: "SELECT title, sender_id, category, received_on, case_number, case_issuer, case_serial, joint, confidential, note FROM remiss ORDER BY id")
            }
            try #require(rows.count == 4)
            #expect(rows[0]["title"] as String == "Första" && rows[0]["joint"] as Int == 0 && rows[0]["confidential"] as Int == 1)
            #expect(rows[0]["case_number"] as String == "RÖ 2025-1" && rows[0]["case_serial"] as String == "1" && rows[0]["note"] as String == "en not")
            for row in rows[1...2] {
                #expect(row["case_number"] as String? == nil && row["case_issuer"] as String? == nil && row["note"] as String? == nil)
                #expect(row["joint"] as Int == 1 && row["confidential"] as Int == 0, "the schema's defaults")
            }
            #expect(rows[1]["received_on"] as String == "2025-05-03" && rows[2]["received_on"] as String == "2025-05-04")
            #expect(rows[3]["title"] as String == "Fjärde 🙂 \u{e9}")
            #expect(rows[3]["case_issuer"] as String == "RJL" && rows[3]["case_serial"] as String == "7")
            #expect(rows[3]["sender_id"] as Int64 == (try registry.organisationId("SoS")) && rows[3]["confidential"] as Int == 1)
            #expect(rows[3]["joint"] as Int == 1 && rows[3]["note"] as String? == nil)
            // Each audit entry's after-image is its own row.
            let after = try registry.read { db in
                try String.fetchAll(db, sql: "SELECT json_extract(after, '$.title') FROM audit ORDER BY seq")
            }
            #expect(after == ["Första", "Andra", "Tredje", "Fjärde 🙂 \u{e9}"])
            #expect(try registry.verifyAudit().problems.isEmpty)
        }
    }

    /// A row that SQLite itself refuses (the same case number twice, by the schema's unique
    /// index) stops the import with the family's message at the row's line, nothing is
    /// written, and the next import works.
    @Test func aRowTheSchemaRefusesStopsTheImportAtItsLine() throws {
        try withRegistry { registry, dir throws in
            let twice = try writeFile(dir, "twice.csv", """
                title,sender,category,received,deadline,case_number
                Första,SKR,nhv,2025-05-02,2025-06-13,RÖ 2025-1
                Andra,SKR,nhv,2025-05-03,2025-06-14,
                Tredje,SKR,nhv,2025-05-04,2025-06-15,rö 2025–1

                """)
            let error = samregError { _ = try importing(registry, Families.remiss, twice) }
            #expect(error?.location == "\(twice):4:6", "\(String(describing: error))")
            #expect(error?.message == "duplicate case number 'rö 2025–1': remiss 1 already has it (written 'RÖ 2025-1')")
            #expect(try registry.count("remiss") == 0)
            #expect(try registry.count("audit") == 0)
            let good = try writeFile(dir, "good.csv", "title,sender,category,received,deadline\nEfteråt,SKR,nhv,2025-05-02,2025-06-13\n")
            #expect(try importing(registry, Families.remiss, good) == 1)
        }
    }

    @Test func semicolonSeparatedCsvWithByteOrderMarkIsImported() throws {
        try withRegistry { registry, dir throws in
            let text = """
                title;sender;category;received;deadline;note\r
                Vårdförlopp, sepsis;SKR;kunskapsstyrning;2025-05-02;2025-06-13;Svar via RPO\r
                Läkemedel;RÖ;nhv;2025-05-03;2025-06-14;\r

                """
            let path = try writeFile(dir, "excel.csv", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
            #expect(try importing(registry, Families.remiss, path) == 2)
            #expect(try titles(registry) == ["Vårdförlopp, sepsis", "Läkemedel"])
            #expect(try registry.row("remiss", id: 1)?["note"] as String? == "Svar via RPO")
            #expect(try registry.row("remiss", id: 2)?["note"] as String? == nil)
        }
    }

    @Test func quotedFieldsKeepCommasLineBreaksAndQuotes() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "permits.csv", #"""
                care_area,holder,status,consequence_analysis
                "Svåra brännskador, vuxna",RÖ,i_drift,"Rad ett
                Rad två med ""citat"", och komma"
                "Kort ""namn""",RJL,ansokt,

                """#)
            #expect(try importing(registry, Families.permit, path) == 2)
            let first = try #require(try registry.row("permit", id: 1))
            #expect(first["care_area"] as String == "Svåra brännskador, vuxna")
            #expect(first["consequence_analysis"] as String == "Rad ett\nRad två med \"citat\", och komma")
            #expect(try registry.row("permit", id: 2)?["care_area"] as String? == "Kort \"namn\"")
        }
    }

    @Test func wrongFieldCountIsReportedAtItsLineAndColumn() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "short.csv", """
                \(Self.header)
                A,SKR,nhv,2025-05-02,2025-06-13
                B,SKR,nhv,2025-05-02

                """)
            let error = samregError { _ = try importing(registry, Families.remiss, path) }
            #expect(error?.location == "\(path):3:5")
            #expect(error?.message == "expected 5 fields as in the header, found 4")
            #expect(error?.description == "\(path):3:5: expected 5 fields as in the header, found 4")
            #expect(try registry.count("remiss") == 0)
        }
    }

    @Test func linesAreCountedAcrossQuotedLineBreaks() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "multi.csv", """
                care_area,holder,status,consequence_analysis
                "Svåra brännskador",RÖ,i_drift,"Rad ett
                Rad två
                Rad tre"
                Hudsymtom,RÖ,i_drift,x,extra

                """)
            let error = samregError { _ = try importing(registry, Families.permit, path) }
            #expect(error?.location == "\(path):5:5")
            #expect(error?.message == "expected 4 fields as in the header, found 5")
        }
    }

    @Test func windowsLineBreaksInsideAndBetweenRowsCountOnce() throws {
        try withRegistry { registry, dir throws in
            let text = "care_area,holder,status,consequence_analysis\r\n\"Svåra brännskador\",RÖ,i_drift,\"Rad ett\r\nRad två\"\r\n"
                + "Hudsymtom,RÖ,i_drift,x,extra\r\n"
            let path = try writeFile(dir, "crlf.csv", Array(text.utf8))
            let error = samregError { _ = try importing(registry, Families.permit, path) }
            #expect(error?.location == "\(path):4:5")
        }
    }

    @Test func badValueIsReportedAtItsLineAndColumn() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "bad.csv", """
                \(Self.header)
                A,SKR,nhv,2025-05-02,2025-06-13
                B,SKR,nhv,2025-02-29,2025-06-13

                """)
            let error = samregError { _ = try importing(registry, Families.remiss, path) }
            #expect(error?.location == "\(path):3:4")
            #expect(error?.message.hasPrefix("remiss: received '2025-02-29' is not a valid date") == true)
        }
    }

    @Test func unknownColumnIsReportedInTheHeader() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "unknown.csv", "title,sender,colour\nA,SKR,blå\n")
            let error = samregError { _ = try importing(registry, Families.remiss, path) }
            #expect(error?.location == "\(path):1:3")
            #expect(error?.message.hasPrefix("unknown column 'colour' for remiss") == true)
        }
    }

    // Left out: invalid UTF-8 in a data row is reported as a wrong field count on the next
    // line, not as invalid UTF-8: CSV.swift's decoder ends the row at the bad byte and reads
    // the rest as a new row, and the importer looks at `reader.error` only after the last row
    // (see the report). Enable when fixed.
    @Test
    func invalidUTF8IsReportedAsSuch() throws {
        try withRegistry { registry, dir throws in
            let bytes = Array("\(Self.header)\nA,SKR,nhv,2025-05-02,2025-06-13\nV".utf8) + [0xE5] + Array("rd,SKR,nhv,2025-05-02,2025-06-13\n".utf8)
            let path = try writeFile(dir, "latin1.csv", bytes)
            let error = samregError { _ = try importing(registry, Families.remiss, path) }
            #expect(error?.message.contains("not valid UTF-8") == true, "\(String(describing: error))")
            #expect(error?.location?.hasPrefix("\(path):3:") == true)
            #expect(try registry.count("remiss") == 0)
        }
    }

    @Test func invalidUTF8IsRefusedWithoutWritingAnything() throws {
        try withRegistry { registry, dir throws in
            // Windows-1252 "Vård" in the last field of the last row.
            let bytes = Array("\(Self.header),note\nA,SKR,nhv,2025-05-02,2025-06-13,\nB,SKR,nhv,2025-05-02,2025-06-13,V".utf8)
                + [0xE5] + Array("rd\n".utf8)
            let path = try writeFile(dir, "latin1.csv", bytes)
            // The message is not yet the right one (see invalidUTF8IsReportedAsSuch); the
            // import is refused all the same and writes nothing.
            let error = samregError { _ = try importing(registry, Families.remiss, path) }
            #expect(error?.location?.hasPrefix("\(path):") == true)
            #expect(try registry.count("remiss") == 0)
            #expect(try registry.count("audit") == 0)
        }
    }

    @Test func duplicateHeaderColumnIsRefused() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "dup.csv", "title,sender,title\nA,SKR,B\n")
            let error = samregError { _ = try importing(registry, Families.remiss, path) }
            #expect(error?.location == "\(path):1:3")
            #expect(error?.message == "column 'title' appears twice in the header")
        }
    }

    @Test func emptyFileIsRefused() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "empty.csv", "")
            let error = samregError { _ = try importing(registry, Families.remiss, path) }
            #expect(error?.location == "\(path):1:1")
            #expect(error?.message == "cannot read a header row: the file is empty or not CSV")
        }
    }

    @Test func missingFileIsRefused() throws {
        try withRegistry { registry, dir throws in
            let error = samregError { _ = try importing(registry, Families.remiss, dir + "/none.csv") }
            #expect(error?.message == "no such file: \(dir)/none.csv")
        }
    }

    // MARK: JSON

    @Test func jsonArrayIsImported() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "remisser.json", """
                [
                  {"title": "Vårdförlopp sepsis", "sender": "SKR", "category": "kunskapsstyrning",
                   "received": "2025-05-02", "deadline": "2025-06-13", "joint": false, "note": null},
                  {"title": "Pris", "sender": "RÖ", "category": "nhv", "received": "2025-05-03",
                   "deadline": "2025-06-14", "joint": true, "id": 12}
                ]
                """)
            #expect(try importing(registry, Families.remiss, path) == 2)
            #expect(try titles(registry) == ["Vårdförlopp sepsis", "Pris"])
            #expect(try registry.row("remiss", id: 1)?["joint"] as Int? == 0)
            #expect(try registry.row("remiss", id: 12)?["joint"] as Int? == 1)
            let price = try writeFile(dir, "price.json", #"[{"year": 2024, "drg_price_kr": 86656, "fixed_share_pct": 74.6}]"#)
            #expect(try importing(registry, Families.price, price) == 1)
            #expect(try registry.row("price", id: 1)?["fixed_share_pct"] as Double? == 74.6)
            #expect(try registry.row("price", id: 1)?["drg_price_kr"] as Double? == 86656)
        }
    }

    private static let brokenJSON = """
        [
          {"title": "A", "sender": "SKR"},
          {"title": "B" "sender": "SKR"}
        ]
        """

    @Test func jsonSyntaxErrorIsRefused() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "broken.json", Self.brokenJSON)
            let error = samregError { _ = try importing(registry, Families.remiss, path) }
            #expect(error?.message.hasPrefix("not valid JSON") == true)
            #expect(error?.location?.hasPrefix("\(path):") == true)
            #expect(try registry.count("remiss") == 0)
        }
    }

    // Left out: on Linux, JSONSerialization gives no NSJSONSerializationErrorIndex (only
    // "Invalid value around character 53." in NSDebugDescription), so every JSON syntax error
    // is placed at 1:1 (see the report). Enable when fixed.
    @Test
    func jsonSyntaxErrorIsReportedWithItsLine() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "broken.json", Self.brokenJSON)
            let error = samregError { _ = try importing(registry, Families.remiss, path) }
            #expect(error?.location?.hasPrefix("\(path):3:") == true, "\(String(describing: error?.location))")
        }
    }

    @Test func jsonElementThatIsNotAnObjectIsRefused() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "mixed.json", """
                [
                  {"title": "A", "sender": "SKR", "category": "nhv", "received": "2025-05-02", "deadline": "2025-06-13"},
                  42
                ]
                """)
            let error = samregError { _ = try importing(registry, Families.remiss, path) }
            #expect(error?.message == "element 2 is not an object")
            #expect(error?.location == "\(path):3:3")
            let object = try writeFile(dir, "object.json", #"{"title": "A"}"#)
            let notArray = samregError { _ = try importing(registry, Families.remiss, object) }
            #expect(notArray?.message.hasPrefix("expected a JSON array of objects") == true)
            #expect(try registry.count("remiss") == 0)
        }
    }

    @Test func jsonBadValueIsReportedAtItsElement() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "bad.json", """
                [
                  {"title": "A", "sender": "SKR", "category": "nhv", "received": "2025-05-02", "deadline": "2025-06-13"},
                  {"title": "B", "sender": "SKR", "category": "nhv", "received": "2025-05-02", "deadline": "2025-04-13"}
                ]
                """)
            let error = samregError { _ = try importing(registry, Families.remiss, path) }
            #expect(error?.location == "\(path):3:3")
            #expect(error?.message == "remiss: deadline 2025-04-13 is before received 2025-05-02")
            #expect(try registry.count("remiss") == 0)
        }
    }

    // MARK: All or nothing, ids, derived columns

    @Test func badThirdRowLeavesNoRowsFromTheFirstTwo() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "three.csv", """
                \(Self.header)
                A,SKR,nhv,2025-05-02,2025-06-13
                B,SKR,nhv,2025-05-02,2025-06-13
                C,Okänd avsändare,nhv,2025-05-02,2025-06-13

                """)
            let error = samregError { _ = try importing(registry, Families.remiss, path) }
            #expect(error?.location == "\(path):4:2")
            #expect(error?.message.hasPrefix("sender: unknown organisation 'Okänd avsändare'") == true)
            #expect(try registry.count("remiss") == 0)
            #expect(try registry.count("audit") == 0)
            #expect(try registry.count("search") == 0)
        }
    }

    @Test func idsAreKeptOnImport() throws {
        try withRegistry { registry, dir throws in
            try registry.insert(Families.remiss, remissInput(["title": "Befintlig"]))
            let path = try writeFile(dir, "ids.csv", """
                id,\(Self.header)
                7,A,SKR,nhv,2025-05-02,2025-06-13
                12,B,SKR,nhv,2025-05-02,2025-06-13
                ,C,SKR,nhv,2025-05-02,2025-06-13

                """)
            #expect(try importing(registry, Families.remiss, path) == 3)
            let ids = try registry.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM remiss ORDER BY id") }
            #expect(ids == [1, 7, 12, 13])
            #expect(try registry.row("remiss", id: 7)?["title"] as String? == "A")
            #expect(try registry.row("remiss", id: 12)?["title"] as String? == "B")
            #expect(try registry.count("search") == 4)
            #expect(try Maintenance.check(registry).allSatisfy { $0.ok })
        }
    }

    @Test func rowsAlreadyStoredWithTheSameValuesAreLeftAsTheyAre() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "ids.csv", """
                id,\(Self.header),joint,case_number
                7,A,SKR,nhv,2025-05-02,2025-06-13,0,RÖ 2024-6246
                12,B,SKR,nhv,2025-05-02,2025-06-13,1,

                """)
            #expect(try importing(registry, Families.remiss, path) == 2)
            let audit = try registry.count("audit")
            #expect(try importing(registry, Families.remiss, path) == 0)
            #expect(try registry.count("remiss") == 2)
            #expect(try registry.count("audit") == audit)
        }
    }

    @Test func storedIdWithOtherValuesIsRefused() throws {
        try withRegistry { registry, dir throws in
            let first = try writeFile(dir, "first.csv", "id,\(Self.header)\n7,A,SKR,nhv,2025-05-02,2025-06-13\n")
            #expect(try importing(registry, Families.remiss, first) == 1)
            let second = try writeFile(dir, "second.csv", "id,\(Self.header)\n8,B,SKR,nhv,2025-05-02,2025-06-13\n7,Z,SKR,nhv,2025-05-02,2025-06-13\n")
            let error = samregError { _ = try importing(registry, Families.remiss, second) }
            #expect(error?.location == "\(second):3:2")
            #expect(error?.message == "duplicate id: remiss 7 already exists with another title (stored 'A', the file has 'Z')")
            #expect(try registry.count("remiss") == 1)
        }
    }

    // Left out: importing a hand-written file a second time fails when a value is written in
    // another accepted form than the stored one (nej vs 0, a name vs the code, NHV vs nhv,
    // 74,6 vs 74.6): `isAlreadyStored` compares the file's text with the stored text instead
    // of the parsed values (see the report). Enable when fixed.
    @Test
    func importingAHandWrittenFileTwiceChangesNothing() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "hand.csv", """
                id,\(Self.header),joint
                7,A,Socialstyrelsen,NHV,2025-05-02,2025-06-13,nej

                """)
            #expect(try importing(registry, Families.remiss, path) == 1)
            #expect(try importing(registry, Families.remiss, path) == 0)
            #expect(try registry.count("remiss") == 1)
        }
    }

    @Test func derivedColumnsLikeStatusAreIgnored() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "export.csv", """
                id,\(Self.header),status,answered,preparing
                3,A,SKR,nhv,2025-05-02,2025-06-13,besvarad,2025-05-20,
                4,B,SKR,nhv,2025-05-02,2025-06-30,nonsens,inte ett datum,

                """)
            #expect(try importing(registry, Families.remiss, path) == 2)
            let statuses = try registry.read { db in
                try String.fetchAll(db, sql: "SELECT \(Families.remissStatusSQL) FROM remiss t ORDER BY t.id")
            }
            // Today is 2025-06-17: the first is past its deadline, nothing was answered.
            #expect(statuses == ["forsenad", "oppen"])
            #expect(try registry.count("remiss_response") == 0)
        }
    }

    @Test func importedRecordsPassTheHealthCheck() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "r.csv", "\(Self.header)\nA,SKR,nhv,2025-05-02,2025-06-13\n")
            _ = try importing(registry, Families.remiss, path)
            let findings = try Maintenance.check(registry)
            #expect(findings.allSatisfy { $0.ok }, "\(findings.map { "\($0.check): \($0.detail)" })")
        }
    }

    @Test func formatFollowsTheFileExtension() {
        #expect(Importer.format(of: "x.json") == .json)
        #expect(Importer.format(of: "X.JSON") == .json)
        #expect(Importer.format(of: "x.csv") == .csv)
        #expect(Importer.format(of: "x.txt") == .csv)
    }

    // MARK: The audit trail of an import (written in bulk, AuditTrail.appendInserts)

    /// An import's records get the entries the insert triggers would write: one sealed
    /// `insert` per record, after-image equal to the record, the importer as actor; the chain
    /// verifies, every record matches its last entry, and the bulk flag is gone afterwards.
    @Test func importedRecordsGetOneSealedInsertEntryEachWithTheImporterAndTheRecordAsItStands() throws {
        try withRegistry { registry, dir throws in
            let svn = try registry.insert(Families.body, ["kind": "namnd", "name": "Samverkansnämnden", "short_name": "SVN",
                                                          "valid_from": "2020-01-01"])
            // Entries before the import, sealed already, and one of the same transaction's kind after.
            try registry.insert(Families.remiss, remissInput(["title": "Före"]))
            registry.command = "samreg import remiss r.csv"
            let path = try writeFile(dir, "r.csv", """
                \(Self.header),preparing,note
                A,SKR,nhv,2025-05-02,2025-06-13,SVN,"med ""citat"" och åäö"
                B,Socialstyrelsen,myndighet,2025-05-03,2025-06-14,,
                C,RÖ,kunskapsstyrning,2025-05-04,2025-06-15,SVN,

                """)
            #expect(try importing(registry, Families.remiss, path) == 3)
            let entries = try registry.auditEntries()
            let imported = entries.filter { $0.command == "samreg import remiss r.csv" }
            #expect(imported.filter { $0.table == "remiss" }.map(\.recordId) == [2, 3, 4])
            #expect(imported.filter { $0.table == "remiss_assignment" }.count == 2)
            #expect(imported.allSatisfy { $0.action == "insert" && $0.actor == "tester" && $0.before == nil && $0.hash?.count == 64 })
            #expect(entries.map(\.seq) == Array(1...Int64(entries.count)))
            let after = try #require(jsonObject(imported.first { $0.table == "remiss" }?.after))
            #expect(after["note"] as? String == "med \"citat\" och åäö")
            #expect(try registry.verifyAudit().problems.isEmpty)
            #expect(try registry.read { db in try AuditTrail.verifyState(db) }.total == 0)
            #expect(try registry.read { db in try String.fetchOne(db, sql: "SELECT bulk FROM audit_context") } == nil)
            _ = svn
            // Later writes chain on.
            try registry.update(Families.remiss, id: 3, ["note": "ändrad"])
            #expect(try registry.verifyAudit().problems.isEmpty)
            #expect(try registry.read { db in try AuditTrail.verifyState(db) }.total == 0)
        }
    }

    /// An imported record changed later by plain SQL, its audit trigger dropped, is found by
    /// the comparison with the trail (`audit verify`, `check`).
    @Test func anImportedRecordEditedLaterOutsideSamregIsDetected() throws {
        try withRegistry { registry, dir throws in
            let path = try writeFile(dir, "r.csv", "\(Self.header)\nA,SKR,nhv,2025-05-02,2025-06-13\nB,SKR,nhv,2025-05-02,2025-06-13\n")
            #expect(try importing(registry, Families.remiss, path) == 2)
            try registry.executeOutsideSamreg("DROP TRIGGER remiss_audit_update")
            try registry.executeOutsideSamreg("UPDATE remiss SET title = 'Ändrad' WHERE id = 2")
            let state = try registry.read { db in try AuditTrail.verifyState(db) }
            #expect(state.problems.map(\.description) == ["remiss 2: differs from its last audit entry (2) in title: changed outside samreg"])
            #expect(try Maintenance.check(registry).contains { !$0.ok })
        }
    }

    /// Inserting with the bulk flag set, outside samreg, leaves records without an entry:
    /// reported like records added with the trigger dropped.
    @Test func recordsInsertedOutsideSamregWithTheBulkFlagSetAreReported() throws {
        try withRegistry { registry, _ throws in
            try registry.executeOutsideSamreg("UPDATE audit_context SET bulk = 'remiss'")
            let sender = try registry.organisationId("SKR")
            try registry.executeOutsideSamreg("""
                INSERT INTO remiss (title, sender_id, category, received_on, deadline_on) VALUES ('Smyg', ?, 'nhv', '2025-05-02', '2025-06-13')
                """, [sender])
            let state = try registry.read { db in try AuditTrail.verifyState(db) }
            #expect(state.problems.map(\.description) == ["remiss 1: has no audit entry: added outside samreg with the audit trigger removed"])
            // samreg's own writes clear the flag: they are audited by the triggers as always.
            let id = try registry.insert(Families.remiss, remissInput())
            #expect(try registry.auditEntries().map(\.recordId) == [id])
        }
    }

    /// A trigger that does not read the flag (one written before it existed) audits the rows
    /// itself; the import then appends nothing, so each record still has one entry.
    @Test func anInsertTriggerThatIgnoresTheBulkFlagStillGivesOneEntryPerRecord() throws {
        try withRegistry { registry, dir throws in
            try registry.dbQueue.write { db in
                let sql = try #require(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'remiss_audit_insert'"))
                try db.execute(sql: "DROP TRIGGER remiss_audit_insert")
                try db.execute(sql: sql.replacingOccurrences(of: " AND bulk IS NOT 'remiss'", with: ""))
            }
            let path = try writeFile(dir, "r.csv", "\(Self.header)\nA,SKR,nhv,2025-05-02,2025-06-13\nB,SKR,nhv,2025-05-02,2025-06-13\n")
            #expect(try importing(registry, Families.remiss, path) == 2)
            #expect(try registry.auditEntries().map(\.recordId) == [1, 2])
            #expect(try registry.verifyAudit().problems.isEmpty)
            #expect(try registry.read { db in try AuditTrail.verifyState(db) }.total == 0)
        }
    }
}
