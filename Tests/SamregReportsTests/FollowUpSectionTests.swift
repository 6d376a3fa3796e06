import Foundation
import SamregCore
import SamregQuery
import SamregReports
import SamregStore
import SamregTestSupport
import Testing

/// Avtalsmodell and Universitetssjukvård on small recorded data, as published (mnkr, whole
/// per cent) and as analysts read them (tkr, decimals).
@Suite("Follow-up sections")
struct FollowUpSectionTests {
    @Test func presentationConvertsTkrToMnkrAndChoosesTheStyles() {
        #expect(Presentation.published.amount(378_026) == .real(378.026))
        #expect(Presentation.analysts.amount(378_026) == .real(378_026))
        #expect(Presentation.published.amount(nil) == .null)
        #expect(Presentation.published.with(unit: .tkr) == Presentation(unit: .tkr, wholeNumbers: true))
        #expect(Presentation.analysts.with(unit: nil) == .analysts)
        #expect(ReportTable.display(.real(378.026), style: Presentation.published.amountStyle) == "378,0")
        #expect(ReportTable.display(.real(1.0215), style: Presentation.published.shareStyle) == "102 %")
        #expect(ReportTable.display(.real(1.0215), style: Presentation.analysts.shareStyle) == "102,2 %")
        #expect(ReportTable.display(.real(6300.6), style: Presentation.published.volumeStyle) == "6 301")
        #expect(ReportTable.display(.real(6300.6), style: Presentation.analysts.volumeStyle) == "6 300,6")
    }

    @Test func theAnnualSummaryShowsTheOutcomeBesideTheAgreementInMnkr() throws {
        try withRegistry(seeded: true) { registry, _ in
            try registry.insert(Families.contract, ["year": "2024", "payer": "RJL", "receiver": "RÖ", "basis": "utfall",
                                                    "variable_tkr": "212400"])
            try registry.update(Families.contract, id: registry.id("SELECT id FROM contract WHERE basis = 'avtal' AND part = 'vard' AND fixed_tkr = 378026"),
                                ["variable_tkr": "200000"])
            let report = try registry.read { db in try ReportCatalog.annual.build(db, ReportRequest(asOf: reportDay, year: 2024)) }
            let contract = try #require(table(report, "avtalsmodell", "avtalsmodell"))
            let row = try #require(contract.rows.first)
            try #require(row.count == contract.columns.count && row.count > 7)
            #expect(row.map(\.plain).prefix(2) == ["RÖ", "RJL"])
            #expect(row[2] == .real(378.026) && row[3] == .real(212.4) && row[4] == .real(200))
            #expect(row[5] == .real(590.426) && row[6] == .real(578.026))
            #expect(ReportTable.display(row[7], style: contract.columns[7].style) == "102 %")
            // The same report in tkr.
            let tkr = try registry.read { db in try ReportCatalog.annual.build(db, ReportRequest(asOf: reportDay, year: 2024, unit: .tkr)) }
            let tkrRow = try #require(table(tkr, "avtalsmodell", "avtalsmodell")?.rows.first)
            #expect(tkrRow[2] == .real(378_026) && tkrRow[5] == .real(590_426))
            #expect(try #require(table(tkr, "avtalsmodell", "avtalsmodell")).caption.hasSuffix("(tkr)"))
        }
    }

    @Test func universityHealthcareShowsTheYearBeforeBesideTheYear() throws {
        try withRegistry(seeded: false) { registry, _ in
            try registry.insert(Families.universityUnit, ["name": "Hjärtcentrum", "region": "RÖ", "designated": "2023-02-01"])
            try registry.insert(Families.universityUnit, ["name": "Rehab", "region": "RKL", "designated": "2024-03-15", "area": "Rehabilitering"])
            try registry.insert(Families.access, ["year": "2023", "home": "RKL", "measure": "nybesok", "count": "4000", "within_90": "3000"])
            try registry.insert(Families.access, ["year": "2024", "home": "RKL", "measure": "nybesok", "count": "4300", "within_90": "3612"])
            let section = try registry.read { db in
                try FollowUpReports.universitySection(db, year: 2024, asOf: reportDay, presentation: .published)
            }
            let perRegion = try #require(section.tables.first { $0.id == "usv_per_region" })
            #expect(perRegion.columns.map(\.heading) == ["Region", "2023", "2024", "Nya under 2024"])
            #expect(perRegion.rows.map { $0.map(\.plain) } == [["RÖ", "1", "1", "0"], ["RJL", "0", "0", "0"], ["RKL", "0", "1", "1"]])
            #expect(perRegion.totals.first?.map(\.plain) == ["Summa", "1", "2", "1"])
            let added = try #require(section.tables.first { $0.id == "usv_nya" })
            #expect(added.rows.map { $0.map(\.plain) } == [["Rehab", "RKL", "Rehabilitering", "2024-03-15"]])
            let access = try #require(section.tables.first { $0.id == "tillganglighet_us" })
            let row = try #require(access.rows.first)
            #expect(row.prefix(3).map(\.plain) == ["Universitetssjukhuset i Linköping", "RKL", "Första besök"])
            #expect(ReportTable.display(row[5], style: access.columns[5].style) == "75 %")
            #expect(ReportTable.display(row[8], style: access.columns[8].style) == "84 %")
            #expect(section.paragraphs.first == "Per 2024-12-31 fanns 2 universitetssjukvårdsenheter (RÖ 1, RJL 0, RKL 1), mot 1 vid utgången av 2023. Under 2024 utsågs 1 ny.")
        }
    }
}
