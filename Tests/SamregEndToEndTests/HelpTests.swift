import Foundation
import SamregTestSupport
import Testing

/// Every command explains itself with an example.
@Suite("Help")
struct HelpTests {
    /// The record families, as on the command line.
    static let families = [
        "org", "body", "alias", "area", "person", "membership", "meeting", "decision", "reference",
        "remiss", "response", "permit", "goal", "workload", "flow", "contract", "price", "outside-care", "usv",
        "access", "indicator", "indicator-value", "indicator-set", "indicator-set-member", "adoption", "narrative",
    ]

    static let familySubcommands = ["add", "list", "show", "update", "end"]

    /// Runs `samreg WORDS --help` and checks it succeeds with an example.
    func expectHelpWithExample(_ words: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let box = try await Sandbox(initialise: false)
        let result = await box.run(words + ["--help"], db: .none)
        #expect(result.exitCode == 0, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stdout.contains("Example"), "no example in `samreg \(words.joined(separator: " ")) --help`:\n\(result.stdout)",
                sourceLocation: sourceLocation)
        #expect(result.stdout.contains("USAGE: samreg"), "\(result)", sourceLocation: sourceLocation)
    }

    @Test func theFamilyListMatchesWhatImportKnows() async throws {
        let box = try await Sandbox(initialise: false)
        let help = await box.run(["import", "--help"], db: .none)
        // The list may be wrapped: join the lines after "Families:" up to the blank line.
        let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.contains("Families:") }, "\(help)")
        var text = lines[start].components(separatedBy: "Families:")[1]
        var i = start + 1
        while i < lines.count, !lines[i].trimmingCharacters(in: .whitespaces).isEmpty {
            text += " " + lines[i]
            i += 1
        }
        let listed = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(listed == HelpTests.families)
    }

    @Test(arguments: HelpTests.families)
    func familyCommandAndEachSubcommandPrintHelpWithAnExample(family: String) async throws {
        try await expectHelpWithExample([family])
        for subcommand in HelpTests.familySubcommands {
            try await expectHelpWithExample([family, subcommand])
        }
        if family == "remiss" {
            try await expectHelpWithExample([family, "respond"])
        }
    }

    @Test(arguments: [
        [], ["init"], ["seed"], ["import"], ["export"], ["search"], ["trace"], ["sql"],
        ["audit", "log"], ["audit", "verify"], ["audit", "head"], ["check"], ["backup"],
    ])
    func otherCommandsPrintHelpWithAnExample(words: [String]) async throws {
        try await expectHelpWithExample(words)
    }

    @Test func addHelpMarksTheRequiredFields() async throws {
        let box = try await Sandbox(initialise: false)
        let help = await box.run(["remiss", "add", "--help"], db: .none)
        #expect(help.succeeded)
        for field in ["--title", "--sender", "--category", "--received", "--deadline"] {
            let line = help.stdout.split(separator: "\n").firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(field + " ") }
            #expect(line != nil, "\(field) missing from remiss add --help")
        }
        #expect(help.stdout.contains("(required)"))
    }

    // The command tree is built only as far as the command line names a command
    // (start-up time); these pin down that the rest of the tree is there when it is asked for.

    @Test func topLevelHelpListsEveryCommandAndFamily() async throws {
        let box = try await Sandbox(initialise: false)
        let help = await box.run(["--help"], db: .none)
        #expect(help.exitCode == 0, "\(help)")
        let names = help.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        for command in HelpTests.families + ["init", "seed", "report", "import", "export", "search", "trace", "sql", "audit", "check", "backup"] {
            #expect(names.contains(command), "\(command) missing from samreg --help:\n\(help.stdout)")
        }
    }

    @Test func helpSubcommandReachesALeafCommand() async throws {
        let box = try await Sandbox(initialise: false)
        let help = await box.run(["help", "remiss", "show"], db: .none)
        #expect(help.exitCode == 0, "\(help)")
        #expect(help.stdout.contains("USAGE: samreg remiss show"), "\(help)")
        let report = await box.run(["help", "report", "flows"], db: .none)
        #expect(report.stdout.contains("USAGE: samreg report flows"), "\(report)")
    }

    @Test func versionAloneAndWithACommand() async throws {
        let box = try await Sandbox(initialise: false)
        let version = await box.run(["--version"], db: .none)
        #expect(version.exitCode == 0 && version.stdout == "0.1.0\n", "\(version)")
        let misspelt = await box.run(["remis", "list"], db: .none)
        #expect(misspelt.exitCode != 0)
        #expect(misspelt.stderr.contains("remis"), "\(misspelt)")
    }
}
