import Foundation
import SamregTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `scripts/install` puts one self-contained file and its completions under a prefix, and the
/// installed samreg runs where no Swift toolchain is.
///
/// The install test needs a release executable linked with `--static-swift-stdlib`, which takes
/// minutes to build, so it does not build one itself unless asked:
/// - `.build/release/samreg`, when it is there and statically linked, is installed as it is
///   (`scripts/install --no-build`): run `scripts/install` (or `swift build -c release
///   --static-swift-stdlib`) once before the tests;
/// - `SAMREG_TEST_INSTALL=/path/to/samreg` installs that executable (`--binary`);
/// - `SAMREG_TEST_INSTALL=1` lets the test run the whole `scripts/install`, release build and
///   all, in `.build-install-test` (`swift test` holds the lock on `.build`).
/// Otherwise that test is skipped, and says why.
@Suite("Install as one file")
struct InstallTests {
    /// The arguments for scripts/install before the prefix, or nil when there is nothing to
    /// install without a release build nobody asked for.
    static let plan: [String]? = {
        switch ProcessInfo.processInfo.environment["SAMREG_TEST_INSTALL"] {
        // `swift test` holds the lock on .build while the tests run: build somewhere else.
        case "1"?: return ["--scratch-path", Samreg.packageRoot.appendingPathComponent(".build-install-test").path]
        case let path? where !path.isEmpty: return ["--binary", path]
        default:
            let release = Samreg.packageRoot.appendingPathComponent(".build/release/samreg").path
            guard FileManager.default.isExecutableFile(atPath: release),
                  let deps = try? runTool("/usr/bin/ldd", [release]), deps.status == 0,
                  !loadsSwiftLibraries(deps.output) else { return nil }
            return ["--no-build"]
        }
    }()

    static let skipReason: Comment = """
        no statically linked .build/release/samreg: run scripts/install once, or set \
        SAMREG_TEST_INSTALL=1 to let the test build it (minutes), or to the path of such an executable
        """

    /// True when `ldd` output names a library of the Swift toolchain.
    static func loadsSwiftLibraries(_ ldd: String) -> Bool {
        ["libswift", "libFoundation", "lib_FoundationICU", "libdispatch", "libBlocksRuntime", "/usr/lib/swift/", "not found"]
            .contains { ldd.contains($0) }
    }

    /// Runs a tool to the end and returns its exit status and standard output and error together.
    static func runTool(_ path: String, _ arguments: [String], environment: [String: String]? = nil,
                        in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("samreg-install-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "")
    }

    /// The folder that holds the toolchain this test runs from (`/opt/swift` for
    /// `/opt/swift/usr/lib/swift/linux/libswiftCore.so`), from the debug executable's libraries.
    static func toolchainRoot() throws -> String? {
        let deps = try runTool("/usr/bin/ldd", [Samreg.executable.path]).output
        guard let line = deps.split(separator: "\n").first(where: { $0.contains("libswiftCore.so") }),
              let arrow = line.range(of: "=> "), let lib = line[arrow.upperBound...].split(separator: " ").first,
              let cut = lib.range(of: "/usr/lib/swift/") else { return nil }
        let root = String(lib[..<cut.lowerBound])
        return root.isEmpty ? nil : root
    }

    @Test(.enabled(if: InstallTests.plan != nil, InstallTests.skipReason))
    func installPutsOneSelfContainedExecutableAndCompletionsUnderThePrefix() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("samreg-install-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        let prefix = root.appendingPathComponent("prefix")
        let work = root.appendingPathComponent("arbete")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)

        let script = Samreg.packageRoot.appendingPathComponent("scripts/install").path
        let installed = try Self.runTool(script, (Self.plan ?? []) + [prefix.path], in: Samreg.packageRoot)
        try #require(installed.status == 0, "scripts/install failed:\n\(installed.output)")
        let binary = prefix.appendingPathComponent("bin/samreg").path
        #expect(installed.output.contains("installed \(binary) ("), "\(installed.output)")
        #expect(try fm.contentsOfDirectory(atPath: prefix.appendingPathComponent("bin").path) == ["samreg"])

        // Nothing from the Swift toolchain is linked: only the system's libraries (SQLite among them).
        let ldd = try Self.runTool("/usr/bin/ldd", [binary])
        #expect(ldd.status == 0 && !Self.loadsSwiftLibraries(ldd.output), "\(ldd.output)")
        #expect(ldd.output.contains("libsqlite3"), "\(ldd.output)")
        if let toolchain = try Self.toolchainRoot() {
            #expect(!ldd.output.contains(toolchain + "/"), "\(ldd.output)")
        }
        if Self.plan?.first == "--scratch-path" {
            // Built by the script: linked with scripts/release-link-flags, still position-independent.
            let dynamic = try Self.runTool("/usr/bin/readelf", ["-d", "-h", "--dyn-syms", "-W", binary])
            #expect(dynamic.output.contains("(RELR)"), "no packed relative relocations:\n\(dynamic.output.prefix(2000))")
            #expect(dynamic.output.contains("DYN (Position-Independent Executable file)"), "\(dynamic.output.prefix(2000))")
            let exported = dynamic.output.split(separator: "\n").filter { $0.contains(" GLOBAL ") && !$0.contains(" UND ") }
            #expect(exported.count < 100, "the executable exports \(exported.count) symbols")
            // libstdc++ and libgcc linked in, and no run path of its own folder to search.
            #expect(!ldd.output.contains("libstdc++") && !ldd.output.contains("libgcc_s"), "\(ldd.output)")
            #expect(!dynamic.output.contains("(RUNPATH)") && !dynamic.output.contains("(RPATH)"), "\(dynamic.output.prefix(2000))")
        }

        // Completions, generated by the installed executable.
        let bash = prefix.appendingPathComponent("share/bash-completion/completions/samreg").path
        let zsh = prefix.appendingPathComponent("share/zsh/site-functions/_samreg").path
        #expect(try String(contentsOfFile: zsh, encoding: .utf8).hasPrefix("#compdef samreg"))
        let sourced = try Self.runTool("/bin/bash", ["-c", "source \"$1\" && complete -p samreg", "bash", bash])
        #expect(sourced.status == 0 && sourced.output.contains("-F _samreg samreg"), "\(sourced.output)")

        // It runs with no toolchain in reach: PATH and LD_LIBRARY_PATH without it, and (when
        // the test may make a mount namespace) the toolchain's folder hidden under an empty tmpfs.
        let steps = """
            set -e
            "$SAMREG" --version
            "$SAMREG" init --db register.sqlite
            "$SAMREG" seed --db register.sqlite
            "$SAMREG" report annual --year 2024 --db register.sqlite | head -n 1
            LD_DEBUG=libs "$SAMREG" --version 2>&1 | grep 'calling init:' || true
            "$SAMREG" remiss list --db register.sqlite >/dev/null 2>stray.txt
            if [ -s stray.txt ]; then echo STRAY-STDERR; cat stray.txt; fi
            """
        try Data(steps.utf8).write(to: work.appendingPathComponent("steps.sh"))
        let environment = ["PATH": "/usr/bin:/bin", "HOME": work.path, "LANG": "C.UTF-8", "SAMREG": binary,
                           "SAMREG_TODAY": testToday, "SAMREG_ACTOR": testActor, "CONTROL": Samreg.executable.path]
        var runner = ("/bin/sh", ["steps.sh"])
        var hidden: String?
        if getuid() == 0, let toolchain = try Self.toolchainRoot(),
           (try? Self.runTool("/usr/bin/unshare", ["-m", "true"]).status) == 0 {
            hidden = toolchain
            runner = ("/usr/bin/unshare", ["-m", "/bin/sh", "-c",
                       "mount -t tmpfs samreg-no-toolchain \"$1\" && { \"$CONTROL\" --version >/dev/null 2>&1 && echo CONTROL-RAN || echo CONTROL-FAILED; } && exec /bin/sh steps.sh",
                       "sh", toolchain])
        }
        let ran = try Self.runTool(runner.0, runner.1, environment: environment, in: work)
        #expect(ran.status == 0, "\(ran.output)")
        let lines = ran.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil }, "\(ran.output)")
        #expect(lines.contains { $0.hasPrefix("created register.sqlite") }, "\(ran.output)")
        #expect(lines.contains { $0.hasPrefix("seeded: ") }, "\(ran.output)")
        #expect(lines.contains("# Årlig uppföljning 2024"), "\(ran.output)")
        // Nothing on standard error when all is well: no loader or linker warnings.
        #expect(!lines.contains("STRAY-STDERR"), "\(ran.output)")
        // The loader initialised only system libraries.
        let inits = lines.filter { $0.contains("calling init:") }
        #expect(!inits.isEmpty && inits.allSatisfy { !Self.loadsSwiftLibraries($0) }, "\(ran.output)")
        if let hidden {
            // The debug build, which needs the toolchain's libraries, cannot start there: the
            // toolchain really was out of reach.
            #expect(lines.contains("CONTROL-FAILED"), "\(hidden) was not hidden:\n\(ran.output)")
            #expect(inits.allSatisfy { !$0.contains(hidden + "/") }, "\(ran.output)")
        }
        // Nothing but the executable landed in bin.
        #expect(try fm.contentsOfDirectory(atPath: prefix.appendingPathComponent("bin").path) == ["samreg"])
    }

    @Test func installRefusesAnExecutableThatLoadsSwiftLibraries() throws {
        // The debug build links the toolchain's libraries dynamically.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("samreg-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let script = Samreg.packageRoot.appendingPathComponent("scripts/install").path
        let refused = try Self.runTool(script, ["--binary", Samreg.executable.path, root.path], in: Samreg.packageRoot)
        #expect(refused.status == 1, "\(refused.output)")
        #expect(refused.output.contains("loads libraries from outside itself"), "\(refused.output)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("bin/samreg").path))
    }
}
