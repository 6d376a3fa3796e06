import Foundation
import SamregTestSupport
import Testing

/// Import and export: what samreg writes out it reads back; spreadsheets' CSV and JSON.
@Suite("Import and export")
struct ImportExportTests {
    /// A registry with bodies, four remisser (one confidential, one closed, one with a title
    /// that needs quoting) and answers.
    func sourceRegistry() async throws -> Sandbox {
        try await Sandbox.fromFixture("import-export") { box in
            await box.addBodies()
            await box.ok(["body", "add", "--kind", "arbetsgrupp", "--name", "Arbetsgrupp katarakt",
                          "--parent", "RPO Ögon", "--valid-from", "2024-01-01"])
            try await box.addRemiss(title: "Vårdförlopp sepsis", extra: [
                "--case-number", "RJL 2025/1044", "--sender-ref", "SKR2025/00294",
                "--preparing", "RPO Ögon", "--preparing", "RSG Läkemedel", "--note", "Svar via RSL"])
            try await box.addRemiss(title: "Förslag om \"nationella\" riktlinjer, del 2; bilaga", sender: "SoS",
                                    category: "myndighet", received: "2025-04-01", deadline: "2025-05-15",
                                    extra: ["--case-number", "RÖ 2025–0811", "--joint", "nej"])
            try await box.addRemiss(title: "Sekretessbelagd", category: "nhv", received: "2025-05-20", deadline: "2025-08-20",
                                    extra: ["--confidential", "ja", "--responsible", "Bo Ek"])
            try await box.addRemiss(title: "Stängd", sender: "S", category: "myndighet",
                                    received: "2025-01-10", deadline: "2025-02-10")
            await box.ok(["remiss", "end", "4", "--on", "2025-02-01"])
            await box.ok(["remiss", "respond", "1", "--scope", "sosr", "--approved-by", "SVN", "--approved", "2025-06-10",
                          "--sent", "2025-06-11", "--case-number", "RÖ 2025-1200", "--position", "tillstyrker"])
            await box.ok(["remiss", "respond", "2", "--scope", "region", "--region", "RJL", "--kind", "avstar"])
            await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-06-10", "--paragraph", "§ 51",
                          "--kind", "yttrande", "--title", "Yttrande \"sepsis\", del 1", "--remiss", "1",
                          "--text", "Samverkansnämnden beslutar\n\natt tillstyrka, \"med tillägg\";\r\natt skicka svaret.",
                          "--recipients", "SKR; RÖ; RJL; RKL"])
        }
    }

    @Test(arguments: ["csv", "json"])
    func exportThenImportIntoAFreshRegistryRoundTrips(format: String) async throws {
        let source = try await sourceRegistry()
        let target = try await Sandbox()
        for family in ["body", "remiss", "response", "decision"] {
            let file = source.path("\(family).\(format)")
            let exported = await source.ok(["export", family, "--format", format, "--include-confidential", "--out", file])
            #expect(exported.stdout.isEmpty)
            let imported = await target.ok(["import", family, file])
            #expect(imported.stdout.hasPrefix("imported "), "\(imported)")
        }
        for family in ["body", "remiss", "response", "decision"] {
            let a = await source.ok([family, "list", "--format", "json"])
            let b = await target.ok([family, "list", "--format", "json"])
            #expect(a.stdout == b.stdout, "\(family) differs after the round trip")
        }
        await target.ok(["check"])
        // The imported remisser are in the search index.
        let search = await target.ok(["search", "sepsis", "--format", "csv"])
        #expect(search.stdout.contains("remiss,1,"), "\(search)")
    }

    @Test func importingTheSameExportAgainChangesNothingButADifferentRecordUnderAnIdIsRefused() async throws {
        let box = try await sourceRegistry()
        await box.ok(["export", "remiss", "--out", box.path("remisser.csv")])
        let before = try box.dump()
        let again = await box.ok(["import", "remiss", "remisser.csv"])
        #expect(again.stdout.contains("imported 0 remiss records"), "\(again)")
        #expect(try box.dump() == before)
        // Remiss 2's title changed in the file: its row (line 3) is refused, and nothing is kept.
        let text = try String(contentsOfFile: box.path("remisser.csv"), encoding: .utf8)
        try box.write("ändrad.csv", text.replacingOccurrences(of: "del 2; bilaga", with: "del 3; bilaga"))
        try await box.expectRefused(["import", "remiss", "ändrad.csv"], mentions: ["ändrad.csv:3:", "duplicate id", "remiss 2", "title"])
    }

    @Test func exportLeavesOutConfidentialRecordsUnlessAsked() async throws {
        let box = try await sourceRegistry()
        let plain = await box.ok(["export", "remiss", "--format", "json"])
        let ids = try JSONValue.parse(plain.stdout).objects().compactMap { $0.first { $0.0 == "id" }?.1.int }
        // In creation order (by id), without the confidential remiss 3.
        #expect(ids == [1, 2, 4])
        let all = await box.ok(["export", "remiss", "--format", "json", "--include-confidential"])
        #expect(try JSONValue.parse(all.stdout).objects().count == 4)
    }

    @Test func exportToAFileReplacesItOnlyWhenComplete() async throws {
        let box = try await sourceRegistry()
        let file = box.path("remisser.csv")
        await box.ok(["export", "remiss", "--out", file])
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(csvHeader(text).first == "id")
        #expect(text.contains("\"Förslag om \"\"nationella\"\" riktlinjer, del 2; bilaga\""), "\(text)")
        let result = await box.run(["export", "remiss", "--out", box.path("saknas/remisser.csv")])
        expectOneLineError(result, mentions: ["saknas"])
    }

    @Test func exportOverTheDatabaseItselfIsRefused() async throws {
        let box = try await sourceRegistry()
        try await box.expectRefused(["export", "remiss", "--out", box.db], mentions: [box.db])
    }

    @Test func csvWithSemicolonsAndAByteOrderMarkImports() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        var bytes = Data([0xEF, 0xBB, 0xBF])
        bytes.append(Data("""
            title;sender;category;received;deadline;case_number;preparing;note\r
            Vårdförlopp höftfraktur;SKR;kunskapsstyrning;2025-05-02;2025-06-13;RKL 2025/17;RPO Ögon;"Svar senast 13 juni; via RSL"\r
            "Remiss; med semikolon";Socialstyrelsen;myndighet;2025-05-03;2025-07-13;;;\r

            """.utf8))
        try box.write("excel.csv", bytes: bytes)
        let result = await box.ok(["import", "remiss", "excel.csv"])
        #expect(result.stdout.contains("imported 2 remiss records"), "\(result)")
        let first = try await box.show("remiss", "RKL 2025/17")
        #expect(first["title"]?.string == "Vårdförlopp höftfraktur")
        #expect(first["preparing"]?.string == "2")
        #expect(first["note"]?.string == "Svar senast 13 juni; via RSL")
        let second = try await box.show("remiss", "2")
        #expect(second["title"]?.string == "Remiss; med semikolon")
        #expect(second["sender"]?.string == "SoS")
        #expect(second["case_number"]?.isNull == true)
        await box.ok(["check"])
    }

    @Test func jsonImportWritesEveryRecord() async throws {
        let box = try await Sandbox()
        try box.write("remisser.json", """
            [
              {"title": "Nationellt vårdprogram", "sender": "SKR", "category": "kunskapsstyrning",
               "received": "2025-05-02", "deadline": "2025-06-13", "joint": true, "note": null},
              {"id": 10, "title": "Tillstånd NHV", "sender": "SoS", "category": "nhv",
               "received": "2025-05-10", "deadline": "2025-09-01", "case_number": "RÖ 2025-0420", "confidential": false}
            ]
            """)
        let result = await box.ok(["import", "remiss", "remisser.json"])
        #expect(result.stdout.contains("imported 2 remiss records"), "\(result)")
        #expect(try await box.listIds("remiss") == [1, 10])
        #expect(try await box.show("remiss", "RÖ 2025-0420")["id"]?.int == 10)
        #expect(try await box.show("remiss", "1")["joint"]?.int == 1)
    }

    @Test func importFromStandardInputNeedsItsFormat() async throws {
        let box = try await Sandbox()
        let json = #"[{"title": "Från stdin", "sender": "SKR", "category": "nhv", "received": "2025-05-02", "deadline": "2025-06-13"}]"#
        await box.ok(["import", "remiss", "-", "--format", "json"], stdin: json)
        #expect(try await box.show("remiss", "1")["title"]?.string == "Från stdin")
        await box.ok(["import", "remiss", "-"], stdin: "title,sender,category,received,deadline\nCSV från stdin,SKR,nhv,2025-05-02,2025-06-14\n")
        #expect(try await box.show("remiss", "2")["title"]?.string == "CSV från stdin")
    }

    @Test func badJSONRecordIsReportedAtItsLineAndColumnAndNothingIsKept() async throws {
        let box = try await Sandbox()
        try box.write("remisser.json", """
            [
              {"title": "Bra", "sender": "SKR", "category": "nhv", "received": "2025-05-02", "deadline": "2025-06-13"},
              {"title": "Dålig", "sender": "SKR", "category": "nhv", "received": "2025-05-02", "deadline": "2025-13-13"}
            ]
            """)
        let result = try await box.expectRefused(["import", "remiss", "remisser.json"], mentions: ["deadline", "2025-13-13"])
        #expect(result.stderr.hasPrefix("samreg: error: remisser.json:3:3: "), "\(result)")
        #expect(try await box.listIds("remiss") == [])
    }

    @Test func jsonThatIsNotAnArrayOfObjectsIsRefused() async throws {
        let box = try await Sandbox()
        try box.write("objekt.json", #"{"title": "Inte en lista"}"#)
        let object = try await box.expectRefused(["import", "remiss", "objekt.json"], mentions: ["array"])
        #expect(object.stderr.hasPrefix("samreg: error: objekt.json:1:1: "), "\(object)")
        try box.write("blandat.json", "[\n  {\"title\": \"A\"},\n  42\n]\n")
        let mixed = try await box.expectRefused(["import", "remiss", "blandat.json"], mentions: ["element 2", "not an object"])
        #expect(mixed.stderr.hasPrefix("samreg: error: blandat.json:3:3: "), "\(mixed)")
    }

    @Test func invalidJSONIsRefusedAndNothingWritten() async throws {
        let box = try await Sandbox()
        try box.write("trasig.json", """
            [
              {"title": "A", "sender": "SKR", "category": "nhv", "received": "2025-05-02", "deadline": "2025-06-13"},
              {"title": "B" "sender": "SKR"}
            ]
            """)
        let result = try await box.expectRefused(["import", "remiss", "trasig.json"], mentions: ["not valid JSON"])
        // The syntax error is on line 3 (after "B").
        #expect(result.stderr.hasPrefix("samreg: error: trasig.json:3:"), "\(result)")
    }
}
