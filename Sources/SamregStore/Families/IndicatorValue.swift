import SamregCore

extension Families {
    public static let indicatorValue = Family(
        name: "indicator-value", table: "indicator_value", noun: "indicator value",
        abstract: "Values of indicators per region (or riket, SE) and period.",
        fields: [
            id,
            Field("indicator", column: "indicator_id", .record("indicator"), required: true, help: "Indicator id or code."),
            Field("region", column: "region_id", .organisation, required: true, help: "Region, or SE for riket."),
            Field("period", .text, required: true, help: "2024, 2024-T1 (tertial) or 2024-05 (month)."),
            Field("value", .real, acceptsPercent: true, help: "The value: 74.6, 74,6, 1 018; a share also as 74,6 %."),
            Field("missing", .text, help: "Why there is no value: 'Resultat saknas', 'Ny mätmetod'."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day withdrawn (set by `end`)."),
            note, source,
        ],
        filters: [
            Filter("indicator", .integer, sql: "t.indicator_id = ?", help: "Values of this indicator."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Values for this region."),
            Filter("period", .text, sql: "t.period = ?", help: "Values for this period."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "indicator", "region", "period", "value", "missing"],
        order: "t.indicator_id, t.period, t.region_id",
        examples: ["samreg indicator-value add --indicator vantetid-besok --region RJL --period 2024 --value 74.6"],
        naturalKey: ["indicator", "region", "period"])
}
