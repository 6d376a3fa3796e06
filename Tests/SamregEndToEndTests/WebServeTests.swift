import Foundation
import GRDB
import SamregTestSupport
import Testing
import SamregTestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `samreg user …` and `samreg serve` through the built executable.
struct WebServeTests {
    static let password = "ett långt lösenord"

    @Test func userCommandsAddListUpdateAndEndAccounts() async throws {
        let box = try await Sandbox()
        let added = await box.ok(["user", "add", "anna", "--role", "registrator", "--password-stdin"], stdin: Self.password + "\n")
        #expect(added.stdout == "account anna (registrator) added\n")
        await box.ok(["user", "add", "bo", "--role", "reader", "--password-stdin"], stdin: Self.password + "\n")
        let list = await box.ok(["user", "list"])
        #expect(list.stdout.contains("anna  registrator"))
        #expect(list.stdout.contains("bo    reader"))
        #expect(!list.stdout.contains("$2"), "no hash is shown")
        let hash = try readDatabase(box.db) { db in try String.fetchOne(db, sql: "SELECT password_hash FROM web_user WHERE name = 'anna'") }
        #expect(hash?.hasPrefix("$2b$12$") == true)
        #expect(hash?.contains(Self.password) == false)
        await box.ok(["user", "update", "bo", "--role", "analyst"])
        await box.ok(["user", "update", "bo", "--password-stdin"], stdin: "ett annat lösenord\n")
        let changed = try readDatabase(box.db) { db in try Row.fetchOne(db, sql: "SELECT role, password_hash, changed_by FROM web_user WHERE name = 'bo'") }
        #expect(changed?["role"] == "analyst")
        #expect(changed?["changed_by"] == testActor)
        await box.ok(["user", "end", "bo"])
        #expect(try readDatabase(box.db) { db in try String.fetchOne(db, sql: "SELECT ended_on FROM web_user WHERE name = 'bo'") } == testToday)
    }

    @Test func userCommandsRefuseBadInputAndWriteNothing() async throws {
        let box = try await Sandbox()
        await box.ok(["user", "add", "anna", "--role", "admin", "--password-stdin"], stdin: Self.password + "\n")
        let before = try box.dump()
        let cases: [([String], String?, String)] = [
            (["user", "add", "anna", "--role", "reader", "--password-stdin"], Self.password + "\n", "already an account named anna"),
            (["user", "add", "kort", "--role", "reader", "--password-stdin"], "kort\n", "too short"),
            (["user", "add", "ingen", "--role", "reader", "--password-stdin"], "", "no password on standard input"),
            (["user", "add", "x y", "--role", "reader", "--password-stdin"], Self.password + "\n", "not valid"),
            (["user", "add", "rolig", "--role", "chef", "--password-stdin"], Self.password + "\n", "chef"),
            (["user", "add", "utan", "--role", "reader"], nil, "--password-stdin"),
            (["user", "update", "okand", "--role", "reader"], nil, "no account named okand"),
            (["user", "update", "anna"], nil, "give --role, --password-stdin or both"),
            (["user", "end", "okand"], nil, "no account named okand"),
        ]
        for (arguments, stdin, message) in cases {
            let result = await box.run(arguments, stdin: stdin)
            #expect(!result.succeeded, "\(result)")
            #expect(result.stderr.contains(message), "\(result)")
        }
        #expect(try box.dump() == before)
    }

    @Test func serveAnswersBesideTheCommandsAndStopsCleanlyOnSIGTERMWithoutLosingAWrite() async throws {
        let box = try await Sandbox()
        await box.ok(["seed"])
        await box.ok(["user", "add", "anna", "--role", "registrator", "--password-stdin"], stdin: Self.password + "\n")
        let server = try ServerProcess(db: box.db, directory: box.directory)
        defer { server.stop() }
        let port = try #require(await server.waitForPort(), "no 'listening on' line: \(server.output())")

        let health = try HTTP.request(port: port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(health.status == 200)
        let redirect = try HTTP.request(port: port, "GET /remiss HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(redirect.status == 303)

        // The commands keep working on the same file while the server runs.
        await box.ok(["remiss", "add", "--title", "Från kommandoraden", "--sender", "SKR", "--category", "nhv",
                      "--received", "2025-06-01", "--deadline", "2025-07-01"])

        // Log in.
        let session = try HTTP.login(port: port, "anna", Self.password)
        let start = try HTTP.request(port: port, "GET / HTTP/1.1\r\nHost: x\r\nCookie: samreg_session=\(session)\r\nConnection: close\r\n\r\n")
        #expect(start.status == 200)
        let csrf = try #require(start.csrfToken)
        let list = try HTTP.request(port: port, "GET /remiss?q=kommandoraden HTTP/1.1\r\nHost: x\r\nCookie: samreg_session=\(session)\r\nConnection: close\r\n\r\n")
        #expect(list.body.contains("Från kommandoraden"), "the server reads what the command wrote")

        // A write in progress when SIGTERM comes is finished and committed before the server stops.
        let body = HTTP.formBody(["csrf_token": csrf, "title": "Under nedstängning", "sender": "SKR", "category": "nhv",
                                  "received": "2025-06-01", "deadline": "2025-07-01"])
        let connection = try HTTP.Connection(port: port)
        let bytes = Array(body.utf8)
        try connection.send("POST /remiss/ny HTTP/1.1\r\nHost: x\r\nCookie: samreg_session=\(session)\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(bytes.count)\r\nConnection: close\r\n\r\n")
        try connection.send(bytes: Array(bytes.prefix(10)))
        try await Task.sleep(nanoseconds: 300_000_000)
        server.signal(SIGTERM)
        try await Task.sleep(nanoseconds: 300_000_000)
        try connection.send(bytes: Array(bytes.dropFirst(10)))
        let answer = try connection.receiveAll()
        #expect(answer.status == 303, "\(answer.raw)")

        let status = await server.waitForExit()
        #expect(status == 0, "\(server.output())")
        #expect(server.errors().contains("samreg serve: stopped"))
        let titles = try readDatabase(box.db) { db in try String.fetchAll(db, sql: "SELECT title FROM remiss WHERE title IN ('Från kommandoraden', 'Under nedstängning')") }
        #expect(Set(titles) == ["Från kommandoraden", "Under nedstängning"])
        let actor = try readDatabase(box.db) { db in
            try String.fetchOne(db, sql: "SELECT actor FROM audit WHERE tbl = 'remiss' ORDER BY seq DESC LIMIT 1")
        }
        #expect(actor == "anna")
        await box.ok(["check"])
    }

    @Test func reportsFromTheWebAreTheBytesTheCommandWrites() async throws {
        let box = try await Sandbox()
        await box.ok(["seed"])
        await box.ok(["user", "add", "ada", "--role", "analyst", "--password-stdin"], stdin: Self.password + "\n")
        let server = try ServerProcess(db: box.db, directory: box.directory)
        defer { server.stop() }
        let port = try #require(await server.waitForPort(), "no 'listening on' line: \(server.output())")
        let session = try HTTP.login(port: port, "ada", Self.password)
        for (arguments, query) in [(["annual", "--year", "2024", "--format", "html"], "annual?year=2024&format=html"),
                                   (["remisser", "--format", "csv-excel"], "remisser?format=csv-excel"),
                                   (["permits", "--format", "json"], "permits?format=json")] {
            // Through a file: reading standard output as a String would drop the Excel dialect's BOM.
            await box.ok(["report"] + arguments + ["--out", "report.out"])
            let cli = String(decoding: try Data(contentsOf: URL(fileURLWithPath: box.path("report.out"))), as: UTF8.self)
            let web = try HTTP.request(port: port, "GET /rapporter/\(query) HTTP/1.1\r\nHost: x\r\nCookie: samreg_session=\(session)\r\nConnection: close\r\n\r\n")
            #expect(web.status == 200)
            #expect(web.body == cli, "\(query)")
        }
        server.signal(SIGTERM)
        #expect(await server.waitForExit() == 0)
    }

    @Test func writesFromTheWebAndTheCommandsAtTheSameTimeAllLand() async throws {
        let box = try await Sandbox()
        await box.ok(["user", "add", "anna", "--role", "registrator", "--password-stdin"], stdin: Self.password + "\n")
        let server = try ServerProcess(db: box.db, directory: box.directory)
        defer { server.stop() }
        let port = try #require(await server.waitForPort(), "no 'listening on' line: \(server.output())")
        let session = try HTTP.login(port: port, "anna", Self.password)
        let start = try HTTP.request(port: port, "GET / HTTP/1.1\r\nHost: x\r\nCookie: samreg_session=\(session)\r\nConnection: close\r\n\r\n")
        let csrf = try #require(start.csrfToken)
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<8 {
                group.addTask {
                    try HTTP.post(port: port, "/org/ny", cookie: "samreg_session=\(session)",
                                  ["csrf_token": csrf, "code": "WEB\(i)", "name": "Webben \(i)", "kind": "annan"]).status
                }
                group.addTask {
                    await box.run(["org", "add", "--code", "CLI\(i)", "--name", "Kommandoraden \(i)", "--kind", "annan"]).exitCode == 0 ? 303 : 0
                }
            }
            var all: [Int] = []
            for try await status in group { all.append(status) }
            return all
        }
        #expect(statuses.count == 16)
        #expect(statuses.allSatisfy { $0 == 303 }, "\(statuses)")
        let codes = try readDatabase(box.db) { db in
            try String.fetchAll(db, sql: "SELECT code FROM organisation WHERE code LIKE 'WEB%' OR code LIKE 'CLI%'")
        }
        #expect(codes.count == 16)
        server.signal(SIGTERM)
        #expect(await server.waitForExit() == 0)
        await box.ok(["check"])
    }

    @Test func serveRefusesAMissingRegistryAtOnce() async throws {
        let box = try await Sandbox(initialise: false)
        let result = await box.run(["serve", "--port", "0"], db: .file("nothing.sqlite"))
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("no database at"))
    }
}

/// A running `samreg serve --port 0`, its output in files.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let out: URL
    let err: URL

    init(db: String, directory: URL) throws {
        out = directory.appendingPathComponent("serve.out")
        err = directory.appendingPathComponent("serve.err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SAMREG_") }
        env["SAMREG_TODAY"] = testToday
        process.executableURL = Samreg.executable
        process.arguments = ["serve", "--port", "0", "--db", db]
        process.environment = env
        process.currentDirectoryURL = directory
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    func output() -> String { (try? String(contentsOf: out, encoding: .utf8)) ?? "" }
    func errors() -> String { (try? String(contentsOf: err, encoding: .utf8)) ?? "" }

    /// The port from the "listening on" line, waiting up to 60 s for it.
    func waitForPort() async -> Int? {
        for _ in 0..<600 {
            if let line = output().split(separator: "\n").first(where: { $0.contains("listening on http://") }),
               let port = line.split(separator: ":").last.flatMap({ Int($0) }) {
                return port
            }
            if !process.isRunning { return nil }
            try? await Task.sleep(nanoseconds: 100_000_000)
        }
        return nil
    }

    func signal(_ sig: Int32) { kill(process.processIdentifier, sig) }

    func waitForExit() async -> Int32 {
        for _ in 0..<600 where process.isRunning { try? await Task.sleep(nanoseconds: 100_000_000) }
        if process.isRunning { return -1 }
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

/// A minimal HTTP/1.1 client over a loopback socket (Connection: close).
enum HTTP {
    /// Logs in through the form as a browser does (the login page's token, then the POST) and
    /// returns the session cookie's value; fails unless the login answers 303 with a session.
    static func login(port: Int, _ user: String, _ password: String) throws -> String {
        let form = try request(port: port, "GET /login HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let loginCookie = try #require(form.cookie("samreg_login"))
        let login = try post(port: port, "/login", cookie: "samreg_login=\(loginCookie)",
                             ["csrf_token": loginCookie, "username": user, "password": password])
        #expect(login.status == 303)
        return try #require(login.cookie("samreg_session"))
    }

    struct Response {
        let raw: String
        var status: Int { Int(raw.split(separator: " ", maxSplits: 2).dropFirst().first ?? "") ?? 0 }
        var body: String { raw.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n") }

        func cookie(_ name: String) -> String? {
            for line in raw.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("set-cookie: \(name)=") {
                let value = line.dropFirst("set-cookie: \(name)=".count).prefix { $0 != ";" }
                return value.isEmpty ? nil : String(value)
            }
            return nil
        }

        var csrfToken: String? {
            guard let range = body.range(of: "name=\"csrf_token\" value=\"") else { return nil }
            return String(body[range.upperBound...].prefix(64))
        }
    }

    final class Connection {
        let fd: Int32

        init(port: Int) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard result == 0 else { close(fd); throw CocoaError(.fileReadUnknown) }
        }

        deinit { close(fd) }

        func send(_ text: String) throws { try send(bytes: Array(text.utf8)) }

        func send(bytes: [UInt8]) throws {
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                guard n > 0 else { throw CocoaError(.fileWriteUnknown) }
                sent += n
            }
        }

        func receiveAll() throws -> Response {
            var data = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                data += buffer[0..<n]
            }
            return Response(raw: String(decoding: data, as: UTF8.self))
        }
    }

    static func request(port: Int, _ text: String) throws -> Response {
        let connection = try Connection(port: port)
        try connection.send(text)
        return try connection.receiveAll()
    }

    static func formBody(_ fields: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    static func post(port: Int, _ path: String, cookie: String, _ fields: [String: String]) throws -> Response {
        let body = formBody(fields)
        return try request(port: port, "POST \(path) HTTP/1.1\r\nHost: x\r\nCookie: \(cookie)\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)")
    }
}

/// Reads the database at `path` directly (not through samreg).
private func readDatabase<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.inDatabase(body)
}
