import Foundation
import SamregCore
import SamregQuery
import SamregReports
import SamregStore
import SamregTestSupport
import Testing

/// Every report in every format on the seed data, compared byte for byte with
/// Golden/<report>.<ext>. Run with SAMREG_UPDATE_GOLDEN=1 to write the files instead (then
/// read the diff before committing them).
@Suite("Golden reports")
struct GoldenTests {
    static let updating = ProcessInfo.processInfo.environment["SAMREG_UPDATE_GOLDEN"] == "1"

    @Test(arguments: ReportCatalog.allCases, ReportFormat.allCases)
    func reportOnTheSeedDataMatchesItsGoldenFile(_ kind: ReportCatalog, _ format: ReportFormat) throws {
        try withRegistry(seeded: true) { registry, dir in
            let report = try kind.build(registry)
            let actual = try render(report, format, dir: dir)
            let url = goldenDir.appendingPathComponent("\(kind.rawValue).\(format.rawValue)")
            if GoldenTests.updating {
                try FileManager.default.createDirectory(at: goldenDir, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                return
            }
            let expected = try #require(try? Data(contentsOf: url),
                                        "no golden file \(url.lastPathComponent): run the tests once with SAMREG_UPDATE_GOLDEN=1")
            #expect(Data(actual.utf8) == expected,
                    "\(url.lastPathComponent) differs from the golden file at \(firstDifference(actual, String(decoding: expected, as: UTF8.self)))")
        }
    }

    @Test(arguments: [ReportFormat.md, .html, .json])
    func writingToAFileGivesWhatTheRendererGives(_ format: ReportFormat) throws {
        try withRegistry(seeded: true) { registry, dir in
            let report = try ReportCatalog.annual.build(registry)
            let path = dir + "/annual.\(format.rawValue)"
            try report.write(format, to: OutputSink(path: path))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == render(report, format, dir: dir))
            // No temporary file is left beside it.
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".") }.isEmpty)
        }
    }

    @Test func buildingTheSameReportTwiceGivesTheSameBytes() throws {
        try withRegistry(seeded: true) { registry, dir in
            for kind in ReportCatalog.allCases {
                for format in ReportFormat.allCases {
                    let a = try render(kind.build(registry), format, dir: dir)
                    let b = try render(kind.build(registry), format, dir: dir)
                    #expect(a == b, "\(kind.rawValue).\(format.rawValue) is not deterministic")
                }
            }
        }
    }
}
