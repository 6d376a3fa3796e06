import Foundation
import GRDB
import SamregTestSupport
import Testing

/// Bad input is refused with one line on standard error naming the field and the value, a
/// non-zero exit, and a database exactly as it was.
@Suite("Rejected input")
struct RejectedInputTests {
    /// A registry with bodies 1 SVN, 2 RPO Ögon, 3 RSG Läkemedel; remiss 1 'RJL 2025/1044'
    /// (received 2025-05-02), remiss 2 'RÖ 2024-6246'; NHV permit 1.
    func registry() async throws -> Sandbox {
        try await Sandbox.fromFixture("rejected-input") { box in
            await box.addBodies()
            try await box.addRemiss(extra: ["--case-number", "RJL 2025/1044", "--preparing", "RPO Ögon"])
            try await box.addRemiss(title: "Reviderat riksavtal", received: "2024-06-01", deadline: "2024-10-31",
                                    extra: ["--case-number", "RÖ 2024-6246"])
            await box.ok(["permit", "add", "--care-area", "Svåra brännskador", "--holder", "RÖ", "--status", "i_drift",
                          "--decided", "2023-12-01", "--start", "2024-07-01"])
        }
    }

    @Test func theDumpSeesEveryChangeSoUnchangedMeansNothingWritten() async throws {
        let box = try await registry()
        let before = try box.dump()
        await box.ok(["remiss", "update", "1", "--note", "x"])
        let afterUpdate = try box.dump()
        #expect(afterUpdate != before)
        // The record, its audit row and the audit sequence all show.
        #expect(afterUpdate.contains("note=\"x\""))
        #expect(afterUpdate.contains("action=\"update\""))
        await box.ok(["remiss", "list"])
        #expect(try box.dump() == afterUpdate)
    }

    // MARK: Unknown ids and references

    @Test func updatingAnUnknownRemissIdIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "update", "999", "--note", "x"], mentions: ["remiss", "999"])
    }

    @Test func answeringAnUnknownRemissIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["response", "add", "--remiss", "999", "--scope", "sosr"], mentions: ["remiss", "999"])
        try await box.expectRefused(["remiss", "respond", "999", "--scope", "sosr"], mentions: ["remiss", "999"])
        try await box.expectRefused(["remiss", "respond", "RJL 2099/1", "--scope", "sosr"], mentions: ["remiss", "RJL 2099/1"])
    }

    @Test func endingOrShowingAnUnknownRecordIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["permit", "end", "999", "--on", "2025-06-30"], mentions: ["permit", "999"])
        try await box.expectRefused(["workload", "update", "7", "--note", "x"], mentions: ["workload", "7"])
        try await box.expectRefused(["remiss", "show", "999"], mentions: ["remiss", "999"])
        try await box.expectRefused(["remiss", "show", "RKL 2001/1"], mentions: ["remiss", "RKL 2001/1"])
    }

    @Test func decisionLinkedToAnUnknownRemissIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["decision", "add", "--body", "SVN", "--date", "2025-06-10", "--kind", "beslut",
                                     "--title", "Beslut", "--remiss", "999"], mentions: ["remiss", "999"])
        try await box.expectRefused(["response", "add", "--remiss", "1", "--scope", "sosr", "--decision", "42"],
                                    mentions: ["decision", "42"])
    }

    @Test func unknownSenderOrganisationIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "add", "--title", "T", "--sender", "XYZ", "--category", "nhv",
                                     "--received", "2025-05-02", "--deadline", "2025-06-13"], mentions: ["organisation", "'XYZ'"])
        try await box.expectRefused(["workload", "add", "--specialty", "urologi", "--status", "beslutad",
                                     "--performing-region", "Region Atlantis"], mentions: ["organisation", "Region Atlantis"])
        try await box.expectRefused(["remiss", "respond", "1", "--scope", "region", "--region", "QQ"],
                                    mentions: ["organisation", "'QQ'"])
    }

    @Test func unknownReferenceMessageNamesTheField() async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "add", "--title", "T", "--sender", "XYZ", "--category", "nhv",
                                     "--received", "2025-05-02", "--deadline", "2025-06-13"],
                                    mentions: ["sender", "XYZ"])
        try await box.expectRefused(["remiss", "add", "--title", "T", "--sender", "SKR", "--category", "nhv",
                                     "--received", "2025-05-02", "--deadline", "2025-06-13", "--preparing", "Ingen grupp"],
                                    mentions: ["preparing", "Ingen grupp"])
    }

    @Test func unknownBodyIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "add", "--title", "T", "--sender", "SKR", "--category", "nhv",
                                     "--received", "2025-05-02", "--deadline", "2025-06-13",
                                     "--preparing", "RPO Ögon", "--preparing", "Ingen sådan grupp"],
                                    mentions: ["body", "Ingen sådan grupp"])
        try await box.expectRefused(["remiss", "respond", "1", "--scope", "sosr", "--approved-by", "Kommunfullmäktige"],
                                    mentions: ["body", "Kommunfullmäktige"])
        try await box.expectRefused(["body", "add", "--kind", "rpo", "--name", "RPO Hud", "--parent", "77"],
                                    mentions: ["body", "77"])
    }

    // MARK: Dates

    @Test(arguments: ["2025-02-30", "2025-2-1", "2025-13-01", "2025-06-17T10:00", "17/6/2025"])
    func invalidDateIsRejectedAndNothingWritten(date: String) async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "add", "--title", "T", "--sender", "SKR", "--category", "nhv",
                                     "--received", date, "--deadline", "2025-12-31"], mentions: ["received", "'\(date)'"])
        try await box.expectRefused(["remiss", "update", "1", "--deadline", date], mentions: ["deadline", "'\(date)'"])
        try await box.expectRefused(["permit", "update", "1", "--start", date], mentions: ["start", "'\(date)'"])
    }

    @Test func invalidEndDateIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        let before = try box.dump()
        let result = await box.run(["permit", "end", "1", "--on", "2025-02-30"])
        #expect(result.exitCode != 0)
        #expect(result.stderr.contains("--on") && result.stderr.contains("2025-02-30"), "\(result)")
        #expect(try box.dump() == before)
        expectOneLineError(result, mentions: ["--on", "2025-02-30"])
    }

    @Test func deadlineBeforeReceiptIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "add", "--title", "T", "--sender", "SKR", "--category", "nhv",
                                     "--received", "2025-05-02", "--deadline", "2025-04-13"],
                                    mentions: ["deadline", "2025-04-13", "received", "2025-05-02"])
        try await box.expectRefused(["remiss", "update", "1", "--deadline", "2025-01-01"],
                                    mentions: ["deadline", "2025-01-01", "2025-05-02"])
        try await box.expectRefused(["remiss", "update", "1", "--received", "2025-07-01"],
                                    mentions: ["deadline", "2025-06-30", "2025-07-01"])
    }

    @Test func answerBeforeReceiptIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "respond", "1", "--scope", "sosr", "--approved", "2025-04-30"],
                                    mentions: ["approved", "2025-04-30"])
        try await box.expectRefused(["remiss", "respond", "1", "--scope", "sosr", "--sent", "2025-01-02"],
                                    mentions: ["sent", "2025-01-02"])
        try await box.expectRefused(["remiss", "end", "1", "--on", "2025-01-01"], mentions: ["closed", "2025-01-01"])
    }

    @Test func permitDatesOutOfOrderAreRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["permit", "end", "1", "--on", "2024-01-01"], mentions: ["end", "2024-01-01"])
        try await box.expectRefused(["permit", "add", "--care-area", "X", "--holder", "RJL", "--status", "beviljat",
                                     "--applied", "2024-05-01", "--decided", "2024-04-01"],
                                    mentions: ["decided", "2024-04-01", "applied", "2024-05-01"])
    }

    // MARK: Duplicates

    struct CaseNumberPair: Sendable, CustomTestStringConvertible {
        let first: String
        let second: String
        var testDescription: String { "'\(first)' then '\(second)'" }
    }

    @Test(arguments: [
        CaseNumberPair(first: "RJL 2025/1044", second: "RJL 2025/1044"),
        CaseNumberPair(first: "RÖ 2024-6246", second: "RÖ 2024–6246"),
        CaseNumberPair(first: "RÖ 2024–6246", second: "RÖ 2024-6246"),
        CaseNumberPair(first: "RÖ 2024-6246", second: "RÖ 2024/6246"),
    ])
    func duplicateCaseNumberIsRejectedAndNothingWritten(pair: CaseNumberPair) async throws {
        let box = try await Sandbox()
        try await box.addRemiss(title: "Första", extra: ["--case-number", pair.first])
        try await box.expectRefused(["remiss", "add", "--title", "Andra", "--sender", "SoS", "--category", "myndighet",
                                     "--received", "2025-05-10", "--deadline", "2025-08-01", "--case-number", pair.second],
                                    mentions: ["case number", pair.second])
    }

    @Test func changingACaseNumberToOneAlreadyTakenIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "update", "2", "--case-number", "RJL 2025–1044"],
                                    mentions: ["case number", "RJL 2025–1044"])
        try await box.expectRefused(["remiss", "update", "1", "--case-number", "ingen diarieform"],
                                    mentions: ["case_number", "ingen diarieform"])
    }

    @Test func secondAnswerWithTheSameScopeIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        await box.ok(["remiss", "respond", "1", "--scope", "sosr", "--approved-by", "SVN", "--approved", "2025-06-10"])
        try await box.expectRefused(["remiss", "respond", "1", "--scope", "sosr"], mentions: ["remiss 1", "already", "sosr"])
        await box.ok(["remiss", "respond", "1", "--scope", "region", "--region", "RJL", "--kind", "avstar"])
        try await box.expectRefused(["remiss", "respond", "1", "--scope", "region", "--region", "RJL"],
                                    mentions: ["remiss 1", "already", "region"])
    }

    // MARK: Vocabularies

    @Test func unknownCategoryIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "add", "--title", "T", "--sender", "SKR", "--category", "foo",
                                     "--received", "2025-05-02", "--deadline", "2025-06-13"], mentions: ["category", "'foo'"])
        try await box.expectRefused(["remiss", "update", "1", "--category", "Departement"], mentions: ["category", "'Departement'"])
    }

    @Test func unknownPermitStatusIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["permit", "add", "--care-area", "X", "--holder", "RÖ", "--status", "bogus"],
                                    mentions: ["status", "'bogus'"])
        try await box.expectRefused(["permit", "update", "1", "--status", "beviljad"], mentions: ["status", "'beviljad'"])
        try await box.expectRefused(["permit", "update", "1", "--status", "avslutat"], mentions: ["end"])
    }

    @Test func otherUnknownVocabularyValuesAreRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "respond", "1", "--scope", "gemensam"], mentions: ["scope", "'gemensam'"])
        try await box.expectRefused(["workload", "add", "--specialty", "urologi", "--status", "klar"], mentions: ["status", "'klar'"])
        try await box.expectRefused(["decision", "add", "--body", "SVN", "--date", "2025-06-10", "--kind", "dom",
                                     "--title", "X"], mentions: ["kind", "'dom'"])
        try await box.expectRefused(["remiss", "update", "1", "--joint", "kanske"], mentions: ["joint", "'kanske'"])
    }

    @Test func unknownFilterValueIsRejected() async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "list", "--status", "bogus"], mentions: ["--status", "'bogus'"])
        try await box.expectRefused(["remiss", "list", "--category", "foo"], mentions: ["--category", "'foo'"])
        try await box.expectRefused(["permit", "list", "--holder", "XYZ"], mentions: ["--holder", "XYZ"])
        try await box.expectRefused(["remiss", "list", "--due-within", "-3"], mentions: ["--due-within", "-3"])
    }

    // MARK: Import files

    @Test func malformedCSVRowStopsTheImportAtFileLineColumnAndKeepsNoRow() async throws {
        let box = try await registry()
        try box.write("remisser.csv", """
            title,sender,category,received,deadline
            Första,SKR,nhv,2025-05-02,2025-06-13
            Andra,SoS,myndighet,2025-05-03,2025-07-01
            Tredje,SKR,nhv,2025-05-02,2025-06-31
            Fjärde,SKR,nhv,2025-05-02,2025-06-13

            """)
        let result = try await box.expectRefused(["import", "remiss", "remisser.csv"], mentions: ["deadline", "2025-06-31"])
        #expect(result.stderr.hasPrefix("samreg: error: remisser.csv:4:5: "), "\(result)")
        #expect(try await box.listIds("remiss") == [2, 1])
    }

    @Test func csvRowWithTooFewFieldsIsReportedAtItsLine() async throws {
        let box = try await registry()
        try box.write("short.csv", "title,sender,category,received,deadline\nFörsta,SKR,nhv,2025-05-02,2025-06-13\nAndra,SKR,nhv\n")
        let result = try await box.expectRefused(["import", "remiss", "short.csv"], mentions: ["expected 5 fields", "found 3"])
        #expect(result.stderr.hasPrefix("samreg: error: short.csv:3:"), "\(result)")
    }

    @Test func csvRowAfterAMultiLineFieldIsReportedAtItsOwnLine() async throws {
        let box = try await registry()
        try box.write("beslut.csv", "body,date,kind,title,text\nSVN,2025-01-10,beslut,D1,\"rad ett\nrad två\nrad tre\"\nSVN,2025-01-11,beslut,D2,ok\nSVN,2025-01-12,dom,D3,x\n")
        let result = try await box.expectRefused(["import", "decision", "beslut.csv"], mentions: ["kind", "'dom'"])
        #expect(result.stderr.hasPrefix("samreg: error: beslut.csv:6:3: "), "\(result)")
    }

    @Test func duplicateCaseNumbersWithinOneImportFileAreRejected() async throws {
        let box = try await registry()
        try box.write("dubbel.csv", "title,sender,category,received,deadline,case_number\nX1,SKR,nhv,2025-05-02,2025-06-13,RJL 2030/5\nX2,SKR,nhv,2025-05-02,2025-06-13,RJL 2030–5\n")
        let result = try await box.expectRefused(["import", "remiss", "dubbel.csv"], mentions: ["case number", "RJL 2030–5"])
        #expect(result.stderr.hasPrefix("samreg: error: dubbel.csv:3:6: "), "\(result)")
    }

    @Test func importWithAnUnknownColumnIsRejectedAtTheHeader() async throws {
        let box = try await registry()
        try box.write("rubrik.csv", "titel,sender,category,received,deadline\nX,SKR,nhv,2025-05-02,2025-06-13\n")
        let result = try await box.expectRefused(["import", "remiss", "rubrik.csv"], mentions: ["unknown column", "'titel'"])
        #expect(result.stderr.hasPrefix("samreg: error: rubrik.csv:1:1: "), "\(result)")
    }

    @Test func importFromAMissingFileIsRejectedAndNothingWritten() async throws {
        let box = try await registry()
        try await box.expectRefused(["import", "remiss", "saknas.csv"], mentions: ["saknas.csv"])
    }

    @Test func importRowMissingARequiredFieldIsRejected() async throws {
        let box = try await registry()
        try box.write("krav.json", """
            [
              {"title": "Utan mottagningsdag", "sender": "SKR", "category": "nhv", "deadline": "2025-06-13"}
            ]
            """)
        let result = try await box.expectRefused(["import", "remiss", "krav.json"], mentions: ["received", "required"])
        #expect(result.stderr.hasPrefix("samreg: error: krav.json:2:"), "\(result)")
    }

    // MARK: The database file

    @Test(.enabled(if: permissionsCanBeTested, "permission bits do not bind this user and samreg cannot run as another"))
    func readOnlyDatabaseFileIsRefusedForWritingAndNothingWritten() async throws {
        let box = try await registry()
        chmod(box.db, 0o444)
        defer { chmod(box.db, 0o600) }
        // Root may write whatever the bits say: then run samreg as user nobody.
        let asNobody = permissionBitsAreIgnored
        try await box.expectRefused(["remiss", "update", "1", "--note", "x"], mentions: ["read-only", box.db],
                                    asNobody: asNobody)
        try await box.expectRefused(["import", "remiss", "-"], mentions: ["read-only"],
                                    stdin: "title,sender,category,received,deadline\nX,SKR,nhv,2025-05-02,2025-06-13\n",
                                    asNobody: asNobody)
        // Reading still works.
        let list = await box.run(["remiss", "list", "--format", "csv"], asNobody: asNobody)
        #expect(list.succeeded, "\(list)")
        #expect(list.stdout.contains("Vårdförlopp sepsis"), "\(list)")
    }

    @Test func readOnlyDatabaseFileCanStillBeRead() async throws {
        let box = try await registry()
        chmod(box.db, 0o444)
        defer { chmod(box.db, 0o600) }
        #expect(try await box.listIds("remiss") == [2, 1])
        await box.ok(["check"])
    }

    @Test func databaseInAMissingDirectoryIsRefusedAndNothingCreated() async throws {
        let box = try await Sandbox(initialise: false)
        let missing = box.path("saknad-katalog/registry.sqlite")
        for arguments in [["init"], ["remiss", "list"],
                          ["remiss", "add", "--title", "T", "--sender", "SKR", "--category", "nhv",
                           "--received", "2025-05-02", "--deadline", "2025-06-13"]] {
            let result = await box.run(arguments, db: .file(missing))
            expectOneLineError(result, mentions: ["saknad-katalog", "does not exist"])
        }
        #expect(!FileManager.default.fileExists(atPath: box.path("saknad-katalog")))
    }

    @Test func missingDatabaseFileIsRefusedAndNotCreated() async throws {
        let box = try await Sandbox(initialise: false)
        for arguments in [["remiss", "list"], ["seed"], ["remiss", "update", "1", "--note", "x"]] {
            let result = await box.run(arguments, db: .file("saknas.sqlite"))
            expectOneLineError(result, mentions: ["saknas.sqlite", "samreg init"])
        }
        #expect(!FileManager.default.fileExists(atPath: box.path("saknas.sqlite")))
    }

    @Test func databaseFromANewerSamregIsRefusedAndNothingWritten() async throws {
        let box = try await registry()
        let queue = try box.openForWriting()
        try await queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_from_the_future')")
        }
        try queue.close()
        try await box.expectRefused(["remiss", "list"], mentions: ["newer", "9999_from_the_future"])
        try await box.expectRefused(["remiss", "update", "1", "--note", "x"], mentions: ["newer"])
        try await box.expectRefused(["init"], mentions: ["newer"])
        try await box.expectRefused(["seed"], mentions: ["newer"])
    }

    @Test func lockedDatabaseIsReportedAsLockedAndNothingWritten() async throws {
        let box = try await registry()
        let before = try box.dump()
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let queue = try DatabaseQueue(path: box.db, configuration: configuration)
        // Another writer holds the lock (the transaction stays open between the two calls).
        try await queue.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        // samreg waits its busy timeout (10 s) and gives up; readers are not blocked (WAL).
        async let blockedWrite = box.run(["remiss", "update", "1", "--note", "låst"])
        let read = await box.run(["remiss", "list", "--format", "csv"])
        let write = await blockedWrite
        try await queue.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        try queue.close()
        expectOneLineError(write, mentions: ["locked", box.db])
        #expect(read.succeeded, "\(read)")
        #expect(read.stdout.contains("Vårdförlopp sepsis"), "\(read)")
        #expect(try box.dump() == before)
    }

    @Test func textFileAsDatabaseIsRefusedAndLeftAlone() async throws {
        let box = try await Sandbox(initialise: false)
        let contents = "Detta är ingen databas.\n"
        try box.write("anteckningar.txt", contents)
        for arguments in [["init"], ["remiss", "list"],
                          ["remiss", "add", "--title", "T", "--sender", "SKR", "--category", "nhv",
                           "--received", "2025-05-02", "--deadline", "2025-06-13"]] {
            let result = await box.run(arguments, db: .file("anteckningar.txt"))
            expectOneLineError(result, mentions: ["anteckningar.txt", "not a samreg database"])
        }
        #expect(try String(contentsOfFile: box.path("anteckningar.txt"), encoding: .utf8) == contents)
    }

    @Test func otherApplicationsSQLiteFileIsNotReadAsARegistry() async throws {
        let box = try await Sandbox(initialise: false)
        let other = box.path("annat.sqlite")
        let queue = try DatabaseQueue(path: other)
        try await queue.write { db in
            try db.execute(sql: "CREATE TABLE kund (id INTEGER PRIMARY KEY, namn TEXT); INSERT INTO kund (namn) VALUES ('Anna')")
        }
        try queue.close()
        let before = try box.dump(other)
        try await box.expectRefused(["remiss", "list"], mentions: ["annat.sqlite", "not a samreg database"], db: .file(other))
        try await box.expectRefused(["remiss", "update", "1", "--note", "x"], mentions: ["not a samreg database"], db: .file(other))
        #expect(try box.dump(other) == before)
        try await box.expectRefused(["init"], mentions: ["not a samreg database"], db: .file(other))
    }

    @Test func emptyFileAsDatabaseIsRefused() async throws {
        let box = try await Sandbox(initialise: false)
        try box.write("tom.sqlite", "")
        let result = await box.run(["remiss", "list"], db: .file("tom.sqlite"))
        expectOneLineError(result, mentions: ["tom.sqlite", "not a samreg database"])
    }
}
