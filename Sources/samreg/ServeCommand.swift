import ArgumentParser
import Foundation
import SamregCore
import SamregReports
import SamregStore
import SamregWeb

/// `samreg serve`: the web registry on the same file the commands use.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the registry in the browser (accounts: samreg user).",
        discussion: """
            Binds 127.0.0.1 by default; put a TLS reverse proxy in front of it for other \
            machines (docs/deployment.md). The commands keep working on the same file while it \
            runs. SIGTERM or SIGINT stops it gracefully: requests in progress finish first. \
            --port 0 takes a free port; the line "listening on http://HOST:PORT" says which.

            Example:
              samreg serve --db samreg.sqlite --port 8080
            """)

    @OptionGroup var common: CommonOptions
    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address")) var host = "127.0.0.1"
    @Option(help: ArgumentHelp("The TCP port (0: any free port).", valueName: "port")) var port = 8080
    @Flag(help: "Mark cookies Secure even without X-Forwarded-Proto: https (when TLS ends in front of samreg).")
    var secureCookies = false
    @Option(help: ArgumentHelp("The largest request body or upload, in MB.", valueName: "MB")) var maxBodyMb = 8

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port: \(port) is not a TCP port (0–65535)") }
        guard (1...1024).contains(maxBodyMb) else { throw ValidationError("--max-body-mb: \(maxBodyMb) is not between 1 and 1024") }
    }

    func run() throws {
        try reportingErrors {
            try CommonOptions.validateEnvironment(common.environment)
            var options = WebOptions(databasePath: common.databasePath)
            options.host = host
            options.port = port
            options.secureCookies = secureCookies
            options.maxBodyBytes = maxBodyMb << 20
            options.environment = common.environment
            let outcome = Outcome()
            let done = DispatchSemaphore(value: 0)
            let host = self.host
            Task.detached {
                do {
                    try await WebServer.run(options) { port in
                        try? SafeFiles.printLine("samreg serve: listening on http://\(host):\(port)")
                    }
                } catch {
                    outcome.set(error)
                }
                done.signal()
            }
            done.wait()
            if let error = outcome.error { throw error as? SamregError ?? SamregError("serve: \(error)") }
            printNote("samreg serve: stopped")
        }
    }

    /// The server task's error, handed to the waiting thread.
    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: (any Error)?
        func set(_ error: any Error) { lock.lock(); stored = error; lock.unlock() }
        var error: (any Error)? { lock.lock(); defer { lock.unlock() }; return stored }
    }
}

/// `samreg user add|list|update|end`: the web registry's accounts.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Accounts of the web registry (samreg serve): add, list, update, end.",
        discussion: """
            Roles: reader browses what is public; analyst also runs reports, exports and the \
            read-only SQL page; registrator records and corrects; admin manages accounts. \
            Passwords (10–72 bytes) are read from standard input and stored bcrypt-hashed.

            Example:
              printf '%s\\n' 'ett långt lösenord' | samreg user add anna --role registrator --password-stdin
            """,
        subcommands: [UserAdd.self, UserList.self, UserUpdate.self, UserEnd.self])
}

extension Role: ExpressibleByArgument {}

/// The first line of standard input: a password.
func passwordFromStandardInput() throws -> String {
    guard let line = readLine(strippingNewline: true) else {
        throw SamregError("--password-stdin: no password on standard input")
    }
    return line.hasSuffix("\r") ? String(line.dropLast()) : line
}

struct UserAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an account.")
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The account name (letters a–z, digits, . _ @ -).", valueName: "name")) var name: String
    @Option(help: "admin, registrator, analyst or reader.") var role: Role
    @Flag(help: "Read the password from standard input (required).") var passwordStdin = false

    func validate() throws {
        guard passwordStdin else { throw ValidationError("give the password on standard input with --password-stdin") }
    }

    func run() throws {
        try reportingErrors {
            let password = try passwordFromStandardInput()
            let registry = try common.open(.readWrite)
            let actor = registry.actor
            _ = try registry.write { db in try Accounts.add(db, name: name, role: role, password: password, by: actor) }
            try printLine("account \(name) (\(role.rawValue)) added")
        }
    }
}

struct UserList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts.")
    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors {
            let registry = try common.open(.readOnly)
            let accounts = try registry.read { db in try Accounts.list(db) }
            let rows = accounts.map { [$0.name, $0.role.rawValue, $0.endedOn ?? ""] }
            let sink = OutputSink()
            sink.write(RowWriter.alignedTable(columns: ["name", "role", "ended"], rows: rows))
            try sink.finish()
        }
    }
}

struct UserUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "update", abstract: "Change an account's role or password (a new password logs it out everywhere).")
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The account name.", valueName: "name")) var name: String
    @Option(help: "The new role.") var role: Role?
    @Flag(help: "Read a new password from standard input.") var passwordStdin = false

    func validate() throws {
        guard role != nil || passwordStdin else { throw ValidationError("give --role, --password-stdin or both") }
    }

    func run() throws {
        try reportingErrors {
            let password = passwordStdin ? try passwordFromStandardInput() : nil
            let registry = try common.open(.readWrite)
            let actor = registry.actor
            try registry.write { db in try Accounts.update(db, name: name, role: role, password: password, by: actor) }
            try printLine("account \(name) updated")
        }
    }
}

struct UserEnd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "end", abstract: "End an account: it can no longer log in; nothing is deleted.")
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The account name.", valueName: "name")) var name: String
    @Option(help: ArgumentHelp("The end date (default today).", valueName: "date")) var on: String?

    func validate() throws { try validateDate(on, option: "--on") }

    func run() throws {
        try reportingErrors {
            let registry = try common.open(.readWrite)
            let actor = registry.actor
            try registry.write { db in try Accounts.end(db, name: name, on: on ?? registry.today, by: actor) }
            try printLine("account \(name) ended")
        }
    }
}
