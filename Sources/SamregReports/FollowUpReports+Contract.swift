import GRDB
import SamregCore
import SamregQuery
import SamregStore

/// Avtalsmodell: the agreement beside the outcome per performing region and payer, the
/// region's totals, the price model, volume against budgeted volume, the fixed part for
/// cooperation and care bought outside the region over four years.
extension FollowUpReports {
    public static func contractSection(_ db: Database, year: Int, presentation: Presentation = .analysts) throws -> Section {
        let p = presentation
        let all = try ContractQueries.pairs(db, year: year)
        let care = all.filter { $0.part == "vard" }
        let receivers = care.reduce(into: [String]()) { if !$0.contains($1.receiver) { $0.append($1.receiver) } }

        // Outcome against budget per performing region and payer, with subtotals.
        var table = ReportTable(
            id: "avtalsmodell",
            caption: "Avtalsmodell \(year): utfall mot budget per utförande region och betalare (\(p.unitName))",
            columns: [.init("utforande", "Utförande region"), .init("betalare", "Betalare"),
                      .init("fast", "Fast del", p.amountStyle), .init("rorligt_utfall", "Rörligt utfall", p.amountStyle),
                      .init("rorlig_budget", "Rörlig budget", p.amountStyle), .init("summa_utfall", "Summa utfall", p.amountStyle),
                      .init("summa_budget", "Summa budget", p.amountStyle), .init("utfall_av_budget", "Utfall i % av budget", p.shareStyle)])
        func figures(_ s: ContractQueries.Sum) -> [Cell] {
            [p.amount(s.fixed), p.amount(s.variableOutcome), p.amount(s.variableBudget), p.amount(s.totalOutcome),
             p.amount(s.totalBudget), ContractQueries.share(s.totalOutcome, of: s.totalBudget).map(Cell.real) ?? .null]
        }
        for receiver in receivers {
            let ofReceiver = care.filter { $0.receiver == receiver }
            for pair in ofReceiver {
                table.rows.append([.text(pair.receiver), .text(pair.payer)] + figures(ContractQueries.Sum([pair])))
            }
            table.rows.append([.text(receiver), .text("Summa")] + figures(ContractQueries.Sum(ofReceiver)))
        }
        let whole = ContractQueries.Sum(care)
        if !care.isEmpty { table.totals = [[.text("Sydöstra sjukvårdsregionen"), .text("Summa")] + figures(whole)] }

        // The totals per performing region and for the whole region, as shares of budget.
        var totals = ReportTable(
            id: "regiontotaler",
            caption: "Utfall i procent av budget per utförande region \(year) (\(p.unitName))",
            columns: [.init("utforande", "Utförande region"), .init("rorligt_utfall", "Rörligt utfall", p.amountStyle),
                      .init("rorlig_budget", "Rörlig budget", p.amountStyle),
                      .init("rorligt_av_budget", "Rörligt utfall i % av budget", p.shareStyle),
                      .init("summa_utfall", "Summa utfall", p.amountStyle), .init("summa_budget", "Summa budget", p.amountStyle),
                      .init("summa_av_budget", "Summa utfall i % av budget", p.shareStyle)])
        func shares(_ s: ContractQueries.Sum) -> [Cell] {
            [p.amount(s.variableOutcome), p.amount(s.variableBudget),
             ContractQueries.share(s.variableOutcome, of: s.variableBudget).map(Cell.real) ?? .null,
             p.amount(s.totalOutcome), p.amount(s.totalBudget),
             ContractQueries.share(s.totalOutcome, of: s.totalBudget).map(Cell.real) ?? .null]
        }
        totals.rows = receivers.map { r in [.text(r)] + shares(ContractQueries.Sum(care.filter { $0.receiver == r })) }
        if !care.isEmpty { totals.totals = [[.text("Sydöstra sjukvårdsregionen")] + shares(whole)] }

        // The price model.
        var paragraphs: [String] = []
        var priceTable = ReportTable(
            id: "prismodell", caption: "Prismodell \(year)",
            columns: [.init("drg_pris", "DRG 1,0-pris", .kronor), .init("fakturerat", "Fakturerat pris", .kronor),
                      .init("fast_andel", "Fast del", p.shareStyle), .init("rorlig_andel", "Rörlig del", p.shareStyle),
                      .init("index", "Indexuppräkning", .percent)])
        if let price = try ContractQueries.priceModel(db, year: year) {
            // Per cent as a share, without binary noise (4,1 % is 0.041, not 0.040999999999999995).
            func share(_ pct: Double?) -> Cell { pct.map { .real(($0 * 1e6).rounded() / 1e8) } ?? .null }
            priceTable.rows = [[.real(price.drgPrice), price.invoiced.map(Cell.real) ?? .null,
                                share(price.fixedSharePct), share(price.variableSharePct), share(price.indexPct)]]
            var sentence = "DRG 1,0-pris \(year): \(SwedishFormat.kronor(price.drgPrice))"
            if let invoiced = price.invoiced { sentence += ", fakturerat pris \(SwedishFormat.kronor(invoiced))" }
            if let fixed = price.fixedSharePct, let variable = price.variableSharePct {
                func pct(_ x: Double) -> String { SwedishFormat.perCent(x, decimals: p.wholeNumbers || x.rounded() == x ? 0 : 1) }
                sentence += "; fast del \(pct(fixed)), rörlig del \(pct(variable))"
            }
            paragraphs.append(sentence + ".")
        }
        if let share = ContractQueries.share(whole.totalOutcome, of: whole.totalBudget) {
            paragraphs.append("Utfallet för hela sjukvårdsregionen blev \(SwedishFormat.percent(share, decimals: p.wholeNumbers ? 0 : 1)) av budget.")
        }

        // Volume against budgeted volume.
        var volume = ReportTable(
            id: "volym", caption: "Volym mot budgeterad volym \(year) (summerad DRG-vikt)",
            columns: [.init("utforande", "Utförande region"), .init("betalare", "Betalare"),
                      .init("volym", "Volym", p.volumeStyle), .init("budgeterad_volym", "Budgeterad volym", p.volumeStyle),
                      .init("volym_av_budget", "Volym i % av budget", p.shareStyle)])
        let withVolume = care.filter { $0.outcomeVolume != nil || $0.budgetVolume != nil }
        volume.rows = withVolume.map {
            [.text($0.receiver), .text($0.payer), $0.outcomeVolume.map(Cell.real) ?? .null, $0.budgetVolume.map(Cell.real) ?? .null,
             ContractQueries.share($0.outcomeVolume, of: $0.budgetVolume).map(Cell.real) ?? .null]
        }
        if !withVolume.isEmpty {
            let s = ContractQueries.Sum(withVolume)
            volume.totals = [[.text("Sydöstra sjukvårdsregionen"), .text("Summa"), s.outcomeVolume.map(Cell.real) ?? .null,
                              s.budgetVolume.map(Cell.real) ?? .null,
                              ContractQueries.share(s.outcomeVolume, of: s.budgetVolume).map(Cell.real) ?? .null]]
        }

        // The fixed part for cooperation (wholly fixed).
        let cooperation = all.filter { $0.part == "samverkan" }
        var cooperationTable = ReportTable(
            id: "samverkan", caption: "Fast del för samverkan \(year) per betalare → mottagare (\(p.unitName))",
            columns: [.init("betalare", "Betalare"), .init("mottagare", "Mottagare"), .init("fast", "Fast del", p.amountStyle)])
        cooperationTable.rows = cooperation.sorted { RegionOrder.precedes($0.payer, $1.payer) }
            .map { [.text($0.payer), .text($0.receiver), p.amount($0.fixed)] }
        if !cooperation.isEmpty {
            cooperationTable.totals = [[.text("Summa"), .null, p.amount(ContractQueries.Sum(cooperation).fixed)]]
        }

        let outside = try outsideCareTable(db, year: year, presentation: p)
        return Section(id: "avtalsmodell", heading: "Avtalsmodell", paragraphs: paragraphs,
                       tables: [table, totals, priceTable, volume, cooperationTable, outside])
    }

    /// Care bought outside the region, per region and kind over the four years up to `year`.
    public static func outsideCareTable(_ db: Database, year: Int, presentation p: Presentation) throws -> ReportTable {
        let years = (year - 3)...year
        let costs = try OutsideCareQueries.costs(db, years: years)
        var table = ReportTable(
            id: "vard_annan_region",
            caption: "Vård i annan region (utomlänsvård) per region och vårdtyp \(years.lowerBound)–\(years.upperBound) (\(p.unitName))",
            columns: [.init("region", "Region"), .init("vardtyp", "Vårdtyp")] + years.map { .init(String($0), String($0), p.amountStyle) })
        var keys: [String] = []
        var value: [String: [Int: Double]] = [:]
        var label: [String: (String, String)] = [:]
        var total: [Int: Double] = [:]
        for c in costs {
            let key = c.region + "\u{1F}" + c.kind
            if value[key] == nil { keys.append(key); label[key] = (c.region, c.kind) }
            value[key, default: [:]][c.year] = c.costTkr
            total[c.year, default: 0] += c.costTkr
        }
        table.rows = keys.map { key in
            [.text(label[key]!.0), .text(Labels.of(label[key]!.1, Labels.outsideCareKind))] + years.map { p.amount(value[key]![$0]) }
        }
        if !keys.isEmpty { table.totals = [[.text("Summa"), .null] + years.map { p.amount(total[$0]) }] }
        return table
    }
}
