import SamregCore

/// The registry's record families: each table users record into, described once. The
/// command line, import/export, listing and validation are all derived from these.
public enum Families {
    public static let all: [Family] = [
        organisation, body, alias, area, person, membership, meeting, decision, reference,
        remiss, response, permit, goal, workload, flow, contract, price, outsideCare, universityUnit, access,
        indicator, indicatorValue, indicatorSet, indicatorSetMember, adoption, narrative,
    ]

    /// The family called `name` (as on the command line: `remiss`, `indicator-value` …).
    public static func named(_ name: String) -> Family? {
        all.first { $0.name == name }
    }

    // MARK: Shared fields

    static let id = Field("id", .id, help: "The record's number in the registry.")
    static let note = Field("note", .text, help: "A free note.")
    static let source = Field("source", .text, help: "Where the fact comes from (document and line).")
    static let confidential = Field("confidential", .flag,
        help: "Sekretess: only the registration (dates, case number, sender) is shown, and the record and those linked to it are left out of exports, reports and search, unless --include-confidential is given.")
    static func validFrom(_ help: String = "First day of validity.") -> Field {
        Field("valid_from", .date, help: help)
    }
    static func validTo(_ help: String = "Last day of validity (set by `end`).") -> Field {
        Field("valid_to", .date, help: help)
    }
    static func caseNumber(_ help: String = "Case number (diarienummer) as written, e.g. 'RÖ 2024-6246'.", unique: Bool = true) -> Field {
        Field("case_number", .caseNumber(issuer: "case_issuer", year: "case_year", serial: "case_serial"),
              unique: unique, help: help)
    }
    static func bodyName(_ column: String) -> Field {
        Field("\(column)_name", .derived,
              select: "(SELECT \(bodyNameAsOfSQL("b.id", current: "b.name")) FROM body b WHERE b.id = t.\(column)_id)", help: "The body's name.")
    }

    /// The name of body `id` as of `samreg_today()` (today or --as-of): an earlier name from
    /// body_name_history when the day falls in its period, else the current name.
    public static func bodyNameAsOfSQL(_ id: String, current: String, day: String = "samreg_today()") -> String {
        "coalesce((SELECT h.name FROM body_name_history h WHERE h.body_id = \(id) AND h.valid_to >= \(day) AND (h.valid_from IS NULL OR h.valid_from <= \(day)) ORDER BY h.valid_to LIMIT 1), \(current))"
    }

    public static let membershipRoles: Vocabulary = ["ordforande", "vice_ordforande", "ledamot", "ersattare", "processledare",
                                         "sekreterare", "adjungerad"]

    /// A membership's role as of `samreg_today()`, from membership_role_history.
    public static let roleAsOfSQL = roleAsOfSQL(membership: "t.id", current: "t.role")

    public static func roleAsOfSQL(membership id: String, current: String, day: String = "samreg_today()") -> String {
        "coalesce((SELECT h.role FROM membership_role_history h WHERE h.membership_id = \(id) AND h.valid_to >= \(day) AND (h.valid_from IS NULL OR h.valid_from <= \(day)) ORDER BY h.valid_to LIMIT 1), \(current))"
    }

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
    public static let bodyKinds: Vocabulary = ["samverkansnamnd", "rsl", "rsl_au", "rsl_stab", "presidium", "kunskapsrad",
        "rpo", "npo", "rsg", "lpo", "arbetsgrupp", "styrgrupp", "kunskapscentrum", "rad", "namnd", "annan"]
    public static let decisionKinds: Vocabulary = ["beslut": "Beslut", "yttrande": "Yttrande", "information": "Information",
        "aterrapportering": "Återrapportering", "uppdrag": "Uppdrag", "delegationsbeslut": "Delegationsbeslut",
        "rekommendation": "Rekommendation"]
    public static let permitStatuses: Vocabulary = ["forberedelse": "Under förberedelse", "ansokt": "Ansökt", "beviljat": "Beviljat",
        "avslaget": "Avslaget", "i_drift": "I drift", "avslutat": "Avslutat"]
    public static let workloadStatuses: Vocabulary = ["utredning": "Under utredning", "beslutad": "Beslutad", "inford": "Införd",
        "uppfoljd": "Uppföljd", "avslutad": "Avslutad"]
    public static let valueKinds: Vocabulary = ["share", "rate", "count"]
    public static let promises: Vocabulary = ["forebyggande": "Förebyggande och hälsofrämjande", "jamlik": "Jämlik vård",
        "kostnadseffektiv": "Kostnadseffektiv vård", "delaktighet": "Patientdelaktighet", "tillganglig": "Tillgänglig vård",
        "saker": "Säker vård"]
    public static let narrativeSections: Vocabulary = ["samverkansnamnden", "ledning", "egenkraft", "kunskapsstyrning",
        "arbetsfordelning", "processer", "kompetens", "hogspecialiserad", "universitetssjukvard", "remisser",
        "arbetsfordelningsbeslut", "regionavtalet", "avtalsmodell", "systemmatt"]

    // MARK: The organisation

    public static let organisation = Family(
        name: "org", table: "organisation", noun: "organisation",
        abstract: "Regions, authorities, ministries and other organisations.",
        fields: [
            id,
            Field("code", .text, required: true, unique: true, help: "Short code, e.g. RÖ, RJL, SKR, SoS."),
            Field("name", .text, required: true, help: "Full name."),
            Field("kind", .vocabulary(["region", "myndighet", "departement", "skr", "riket", "universitet", "annan"]),
                  required: true, help: "What kind of organisation."),
            Field("sosr_party", .flag, help: "One of the three parties of Sydöstra sjukvårdsregionen."),
            validFrom(), validTo(), note, source,
        ],
        filters: [
            Filter("kind", .vocabulary(["region", "myndighet", "departement", "skr", "riket", "universitet", "annan"]),
                   sql: "t.kind = ?", help: "Only this kind."),
        ],
        endField: "valid_to", dateOrder: [("valid_from", "valid_to")],
        tableFields: ["id", "code", "name", "kind", "sosr_party"],
        examples: ["samreg org add --code FHM --name Folkhälsomyndigheten --kind myndighet"],
        codeColumn: "code",
        naturalKey: ["code"])

    public static let body = Family(
        name: "body", table: "body", noun: "body",
        abstract: "Committees, program areas, cooperation groups and other bodies.",
        fields: [
            id,
            Field("kind", .vocabulary(bodyKinds), required: true, help: "What kind of body."),
            Field("name", .text, required: true, select: bodyNameAsOfSQL("t.id", current: "t.name"),
                  help: "Name (as of today or --as-of: a renamed body keeps its earlier names with their periods)."),
            Field("short_name", .text, help: "Short name used in lists, e.g. SVN, RPO Ögonsjukdomar."),
            Field("parent", column: "parent_id", .body, help: "The body it belongs to (RPO → kunskapsråd)."),
            Field("host_region", column: "host_region_id", .organisation, help: "Hosting region."),
            Field("counterpart", column: "counterpart_id", .body, help: "National counterpart (RPO → NPO)."),
            Field("hosted_by_sosr", .flag, help: "A national body that Sydöstra sjukvårdsregionen hosts."),
            validFrom(), validTo(),
            Field("aliases", .derived,
                  select: "(SELECT group_concat(alias, '; ') FROM (SELECT alias FROM body_alias WHERE body_id = t.id ORDER BY alias))",
                  help: "Other names (see `samreg alias`)."),
            note, source,
        ],
        filters: [
            Filter("kind", .vocabulary(bodyKinds), sql: "t.kind = ?", help: "Only this kind."),
            Filter("region", .organisation, sql: "t.host_region_id = ?", help: "Hosted by this region."),
            Filter("parent", .body, sql: "t.parent_id = ?", help: "Belonging to this body."),
            Filter("name", .text,
                   sql: "(samreg_fold(t.name) LIKE '%' || samreg_fold(?1) || '%' OR samreg_fold(t.short_name) LIKE '%' || samreg_fold(?1) || '%' OR EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = t.id AND samreg_fold(a.alias) LIKE '%' || samreg_fold(?1) || '%'))",
                   help: "Name, short name or any alias contains this text."),
            Filter("active", .switch,
                   sql: "(t.valid_from IS NULL OR t.valid_from <= samreg_today()) AND (t.valid_to IS NULL OR t.valid_to >= samreg_today())",
                   help: "Only bodies valid today (or on --as-of)."),
        ],
        endField: "valid_to", dateOrder: [("valid_from", "valid_to")],
        tableFields: ["id", "kind", "short_name", "name", "host_region", "valid_to"],
        order: "t.kind, t.name COLLATE swedish, t.id",
        examples: ["samreg body add --kind rsg --name 'RSG Läkemedel' --short-name 'RSG Läkemedel' --host-region RÖ",
                   "samreg body list --kind rpo --format csv"],
        naturalKey: ["kind", "name"])

    public static let alias = Family(
        name: "alias", table: "body_alias", noun: "body alias",
        abstract: "Other names of a body, and former names with their period.",
        fields: [
            id,
            Field("body", column: "body_id", .body, required: true, help: "The body."),
            Field("alias", .text, required: true, help: "The other name."),
            Field("kind", .vocabulary(["alias", "tidigare_namn"]), help: "An alias in use, or a former name."),
            validFrom(), validTo(), source,
        ],
        filters: [Filter("body", .body, sql: "t.body_id = ?", help: "Aliases of this body.")],
        endField: "valid_to", dateOrder: [("valid_from", "valid_to")],
        tableFields: ["id", "body", "alias", "kind", "valid_to"],
        examples: ["samreg alias add --body SVN --alias Regionsjukvårdsnämnden"],
        naturalKey: ["body", "alias"])

    public static let area = Family(
        name: "area", table: "cooperation_area", noun: "cooperation area",
        abstract: "The six samarbetsområden reported on yearly.",
        fields: [
            id,
            Field("code", .vocabulary(CooperationAreas.areas),
                  required: true, unique: true, help: "Code of the area."),
            Field("name", .text, required: true, help: "Name as in the agreement."),
            Field("ordinal", .integer(min: 1, max: 6), required: true, help: "Place in the annual summary."),
            source,
        ],
        tableFields: ["id", "code", "name", "ordinal"], order: "t.ordinal",
        examples: ["samreg area list"], codeColumn: "code",
        naturalKey: ["code"])

    public static let person = Family(
        name: "person", table: "person", noun: "person",
        abstract: "People who sit in bodies (their names are never shown in reports).",
        fields: [
            id,
            Field("name", .text, required: true, help: "Full name."),
            Field("title", .text, help: "Title or role at work."),
            Field("organisation", column: "organisation_id", .organisation, help: "Employer."),
            validTo("Left the registry's bodies on this day (set by `end`)."), note, source,
        ],
        filters: [Filter("organisation", .organisation, sql: "t.organisation_id = ?", help: "Employed by.")],
        endField: "valid_to",
        tableFields: ["id", "name", "title", "organisation"], order: "t.name COLLATE swedish, t.id",
        examples: ["samreg person add --name 'Anna Andersson' --title Hälso- och sjukvårdsdirektör --organisation RKL"])

    public static let membership = Family(
        name: "membership", table: "membership", noun: "membership",
        abstract: "Who sits in which body, in what role, for which region and when.",
        fields: [
            id,
            Field("person", column: "person_id", .record("person"),
                  help: "The person; leave out for a role held by a region (the SVN chair rotates between the regions)."),
            Field("body", column: "body_id", .body, required: true, help: "The body."),
            Field("role", .vocabulary(membershipRoles), required: true, select: roleAsOfSQL,
                  help: "Role in the body (as of today or --as-of: a changed role keeps its earlier value with its period)."),
            Field("region", column: "region_id", .organisation, help: "The region the member represents, or that holds the role; give a person, a region or both."),
            validFrom(), validTo(),
            Field("person_name", .derived, select: "(SELECT p.name FROM person p WHERE p.id = t.person_id)", help: "The person's name."),
            bodyName("body"), note, source,
        ],
        filters: [
            Filter("body", .body, sql: "t.body_id = ?", help: "Members of this body."),
            Filter("person", .integer, sql: "t.person_id = ?", help: "Memberships of this person."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Representing this region."),
            Filter("active", .switch,
                   sql: "(t.valid_from IS NULL OR t.valid_from <= samreg_today()) AND (t.valid_to IS NULL OR t.valid_to >= samreg_today())",
                   help: "Only memberships valid today (or on --as-of)."),
        ],
        endField: "valid_to", dateOrder: [("valid_from", "valid_to")],
        tableFields: ["id", "person_name", "body_name", "role", "region", "valid_from", "valid_to"],
        examples: ["samreg membership add --person 1 --body SVN --role ordforande --region RKL --valid-from 2024-01-01",
                   "samreg membership add --body SVN --role ordforande --region RKL --valid-from 2024-01-01 --valid-to 2024-12-31",
                   "samreg membership list --body SVN --as-of 2024-06-30"],
        naturalKey: ["body", "person", "region", "valid_from"])

    public static let meeting = Family(
        name: "meeting", table: "meeting", noun: "meeting",
        abstract: "Meetings of a body; a decision is final when its meeting's protocol is approved.",
        fields: [
            id,
            Field("body", column: "body_id", .body, required: true, help: "The body that met."),
            Field("date", column: "held_on", .partialDate, required: true,
                  help: "Day of the meeting; a month (2024-06) or a year (2024) where the source gives no day."),
            Field("place", .text, help: "Where."),
            Field("protocol_approved", column: "protocol_approved_on", .date, help: "Day the protocol was approved (justerat)."),
            Field("cancelled", column: "cancelled_on", .date, help: "Day the meeting was cancelled (set by `end`)."),
            bodyName("body"), note, source,
        ],
        filters: [
            Filter("body", .body, sql: "t.body_id = ?", help: "Meetings of this body."),
            Filter("year", .integer, sql: "t.held_on BETWEEN (?1 || '') AND ?1 || '-12-31'", help: "Held this year (a date given as a month or year counts in its year)."),
        ],
        endField: "cancelled", dateOrder: [("date", "protocol_approved")],
        tableFields: ["id", "date", "body_name", "place", "protocol_approved"],
        order: "t.held_on, t.id",
        examples: ["samreg meeting add --body SVN --date 2024-10-18 --place Linköping"],
        naturalKey: ["body", "date"])

    public static let decision = Family(
        name: "decision", table: "decision", noun: "decision",
        abstract: "Decisions of SVN, RSL and the regions' bodies: the backbone the other records point to.",
        fields: [
            id,
            Field("body", column: "body_id", .body, required: true, help: "The deciding body."),
            Field("meeting", column: "meeting_id", .record("meeting"), help: "The meeting (none for delegation decisions)."),
            Field("date", column: "decided_on", .partialDate, required: true,
                  help: "Day of the decision; a month (2024-06) or a year (2024) where the source gives no day."),
            Field("paragraph", .paragraph(numberColumn: "paragraph_no"), help: "Paragraph as written: '§ 51', 'FS 4.5.4 §28/2025'."),
            Field("case_number", .caseNumber(issuer: "case_issuer", year: "case_year", serial: "case_serial"),
                  help: "Case number (diarienummer) as written."),
            Field("kind", .vocabulary(decisionKinds), required: true, help: "What kind of decision."),
            Field("title", .text, required: true, help: "The matter."),
            Field("text", .longText, help: "The decision text."),
            Field("basis", .longText, help: "Beslutsunderlag: the documents the decision rests on."),
            Field("recipients", .text, help: "Beslutet skickas till."),
            Field("remiss", column: "remiss_id", .record("remiss"), help: "The remiss it concerns."),
            Field("permit", column: "permit_id", .record("permit"), help: "The NHV permit it concerns."),
            Field("workload", column: "workload_id", .record("workload"), help: "The workload decision it concerns."),
            Field("area", .vocabulary(CooperationAreas.areas),
                  help: "The samarbetsområde it is reported under in the annual summary (default: that of the remiss or workload decision it concerns)."),
            confidential,
            Field("revoked", column: "revoked_on", .date, help: "Day it was revoked or replaced (set by `end`)."),
            bodyName("body"),
            Field("final", .derived,
                  select: "CASE WHEN t.meeting_id IS NULL OR (SELECT m.protocol_approved_on FROM meeting m WHERE m.id = t.meeting_id) IS NOT NULL THEN 'ja' ELSE 'nej' END",
                  help: "Final: no meeting, or its protocol is approved."),
            note, source,
        ],
        filters: [
            Filter("body", .body, sql: "t.body_id = ?", help: "Decided by this body."),
            Filter("kind", .vocabulary(decisionKinds), sql: "t.kind = ?", help: "Only this kind."),
            Filter("year", .integer, sql: "t.decided_on BETWEEN (?1 || '') AND ?1 || '-12-31'", help: "Decided this year (a date given as a month or year counts in its year)."),
            Filter("from", .date, sql: "\(PartialDate.firstDaySQL("t.decided_on")) >= ?", help: "Decided on or after this day (a month or year only when all of it is)."),
            Filter("to", .date, sql: "\(PartialDate.lastDaySQL("t.decided_on")) <= ?", help: "Decided on or before this day (a month or year only when all of it is)."),
            Filter("remiss", .integer, sql: "t.remiss_id = ?", help: "Concerning this remiss."),
            Filter("area", .vocabulary(CooperationAreas.areas), sql: "\(CooperationAreas.decisionAreaSQL(alias: "t")) = ?",
                   help: "Belonging to this samarbetsområde (its own, or that of the remiss or workload decision it concerns)."),
        ],
        endField: "revoked", dateOrder: [("date", "revoked")],
        tableFields: ["id", "date", "body_name", "paragraph", "case_number", "kind", "title"],
        order: "t.decided_on, t.body_id, t.paragraph_no, t.id",
        examples: ["samreg decision add --body SVN --date 2024-10-18 --paragraph '§ 51' --case-number 'RÖ 2024-6246' --kind yttrande --title 'Yttrande över reviderat riksavtal'",
                   "samreg decision list --body SVN --year 2024 --format json"],
        search: (1, "t.title", "ifnull(t.text, '') || ' ' || ifnull(t.basis, '')",
                 "ifnull(t.case_number, '') || ' ' || ifnull(t.paragraph, '') || ' ' || ifnull((SELECT group_concat(r.written, ' ') FROM reference r WHERE r.family = 'decision' AND r.record_id = t.id), '')"),
        naturalKey: ["case_number"])

    public static let reference = Family(
        name: "reference", table: "reference", noun: "reference",
        abstract: "Further case numbers a record carries (one per organisation the matter passes).",
        fields: [
            id,
            Field("family", .vocabulary(["decision", "remiss", "permit", "workload"]), required: true, help: "Family of the record."),
            Field("record", column: "record_id", .integer(min: 1, max: Int.max), required: true, help: "Id of the record."),
            Field("written", .caseNumber(issuer: "issuer", year: "year", serial: "serial"), required: true,
                  help: "The case number as written."),
            note, source,
        ],
        filters: [
            Filter("family", .vocabulary(["decision", "remiss", "permit", "workload"]), sql: "t.family = ?", help: "Of this family."),
            Filter("record", .integer, sql: "t.record_id = ?", help: "Of this record."),
        ],
        tableFields: ["id", "family", "record", "written"],
        examples: ["samreg reference add --family remiss --record 1 --written 'RJL 2024/2313'"],
        naturalKey: ["family", "record", "written"])

    public static let remiss = Family(
        name: "remiss", table: "remiss", noun: "remiss",
        abstract: "Remisser: consultations sent to the region for comment (not patient referrals).",
        fields: [
            id,
            Field("title", .text, required: true, help: "Title of the remiss."),
            Field("sender", column: "sender_id", .organisation, required: true, help: "Who sent it (code or name: SKR, Socialstyrelsen, S …)."),
            Field("sender_ref", .text, help: "The sender's own reference, e.g. SKR2025/00294."),
            Field("category", .vocabulary(remissCategories), required: true,
                  help: "kunskapsstyrning, nhv, or myndighet (authorities and ministries)."),
            Field("received", column: "received_on", .date, required: true, help: "Day it arrived."),
            Field("deadline", column: "deadline_on", .date, required: true, help: "Answer deadline (svar senast)."),
            caseNumber(),
            Field("responsible", .text, help: "Responsible official (never shown in reports)."),
            Field("joint", .flag, help: "Answered jointly for Sydöstra sjukvårdsregionen (default ja)."),
            Field("preparing", .bodies(table: "remiss_assignment", owner: "remiss_id"),
                  help: "Bodies (RPO/RSG) that prepare the answer, separated by ';'."),
            confidential,
            Field("closed", column: "closed_on", .date, help: "Day it was closed without an answer (set by `end`)."),
            Field("status", .derived, select: remissStatusSQL,
                  help: "oppen, forsenad (past deadline), besvarad, avstar (decided not to answer) or stangd."),
            Field("answered", .derived,
                  select: remissAnsweredSQL(today: "samreg_today()"),
                  help: "Day the first answer counts as given: sent, or approved when no send date is recorded."),
            note, source,
        ],
        filters: [
            Filter("status", .vocabulary(remissStatuses), sql: "\(remissStatusSQL) = ?", help: "Only remisser in this status."),
            Filter("open", .switch, sql: remissOpenSQL, help: "Only unanswered ones."),
            Filter("category", .vocabulary(remissCategories), sql: "t.category = ?", help: "Only this category."),
            Filter("sender", .organisation, sql: "t.sender_id = ?", help: "Sent by."),
            Filter("year", .integer, sql: "t.received_on BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'", help: "Received this year."),
            Filter("due-before", .date, sql: "t.deadline_on <= ?", help: "Deadline on or before this day."),
            Filter("due-after", .date, sql: "t.deadline_on >= ?", help: "Deadline on or after this day."),
            Filter("due-within", .days, sql: "t.deadline_on <= date(samreg_today(), '+' || ? || ' days')",
                   help: "Deadline within this many days from today (or --as-of)."),
            Filter("body", .body, sql: "EXISTS (SELECT 1 FROM remiss_assignment a WHERE a.remiss_id = t.id AND a.body_id = ?)",
                   help: "Prepared by this body."),
        ],
        endField: "closed", dateOrder: [("received", "deadline"), ("received", "closed")],
        tableFields: ["id", "received", "deadline", "status", "category", "sender", "title"],
        order: "t.deadline_on, t.id",
        examples: ["samreg remiss add --title 'Vårdförlopp sepsis' --sender SKR --received 2025-05-02 --deadline 2025-06-13 --category kunskapsstyrning",
                   "samreg remiss list --open --due-within 14",
                   "samreg remiss respond 3 --scope sosr --approved-by SVN --approved 2024-10-18 --sent 2024-10-21"],
        search: (2, "t.title", "ifnull(t.note, '')",
                 "ifnull(t.case_number, '') || ' ' || ifnull(t.sender_ref, '') || ' ' || ifnull((SELECT group_concat(r.written, ' ') FROM reference r WHERE r.family = 'remiss' AND r.record_id = t.id), '')"),
        naturalKey: ["case_number"])

    public static let response = Family(
        name: "response", table: "remiss_response", noun: "remiss response",
        abstract: "Answers (yttranden) to remisser, jointly for SÖSR or per region, or a decision not to answer.",
        fields: [
            id,
            Field("remiss", column: "remiss_id", .record("remiss"), required: true, help: "The remiss answered."),
            Field("scope", .vocabulary(["sosr", "region"]), required: true, help: "sosr (joint answer) or region."),
            Field("region", column: "region_id", .organisation, help: "The region, when scope is region."),
            Field("kind", .vocabulary(["yttrande", "avstar"]), help: "yttrande (an answer, default) or avstar (decided not to answer)."),
            Field("approved_by", column: "approved_by_id", .body, help: "The body that approved it."),
            Field("decision", column: "decision_id", .record("decision"), help: "The decision that approved it."),
            Field("approved", column: "approved_on", .date, help: "Day it was approved."),
            Field("sent", column: "sent_on", .date, help: "Day it was sent."),
            caseNumber("The answer's case number as written, e.g. 'RÖ 2024-6246'.", unique: false),
            Field("position", .text, help: "Position taken: tillstyrker, avstyrker, inga synpunkter …"),
            confidential,
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day it was withdrawn (set by `end`)."),
            note, source,
        ],
        filters: [
            Filter("remiss", .integer, sql: "t.remiss_id = ?", help: "Answers to this remiss."),
            Filter("scope", .vocabulary(["sosr", "region"]), sql: "t.scope = ?", help: "Joint or regional answers."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Answers of this region."),
            Filter("year", .integer, sql: "t.sent_on BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'", help: "Sent this year."),
        ],
        endField: "withdrawn", dateOrder: [("approved", "sent")],
        tableFields: ["id", "remiss", "scope", "region", "kind", "approved", "sent", "case_number"],
        examples: ["samreg response add --remiss 1 --scope sosr --approved-by SVN --approved 2024-10-18 --sent 2024-10-21",
                   "samreg remiss respond 1 --scope region --region RJL --kind avstar"],
        naturalKey: ["remiss", "scope", "region"])

    public static let permit = Family(
        name: "permit", table: "permit", noun: "NHV permit",
        abstract: "Permits for nationell högspecialiserad vård (NHV) and applications for them.",
        fields: [
            id,
            Field("care_area", .text, required: true, help: "Vårdområde, e.g. 'Behandling av svåra brännskador'."),
            Field("holder", column: "holder_id", .organisation, required: true, help: "Holding region."),
            Field("unit", .text, help: "Unit through which the region holds it."),
            Field("status", .vocabulary(permitStatuses), required: true,
                  help: "forberedelse, ansokt, beviljat, avslaget, i_drift or avslutat."),
            Field("applied", column: "applied_on", .date, help: "Day of application."),
            Field("decided", column: "decided_on", .partialDate,
                  help: "Day of Socialstyrelsen's decision (the grant); a month or a year where the source gives no day."),
            Field("start", column: "start_on", .partialDate,
                  help: "Day care started under the permit; a month or a year where the source gives no day."),
            Field("end", column: "end_on", .date, help: "Last day of the permit (set by `end`)."),
            Field("scope", .text, help: "Limits of the permit, e.g. adult care only."),
            Field("parent", column: "parent_id", .record("permit"), help: "The permit this is a sub-permit of."),
            Field("consequence_analysis", .longText, help: "The region's consequence analysis."),
            Field("remiss", column: "remiss_id", .record("remiss"), help: "The NHV remiss it came from."),
            caseNumber(), confidential, note, source,
        ],
        filters: [
            Filter("status", .vocabulary(permitStatuses), sql: "t.status = ?", help: "Only this status."),
            Filter("holder", .organisation, sql: "t.holder_id = ?", help: "Held by this region."),
            Filter("year", .integer, sql: "t.start_on BETWEEN (?1 || '') AND ?1 || '-12-31'", help: "Care started this year (a month or year counts in its year)."),
        ],
        endField: "end", endSets: [("status", "avslutat")],
        dateOrder: [("applied", "decided"), ("decided", "start"), ("start", "end"), ("decided", "end")],
        tableFields: ["id", "care_area", "holder", "status", "decided", "start", "end"],
        order: "t.holder_id, t.care_area COLLATE swedish, t.id",
        examples: ["samreg permit add --care-area 'Svåra hudsymtom' --holder RÖ --unit 'Universitetssjukhuset i Linköping' --status i_drift --start 2024-07-01",
                   "samreg permit list --status i_drift --format json"],
        search: (3, "t.care_area", "ifnull(t.scope, '') || ' ' || ifnull(t.consequence_analysis, '') || ' ' || ifnull(t.unit, '')",
                 "ifnull(t.case_number, '')"),
        naturalKey: ["holder", "care_area"])

    public static let goal = Family(
        name: "goal", table: "goal", noun: "goal",
        abstract: "The region's stated goals, e.g. 10–12 NHV permits.",
        fields: [
            id,
            Field("subject", .vocabulary(["nhv_permits"]), required: true, help: "What is counted."),
            Field("holder", column: "holder_id", .organisation, help: "Whose goal."),
            Field("min", column: "min_count", .integer(min: 0, max: 10_000), required: true, help: "Lower end of the goal."),
            Field("max", column: "max_count", .integer(min: 0, max: 10_000), required: true, help: "Upper end of the goal."),
            validFrom(), validTo(), source,
        ],
        endField: "valid_to", dateOrder: [("valid_from", "valid_to")],
        tableFields: ["id", "subject", "holder", "min", "max", "valid_from", "valid_to"],
        examples: ["samreg goal add --subject nhv_permits --holder RÖ --min 10 --max 12"],
        naturalKey: ["subject", "holder", "valid_from"])

    public static let workload = Family(
        name: "workload", table: "workload", noun: "workload-division decision",
        abstract: "Arbetsfördelning: which region or unit performs which care for whom.",
        fields: [
            id,
            Field("specialty", .text, required: true, help: "Specialty, e.g. gynekologi, ögonsjukvård."),
            Field("patient_group", .text, help: "Patient group concerned."),
            Field("sending_region", column: "sending_region_id", .organisation, help: "Region whose patients are sent."),
            Field("sending_unit", .text, help: "Sending unit."),
            Field("performing_region", column: "performing_region_id", .organisation, help: "Region that performs the care."),
            Field("performing_unit", .text, help: "Performing unit."),
            Field("decided_by", column: "decided_by_id", .body, help: "Deciding body (RSL or SVN)."),
            Field("decision", column: "decision_id", .record("decision"), help: "The decision behind it."),
            Field("status", .vocabulary(workloadStatuses), required: true,
                  help: "utredning, beslutad, inford, uppfoljd or avslutad."),
            Field("decided", column: "decided_on", .date, help: "Day decided."),
            Field("effective", column: "effective_on", .date, help: "Day it takes effect."),
            Field("ended", column: "ended_on", .date, help: "Day it ended (set by `end`)."),
            Field("followup", .longText, help: "Follow-up notes and measures (volumes, waiting times)."),
            caseNumber(), confidential, note, source,
        ],
        filters: [
            Filter("specialty", .text, sql: "samreg_fold(t.specialty) = samreg_fold(?)", help: "Only this specialty."),
            Filter("status", .vocabulary(workloadStatuses), sql: "t.status = ?", help: "Only this status."),
            Filter("region", .organisation, sql: "(t.performing_region_id = ?1 OR t.sending_region_id = ?1)", help: "Sending or performing region."),
            Filter("year", .integer, sql: "t.decided_on BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'", help: "Decided this year."),
        ],
        endField: "ended", endSets: [("status", "avslutad")],
        dateOrder: [("decided", "effective"), ("decided", "ended")],
        tableFields: ["id", "specialty", "status", "performing_region", "performing_unit", "decided", "effective"],
        order: "t.specialty COLLATE swedish, t.id",
        examples: ["samreg workload add --specialty urologi --status beslutad --decided-by RSL --performing-region RÖ --decided 2024-03-15"],
        search: (4, "t.specialty || ' ' || ifnull(t.patient_group, '')",
                 "ifnull(t.followup, '') || ' ' || ifnull(t.performing_unit, '') || ' ' || ifnull(t.note, '')",
                 "ifnull(t.case_number, '')"),
        naturalKey: ["case_number"])

    public static let flow = Family(
        name: "flow", table: "flow", noun: "care flow",
        abstract: "Care produced under the regional agreement: performing region × home region × year, in DRG weight.",
        fields: [
            id,
            Field("year", .integer(min: 1990, max: 2100), required: true, help: "Year."),
            Field("performing", column: "performing_id", .organisation, required: true, help: "Region that gave the care."),
            Field("home", column: "home_id", .organisation, required: true, help: "The patients' home region."),
            Field("drg_sum", .real, required: true, help: "Summed DRG weight."),
            Field("cases", .integer(min: 0, max: 100_000_000), help: "Number of cases."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day the figure was withdrawn (set by `end`)."),
            note, source,
        ],
        filters: [
            Filter("year", .integer, sql: "t.year = ?", help: "Only this year."),
            Filter("performing", .organisation, sql: "t.performing_id = ?", help: "Given by this region."),
            Filter("home", .organisation, sql: "t.home_id = ?", help: "For patients of this region."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "year", "performing", "home", "drg_sum", "cases"],
        order: "t.year, t.performing_id, t.home_id",
        examples: ["samreg flow add --year 2024 --performing RÖ --home RJL --drg-sum 10432.5"],
        naturalKey: ["year", "performing", "home"])

    public static let contractParts: Vocabulary = ["vard": "Vård (fast del)", "samverkan": "Samverkan (fast del)"]
    public static let contractBases: Vocabulary = ["avtal", "utfall"]

    public static let contract = Family(
        name: "contract", table: "contract", noun: "contract figure",
        abstract: "The contract model's amounts per payer × receiver and year, in tkr: the agreement (avtal) and the outcome (utfall) side by side.",
        fields: [
            id,
            Field("year", .integer(min: 1990, max: 2100), required: true, help: "Year."),
            Field("payer", column: "payer_id", .organisation, required: true, help: "Paying region (the patients' home region)."),
            Field("receiver", column: "receiver_id", .organisation, required: true, help: "Receiving region (the performing region)."),
            Field("part", .vocabulary(contractParts), help: "vard (care under the regional agreement, default) or samverkan (fixed part for cooperation)."),
            Field("basis", .vocabulary(contractBases),
                  help: "avtal (what the agreement fixes, default) or utfall (the follow-up's outcome). Recording the outcome adds a figure of its own and never changes the agreement's; a figure's basis cannot be changed."),
            Field("fixed_tkr", .real, help: "Fixed part, tkr (the outcome's fixed part may be left out: it is the agreed one)."),
            Field("variable_tkr", .real, help: "Variable part, tkr: the budget on an agreement figure, the outcome on an outcome figure."),
            Field("volume_drg", .real, help: "Volume in summed DRG weight: budgeted on an agreement figure; on an outcome figure it overrides the care flows' figure."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day the figure was withdrawn (set by `end`)."),
            note, source,
        ],
        filters: [
            Filter("year", .integer, sql: "t.year = ?", help: "Only this year."),
            Filter("payer", .organisation, sql: "t.payer_id = ?", help: "Paid by this region."),
            Filter("receiver", .organisation, sql: "t.receiver_id = ?", help: "Received by this region."),
            Filter("basis", .vocabulary(contractBases), sql: "t.basis = ?", help: "Only the agreement (avtal) or only the outcome (utfall)."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "year", "payer", "receiver", "part", "basis", "fixed_tkr", "variable_tkr", "volume_drg"],
        order: "t.year, t.part, t.payer_id, t.receiver_id, t.basis",
        examples: ["samreg contract add --year 2024 --payer RJL --receiver RÖ --fixed-tkr 378026",
                   "samreg contract add --year 2024 --payer RJL --receiver RÖ --basis utfall --variable-tkr 212400"],
        naturalKey: ["year", "payer", "receiver", "part", "basis"], keyDefaults: ["part": "vard", "basis": "avtal"])

    public static let outsideCareKinds: Vocabulary = ["akut": "Akut", "planerad": "Planerad", "primarvard": "Primärvård"]

    public static let outsideCare = Family(
        name: "outside-care", table: "outside_care", noun: "outside-care cost",
        abstract: "Care bought outside the region (vård i annan region, utomlänsvård): each region's cost per year and kind, in tkr.",
        fields: [
            id,
            Field("year", .integer(min: 1990, max: 2100), required: true, help: "Year."),
            Field("region", column: "region_id", .organisation, required: true, help: "The paying region (RÖ, RJL, RKL)."),
            Field("kind", .vocabulary(outsideCareKinds), required: true, help: "akut, planerad or primarvard."),
            Field("cost_tkr", .real, required: true, help: "Cost, tkr."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day the figure was withdrawn (set by `end`)."),
            note, source,
        ],
        filters: [
            Filter("year", .integer, sql: "t.year = ?", help: "Only this year."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Only this region."),
            Filter("kind", .vocabulary(outsideCareKinds), sql: "t.kind = ?", help: "Only this kind of care."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "year", "region", "kind", "cost_tkr"],
        order: "t.year, t.region_id, t.kind",
        examples: ["samreg outside-care add --year 2024 --region RKL --kind planerad --cost-tkr 125000 --source 'Årsbokslut 2024, s. 12'"],
        naturalKey: ["year", "region", "kind"])

    public static let universityUnit = Family(
        name: "usv", table: "university_unit", noun: "university healthcare unit",
        abstract: "University healthcare units (universitetssjukvårdsenheter, USV): unit, region, area, designation and end.",
        fields: [
            id,
            Field("name", .text, required: true, help: "The unit's name."),
            Field("region", column: "region_id", .organisation, required: true, help: "The region the unit belongs to."),
            Field("area", .text, help: "Area (specialty or field)."),
            Field("body", column: "body_id", .body, help: "The program area (RPO) it belongs to, if any."),
            Field("designated", column: "designated_on", .date, help: "Day it was designated a university healthcare unit."),
            Field("valid_to", .date, help: "Last day as a university healthcare unit (set by `end`)."),
            note, source,
        ],
        filters: [
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Units of this region."),
            Filter("active", .switch,
                   sql: "(t.designated_on IS NULL OR t.designated_on <= samreg_today()) AND (t.valid_to IS NULL OR t.valid_to >= samreg_today())",
                   help: "Only units valid today (or on --as-of)."),
            Filter("year", .integer, sql: "t.designated_on BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'", help: "Designated this year."),
        ],
        endField: "valid_to", dateOrder: [("designated", "valid_to")],
        tableFields: ["id", "name", "region", "area", "designated", "valid_to"],
        order: "t.region_id, t.name COLLATE swedish, t.id",
        examples: ["samreg usv add --name 'Hjärtcentrum' --region RÖ --area Kardiologi --designated 2024-03-01"],
        naturalKey: ["region", "name"])

    public static let accessMeasures: Vocabulary = ["nybesok": "Första besök", "behandling": "Behandling"]

    public static let access = Family(
        name: "access", table: "us_access", noun: "access figure",
        abstract: "Access at the university hospital for patients from the other regions: first visits and treatments, how many within 90 days, per home region and year.",
        fields: [
            id,
            Field("year", .integer(min: 1990, max: 2100), required: true, help: "Year."),
            Field("home", column: "home_id", .organisation, required: true, help: "The patients' home region."),
            Field("measure", .vocabulary(accessMeasures), required: true, help: "nybesok (first visits) or behandling (treatments)."),
            Field("unit", .text, help: "Performing unit (default Universitetssjukhuset i Linköping)."),
            Field("count", column: "total_count", .integer(min: 0, max: Int.max), required: true, help: "How many."),
            Field("within_90", column: "within_90_count", .integer(min: 0, max: Int.max), required: true,
                  help: "How many within 90 days (the care guarantee)."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day the figure was withdrawn (set by `end`)."),
            note, source,
        ],
        filters: [
            Filter("year", .integer, sql: "t.year = ?", help: "Only this year."),
            Filter("home", .organisation, sql: "t.home_id = ?", help: "For patients of this region."),
            Filter("measure", .vocabulary(accessMeasures), sql: "t.measure = ?", help: "Only this measure."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "year", "home", "measure", "count", "within_90", "unit"],
        order: "t.year, t.home_id, t.measure, t.unit",
        examples: ["samreg access add --year 2024 --home RJL --measure nybesok --count 5210 --within-90 4120"],
        naturalKey: ["year", "home", "measure", "unit"], keyDefaults: ["unit": "Universitetssjukhuset i Linköping"])

    public static let price = Family(
        name: "price", table: "price", noun: "yearly price",
        abstract: "The contract model's yearly parameters: DRG 1.0 price, invoiced price, shares, index.",
        fields: [
            id,
            Field("year", .integer(min: 1990, max: 2100), required: true, unique: true, help: "Year."),
            Field("drg_price_kr", .real, required: true, help: "Price of DRG weight 1.0, kr."),
            Field("invoiced_kr", .real, help: "Price invoiced per DRG 1.0 (the variable share), kr."),
            Field("fixed_share_pct", .real, acceptsPercent: true, help: "Fixed part, per cent."),
            Field("variable_share_pct", .real, acceptsPercent: true, help: "Variable part, per cent."),
            Field("index_pct", .real, acceptsPercent: true, help: "Yearly index, per cent."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day withdrawn (set by `end`)."),
            note, source,
        ],
        endField: "withdrawn",
        tableFields: ["id", "year", "drg_price_kr", "invoiced_kr", "fixed_share_pct", "variable_share_pct", "index_pct"],
        order: "t.year",
        examples: ["samreg price add --year 2024 --drg-price-kr 86656 --invoiced-kr 30330"],
        naturalKey: ["year"])

    public static let indicator = Family(
        name: "indicator", table: "indicator", noun: "indicator",
        abstract: "Systemmått: region-wide indicators with patient promise, direction and target.",
        fields: [
            id,
            Field("code", .text, required: true, unique: true, help: "Short code."),
            Field("name", .text, required: true, help: "Name (mätetal)."),
            Field("promise", .vocabulary(promises), required: true, help: "The patient promise it measures."),
            Field("unit", .text, help: "Unit, e.g. %, dagar."),
            Field("value_kind", .vocabulary(valueKinds), help: "share (a share, in per cent), rate or count (a head count)."),
            Field("direction", .vocabulary(["hog", "lag"]),
                  help: "hog (high is better) or lag; leave out where better means nothing (a head count)."),
            Field("target", .real, acceptsPercent: true, help: "Target value (målvärde); a share as 90 or 90 %."),
            Field("target_text", .text, help: "Target as written when not a number."),
            Field("periodicity", .vocabulary(["manad", "tertial", "ar"]), help: "manad, tertial or ar (default)."),
            Field("ended", column: "ended_on", .date, help: "Day it stopped being measured (set by `end`)."),
            note, source,
        ],
        filters: [Filter("promise", .vocabulary(promises), sql: "t.promise = ?", help: "Only this patient promise.")],
        endField: "ended",
        tableFields: ["id", "code", "name", "promise", "value_kind", "direction", "target", "unit"],
        order: "t.promise, t.name COLLATE swedish",
        examples: ["samreg indicator add --code vantetid-besok --name 'Väntetid till första besök inom 90 dagar' --promise tillganglig --value-kind share --direction hog --unit % --target 80"],
        codeColumn: "code",
        naturalKey: ["code"])

    public static let indicatorValue = Family(
        name: "indicator-value", table: "indicator_value", noun: "indicator value",
        abstract: "Values of indicators per region (or riket, SE) and period.",
        fields: [
            id,
            Field("indicator", column: "indicator_id", .record("indicator"), required: true, help: "Indicator id or code."),
            Field("region", column: "region_id", .organisation, required: true, help: "Region, or SE for riket."),
            Field("period", .text, required: true, help: "2024, 2024-T1 (tertial) or 2024-05 (month)."),
            Field("value", .real, acceptsPercent: true, help: "The value: 74.6, 74,6, 1 018; a share also as 74,6 %."),
            Field("missing", .text, help: "Why there is no value: 'Resultat saknas', 'Ny mätmetod'."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day withdrawn (set by `end`)."),
            note, source,
        ],
        filters: [
            Filter("indicator", .integer, sql: "t.indicator_id = ?", help: "Values of this indicator."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Values for this region."),
            Filter("period", .text, sql: "t.period = ?", help: "Values for this period."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "indicator", "region", "period", "value", "missing"],
        order: "t.indicator_id, t.period, t.region_id",
        examples: ["samreg indicator-value add --indicator vantetid-besok --region RJL --period 2024 --value 74.6"],
        naturalKey: ["indicator", "region", "period"])

    public static let indicatorSet = Family(
        name: "indicator-set", table: "indicator_set", noun: "indicator set",
        abstract: "Named, dated sets of indicators, e.g. the agreement's Sjukvårdsregionala systemmått 2024.",
        fields: [
            id,
            Field("name", .text, required: true, unique: true, help: "Name, e.g. 'Sjukvårdsregionala systemmått 2024'."),
            validFrom("First day the set applies."), validTo("Last day the set applies (set by `end`)."),
            Field("members", .derived, select: "(SELECT count(*) FROM indicator_set_member m WHERE m.set_id = t.id AND m.withdrawn_on IS NULL)",
                  help: "Number of indicators in the set."),
            note, source,
        ],
        filters: [
            Filter("year", .integer, sql: "t.valid_from <= ?1 || '-12-31' AND (t.valid_to IS NULL OR t.valid_to >= ?1 || '-01-01')",
                   help: "Sets that apply to some day of this year."),
        ],
        endField: "valid_to", dateOrder: [("valid_from", "valid_to")],
        tableFields: ["id", "name", "valid_from", "valid_to", "members"],
        order: "t.valid_from, t.id",
        examples: ["samreg indicator-set add --name 'Sjukvårdsregionala systemmått 2024' --valid-from 2024-01-01 --valid-to 2024-12-31"],
        codeColumn: "name",
        naturalKey: ["name"])

    public static let indicatorSetMember = Family(
        name: "indicator-set-member", table: "indicator_set_member", noun: "indicator set member",
        abstract: "An indicator's place in a set: position, and the patient promise it is shown under.",
        fields: [
            id,
            Field("set", column: "set_id", .record("indicator-set"), required: true, help: "The set (id or name)."),
            Field("indicator", column: "indicator_id", .record("indicator"), required: true, help: "The indicator (id or code)."),
            Field("position", .integer(min: 1, max: 10_000), required: true, help: "Place in the set (1, 2, …)."),
            Field("promise", .vocabulary(promises), help: "The patient promise it is shown under in this set (else the indicator's own)."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day it left the set (set by `end`)."),
            Field("indicator_name", .derived, select: "(SELECT i.name FROM indicator i WHERE i.id = t.indicator_id)", help: "The indicator's name."),
            note, source,
        ],
        filters: [
            Filter("set", .text, sql: "t.set_id IN (SELECT s.id FROM indicator_set s WHERE s.id = ?1 OR s.name = ?1)",
                   help: "Members of this set (id or name)."),
            Filter("indicator", .text, sql: "t.indicator_id IN (SELECT i.id FROM indicator i WHERE i.id = ?1 OR i.code = ?1)",
                   help: "Sets this indicator (id or code) belongs to."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "set", "position", "promise", "indicator", "indicator_name"],
        order: "t.set_id, t.position",
        examples: ["samreg indicator-set-member add --set 'Sjukvårdsregionala systemmått 2024' --indicator vantetid-besok --position 1 --promise tillganglig"],
        naturalKey: ["set", "indicator"])

    public static let adoptionOutcomes: Vocabulary = ["antagen": "Antagen", "pagaende": "Pågående", "avslagen": "Avslagen"]

    public static let adoption = Family(
        name: "adoption", table: "adoption", noun: "adoption",
        abstract: "Each region's own decision on a recommendation from SVN or RSL.",
        fields: [
            id,
            Field("recommendation", column: "recommendation_id", .record("decision"), required: true,
                  help: "The recommendation (a decision of kind rekommendation)."),
            Field("region", column: "region_id", .organisation, required: true, help: "The region deciding."),
            Field("outcome", .vocabulary(adoptionOutcomes), required: true,
                  help: "antagen, pagaende or avslagen."),
            Field("decision", column: "decision_id", .record("decision"), help: "The region's decision, if recorded."),
            Field("reference", .text, help: "The region's decision reference as written, e.g. '§ 83, RJL 2024/2313'."),
            Field("decided", column: "decided_on", .date, help: "Day the region decided."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day withdrawn (set by `end`)."),
            note, source,
        ],
        filters: [
            Filter("recommendation", .integer, sql: "t.recommendation_id = ?", help: "Decisions on this recommendation."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Decisions of this region."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "recommendation", "region", "outcome", "reference", "decided"],
        examples: ["samreg adoption add --recommendation 12 --region RJL --outcome antagen --reference '§ 83, RJL 2024/2313' --decided 2024-11-26"],
        naturalKey: ["recommendation", "region"])

    public static let narrative = Family(
        name: "narrative", table: "narrative", noun: "narrative",
        abstract: "The annual summary's text per year and section (Markdown), placed under the section's figures.",
        fields: [
            id,
            Field("year", .integer(min: 1990, max: 2100), required: true, help: "Year of the annual summary."),
            Field("section", .vocabulary(narrativeSections), required: true, help: "Section of the annual summary."),
            Field("text", .longText, required: true, help: "The text, Markdown (--text-file PATH, or - for stdin)."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day withdrawn (set by `end`)."),
            source,
        ],
        filters: [
            Filter("year", .integer, sql: "t.year = ?", help: "For this year."),
            Filter("section", .vocabulary(narrativeSections), sql: "t.section = ?", help: "For this section."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "year", "section", "withdrawn"],
        order: "t.year, t.section",
        examples: ["samreg narrative add --year 2024 --section kunskapsstyrning --text-file kunskapsstyrning.md"],
        naturalKey: ["year", "section"])
}
