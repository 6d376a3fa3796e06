import GRDB
import SamregCore

extension Families {
    public static let organisation = Family(
        name: "org", table: "organisation", noun: "organisation",
        abstract: "Regions, authorities, ministries and other organisations.",
        fields: [
            id,
            Field("code", .text, required: true, unique: true, help: "Short code, e.g. RÖ, RJL, SKR, SoS.",
                  swedish: "Kort kod, t.ex. RÖ, RJL, SKR, SoS."),
            Field("name", .text, required: true, help: "Full name.",
                  swedish: "Fullständigt namn."),
            Field("kind", .vocabulary(["region", "myndighet", "departement", "skr", "riket", "universitet", "annan"]),
                  required: true, help: "What kind of organisation.",
                        swedish: "Vilket slag av organisation."),
            Field("sosr_party", .flag, help: "One of the three parties of Sydöstra sjukvårdsregionen.",
                  swedish: "En av de tre parterna i Sydöstra sjukvårdsregionen."),
            validFrom(), validTo(), note, source,
        ],
        filters: [
            Filter("kind", .vocabulary(["region", "myndighet", "departement", "skr", "riket", "universitet", "annan"]),
                   sql: "t.kind = ?", help: "Only this kind.",
                         swedish: "Bara detta slag."),
        ],
        endField: "valid_to", dateOrder: [("valid_from", "valid_to")],
        tableFields: ["id", "code", "name", "kind", "sosr_party"],
        codeColumn: "code",
        naturalKey: ["code"],
        traits: organisationTraits)

    /// How a record is named where others show it.
    static let organisationTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "organisation", plural: "Organisationer", path: "organisationer",
                                   about: "Regioner, myndigheter, departement och andra organisationer.")
        t.naming = Family.Naming(column: "name", label: "t.code")
        return t
    }()
}
