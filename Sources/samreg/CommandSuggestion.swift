import ArgumentParser
import Foundation
import SamregStore

/// "Did you mean" for a misspelt command (`samreg remis list`, `samreg remiss lsit`): the
/// argument parser only says the word is unexpected. Checked before parsing, for the command
/// word under `samreg` and under a command group; a word far from every command is left to
/// the parser's own message.
enum CommandSuggestion {
    /// The one-line complaint for `arguments` (as `CommandLine.arguments`), or nil when every
    /// command word is known or no command is close.
    static func complaint(_ arguments: [String], root: ParsableCommand.Type = Samreg.self) -> String? {
        var command = root
        var path = ["samreg"]
        for word in arguments.dropFirst() {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, !word.hasPrefix("-") else { return nil }
            let names = subcommands.map(name) + ["help"]
            if let next = subcommands.first(where: { name($0) == word }) {
                command = next
                path.append(word)
                continue
            }
            if names.contains(word) { return nil }
            let close = names.map { ($0, Vocabulary.distance(word.lowercased(), $0)) }.min { $0.1 < $1.1 }
            guard let (guess, distance) = close, distance <= max(2, word.count / 3) else { return nil }
            return "unknown command '\(word)' for '\(path.joined(separator: " "))'; did you mean '\(guess)'?"
        }
        return nil
    }

    static func name(_ type: ParsableCommand.Type) -> String {
        type.configuration.commandName ?? type._commandName
    }
}
