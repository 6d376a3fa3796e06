import GRDB
import SamregCore

extension Families {
    public static let indicatorSetMember = Family(
        name: "indicator-set-member", table: "indicator_set_member", noun: "indicator set member",
        abstract: "An indicator's place in a set: position, and the patient promise it is shown under.",
        fields: [
            id,
            Field("set", column: "set_id", .record("indicator-set"), required: true, help: "The set (id or name).",
                  swedish: "Uppsättningen (nummer eller namn)."),
            Field("indicator", column: "indicator_id", .record("indicator"), required: true, help: "The indicator (id or code).",
                  swedish: "Indikatorn (nummer eller kod)."),
            Field("position", .integer(min: 1, max: 10_000), required: true, help: "Place in the set (1, 2, …).",
                  swedish: "Plats i uppsättningen (1, 2, …)."),
            Field("promise", .vocabulary(promises), help: "The patient promise it is shown under in this set (else the indicator's own).",
                  swedish: "Patientlöftet som indikatorn visas under i denna uppsättning (annars indikatorns eget)."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day it left the set (set by `end`).",
                  swedish: "Dag då indikatorn lämnade uppsättningen (sätts med Avsluta)."),
            Field("indicator_name", .derived, select: "(SELECT i.name FROM indicator i WHERE i.id = t.indicator_id)", help: "The indicator's name.",
                  swedish: "Indikatorns namn."),
            note, source,
        ],
        filters: [
            Filter("set", .text, sql: "t.set_id IN (SELECT s.id FROM indicator_set s WHERE s.id = ?1 OR s.name = ?1)",
                   help: "Members of this set (id or name).",
                   swedish: "Indikatorer i denna uppsättning (nummer eller namn)."),
            Filter("indicator", .text, sql: "t.indicator_id IN (SELECT i.id FROM indicator i WHERE i.id = ?1 OR i.code = ?1)",
                   help: "Sets this indicator (id or code) belongs to.",
                   swedish: "Uppsättningar som denna indikator (nummer eller kod) ingår i."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "set", "position", "promise", "indicator", "indicator_name"],
        order: "t.set_id, t.position",
        naturalKey: ["set", "indicator"],
        traits: indicatorSetMemberTraits)

    static let indicatorSetMemberTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "indikator i uppsättning", plural: "Indikatorer i uppsättningar", path: "uppsattningsindikatorer",
                                   about: "En indikators plats i en uppsättning: ordning och patientlöftet den visas under.")
        return t
    }()
}
