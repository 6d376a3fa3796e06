import GRDB
import SamregCore

extension Families {
    public static let flow = Family(
        name: "flow", table: "flow", noun: "care flow",
        abstract: "Care produced under the regional agreement: performing region × home region × year, in DRG weight.",
        fields: [
            id,
            Field("year", .integer(min: 1990, max: 2100), required: true, help: "Year.",
                  swedish: "År."),
            Field("performing", column: "performing_id", .organisation, required: true, help: "Region that gave the care.",
                  swedish: "Regionen som gav vården."),
            Field("home", column: "home_id", .organisation, required: true, help: "The patients' home region.",
                  swedish: "Patienternas hemregion."),
            Field("drg_sum", .real, required: true, help: "Summed DRG weight.",
                  swedish: "Summerad DRG-vikt (DRG-poäng)."),
            Field("cases", .integer(min: 0, max: 100_000_000), help: "Number of cases.",
                  swedish: "Antal vårdtillfällen."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day the figure was withdrawn (set by `end`).",
                  swedish: "Dag då uppgiften drogs tillbaka (sätts med Avsluta)."),
            note, source,
        ],
        filters: [
            Filter("year", .integer, sql: "t.year = ?", help: "Only this year.",
                  swedish: "Bara detta år."),
            Filter("performing", .organisation, sql: "t.performing_id = ?", help: "Given by this region.",
                  swedish: "Vård som denna region gav."),
            Filter("home", .organisation, sql: "t.home_id = ?", help: "For patients of this region.",
                  swedish: "För patienter från denna region."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "year", "performing", "home", "drg_sum", "cases"],
        order: "t.year, t.performing_id, t.home_id",
        naturalKey: ["year", "performing", "home"],
        traits: flowTraits)

    static let flowTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "patientflöde", plural: "Patientflöden", path: "patientfloden",
                                   about: "Vård enligt regionavtalet: utförande region, hemregion och år, i DRG-vikt.")
        return t
    }()
}
