import GRDB
import SamregCore

extension Families {
    public static let permitStatuses: Vocabulary = ["forberedelse": "Under förberedelse", "ansokt": "Ansökt", "beviljat": "Beviljat",
        "avslaget": "Avslaget", "i_drift": "I drift", "avslutat": "Avslutat"]

    public static let permit = Family(
        name: "permit", table: "permit", noun: "NHV permit",
        abstract: "Permits for nationell högspecialiserad vård (NHV) and applications for them.",
        fields: [
            id,
            Field("care_area", .text, required: true, help: "Vårdområde, e.g. 'Behandling av svåra brännskador'.",
                  swedish: "Vårdområdet, t.ex. Behandling av svåra brännskador."),
            Field("holder", column: "holder_id", .organisation, required: true, help: "Holding region.",
                  swedish: "Regionen som har tillståndet."),
            Field("unit", .text, help: "Unit through which the region holds it.",
                  swedish: "Enheten genom vilken regionen har tillståndet."),
            Field("status", .vocabulary(permitStatuses), required: true,
                  help: "forberedelse, ansokt, beviljat, avslaget, i_drift or avslutat.",
                  swedish: "Var tillståndet står: under förberedelse, ansökt, beviljat, avslaget, i drift eller avslutat."),
            Field("applied", column: "applied_on", .date, help: "Day of application.",
                  swedish: "Dag då ansökan lämnades."),
            Field("decided", column: "decided_on", .partialDate,
                  help: "Day of Socialstyrelsen's decision (the grant); a month or a year where the source gives no day.",
                  swedish: "Dag för Socialstyrelsens beslut om tillstånd; månad eller år om källan inte anger dag."),
            Field("start", column: "start_on", .partialDate,
                  help: "Day care started under the permit; a month or a year where the source gives no day.",
                  swedish: "Dag då vården startade enligt tillståndet; månad eller år om källan inte anger dag."),
            Field("end", column: "end_on", .date, help: "Last day of the permit (set by `end`).",
                  swedish: "Sista dag som tillståndet gäller (sätts med Avsluta)."),
            Field("scope", .text, help: "Limits of the permit, e.g. adult care only.",
                  swedish: "Tillståndets omfattning, t.ex. bara vård av vuxna."),
            Field("parent", column: "parent_id", .record("permit"), help: "The permit this is a sub-permit of.",
                  swedish: "Tillståndet som detta är ett deltillstånd till."),
            Field("consequence_analysis", .longText, help: "The region's consequence analysis.",
                  swedish: "Regionens konsekvensanalys."),
            Field("remiss", column: "remiss_id", .record("remiss"), help: "The NHV remiss it came from.",
                  swedish: "NHV-remissen som tillståndet kommer från."),
            caseNumber(), confidential, note, source,
        ],
        filters: [
            Filter("status", .vocabulary(permitStatuses), sql: "t.status = ?", help: "Only this status.",
                  swedish: "Bara denna status."),
            Filter("holder", .organisation, sql: "t.holder_id = ?", help: "Held by this region.",
                  swedish: "Tillstånd som denna region har."),
            Filter("year", .integer, sql: "t.start_on BETWEEN (?1 || '') AND ?1 || '-12-31'", help: "Care started this year (a month or year counts in its year).",
                  swedish: "Vården startade detta år (en månad eller ett år räknas till sitt år)."),
            Filter("remiss", .integer, sql: "t.remiss_id = ?", help: "Concerning this remiss (shown under it by `remiss show`).",
                  swedish: "Tillstånd som hör till denna remiss (remissens nummer)."),
        ],
        endField: "end", endSets: [("status", "avslutat")],
        dateOrder: [("applied", "decided"), ("decided", "start"), ("start", "end"), ("decided", "end")],
        tableFields: ["id", "care_area", "holder", "status", "decided", "start", "end"],
        order: "t.holder_id, t.care_area COLLATE swedish, t.id",
        search: (3, "t.care_area", "ifnull(t.scope, '') || ' ' || ifnull(t.consequence_analysis, '') || ' ' || ifnull(t.unit, '')",
                 "ifnull(t.case_number, '')"),
        naturalKey: ["holder", "care_area"],
        traits: permitTraits)

    /// An ended permit has its end date; permits carry further case numbers.
    static let permitTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "NHV-tillstånd", plural: "NHV-tillstånd", path: "tillstand",
                                   about: "Tillstånd för nationell högspecialiserad vård (NHV) och ansökningar om dem.")
        t.rules = [{ r in
            if r.text("status") == "avslutat" && r.text("end") == nil {
                throw FieldError(field: "end", message: "NHV permit: an ended permit (avslutat) needs its end date; use `samreg permit end ID --on DATE`",
                                 swedish: "Ett avslutat tillstånd behöver sitt slutdatum. Avsluta tillståndet med knappen Avsluta och ange dagen.")
            }
        }]
        t.carriesReferences = true
        t.naming = Family.Naming(column: "care_area")
        t.recency = "decided_on"
        t.registration = Family.Registration(
            fields: ["id", "holder", "status", "applied", "decided", "start", "end", "case_number", "confidential"],
            filters: ["status", "holder", "year"])
        t.trace = Family.Trace(label: "NHV-tillstånd", order: 4, describe: """
            SELECT coalesce(t.decided_on, t.start_on, t.applied_on) AS date, t.care_area AS title, o.code AS party
            FROM permit t JOIN organisation o ON o.id = t.holder_id WHERE t.id = ?
            """, links: [
                ("remiss", "SELECT remiss_id FROM permit WHERE id = ? AND remiss_id IS NOT NULL"),
                ("decision", "SELECT id FROM decision WHERE permit_id = ? ORDER BY id"),
            ])
        return t
    }()
}
