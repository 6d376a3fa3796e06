import Foundation
import GRDB
import SamregTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files and output (issue 10, items 2–4): write failures are one-line errors, not crashes;
/// `--out` replaces only regular files; `import` reads pipes and FIFOs once; `init` and
/// `backup` never leave or make a file that is not what it claims to be. Each class of fault
/// is driven through the built executable, with a shell where the fault needs one (`>&-`,
/// `/dev/full`, `ulimit -f`, `<(…)`).
@Suite("Files and output")
struct FileSafetyTests {
    // MARK: Support

    /// The seeded registry (a few records of every family).
    func seeded() async throws -> Sandbox {
        try await Sandbox.fromFixture("file-safety-seeded") { box in await box.ok(["seed"]) }
    }

    /// A seeded registry with 30 000 more remisser (inserted directly, for speed): an export
    /// of it takes long enough to be caught in the middle, and is some 10 MB of JSON.
    func large() async throws -> Sandbox {
        try await Sandbox.fromFixture("file-safety-large") { box in
            await box.ok(["seed"])
            let queue = try box.openForWriting()
            try await queue.write { db in
                try db.execute(sql: """
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000)
                    INSERT INTO remiss (title, sender_id, category, received_on, deadline_on)
                    SELECT 'Remiss nummer ' || i || ' om vårdförlopp och kunskapsstöd', (SELECT min(id) FROM organisation),
                           'nhv', '2025-05-02', '2025-06-14' FROM n
                    """)
            }
            try queue.close()
        }
    }

    /// Runs `script` with bash in the sandbox: `$SAMREG` is the executable and `$SAMREG_DB` the
    /// sandbox's registry. Standard input is /dev/null unless the script says otherwise.
    func shell(_ script: String, in box: Sandbox) async throws -> RunResult {
        let result = await Samreg.runProcess(URL(fileURLWithPath: "/bin/bash"), ["-c", script], in: box.directory,
                                             environment: ["SAMREG_DB": box.db, "SAMREG": Samreg.executable.path])
        return RunResult(arguments: ["bash", "-c", script], exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr)
    }

    func environment(_ box: Sandbox) -> [String: String] {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SAMREG_") }
        env["SAMREG_TODAY"] = testToday
        env["SAMREG_ACTOR"] = testActor
        env["SAMREG_DB"] = box.db
        env["SAMREG"] = Samreg.executable.path
        return env
    }

    /// Starts `process`; the task ends with its exit status (128 + the signal if one killed it).
    func started(_ process: Process) throws -> Task<Int32, Never> {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { p in
            continuation.yield(p.terminationReason == .uncaughtSignal ? 128 + p.terminationStatus : p.terminationStatus)
            continuation.finish()
        }
        try process.run()
        return Task {
            for await status in stream { return status }
            return -1
        }
    }

    /// Starts samreg with `arguments` in the sandbox, its output thrown away.
    func startSamreg(_ arguments: [String], in box: Sandbox) throws -> (Process, Task<Int32, Never>) {
        let process = Process()
        process.executableURL = Samreg.executable
        process.arguments = arguments
        process.environment = environment(box)
        process.currentDirectoryURL = box.directory
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        return (process, try started(process))
    }

    /// samreg's temporary files (`.NAME.samreg-PID-XXXXXXXX.tmp`) in the sandbox.
    func temporaryFiles(_ box: Sandbox) -> [String] {
        temporaryFiles(box.directory.path)
    }

    func temporaryFiles(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.contains(".samreg-") && $0.hasSuffix(".tmp") }
    }

    /// Watches the sandbox from a thread of its own (not the test's task pool, which other
    /// tests may keep busy) until a temporary file of samreg's for `name` appears, then at once
    /// sends `signal` to `process` (SIGSTOP: frozen where it is, to be looked at). Returns the
    /// temporary file's path, or nil if the process ended first (or after a minute).
    func catchTemporaryFile(of name: String, in box: Sandbox, process: Process, signal: Int32) async -> String? {
        let pid = process.processIdentifier
        let directory = box.directory.path
        let prefix = "." + name + ".samreg-"
        return await withCheckedContinuation { continuation in
            let watcher = Thread {
                let deadline = Date().addingTimeInterval(60)
                while Date() < deadline {
                    if let dir = opendir(directory) {
                        var found: String?
                        while let entry = readdir(dir) {
                            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                            }
                            if entryName.hasPrefix(prefix) && entryName.hasSuffix(".tmp") { found = entryName }
                        }
                        closedir(dir)
                        if let found {
                            kill(pid, signal)
                            continuation.resume(returning: directory + "/" + found)
                            return
                        }
                    }
                    if kill(pid, 0) != 0 { break }   // gone
                }
                continuation.resume(returning: nil)
            }
            watcher.start()
        }
    }

    func mode(of path: String) -> mode_t? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o7777
    }

    func kind(of path: String) -> mode_t? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return st.st_mode & S_IFMT
    }

    /// Binds a Unix-domain socket at `path` (the socket file stays after the descriptor is closed).
    func makeSocket(at path: String) throws {
        #if canImport(Glibc)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0, "cannot bind a socket at \(path)")
    }

    /// Commands that write to standard output, one of each kind of writer.
    static let printingCommands: [String] = [
        "\"$SAMREG\" remiss list",
        "\"$SAMREG\" remiss show 1",
        "\"$SAMREG\" export remiss --format json",
        "\"$SAMREG\" report annual --year 2024",
        "\"$SAMREG\" sql 'SELECT id, title FROM remiss' --format csv",
        "\"$SAMREG\" check",
        "\"$SAMREG\" remiss add --title Ny --sender SKR --category nhv --received 2025-05-02 --deadline 2025-06-14",
        // Printed by the argument parser, through C's stdio.
        "\"$SAMREG\" --help",
        "\"$SAMREG\" --version",
    ]

    // MARK: Write failures are errors, not crashes

    @Test(arguments: printingCommands)
    func closedStandardOutputIsAOneLineErrorNotACrash(command: String) async throws {
        let box = try await seeded()
        let result = try await shell(command + " >&-", in: box)
        expectOneLineError(result, mentions: ["cannot write to standard output", "closed"])
        #expect(result.exitCode == 1, "\(result)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full"), arguments: printingCommands)
    func fullStandardOutputIsAOneLineErrorNotACrash(command: String) async throws {
        let box = try await seeded()
        let result = try await shell(command + " > /dev/full", in: box)
        expectOneLineError(result, mentions: ["cannot write to standard output", "No space left on device"])
        #expect(result.exitCode == 1, "\(result)")
    }

    /// A pipe whose reading end is closed before samreg starts: every write gets EPIPE.
    @Test(arguments: [["remiss", "list"], ["export", "remiss", "--format", "json"], ["report", "annual", "--year", "2024"], ["check"]])
    func closedPipeIsAOneLineErrorNotACrash(arguments: [String]) async throws {
        let box = try await large()
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let errURL = box.directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = Samreg.executable
        process.arguments = arguments
        process.environment = environment(box)
        process.currentDirectoryURL = box.directory
        process.standardOutput = pipe.fileHandleForWriting
        process.standardError = try FileHandle(forWritingTo: errURL)
        let status = try await started(process).value
        try pipe.fileHandleForWriting.close()
        let result = RunResult(arguments: arguments, exitCode: status, stdout: "",
                               stderr: try String(contentsOf: errURL, encoding: .utf8))
        expectOneLineError(result, mentions: ["cannot write to standard output", "Broken pipe"])
        #expect(status == 1, "\(result)")
    }

    @Test func outputPastTheFileSizeLimitIsAnErrorAndLeavesNoFile() async throws {
        let box = try await large()
        // An earlier export of the same name stays as it was.
        try box.write("remisser.json", "tidigare\n")
        let result = try await shell("ulimit -f 512; \"$SAMREG\" export remiss --format json --out remisser.json", in: box)
        expectOneLineError(result, mentions: ["cannot write remisser.json", "File too large"])
        #expect(result.exitCode == 1)
        #expect(try String(contentsOfFile: box.path("remisser.json"), encoding: .utf8) == "tidigare\n")
        #expect(temporaryFiles(box) == [])
        // The same limit on standard output.
        let piped = try await shell("ulimit -f 512; \"$SAMREG\" export remiss --format json > ut.json", in: box)
        expectOneLineError(piped, mentions: ["cannot write to standard output", "File too large"])
    }

    /// Whether a small file system can be mounted in a mount namespace of its own (root, with
    /// util-linux's unshare): it vanishes with the process that mounted it.
    static let smallDiskCanBeMounted: Bool = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("samreg-e2e-mount-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)) != nil else { return false }
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-m", "/bin/sh", "-c", "mount -t tmpfs -o size=64k none '\(dir.path)'"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test(.enabled(if: smallDiskCanBeMounted, "cannot mount a small file system (needs root and unshare)"), arguments: [
        ("export remiss --format json --out klein/remisser.json", ["cannot write klein/remisser.json", "No space left on device"]),
        ("report annual --year 2024 --format html --out klein/arlig.html", ["cannot write klein/arlig.html", "No space left on device"]),
        ("backup klein/kopia.sqlite", ["backup to klein/kopia.sqlite failed", "no backup was written"]),
    ])
    func fullDiskIsAnErrorAndLeavesNothingOnIt(command: String, mentions: [String]) async throws {
        let box = try await large()
        try FileManager.default.createDirectory(atPath: box.path("klein"), withIntermediateDirectories: false)
        // A 64 KiB disk, already holding 48 KiB: the output does not fit in the rest.
        let result = try await shell("""
            exec unshare -m /bin/sh -c 'mount -t tmpfs -o size=64k none klein && head -c 49152 /dev/zero > klein/fyllnad && \
            "$SAMREG" \(command); status=$?; ls -A klein > listing; exit $status'
            """, in: box)
        expectOneLineError(result, mentions: mentions)
        #expect(result.exitCode == 1, "\(result)")
        #expect(try String(contentsOfFile: box.path("listing"), encoding: .utf8) == "fyllnad\n", "left on the full disk")
    }

    @Test(arguments: [("SIGTERM", SIGTERM, Int32(143)), ("SIGINT", SIGINT, Int32(130))])
    func signalDuringAnExportRemovesItsOwnerOnlyTemporaryFile(name: String, signal: Int32, exit: Int32) async throws {
        let box = try await large()
        let (process, status) = try startSamreg(["export", "remiss", "--format", "json", "--out", "remisser.json"], in: box)
        // Stopped where it is, so that the file is looked at while samreg is writing it.
        let temporary = await catchTemporaryFile(of: "remisser.json", in: box, process: process, signal: SIGSTOP)
        guard let temporary else {
            Issue.record("the export finished before its temporary file was seen: \(await status.value)")
            return
        }
        #expect(mode(of: temporary) == 0o600, "the temporary file is \(String(mode(of: temporary) ?? 0, radix: 8))")
        kill(process.processIdentifier, signal)
        kill(process.processIdentifier, SIGCONT)
        #expect(await status.value == exit)
        #expect(process.terminationReason == .exit, "samreg should exit from its handler, not die of \(name)")
        #expect(temporaryFiles(box) == [])
        #expect(!FileManager.default.fileExists(atPath: box.path("remisser.json")))
    }

    @Test func reportAndExportFilesAreOwnerOnlyAndNoTemporaryFileIsLeft() async throws {
        let box = try await seeded()
        let result = try await shell("umask 000; \"$SAMREG\" report annual --year 2024 --out arlig.md && \"$SAMREG\" export remiss --out r.csv", in: box)
        #expect(result.succeeded, "\(result)")
        #expect(mode(of: box.path("arlig.md")) == 0o600)
        #expect(mode(of: box.path("r.csv")) == 0o600)
        #expect(temporaryFiles(box) == [])
    }

    // MARK: --out replaces only a regular file

    @Test(arguments: ["report annual --year 2024 --out", "export remiss --out", "export remiss --format json --out"])
    func outOntoAnythingButARegularFileIsRefusedAndLeftAlone(command: String) async throws {
        let box = try await seeded()
        try FileManager.default.createDirectory(atPath: box.path("katalog"), withIntermediateDirectories: false)
        try #require(mkfifo(box.path("fifo"), 0o600) == 0)
        try makeSocket(at: box.path("sock"))
        // A device of the sandbox's own where samreg may make one (as root), so that a samreg
        // that wrongly replaced it would not replace the machine's /dev/null; else /dev/null,
        // which a user without that right cannot replace either.
        #if canImport(Glibc)
        let nullDevice: dev_t = 1 << 8 | 3   // makedev(1, 3)
        #else
        let nullDevice: dev_t = 3 << 24 | 2  // makedev(3, 2)
        #endif
        let device = mknod(box.path("null"), S_IFCHR | 0o666, nullDevice) == 0 ? "null" : "/dev/null"
        try FileManager.default.createSymbolicLink(atPath: box.path("till-null"), withDestinationPath: device)
        try FileManager.default.createSymbolicLink(atPath: box.path("till-katalog"), withDestinationPath: "katalog")
        try FileManager.default.createSymbolicLink(atPath: box.path("till-inget"), withDestinationPath: "saknas/inget")
        let targets: [(String, String)] = [
            ("katalog", "a directory"), ("fifo", "a FIFO"), ("sock", "a socket"), (device, "a character device"),
            ("till-null", "a symbolic link to a character device"), ("till-katalog", "a symbolic link to a directory"),
            ("till-inget", "a symbolic link to nothing"),
        ]
        for (target, what) in targets {
            let before = kind(of: target.hasPrefix("/") ? target : box.path(target))
            let result = try await shell("\"$SAMREG\" \(command) \(target)", in: box)
            expectOneLineError(result, mentions: ["refusing to write to \(target)", what, "replaces only regular files"])
            #expect(kind(of: target.hasPrefix("/") ? target : box.path(target)) == before, "\(target) was replaced")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: box.path("katalog")) == [])
        #expect(temporaryFiles(box) == [])
    }

    @Test func outThroughASymbolicLinkReplacesTheFileItPointsTo() async throws {
        let box = try await seeded()
        try box.write("gammal.csv", "gammal\n")
        try FileManager.default.createSymbolicLink(atPath: box.path("senaste.csv"), withDestinationPath: "gammal.csv")
        await box.ok(["export", "remiss", "--out", "senaste.csv"])
        #expect(kind(of: box.path("senaste.csv")) == S_IFLNK, "the link itself was replaced")
        #expect(try String(contentsOfFile: box.path("gammal.csv"), encoding: .utf8).hasPrefix("id,"))
        #expect(temporaryFiles(box) == [])
    }

    // MARK: import reads pipes, FIFOs and standard input once

    static let oneRemiss = "title,sender,category,received,deadline\nFrån en ström,SKR,nhv,2025-05-02,2025-06-14\n"

    @Test(arguments: [
        ("standard input as -", "printf '%s' \"$CSV\" | \"$SAMREG\" import remiss -", "from -"),
        ("/dev/stdin", "printf '%s' \"$CSV\" | \"$SAMREG\" import remiss /dev/stdin", "from /dev/stdin"),
        ("process substitution", "\"$SAMREG\" import remiss <(printf '%s' \"$CSV\")", "from /dev/fd/"),
        ("a FIFO", "mkfifo ff && { printf '%s' \"$CSV\" > ff & } && \"$SAMREG\" import remiss ff", "from ff"),
        ("JSON from a pipe", "printf '%s' '[{\"title\": \"Från en ström\", \"sender\": \"SKR\", \"category\": \"nhv\", \"received\": \"2025-05-02\", \"deadline\": \"2025-06-14\"}]' | \"$SAMREG\" import remiss - --format json", "from -"),
    ])
    func importReadsAStreamOnce(name: String, script: String, says: String) async throws {
        let box = try await seeded()
        let before = try await box.listIds("remiss").count
        let result = try await shell("CSV='\(Self.oneRemiss)'; " + script, in: box)
        #expect(result.succeeded, "\(name): \(result)")
        #expect(result.stdout.contains("imported 1 remiss record \(says)"), "\(name): \(result)")
        #expect(try await box.listIds("remiss").count == before + 1)
    }

    @Test func importOfAStreamLongerThanItsHeadLosesNothing() async throws {
        let box = try await seeded()
        // Well past the 64 KiB the importer looks at first to find the separator.
        var csv = "title;sender;category;received;deadline\n"
        for i in 1...3000 { csv += "Remiss \(i) från en lång ström med ett ganska långt namn;SKR;nhv;2025-05-02;2025-06-14\n" }
        try box.write("lang.csv", csv)
        let result = try await shell("\"$SAMREG\" import remiss <(cat lang.csv)", in: box)
        #expect(result.stdout.contains("imported 3000 remiss records"), "\(result)")
    }

    @Test func badRowFromAStreamIsPlacedByFileLineAndColumnAndNothingIsWritten() async throws {
        let box = try await seeded()
        let before = try box.dump()
        let csv = "title,sender,category,received,deadline\nBra,SKR,nhv,2025-05-02,2025-06-14\nDålig,SKR,nhv,2025-05-02,2025-06-31\n"
        try box.write("dalig.csv", csv)
        let piped = try await shell("cat dalig.csv | \"$SAMREG\" import remiss -", in: box)
        expectOneLineError(piped, mentions: ["-:3:5", "2025-06-31"])
        let fifo = try await shell("mkfifo ff && { cat dalig.csv > ff & } && \"$SAMREG\" import remiss ff", in: box)
        expectOneLineError(fifo, mentions: ["ff:3:5", "2025-06-31"])
        #expect(try box.dump() == before)
    }

    @Test func closedStandardInputIsAOneLineError() async throws {
        let box = try await seeded()
        let before = try box.dump()
        let result = try await shell("\"$SAMREG\" import remiss - <&-", in: box)
        expectOneLineError(result, mentions: ["cannot read standard input", "closed"])
        #expect(try box.dump() == before)
    }

    @Test func importOfADirectoryIsAOneLineError() async throws {
        let box = try await seeded()
        try FileManager.default.createDirectory(atPath: box.path("katalog"), withIntermediateDirectories: false)
        try await box.expectRefused(["import", "remiss", "katalog"], mentions: ["katalog", "is a directory"])
    }

    // MARK: init

    @Test func databaseThatIsNotARegularFileIsRefusedNotOpened() async throws {
        let box = try await Sandbox(initialise: false)
        try #require(mkfifo(box.path("fifo.sqlite"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: box.path("katalog.sqlite"), withIntermediateDirectories: false)
        for (target, what) in [("fifo.sqlite", "a FIFO"), ("katalog.sqlite", "a directory")] {
            for arguments in [["init"], ["check"], ["remiss", "list"]] {
                let result = await box.run(arguments, db: .file(target))
                expectOneLineError(result, mentions: [target, what, "not a database file"])
            }
        }
        #expect(kind(of: box.path("fifo.sqlite")) == S_IFIFO)
    }

    @Test func initOnAnExistingEmptyFileMakesItOwnerOnly() async throws {
        let box = try await Sandbox(initialise: false)
        try box.write("registry.sqlite", "")
        chmod(box.db, 0o644)
        let result = await box.ok(["init"])
        #expect(result.stdout.contains("initialised"), "\(result)")
        #expect(mode(of: box.db) == 0o600)
        await box.ok(["remiss", "list"])
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: box.db + suffix) {
            #expect(mode(of: box.db + suffix) == 0o600, "\(suffix)")
        }
    }

    /// Four inits at once on a new path, eight times: all succeed, exactly one created the
    /// file, the others found it created (and finished or skipped its migrations).
    @Test func concurrentInitsOnANewPathOneCreatesTheOthersFindItCreated() async throws {
        for round in 1...8 {
            let box = try await Sandbox(initialise: false)
            let results = await withTaskGroup(of: RunResult.self) { group in
                for _ in 1...4 { group.addTask { await box.run(["init"]) } }
                var all: [RunResult] = []
                for await r in group { all.append(r) }
                return all
            }
            for r in results { #expect(r.succeeded, "round \(round): \(r)") }
            let created = results.filter { $0.stdout.hasPrefix("created ") }
            #expect(created.count == 1, "round \(round): \(results.map(\.stdout))")
            #expect(mode(of: box.db) == 0o600)
            let check = await box.run(["check"])
            #expect(check.succeeded, "round \(round): \(check)")
        }
    }

    /// Files that hold something other than a samreg registry, or a damaged one.
    static let notRegistries: [(String, Data)] = [
        ("text", Data("Anteckningar, inte en databas.\n".utf8)),
        ("zeros", Data(count: 65_536)),
        ("garbage", Data((0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) })),
        ("an SQLite header only", Data("SQLite format 3\u{0}".utf8)),
    ]

    @Test func initRefusesAnyFileButARegistryOrNothingAndLeavesItAlone() async throws {
        let box = try await Sandbox(initialise: false)
        var files = Self.notRegistries
        files.append(("a registry cut in half", try await halfRegistry()))
        for (name, bytes) in files {
            let path = box.path("fil.sqlite")
            try bytes.write(to: URL(fileURLWithPath: path))
            let result = await box.run(["init"], db: .file(path))
            expectOneLineError(result, mentions: ["fil.sqlite"])
            #expect(result.stderr.contains("not a samreg database") || result.stderr.contains("damaged"), "\(name): \(result)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, "\(name): init changed the file")
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }

    /// The first half of a seeded registry's file, as a copy cut short would leave it.
    func halfRegistry() async throws -> Data {
        let box = try await seeded()
        await box.ok(["check"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: box.db))
        return bytes.prefix(bytes.count / 2)
    }

    // MARK: check and messages tell the truth

    @Test func checkAndEveryCommandSayWhatIsWrongWithADamagedFileAndNeverAdviseInit() async throws {
        let box = try await Sandbox(initialise: false)
        var files = Self.notRegistries
        files.append(("a registry cut in half", try await halfRegistry()))
        files.append(("an empty file", Data()))
        for (name, bytes) in files {
            let path = box.path("kopia.sqlite")
            try bytes.write(to: URL(fileURLWithPath: path))
            for arguments in [["check"], ["remiss", "list"], ["audit", "verify"], ["backup", box.path("ny-kopia.sqlite")],
                              ["remiss", "add", "--title", "T", "--sender", "SKR", "--category", "nhv",
                               "--received", "2025-05-02", "--deadline", "2025-06-14"]] {
                let result = await box.run(arguments, db: .file(path))
                expectOneLineError(result, mentions: ["kopia.sqlite"])
                #expect(["not a samreg database", "damaged", "empty file"].contains { result.stderr.contains($0) },
                        "\(name), \(arguments[0]): \(result)")
                #expect(!result.stderr.contains("samreg init"), "\(name), \(arguments[0]) advises init: \(result)")
                #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, "\(name), \(arguments[0]) changed the file")
            }
            #expect(!FileManager.default.fileExists(atPath: box.path("ny-kopia.sqlite")))
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }

    /// What a copy or backup written by another program (SQLite's backup API, a script) and
    /// stopped part way leaves: many pages written, and the rollback journal that would undo
    /// them all, down to an empty file. Every command, `init` included, must refuse it.
    @Test func halfWrittenCopyWithItsRollbackJournalIsRefusedAndLeftAlone() async throws {
        let box = try await Sandbox(initialise: false)
        let source = box.path("skrivs.sqlite"), copy = box.path("kopia.sqlite")
        let queue = try DatabaseQueue(path: source)
        try await queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 10")
            try db.execute(sql: "BEGIN IMMEDIATE; CREATE TABLE remiss (title TEXT)")
            for i in 0..<5000 { try db.execute(sql: "INSERT INTO remiss VALUES (?)", arguments: ["remiss \(i) " + String(repeating: "x", count: 200)]) }
            // The moment a kill would freeze: pages on disk, the journal beside them.
            try FileManager.default.copyItem(atPath: source, toPath: copy)
            try FileManager.default.copyItem(atPath: source + "-journal", toPath: copy + "-journal")
            try db.execute(sql: "ROLLBACK")
        }
        try queue.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: copy))
        try #require(bytes.count > 65_536, "the transaction did not spill to the file")
        for arguments in [["check"], ["init"], ["remiss", "list"], ["backup", "ny.sqlite"],
                          ["remiss", "add", "--title", "T", "--sender", "SKR", "--category", "nhv",
                           "--received", "2025-05-02", "--deadline", "2025-06-14"]] {
            let result = await box.run(arguments, db: .file(copy))
            expectOneLineError(result, mentions: ["kopia.sqlite", "unfinished write", "never completed"])
            #expect(!result.stderr.contains("samreg init"), "\(arguments[0]) advises init: \(result)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == bytes, "\(arguments[0]) changed the file")
            #expect(FileManager.default.fileExists(atPath: copy + "-journal"), "\(arguments[0]) played back the journal")
        }
    }

    // MARK: backup

    @Test func backupKilledPartWayLeavesNoFileUnderItsName() async throws {
        let box = try await large()
        for round in 1...3 {
            let name = "backup-\(round).sqlite"
            let (process, status) = try startSamreg(["backup", name], in: box)
            guard await catchTemporaryFile(of: name, in: box, process: process, signal: SIGKILL) != nil else {
                Issue.record("round \(round): the backup finished before its temporary file was seen: \(await status.value)")
                continue
            }
            #expect(await status.value == 128 + SIGKILL)
            #expect(!FileManager.default.fileExists(atPath: box.path(name)), "round \(round): a killed backup left \(name)")
        }
        // What SIGKILL leaves is a hidden temporary file, never the backup's name.
        for file in temporaryFiles(box) { try FileManager.default.removeItem(atPath: box.path(file)) }
        // A new backup to the same name works, and is a checked registry.
        await box.ok(["backup", "backup-1.sqlite"])
        #expect(mode(of: box.path("backup-1.sqlite")) == 0o600)
        let check = await box.run(["check"], db: .file("backup-1.sqlite"))
        #expect(check.stdout.contains("ok   integrity: ok"), "\(check)")
        #expect(temporaryFiles(box) == [])
    }

    @Test func backupStoppedBySIGTERMLeavesNothingAtAll() async throws {
        let box = try await large()
        let (process, status) = try startSamreg(["backup", "kopia.sqlite"], in: box)
        guard await catchTemporaryFile(of: "kopia.sqlite", in: box, process: process, signal: SIGSTOP) != nil else {
            Issue.record("the backup finished before its temporary file was seen: \(await status.value)")
            return
        }
        kill(process.processIdentifier, SIGTERM)
        kill(process.processIdentifier, SIGCONT)
        #expect(await status.value == 143)
        #expect(!FileManager.default.fileExists(atPath: box.path("kopia.sqlite")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: box.directory.path).filter { $0.contains("kopia") } == [])
    }

    @Test func backupOntoAFIFOOrDirectoryIsRefusedAndLeftAlone() async throws {
        let box = try await seeded()
        try #require(mkfifo(box.path("fifo"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: box.path("katalog"), withIntermediateDirectories: false)
        for (target, what) in [("fifo", "FIFO"), ("katalog", "directory")] {
            try await box.expectRefused(["backup", box.path(target)], mentions: ["already exists", what])
        }
        #expect(kind(of: box.path("fifo")) == S_IFIFO)
        // Nor a name SQLite would take for the registry's own journal, nor no name at all.
        try await box.expectRefused(["backup", box.db + "-wal"], mentions: ["journal files"])
        try await box.expectRefused(["backup", ""], mentions: ["backup"])
        try await box.expectRefused(["export", "remiss", "--out", ""], mentions: ["--out needs a file name"])
        #expect(temporaryFiles(box) == [])
    }
}
