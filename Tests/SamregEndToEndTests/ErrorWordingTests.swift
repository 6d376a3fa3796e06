import Foundation
import SamregTestSupport
import Testing

/// One wording for every error: exactly one line `samreg: error: …` on standard error, for the
/// argument parser's usage errors (exit 64, with the help command to read) as for samreg's own
/// refusals (exit 1); the parser's "Error:"/"Usage:" block and GRDB's wording never show.
@Suite("Error wording")
struct ErrorWordingTests {
    /// What must never reach the user: the argument parser's and GRDB's own wording.
    static let foreignWording = ["Error: ", "Usage: ", "Help: ", "SQLite error", "while executing", "statement arguments",
                                 "Database.execute", "allStatements", "GRDB"]

    static func expectSamregWording(_ result: RunResult, exit: Int32, mentions: [String],
                                    sourceLocation: SourceLocation = #_sourceLocation) {
        expectOneLineError(result, mentions: mentions, sourceLocation: sourceLocation)
        #expect(result.exitCode == exit, "expected exit \(exit): \(result)", sourceLocation: sourceLocation)
        for foreign in foreignWording {
            #expect(!result.stderr.contains(foreign), "'\(foreign)' leaked: \(result)", sourceLocation: sourceLocation)
        }
    }

    @Test func usageErrorsAreOneSamregLineWithExit64AndTheHelpToRead() async throws {
        let box = try await Sandbox()
        let cases: [([String], [String])] = [
            (["report", "annual"], ["missing expected argument '--year <year>'", "(see 'samreg report annual --help')"]),
            (["report", "annual", "--year", "3000"], ["--year: 3000 is not a year", "(see 'samreg report annual --help')"]),
            (["report", "annual", "--year", "2024", "--format", "docx"], ["'docx'", "--format", "(see 'samreg report annual --help')"]),
            (["remiss", "list", "--limit", "many"], ["'many'", "--limit", "(see 'samreg remiss list --help')"]),
            (["remiss", "add", "--bogus", "x"], ["unknown option '--bogus'", "(see 'samreg remiss add --help')"]),
            (["remis", "list"], ["unknown command 'remis'", "did you mean 'remiss'?"]),
        ]
        for (arguments, mentions) in cases {
            Self.expectSamregWording(await box.run(arguments), exit: 64, mentions: mentions)
        }
    }

    @Test func refusalsAreOneSamregLineWithExit1() async throws {
        let box = try await Sandbox()
        Self.expectSamregWording(await box.run(["remiss", "add", "--title", "x"]), exit: 1, mentions: ["required"])
        Self.expectSamregWording(await box.run(["remiss", "list", "--status", "nope"]), exit: 1, mentions: ["--status", "'nope'"])
        Self.expectSamregWording(await box.run(["report", "permits", "--as-of", "2024-02-30"]), exit: 1, mentions: ["--as-of", "2024-02-30"])
    }

    /// `samreg sql` with more than one statement, bad SQL, parameters, or a write: samreg's
    /// words, never GRDB's advice ("use Database.execute(sql:) or Database.allStatements").
    @Test func badSQLIsOneSamregLineWithoutGRDBsAdvice() async throws {
        let box = try await Sandbox()
        let cases: [(String, String)] = [
            ("select 1; select 2", "one statement at a time"),
            ("select 1; garbage", "one statement at a time"),
            ("PRAGMA foo; select 1", "one statement at a time"),
            ("selec 1", "syntax error"),
            ("select * from nowhere", "no such table"),
            ("select ?", "takes none"),
            ("select :value", "takes none"),
            ("delete from remiss", "only queries that read"),
            ("", "empty statement"),
        ]
        for (query, mention) in cases {
            Self.expectSamregWording(await box.run(["sql", query]), exit: 1, mentions: ["sql: ", mention])
        }
    }

    @Test func helpAndVersionStillExit0OnStandardOutput() async throws {
        let box = try await Sandbox(initialise: false)
        let version = await box.run(["--version"], db: .none)
        #expect(version.succeeded && version.stdout == "0.1.0\n" && version.stderr.isEmpty, "\(version)")
        let help = await box.run(["report", "annual", "--help"], db: .none)
        #expect(help.succeeded && help.stdout.hasPrefix("OVERVIEW:") && help.stderr.isEmpty, "\(help)")
    }
}

/// Wherever an option takes an organisation, a body, a person or a record of another family,
/// it takes the same forms, on `add` and in a `list` filter alike: an organisation by code,
/// name or id; a body by id, short name, name or alias; a person by id or name; a remiss by id
/// or case number.
@Suite("References as users write them")
struct ReferenceFormTests {
    @Test func everyReferenceOptionTakesEveryFormOnAddAndInFilters() async throws {
        let box = try await Sandbox()
        await box.addBodies()   // 1 SVN, 2 RPO Ögonsjukdomar (RPO Ögon), 3 RSG Läkemedel
        await box.ok(["alias", "add", "--body", "2", "--alias", "Ögon-RPO"])
        let remiss = try await box.addRemiss(extra: ["--case-number", "RÖ 2025-0042"])   // sender SKR
        #expect(remiss == 1)
        let rkl = try #require(try await box.show("org", "RKL")["id"]?.int)

        // Organisations: code, name (any case), id — in a filter and on add.
        for sender in ["SKR", "skr", "Sveriges Kommuner och Regioner"] {
            #expect(try await box.listIds("remiss", ["--sender", sender]) == [1], "--sender \(sender)")
        }
        for region in ["RKL", "region kalmar län", String(rkl)] {
            await box.ok(["person", "add", "--name", "P \(region)", "--organisation", region])
        }
        #expect(try await box.listIds("person", ["--organisation", String(rkl)]).count == 3)
        try await box.expectRefused(["remiss", "list", "--sender", "9999"], mentions: ["--sender: unknown organisation id 9999"])

        // Bodies: id, short name, name, alias.
        let bodyForms = ["2", "RPO Ögon", "rpo ögonsjukdomar", "Ögon-RPO"]
        for (n, body) in bodyForms.enumerated() {
            await box.ok(["meeting", "add", "--body", body, "--date", "2025-03-0\(n + 1)"])
        }
        for body in bodyForms {
            #expect(try await box.listIds("meeting", ["--body", body]).count == bodyForms.count, "--body \(body)")
        }

        // People: id or name, on add and in the membership filter.
        await box.ok(["person", "add", "--name", "Anna Andersson"])
        let anna = try #require(try await box.listIds("person").max())
        await box.ok(["membership", "add", "--person", "anna andersson", "--body", "SVN", "--role", "ledamot"])
        await box.ok(["membership", "add", "--person", String(anna), "--body", "RPO Ögon", "--role", "ledamot"])
        #expect(try await box.listIds("membership", ["--person", "Anna Andersson"]).count == 2)
        #expect(try await box.listIds("membership", ["--person", String(anna)]).count == 2)
        try await box.expectRefused(["membership", "list", "--person", "Nobody"], mentions: ["--person: unknown person 'Nobody'"])

        // Records of another family: id or case number, on add and in a filter.
        await box.ok(["response", "add", "--remiss", "RÖ 2025-0042", "--scope", "sosr", "--kind", "yttrande"])
        #expect(try await box.listIds("response", ["--remiss", "RÖ 2025-0042"]) == [1])
        #expect(try await box.listIds("response", ["--remiss", "1"]) == [1])
        try await box.expectRefused(["response", "list", "--remiss", "RÖ 2025-9999"], mentions: ["--remiss: unknown remiss"])
    }
}
