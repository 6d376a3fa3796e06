import GRDB
import SamregCore

extension Families {
    public static let outsideCareKinds: Vocabulary = ["akut": "Akut", "planerad": "Planerad", "primarvard": "Primärvård"]

    public static let outsideCare = Family(
        name: "outside-care", table: "outside_care", noun: "outside-care cost",
        abstract: "Care bought outside the region (vård i annan region, utomlänsvård): each region's cost per year and kind, in tkr.",
        fields: [
            id,
            Field("year", .integer(min: 1990, max: 2100), required: true, help: "Year.",
                  swedish: "År."),
            Field("region", column: "region_id", .organisation, required: true, help: "The paying region (RÖ, RJL, RKL).",
                  swedish: "Regionen som betalar (RÖ, RJL, RKL)."),
            Field("kind", .vocabulary(outsideCareKinds), required: true, help: "akut, planerad or primarvard.",
                  swedish: "Akut vård, planerad vård eller primärvård."),
            Field("cost_tkr", .real, required: true, help: "Cost, tkr.",
                  swedish: "Kostnad i tkr."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day the figure was withdrawn (set by `end`).",
                  swedish: "Dag då uppgiften drogs tillbaka (sätts med Avsluta)."),
            note, source,
        ],
        filters: [
            Filter("year", .integer, sql: "t.year = ?", help: "Only this year.",
                  swedish: "Bara detta år."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Only this region.",
                  swedish: "Bara denna region."),
            Filter("kind", .vocabulary(outsideCareKinds), sql: "t.kind = ?", help: "Only this kind of care.",
                  swedish: "Bara detta slag av vård."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "year", "region", "kind", "cost_tkr"],
        order: "t.year, t.region_id, t.kind",
        naturalKey: ["year", "region", "kind"],
        traits: outsideCareTraits)

    static let outsideCareTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "vård utanför", plural: "Vård utanför sjukvårdsregionen", path: "vard-utanfor",
                                   about: "Vård som köps utanför regionen (vård i annan region, utomlänsvård): varje regions kostnad per år och slag, i tkr.")
        return t
    }()
}
