import GRDB
import SamregCore

extension Families {
    public static let accessMeasures: Vocabulary = ["nybesok": "Första besök", "behandling": "Behandling"]

    public static let access = Family(
        name: "access", table: "us_access", noun: "access figure",
        abstract: "Access at the university hospital for patients from the other regions: first visits and treatments, how many within 90 days, per home region and year.",
        fields: [
            id,
            Field("year", .integer(min: 1990, max: 2100), required: true, help: "Year.",
                  swedish: "År."),
            Field("home", column: "home_id", .organisation, required: true, help: "The patients' home region.",
                  swedish: "Patienternas hemregion."),
            Field("measure", .vocabulary(accessMeasures), required: true, help: "nybesok (first visits) or behandling (treatments).",
                  swedish: "Första besök eller behandling."),
            Field("unit", .text, help: "Performing unit (default Universitetssjukhuset i Linköping).",
                  swedish: "Enheten som utför vården (Universitetssjukhuset i Linköping om inget anges)."),
            Field("count", column: "total_count", .integer(min: 0, max: Int.max), required: true, help: "How many.",
                  swedish: "Antal första besök eller behandlingar."),
            Field("within_90", column: "within_90_count", .integer(min: 0, max: Int.max), required: true,
                  help: "How many within 90 days (the care guarantee).",
                  swedish: "Antal inom 90 dagar (vårdgarantin)."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day the figure was withdrawn (set by `end`).",
                  swedish: "Dag då uppgiften drogs tillbaka (sätts med Avsluta)."),
            note, source,
        ],
        filters: [
            Filter("year", .integer, sql: "t.year = ?", help: "Only this year.",
                  swedish: "Bara detta år."),
            Filter("home", .organisation, sql: "t.home_id = ?", help: "For patients of this region.",
                  swedish: "För patienter från denna region."),
            Filter("measure", .vocabulary(accessMeasures), sql: "t.measure = ?", help: "Only this measure.",
                  swedish: "Bara detta mått."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "year", "home", "measure", "count", "within_90", "unit"],
        order: "t.year, t.home_id, t.measure, t.unit",
        naturalKey: ["year", "home", "measure", "unit"], keyDefaults: ["unit": "Universitetssjukhuset i Linköping"],
        traits: accessTraits)

    static let accessTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "tillgänglighetsmått", plural: "Tillgänglighet", path: "tillganglighet",
                                   about: "Tillgänglighet på universitetssjukhuset för patienter från de andra regionerna: första besök och behandlingar, hur många inom 90 dagar, per hemregion och år.")
        return t
    }()
}
