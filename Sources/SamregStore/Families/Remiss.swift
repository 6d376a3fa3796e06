import GRDB
import SamregCore

extension Families {
    /// The SQL for a remiss's status on the day `samreg_today()` (today or `--as-of`):
    /// `besvarad` once an answer counts as given, `avstar` after a decision not to answer,
    /// `stangd` when closed otherwise, else `forsenad` past its deadline and `oppen` before it.
    /// Only what is dated on or before the day counts (see `remissAnsweredSQL`).
    public static let remissStatusSQL = remissStatusSQL(today: "samreg_today()")

    /// The day an answer `x` counts as given, the committee's rule: the day it was sent or,
    /// when that is not recorded, the day the answering body approved it (migration 0014).
    public static let responseDaySQL = "ifnull(x.sent_on, x.approved_on)"

    /// An answer `x` that was live on `today`: not withdrawn by then.
    static func responseLive(today: String) -> String {
        "(x.withdrawn_on IS NULL OR x.withdrawn_on > \(today))"
    }

    /// The day remiss `t` was first answered, as of `today` (nil when not answered by then).
    public static func remissAnsweredSQL(today: String) -> String {
        """
        (SELECT min(\(responseDaySQL)) FROM remiss_response x WHERE x.remiss_id = t.id AND x.kind = 'yttrande' \
        AND \(responseLive(today: today)) AND \(responseDaySQL) <= \(today))
        """
    }

    /// The status expression with another SQL expression for the day (e.g. `?`): the state on
    /// that day, answers, decisions not to answer and closings dated after it not counted (an
    /// undated decision not to answer counts on every day).
    public static func remissStatusSQL(today: String) -> String {
        """
        (CASE WHEN EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = t.id AND x.kind = 'yttrande' \
        AND \(responseLive(today: today)) AND \(responseDaySQL) <= \(today)) THEN 'besvarad' \
        WHEN EXISTS (SELECT 1 FROM remiss_response x WHERE x.remiss_id = t.id AND x.kind = 'avstar' \
        AND \(responseLive(today: today)) AND (x.approved_on IS NULL OR x.approved_on <= \(today))) THEN 'avstar' \
        WHEN t.closed_on IS NOT NULL AND t.closed_on <= \(today) THEN 'stangd' \
        WHEN t.deadline_on < \(today) THEN 'forsenad' ELSE 'oppen' END)
        """
    }

    /// A remiss `t` that is open or overdue today (or on `--as-of`).
    public static let remissOpenSQL = remissOpenSQL(today: "samreg_today()")

    /// A remiss `t` received by `today` and open or overdue on that day. Candidates, so that
    /// not every remiss is judged: what the triggers of migrations 0010/0016 keep in
    /// `remiss_unsettled` (open now), and those settled only after `today` (an answer or a
    /// closing dated later, found by 0014's indexes); each is then judged as of `today`.
    public static func remissOpenSQL(today: String) -> String {
        """
        (t.id IN (SELECT u.remiss_id FROM remiss_unsettled u) \
        OR t.id IN (SELECT x.remiss_id FROM remiss_response x WHERE \(responseDaySQL) > \(today)) \
        OR t.id IN (SELECT c.id FROM remiss c WHERE c.closed_on IS NOT NULL AND c.closed_on > \(today))) \
        AND t.received_on <= \(today) AND \(remissStatusSQL(today: today)) IN ('oppen', 'forsenad')
        """
    }

    public static let remissCategories: Vocabulary = ["kunskapsstyrning": "Kunskapsstyrning", "nhv": "Nationell högspecialiserad vård",
        "myndighet": "Myndighet/departement"]

    public static let remissStatuses: Vocabulary = ["oppen": "Öppen", "forsenad": "Försenad", "besvarad": "Besvarad",
        "avstar": "Avstår", "stangd": "Stängd"]

    public static let remiss = Family(
        name: "remiss", table: "remiss", noun: "remiss",
        abstract: "Remisser: consultations sent to the region for comment (not patient referrals).",
        fields: [
            id,
            Field("title", .text, required: true, help: "Title of the remiss.",
                  swedish: "Remissens rubrik."),
            Field("sender", column: "sender_id", .organisation, required: true, help: "Who sent it (code or name: SKR, Socialstyrelsen, S …).",
                  swedish: "Organisationen som skickade remissen, t.ex. SKR, Socialstyrelsen eller Socialdepartementet (S)."),
            Field("sender_ref", .text, help: "The sender's own reference, e.g. SKR2025/00294.",
                  swedish: "Avsändarens eget diarienummer, t.ex. SKR2025/00294."),
            Field("category", .vocabulary(remissCategories), required: true,
                  help: "kunskapsstyrning, nhv, or myndighet (authorities and ministries).",
                  swedish: "Varifrån remissen kommer: kunskapsstyrningen, processen för nationell högspecialiserad vård (NHV) eller en myndighet eller ett departement."),
            Field("received", column: "received_on", .date, required: true, help: "Day it arrived.",
                  swedish: "Dag då remissen kom in."),
            Field("deadline", column: "deadline_on", .date, required: true, help: "Answer deadline (svar senast).",
                  swedish: "Sista dag för svar (svar senast)."),
            caseNumber(),
            Field("responsible", .text, help: "Responsible official (never shown in reports).",
                  swedish: "Ansvarig handläggare (visas aldrig i rapporter)."),
            Field("joint", .flag, help: "Answered jointly for Sydöstra sjukvårdsregionen (default ja).",
                  swedish: "Remissen besvaras gemensamt för Sydöstra sjukvårdsregionen (ja om inget anges)."),
            Field("preparing", .bodies(table: "remiss_assignment", owner: "remiss_id"),
                  help: "Bodies (RPO/RSG) that prepare the answer, separated by ';'.",
                  swedish: "Organ (RPO/RSG) som bereder remissvaret, åtskilda med semikolon."),
            confidential,
            Field("closed", column: "closed_on", .date, help: "Day it was closed without an answer (set by `end`).",
                  swedish: "Dag då remissen stängdes utan svar (sätts med Avsluta)."),
            Field("status", .derived, select: remissStatusSQL,
                  help: "oppen, forsenad (past deadline), besvarad, avstar (decided not to answer) or stangd.",
                  swedish: "Öppen, försenad (svarstiden har gått ut), besvarad, avstår (beslut att inte svara) eller stängd."),
            Field("answered", .derived,
                  select: remissAnsweredSQL(today: "samreg_today()"),
                  help: "Day the first answer counts as given: sent, or approved when no send date is recorded.",
                  swedish: "Dag då första remissvaret räknas som lämnat: när det skickades, eller när det godkändes om inget avsändningsdatum finns."),
            note, source,
        ],
        filters: [
            Filter("status", .vocabulary(remissStatuses), sql: "\(remissStatusSQL) = ?", help: "Only remisser in this status.",
                  swedish: "Bara remisser med denna status."),
            Filter("open", .switch, sql: remissOpenSQL, help: "Only unanswered ones.",
                  swedish: "Bara obesvarade remisser."),
            Filter("category", .vocabulary(remissCategories), sql: "t.category = ?", help: "Only this category.",
                  swedish: "Bara denna kategori."),
            Filter("sender", .organisation, sql: "t.sender_id = ?", help: "Sent by.",
                  swedish: "Skickade av denna organisation."),
            Filter("year", .integer, sql: "t.received_on BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'", help: "Received this year.",
                  swedish: "Inkomna detta år."),
            Filter("due-before", .date, sql: "t.deadline_on <= ?", help: "Deadline on or before this day.",
                  swedish: "Svar senast denna dag eller tidigare."),
            Filter("due-after", .date, sql: "t.deadline_on >= ?", help: "Deadline on or after this day.",
                  swedish: "Svar senast denna dag eller senare."),
            Filter("due-within", .days, sql: "t.deadline_on <= date(samreg_today(), '+' || ? || ' days')",
                   help: "Deadline within this many days from today (or --as-of).",
                   swedish: "Svar senast inom så här många dagar från i dag."),
            Filter("body", .body, sql: "EXISTS (SELECT 1 FROM remiss_assignment a WHERE a.remiss_id = t.id AND a.body_id = ?)",
                   help: "Prepared by this body.",
                   swedish: "Bereds av detta organ."),
        ],
        endField: "closed", dateOrder: [("received", "deadline"), ("received", "closed")],
        tableFields: ["id", "received", "deadline", "status", "category", "sender", "title"],
        order: "t.deadline_on, t.id",
        search: (2, "t.title", "ifnull(t.note, '')",
                 "ifnull(t.case_number, '') || ' ' || ifnull(t.sender_ref, '') || ' ' || ifnull((SELECT group_concat(r.written, ' ') FROM reference r WHERE r.family = 'remiss' AND r.record_id = t.id), '')"),
        naturalKey: ["case_number"],
        traits: remissTraits)

    /// Remisser carry further case numbers and the sender's own reference; each belongs to
    /// Effektiva processer; its answers, decisions, permits and references are shown under it.
    static let remissTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "remiss", plural: "Remisser", path: "remisser",
                                   about: "Remisser: underlag som skickas till regionen för synpunkter (inte patientremisser).")
        t.carriesReferences = true
        t.otherNumberColumn = "sender_ref"
        t.naming = Family.Naming(column: "title")
        t.area = "processer"
        t.related = [("response", "remiss"), ("decision", "remiss"), ("permit", "remiss"), ("reference", "record")]
        t.recency = "received_on"
        t.registration = Family.Registration(
            fields: ["id", "sender", "received", "deadline", "case_number", "confidential", "closed", "status", "answered"],
            filters: ["status", "open", "sender", "year", "due-before", "due-after", "due-within"])
        t.trace = Family.Trace(label: "Remiss", order: 0, describe: """
            SELECT t.received_on AS date, t.title, o.code AS party FROM remiss t
            JOIN organisation o ON o.id = t.sender_id WHERE t.id = ?
            """, links: [
                ("response", "SELECT id FROM remiss_response WHERE remiss_id = ? ORDER BY id"),
                ("decision", "SELECT id FROM decision WHERE remiss_id = ? ORDER BY id"),
                ("permit", "SELECT id FROM permit WHERE remiss_id = ? ORDER BY id"),
            ])
        return t
    }()
}
