import Foundation
import GRDB
import SamregTestSupport
import Testing

/// Issue 10's classes 1, 9 and 10 through the executable: numbers and limits refused where
/// they enter, stored values that render whatever they are, a bounded `samreg sql`, every
/// environment variable checked, and an unbalanced CSV quote reported where it opens.
@Suite("Bounded input")
struct BoundedInputTests {
    func registry() async throws -> Sandbox {
        try await Sandbox.fromFixture("bounded-input") { box in
            await box.addBodies()
            try await box.addRemiss(extra: ["--case-number", "RJL 2025/1044"])
        }
    }

    // MARK: Environment

    @Test(arguments: ["2025-02-30", "today", "", "2025-1-1", " 2025-01-01"])
    func anInvalidSamregTodayIsAnError(_ value: String) async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "list"], mentions: ["SAMREG_TODAY", "not a valid date"],
                                    environment: ["SAMREG_TODAY": value])
        try await box.expectRefused(["remiss", "add", "--title", "T", "--sender", "SKR", "--received", "2025-01-01",
                                     "--deadline", "2025-02-01", "--category", "myndighet"],
                                    mentions: ["SAMREG_TODAY"], environment: ["SAMREG_TODAY": value])
    }

    @Test func aValidSamregTodayIsUsed() async throws {
        let box = try await registry()
        // The remiss's deadline is 2025-06-30: open before it, overdue after it.
        let before = await box.ok(["remiss", "list", "--format", "csv"], environment: ["SAMREG_TODAY": "2025-06-01"])
        #expect(before.stdout.contains(",oppen,"))
        let after = await box.ok(["remiss", "list", "--format", "csv"], environment: ["SAMREG_TODAY": "2025-07-01"])
        #expect(after.stdout.contains(",forsenad,"))
    }

    @Test(arguments: ["abc", "0", "-5", "1e3", ""])
    func anInvalidMaxPageCountIsAnError(_ value: String) async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "list"], mentions: ["SAMREG_MAX_PAGE_COUNT"],
                                    environment: ["SAMREG_MAX_PAGE_COUNT": value])
    }

    // MARK: Numbers and limits where they enter

    @Test(arguments: [["remiss", "list", "--limit", "0"], ["remiss", "list", "--limit=-1"],
                      ["search", "remiss", "--limit", "0"], ["audit", "log", "--limit", "0"]])
    func limitsBelowOneAreRefused(_ arguments: [String]) async throws {
        let box = try await registry()
        try await box.expectRefused(arguments, mentions: ["--limit"])
    }

    @Test(arguments: ["1e300", "-1e300", "inf", "nan", "1e16", "99999999999999999999"])
    func numbersOutsideAFieldsDomainAreRefused(_ value: String) async throws {
        let box = try await registry()
        try await box.expectRefused(["flow", "add", "--year", "2024", "--performing", "RÖ", "--home", "RJL", "--drg-sum", value],
                                    mentions: ["drg_sum"])
    }

    @Test(arguments: ["0999-01-01", "2999-01-01", "1899-12-31"])
    func datesOutsideASaneRangeAreRefused(_ value: String) async throws {
        let box = try await registry()
        try await box.expectRefused(["remiss", "add", "--title", "T", "--sender", "SKR", "--received", value,
                                     "--deadline", "2999-12-31", "--category", "myndighet"],
                                    mentions: ["received"])
    }

    @Test(arguments: ["99999999999999999999", "-1", "2101", "1989"])
    func yearsOutOfRangeAreRefused(_ value: String) async throws {
        let box = try await registry()
        try await box.expectRefused(["flow", "add", "--year", value, "--performing", "RÖ", "--home", "RJL", "--drg-sum", "1"],
                                    mentions: ["year"])
    }

    /// Values written past samreg (another program, an old version) render without a trap.
    @Test func extremeStoredValuesRenderInEveryOutput() async throws {
        let box = try await registry()
        await box.ok(["flow", "add", "--year", "2024", "--performing", "RÖ", "--home", "RJL", "--drg-sum", "10"])
        await box.ok(["contract", "add", "--year", "2024", "--payer", "RJL", "--receiver", "RÖ", "--fixed-tkr", "10"])
        do {
            let queue = try box.openForWriting()
            try await queue.write { db in
                try db.execute(sql: "UPDATE flow SET drg_sum = 1e300")
                try db.execute(sql: "UPDATE contract SET fixed_tkr = 1.7976931348623157e308, variable_tkr = 9.3e18")
            }
            try queue.close()
        }
        for command in [["flow", "list"], ["contract", "list"], ["flow", "list", "--format", "json"],
                        ["export", "flow"], ["report", "flows", "--format", "html"], ["report", "flows"],
                        ["report", "annual", "--year", "2024"], ["report", "annual", "--year", "2024", "--format", "html"],
                        ["report", "annual", "--year", "2024", "--format", "csv"], ["report", "annual", "--year", "2024", "--format", "json"]] {
            let result = await box.run(command)
            #expect(result.succeeded, "\(result)")
            #expect(result.stderr.isEmpty, "\(result)")
        }
    }

    // MARK: samreg sql

    @Test func aRunawayQueryStopsAtItsTimeLimitWithAClearMessage() async throws {
        let box = try await registry()
        let runaway = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
        let result = try await box.expectRefused(["sql", runaway, "--timeout", "0.5"], mentions: ["time limit", "--timeout"])
        #expect(result.stderr.contains("0.5 s"))
    }

    @Test func aQueryWithinItsLimitAnswers() async throws {
        let box = try await registry()
        let result = await box.ok(["sql", "SELECT count(*) AS n FROM remiss", "--format", "csv", "--timeout", "30"])
        #expect(result.stdout == "n\n1\n")
    }

    @Test(arguments: ["0", "-1", "nan", "inf", "100000"])
    func anInvalidTimeoutIsRefused(_ value: String) async throws {
        let box = try await registry()
        let result = await box.run(["sql", "SELECT 1", "--timeout", value])
        #expect(result.exitCode != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--timeout"))
    }

    @Test func severalStatementsAreOneLineAndSamregsOwnWords() async throws {
        let box = try await registry()
        let result = try await box.expectRefused(["sql", "select 1; select 2"], mentions: ["one statement"])
        #expect(!result.stderr.contains("Database.execute"))
    }

    @Test func longResultsStreamInAlignedBlocks() async throws {
        let box = try await registry()
        let rows = 2_500
        let result = await box.ok(["sql", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < \(rows)) SELECT x FROM c"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "x")
        #expect(lines.count == rows + 2)   // the header and its rule once, then every row
        #expect(lines.last == "\(rows)")
    }

    // MARK: CSV quotes

    @Test func anUnclosedQuoteAtTheEndOfAFileIsReportedWhereItOpens() async throws {
        let box = try await registry()
        try box.write("end.csv", "title,sender,received,deadline,category\nA,SKR,2025-01-01,2025-02-01,myndighet\nB,SKR,2025-01-01,2025-02-01,\"myndighet\n")
        try await box.expectRefused(["import", "remiss", "end.csv"], mentions: ["end.csv:3:29", "unbalanced quote"])
    }

    @Test func anUnclosedQuoteInTheMiddleIsReportedWhereItOpens() async throws {
        let box = try await registry()
        try box.write("mid.csv", "title,sender,received,deadline,category\n\"A,SKR,2025-01-01,2025-02-01,myndighet\nB,SKR,2025-01-01,2025-02-01,myndighet\n")
        try await box.expectRefused(["import", "remiss", "mid.csv"], mentions: ["mid.csv:2:1", "unbalanced quote"])
    }

    @Test func anUnclosedQuoteInTheHeaderIsReported() async throws {
        let box = try await registry()
        try box.write("head.csv", "\u{FEFF}title;\"sender\n")
        try await box.expectRefused(["import", "remiss", "head.csv"], mentions: ["head.csv:1:7", "unbalanced quote"])
    }

    @Test func closedQuotesEscapedQuotesAndStrayQuotesStillImport() async throws {
        let box = try await registry()
        try box.write("fine.csv", "\u{FEFF}\"title\";sender;received;deadline;category\r\n\"Om \"\"x\"\"; y\";SKR;2025-01-01;2025-02-01;myndighet\r\nab\"c;SKR;2025-01-01;2025-02-01;\"myndighet\"")
        let result = await box.ok(["import", "remiss", "fine.csv"])
        #expect(result.stdout.contains("imported 2"))
        let titles = try await box.listJSON("remiss").compactMap { $0.first { $0.0 == "title" }?.1 }
        #expect(titles.contains(.string("Om \"x\"; y")))
        #expect(titles.contains(.string("ab\"c")))
    }
}
