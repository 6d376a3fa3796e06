import ArgumentParser
import Foundation
import SamregCore
import SamregStore

/// `--db` and `--actor`, declared once and pulled into every command with `@OptionGroup`.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The registry database (else $SAMREG_DB, else ./samreg.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Who is making the change, for the audit trail (else $SAMREG_ACTOR, else the login name).", valueName: "name"))
    var actor: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let env = environment["SAMREG_DB"], !env.isEmpty { return env }
        return "samreg.sqlite"
    }

    var actorName: String {
        if let actor, !actor.trimmingWhitespace().isEmpty { return actor.trimmingWhitespace() }
        if let env = environment["SAMREG_ACTOR"], !env.trimmingWhitespace().isEmpty { return env.trimmingWhitespace() }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? "unknown"
    }

    /// Opens the registry; `asOf` overrides what "today" means.
    func open(_ mode: Registry.Mode, asOf: String? = nil) throws -> Registry {
        let today = asOf ?? ISODate.today(environment: environment)
        let maxPages = environment["SAMREG_MAX_PAGE_COUNT"].flatMap(Int.init)
        let registry = try Registry(path: databasePath, mode: mode, actor: actorName, today: today, maxPageCount: maxPages)
        registry.command = CommandLine.arguments.enumerated().map { i, arg in
            i == 0 ? "samreg" : (arg.contains(" ") || arg.isEmpty ? "'\(arg)'" : arg)
        }.joined(separator: " ")
        return registry
    }
}

/// Runs a command body, printing samreg's one-line errors to standard error and exiting 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as SamregError {
        printError(error.description)
        throw ExitCode(1)
    } catch let error as FieldError {
        printError(error.message)
        throw ExitCode(1)
    }
}

/// Prints `samreg: error: MESSAGE` as exactly one line: line breaks and other control
/// characters that came from the user's input are shown escaped (`\n`, `\u{1B}`).
func printError(_ message: String) {
    var line = ""
    for scalar in message.unicodeScalars {
        switch scalar.value {
        case 0x0A: line += "\\n"
        case 0x0D: line += "\\r"
        case 0x09: line += "\\t"
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029: line += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        default: line.unicodeScalars.append(scalar)
        }
    }
    SafeFiles.printToStandardError("samreg: error: \(line)\n")
}

/// Checks a date option such as `--as-of`: a bad value is a one-line error (exit 1), like a
/// bad field value.
func validateDate(_ text: String?, option: String) throws {
    if let text, !ISODate.isValid(text) {
        printError("\(option): '\(text)' is not a valid date (YYYY-MM-DD, a day that exists)")
        throw ExitCode(1)
    }
}

/// Checks a `--limit`.
func validateLimit(_ limit: Int?) throws {
    if let limit, limit < 0 {
        printError("--limit: \(limit) is not a number of records (0 or more)")
        throw ExitCode(1)
    }
}

/// Prints one line on standard output; a closed or full standard output, or a closed pipe,
/// is a one-line error (exit 1), not a crash.
func printLine(_ text: String) throws {
    try SafeFiles.printLine(text)
}

/// Prints a note (not an error) on standard error.
func printNote(_ text: String) {
    SafeFiles.printToStandardError(text + "\n")
}
