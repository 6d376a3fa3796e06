import Foundation
import SamregCore
import SamregQuery
import SamregReports
import SamregStore
import SamregTestSupport
import Testing

/// Reports of a registry just made with `samreg init` (no seed data): every report works in
/// every format, and every section says it has no data.
@Suite("Reports of an empty registry")
struct EmptyRegistryTests {
    @Test(arguments: ReportCatalog.allCases, ReportFormat.allCases)
    func everyReportRendersInEveryFormat(_ kind: ReportCatalog, _ format: ReportFormat) throws {
        try withRegistry(seeded: false) { registry, dir in
            let report = try kind.build(registry)
            let text = try render(report, format, dir: dir)
            #expect(!text.isEmpty)
            switch format {
            case .json:
                let json = try #require(parseJSON(text), "\(kind.rawValue).json does not parse:\n\(text)")
                #expect(json["title"] as? String == report.title)
                let sections = try #require(json["sections"] as? [[String: Any]])
                #expect(sections.count == report.sections.count)
                for s in sections {
                    for t in s["tables"] as? [[String: Any]] ?? [] {
                        #expect((t["rows"] as? [Any])?.isEmpty == true)
                        #expect((t["totals"] as? [Any])?.isEmpty == true)
                    }
                }
            case .csv:
                let lines = text.split(whereSeparator: \.isNewline)
                #expect(lines == ["section,table,row,column,value"], "no table has a cell")
            case .csvExcel:
                #expect(text == "\u{FEFF}section;table;row;column;value\r\n", "no table has a cell")
            case .md:
                #expect(text.hasPrefix("# \(report.title)\n"))
            case .html:
                #expect(text.contains("<html lang=\"sv\">"))
                #expect(!text.contains("<table>"), "an empty table is a sentence, not an empty grid")
                #expect(!text.contains("<svg"), "no chart without figures")
            }
        }
    }

    @Test(arguments: ReportCatalog.allCases)
    func everySectionSaysItHasNoData(_ kind: ReportCatalog) throws {
        try withRegistry(seeded: false) { registry, _ in
            let report = try kind.build(registry)
            for s in allSections(report) {
                #expect(s.tables.allSatisfy { $0.rows.isEmpty && $0.totals.isEmpty }, "\(kind.rawValue)/\(s.id) has figures")
                #expect(s.charts.isEmpty, "\(kind.rawValue)/\(s.id) has a chart")
                var alone = s
                alone.subsections = []
                let md = MarkdownRenderer.render(Report(title: "x", sections: [alone]))
                for t in s.tables {
                    #expect(md.contains("**\(t.caption)**\n\n\(t.emptyText)\n"), "\(kind.rawValue)/\(s.id)/\(t.id) does not say it is empty")
                }
                #expect(md.contains("Inga ") || md.contains("Ingen "), "\(kind.rawValue)/\(s.id) does not say it has no data:\n\(md)")
                let html = HTMLRenderer.render(Report(title: "x", sections: [alone]))
                let main = try #require(html.range(of: "<main>"), "no <main> in the HTML")
                let body = html[main.upperBound...]
                #expect(body.contains("class=\"empty\"") || body.contains("<p>Inga "), "\(kind.rawValue)/\(s.id) does not say it has no data in HTML")
            }
        }
    }

    @Test func theEmptyAnnualReportSaysWhatIsMissing() throws {
        try withRegistry(seeded: false) { registry, _ in
            let md = MarkdownRenderer.render(try ReportCatalog.annual.build(registry))
            #expect(md.contains("Under 2024 fattade Samverkansnämnden 0 beslut, tog emot 0 återrapporteringar och informerades i 0 ärenden."))
            #expect(md.contains("Inga beslut registrerade."))
            #expect(md.contains("Inga samarbetsområden registrerade."))
            #expect(md.contains("## Universitetssjukvård\n\n**Universitetssjukvårdsenheter per region vid årets slut**\n\nInga universitetssjukvårdsenheter registrerade."))
            #expect(!md.contains("Målet är"), "no goal sentence without permits")
            #expect(!md.contains("DRG 1,0-pris"), "no price sentence without a price")
        }
    }

    @Test func theEmptyFlowsAndIndicatorReportsFallBackToTheCurrentYear() throws {
        try withRegistry(seeded: false) { registry, _ in
            let flows = try ReportCatalog.flows.build(registry)
            let indicators = try ReportCatalog.indicators.build(registry)
            #expect(flows.subtitle == "2021–2025")
            #expect(indicators.subtitle == "Period 2025")
        }
    }
}
