import Foundation
import SamregTestSupport
import Testing

/// `samreg import --max-errors N`: every bad row on its own line, then how many; nothing
/// written. Without it, the first bad row is the one line it always was.
@Suite("Import error list end to end")
struct ImportErrorListEndToEndTests {
    static let file = """
        title,sender,category,received,deadline
        God,SKR,nhv,2025-05-02,2025-06-13
        Fel datum,SKR,nhv,2025-02-30,2025-06-13
        Okänd,Okänd avsändare,nhv,2025-05-02,2025-06-13
        Kort,SKR,nhv
        Ordning,SKR,nhv,2025-05-02,2025-04-13

        """

    @Test func maxErrorsListsEveryBadRowAndImportsNothing() async throws {
        let box = try await Sandbox()
        _ = try await box.addRemiss(title: "Befintlig")
        let name = try box.write("remisser.csv", Self.file)
        let before = try box.dump()
        let result = await box.run(["import", "remiss", name, "--max-errors", "10"])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        let lines = result.stderrLines
        #expect(lines.count == 5, "\(result)")
        #expect(lines.allSatisfy { $0.hasPrefix("samreg: error: ") }, "\(result)")
        let expected = ["remisser.csv:3:4: remiss: received '2025-02-30' is not a valid date",
                        "remisser.csv:4:2: sender: unknown organisation 'Okänd avsändare'",
                        "remisser.csv:5:4: expected 5 fields as in the header, found 3",
                        "remisser.csv:6:5: remiss: deadline 2025-04-13 is before received 2025-05-02"]
        for (line, start) in zip(lines, expected) {
            #expect(line.hasPrefix("samreg: error: " + start), "\(line)")
        }
        #expect(lines.last == "samreg: error: 4 errors in the file; nothing was imported", "\(result)")
        #expect(try box.dump() == before)

        // 0 lists them all too; a cap stops reading and says so.
        let all = await box.run(["import", "remiss", name, "--max-errors", "0"])
        #expect(all.stderrLines.count == 5, "\(all)")
        let capped = await box.run(["import", "remiss", name, "--max-errors", "2"])
        #expect(capped.exitCode == 1)
        #expect(capped.stderrLines.count == 3, "\(capped)")
        #expect(capped.stderrLines.last == "samreg: error: 2 errors before the import stopped (the rest of the file was not checked); nothing was imported", "\(capped)")
        #expect(try box.dump() == before)
    }

    /// Rows without an id are written many to a statement: rows only the schema refuses (a
    /// case number given twice) in the middle of such a batch are each listed at their own
    /// line, in file order with the others, and nothing is written.
    @Test func rowsRefusedInsideABatchAreEachListed() async throws {
        let box = try await Sandbox()
        var rows = (1...100).map { "Remiss \($0),SKR,nhv,2025-05-02,2025-06-13,RÖ 2025-\($0)" }
        rows[29] = "Remiss 30,SKR,nhv,2025-05-02,2025-06-13,RÖ 2025-2"
        rows[30] = "Remiss 31,SKR,nhv,2025-02-30,2025-06-13,RÖ 2025-31"
        rows[59] = "Remiss 60,SKR,nhv,2025-05-02,2025-06-13,RÖ 2025-2"
        let name = try box.write("batch.csv", "title,sender,category,received,deadline,case_number\n" + rows.joined(separator: "\n") + "\n")
        let before = try box.dump()
        let result = await box.run(["import", "remiss", name, "--max-errors", "10"])
        #expect(result.exitCode == 1, "\(result)")
        let expected = ["samreg: error: batch.csv:31:6: duplicate case number 'RÖ 2025-2': remiss",
                        "samreg: error: batch.csv:32:4: remiss: received '2025-02-30' is not a valid date",
                        "samreg: error: batch.csv:61:6: duplicate case number 'RÖ 2025-2': remiss",
                        "samreg: error: 3 errors in the file; nothing was imported"]
        #expect(result.stderrLines.count == expected.count, "\(result)")
        for (line, start) in zip(result.stderrLines, expected) {
            #expect(line.hasPrefix(start), "\(line)")
        }
        #expect(try box.dump() == before)
        // Without --max-errors, the first of them is the one line.
        try await box.expectRefused(["import", "remiss", name], mentions: ["batch.csv:31:6: duplicate case number 'RÖ 2025-2'"])
        #expect(try box.dump() == before)
    }

    @Test func withoutMaxErrorsTheFirstBadRowIsTheOneLine() async throws {
        let box = try await Sandbox()
        let name = try box.write("remisser.csv", Self.file)
        try await box.expectRefused(["import", "remiss", name], mentions: ["remisser.csv:3:4: remiss: received '2025-02-30' is not a valid date"])
        try await box.expectRefused(["import", "remiss", name, "--max-errors", "1"], mentions: ["remisser.csv:3:4:"])
    }

    @Test func aNegativeMaxErrorsIsAUsageError() async throws {
        let box = try await Sandbox()
        let name = try box.write("remisser.csv", Self.file)
        let result = await box.run(["import", "remiss", name, "--max-errors", "-1"])
        #expect(result.exitCode == 64, "\(result)")
        #expect(result.stderr.contains("--max-errors"), "\(result)")
    }

    @Test func aGoodFileImportsAsBeforeWithMaxErrors() async throws {
        let box = try await Sandbox()
        let name = try box.write("good.csv", "title,sender,category,received,deadline\nGod,SKR,nhv,2025-05-02,2025-06-13\n")
        let result = await box.ok(["import", "remiss", name, "--max-errors", "100"])
        #expect(result.stdout == "imported 1 remiss record from good.csv\n", "\(result)")
    }
}
