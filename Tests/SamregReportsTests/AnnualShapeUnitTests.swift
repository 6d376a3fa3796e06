import Foundation
import SamregCore
import SamregQuery
import SamregReports
import SamregStore
import SamregTestSupport
import Testing

/// The annual summary's shape (issue 9, items 6 and 12) on the report model.
@Suite("Annual summary shape")
struct AnnualShapeUnitTests {
    @Test func anAreasNarrativeComesAfterItsFiguresAndParts() throws {
        try withRegistry(seeded: true) { registry, _ in
            try registry.insert(Families.narrative, ["year": "2024", "section": "processer", "text": "Områdets berättelse."])
            try registry.insert(Families.narrative, ["year": "2024", "section": "remisser", "text": "Remissernas berättelse."])
            let report = try ReportCatalog.annual.build(registry)
            let processer = try #require(section(report, "processer"))
            #expect(processer.narrative == "Områdets berättelse.")
            #expect(processer.tables.map(\.id) == ["beslut_processer"])
            #expect(processer.subsections.first?.narrative == "Remissernas berättelse.")
            let md = MarkdownRenderer.render(report)
            let decision = try #require(md.range(of: "| 2024-09-27 | Samverkansnämnden | § 51 |"))
            let remisser = try #require(md.range(of: "Remissernas berättelse."))
            let area = try #require(md.range(of: "Områdets berättelse."))
            let next = try #require(md.range(of: "### Attrahera och utveckla kompetenser"))
            #expect(decision.upperBound < remisser.lowerBound && remisser.upperBound < area.lowerBound && area.upperBound < next.lowerBound)
            let html = HTMLRenderer.render(report)
            let htmlRemisser = try #require(html.range(of: "Remissernas berättelse."))
            let htmlArea = try #require(html.range(of: "Områdets berättelse."))
            #expect(htmlRemisser.upperBound < htmlArea.lowerBound)
        }
    }

    @Test func theAppendixCarriesEveryChartWithItsTableAndNoOtherSectionDrawsOne() throws {
        try withRegistry(seeded: true) { registry, _ in
            let report = try ReportCatalog.annual.build(registry)
            let appendix = try #require(report.sections.last)
            #expect(appendix.id == "tabeller_och_diagram" && appendix.heading == "Tabeller och diagram")
            #expect(appendix.subsections.map(\.charts.count) == [1])
            let table = try #require(appendix.subsections.first?.tables.first)
            #expect(table.columns.map(\.heading) == ["År", "Tillstånd"])
            #expect(column(table, "serie_1") == [.real(2), .real(3), .real(5), .real(6), .real(8)])
            func charts(_ s: Section) -> Int { s.charts.count + s.subsections.reduce(0) { $0 + charts($1) } }
            #expect(report.sections.dropLast().map(charts).allSatisfy { $0 == 0 })
        }
    }

    @Test func withoutRecordedAreasTheRemisserAndWorkloadPartsStandOnTheirOwn() throws {
        try withRegistry(seeded: false) { registry, _ in
            let report = try ReportCatalog.annual.build(registry)
            #expect(report.sections.map(\.id).contains("remisser"))
            #expect(report.sections.map(\.id).contains("arbetsfordelningsbeslut"))
            #expect(report.sections.last?.paragraphs == ["Inga diagram för året."])
        }
    }
}
