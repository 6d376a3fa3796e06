import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Running the built `samreg` executable (and other programs) as a user would, for the
// end-to-end tests and the golden reports through the executable.

/// The day every test runs on (`SAMREG_TODAY`), so statuses and deadlines are deterministic.
public let testToday = "2025-06-17"
/// The actor every test writes as (`SAMREG_ACTOR`), unless a test says otherwise.
public let testActor = "e2e-tester"

/// What one run of samreg did.
public struct RunResult: CustomStringConvertible, Sendable {
    public let arguments: [String]
    public let exitCode: Int32
    public let stdout: String
    public let stderr: String
    /// Standard output byte for byte (`stdout` may have lost a byte-order mark in decoding).
    public let stdoutBytes: Data

    public init(arguments: [String], exitCode: Int32, stdout: String, stderr: String, stdoutBytes: Data? = nil) {
        self.arguments = arguments
        self.exitCode = exitCode
        self.stdout = stdout
        self.stderr = stderr
        self.stdoutBytes = stdoutBytes ?? Data(stdout.utf8)
    }

    public var succeeded: Bool { exitCode == 0 }
    /// Non-empty lines of standard error.
    public var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true) }

    public var description: String {
        "samreg \(arguments.joined(separator: " ")) → exit \(exitCode)\n--- stdout:\n\(stdout)--- stderr:\n\(stderr)"
    }
}

public enum Samreg {
    /// The samreg executable: next to the running test bundle (any scratch path), else
    /// `<package root>/.build/debug/samreg`. `SAMREG_E2E_EXECUTABLE` overrides both.
    public static let executable: URL = {
        let fm = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["SAMREG_E2E_EXECUTABLE"], fm.isExecutableFile(atPath: explicit) {
            return URL(fileURLWithPath: explicit)
        }
        var starts: [URL] = []
        if let arg0 = CommandLine.arguments.first {
            starts.append(URL(fileURLWithPath: arg0).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        starts.append(Bundle.main.bundleURL)
        if let exe = Bundle.main.executableURL { starts.append(exe.deletingLastPathComponent()) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            starts.append(bundle.bundleURL.deletingLastPathComponent())
        }
        var candidates: [URL] = []
        for start in starts {
            // On macOS the bundle is …/debug/X.xctest/Contents/MacOS/X: walk up a few levels.
            var dir = start.standardizedFileURL
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("samreg"))
                dir = dir.deletingLastPathComponent()
            }
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/samreg"))
        for candidate in candidates {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
               fm.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return packageRoot.appendingPathComponent(".build/debug/samreg")
    }()

    /// setpriv (util-linux), to run samreg as another user when the tests run as root.
    public static let setprivPath = "/usr/bin/setpriv"

    /// The package root (Tests/SamregTestSupport is two levels below it).
    public static var packageRoot: URL { SamregTestSupport.packageRoot }

    /// Runs samreg with `arguments` in `directory`. The environment is the test process's
    /// without any SAMREG_ variable, plus SAMREG_TODAY and SAMREG_ACTOR, then `environment`
    /// (a nil value removes a variable). `stdin` is fed to standard input (else it is empty).
    /// With `asNobody` (for a test running as root) samreg runs as user nobody, via setpriv.
    /// Starts `process` and waits for it without blocking a thread, so that many tests can
    /// run samreg at once: its exit status, a crash counting as 128 + signal as a shell reports
    /// it, or nil when it could not start.
    public static func exitStatus(of process: Process) async -> Int32? {
        await withCheckedContinuation { continuation in
            process.terminationHandler = { finished in
                let status = finished.terminationStatus
                continuation.resume(returning: finished.terminationReason == .uncaughtSignal ? 128 + status : status)
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(returning: nil)
            }
        }
    }

    public static func run(_ arguments: [String], in directory: URL, environment: [String: String?] = [:],
                           stdin: String? = nil, asNobody: Bool = false) async -> RunResult {
        let result = asNobody
            ? await runProcess(URL(fileURLWithPath: setprivPath), ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments,
                               in: directory, environment: environment, stdin: stdin ?? "")
            : await runProcess(executable, arguments, in: directory, environment: environment, stdin: stdin ?? "")
        guard result.exitCode != -1 || !result.stderr.hasPrefix("cannot start") else {
            return RunResult(arguments: arguments, exitCode: -1, stdout: "",
                             stderr: "cannot start \(executable.path) (build it with `swift build`)\n")
        }
        return RunResult(arguments: arguments, exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr,
                         stdoutBytes: result.stdoutBytes)
    }

    /// Runs `program` with `arguments` in `directory`, its standard output and error captured
    /// apart. The environment is the test process's without any SAMREG_ variable, plus
    /// SAMREG_TODAY and SAMREG_ACTOR, then `environment` (a nil value removes a variable).
    /// `stdin` is fed to standard input (else it is /dev/null). Exit -1 when it could not start.
    public static func runProcess(_ program: URL, _ arguments: [String], in directory: URL,
                                  environment: [String: String?] = [:], stdin: String? = nil) async -> RunResult {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SAMREG_") }
        env["SAMREG_TODAY"] = testToday
        env["SAMREG_ACTOR"] = testActor
        for (key, value) in environment { env[key] = value }

        let fm = FileManager.default
        let io = fm.temporaryDirectory.appendingPathComponent("samreg-test-io-\(UUID().uuidString)")
        let outURL = io.appendingPathComponent("stdout")
        let errURL = io.appendingPathComponent("stderr")
        let inURL = io.appendingPathComponent("stdin")
        defer { try? fm.removeItem(at: io) }
        let handles: (FileHandle, FileHandle, FileHandle)
        do {
            try fm.createDirectory(at: io, withIntermediateDirectories: true)
            _ = fm.createFile(atPath: outURL.path, contents: nil)
            _ = fm.createFile(atPath: errURL.path, contents: nil)
            _ = fm.createFile(atPath: inURL.path, contents: Data((stdin ?? "").utf8))
            handles = (try FileHandle(forWritingTo: outURL), try FileHandle(forWritingTo: errURL),
                       stdin == nil ? FileHandle.nullDevice : try FileHandle(forReadingFrom: inURL))
        } catch {
            return RunResult(arguments: arguments, exitCode: -1, stdout: "", stderr: "cannot start \(program.path): \(error)\n")
        }

        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = env
        process.currentDirectoryURL = directory
        process.standardOutput = handles.0
        process.standardError = handles.1
        process.standardInput = handles.2
        let status = await exitStatus(of: process)
        try? handles.0.close()
        try? handles.1.close()
        if stdin != nil { try? handles.2.close() }   // never the shared null device
        guard let status else {
            return RunResult(arguments: arguments, exitCode: -1, stdout: "", stderr: "cannot start \(program.path)\n")
        }
        let outBytes = (try? Data(contentsOf: outURL)) ?? Data()
        let out = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return RunResult(arguments: arguments, exitCode: status, stdout: out, stderr: err, stdoutBytes: outBytes)
    }
}

extension Samreg {
    /// Runs another program (`path`) with the tests' samreg environment, as `run` does samreg.
    public static func runProgram(_ path: String, _ arguments: [String], in directory: URL) async -> RunResult {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SAMREG_") }
        env["SAMREG_TODAY"] = testToday
        env["SAMREG_ACTOR"] = testActor
        let out = directory.appendingPathComponent("program-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = env
        process.currentDirectoryURL = directory
        guard let handle = try? FileHandle(forWritingTo: out) else {
            return RunResult(arguments: arguments, exitCode: -1, stdout: "", stderr: "cannot write \(out.path)")
        }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        let status = await exitStatus(of: process)
        try? handle.close()
        let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: out)
        return RunResult(arguments: arguments, exitCode: status ?? -1, stdout: text, stderr: "")
    }
}

