import GRDB
import SamregCore
import SamregStore

/// How a record is named where another record shows it: by title, name or case number, never
/// by a bare id (`show`'s table). Sealed records are named by their registration only
/// (`Sekretessmarkerad uppgift (RÖ 2025-7777)`), as `Confidentiality` has it.
public enum RecordLabels {
    /// The column a record of each family is named by, for `show NAME` and labels.
    public static let nameColumns: [String: String] = [
        "org": "name", "body": "name", "area": "name", "person": "name", "remiss": "title", "decision": "title",
        "permit": "care_area", "workload": "specialty", "indicator": "name", "indicator-set": "name", "usv": "name",
    ]

    /// The label of the record of `family` with id `id`; nil when there is none.
    public static func label(_ db: Database, family name: String, id: Int64,
                             confidentiality: Confidentiality.Mode = .mask) throws -> String? {
        if TraceQueries.tables[name] != nil {
            guard let record = try TraceQueries.record(db, family: name, id: id, confidentiality: confidentiality) else { return nil }
            return record.label
        }
        switch name {
        case "body":
            return try String.fetchOne(db, sql: "SELECT coalesce(short_name, name) FROM body WHERE id = ?", arguments: [id])
        case "org":
            return try String.fetchOne(db, sql: "SELECT code FROM organisation WHERE id = ?", arguments: [id])
        case "meeting":
            return try String.fetchOne(db, sql: """
                SELECT coalesce(b.short_name, b.name) || ' ' || m.held_on FROM meeting m JOIN body b ON b.id = m.body_id WHERE m.id = ?
                """, arguments: [id])
        case "indicator":
            return try String.fetchOne(db, sql: "SELECT name || ' (' || code || ')' FROM indicator WHERE id = ?", arguments: [id])
        default:
            guard let family = Families.named(name), let column = nameColumns[name] else { return nil }
            return try String.fetchOne(db, sql: "SELECT \(column) FROM \(family.table) WHERE id = ?", arguments: [id])
        }
    }

    /// The value `cell` of `field` (of a record of `family`) with every record it links to
    /// named instead of numbered: a remiss by its title and case number, a body by its short
    /// name, several bodies each by theirs. Other fields are returned as they are.
    public static func display(_ db: Database, family: Family, field: Field, cell: Cell, row: [String: Cell],
                               confidentiality: Confidentiality.Mode = .mask) throws -> Cell {
        guard !cell.isNull else { return cell }
        func ids(_ text: String) -> [Int64] { text.split(separator: ";").compactMap { Int64($0.trimmingWhitespace()) } }
        switch field.kind {
        case .record(let target):
            guard let id = Int64(cell.plain) else { return cell }
            return try label(db, family: target, id: id, confidentiality: confidentiality).map(Cell.text) ?? cell
        case .body:
            guard let id = Int64(cell.plain) else { return cell }
            return try label(db, family: "body", id: id).map(Cell.text) ?? cell
        case .bodies:
            let names = try ids(cell.plain).map { try label(db, family: "body", id: $0) ?? String($0) }
            return .text(names.joined(separator: "; "))
        default:
            // A reference's record: named through its family.
            if family.name == "reference", field.name == "record", let target = row["family"]?.plain, let id = Int64(cell.plain) {
                return try label(db, family: target, id: id, confidentiality: confidentiality).map(Cell.text) ?? cell
            }
            return cell
        }
    }

    /// The ids of the records of `family` named by `text`: one of its further case numbers
    /// (a reference, a remiss's sender reference), a decision's paragraph citation
    /// (`SVN § 51-2024`), or its name or title (exact, without regard to case). Sealed records
    /// are found this way only with `.include`: none of these is their registration.
    public static func find(_ db: Database, family: Family, text: String,
                            confidentiality: Confidentiality.Mode = .mask) throws -> [Int64] {
        let trimmed = text.trimmingWhitespace()
        var ids: [Int64] = []
        func add(_ found: [Int64]) { for id in found where !ids.contains(id) { ids.append(id) } }
        if let number = CaseNumber(trimmed), ["decision", "remiss", "permit", "workload"].contains(family.name) {
            add(try Int64.fetchAll(db, sql: "SELECT record_id FROM reference WHERE family = ? AND issuer = ? AND year = ? AND serial = ? ORDER BY record_id",
                                   arguments: [family.name, number.issuer, number.year, number.serial]))
            if family.name == "remiss" {
                for row in try Row.fetchAll(db, sql: "SELECT id, sender_ref FROM remiss WHERE sender_ref IS NOT NULL ORDER BY id") {
                    if TraceQueries.caseNumbers(in: row["sender_ref"]).contains(where: { $0.isSameCase(as: number) }) { add([row["id"]]) }
                }
            }
        }
        if ids.isEmpty, family.name == "decision", ParagraphCitation(trimmed) != nil {
            // The paragraph is the decision's registration: found even when sealed (masked).
            let found = try TraceQueries.Context(db, confidentiality: .include).resolve(trimmed)
            return found.filter { $0.family == "decision" }.map(\.id)
        }
        if ids.isEmpty, let column = nameColumns[family.name] {
            var sql = "SELECT t.id FROM \(family.table) t WHERE samreg_fold(t.\(column)) = ?1"
            if family.name == "body" {
                sql += " OR samreg_fold(t.short_name) = ?1 OR EXISTS (SELECT 1 FROM body_alias a WHERE a.body_id = t.id AND samreg_fold(a.alias) = ?1)"
            }
            add(try Int64.fetchAll(db, sql: sql + " ORDER BY t.id", arguments: [Registry.fold(trimmed)]))
        }
        if confidentiality != .include, let sealed = Confidentiality.sealed(family) {
            ids = try ids.filter { id in
                try Bool.fetchOne(db, sql: "SELECT NOT \(sealed) FROM \(family.table) t WHERE t.id = ?", arguments: [id]) ?? false
            }
        }
        return ids
    }
}
