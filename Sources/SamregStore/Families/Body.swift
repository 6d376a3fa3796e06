import GRDB
import SamregCore

extension Families {
    /// The name of body `id` as of `samreg_today()` (today or --as-of): an earlier name from
    /// body_name_history when the day falls in its period, else the current name.
    public static func bodyNameAsOfSQL(_ id: String, current: String, day: String = "samreg_today()") -> String {
        "coalesce((SELECT h.name FROM body_name_history h WHERE h.body_id = \(id) AND h.valid_to >= \(day) AND (h.valid_from IS NULL OR h.valid_from <= \(day)) ORDER BY h.valid_to LIMIT 1), \(current))"
    }

    public static let bodyKinds: Vocabulary = ["samverkansnamnd", "rsl", "rsl_au", "rsl_stab", "presidium", "kunskapsrad",
        "rpo", "npo", "rsg", "lpo", "arbetsgrupp", "styrgrupp", "kunskapscentrum", "rad", "namnd", "annan"]

    public static let body = Family(
        name: "body", table: "body", noun: "body",
        abstract: "Committees, program areas, cooperation groups and other bodies.",
        fields: [
            id,
            Field("kind", .vocabulary(bodyKinds), required: true, help: "What kind of body.",
                  swedish: "Vilket slag av organ, t.ex. rpo (regionalt programområde), rsg (regional samverkansgrupp), kunskapsrad."),
            Field("name", .text, required: true, select: bodyNameAsOfSQL("t.id", current: "t.name"),
                  help: "Name (as of today or --as-of: a renamed body keeps its earlier names with their periods).",
                  swedish: "Organets namn. Ett organ som byter namn behåller sina tidigare namn med de perioder de gällde."),
            Field("short_name", .text, help: "Short name used in lists, e.g. SVN, RPO Ögonsjukdomar.",
                  swedish: "Kortnamn i listor, t.ex. SVN, RPO Ögonsjukdomar."),
            Field("parent", column: "parent_id", .body, help: "The body it belongs to (RPO → kunskapsråd).",
                  swedish: "Organet det hör till (RPO → kunskapsråd)."),
            Field("host_region", column: "host_region_id", .organisation, help: "Hosting region.",
                  swedish: "Regionen som är värd."),
            Field("counterpart", column: "counterpart_id", .body, help: "National counterpart (RPO → NPO).",
                  swedish: "Nationell motsvarighet (RPO → NPO)."),
            Field("hosted_by_sosr", .flag, help: "A national body that Sydöstra sjukvårdsregionen hosts.",
                  swedish: "Ett nationellt organ som Sydöstra sjukvårdsregionen är värd för."),
            validFrom(), validTo(),
            Field("aliases", .derived,
                  select: "(SELECT group_concat(alias, '; ') FROM (SELECT alias FROM body_alias WHERE body_id = t.id ORDER BY alias))",
                  help: "Other names (see `samreg alias`).",
                  swedish: "Andra namn som organet har eller har haft."),
            note, source,
        ],
        filters: [
            Filter("kind", .vocabulary(bodyKinds), sql: "t.kind = ?", help: "Only this kind.",
                  swedish: "Bara detta slag."),
            Filter("region", .organisation, sql: "t.host_region_id = ?", help: "Hosted by this region.",
                  swedish: "Med denna region som värd."),
            Filter("parent", .body, sql: "t.parent_id = ?", help: "Belonging to this body.",
                  swedish: "Som hör till detta organ."),
            Filter("name", .text,
                   sql: "(samreg_fold(t.name) LIKE '%' || samreg_fold(?1) || '%' OR samreg_fold(t.short_name) LIKE '%' || samreg_fold(?1) || '%' OR EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = t.id AND samreg_fold(a.alias) LIKE '%' || samreg_fold(?1) || '%'))",
                   help: "Name, short name or any alias contains this text.",
                   swedish: "Namn, kortnamn eller annat namn innehåller denna text."),
            Filter("active", .switch,
                   sql: "(t.valid_from IS NULL OR t.valid_from <= samreg_today()) AND (t.valid_to IS NULL OR t.valid_to >= samreg_today())",
                   help: "Only bodies valid today (or on --as-of).",
                   swedish: "Bara organ som finns i dag."),
        ],
        endField: "valid_to", dateOrder: [("valid_from", "valid_to")],
        tableFields: ["id", "kind", "short_name", "name", "host_region", "valid_to"],
        order: "t.kind, t.name COLLATE swedish, t.id",
        naturalKey: ["kind", "name"],
        traits: bodyTraits)

    /// A body's earlier names are kept (body_name_history) and stay findable as former names
    /// (tidigare_namn aliases); it is named by its short name; its aliases and members are
    /// shown under it.
    static let bodyTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "organ", plural: "Organ", path: "organ",
                                   about: "Nämnder, programområden, samverkansgrupper och andra organ.")
        t.history = Family.ValueHistory(field: "name", table: "body_name_history", owner: "body_id")
        t.onUpdate = { db, id, before, after, changedOn in
            // A renamed body keeps its old name as a former name (tidigare_namn) valid up to
            // the day before the change, so that search still finds it by that name.
            guard let newName = after["name"].flatMap(String.fromDatabaseValue),
                  let oldName = before["name"].flatMap(String.fromDatabaseValue), oldName != newName else { return }
            let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM body_alias WHERE body_id = ? AND alias = ?)",
                                           arguments: [id, oldName]) ?? false
            guard !exists else { return }
            try db.execute(sql: """
                INSERT INTO body_alias (body_id, alias, kind, valid_to)
                VALUES (?, ?, 'tidigare_namn', date(coalesce(?, samreg_today()), '-1 day'))
                """, arguments: [id, oldName, changedOn])
        }
        t.naming = Family.Naming(column: "name", label: "coalesce(t.short_name, t.name)",
                                 alsoMatches: "samreg_fold(t.short_name) = ?1 OR EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = t.id AND samreg_fold(a.alias) = ?1)")
        t.related = [("alias", "body"), ("membership", "body")]
        return t
    }()
}
