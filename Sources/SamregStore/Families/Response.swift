import GRDB
import SamregCore

extension Families {
    public static let response = Family(
        name: "response", table: "remiss_response", noun: "remiss response",
        abstract: "Answers (yttranden) to remisser, jointly for SÖSR or per region, or a decision not to answer.",
        fields: [
            id,
            Field("remiss", column: "remiss_id", .record("remiss"), required: true, help: "The remiss answered.",
                  swedish: "Remissen som besvaras."),
            Field("scope", .vocabulary(["sosr", "region"]), required: true, help: "sosr (joint answer) or region.",
                  swedish: "sosr för ett gemensamt svar för Sydöstra sjukvårdsregionen, region för en regions eget svar."),
            Field("region", column: "region_id", .organisation, help: "The region, when scope is region.",
                  swedish: "Regionen, när det är en regions eget svar."),
            Field("kind", .vocabulary(["yttrande", "avstar"]), help: "yttrande (an answer, default) or avstar (decided not to answer).",
                  swedish: "yttrande för ett remissvar (om inget anges), avstar för ett beslut att inte svara."),
            Field("approved_by", column: "approved_by_id", .body, help: "The body that approved it.",
                  swedish: "Organet som godkände remissvaret."),
            Field("decision", column: "decision_id", .record("decision"), help: "The decision that approved it.",
                  swedish: "Beslutet som godkände remissvaret."),
            Field("approved", column: "approved_on", .date, help: "Day it was approved.",
                  swedish: "Dag då remissvaret godkändes."),
            Field("sent", column: "sent_on", .date, help: "Day it was sent.",
                  swedish: "Dag då remissvaret skickades."),
            caseNumber("The answer's case number as written, e.g. 'RÖ 2024-6246'.",
                       swedish: "Remissvarets diarienummer så som det är skrivet, t.ex. RÖ 2024-6246.", unique: false),
            Field("position", .text, help: "Position taken: tillstyrker, avstyrker, inga synpunkter …",
                  swedish: "Ställningstagande: tillstyrker, avstyrker, inga synpunkter …"),
            confidential,
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day it was withdrawn (set by `end`).",
                  swedish: "Dag då remissvaret drogs tillbaka (sätts med Avsluta)."),
            note, source,
        ],
        filters: [
            Filter("remiss", .integer, sql: "t.remiss_id = ?", help: "Answers to this remiss.",
                  swedish: "Remissvar på denna remiss."),
            Filter("scope", .vocabulary(["sosr", "region"]), sql: "t.scope = ?", help: "Joint or regional answers.",
                  swedish: "Bara gemensamma svar (sosr) eller bara regionernas egna (region)."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Answers of this region.",
                  swedish: "Remissvar från denna region."),
            Filter("year", .integer, sql: "t.sent_on BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'", help: "Sent this year.",
                  swedish: "Skickade detta år."),
        ],
        endField: "withdrawn", dateOrder: [("approved", "sent")],
        tableFields: ["id", "remiss", "scope", "region", "kind", "approved", "sent", "case_number"],
        naturalKey: ["remiss", "scope", "region"],
        traits: responseTraits)

    /// An answer's scope and region go together, a decision not to answer is not sent, one
    /// answer per remiss and scope (and region), and nothing before the remiss arrived.
    static let responseTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "remissvar", plural: "Remissvar", path: "remissvar",
                                   about: "Svar (yttranden) på remisser, gemensamt för Sydöstra sjukvårdsregionen eller per region, eller beslut att avstå.")
        t.rules = [{ r in
            let scope = r.text("scope")
            if scope == "region" && r.text("region") == nil {
                throw FieldError(field: "region", message: "remiss response: region is required when scope is region",
                                 swedish: "Ange regionen: ett svar från en region behöver veta vilken region som svarar.")
            }
            if scope == "sosr" && r.text("region") != nil {
                throw FieldError(field: "region", message: "remiss response: a joint (sosr) answer has no region; use --scope region",
                                 swedish: "Ett gemensamt svar för sjukvårdsregionen har ingen region. Töm regionen, eller välj omfattningen region.")
            }
            if r.text("kind") == "avstar" && r.text("sent") != nil {
                throw FieldError(field: "sent", message: "remiss response: a decision not to answer (avstar) is not sent",
                                 swedish: "Ett beslut att avstå från att svara skickas inte; töm skickad.")
            }
            if let remissId = r.int64("remiss"), let scope {
                if let other = try Int64.fetchOne(r.db.cachedStatement(sql: """
                    SELECT id FROM remiss_response WHERE remiss_id = ? AND scope = ? AND region_id IS ? AND id IS NOT ?
                    """), arguments: [remissId, scope, r.int64("region"), r.id]) {
                    let what = scope == "sosr" ? "a joint (sosr) answer" : "an answer from that region"
                    throw FieldError(field: "scope", message: "remiss \(remissId) already has \(what): response \(other); correct it with `samreg response update \(other)`",
                                       swedish: "Remiss \(remissId) har redan \(scope == "sosr" ? "ett gemensamt svar" : "ett svar från den regionen") (remissvar \(other)). Rätta det svaret i stället.")
                }
            }
            if let remissId = r.int64("remiss"),
               let received = try String.fetchOne(r.db.cachedStatement(sql: "SELECT received_on FROM remiss WHERE id = ?"), arguments: [remissId]) {
                for name in ["approved", "sent"] {
                    if let d = r.text(name), d < received {
                        throw FieldError(field: name, message: "remiss response: \(name) \(d) is before the remiss was received (\(received))",
                                         swedish: "\(SwedishNames.field(name)) (\(d)) kan inte vara före remissens ankomstdatum (\(received)).")
                    }
                }
            }
        }]
        t.area = "processer"
        t.registration = Family.Registration(
            fields: ["id", "remiss", "scope", "region", "kind", "approved_by", "approved", "sent", "case_number",
                     "confidential", "withdrawn"],
            filters: ["remiss", "scope", "region", "year"])
        t.trace = Family.Trace(label: "Svar", order: 2, describe: """
            SELECT coalesce(t.sent_on, t.approved_on) AS date,
                   CASE t.kind WHEN 'avstar' THEN 'Avstår från att svara: ' ELSE 'Yttrande: ' END || r.title AS title,
                   CASE t.scope WHEN 'sosr' THEN 'SÖSR' ELSE (SELECT o.code FROM organisation o WHERE o.id = t.region_id) END AS party
            FROM remiss_response t JOIN remiss r ON r.id = t.remiss_id WHERE t.id = ?
            """, links: [
                ("remiss", "SELECT remiss_id FROM remiss_response WHERE id = ?"),
                ("decision", "SELECT decision_id FROM remiss_response WHERE id = ? AND decision_id IS NOT NULL"),
            ])
        return t
    }()
}
