import Foundation
import SamregReports
import SamregTestSupport
import Testing

/// The golden reports once more, through the built executable: `samreg init`, `samreg seed`
/// and `samreg report <name> --format <format>` as a user runs them, standard output compared
/// whole, byte for byte, with Golden/<report>.<ext>. So a change in what users see shows in a
/// diff of the golden files, whether it came from a report, a renderer or the command line.
@Suite("Golden reports through the executable")
struct GoldenExecutableTests {
    /// A registry the executable made and seeded, with its audit trail pinned as the golden
    /// files' registry has it (`pinAuditTrail`), in a directory removed afterwards.
    static func seededByTheExecutable(_ body: (URL, String) async throws -> Void) async throws {
        let dir = URL(fileURLWithPath: try makeTempDir(prefix: "samreg-golden-e2e"))
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("registry.sqlite").path
        for arguments in [["init", "--db", db], ["seed", "--db", db]] {
            let result = await Samreg.run(arguments, in: dir)
            try #require(result.succeeded, "\(result)")
        }
        try pinAuditTrail(databaseAt: db)
        try await body(dir, db)
    }

    /// `samreg report` arguments for `report` as the golden files were built (the annual
    /// summary for 2024, as of the day the golden registry was made).
    static func arguments(_ report: ReportCatalog, _ format: ReportFormat, db: String) -> [String] {
        ["report", report.name, "--db", db, "--format", format.rawValue, "--as-of", reportDay]
            + (report == .annual ? ["--year", "2024"] : [])
    }

    @Test(arguments: ReportCatalog.allCases)
    func everyReportPrintedByTheExecutableMatchesItsGoldenFiles(_ report: ReportCatalog) async throws {
        try await Self.seededByTheExecutable { dir, db in
            for format in ReportFormat.allCases {
                let url = goldenDir.appendingPathComponent("\(report.name).\(format.rawValue)")
                let expected = try #require(try? Data(contentsOf: url), "no golden file \(url.lastPathComponent)")
                let result = await Samreg.run(Self.arguments(report, format, db: db) + ["--quiet"], in: dir)
                try #require(result.succeeded, "\(result)")
                #expect(result.stdoutBytes == expected,
                        "samreg \(result.arguments.joined(separator: " ")) differs from \(url.lastPathComponent) at \(firstDifference(result.stdout, String(decoding: expected, as: UTF8.self)))")
                #expect(result.stderr.isEmpty, "\(result)")
            }
        }
    }

    @Test(arguments: [ReportFormat.csvExcel, .html])
    func writtenWithOutTheFileIsTheGoldenFile(_ format: ReportFormat) async throws {
        try await Self.seededByTheExecutable { dir, db in
            let out = dir.appendingPathComponent("annual.\(format.rawValue)").path
            let result = await Samreg.run(Self.arguments(.annual, format, db: db) + ["--out", out], in: dir)
            try #require(result.succeeded, "\(result)")
            let expected = try Data(contentsOf: goldenDir.appendingPathComponent("annual.\(format.rawValue)"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == expected)
        }
    }
}
