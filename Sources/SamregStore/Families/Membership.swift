import GRDB
import SamregCore

extension Families {
    public static let membershipRoles: Vocabulary = ["ordforande", "vice_ordforande", "ledamot", "ersattare", "processledare",
                                         "sekreterare", "adjungerad"]

    /// A membership's role as of `samreg_today()`, from membership_role_history.
    public static let roleAsOfSQL = roleAsOfSQL(membership: "t.id", current: "t.role")

    public static func roleAsOfSQL(membership id: String, current: String, day: String = "samreg_today()") -> String {
        "coalesce((SELECT h.role FROM membership_role_history h WHERE h.membership_id = \(id) AND h.valid_to >= \(day) AND (h.valid_from IS NULL OR h.valid_from <= \(day)) ORDER BY h.valid_to LIMIT 1), \(current))"
    }

    public static let membership = Family(
        name: "membership", table: "membership", noun: "membership",
        abstract: "Who sits in which body, in what role, for which region and when.",
        fields: [
            id,
            Field("person", column: "person_id", .record("person"),
                  help: "The person; leave out for a role held by a region (the SVN chair rotates between the regions).",
                  swedish: "Personen; lämna tomt för ett uppdrag som en region har (ordförandeskapet i SVN roterar mellan regionerna)."),
            Field("body", column: "body_id", .body, required: true, help: "The body.",
                  swedish: "Organet där uppdraget finns."),
            Field("role", .vocabulary(membershipRoles), required: true, select: roleAsOfSQL,
                  help: "Role in the body (as of today or --as-of: a changed role keeps its earlier value with its period).",
                  swedish: "Rollen i organet. En ändrad roll behåller den tidigare med den period den gällde."),
            Field("region", column: "region_id", .organisation, help: "The region the member represents, or that holds the role; give a person, a region or both.",
                  swedish: "Regionen som ledamoten företräder, eller som har uppdraget; ange person, region eller båda."),
            validFrom(), validTo(),
            Field("person_name", .derived, select: "(SELECT p.name FROM person p WHERE p.id = t.person_id)", help: "The person's name.",
                  swedish: "Personens namn."),
            bodyName("body"), note, source,
        ],
        filters: [
            Filter("body", .body, sql: "t.body_id = ?", help: "Members of this body.",
                  swedish: "Ledamöter i detta organ."),
            Filter("person", .integer, sql: "t.person_id = ?", help: "Memberships of this person.",
                  swedish: "Uppdrag som denna person har (personens nummer)."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Representing this region.",
                  swedish: "Som företräder denna region."),
            Filter("active", .switch,
                   sql: "(t.valid_from IS NULL OR t.valid_from <= samreg_today()) AND (t.valid_to IS NULL OR t.valid_to >= samreg_today())",
                   help: "Only memberships valid today (or on --as-of).",
                   swedish: "Bara uppdrag som gäller i dag."),
        ],
        endField: "valid_to", dateOrder: [("valid_from", "valid_to")],
        tableFields: ["id", "person_name", "body_name", "role", "region", "valid_from", "valid_to"],
        naturalKey: ["body", "person", "region", "valid_from"],
        traits: membershipTraits)

    /// A role is held by a person, by a region (a seat the region fills), or both; earlier
    /// roles are kept (membership_role_history).
    static let membershipTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "uppdrag", plural: "Uppdrag i organ", path: "uppdrag",
                                   about: "Vem som sitter i vilket organ, i vilken roll, för vilken region och när.")
        t.rules = [{ r in
            if r.text("person") == nil && r.text("region") == nil {
                throw FieldError(field: "person", message: "membership: give the person, the region holding the role (--region), or both",
                                 swedish: "Ange personen, regionen som har uppdraget, eller båda.")
            }
        }]
        t.history = Family.ValueHistory(field: "role", table: "membership_role_history", owner: "membership_id")
        return t
    }()
}
