import ArgumentParser
import GRDB
import SamregCore

/// One wording for every error samreg reports: one line `samreg: error: …` on standard error.
/// A usage error (a missing or unknown option, a value the parser or a command's `validate()`
/// refuses, a misspelt command) exits 64 (EX_USAGE), so that a script can tell a wrong command
/// line from a refused record (exit 1); its line ends with the help command to read. The
/// argument parser's own "Error: …" and usage block, and the messages of libraries below
/// (GRDB's "SQLite error N: … - while executing …"), never reach the user.
enum ErrorWording {
    static let usageExitCode: Int32 = 64

    /// Prints what `error` (thrown while parsing or running a command) says, in samreg's
    /// wording, and returns the exit code. Help and version requests print as the argument
    /// parser prints them and exit 0.
    static func report(_ error: Error) -> Int32 {
        if let exit = error as? ExitCode { return exit.rawValue }  // already reported
        let code = Samreg.exitCode(for: error)
        if code == .success {
            let text = Samreg.fullMessage(for: error)
            if !text.isEmpty { print(text) }
            return 0
        }
        // A command's validate() that printed its own line and threw ExitCode: already reported.
        if Samreg.message(for: error).isEmpty { return code.rawValue == 0 ? 1 : code.rawValue }
        if let error = error as? SamregError {
            printError(error.description)
            return 1
        }
        if let error = error as? DatabaseError {
            printError(error.message ?? "the database refused: \(error.resultCode)")
            return 1
        }
        if code == .validationFailure {
            var message = oneLine(Samreg.message(for: error))
            if let help = helpCommand(in: Samreg.fullMessage(for: error, columns: 10_000)) {
                message += " (see '\(help)')"
            }
            printError(message)
            return usageExitCode
        }
        printError(oneLine(Samreg.message(for: error)))
        return code.rawValue == 0 ? 1 : code.rawValue
    }

    /// A message of the argument parser on one line, starting in lower case as samreg's own
    /// messages do ("Missing expected argument" → "missing expected argument"), without a
    /// leading "Error: ".
    static func oneLine(_ message: String) -> String {
        var text = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        if let first = text.first, first.isUppercase, let second = text.dropFirst().first, second.isLowercase {
            text = first.lowercased() + text.dropFirst()
        }
        return text.isEmpty ? "the command line was not understood" : text
    }

    /// The command the argument parser's usage text points to ("See 'samreg report annual
    /// --help' for more information."), if any.
    static func helpCommand(in fullMessage: String) -> String? {
        guard let start = fullMessage.range(of: "See '"),
              let end = fullMessage.range(of: "' for more information", range: start.upperBound..<fullMessage.endIndex)
        else { return nil }
        return String(fullMessage[start.upperBound..<end.lowerBound])
    }
}
