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

func printError(_ message: String) {
    FileHandle.standardError.write(Data("samreg: error: \(message)\n".utf8))
}

/// Checks an `--as-of` value.
func validateDate(_ text: String?, option: String) throws {
    if let text, !ISODate.isValid(text) {
        throw ValidationError("\(option): '\(text)' is not a valid date (YYYY-MM-DD)")
    }
}

func printLine(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
