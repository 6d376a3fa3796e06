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

    /// Every `SAMREG_*` variable samreg reads, checked before it is used: a value that is set
    /// but invalid is an error naming the variable, never silently ignored.
    static func validateEnvironment(_ environment: [String: String]) throws {
        if let today = environment["SAMREG_TODAY"] { _ = try ISODate.today(environment: ["SAMREG_TODAY": today]) }
        if let pages = environment["SAMREG_MAX_PAGE_COUNT"], (Int(pages) ?? 0) < 1 {
            throw SamregError("SAMREG_MAX_PAGE_COUNT: '\(pages)' is not a number of pages (1 or more)")
        }
        if let after = environment["SAMREG_PROGRESS_AFTER_MS"] {
            guard let n = Int(after), n >= 0 else {
                throw SamregError("SAMREG_PROGRESS_AFTER_MS: '\(after)' is not a number of milliseconds (0 or more)")
            }
            _ = n
        }
        if let db = environment["SAMREG_DB"], db.isEmpty == false, db.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw SamregError("SAMREG_DB: the path contains a control character")
        }
    }

    /// The actor name, refused when it holds a control or bidi character (ESC, CR, U+202E …):
    /// it is written into the audit trail and shown by `audit log`. NFC like stored text.
    func checkedActor() throws -> String {
        let name = actorName
        if let bad = TextSafety.forbiddenScalar(in: name, multiline: false) ?? TextSafety.invisibleScalar(in: name) {
            let source = actor.map { !$0.trimmingWhitespace().isEmpty } == true ? "--actor"
                : environment["SAMREG_ACTOR"].map { !$0.trimmingWhitespace().isEmpty } == true ? "$SAMREG_ACTOR" : "the login name"
            let what = TextSafety.isBidiControl(bad.value) ? "a bidirectional control character"
                : bad.properties.generalCategory == .format ? "an invisible formatting character" : "a control character"
            throw SamregError("\(source): the actor name contains \(what) (\(TextSafety.codePoint(bad))); give a plain name")
        }
        if name.utf8.count > 200 {
            throw SamregError("--actor: the actor name is too long (\(name.utf8.count) bytes; at most 200)")
        }
        return name.nfc
    }

    /// Opens the registry; `asOf` overrides what "today" means.
    func open(_ mode: Registry.Mode, asOf: String? = nil) throws -> Registry {
        try Self.validateEnvironment(environment)
        let today = try asOf ?? ISODate.today(environment: environment)
        let maxPages = environment["SAMREG_MAX_PAGE_COUNT"].flatMap(Int.init)
        // Only writes record the actor; reading with an odd login name is fine.
        let actor = mode == .readOnly ? actorName : try checkedActor()
        let registry = try Registry(path: databasePath, mode: mode, actor: actor, today: today, maxPageCount: maxPages)
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

/// Prints `samreg: error: MESSAGE` as exactly one line: line breaks, other control
/// characters and bidi controls that came from the user's input are shown escaped (`\n`,
/// `\e`, `\u{202E}`; TerminalText has the rule).
func printError(_ message: String) {
    SafeFiles.printToStandardError("samreg: error: \(TerminalText.escape(message))\n")
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
    if let limit, limit < 1 {
        printError("--limit: \(limit) is not a number of records (1 or more)")
        throw ExitCode(1)
    }
}

/// Prints one line of samreg's own words on standard output; values in it (paths, names)
/// are shown escaped. A closed or full standard output, or a closed pipe, is a one-line
/// error (exit 1), not a crash.
func printLine(_ text: String) throws {
    try SafeFiles.printLine(TerminalText.escape(text))
}

/// Prints a note (not an error) on standard error.
func printNote(_ text: String) {
    SafeFiles.printToStandardError(TerminalText.escape(text) + "\n")
}
