import GRDB
import SamregCore
import SamregQuery
import SamregStore

/// The annual summary (årlig uppföljning) that goes to Samverkansnämnden, built from recorded
/// data only, in the order of the published summary: Samverkansnämnden · Sjukvårdsregional
/// samverkan (the six samarbetsområden) · Högspecialiserad vård · Universitetssjukvård ·
/// Remisser · Arbetsfördelning · Vård enligt regionavtalet · Avtalsmodell · Sjukvårdsregionala
/// systemmått (the set that applies to the year).
/// Each section ends with the secretary's narrative for that year, when recorded.
/// Amounts are shown in mnkr, shares in whole per cent and DRG volumes in whole points, as the
/// committee publishes them (`unit` chooses tkr instead); regions in the agreement's order.
public enum AnnualReport {
    public static func build(_ db: Database, year: Int, asOf: String, includeConfidential: Bool = false,
                             unit: AmountUnit? = nil) throws -> Report {
        let publicOnly = !includeConfidential
        let presentation = Presentation.published.with(unit: unit)
        let period = Period.year(year)
        // As of the year's end, or of today for a year not yet over.
        let yearEnd = min(String(format: "%04d-12-31", year), asOf)
        let narratives = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
            SELECT section, text FROM narrative WHERE year = ? AND withdrawn_on IS NULL
            """, arguments: [year]).map { ($0["section"] as String, $0["text"] as String) })

        var sections: [Section] = []

        // Samverkansnämnden
        let svn = try DecisionQueries.svnYear(db, year: year, publicOnly: publicOnly)
        func decisionTable(_ id: String, _ caption: String, _ list: [DecisionSummary], empty: String) -> ReportTable {
            ReportTable(id: id, caption: caption,
                        columns: [.init("datum", "Datum", .date), .init("paragraf", "Paragraf"), .init("arende", "Ärende"),
                                  .init("diarienummer", "Diarienummer"), .init("typ", "Typ")],
                        rows: list.map { [.text($0.date), $0.paragraph.map(Cell.text) ?? .null, .text($0.title),
                                          $0.caseNumber.map(Cell.text) ?? .null, .text(Labels.of($0.kind, Labels.decisionKind))] },
                        emptyText: empty)
        }
        let recommendations = try FollowUpReports.recommendationTable(db, period: period, publicOnly: publicOnly)
        // The chair rotates between the regions: the region holding it at the year's end (or today).
        let chairs = try MembershipQueries.regions(db, holding: "ordforande", bodyKind: "samverkansnamnd", on: yearEnd)
        sections.append(Section(
            id: "samverkansnamnden", heading: "Samverkansnämnden",
            paragraphs: ["Under \(year) fattade Samverkansnämnden \(svn.decided.count) beslut, tog emot \(svn.reReports.count) återrapporteringar och informerades i \(svn.informed.count) ärenden."]
                + (chairs.isEmpty ? [] : ["Ordförande: \(chairs.joined(separator: ", "))."]),
            tables: [decisionTable("beslut", "Beslut \(year)", svn.decided, empty: "Inga beslut registrerade."),
                     decisionTable("aterrapporteringar", "Återrapporteringar \(year)", svn.reReports, empty: "Inga återrapporteringar registrerade."),
                     decisionTable("information", "Information \(year)", svn.informed, empty: "Ingen information registrerad."),
                     recommendations],
            narrative: narratives["samverkansnamnden"]))

        // Sjukvårdsregional samverkan: the six cooperation areas
        let areas = try Row.fetchAll(db, sql: "SELECT code, name FROM cooperation_area ORDER BY ordinal")
        let areaSections = areas.map { row -> Section in
            let code: String = row["code"]
            return Section(id: code, heading: row["name"], narrative: narratives[code])
        }
        sections.append(Section(
            id: "samarbetsomraden", heading: "Sjukvårdsregional samverkan",
            paragraphs: areas.isEmpty ? ["Inga samarbetsområden registrerade."]
                : ["Samverkan redovisas inom \(areas.count) samarbetsområden."],
            subsections: areaSections))

        // Högspecialiserad vård
        var permits = try FollowUpReports.permitSection(db, asOf: yearEnd, publicOnly: publicOnly,
                                                        years: (year - 4)...year)
        permits.narrative = narratives["hogspecialiserad"]
        sections.append(permits)

        var university = try FollowUpReports.universitySection(db, year: year, asOf: asOf, presentation: presentation)
        university.narrative = narratives["universitetssjukvard"]
        sections.append(university)

        // Remisser besvarade gemensamt
        var remisser = try FollowUpReports.remissSections(db, period: period, asOf: yearEnd, publicOnly: publicOnly,
                                                          jointOnly: true)[0]
        remisser.heading = "Remisser"
        remisser.paragraphs.removeLast()   // the open-remiss count belongs to the analysts' report
        remisser.narrative = narratives["remisser"]
        sections.append(remisser)

        var workload = try FollowUpReports.workloadSection(db, publicOnly: publicOnly)
        workload.narrative = narratives["arbetsfordelningsbeslut"] ?? narratives["arbetsfordelning"]
        sections.append(workload)

        var flows = try FollowUpReports.flowSection(db, year: year, presentation: presentation)
        flows.narrative = narratives["regionavtalet"]
        sections.append(flows)

        var contract = try FollowUpReports.contractSection(db, year: year, presentation: presentation)
        contract.narrative = narratives["avtalsmodell"]
        sections.append(contract)

        // The set of systemmått that applies to the year; every indicator is in `report indicators`.
        var indicators = try SystemMeasureSection.build(db, year: year)
        indicators.narrative = narratives["systemmatt"]
        sections.append(indicators)

        return Report(
            title: "Årlig uppföljning \(year)",
            subtitle: "Sydöstra sjukvårdsregionen – Region Östergötland, Region Jönköpings län och Region Kalmar län",
            meta: [("Period", "\(period.from) – \(period.to)"), ("Underlag", "samreg, uppgifter registrerade per \(asOf)"),
                   ("Sekretess", includeConfidential ? "Omfattar sekretessmarkerade uppgifter – ej för publicering"
                                                     : "Sekretessmarkerade uppgifter ingår inte"),
                   // The audit trail's head when the figures were read (same transaction): quoted
                   // here, `samreg audit verify --head` later proves the trail still extends it.
                   ("Granskningslogg", try AuditTrail.head(db).description)],
            sections: sections)
    }
}
