import GRDB
import SamregCore
import SamregQuery
import SamregStore

/// The analysts' follow-up reports and the sections they share with the annual summary.
/// Every builder reads recorded data only; a section without data says so.
public enum FollowUpReports {
    // MARK: Remisser

    /// `jointOnly`: the list and the count per preparing body cover joint answers only (the
    /// annual summary reports what SÖSR answered jointly); the category table shows both.
    public static func remissSections(_ db: Database, period: Period, asOf: String, publicOnly: Bool,
                                      jointOnly: Bool = false) throws -> [Section] {
        let answered = try RemissQueries.answered(db, period: period, jointOnly: false, asOf: asOf, publicOnly: publicOnly)
        let joint = try RemissQueries.answered(db, period: period, jointOnly: true, asOf: asOf, publicOnly: publicOnly)
        let open = try RemissQueries.open(db, asOf: asOf, publicOnly: publicOnly)
        var byCategory = ReportTable(id: "besvarade_per_kategori", caption: "Besvarade remisser per kategori",
                                     columns: [.init("kategori", "Kategori"), .init("gemensamt", "Gemensamt svar (SÖSR)", .integer),
                                               .init("totalt", "Besvarade totalt", .integer)])
        let jointCounts = RemissQueries.countByCategory(joint)
        let allCounts = RemissQueries.countByCategory(answered)
        for (j, a) in zip(jointCounts, allCounts) {
            byCategory.rows.append([.text(Labels.of(j.category, Labels.remissCategory)), .int(Int64(j.count)), .int(Int64(a.count))])
        }
        byCategory.totals = [[.text("Summa"), .int(Int64(joint.count)), .int(Int64(answered.count))]]
        if answered.isEmpty { byCategory.rows = [] ; byCategory.totals = [] }

        var byBody = ReportTable(id: "besvarade_per_beredande_organ", caption: "Besvarade remisser per beredande organ",
                                 columns: [.init("organ", "Beredande organ"), .init("antal", "Antal", .integer)])
        byBody.rows = try RemissQueries.answeredByBody(db, period: period, jointOnly: jointOnly, asOf: asOf, publicOnly: publicOnly)
            .map { [.text($0.body), .int(Int64($0.count))] }
        if jointOnly { byBody.caption = "Gemensamt besvarade remisser per beredande organ" }

        var answeredList = ReportTable(id: "besvarade", caption: "Besvarade remisser",
                                       columns: [.init("id", "Nr", .integer), .init("titel", "Remiss"), .init("avsandare", "Avsändare"),
                                                 .init("referens", "Avsändarens referens"), .init("kategori", "Kategori"),
                                                 .init("inkom", "Inkom", .date), .init("besvarad", "Besvarad", .date)])
        if jointOnly { answeredList.caption = "Gemensamt besvarade remisser" }
        answeredList.rows = (jointOnly ? joint : answered).map {
            [.int($0.id), .text($0.title), .text($0.sender), $0.senderRef.map(Cell.text) ?? .null,
             .text(Labels.of($0.category, Labels.remissCategory)), .text($0.received), $0.answered.map(Cell.text) ?? .null]
        }
        var openList = ReportTable(id: "oppna", caption: "Obesvarade remisser per \(asOf), närmaste svarsdatum först",
                                   columns: [.init("id", "Nr", .integer), .init("titel", "Remiss"), .init("avsandare", "Avsändare"),
                                             .init("kategori", "Kategori"), .init("svar_senast", "Svar senast", .date),
                                             .init("dagar_kvar", "Dagar kvar", .integer), .init("status", "Status"),
                                             .init("gemensamt", "Gemensamt svar")],
                                   emptyText: "Inga obesvarade remisser.")
        openList.rows = open.map {
            [.int($0.id), .text($0.title), .text($0.sender), .text(Labels.of($0.category, Labels.remissCategory)),
             .text($0.deadline), .int(Int64($0.daysLeft)), .text(Labels.of($0.status, Labels.remissStatus)),
             .text($0.joint ? "ja" : "nej (regionens eget)")]
        }
        var paragraphs: [String] = []
        if let median = RemissQueries.medianDaysToAnswer(answered) {
            paragraphs.append("Mediantid från inkommen remiss till svar: \(SwedishFormat.decimal(median, decimals: median.rounded() == median ? 0 : 1)) dagar (\(answered.count) \(answered.count == 1 ? "besvarad remiss" : "besvarade remisser")).")
        }
        let overdue = open.filter { $0.daysLeft < 0 }.count
        paragraphs.append("Obesvarade remisser per \(asOf): \(open.count), varav \(overdue) med passerat svarsdatum.")
        return [
            Section(id: "remisser", heading: "Remisser besvarade \(period.from) – \(period.to)", paragraphs: paragraphs,
                    tables: [byCategory, byBody, answeredList]),
            Section(id: "oppna_remisser", heading: "Obesvarade remisser", tables: [openList]),
        ]
    }

    // MARK: Permits

    public static func permitSection(_ db: Database, asOf: String, publicOnly: Bool, years: ClosedRange<Int>) throws -> Section {
        let progress = try PermitQueries.progress(db, asOf: asOf, publicOnly: publicOnly)
        var table = ReportTable(id: "tillstand", caption: "Tillstånd för nationell högspecialiserad vård, \(progress.holder)",
                                columns: [.init("vardomrade", "Vårdområde"), .init("enhet", "Enhet"), .init("status", "Status"),
                                          .init("beslut", "Beslutsdatum", .date), .init("start", "Start", .date),
                                          .init("slut", "Slut", .date), .init("omfattning", "Omfattning")])
        let all = try PermitQueries.all(db, holder: progress.holder, publicOnly: publicOnly)
        table.rows = all.map {
            [.text($0.careArea), $0.unit.map(Cell.text) ?? .null,
             .text(Labels.of(PermitQueries.status($0, on: asOf), Labels.permitStatus)),
             $0.decided.map(Cell.text) ?? .null, $0.start.map(Cell.text) ?? .null, $0.end.map(Cell.text) ?? .null,
             $0.scope.map(Cell.text) ?? .null]
        }
        var summary = ReportTable(id: "mal", caption: "Tillstånd mot målet per \(asOf)",
                                  columns: [.init("matt", "Mått"), .init("antal", "Antal", .integer)])
        summary.rows = [
            [.text("Innehavda tillstånd"), .int(Int64(progress.held.count))],
            [.text("Varav i drift"), .int(Int64(progress.inOperation.count))],
            [.text("Nya under \(asOf.prefix(4)) (beslut om tillstånd)"), .int(Int64(progress.newThisYear.count))],
            [.text("Avslutade"), .int(Int64(progress.ended.count))],
            [.text("Ansökta eller under förberedelse"), .int(Int64(progress.pending.count))],
            [.text("Avslagna ansökningar"), .int(Int64(progress.rejected.count))],
        ]
        var paragraphs: [String] = []
        var band: (Double, Double, String)?
        if let lo = progress.goalMin, let hi = progress.goalMax {
            summary.rows.append([.text("Mål, lägst"), .int(Int64(lo))])
            summary.rows.append([.text("Mål, högst"), .int(Int64(hi))])
            summary.rows.append([.text("Kvar till målets nedre gräns"), .int(Int64(progress.missingToGoal ?? 0))])
            paragraphs.append("Målet är \(lo)–\(hi) tillstånd. Per \(asOf) innehas \(progress.held.count), \(progress.missingToGoal == 0 ? "målets nedre gräns är nådd" : "\(progress.missingToGoal!) kvar till målets nedre gräns").")
            band = (Double(lo), Double(hi), "Mål \(lo)–\(hi)")
        } else {
            paragraphs.append("Inget mål för antalet tillstånd är registrerat.")
        }
        let undated = all.filter { PermitQueries.isHeld($0, on: asOf) && $0.decided == nil && $0.start == nil }.count
        if undated > 0 {
            paragraphs.append("\(undated) av de innehavda tillstånden saknar beslutsdatum och vårdstart i registret och räknas därför som innehavda alla år i diagrammet.")
        }
        paragraphs.append(permitMethodNote)
        if all.isEmpty { summary.rows = []; paragraphs = [] }
        let byYear = try PermitQueries.heldByYear(db, years: years, holder: progress.holder, publicOnly: publicOnly)
        let charts = all.isEmpty ? [] : [Chart(kind: .bars, title: "Innehavda tillstånd vid årets slut, \(progress.holder)",
                                               labels: byYear.map { String($0.year) },
                                               series: [Chart.Series(name: "Tillstånd", values: byYear.map { Double($0.held) })],
                                               unit: "antal", band: band)]
        return Section(id: "hogspecialiserad", heading: "Högspecialiserad vård", paragraphs: paragraphs,
                       tables: [summary, table], charts: charts)
    }

    /// How permits are counted, in the section and in the annual summary's method note.
    public static let permitMethodNote = "Metod: Ett tillstånd räknas som innehavt från beslutet om tillstånd, även när vården startar senare; saknas beslutsdatum räknas det från vårdstarten. Nya tillstånd under året räknas efter beslutsdatum. Beslut, vårdstarter och avslut daterade efter uppgiftsdagen räknas inte."

    // MARK: Workload division

    /// `asOf`: the status of each line on that day (decisions, starts and ends dated after it
    /// not counted).
    public static func workloadSection(_ db: Database, asOf: String? = nil, publicOnly: Bool) throws -> Section {
        let lines = try WorkloadQueries.lines(db, asOf: asOf, publicOnly: publicOnly)
        var counts = ReportTable(id: "per_specialitet", caption: "Arbetsfördelning per specialitet och status",
                                 columns: [.init("specialitet", "Specialitet"), .init("status", "Status"), .init("antal", "Antal", .integer)])
        counts.rows = WorkloadQueries.bySpecialty(lines).map {
            [.text($0.specialty), .text(Labels.of($0.status, Labels.workloadStatus)), .int(Int64($0.count))]
        }
        var list = ReportTable(id: "beslut", caption: "Arbetsfördelningsbeslut",
                               columns: [.init("specialitet", "Specialitet"), .init("patientgrupp", "Patientgrupp"),
                                         .init("status", "Status"), .init("utforande", "Utförande region"),
                                         .init("enhet", "Utförande enhet"), .init("beslutat", "Beslutat", .date),
                                         .init("beslut", "Beslut"), .init("galler_fran", "Gäller från", .date)])
        list.rows = lines.map {
            [.text($0.specialty), $0.patientGroup.map(Cell.text) ?? .null, .text(Labels.of($0.status, Labels.workloadStatus)),
             $0.performing.map(Cell.text) ?? .null, $0.performingUnit.map(Cell.text) ?? .null, $0.decided.map(Cell.text) ?? .null,
             ($0.decision ?? $0.decidedBy).map(Cell.text) ?? .null, $0.effective.map(Cell.text) ?? .null]
        }
        return Section(id: "arbetsfordelningsbeslut", heading: "Arbetsfördelning", tables: [counts, list])
    }

    // MARK: Care flows (the contract model: FollowUpReports+Contract.swift)

    public static func flowSection(_ db: Database, year: Int, presentation p: Presentation = .analysts) throws -> Section {
        let years = (year - 4)...year
        let cells = try FlowQueries.flows(db, years: years)
        // Pairs in the order the query gives them; values looked up by pair and year.
        var pairs: [String] = []
        var value: [String: [Int: Double]] = [:]
        var totals: [Int: Double] = [:]
        for c in cells {
            let pair = "\(c.performing) → \(c.home)"
            if value[pair] == nil { pairs.append(pair) }
            value[pair, default: [:]][c.year] = c.drgSum
            totals[c.year, default: 0] += c.drgSum
        }
        var table = ReportTable(id: "drg_per_regionpar", caption: "Vård enligt regionavtalet: summerad DRG-vikt per utförande → hemregion, \(years.lowerBound)–\(years.upperBound)",
                                columns: [.init("regionpar", "Utförande → hemregion")] + years.map { .init(String($0), String($0), p.volumeStyle) })
        for pair in pairs {
            table.rows.append([.text(pair)] + years.map { y in value[pair]![y].map(Cell.real) ?? .null })
        }
        if !pairs.isEmpty {
            table.totals = [[.text("Summa")] + years.map { y in totals[y].map(Cell.real) ?? .null }]
        }
        var shares = ReportTable(id: "andelar", caption: "Andel av den totala produktionen \(year) per utförande region",
                                 columns: [.init("region", "Utförande region"), .init("drg", "Summerad DRG-vikt", p.volumeStyle),
                                           .init("andel", "Andel", p.shareStyle)])
        shares.rows = FlowQueries.shares(cells, year: year).map { [.text($0.region), .real($0.drgSum), .real($0.share)] }
        let charts = pairs.isEmpty ? [] : [Chart(kind: .line, title: "Summerad DRG-vikt per regionpar \(years.lowerBound)–\(years.upperBound)",
                                                 labels: years.map(String.init),
                                                 series: pairs.map { pair in Chart.Series(name: pair, values: years.map { value[pair]![$0] }) },
                                                 unit: "DRG-vikt")]
        return Section(id: "regionavtalet", heading: "Vård enligt regionavtalet", tables: [table, shares], charts: charts)
    }

    // MARK: Indicators

    public static func indicatorSection(_ db: Database, period: String) throws -> Section {
        let lines = try IndicatorQueries.lines(db, period: period)
        var table = ReportTable(id: "systemmatt", caption: "Systemmått \(period) per region jämfört med riket",
                                columns: [.init("patientlofte", "Patientlöfte"), .init("matt", "Mått"), .init("region", "Region"),
                                          .init("varde", "Värde", .decimal1), .init("riket", "Riket", .decimal1),
                                          .init("jamforelse", "Jämfört med riket"), .init("mal", "Målvärde", .decimal1),
                                          .init("avstand_till_mal", "Avstånd till mål", .decimal1), .init("enhet", "Enhet")])
        table.rows = lines.map {
            [.text(Labels.of($0.promise, Labels.promise)), .text($0.name), .text($0.region),
             $0.value.map(Cell.real) ?? ($0.missing.map(Cell.text) ?? .null), $0.riket.map(Cell.real) ?? .null,
             $0.comparedToRiket.map { Cell.text(Labels.of($0, Labels.comparison)) } ?? .null, $0.target.map(Cell.real) ?? .null,
             $0.distanceToTarget.map(Cell.real) ?? .null, $0.unit.map(Cell.text) ?? .null]
        }
        // The chart shows the first eight indicators with values, per region and riket.
        var names: [String] = []
        var regions: [String] = []
        var seenRegions: Set<String> = []
        for l in lines {
            if l.value != nil && names.count < 8 && !names.contains(l.name) { names.append(l.name) }
            if seenRegions.insert(l.region).inserted { regions.append(l.region) }
        }
        var valueOf: [String: Double] = [:]
        var riketOf: [String: Double] = [:]
        for l in lines where names.contains(l.name) {
            if let v = l.value { valueOf[l.name + "\u{1F}" + l.region] = valueOf[l.name + "\u{1F}" + l.region] ?? v }
            if let r = l.riket { riketOf[l.name] = riketOf[l.name] ?? r }
        }
        let shown = names
        var series = regions.map { r in Chart.Series(name: r, values: shown.map { valueOf[$0 + "\u{1F}" + r] }) }
        if !riketOf.isEmpty {
            series.append(Chart.Series(name: "Riket", values: shown.map { riketOf[$0] }))
        }
        let charts = shown.isEmpty ? [] : [Chart(kind: .bars, title: "Systemmått \(period) per region och riket", labels: shown, series: series)]
        return Section(id: "systemmatt", heading: "Systemmått", tables: [table], charts: charts)
    }

    // MARK: Recommendations

    public static func recommendationTable(_ db: Database, period: Period?, asOf: String? = nil, publicOnly: Bool) throws -> ReportTable {
        var table = ReportTable(id: "rekommendationer", caption: "Rekommendationer till regionerna och regionernas beslut",
                                columns: [.init("datum", "Datum", .date), .init("organ", "Organ"), .init("rekommendation", "Rekommendation")]
                                    + RecommendationQueries.parties.map { .init($0, $0) })
        table.rows = try RecommendationQueries.matrix(db, period: period, asOf: asOf, publicOnly: publicOnly).map { rec in
            [.text(rec.date), .text(rec.body), .text(rec.title)] + RecommendationQueries.parties.map { p in
                let o = rec.outcomes[p]!
                var text = Labels.of(o.outcome, Labels.adoption)
                if let ref = o.reference { text += " (\(ref)" + (o.date.map { ", \($0)" } ?? "") + ")" }
                else if let date = o.date { text += " (\(date))" }
                return .text(text)
            }
        }
        return table
    }
}
