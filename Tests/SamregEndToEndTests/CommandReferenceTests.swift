import Foundation
import SamregTestSupport
import Testing

/// docs/commands.md is every `--help` screen of the real executable, walked from the command
/// tree (each screen's SUBCOMMANDS), so what users see on any screen shows as a diff and the
/// reference can never be stale: when the binary's screens differ, this test writes
/// docs/commands.md.new and fails; review it and move it over docs/commands.md.
@Suite("Command reference")
struct CommandReferenceTests {
    /// The subcommand names listed under SUBCOMMANDS in a help screen.
    static func subcommands(in help: String) -> [String] {
        guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        var names: [String] = []
        for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { break }
            // "  name   description": a name starts two spaces in; wrapped description lines start further in.
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
            if let name = line.dropFirst(2).split(separator: " ").first { names.append(String(name)) }
        }
        return names
    }

    /// Every command path of the tree with its `--help` screen, in tree order.
    static func screens() async throws -> [(path: [String], help: String)] {
        let box = try await Sandbox(initialise: false)
        var screens: [(path: [String], help: String)] = []
        var queue: [[String]] = [[]]
        while !queue.isEmpty {
            let path = queue.removeFirst()
            let result = await box.run(path + ["--help"], db: .none, environment: ["COLUMNS": "80"])
            try #require(result.succeeded, "samreg \(path.joined(separator: " ")) --help: \(result)")
            screens.append((path, result.stdout))
            queue += subcommands(in: result.stdout).map { path + [$0] }
        }
        return screens
    }

    static func reference() async throws -> String {
        var out = """
            # samreg commands

            Every `--help` screen of samreg, in command-tree order. Generated from the executable by the test \
            `CommandReferenceTests` (Tests/SamregEndToEndTests/CommandReferenceTests.swift), which fails when this \
            file differs from what the binary prints: do not edit it by hand.

            """
        for (path, help) in try await screens() {
            out += "\n## samreg\(path.isEmpty ? "" : " " + path.joined(separator: " "))\n\n```text\n\(help)```\n"
        }
        return out
    }

    /// The other ways to reach a screen show the same screen, whole: `samreg help <command>`
    /// for every command, and a command group run bare (it prints its help, exit 0).
    @Test func helpSubcommandAndBareGroupsPrintTheSameScreens() async throws {
        let box = try await Sandbox(initialise: false)
        for (path, help) in try await Self.screens() {
            let viaHelp = await box.run(["help"] + path, db: .none, environment: ["COLUMNS": "80"])
            #expect(viaHelp.succeeded && viaHelp.stdout == help,
                    "samreg help \(path.joined(separator: " ")) differs from --help at \(firstDifference(viaHelp.stdout, help))")
            if !Self.subcommands(in: help).isEmpty {
                let bare = await box.run(path, db: .none, environment: ["COLUMNS": "80"])
                #expect(bare.succeeded && bare.stdout == help,
                        "samreg \(path.joined(separator: " ")) differs from its --help at \(firstDifference(bare.stdout, help))")
            }
        }
    }

    @Test func theSubcommandParserReadsNamesOnly() {
        let help = "SUBCOMMANDS:\n  add                     Record a new remiss.\n  update                  Correct fields; the\n                          audit trail.\n\n  See …"
        #expect(Self.subcommands(in: help) == ["add", "update"])
    }

    @Test func docsCommandsIsEveryHelpScreenOfTheBinary() async throws {
        let generated = try await Self.reference()
        #expect(generated.components(separatedBy: "\n## samreg").count > 100, "expected the whole command tree")
        let url = packageRoot.appendingPathComponent("docs/commands.md")
        let newURL = packageRoot.appendingPathComponent("docs/commands.md.new")
        let committed = try? String(contentsOf: url, encoding: .utf8)
        if committed == generated {
            try? FileManager.default.removeItem(at: newURL)
        } else {
            try generated.write(to: newURL, atomically: true, encoding: .utf8)
            Issue.record("""
                docs/commands.md is not what the binary's --help screens say. The screens now are in \
                docs/commands.md.new: review the difference (diff docs/commands.md docs/commands.md.new), \
                then `mv docs/commands.md.new docs/commands.md`.
                """)
        }
    }
}
