import ArgumentParser

/// The argument parser builds its whole command tree, and reads the configuration of every
/// command in it, on each run before it parses a word. With 21 record families of five or six
/// generic commands each, that was most of samreg's start-up. So each level of the tree lists
/// only the command the command line names, when it names one: `samreg remiss show X` builds
/// samreg → remiss → show. Anything else (no word, `--help`, `help`, a misspelt command) gets
/// the whole level, so help, usage and "did you mean" work exactly as with the full tree.
enum CommandTree {
    /// A command's name and its type, asked for only when the command is listed (a generic
    /// command type costs the runtime a search of the binary's conformance records).
    typealias Entry = (name: String, type: @Sendable () -> ParsableCommand.Type)

    /// The commands to list at `level` (1: under `samreg`, 2: under a command group).
    static func select(_ entries: [Entry], level: Int, arguments: [String] = CommandLine.arguments) -> [ParsableCommand.Type] {
        // `samreg --version` alone needs no commands at all.
        if level == 1, arguments.count == 2, arguments[1] == "--version" { return [] }
        if level < arguments.count, let hit = entries.first(where: { $0.name == arguments[level] }) {
            return [hit.type()]
        }
        return entries.map { $0.type() }
    }
}
