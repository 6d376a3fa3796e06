import Foundation
import GRDB
import SamregTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// samreg keeps a registry safe outside the happy path: installed as a lone binary, on a full
/// disk, and across schema versions, older and newer.
@Suite("Safety: installation, full disk, schema versions")
struct SafetyTests {
    // MARK: An installed binary

    @Test func installedExecutableWorksAloneFromAnotherDirectory() async throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("samreg-e2e-installed-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        let bin = root.appendingPathComponent("bin")
        let work = root.appendingPathComponent("arbete")
        try fm.createDirectory(at: bin, withIntermediateDirectories: true)
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        // The executable alone: no build folder, no resource bundles beside it.
        let installed = bin.appendingPathComponent("samreg")
        // Copied by another process: a file this test process held open for writing could be
        // inherited by a process the parallel tests fork at that moment, and running it would
        // then fail with "Text file busy" (ETXTBSY).
        let copy = await Samreg.runProgram("/bin/cp", [Samreg.executable.path, installed.path], in: root)
        try #require(copy.succeeded, "\(copy)")
        chmod(installed.path, 0o755)
        #expect(try fm.contentsOfDirectory(atPath: bin.path) == ["samreg"])

        func run(_ arguments: [String]) throws -> RunResult {
            try runInstalled(installed, arguments, in: work)
        }
        let created = try run(["init", "--db", "register.sqlite"])
        #expect(created.succeeded && created.stdout.contains("created"), "\(created)")
        let seeded = try run(["seed", "--db", "register.sqlite"])
        #expect(seeded.succeeded && seeded.stdout.hasPrefix("seeded: "), "\(seeded)")
        let report = try run(["report", "annual", "--year", "2024", "--db", "register.sqlite"])
        #expect(report.succeeded, "\(report)")
        #expect(report.stdout.hasPrefix("# Årlig uppföljning 2024"), "\(report.stdout.prefix(200))")
        #expect(report.stdout.contains("Samverkansnämnden"))
        let html = try run(["report", "annual", "--year", "2024", "--format", "html", "--out", "arlig.html", "--db", "register.sqlite"])
        #expect(html.succeeded, "\(html)")
        #expect(try String(contentsOf: work.appendingPathComponent("arlig.html"), encoding: .utf8).contains("<svg"))
        let check = try run(["check", "--db", "register.sqlite"])
        #expect(check.succeeded, "\(check)")
        // The database went where the working directory says, nothing was written beside the binary.
        #expect(fm.fileExists(atPath: work.appendingPathComponent("register.sqlite").path))
        #expect(try fm.contentsOfDirectory(atPath: bin.path) == ["samreg"])
    }

    // MARK: A full disk

    /// Pages that `init` and `seed` fit in (about 160 are used) but a 20 000-row import does not.
    static let smallDatabasePages = "400"

    @Test func importThatDoesNotFitIsRefusedAsFullAndChangesNothing() async throws {
        let limit: [String: String?] = ["SAMREG_MAX_PAGE_COUNT": Self.smallDatabasePages]
        let box = try await Sandbox(initialise: false)
        await box.ok(["init"], environment: limit)
        await box.ok(["seed"], environment: limit)
        try box.write("remisser.csv", Self.generatedRemissCSV(rows: 20_000))

        // One line naming the database and saying it is full, exit 1, and the database as it was.
        let refused = try await box.expectRefused(["import", "remiss", "remisser.csv"], mentions: ["full", box.db], environment: limit)
        #expect(refused.exitCode == 1, "\(refused)")
        let check = await box.ok(["check"])
        #expect(check.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("ok ") }, "\(check)")
        // The registry still takes what fits.
        try await box.addRemiss(title: "Efter full disk")
        await box.ok(["check"], environment: limit)

        // Its rows are valid: the first 200 of them fit and import under the same limit.
        let head = try String(contentsOfFile: box.path("remisser.csv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).prefix(201).joined(separator: "\n") + "\n"
        try box.write("de-första.csv", head)
        let small = await box.ok(["import", "remiss", "de-första.csv"], environment: limit)
        #expect(small.stdout.hasPrefix("imported 200 remiss records"), "\(small)")
    }

    @Test func initStoppedByAFullDiskSaysSoInOneLineAndASecondInitFinishesTheSchema() async throws {
        let total = Self.migrationFiles.count
        // 60 pages: the first migrations fit, a later one does not.
        let box = try await Sandbox(initialise: false)
        let stopped = await box.run(["init"], environment: ["SAMREG_MAX_PAGE_COUNT": "60"])
        expectOneLineError(stopped, mentions: ["full"])
        #expect(stopped.exitCode == 1, "\(stopped)")
        let completed = try appliedMigrations(box.db).count
        #expect((1..<total).contains(completed), "expected some but not all migrations within 60 pages, got \(completed)")
        try await box.expectRefused(["remiss", "list"], mentions: ["older schema", "\(completed) of \(total)"])
        let finished = await box.ok(["init"])
        #expect(finished.stdout.contains("upgraded"), "\(finished)")
        #expect(try appliedMigrations(box.db) == Self.migrationStems)
        await box.ok(["seed"])
        await box.ok(["check"])

        // 10 pages: GRDB creates its grdb_migrations table (outside any migration's
        // transaction), then the first migration does not fit.
        let early = try await Sandbox(initialise: false)
        let full = await early.run(["init"], environment: ["SAMREG_MAX_PAGE_COUNT": "10"])
        expectOneLineError(full, mentions: ["full"])
        #expect(try appliedMigrations(early.db) == [])
        // A second init finishes the schema of the file the first one left.
        _ = await early.ok(["init"])
        #expect(try appliedMigrations(early.db) == Self.migrationStems)
    }

    static func generatedRemissCSV(rows: Int) -> String {
        let senders = ["SKR", "SoS", "TLV", "FHM", "IVO"]
        let categories = ["kunskapsstyrning", "nhv", "myndighet"]
        var lines = ["title,sender,category,received,deadline,note"]
        lines.reserveCapacity(rows + 1)
        for i in 0..<rows {
            let day = "\(i % 12 + 1 < 10 ? "0" : "")\(i % 12 + 1)-\(i % 28 + 1 < 10 ? "0" : "")\(i % 28 + 1)"
            lines.append("Remiss \(i) om vårdförlopp och kunskapsstöd för högspecialiserad vård,\(senders[i % senders.count]),"
                + "\(categories[i % categories.count]),2025-\(day),2026-\(day),\"Anteckning \(i): svar via RSL, med \"\"citat\"\"\"")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Schema versions

    /// The migration files, in name order.
    static let migrationFiles: [URL] = {
        let folder = Samreg.packageRoot.appendingPathComponent("migrations")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".sql") }.sorted().map { folder.appendingPathComponent($0) }
    }()

    /// The identifiers GRDB records for the migrations: the file stems (as Migrations.swift registers them).
    static var migrationStems: [String] { migrationFiles.map { $0.deletingPathExtension().lastPathComponent } }

    /// A database at the first schema version, made with GRDB from migrations/0001_*.sql exactly
    /// as samreg's migrator registers it, with one organisation added.
    func firstVersionDatabase(_ box: Sandbox, at path: String) throws {
        let first = try #require(Self.migrationFiles.first)
        #expect(first.lastPathComponent.hasPrefix("0001_"))
        var migrator = DatabaseMigrator()
        let sql = try String(contentsOf: first, encoding: .utf8)
        migrator.registerMigration(first.deletingPathExtension().lastPathComponent) { db in
            try db.execute(sql: sql)
        }
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO organisation (code, name, kind, note) VALUES (?, ?, ?, ?)",
                           arguments: ["E2E", "Testkommunen i Ödeshög", "annan", "tillagd före uppgraderingen"])
        }
        try queue.close()
    }

    /// The organisation added to the first-version database, as stored.
    func addedOrganisation(_ path: String) throws -> Row? {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try Row.fetchOne(db, sql: "SELECT * FROM organisation WHERE code = 'E2E'") }
    }

    func appliedMigrations(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
    }

    @Test func firstSchemaVersionIsRefusedUntilInitUpgradesItKeepingItsRecords() async throws {
        #expect(Self.migrationFiles.count >= 2)
        let box = try await Sandbox(initialise: false)
        try firstVersionDatabase(box, at: box.db)
        let original = try #require(try addedOrganisation(box.db))
        #expect(try appliedMigrations(box.db) == [Self.migrationStems[0]])

        let total = Self.migrationFiles.count
        try await box.expectRefused(["remiss", "list"], mentions: ["older schema", "1 of \(total) migrations", "samreg init"])
        try await box.expectRefused(["seed"], mentions: ["older schema", "samreg init"])

        let upgraded = await box.ok(["init"])
        #expect(upgraded.stdout.contains("upgraded"), "\(upgraded)")
        #expect(try appliedMigrations(box.db) == Self.migrationStems)
        #expect(try addedOrganisation(box.db) == original)
        let again = await box.ok(["init"])
        #expect(again.stdout.contains("up to date"), "\(again)")

        // Everything works on the upgraded database.
        await box.ok(["seed"])
        let org = try await box.show("org", "E2E")
        #expect(org["name"]?.string == "Testkommunen i Ödeshög")
        try await box.addRemiss(title: "Efter uppgraderingen", sender: "E2E")
        let report = await box.ok(["report", "annual", "--year", "2024", "--format", "json"])
        _ = try JSONValue.parse(report.stdout)
        await box.ok(["report", "remisser", "--from", "2025-01-01", "--to", "2025-06-30"])
        #expect(try await box.listIds("remiss").count == 11)
        await box.ok(["check"])
        await box.ok(["audit", "verify"])
    }

    struct InterruptedUpgrade: Sendable, CustomTestStringConvertible {
        /// A table that a later migration creates, made beforehand so that migration fails.
        let table: String
        /// How many migrations complete before the one that fails.
        let completed: Int
        /// A table the failing migration makes before it reaches `table` (rolled back with it).
        let madeBefore: String?
        var testDescription: String { "\(table) already there: \(completed) migrations complete" }
    }

    @Test(arguments: [
        InterruptedUpgrade(table: "meeting", completed: 1, madeBefore: nil),            // 0002 fails at once
        InterruptedUpgrade(table: "goal", completed: 3, madeBefore: "permit"),          // 0004 fails half way
    ])
    func upgradeThatFailsMidwayLeavesTheOldDatabaseUsable(_ upgrade: InterruptedUpgrade) async throws {
        let box = try await Sandbox(initialise: false)
        let v1 = box.path("v1.sqlite")
        try firstVersionDatabase(box, at: v1)
        try FileManager.default.copyItem(atPath: v1, toPath: box.db)
        try onDatabase(box.db) { db in try db.execute(sql: "CREATE TABLE \(upgrade.table) (x)") }
        let before = try box.dump()

        let failed = await box.run(["init"])
        expectOneLineError(failed, mentions: [upgrade.table, "already exists"])
        #expect(failed.exitCode == 1, "\(failed)")

        // Each migration is its own transaction: the ones before the failing one stay, the failing one left nothing.
        #expect(try appliedMigrations(box.db) == Array(Self.migrationStems.prefix(upgrade.completed)))
        #expect(try addedOrganisation(box.db) == (try addedOrganisation(v1)))
        let tables = try onDatabase(box.db) { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table'")
        }
        if let madeBefore = upgrade.madeBefore {
            #expect(!tables.contains(madeBefore), "the failed migration left its table \(madeBefore)")
        }
        if upgrade.completed == 1 { #expect(try box.dump() == before) }
        let integrity = try onDatabase(box.db) { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])

        // samreg still knows it for what it is, and finishes the upgrade once the obstacle is gone.
        try await box.expectRefused(["remiss", "list"], mentions: ["older schema", "\(upgrade.completed) of \(Self.migrationFiles.count)"])
        try onDatabase(box.db) { db in try db.execute(sql: "DROP TABLE \(upgrade.table)") }
        let upgraded = await box.ok(["init"])
        #expect(upgraded.stdout.contains("upgraded"), "\(upgraded)")
        #expect(try appliedMigrations(box.db) == Self.migrationStems)
        #expect(try addedOrganisation(box.db) == (try addedOrganisation(v1)))
        await box.ok(["seed"])
        await box.ok(["check"])
    }

    @Test func databaseFromANewerSamregIsRefusedByInitAndEveryCommandAndNothingIsWritten() async throws {
        let box = try await Sandbox.fromFixture("safety-seeded") { box in
            await box.ok(["seed"])
        }
        try onDatabase(box.db) { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_from_a_newer_samreg')")
            _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: box.db))

        for command in [["init"], ["seed"], ["remiss", "list"], ["check"],
                        ["remiss", "add", "--title", "T", "--sender", "SKR", "--category", "nhv",
                         "--received", "2025-01-01", "--deadline", "2025-02-01"]] {
            let result = try await box.expectRefused(command, mentions: ["newer samreg", "9999_from_a_newer_samreg"])
            #expect(result.exitCode == 1, "\(result)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: box.db)) == bytes, "samreg \(command.joined(separator: " ")) wrote to the database file")
            let walSize = ((try? FileManager.default.attributesOfItem(atPath: box.db + "-wal"))?[.size] as? NSNumber)?.intValue ?? 0
            #expect(walSize == 0, "samreg \(command.joined(separator: " ")) wrote \(walSize) bytes to the WAL")
        }
        #expect(try appliedMigrations(box.db).last == "9999_from_a_newer_samreg")
    }
}

/// Runs `body` on a connection of its own to the database at `path` (outside samreg), then closes it.
@discardableResult
private func onDatabase<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.inDatabase(body)
}

/// Runs `executable` (not the one in the build folder) with `arguments` in `directory`, with the
/// tests' environment; a run longer than 60 s is killed and recorded as an issue.
private func runInstalled(_ executable: URL, _ arguments: [String], in directory: URL) throws -> RunResult {
    var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SAMREG_") }
    env["SAMREG_TODAY"] = testToday
    env["SAMREG_ACTOR"] = testActor
    let fm = FileManager.default
    let io = fm.temporaryDirectory.appendingPathComponent("samreg-e2e-installed-io-\(UUID().uuidString)")
    try fm.createDirectory(at: io, withIntermediateDirectories: true)
    defer { try? fm.removeItem(at: io) }
    let outURL = io.appendingPathComponent("stdout"), errURL = io.appendingPathComponent("stderr")
    _ = fm.createFile(atPath: outURL.path, contents: nil)
    _ = fm.createFile(atPath: errURL.path, contents: nil)
    let outHandle = try FileHandle(forWritingTo: outURL), errHandle = try FileHandle(forWritingTo: errURL)
    defer { try? outHandle.close(); try? errHandle.close() }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = env
    process.currentDirectoryURL = directory
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    try process.run()
    let deadline = Date().addingTimeInterval(60)
    while process.isRunning && Date() < deadline { usleep(5_000) }
    if process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        Issue.record("samreg \(arguments.joined(separator: " ")) did not finish within 60 s")
    }
    process.waitUntilExit()
    return RunResult(arguments: arguments, exitCode: process.terminationStatus,
                     stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                     stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
}
