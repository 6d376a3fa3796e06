import GRDB
import SamregCore

extension Families {
    public static let universityUnit = Family(
        name: "usv", table: "university_unit", noun: "university healthcare unit",
        abstract: "University healthcare units (universitetssjukvårdsenheter, USV): unit, region, area, designation and end.",
        fields: [
            id,
            Field("name", .text, required: true, help: "The unit's name.",
                  swedish: "Enhetens namn."),
            Field("region", column: "region_id", .organisation, required: true, help: "The region the unit belongs to.",
                  swedish: "Regionen som enheten hör till."),
            Field("area", .text, help: "Area (specialty or field).",
                  swedish: "Område (specialitet eller verksamhetsområde)."),
            Field("body", column: "body_id", .body, help: "The program area (RPO) it belongs to, if any.",
                  swedish: "Programområdet (RPO) som enheten hör till, om något."),
            Field("designated", column: "designated_on", .date, help: "Day it was designated a university healthcare unit.",
                  swedish: "Dag då enheten utsågs till universitetssjukvårdsenhet."),
            Field("valid_to", .date, help: "Last day as a university healthcare unit (set by `end`).",
                  swedish: "Sista dag som universitetssjukvårdsenhet (sätts med Avsluta)."),
            note, source,
        ],
        filters: [
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Units of this region.",
                  swedish: "Enheter i denna region."),
            Filter("active", .switch,
                   sql: "(t.designated_on IS NULL OR t.designated_on <= samreg_today()) AND (t.valid_to IS NULL OR t.valid_to >= samreg_today())",
                   help: "Only units valid today (or on --as-of).",
                   swedish: "Bara enheter som gäller i dag."),
            Filter("year", .integer, sql: "t.designated_on BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'", help: "Designated this year.",
                  swedish: "Utsedda detta år."),
        ],
        endField: "valid_to", dateOrder: [("designated", "valid_to")],
        tableFields: ["id", "name", "region", "area", "designated", "valid_to"],
        order: "t.region_id, t.name COLLATE swedish, t.id",
        naturalKey: ["region", "name"],
        traits: universityUnitTraits)

    /// How a record is named where others show it.
    static let universityUnitTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "universitetssjukvårdsenhet", plural: "Universitetssjukvårdsenheter", path: "usv-enheter",
                                   about: "Universitetssjukvårdsenheter (USV): enhet, region, område, utseende och slut.")
        t.naming = Family.Naming(column: "name")
        return t
    }()
}
