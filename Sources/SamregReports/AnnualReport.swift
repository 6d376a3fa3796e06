import GRDB
import SamregCore
import SamregQuery
import SamregStore

/// The annual summary (årlig uppföljning) that goes to Samverkansnämnden, built from recorded
/// data only, in the shape of the published summary: Samverkansnämnden (its decisions,
/// re-reports and information in the order it lists them) · Sjukvårdsregional samverkan: the
/// six samarbetsområden, each with the records that belong to it (`CooperationAreas`: the
/// remisser inside Effektiva processer, the workload division inside Långsiktig och hållbar
/// arbetsfördelning, the decisions filed under each area) and then its narrative ·
/// Högspecialiserad vård · Universitetssjukvård · Vård enligt regionavtalet · Avtalsmodell ·
/// Sjukvårdsregionala systemmått (the set that applies to the year) · the appendix "Tabeller
/// och diagram" (every chart, with its figures as a table).
/// Each section ends with the secretary's narrative for that year, when recorded.
/// As of `asOf`: answers, decisions, ends and status changes dated after it do not count.
/// Amounts are shown in mnkr, shares in whole per cent and DRG volumes in whole points, as the
/// committee publishes them (`unit` chooses tkr instead); regions in the agreement's order.
public enum AnnualReport {
    /// The method note of the Remisser part: how the committee counts an answer.
    public static func remissMethodNote(asOf: String) -> String {
        "Metod: Ett gemensamt remissvar räknas som besvarat den dag det skickades eller, när det inte är känt, den dag det godkändes av det organ som beslutade om svaret. Svar, avslut och statusändringar daterade efter \(asOf) räknas inte."
    }

    public static func build(_ db: Database, year: Int, asOf: String, includeConfidential: Bool = false,
                             unit: AmountUnit? = nil) throws -> Report {
        let publicOnly = !includeConfidential
        let presentation = Presentation.published.with(unit: unit)
        let period = Period.year(year)
        // As of the year's end, or of today for a year not yet over.
        let yearEnd = min(String(format: "%04d-12-31", year), asOf)
        // The part of the year up to that day (nil when the year had not begun).
        let yearSoFar = yearEnd >= period.from ? Period(from: period.from, to: yearEnd) : nil
        let narratives = try NarrativeQueries.forYear(db, year: year)

        var sections: [Section] = []

        // Samverkansnämnden
        let svn = try DecisionQueries.svnYear(db, year: year, asOf: yearEnd, publicOnly: publicOnly)
        func decisionTable(_ id: String, _ caption: String, _ list: [DecisionSummary], empty: String) -> ReportTable {
            ReportTable(id: id, caption: caption,
                        columns: [.init("datum", "Datum", .date), .init("paragraf", "Paragraf"), .init("arende", "Ärende"),
                                  .init("diarienummer", "Diarienummer"), .init("typ", "Typ")],
                        rows: list.map { [.text($0.date), $0.paragraph.map(Cell.text) ?? .null, .text($0.title),
                                          $0.caseNumber.map(Cell.text) ?? .null, .text(Labels.of($0.kind, Labels.decisionKind))] },
                        emptyText: empty)
        }
        var recommendations = try FollowUpReports.recommendationTable(db, period: yearSoFar ?? period, asOf: yearEnd,
                                                                      publicOnly: publicOnly)
        if yearSoFar == nil { recommendations.rows = [] }
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

        // Sjukvårdsregional samverkan: the six cooperation areas, each with its records.
        var remisser = try FollowUpReports.remissSections(db, period: period, asOf: yearEnd, publicOnly: publicOnly,
                                                          jointOnly: true)[0]
        remisser.heading = "Remisser"
        remisser.paragraphs.removeLast()   // the open-remiss count belongs to the analysts' report
        let joint = remisser.tables.first { $0.id == "besvarade" }?.rows.count ?? 0
        remisser.paragraphs.insert("Under \(year) besvarades \(joint) \(joint == 1 ? "remiss" : "remisser") gemensamt för Sydöstra sjukvårdsregionen.", at: 0)
        remisser.paragraphs.append(remissMethodNote(asOf: yearEnd))
        remisser.narrative = narratives["remisser"]

        var workload = try FollowUpReports.workloadSection(db, asOf: yearEnd, publicOnly: publicOnly)
        workload.narrative = narratives["arbetsfordelningsbeslut"]

        let areas = try ReportDefaults.cooperationAreas(db)
        let areaSections = try areas.map { row -> Section in
            let code = row.code
            var area = Section(id: code, heading: row.name, narrative: narratives[code])
            // The decisions of the year that belong to the area (filed under it, or about a
            // remiss or workload decision).
            let decisions = try yearSoFar.map {
                try DecisionQueries.decisions(db, period: $0, area: code, publicOnly: publicOnly)
            } ?? []
            if !decisions.isEmpty {
                area.paragraphs.append("\(decisions.count) beslut under \(year) hör till området.")
                area.tables.append(ReportTable(
                    id: "beslut_\(code)", caption: "Beslut inom området \(year)",
                    columns: [.init("datum", "Datum", .date), .init("organ", "Organ"), .init("paragraf", "Paragraf"),
                              .init("arende", "Ärende"), .init("typ", "Typ")],
                    rows: decisions.map { [.text($0.date), .text($0.body), $0.paragraph.map(Cell.text) ?? .null,
                                           .text($0.title), .text(Labels.of($0.kind, Labels.decisionKind))] }))
            }
            if CooperationAreas.area(ofFamily: "remiss") == code { area.subsections.append(remisser) }
            if CooperationAreas.area(ofFamily: "workload") == code { area.subsections.append(workload) }
            return area
        }
        // The bodies of the cooperation valid at the year's end, counted from the records.
        let bodies = try BodyQueries.counts(db, on: yearEnd)
        func n(_ count: Int) -> String { SwedishFormat.integer(Int64(count)) }
        let noBodies = bodies == BodyCounts()
        let bodyRows: [[Cell]] = noBodies ? [] : [
            [.text("Regionala programområden (RPO)"), .int(Int64(bodies.rpo))],
            [.text("Regionala samverkansgrupper (RSG)"), .int(Int64(bodies.rsg))],
            [.text("Kunskapsråd"), .int(Int64(bodies.kunskapsrad))],
            [.text("Nationella programområden med värdskap i sjukvårdsregionen (NPO)"), .int(Int64(bodies.hostedNPO))],
        ]
        let bodyTable = ReportTable(
            id: "organ", caption: "Organ vid årets slut (\(yearEnd))",
            columns: [.init("organ", "Organ"), .init("antal", "Antal", .integer)], rows: bodyRows,
            emptyText: "Inga programområden, samverkansgrupper eller kunskapsråd registrerade.")
        let bodySentence: String = noBodies ? "Inga programområden, samverkansgrupper eller kunskapsråd registrerade vid årets slut."
            : "Vid årets slut hade sjukvårdsregionen \(n(bodies.rpo)) regionala programområden (RPO), "
            + "\(n(bodies.rsg)) regionala samverkansgrupper (RSG) och \(n(bodies.kunskapsrad)) kunskapsråd, "
            + "och värdskap för \(n(bodies.hostedNPO)) nationella programområden (NPO)."
        let areaSentence: String = areas.isEmpty ? "Inga samarbetsområden registrerade."
            : "Samverkan redovisas inom \(areas.count) samarbetsområden."
        sections.append(Section(
            id: "samarbetsomraden", heading: "Sjukvårdsregional samverkan",
            paragraphs: [areaSentence, bodySentence],
            tables: [bodyTable],
            subsections: areaSections))
        // Without the areas recorded (a registry not seeded), the parts stand on their own.
        let placed = Set(areaSections.flatMap { $0.subsections.map(\.id) })
        for part in [remisser, workload] where !placed.contains(part.id) { sections.append(part) }

        // Högspecialiserad vård
        var permits = try FollowUpReports.permitSection(db, asOf: yearEnd, publicOnly: publicOnly,
                                                        years: (year - 4)...year)
        permits.narrative = narratives["hogspecialiserad"]
        sections.append(permits)

        var university = try FollowUpReports.universitySection(db, year: year, asOf: asOf, presentation: presentation)
        university.narrative = narratives["universitetssjukvard"]
        sections.append(university)

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

        // Tabeller och diagram: every chart of the summary, moved here with its figures as a table.
        var charts: [Chart] = []
        func moveCharts(_ section: inout Section) {
            charts += section.charts
            section.charts = []
            for i in section.subsections.indices { moveCharts(&section.subsections[i]) }
        }
        for i in sections.indices { moveCharts(&sections[i]) }
        sections.append(appendix(charts, presentation: presentation))

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

    /// The appendix "Tabeller och diagram": one part per chart, the chart and its figures as a
    /// table (Markdown and CSV leave charts out, so the table carries them there).
    static func appendix(_ charts: [Chart], presentation: Presentation) -> Section {
        var appendix = Section(id: "tabeller_och_diagram", heading: "Tabeller och diagram")
        if charts.isEmpty { appendix.paragraphs = ["Inga diagram för året."] }
        for (n, chart) in charts.enumerated() {
            let style: ReportTable.Style = switch chart.unit {
            case "DRG-vikt": presentation.volumeStyle
            case "antal": .integer
            default: .decimal1
            }
            let years = chart.labels.allSatisfy { $0.count == 4 && $0.allSatisfy(\.isNumber) }
            var table = ReportTable(
                id: "diagram_\(n + 1)", caption: "Tabell \(n + 1): \(chart.title)",
                columns: [.init("kategori", years ? "År" : "Kategori")]
                    + chart.series.enumerated().map { .init("serie_\($0.offset + 1)", $0.element.name, style) })
            table.rows = chart.labels.enumerated().map { i, label in
                [.text(label)] + chart.series.map { s in (i < s.values.count ? s.values[i] : nil).map(Cell.real) ?? .null }
            }
            var part = Section(id: "diagram_\(n + 1)", heading: "Diagram \(n + 1): \(chart.title)",
                               tables: [table], charts: [chart])
            if let band = chart.band { part.paragraphs = ["\(band.label)."] }
            appendix.subsections.append(part)
        }
        return appendix
    }
}
