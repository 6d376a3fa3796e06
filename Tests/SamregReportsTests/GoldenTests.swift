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

@Suite("Report catalog")
struct ReportCatalogTests {
    @Test func everyReportIsFoundByItsNameAndTheAnnualSummaryNeedsAYear() throws {
        #expect(ReportCatalog.allCases.map(\.name) == ["annual", "remisser", "permits", "workload", "flows", "indicators"])
        for report in ReportCatalog.allCases { #expect(ReportCatalog(name: report.name) == report) }
        #expect(ReportCatalog(name: "arsrapport") == nil)
        try withRegistry(seeded: false) { registry in
            #expect(throws: SamregError("the annual summary needs a year (--year)")) {
                try registry.read { db in try ReportCatalog.annual.build(db, ReportRequest(asOf: reportDay)) }
            }
        }
    }

    /// What the request says is what the report shows: the period, the year and the unit.
    @Test func theRequestChoosesPeriodYearAndUnit() throws {
        try withRegistry(seeded: true) { registry in
            let remisser = try registry.read { db in
                try ReportCatalog.remisser.build(db, ReportRequest(asOf: reportDay, from: "2024-01-01", to: "2024-12-31"))
            }
            #expect(remisser.meta.first?.1 == "2024-01-01 – 2024-12-31")
            let flows = try registry.read { db in try ReportCatalog.flows.build(db, ReportRequest(asOf: reportDay, year: 2023, unit: .mnkr)) }
            #expect(flows.subtitle == "2019–2023")
            #expect(try #require(table(flows, "avtalsmodell", "avtalsmodell")).caption.hasSuffix("(mnkr)"))
            let indicators = try registry.read { db in try ReportCatalog.indicators.build(db, ReportRequest(asOf: reportDay, period: "2023")) }
            #expect(indicators.subtitle == "Period 2023")
        }
    }
}
