import GRDB
import SamregCore

extension Families {
    public static let price = Family(
        name: "price", table: "price", noun: "yearly price",
        abstract: "The contract model's yearly parameters: DRG 1.0 price, invoiced price, shares, index.",
        fields: [
            id,
            Field("year", .integer(min: 1990, max: 2100), required: true, unique: true, help: "Year.",
                  swedish: "År."),
            Field("drg_price_kr", .real, required: true, help: "Price of DRG weight 1.0, kr.",
                  swedish: "Sjukvårdsregionalt pris för DRG-vikt 1,0 i kronor (DRG 1,0-pris)."),
            Field("invoiced_kr", .real, help: "Price invoiced per DRG 1.0 (the variable share), kr.",
                  swedish: "Fakturerat pris per DRG 1,0 (den rörliga delen) i kronor."),
            Field("fixed_share_pct", .real, acceptsPercent: true, help: "Fixed part, per cent.",
                  swedish: "Fast del i procent."),
            Field("variable_share_pct", .real, acceptsPercent: true, help: "Variable part, per cent.",
                  swedish: "Rörlig del i procent."),
            Field("index_pct", .real, acceptsPercent: true, help: "Yearly index, per cent.",
                  swedish: "Årlig indexuppräkning för löne- och prisökningar, i procent."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day withdrawn (set by `end`).",
                  swedish: "Dag då uppgiften drogs tillbaka (sätts med Avsluta)."),
            note, source,
        ],
        endField: "withdrawn",
        tableFields: ["id", "year", "drg_price_kr", "invoiced_kr", "fixed_share_pct", "variable_share_pct", "index_pct"],
        order: "t.year",
        naturalKey: ["year"],
        traits: priceTraits)

    static let priceTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "pris", plural: "Priser", path: "priser",
                                   about: "Avtalsmodellens parametrar per år: DRG-pris 1,0, fakturerat pris, andelar och index.")
        return t
    }()
}
