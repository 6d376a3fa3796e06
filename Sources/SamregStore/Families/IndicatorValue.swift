import GRDB
import SamregCore

extension Families {
    public static let indicatorValue = Family(
        name: "indicator-value", table: "indicator_value", noun: "indicator value",
        abstract: "Values of indicators per region (or riket, SE) and period.",
        fields: [
            id,
            Field("indicator", column: "indicator_id", .record("indicator"), required: true, help: "Indicator id or code.",
                  swedish: "Indikatorns nummer eller kod."),
            Field("region", column: "region_id", .organisation, required: true, help: "Region, or SE for riket.",
                  swedish: "Region, eller SE för riket."),
            Field("period", .text, required: true, help: "2024, 2024-T1 (tertial) or 2024-05 (month).",
                  swedish: "Period: 2024 (år), 2024-T1 (tertial) eller 2024-05 (månad)."),
            Field("value", .real, acceptsPercent: true, help: "The value: 74.6, 74,6, 1 018; a share also as 74,6 %.",
                  swedish: "Värdet: 74,6 eller 1 018; en andel även som 74,6 %."),
            Field("missing", .text, help: "Why there is no value: 'Resultat saknas', 'Ny mätmetod'.",
                  swedish: "Varför värde saknas, t.ex. Resultat saknas, Ny mätmetod."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day withdrawn (set by `end`).",
                  swedish: "Dag då värdet drogs tillbaka (sätts med Avsluta)."),
            note, source,
        ],
        filters: [
            Filter("indicator", .integer, sql: "t.indicator_id = ?", help: "Values of this indicator.",
                  swedish: "Värden för denna indikator."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Values for this region.",
                  swedish: "Värden för denna region."),
            Filter("period", .text, sql: "t.period = ?", help: "Values for this period.",
                  swedish: "Värden för denna period."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "indicator", "region", "period", "value", "missing"],
        order: "t.indicator_id, t.period, t.region_id",
        naturalKey: ["indicator", "region", "period"],
        traits: indicatorValueTraits)

    /// A period is a year, tertial or month; a value or the reason it is missing; a per-cent
    /// sign only on a share.
    static let indicatorValueTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "indikatorvärde", plural: "Indikatorvärden", path: "indikatorvarden",
                                   about: "Indikatorernas värden per region (eller riket) och period.")
        t.rules = [{ r in
            if let period = r.text("period"), !RecordWriter.isPeriod(period) {
                throw FieldError(field: "period", message: "indicator value: period '\(period)' is not a year (2024), tertial (2024-T1) or month (2024-05)",
                                 swedish: "Perioden ”\(period)” är varken ett år (2024), ett tertial (2024-T1) eller en månad (2024-05).")
            }
            if r.text("value") == nil && r.text("missing") == nil {
                throw FieldError(field: "value", message: "indicator value: give a value, or say why it is missing with --missing",
                                 swedish: "Ange ett värde, eller ange under Saknas varför det saknas.")
            }
            if r.percentSigns.contains("value"), let indicator = r.int64("indicator"),
               let row = try Row.fetchOne(r.db.cachedStatement(sql: "SELECT code, value_kind, unit FROM indicator WHERE id = ?"), arguments: [indicator]) {
                let kind: String? = row["value_kind"]
                let unit: String? = row["unit"]
                if !(kind == "share" || (kind == nil && unit == "%")) {
                    let code: String = row["code"]
                    throw FieldError(field: "value", message: "indicator value: value has a per-cent sign, but indicator \(code) is \(kind.map { "a \($0)" } ?? "not a share"); write the number alone",
                                     swedish: "Värdet har ett procenttecken, men indikator \(code) är ingen andel. Skriv bara talet.")
                }
            }
        }]
        return t
    }()
}
