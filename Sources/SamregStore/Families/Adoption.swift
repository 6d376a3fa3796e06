import GRDB
import SamregCore

extension Families {
    public static let adoptionOutcomes: Vocabulary = ["antagen": "Antagen", "pagaende": "Pågående", "avslagen": "Avslagen"]

    public static let adoption = Family(
        name: "adoption", table: "adoption", noun: "adoption",
        abstract: "Each region's own decision on a recommendation from SVN or RSL.",
        fields: [
            id,
            Field("recommendation", column: "recommendation_id", .record("decision"), required: true,
                  help: "The recommendation (a decision of kind rekommendation).",
                  swedish: "Rekommendationen (ett beslut av slaget rekommendation)."),
            Field("region", column: "region_id", .organisation, required: true, help: "The region deciding.",
                  swedish: "Regionen som beslutar."),
            Field("outcome", .vocabulary(adoptionOutcomes), required: true,
                  help: "antagen, pagaende or avslagen.",
                  swedish: "Hur regionen har ställt sig: antagen, pågående (inte beslutad än) eller avslagen."),
            Field("decision", column: "decision_id", .record("decision"), help: "The region's decision, if recorded.",
                  swedish: "Regionens beslut, om det är registrerat."),
            Field("reference", .text, help: "The region's decision reference as written, e.g. '§ 83, RJL 2024/2313'.",
                  swedish: "Regionens beslut som det är skrivet, t.ex. § 83, RJL 2024/2313."),
            Field("decided", column: "decided_on", .date, help: "Day the region decided.",
                  swedish: "Dag då regionen beslutade."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day withdrawn (set by `end`).",
                  swedish: "Dag då uppgiften drogs tillbaka (sätts med Avsluta)."),
            note, source,
        ],
        filters: [
            Filter("recommendation", .integer, sql: "t.recommendation_id = ?", help: "Decisions on this recommendation.",
                  swedish: "Regionernas beslut om denna rekommendation."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Decisions of this region.",
                  swedish: "Beslut i denna region."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "recommendation", "region", "outcome", "reference", "decided"],
        naturalKey: ["recommendation", "region"],
        traits: adoptionTraits)

    /// Adopted or declined needs the day; the recommendation must be one; its quoted
    /// reference carries case numbers for the chain.
    static let adoptionTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "regionbeslut om rekommendation", plural: "Regionernas beslut om rekommendationer", path: "regionbeslut",
                                   about: "Varje regions eget beslut om en rekommendation från Samverkansnämnden eller RSL.")
        t.rules = [{ r in
            if r.text("outcome") != "pagaende" && r.text("decided") == nil {
                throw FieldError(field: "decided", message: "adoption: an adopted or declined recommendation needs the day the region decided (--decided)",
                                 swedish: "Ange beslutsdagen: en rekommendation som regionen har antagit eller avböjt behöver dagen för regionens beslut.")
            }
            if let rec = r.int64("recommendation"),
               try String.fetchOne(r.db.cachedStatement(sql: "SELECT kind FROM decision WHERE id = ?"), arguments: [rec]) != "rekommendation" {
                throw FieldError(field: "recommendation", message: "adoption: decision \(rec) is not a recommendation (kind rekommendation)",
                                 swedish: "Beslut \(rec) är ingen rekommendation (slaget ska vara Rekommendation).")
            }
        }]
        t.numbersInTextColumn = "reference"
        t.registration = Family.Registration(fields: ["id", "recommendation", "region", "decided", "withdrawn"],
                                             filters: ["recommendation", "region"])
        t.trace = Family.Trace(label: "Regionens beslut", order: 3, describe: """
            SELECT t.decided_on AS date,
                   CASE t.outcome WHEN 'antagen' THEN 'Antagen' WHEN 'avslagen' THEN 'Avslagen' ELSE 'Pågående' END
                     || ' i ' || o.name || ': ' || d.title AS title,
                   o.code AS party
            FROM adoption t JOIN organisation o ON o.id = t.region_id JOIN decision d ON d.id = t.recommendation_id
            WHERE t.id = ?
            """, links: [
                ("decision", "SELECT recommendation_id FROM adoption WHERE id = ?"),
                ("decision", "SELECT decision_id FROM adoption WHERE id = ? AND decision_id IS NOT NULL"),
            ])
        return t
    }()
}
