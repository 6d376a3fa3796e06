import GRDB
import SamregCore

extension Families {
    public static let indicatorSet = Family(
        name: "indicator-set", table: "indicator_set", noun: "indicator set",
        abstract: "Named, dated sets of indicators, e.g. the agreement's Sjukvårdsregionala systemmått 2024.",
        fields: [
            id,
            Field("name", .text, required: true, unique: true, help: "Name, e.g. 'Sjukvårdsregionala systemmått 2024'.",
                  swedish: "Namn, t.ex. Sjukvårdsregionala systemmått 2024."),
            validFrom("First day the set applies.", swedish: "Första dag som uppsättningen gäller."),
            validTo("Last day the set applies (set by `end`).", swedish: "Sista dag som uppsättningen gäller (sätts med Avsluta)."),
            Field("members", .derived, select: "(SELECT count(*) FROM indicator_set_member m WHERE m.set_id = t.id AND m.withdrawn_on IS NULL)",
                  help: "Number of indicators in the set.",
                  swedish: "Antal indikatorer i uppsättningen."),
            note, source,
        ],
        filters: [
            Filter("year", .integer, sql: "t.valid_from <= ?1 || '-12-31' AND (t.valid_to IS NULL OR t.valid_to >= ?1 || '-01-01')",
                   help: "Sets that apply to some day of this year.",
                   swedish: "Uppsättningar som gäller någon dag detta år."),
        ],
        endField: "valid_to", dateOrder: [("valid_from", "valid_to")],
        tableFields: ["id", "name", "valid_from", "valid_to", "members"],
        order: "t.valid_from, t.id",
        codeColumn: "name",
        naturalKey: ["name"],
        traits: indicatorSetTraits)

    /// A set is named by its name; its members are shown under it.
    static let indicatorSetTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "indikatoruppsättning", plural: "Indikatoruppsättningar", path: "indikatoruppsattningar",
                                   about: "Namngivna och daterade uppsättningar av indikatorer, till exempel avtalets sjukvårdsregionala systemmått 2024.")
        t.naming = Family.Naming(column: "name")
        t.related = [("indicator-set-member", "set")]
        return t
    }()
}
