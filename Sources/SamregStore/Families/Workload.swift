import GRDB
import SamregCore

extension Families {
    public static let workloadStatuses: Vocabulary = ["utredning": "Under utredning", "beslutad": "Beslutad", "inford": "Införd",
        "uppfoljd": "Uppföljd", "avslutad": "Avslutad"]

    public static let workload = Family(
        name: "workload", table: "workload", noun: "workload-division decision",
        abstract: "Arbetsfördelning: which region or unit performs which care for whom.",
        fields: [
            id,
            Field("specialty", .text, required: true, help: "Specialty, e.g. gynekologi, ögonsjukvård.",
                  swedish: "Specialitet, t.ex. gynekologi, ögonsjukvård."),
            Field("patient_group", .text, help: "Patient group concerned.",
                  swedish: "Patientgruppen som beslutet gäller."),
            Field("sending_region", column: "sending_region_id", .organisation, help: "Region whose patients are sent.",
                  swedish: "Regionen vars patienter skickas."),
            Field("sending_unit", .text, help: "Sending unit.",
                  swedish: "Enheten som skickar patienterna."),
            Field("performing_region", column: "performing_region_id", .organisation, help: "Region that performs the care.",
                  swedish: "Regionen som utför vården."),
            Field("performing_unit", .text, help: "Performing unit.",
                  swedish: "Enheten som utför vården."),
            Field("decided_by", column: "decided_by_id", .body, help: "Deciding body (RSL or SVN).",
                  swedish: "Organet som beslutade (RSL eller SVN)."),
            Field("decision", column: "decision_id", .record("decision"), help: "The decision behind it.",
                  swedish: "Beslutet som arbetsfördelningen bygger på."),
            Field("status", .vocabulary(workloadStatuses), required: true,
                  help: "utredning, beslutad, inford, uppfoljd or avslutad.",
                  swedish: "Var arbetsfördelningen står: under utredning, beslutad, införd, uppföljd eller avslutad."),
            Field("decided", column: "decided_on", .date, help: "Day decided.",
                  swedish: "Dag då den beslutades."),
            Field("effective", column: "effective_on", .date, help: "Day it takes effect.",
                  swedish: "Dag då den börjar gälla."),
            Field("ended", column: "ended_on", .date, help: "Day it ended (set by `end`).",
                  swedish: "Dag då den upphörde (sätts med Avsluta)."),
            Field("followup", .longText, help: "Follow-up notes and measures (volumes, waiting times).",
                  swedish: "Uppföljning: anteckningar och mått (volymer, väntetider)."),
            caseNumber(), confidential, note, source,
        ],
        filters: [
            Filter("specialty", .text, sql: "samreg_fold(t.specialty) = samreg_fold(?)", help: "Only this specialty.",
                  swedish: "Bara denna specialitet."),
            Filter("status", .vocabulary(workloadStatuses), sql: "t.status = ?", help: "Only this status.",
                  swedish: "Bara denna status."),
            Filter("region", .organisation, sql: "(t.performing_region_id = ?1 OR t.sending_region_id = ?1)", help: "Sending or performing region.",
                  swedish: "Där denna region skickar eller utför vården."),
            Filter("year", .integer, sql: "t.decided_on BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'", help: "Decided this year.",
                  swedish: "Beslutade detta år."),
        ],
        endField: "ended", endSets: [("status", "avslutad")],
        dateOrder: [("decided", "effective"), ("decided", "ended")],
        tableFields: ["id", "specialty", "status", "performing_region", "performing_unit", "decided", "effective"],
        order: "t.specialty COLLATE swedish, t.id",
        search: (4, "t.specialty || ' ' || ifnull(t.patient_group, '')",
                 "ifnull(t.followup, '') || ' ' || ifnull(t.performing_unit, '') || ' ' || ifnull(t.note, '')",
                 "ifnull(t.case_number, '')"),
        naturalKey: ["case_number"],
        traits: workloadTraits)

    /// Status avslutad goes with an ended date; workload decisions carry further case numbers
    /// and belong to Långsiktig och hållbar arbetsfördelning.
    static let workloadTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "arbetsfördelningsbeslut", plural: "Arbetsfördelning", path: "arbetsfordelning",
                                   about: "Arbetsfördelning: vilken region eller enhet som utför vilken vård för vilka patienter.")
        t.rules = [{ r in
            if (r.text("status") == "avslutad") != (r.text("ended") != nil) {
                throw FieldError(field: "status", message: "workload-division decision: status avslutad goes with an ended date; use `samreg workload end ID --on DATE`",
                                 swedish: "Statusen Avslutad kräver ett slutdatum. Avsluta beslutet med knappen Avsluta och ange dagen.")
            }
        }]
        t.carriesReferences = true
        t.naming = Family.Naming(column: "specialty")
        t.area = "arbetsfordelning"
        t.recency = "decided_on"
        t.registration = Family.Registration(
            fields: ["id", "status", "decided_by", "decided", "effective", "ended", "case_number", "confidential"],
            filters: ["status", "year"])
        t.trace = Family.Trace(label: "Arbetsfördelning", order: 5, describe: """
            SELECT coalesce(t.decided_on, t.effective_on) AS date,
                   'Arbetsfördelning: ' || t.specialty || ifnull(' – ' || t.patient_group, '') AS title,
                   (SELECT coalesce(b.short_name, b.name) FROM body b WHERE b.id = t.decided_by_id) AS party
            FROM workload t WHERE t.id = ?
            """, links: [
                ("decision", "SELECT decision_id FROM workload WHERE id = ? AND decision_id IS NOT NULL"),
                ("decision", "SELECT id FROM decision WHERE workload_id = ? ORDER BY id"),
            ])
        return t
    }()
}
