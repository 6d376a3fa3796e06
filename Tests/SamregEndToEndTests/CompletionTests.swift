import Foundation
import SamregTestSupport
import Testing

/// Shell completions complete what samreg knows, not only the option names the argument
/// parser declares: a family's fields and filters (read from the family definition), a
/// vocabulary's codes after its option, and the organisations and bodies in the registry.
@Suite("Shell completions")
struct CompletionTests {
    /// What the shell scripts ask: `samreg ---completion <command…> -- <argument> <word index>
    /// <cursor> <words…>`, the word being completed last.
    static func complete(_ box: Sandbox, _ command: [String], argument: String = "positional@0", _ words: [String]) async -> [String] {
        let typed = words.last ?? ""
        let result = await Samreg.run(["---completion"] + command + ["--", argument, String(words.count - 1), String(typed.count)] + words,
                                      in: box.directory, environment: ["SAMREG_DB": box.db])
        #expect(result.succeeded, "\(result)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func theBashAndZshScriptsCompleteFieldsFiltersAndVocabularyValues() async throws {
        let box = try await Sandbox(initialise: false)
        for shell in ["bash", "zsh"] {
            let script = await box.run(["--generate-completion-script", shell], db: .none)
            try #require(script.succeeded, "\(script)")
            // Every family's add, update and list hand their fields and filters to samreg.
            for family in ["remiss", "permit", "decision", "body"] {
                for (command, argument) in [("add", "positional@0"), ("list", "positional@0"), ("update", "positional@1")] {
                    #expect(script.stdout.contains("---completion \(family) \(command) -- \(argument)"),
                            "\(shell): \(family) \(command) does not complete its fields")
                }
            }
            #expect(script.stdout.contains("---completion remiss respond -- positional@1"), "\(shell): remiss respond")
            // Declared options with a closed list carry it in the script.
            for value in ["csv-excel", "mnkr", "tkr"] {
                #expect(script.stdout.contains(value), "\(shell): no '\(value)' in the script")
            }
        }
    }

    @Test func fieldsAndTheirValuesCompleteFromTheFamilyAndTheRegistry() async throws {
        let box = try await Sandbox()
        await box.addBodies()   // SVN, RPO Ögon, RSG Läkemedel
        // Option names: a family's fields on add, its filters on list.
        #expect(await Self.complete(box, ["remiss", "add"], ["samreg", "remiss", "add", "--ti"]) == ["--title"])
        #expect(await Self.complete(box, ["remiss", "list"], ["samreg", "remiss", "list", "--st"]) == ["--status"])
        // A vocabulary's codes, whole or by what is typed, without regard to case and å ä ö.
        #expect(await Self.complete(box, ["remiss", "add"], ["samreg", "remiss", "add", "--category", ""]) == ["kunskapsstyrning", "nhv", "myndighet"])
        #expect(await Self.complete(box, ["remiss", "list"], ["samreg", "remiss", "list", "--status", "F"]) == ["forsenad"])
        #expect(await Self.complete(box, ["remiss", "update"], argument: "positional@1",
                                    ["samreg", "remiss", "update", "1", "--joint", ""]) == ["ja", "nej"])
        #expect(await Self.complete(box, ["remiss", "respond"], argument: "positional@1",
                                    ["samreg", "remiss", "respond", "1", "--scope", ""]) == ["sosr", "region"])
        // Organisations and bodies as the registry has them.
        let senders = await Self.complete(box, ["remiss", "add"], ["samreg", "remiss", "add", "--sender", ""])
        #expect(senders.contains("SKR") && senders.contains("RÖ"), "\(senders)")
        #expect(await Self.complete(box, ["remiss", "list"], ["samreg", "remiss", "list", "--body", "RPO"]) == ["RPO Ögon"])
        #expect(await Self.complete(box, ["meeting", "add"], ["samreg", "meeting", "add", "--body", ""]) == ["SVN", "RPO Ögon", "RSG Läkemedel"])
        // No registry: no names, and no error either.
        let none = await Samreg.run(["---completion", "remiss", "add", "--", "positional@0", "4", "0", "samreg", "remiss", "add", "--sender", ""],
                                    in: box.directory, environment: ["SAMREG_DB": box.path("missing.sqlite")])
        #expect(none.succeeded && none.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && none.stderr.isEmpty, "\(none)")
    }
}
