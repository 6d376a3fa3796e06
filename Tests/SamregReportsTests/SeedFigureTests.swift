import Foundation
import SamregCore
import SamregQuery
import SamregReports
import SamregStore
import SamregTestSupport
import Testing

/// Figures of the reports on the seed data, checked by hand against seeds/*.sql.
@Suite("Reports on the seed data")
struct SeedFigureTests {
    @Test func annualSectionsComeInTheOrderOfThePublishedSummary() throws {
        try withRegistry(seeded: true) { registry, _ in
            let report = try ReportCatalog.annual.build(registry)
            // Remisser and workload division are parts of their samarbetsområden (issue 9, item 12);
            // the appendix of tables and charts comes last.
            #expect(report.sections.map(\.id) == ["samverkansnamnden", "samarbetsomraden", "hogspecialiserad", "universitetssjukvard",
                                                  "regionavtalet", "avtalsmodell", "systemmatt", "tabeller_och_diagram"])
            #expect(report.sections.map(\.heading) == ["Samverkansnämnden", "Sjukvårdsregional samverkan", "Högspecialiserad vård",
                                                       "Universitetssjukvård", "Vård enligt regionavtalet", "Avtalsmodell",
                                                       "Sjukvårdsregionala systemmått", "Tabeller och diagram"])
            let areas = try #require(section(report, "samarbetsomraden"))
            #expect(areas.subsections.map(\.heading) == ["Ledning och styrning", "Patientens egenkraft och samskapande", "Kunskapsstyrning",
                                                         "Långsiktig och hållbar arbetsfördelning", "Effektiva processer",
                                                         "Attrahera och utveckla kompetenser"])
            #expect(areas.subsections.first { $0.id == "processer" }?.subsections.map(\.id) == ["remisser"])
            #expect(areas.subsections.first { $0.id == "arbetsfordelning" }?.subsections.map(\.id) == ["arbetsfordelningsbeslut"])
            // The seed's SVN § 51 answers a remiss: it belongs to Effektiva processer.
            let processer = try #require(areas.subsections.first { $0.id == "processer" })
            #expect(processer.tables.first?.rows.map { $0[3] } == [.text("Yttrande över remiss Reviderat riksavtal för utomlänsvård")])
            // The Markdown headings are in the same order.
            let md = MarkdownRenderer.render(report)
            let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
            #expect(headings == report.sections.map(\.heading))
        }
    }

    @Test func contractTotalsAreTheAgreementsFixedParts() throws {
        try withRegistry(seeded: true) { registry, _ in
            let report = try ReportCatalog.flows.build(registry)
            // Six pairs for care and a subtotal per performing region; no outcome recorded.
            let contract = try #require(table(report, "avtalsmodell", "avtalsmodell"))
            #expect(contract.rows.count == 9)
            try #require(contract.totals.count == 1 && contract.totals[0].count > 6)
            #expect(contract.totals[0][0] == .text("Sydöstra sjukvårdsregionen"))
            #expect(contract.totals[0][2].double == 754_108)
            #expect(contract.totals[0][5].isNull)
            #expect(contract.totals[0][6].double == 754_108)
            let cooperation = try #require(table(report, "avtalsmodell", "samverkan"))
            #expect(cooperation.rows.count == 6)
            try #require(cooperation.totals.first.map { $0.count > 2 } == true)
            #expect(cooperation.totals[0][2].double == 74_592)
            let md = MarkdownRenderer.render(report)
            #expect(md.contains("| **Sydöstra sjukvårdsregionen** | **Summa** | **754 108** | – | – | – | **754 108** | – |"))
            #expect(md.contains("| **Summa** | – | **74 592** |"))
            #expect(md.contains("| RÖ | RJL | 378 026 | – | – | – | 378 026 | – |"))
            #expect(md.contains("| RÖ | Summa | 689 305 | – | – | – | 689 305 | – |"))
            #expect(md.contains("DRG 1,0-pris 2024: 86 656 kr, fakturerat pris 30 330 kr; fast del 65 %, rörlig del 35 %."))
            #expect(report.subtitle == "2020–2024", "the latest year with figures is 2024")
        }
    }

    @Test func permitFiguresMatchTheSeededPermits() throws {
        try withRegistry(seeded: true) { registry, _ in
            for (kind, year, new) in [(ReportCatalog.annual, "2024", 2), (.permits, "2025", 0)] {
                let report = try kind.build(registry)
                let goal = try #require(table(report, "hogspecialiserad", "mal"))
                let figures = Dictionary(uniqueKeysWithValues: goal.rows.map { ($0[0].plain, $0[1]) })
                #expect(figures["Innehavda tillstånd"] == .int(8))
                #expect(figures["Varav i drift"] == .int(7))
                #expect(figures["Nya under \(year) (beslut om tillstånd)"] == .int(Int64(new)))
                #expect(figures["Avslutade"] == .int(0))
                #expect(figures["Avslagna ansökningar"] == .int(2))
                #expect(figures["Mål, lägst"] == .int(10))
                #expect(figures["Mål, högst"] == .int(12))
                #expect(figures["Kvar till målets nedre gräns"] == .int(2))
                let permits = try #require(table(report, "hogspecialiserad", "tillstand"))
                #expect(permits.rows.count == 10)
                #expect(permits.caption.hasSuffix(", RÖ"))
            }
        }
    }

    @Test func indicatorDistancesAreSignedAndWrittenWithAMinusSign() throws {
        try withRegistry(seeded: true) { registry, _ in
            let report = try ReportCatalog.indicators.build(registry)
            #expect(report.subtitle == "Period 2024")
            let md = MarkdownRenderer.render(report)
            // 81 % satisfied patients against the target 90 %: 9 points short.
            #expect(md.contains("| Patientdelaktighet | Patienttillfredsställelse - andel nöjda patienter | RJL | 81,0 | – | – | 90,0 | −9,0 | % |"))
            // Staffing-agency cost: lower is better, 3,4 % against the target 2 %.
            #expect(md.contains("| RJL | 3,4 | – | – | 2,0 | −1,4 | % |"))
            // A missing result is shown as the reason.
            #expect(md.contains("| Säker vård | Vårdprevention | RJL | Resultat saknas | – | – | 90,0 | – | % |"))
            #expect(!md.contains("-1") && !md.contains("-9"), "a hyphen is not a minus sign")
        }
    }

    @Test func openRemisserOfTheSeedAreNineOfWhichTwoOverdue() throws {
        try withRegistry(seeded: true) { registry, _ in
            let report = try ReportCatalog.remisser.build(registry)
            let open = try #require(table(report, "oppna_remisser", "oppna"))
            #expect(open.rows.count == 9)
            #expect(column(open, "dagar_kvar").prefix(2) == [.int(-19), .int(-19)])
            #expect(column(open, "status").prefix(3) == [.text("Försenad"), .text("Försenad"), .text("Öppen")])
            let md = MarkdownRenderer.render(report)
            #expect(md.contains("Obesvarade remisser per 2025-06-17: 9, varav 2 med passerat svarsdatum."))
            #expect(md.contains("| 2025-05-29 | −19 | Försenad |"))
        }
    }

    @Test func workloadListsOgonsjukvardAfterUrologi() throws {
        try withRegistry(seeded: true) { registry, _ in
            let md = MarkdownRenderer.render(try ReportCatalog.workload.build(registry))
            let urologi = try #require(md.range(of: "| urologi | Införd | 1 |"))
            let ogon = try #require(md.range(of: "| ögonsjukvård | Införd | 1 |"))
            let oron = try #require(md.range(of: "| öron-, näs- och halssjukvård | Under utredning | 1 |"))
            #expect(urologi.lowerBound < ogon.lowerBound && ogon.lowerBound < oron.lowerBound)
        }
    }

    @Test func samverkansnamndensYearCountsItsDecisions() throws {
        try withRegistry(seeded: true) { registry, _ in
            let report = try ReportCatalog.annual.build(registry)
            let svn = try #require(section(report, "samverkansnamnden"))
            #expect(svn.paragraphs == ["Under 2024 fattade Samverkansnämnden 1 beslut, tog emot 0 återrapporteringar och informerades i 0 ärenden.",
                                       "Ordförande: Region Kalmar län."])
            let recommendations = try #require(table(report, "samverkansnamnden", "rekommendationer"))
            #expect(recommendations.rows == [[.text("2024-09-27"), .text("SVN"), .text("Yttrande över remiss Reviderat riksavtal för utomlänsvård"),
                                              .text("Pågående"), .text("Pågående (RJL 2024/2313)"), .text("Pågående")]])
        }
    }

    @Test func csvIsOneLinePerTableCellWithAHeader() throws {
        try withRegistry(seeded: true) { registry, dir in
            let report = try ReportCatalog.flows.build(registry)
            let csv = try render(report, .csv, dir: dir)
            let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            #expect(lines.first == "section,table,row,column,value")
            let cells = report.sections.flatMap(\.tables).reduce(0) { $0 + ($1.rows.count + $1.totals.count) * $1.columns.count }
            #expect(lines.filter { !$0.isEmpty }.count == cells + 1)
            #expect(lines.contains("avtalsmodell,avtalsmodell,total1,fast,754108"))
            #expect(lines.contains("avtalsmodell,samverkan,total1,fast,74592"))
        }
    }

    /// Splits CSV text into records of fields (RFC 4180 quoting).
    func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars = chars.dropFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(field); field = "" }
            else if c == "\n" || c == "\r\n" || c == "\r" { record.append(field); field = ""; records.append(record); record = [] }
            else { field.append(c) }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    @Test(arguments: ReportCatalog.allCases)
    func csvRecordsHaveFiveFieldsAndValuesWithCommasAreQuoted(_ kind: ReportCatalog) throws {
        try withRegistry(seeded: true) { registry, dir in
            let report = try kind.build(registry)
            let records = parseCSV(try render(report, .csv, dir: dir))
            #expect(records.first == ["section", "table", "row", "column", "value"])
            #expect(records.allSatisfy { $0.count == 5 }, "\(kind.rawValue).csv has a record without five fields")
            // Every cell of every table is there, with its plain value.
            var expected: [[String]] = []
            func walk(_ s: Section) {
                for t in s.tables {
                    for (n, row) in t.rows.enumerated() { for (c, cell) in zip(t.columns, row) { expected.append([s.id, t.id, String(n + 1), c.key, cell.plain]) } }
                    for (n, row) in t.totals.enumerated() { for (c, cell) in zip(t.columns, row) { expected.append([s.id, t.id, "total\(n + 1)", c.key, cell.plain]) } }
                }
                s.subsections.forEach(walk)
            }
            report.sections.forEach(walk)
            #expect(Array(records.dropFirst()) == expected)
            if kind == .workload {
                #expect(records.contains { $0[4] == "öron-, näs- och halssjukvård" })
            }
        }
    }

    @Test func jsonOfEveryReportParsesAndKeepsRawNumbers() throws {
        try withRegistry(seeded: true) { registry, _ in
            for kind in ReportCatalog.allCases {
                let report = try kind.build(registry)
                let json = try #require(parseJSON(JSONReportRenderer.render(report)), "\(kind.rawValue).json does not parse")
                #expect(json["title"] as? String == report.title)
                #expect((json["sections"] as? [Any])?.count == report.sections.count)
            }
            let flows = try #require(parseJSON(JSONReportRenderer.render(ReportCatalog.flows.build(registry))))
            let sections = try #require(flows["sections"] as? [[String: Any]])
            let contract = try #require((sections[1]["tables"] as? [[String: Any]])?.first)
            let totals = try #require(contract["totals"] as? [[String: Any]])
            #expect((totals.first?["fast"] as? NSNumber)?.doubleValue == 754_108)
        }
    }
}
