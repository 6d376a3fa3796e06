import GRDB
import SamregCore

extension Families {
    public static let valueKinds: Vocabulary = ["share", "rate", "count"]

    public static let promises: Vocabulary = ["forebyggande": "Förebyggande och hälsofrämjande", "jamlik": "Jämlik vård",
        "kostnadseffektiv": "Kostnadseffektiv vård", "delaktighet": "Patientdelaktighet", "tillganglig": "Tillgänglig vård",
        "saker": "Säker vård"]

    public static let indicator = Family(
        name: "indicator", table: "indicator", noun: "indicator",
        abstract: "Systemmått: region-wide indicators with patient promise, direction and target.",
        fields: [
            id,
            Field("code", .text, required: true, unique: true, help: "Short code.",
                  swedish: "Kort kod för mätetalet."),
            Field("name", .text, required: true, help: "Name (mätetal).",
                  swedish: "Namn (mätetal)."),
            Field("promise", .vocabulary(promises), required: true, help: "The patient promise it measures.",
                  swedish: "Patientlöftet som måttet följer upp."),
            Field("unit", .text, help: "Unit, e.g. %, dagar.",
                  swedish: "Enhet, t.ex. %, dagar."),
            Field("value_kind", .vocabulary(valueKinds), help: "share (a share, in per cent), rate or count (a head count).",
                  swedish: "share för en andel i procent, rate för en kvot, count för ett antal personer."),
            Field("direction", .vocabulary(["hog", "lag"]),
                  help: "hog (high is better) or lag; leave out where better means nothing (a head count).",
                  swedish: "hog om ett högt värde är bättre, lag om ett lågt; lämna tomt när bättre inte betyder något (ett antal personer)."),
            Field("target", .real, acceptsPercent: true, help: "Target value (målvärde); a share as 90 or 90 %.",
                  swedish: "Målvärde; en andel skrivs 90 eller 90 %."),
            Field("target_text", .text, help: "Target as written when not a number.",
                  swedish: "Målvärdet som det är skrivet, när det inte är ett tal."),
            Field("periodicity", .vocabulary(["manad", "tertial", "ar"]), help: "manad, tertial or ar (default).",
                  swedish: "Hur ofta måttet redovisas: manad (varje månad), tertial eller ar (varje år, om inget anges)."),
            Field("ended", column: "ended_on", .date, help: "Day it stopped being measured (set by `end`).",
                  swedish: "Dag då måttet slutade följas upp (sätts med Avsluta)."),
            note, source,
        ],
        filters: [Filter("promise", .vocabulary(promises), sql: "t.promise = ?", help: "Only this patient promise.",
              swedish: "Bara detta patientlöfte.")],
        endField: "ended",
        tableFields: ["id", "code", "name", "promise", "value_kind", "direction", "target", "unit"],
        order: "t.promise, t.name COLLATE swedish",
        codeColumn: "code",
        naturalKey: ["code"],
        traits: indicatorTraits)

    /// A per-cent target only for a share; named with its code; its values and set
    /// memberships are shown under it.
    static let indicatorTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "indikator", plural: "Indikatorer", path: "indikatorer",
                                   about: "Systemmått: sjukvårdsregionala indikatorer med patientlöfte, riktning och målvärde.")
        t.rules = [{ r in
            if r.percentSigns.contains("target"), !(r.text("value_kind") == "share" || (r.text("value_kind") == nil && r.text("unit") == "%")) {
                throw FieldError(field: "target", message: "indicator: target has a per-cent sign, but the indicator is not a share (--value-kind share); write the number alone",
                                 swedish: "Målvärdet har ett procenttecken, men indikatorn är ingen andel (värdeslaget share). Skriv bara talet.")
            }
        }]
        t.naming = Family.Naming(column: "name", label: "t.name || ' (' || t.code || ')'")
        t.related = [("indicator-value", "indicator"), ("indicator-set-member", "indicator")]
        return t
    }()
}
