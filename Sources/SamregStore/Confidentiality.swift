import Foundation
import GRDB

/// Sekretess: the one rule for what of a confidential record any output may show.
///
/// Swedish practice (offentlighets- och sekretesslagen 2009:400, 5 kap. 1–2 §§): even when a
/// document is secret, its registration in the diarium is public (the date, the case number,
/// the sender, and the kind of document), while what it says, and a note of what it concerns
/// when that would reveal the secret, is masked (5 kap. 1 § tredje stycket). samreg follows it:
///
/// - A record is **sealed** when it is marked confidential itself, or when it is part of or
///   about a sealed record: an answer to a sealed remiss or approved by a sealed decision, a
///   decision about a sealed remiss, permit or workload decision, a permit from a sealed
///   remiss or under a sealed permit, a workload decision resting on a sealed decision, a
///   reference (further case number) of a sealed record, a region's adoption of a sealed
///   recommendation or through a sealed decision: every link to a record of a family that
///   can be sealed (`links(of:)`), followed up to `maxLinks` links.
/// - Of a sealed record only its **registration** (`registration`) is shown: its id, dates,
///   own case number, the sender or deciding body, the kind of document and its procedural
///   status. Every other field (title, texts, notes, sources, positions, further references,
///   preparing bodies, person names, links to other records) reads "Sekretessmarkerad
///   uppgift", or nothing where the field is not text.
/// - `list` and `show` show sealed records masked; a filter on anything but the registration
///   does not find them (else the filter would tell what the mask hides), and they sort by
///   the masked values. `export`, reports and `search` leave sealed records out altogether
///   (a masked search hit would still say that the secret text contains the words). `audit
///   log` masks the command of every change to a sealed record, its before/after values as
///   `list` masks them, and its hash. `show` does not find a sealed record by a masked case
///   number.
/// - `--include-confidential` shows everything, for those entitled to the secret content.
///   `samreg sql` reads the raw tables (as opening the file with sqlite3 would) and is not
///   masked: it is the analyst's direct access to the file, not an output for publication.
///
/// Whether a record is sealed is judged on what is recorded now, when the output is made
/// (as a request for a public document is judged when it is made).
public enum Confidentiality {
    /// What a masked field reads.
    public static let mask = "Sekretessmarkerad uppgift"

    /// How an output treats sealed records.
    public enum Mode: Sendable, Equatable {
        /// Sealed records shown with their registration only (list, show).
        case mask
        /// Sealed records left out (export, reports, search).
        case exclude
        /// Everything shown (`--include-confidential`).
        case include
    }

    /// The registration of a family that can be sealed (`Family.Traits.registration`, in the
    /// family's file): the fields shown of a sealed record, and the list filters that read
    /// the registration only, the only ones that find sealed records when they are masked.
    public static func registration(_ family: Family) -> Family.Registration? { family.traits.registration }

    /// Whether records of `family` can be sealed.
    public static func canSeal(_ family: Family) -> Bool { family.traits.registration != nil }

    /// Whether `field` of `family` is shown of a sealed record.
    public static func isRegistration(_ field: Field, of family: Family) -> Bool {
        family.traits.registration?.fields.contains(field.name) ?? true
    }

    /// SQL that is true when the row `alias` of `table` is sealed (nil for a table whose
    /// records are never sealed).
    public static func sealed(table: String, alias: String) -> String? {
        sealed(table: table, alias: alias, depth: 0)
    }

    /// SQL that is true when the record of `table` whose id is the SQL expression `id` is
    /// sealed (nil for a table whose records are never sealed).
    public static func sealed(table: String, id: String) -> String? {
        sealedId(table, id, depth: 0)
    }

    /// SQL that is true when the row `alias` of `family`'s table is sealed.
    public static func sealed(_ family: Family, alias: String = "t") -> String? {
        canSeal(family) ? sealed(table: family.table, alias: alias) : nil
    }

    /// How many links the rule follows from a record to the record marked confidential
    /// (a workload decision's adoption → the workload decision → the decision it rests on →
    /// the remiss that decision is about is four).
    public static let maxLinks = 4

    /// The `.record` fields of `table`'s family that point to a family that can be sealed:
    /// (column, target table). Read from the families, so that a new link is covered.
    static func links(of table: String) -> [(column: String, target: String)] {
        guard let family = Families.all.first(where: { $0.table == table }) else { return [] }
        return family.fields.compactMap { field in
            guard case .record(let name) = field.kind, let column = field.column,
                  let target = Families.named(name), canSeal(target) else { return nil }
            return (column, target.table)
        }
    }

    private static func sealedId(_ table: String, _ id: String, depth: Int) -> String? {
        let c = "samreg_s\(depth)"
        guard let rule = sealed(table: table, alias: c, depth: depth + 1) else { return nil }
        return "(\(id) IS NOT NULL AND EXISTS (SELECT 1 FROM \(table) \(c) WHERE \(c).id = \(id) AND \(rule)))"
    }

    /// The rules made so far: a rule depends on the families only, and the web builds the same
    /// ones for every page.
    private static let rules = RuleCache()

    private final class RuleCache: @unchecked Sendable {
        private let lock = NSLock()
        private var rules: [String: String?] = [:]

        func rule(_ key: String, _ make: () -> String?) -> String? {
            lock.lock()
            if let known = rules[key] { lock.unlock(); return known }
            lock.unlock()
            let made = make()
            lock.lock()
            rules[key] = .some(made)
            lock.unlock()
            return made
        }
    }

    /// Sealed: marked confidential, or (within `maxLinks` links) pointing to a sealed record.
    private static func sealed(table: String, alias a: String, depth: Int) -> String? {
        rules.rule("\(table)\u{0}\(a)\u{0}\(depth)") { makeSealed(table: table, alias: a, depth: depth) }
    }

    private static func makeSealed(table: String, alias a: String, depth: Int) -> String? {
        if table == "remiss_assignment" { return sealedId("remiss", "\(a).remiss_id", depth: depth) }
        guard let family = Families.all.first(where: { $0.table == table }), canSeal(family) else { return nil }
        var terms: [String] = []
        if family.field(named: "confidential") != nil { terms.append("\(a).confidential = 1") }
        if depth < maxLinks {
            for link in links(of: table) {
                if let term = sealedId(link.target, "\(a).\(link.column)", depth: depth) { terms.append(term) }
            }
            if let pointer = family.traits.pointer {
                // A further case number is part of the record it belongs to.
                let cases = Families.carryingReferences.compactMap { target in
                    sealedId(target.name, "\(a).\(pointer.idColumn)", depth: depth).map { "WHEN '\(target.name)' THEN \($0)" }
                }
                terms.append("(CASE \(a).\(pointer.familyColumn) \(cases.joined(separator: " ")) ELSE 0 END)")
            }
        }
        return terms.isEmpty ? "0" : "(" + terms.joined(separator: " OR ") + ")"
    }

    /// SQL over the audit row `alias` that is true when it is about a sealed record (a body
    /// taken off a remiss names its remiss in the row's JSON only). The alias is needed: a
    /// bare `record_id` inside the rule's subqueries would mean the reference table's column.
    public static func sealedAuditRow(alias a: String) -> String {
        let tables = Families.all.map(\.table).filter { sealed(table: $0, alias: "x") != nil }
        let cases = tables.map { "WHEN '\($0)' THEN \(sealed(table: $0, id: "\(a).record_id")!)" }
            + ["WHEN 'remiss_assignment' THEN \(sealed(table: "remiss", id: "json_extract(coalesce(\(a).after, \(a).before), '$.remiss_id')")!)"]
        return "(CASE \(a).tbl \(cases.joined(separator: " ")) ELSE 0 END)"
    }

    /// The value a masked field reads: the mask for text, NULL for numbers, flags and links.
    public static func maskedValue(_ field: Field) -> String {
        switch field.kind {
        case .text, .longText, .vocabulary, .caseNumber, .paragraph, .derived: return "'\(mask)'"
        default: return "NULL"
        }
    }

    /// The family's table as a subquery aliased as the table is (`t`) in which every column
    /// outside the registration of a sealed row is masked, plus `samreg_sealed` (1 for a
    /// sealed row): filters and the family's order read the masked values through it.
    public static func maskedSource(_ family: Family, _ db: Database) throws -> String {
        guard let rule = sealed(family, alias: "samreg_t0") else { return family.table }
        let columns = try maskedColumns(family.table, db)
        let list = try db.columns(in: family.table).map { column -> String in
            let name = "samreg_t1.\"\(column.name)\""
            guard let masked = columns[column.name] else { return name }
            return "CASE WHEN samreg_t1.samreg_sealed THEN \(masked) ELSE \(name) END AS \"\(column.name)\""
        }
        return """
            (SELECT \(list.joined(separator: ", ")), samreg_t1.samreg_sealed FROM \
            (SELECT samreg_t0.*, \(rule) AS samreg_sealed FROM \(family.table) samreg_t0) samreg_t1)
            """
    }

    /// The columns of `table` outside the registration, each with the SQL value it reads
    /// when masked (the mask for text, NULL for the rest). A body on a remiss
    /// (`remiss_assignment`) is masked but for the ids.
    public static func maskedColumns(_ table: String, _ db: Database) throws -> [String: String] {
        var open: Set<String> = ["id"]
        if table == "remiss_assignment" {
            open.insert("remiss_id")
        } else if let family = Families.all.first(where: { $0.table == table }) {
            for field in family.fields where isRegistration(field, of: family) {
                if let column = field.column { open.insert(column) }
                switch field.kind {
                case .caseNumber(let issuer, let year, let serial): open.formUnion([issuer, year, serial])
                case .paragraph(let number): open.insert(number)
                default: break
                }
            }
        }
        var masked: [String: String] = [:]
        for column in try db.columns(in: table) where !open.contains(column.name) {
            masked[column.name] = column.type.uppercased() == "TEXT" ? "'\(mask)'" : "NULL"
        }
        return masked
    }

    /// SQL over an audit row that reads its JSON column `column` (`before` or `after`) with
    /// the values outside the registration masked: the same fields as `list` masks.
    public static func maskedAuditJSON(_ column: String, _ db: Database) throws -> String {
        let tables = Families.all.map(\.table).filter { sealed(table: $0, alias: "x") != nil } + ["remiss_assignment"]
        let cases = try tables.compactMap { table -> String? in
            let masked = try maskedColumns(table, db).sorted { $0.key < $1.key }
            guard !masked.isEmpty else { return nil }
            let paths = masked.map { "'$.\($0.key)', \($0.value)" }.joined(separator: ", ")
            return "WHEN '\(table)' THEN json_replace(\(column), \(paths))"
        }
        return "(CASE tbl \(cases.joined(separator: " ")) ELSE \(column) END)"
    }
}
