import GRDB
import SamregCore

extension Families {
    public static let alias = Family(
        name: "alias", table: "body_alias", noun: "body alias",
        abstract: "Other names of a body, and former names with their period.",
        fields: [
            id,
            Field("body", column: "body_id", .body, required: true, help: "The body.",
                  swedish: "Organet som namnet hör till."),
            Field("alias", .text, required: true, help: "The other name.",
                  swedish: "Det andra namnet."),
            Field("kind", .vocabulary(["alias", "tidigare_namn"]), help: "An alias in use, or a former name.",
                  swedish: "alias för ett annat namn som används, tidigare_namn för ett namn som organet hade förut."),
            validFrom(), validTo(), source,
        ],
        filters: [Filter("body", .body, sql: "t.body_id = ?", help: "Aliases of this body.",
              swedish: "Andra namn för detta organ.")],
        endField: "valid_to", dateOrder: [("valid_from", "valid_to")],
        tableFields: ["id", "body", "alias", "kind", "valid_to"],
        naturalKey: ["body", "alias"],
        traits: aliasTraits)

    static let aliasTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "annat namn", plural: "Andra namn på organ", path: "andra-namn",
                                   about: "Andra namn på ett organ, och tidigare namn med sin period.")
        return t
    }()
}
