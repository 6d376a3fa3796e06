import GRDB
import SamregCore

extension Families {
    /// The six samarbetsområden: codes with the agreement's names, in its order
    /// (000_1b6127ee32d5d371.txt:116–126, as seeded in seeds/0010), so that `--area 'Effektiva
    /// processer'` is `processer`.
    public static let cooperationAreas: Vocabulary = [
        "ledning": "Ledning och styrning", "egenkraft": "Patientens egenkraft och samskapande",
        "kunskapsstyrning": "Kunskapsstyrning", "arbetsfordelning": "Långsiktig och hållbar arbetsfördelning",
        "processer": "Effektiva processer", "kompetens": "Attrahera och utveckla kompetenser",
    ]

    public static let area = Family(
        name: "area", table: "cooperation_area", noun: "cooperation area",
        abstract: "The six samarbetsområden reported on yearly.",
        fields: [
            id,
            Field("code", .vocabulary(cooperationAreas),
                  required: true, unique: true, help: "Code of the area.",
                        swedish: "Samarbetsområdets kod."),
            Field("name", .text, required: true, help: "Name as in the agreement.",
                  swedish: "Namn som i överenskommelsen."),
            Field("ordinal", .integer(min: 1, max: 6), required: true, help: "Place in the annual summary.",
                  swedish: "Plats i den årliga uppföljningen."),
            source,
        ],
        tableFields: ["id", "code", "name", "ordinal"], order: "t.ordinal",
        codeColumn: "code",
        naturalKey: ["code"],
        traits: areaTraits)

    /// How a record is named where others show it.
    static let areaTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "samarbetsområde", plural: "Samarbetsområden", path: "samarbetsomraden",
                                   about: "De sex samarbetsområdena som följs upp varje år.")
        t.naming = Family.Naming(column: "name")
        return t
    }()
}
