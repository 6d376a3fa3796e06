import Foundation
import SamregTestSupport
import Testing

/// Long work shows a progress line on a terminal, and nothing anywhere else: the runs here go
/// through a pseudo-terminal (`script` from util-linux), with the line's delay set to 0 by
/// `SAMREG_PROGRESS_AFTER_MS` so that a few thousand rows are enough.
@Suite("Progress line")
struct ProgressTests {
    static let scriptPath = "/usr/bin/script"
    static let rows = 5_000

    /// A seeded registry with `rows` remisser to import in `remisser.csv`.
    func registryWithImportFile() async throws -> Sandbox {
        let box = try await Sandbox()
        await box.ok(["seed"])
        try box.write("remisser.csv", SafetyTests.generatedRemissCSV(rows: Self.rows))
        return box
    }

    /// Runs `samreg ARGUMENTS` on a pseudo-terminal (standard output and error both on it,
    /// unless `shellSuffix` redirects one) and returns what the terminal received.
    func onTerminal(_ box: Sandbox, _ arguments: [String], afterMilliseconds: String = "0",
                    shellSuffix: String = "") async throws -> RunResult {
        let words = [Samreg.executable.path] + arguments + ["--db", box.db]
        let command = "SAMREG_PROGRESS_AFTER_MS=\(afterMilliseconds) " + words.map(Self.shellQuoted).joined(separator: " ") + shellSuffix
        let result = await Samreg.runProgram(Self.scriptPath, ["-qfec", command, "/dev/null"], in: box.directory)
        try #require(result.exitCode == 0, "\(command) → \(result)")
        return result
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: scriptPath), "needs script(1) from util-linux"))
    func importOnATerminalShowsRowsRateAndTimeLeftThenClearsTheLine() async throws {
        let box = try await registryWithImportFile()
        let terminal = try await onTerminal(box, ["import", "remiss", "remisser.csv"])
        let text = terminal.stdout
        #expect(text.contains("\r\u{1B}[Kimport remiss: "), "\(terminal)")
        #expect(text.contains(" rows/s"), "\(terminal)")
        #expect(text.contains(" left"), "\(terminal)")
        // The last progress line is cleared before the summary is printed.
        let summary = try #require(text.range(of: "imported \(Self.rows) remiss records"), "\(terminal)")
        #expect(text[..<summary.lowerBound].hasSuffix("\r\u{1B}[K"), "\(terminal)")
        #expect(!text[summary.lowerBound...].contains("import remiss:"), "\(terminal)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: scriptPath), "needs script(1) from util-linux"))
    func noProgressWhenStandardErrorIsNotATerminalOrWithQuiet() async throws {
        let box = try await registryWithImportFile()
        // Standard error to a file: the terminal and the file see no progress.
        let piped = try await onTerminal(box, ["import", "remiss", "remisser.csv"], shellSuffix: " 2>stderr.txt")
        #expect(piped.stdout.contains("imported \(Self.rows) remiss records"), "\(piped)")
        #expect(!piped.stdout.contains("import remiss:") && !piped.stdout.contains("\u{1B}"), "\(piped)")
        #expect(try String(contentsOfFile: box.path("stderr.txt"), encoding: .utf8) == "")

        // --quiet on a terminal, for import, export and a report.
        for arguments in [["export", "remiss", "--quiet"], ["report", "remisser", "--quiet"]] {
            let quiet = try await onTerminal(box, arguments)
            #expect(!quiet.stdout.contains("\u{1B}[K"), "\(quiet)")
        }
        let again = try await onTerminal(box, ["import", "remiss", "remisser.csv", "--quiet"])
        #expect(!again.stdout.contains("\u{1B}") && !again.stdout.contains("import remiss:"), "\(again)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: scriptPath), "needs script(1) from util-linux"))
    func exportAndReportsShowTheLineOnATerminalAndNotInTheirOutput() async throws {
        let box = try await registryWithImportFile()
        await box.ok(["import", "remiss", "remisser.csv"])
        // The output goes to a file, the line to the terminal.
        let export = try await onTerminal(box, ["export", "remiss", "--out", "remisser-ut.csv"])
        #expect(export.stdout.contains("\r\u{1B}[Kexport remiss: "), "\(export)")
        let exported = try String(contentsOfFile: box.path("remisser-ut.csv"), encoding: .utf8)
        #expect(!exported.contains("\u{1B}") && exported.split(separator: "\n").count > Self.rows)
        let report = try await onTerminal(box, ["report", "remisser", "--format", "csv", "--out", "remisser.csv"])
        #expect(report.stdout.contains("\r\u{1B}[Kreport remisser: "), "\(report)")
        #expect(report.stdout.hasSuffix("wrote remisser.csv\r\n"), "\(report)")
        // Output on the terminal itself: no line drawn over it.
        let exportOnScreen = try await onTerminal(box, ["export", "remiss"])
        #expect(!exportOnScreen.stdout.contains("\u{1B}[K") && exportOnScreen.stdout.contains("Remiss 1 om"), "\(exportOnScreen.stdout.prefix(300))")
        let reportOnScreen = try await onTerminal(box, ["report", "remisser", "--format", "csv"])
        #expect(!reportOnScreen.stdout.contains("\u{1B}[K") && reportOnScreen.stdout.count > 100, "\(reportOnScreen.stdout.prefix(300))")
        // A delay longer than the work: no line.
        let quick = try await onTerminal(box, ["report", "remisser", "--format", "csv", "--out", "snabb.csv"], afterMilliseconds: "60000")
        #expect(!quick.stdout.contains("\u{1B}[K"), "\(quick)")
    }

    @Test(arguments: ["-1", "soon", "1e3", " 5", ""])
    func invalidProgressDelayIsRefusedInOneLine(value: String) async throws {
        let box = try await Sandbox()
        try await box.expectRefused(["remiss", "list"], mentions: ["SAMREG_PROGRESS_AFTER_MS", "milliseconds"],
                                    environment: ["SAMREG_PROGRESS_AFTER_MS": value])
    }
}
