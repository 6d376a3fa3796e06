import GRDB
import SamregCore

extension Families {
    public static let narrativeSections: Vocabulary = ["samverkansnamnden"] + cooperationAreas
        + ["hogspecialiserad", "universitetssjukvard", "remisser", "arbetsfordelningsbeslut", "regionavtalet", "avtalsmodell", "systemmatt"]

    public static let narrative = Family(
        name: "narrative", table: "narrative", noun: "narrative",
        abstract: "The annual summary's text per year and section (Markdown), placed under the section's figures.",
        fields: [
            id,
            Field("year", .integer(min: 1990, max: 2100), required: true, help: "Year of the annual summary.",
                  swedish: "År för den årliga uppföljningen."),
            Field("section", .vocabulary(narrativeSections), required: true, help: "Section of the annual summary.",
                  swedish: "Avsnitt i den årliga uppföljningen."),
            Field("text", .longText, required: true, help: "The text, Markdown (--text-file PATH, or - for stdin).",
                  swedish: "Avsnittets text i den årliga uppföljningen."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day withdrawn (set by `end`).",
                  swedish: "Dag då texten drogs tillbaka (sätts med Avsluta)."),
            source,
        ],
        filters: [
            Filter("year", .integer, sql: "t.year = ?", help: "For this year.",
                  swedish: "För detta år."),
            Filter("section", .vocabulary(narrativeSections), sql: "t.section = ?", help: "For this section.",
                  swedish: "För detta avsnitt."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "year", "section", "withdrawn"],
        order: "t.year, t.section",
        naturalKey: ["year", "section"],
        traits: narrativeTraits)

    static let narrativeTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "text", plural: "Texter till årlig uppföljning", path: "texter",
                                   about: "Den årliga uppföljningens text per år och avsnitt (Markdown), under avsnittets siffror.")
        return t
    }()
}
