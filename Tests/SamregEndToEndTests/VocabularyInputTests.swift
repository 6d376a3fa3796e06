import Foundation
import SamregTestSupport
import Testing

/// A vocabulary value is accepted as its code or as the Swedish label the reports print, in any
/// case and with or without å, ä, ö (`--status försenad`, `'I drift'`), and stored as the code;
/// a misspelt value is refused with one line that says what was probably meant.
@Suite("Vocabulary input")
struct VocabularyInputTests {
    func registry() async throws -> Sandbox {
        try await Sandbox.fromFixture("vocabulary-input") { box in
            await box.addBodies()
        }
    }

    /// The stored status of each permit, by care area.
    func permitStatuses(_ box: Sandbox) async -> [String: String] {
        let csv = await box.ok(["permit", "list", "--format", "csv"]).stdout
        let lines = csv.split(separator: "\n").map(String.init)
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false),
              let column = header.firstIndex(of: "status"), let area = header.firstIndex(of: "care_area") else { return [:] }
        var statuses: [String: String] = [:]
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            statuses[cells[area]] = cells[column]
        }
        return statuses
    }

    @Test func addAndUpdateTakeTheLabelInAnyCaseAndStoreTheCode() async throws {
        let box = try await registry()
        await box.ok(["permit", "add", "--care-area", "Svåra brännskador", "--holder", "RÖ", "--status", "I drift",
                      "--decided", "2023-12-01", "--start", "2024-07-01"])
        await box.ok(["permit", "add", "--care-area", "Kraniofacial kirurgi", "--holder", "RÖ", "--status", "BEVILJAT",
                      "--decided", "2024-02-01"])
        await box.ok(["permit", "add", "--care-area", "Ryggmärgsskador", "--holder", "RÖ", "--status", "ansökt"])
        #expect(await permitStatuses(box) == ["Svåra brännskador": "i_drift", "Kraniofacial kirurgi": "beviljat", "Ryggmärgsskador": "ansokt"])
        await box.ok(["permit", "update", "3", "--status", "Under Förberedelse"])
        await box.ok(["permit", "update", "2", "--status", "i-drift", "--start", "2025-01-01"])
        #expect(await permitStatuses(box) == ["Svåra brännskador": "i_drift", "Kraniofacial kirurgi": "i_drift", "Ryggmärgsskador": "forberedelse"])
        let remiss = try await box.addRemiss(category: "Nationell högspecialiserad vård")
        _ = remiss
        let csv = await box.ok(["remiss", "list", "--format", "csv"]).stdout
        #expect(csv.contains(",nhv,"), "\(csv)")
    }

    @Test func listFiltersTakeTheLabelInAnyCase() async throws {
        let box = try await registry()
        await box.ok(["permit", "add", "--care-area", "Svåra brännskador", "--holder", "RÖ", "--status", "i_drift",
                      "--decided", "2023-12-01", "--start", "2024-07-01"])
        await box.ok(["permit", "add", "--care-area", "Ryggmärgsskador", "--holder", "RÖ", "--status", "ansokt"])
        for written in ["I drift", "i drift", "I DRIFT", "i_drift"] {
            let out = await box.ok(["permit", "list", "--status", written, "--format", "csv"]).stdout
            #expect(out.contains("Svåra brännskador") && !out.contains("Ryggmärgsskador"), "\(written): \(out)")
        }
        let ansokt = await box.ok(["permit", "list", "--status", "ANSÖKT", "--format", "csv"]).stdout
        #expect(ansokt.contains("Ryggmärgsskador") && !ansokt.contains("Svåra brännskador"))
        try await box.addRemiss(category: "myndighet")
        for written in ["Försenad", "forsenad", "FÖRSENAD", "Öppen"] {
            await box.ok(["remiss", "list", "--status", written])
        }
        let byLabel = await box.ok(["remiss", "list", "--category", "Myndighet/departement", "--format", "csv"]).stdout
        #expect(byLabel.contains("Vårdförlopp sepsis"))
    }

    @Test func importTakesLabelsAndStoresCodes() async throws {
        let box = try await registry()
        let file = try box.write("permits.csv", """
            care_area,holder,status,decided,start
            Svåra brännskador,RÖ,I drift,2023-12-01,2024-07-01
            Ryggmärgsskador,RÖ,Ansökt,,

            """)
        await box.ok(["import", "permit", file])
        #expect(await permitStatuses(box) == ["Svåra brännskador": "i_drift", "Ryggmärgsskador": "ansokt"])
    }

    @Test func aMisspeltValueIsRefusedWithDidYouMeanAndNothingWritten() async throws {
        let box = try await registry()
        await box.ok(["permit", "add", "--care-area", "Svåra brännskador", "--holder", "RÖ", "--status", "i_drift",
                      "--decided", "2023-12-01", "--start", "2024-07-01"])
        let add = try await box.expectRefused(["permit", "add", "--care-area", "X", "--holder", "RÖ", "--status", "i drfit"],
                                              mentions: ["status", "'i drfit'", "did you mean 'i_drift' (I drift)?", "avslutat"])
        #expect(add.stderr.contains("samreg: error:"))
        try await box.expectRefused(["permit", "update", "1", "--status", "Avslutet"],
                                    mentions: ["status", "did you mean 'avslutat' (Avslutat)?"])
        try await box.expectRefused(["remiss", "add", "--title", "T", "--sender", "SKR", "--category", "kunskapstyrning",
                                     "--received", "2025-05-02", "--deadline", "2025-06-13"],
                                    mentions: ["category", "did you mean 'kunskapsstyrning' (Kunskapsstyrning)?"])
        try await box.expectRefused(["permit", "list", "--status", "idrift"],
                                    mentions: ["--status", "did you mean 'i_drift' (I drift)?"])
        try await box.expectRefused(["remiss", "list", "--status", "forsenat"],
                                    mentions: ["--status", "did you mean 'forsenad' (Försenad)?"])
        let file = try box.write("bad.csv", """
            care_area,holder,status
            Ryggmärgsskador,RÖ,ansökt
            Kraniofacial kirurgi,RÖ,Beviljad

            """)
        try await box.expectRefused(["import", "permit", file], mentions: ["bad.csv:3:", "did you mean 'beviljat' (Beviljat)?"])
    }

    @Test func aValueFarFromEveryWordGetsNoGuessButTheValidWords() async throws {
        let box = try await registry()
        let result = try await box.expectRefused(["permit", "list", "--status", "zebra"],
                                                 mentions: ["'zebra'", "forberedelse, ansokt, beviljat"])
        #expect(!result.stderr.contains("did you mean"))
    }

    @Test func aMisspeltCommandGetsDidYouMean() async throws {
        let box = try await registry()
        try await box.expectRefused(["remis", "list"], mentions: ["'remis'", "did you mean 'remiss'?"])
        try await box.expectRefused(["remiss", "lsit"], mentions: ["'lsit'", "samreg remiss", "did you mean 'list'?"])
        try await box.expectRefused(["report", "anual", "--year", "2024"], mentions: ["did you mean 'annual'?"])
        // Commands spelt right run; a word close to no command gets the parser's own message.
        await box.ok(["remiss", "list"])
        let far = await box.run(["zzzz"])
        #expect(far.exitCode != 0 && !far.stderr.contains("did you mean"))
    }
}
