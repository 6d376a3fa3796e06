import GRDB
import SamregCore

extension Families {
    public static let decisionKinds: Vocabulary = ["beslut": "Beslut", "yttrande": "Yttrande", "information": "Information",
        "aterrapportering": "Återrapportering", "uppdrag": "Uppdrag", "delegationsbeslut": "Delegationsbeslut",
        "rekommendation": "Rekommendation"]

    public static let decision = Family(
        name: "decision", table: "decision", noun: "decision",
        abstract: "Decisions of SVN, RSL and the regions' bodies: the backbone the other records point to.",
        fields: [
            id,
            Field("body", column: "body_id", .body, required: true, help: "The deciding body.",
                  swedish: "Organet som beslutade."),
            Field("meeting", column: "meeting_id", .record("meeting"), help: "The meeting (none for delegation decisions).",
                  swedish: "Sammanträdet där beslutet fattades (inget för delegationsbeslut)."),
            Field("date", column: "decided_on", .partialDate, required: true,
                  help: "Day of the decision; a month (2024-06) or a year (2024) where the source gives no day.",
                  swedish: "Dag för beslutet; månad (2024-06) eller år (2024) om källan inte anger dag."),
            Field("paragraph", .paragraph(numberColumn: "paragraph_no"), help: "Paragraph as written: '§ 51', 'FS 4.5.4 §28/2025'.",
                  swedish: "Paragraf som den är skriven: § 51, FS 4.5.4 §28/2025."),
            Field("case_number", .caseNumber(issuer: "case_issuer", year: "case_year", serial: "case_serial"),
                  help: "Case number (diarienummer) as written.",
                  swedish: "Diarienummer så som det är skrivet."),
            Field("kind", .vocabulary(decisionKinds), required: true, help: "What kind of decision.",
                  swedish: "Vilket slag av beslut."),
            Field("title", .text, required: true, help: "The matter.",
                  swedish: "Ärendets rubrik."),
            Field("text", .longText, help: "The decision text.",
                  swedish: "Beslutstexten."),
            Field("basis", .longText, help: "Beslutsunderlag: the documents the decision rests on.",
                  swedish: "Beslutsunderlag: handlingarna som beslutet bygger på."),
            Field("recipients", .text, help: "Beslutet skickas till.",
                  swedish: "Vilka beslutet skickas till."),
            Field("remiss", column: "remiss_id", .record("remiss"), help: "The remiss it concerns.",
                  swedish: "Remissen som beslutet gäller."),
            Field("permit", column: "permit_id", .record("permit"), help: "The NHV permit it concerns.",
                  swedish: "NHV-tillståndet som beslutet gäller."),
            Field("workload", column: "workload_id", .record("workload"), help: "The workload decision it concerns.",
                  swedish: "Arbetsfördelningen som beslutet gäller."),
            Field("area", .vocabulary(CooperationAreas.areas),
                  help: "The samarbetsområde it is reported under in the annual summary (default: that of the remiss or workload decision it concerns).",
                  swedish: "Samarbetsområdet som beslutet redovisas under i den årliga uppföljningen (om inget anges: remissens eller arbetsfördelningens)."),
            confidential,
            Field("revoked", column: "revoked_on", .date, help: "Day it was revoked or replaced (set by `end`).",
                  swedish: "Dag då beslutet upphävdes eller ersattes (sätts med Avsluta)."),
            bodyName("body"),
            Field("final", .derived,
                  select: "CASE WHEN t.meeting_id IS NULL OR (SELECT m.protocol_approved_on FROM meeting m WHERE m.id = t.meeting_id) IS NOT NULL THEN 'ja' ELSE 'nej' END",
                  help: "Final: no meeting, or its protocol is approved.",
                  swedish: "Slutligt: inget sammanträde, eller protokollet är justerat."),
            note, source,
        ],
        filters: [
            Filter("body", .body, sql: "t.body_id = ?", help: "Decided by this body.",
                  swedish: "Beslutade av detta organ."),
            Filter("kind", .vocabulary(decisionKinds), sql: "t.kind = ?", help: "Only this kind.",
                  swedish: "Bara detta slag."),
            Filter("year", .integer, sql: "t.decided_on BETWEEN (?1 || '') AND ?1 || '-12-31'", help: "Decided this year (a date given as a month or year counts in its year).",
                  swedish: "Beslutade detta år (en månad eller ett år räknas till sitt år)."),
            Filter("from", .date, sql: "\(PartialDate.firstDaySQL("t.decided_on")) >= ?", help: "Decided on or after this day (a month or year only when all of it is).",
                  swedish: "Beslutade denna dag eller senare (en månad eller ett år bara om hela perioden är det)."),
            Filter("to", .date, sql: "\(PartialDate.lastDaySQL("t.decided_on")) <= ?", help: "Decided on or before this day (a month or year only when all of it is).",
                  swedish: "Beslutade denna dag eller tidigare (en månad eller ett år bara om hela perioden är det)."),
            Filter("remiss", .integer, sql: "t.remiss_id = ?", help: "Concerning this remiss.",
                  swedish: "Beslut som gäller denna remiss (remissens nummer)."),
            Filter("area", .vocabulary(CooperationAreas.areas), sql: "\(CooperationAreas.decisionAreaSQL(alias: "t")) = ?",
                   help: "Belonging to this samarbetsområde (its own, or that of the remiss or workload decision it concerns).",
                   swedish: "Som hör till detta samarbetsområde (eget, eller remissens eller arbetsfördelningens)."),
        ],
        endField: "revoked", dateOrder: [("date", "revoked")],
        tableFields: ["id", "date", "body_name", "paragraph", "case_number", "kind", "title"],
        order: "t.decided_on, t.body_id, t.paragraph_no, t.id",
        search: (1, "t.title", "ifnull(t.text, '') || ' ' || ifnull(t.basis, '')",
                 "ifnull(t.case_number, '') || ' ' || ifnull(t.paragraph, '') || ' ' || ifnull((SELECT group_concat(r.written, ' ') FROM reference r WHERE r.family = 'decision' AND r.record_id = t.id), '')"),
        naturalKey: ["case_number"],
        traits: decisionTraits)

    /// Decisions carry further case numbers and are cited by paragraph (`SVN § 51-2024`);
    /// adoptions of a recommendation and references are shown under it.
    static let decisionTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "beslut", plural: "Beslut", path: "beslut",
                                   about: "Beslut av Samverkansnämnden, RSL och regionernas organ: stommen som de andra posterna pekar på.")
        t.carriesReferences = true
        t.citedByParagraph = true
        t.naming = Family.Naming(column: "title")
        t.related = [("adoption", "recommendation"), ("reference", "record")]
        t.recency = "decided_on"
        t.registration = Family.Registration(
            fields: ["id", "body", "meeting", "date", "paragraph", "case_number", "kind", "confidential", "revoked",
                     "body_name", "final"],
            filters: ["body", "kind", "year", "from", "to"])
        t.trace = Family.Trace(label: "Beslut", order: 1, describe: """
            SELECT t.decided_on AS date, t.title, coalesce(b.short_name, b.name) AS party FROM decision t
            JOIN body b ON b.id = t.body_id WHERE t.id = ?
            """, links: [
                ("remiss", "SELECT remiss_id FROM decision WHERE id = ? AND remiss_id IS NOT NULL"),
                ("permit", "SELECT permit_id FROM decision WHERE id = ? AND permit_id IS NOT NULL"),
                ("workload", "SELECT workload_id FROM decision WHERE id = ? AND workload_id IS NOT NULL"),
                ("response", "SELECT id FROM remiss_response WHERE decision_id = ? ORDER BY id"),
                ("adoption", "SELECT id FROM adoption WHERE recommendation_id = ?1 OR decision_id = ?1 ORDER BY id"),
                ("workload", "SELECT id FROM workload WHERE decision_id = ? ORDER BY id"),
            ])
        return t
    }()
}
