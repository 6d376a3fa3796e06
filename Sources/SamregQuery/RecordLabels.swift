import GRDB
import SamregCore
import SamregStore

/// How a record is named where another record shows it: by title, name or case number, never
/// by a bare id (`show`'s table). Sealed records are named by their registration only
/// (`Sekretessmarkerad uppgift (RÖ 2025-7777)`), as `Confidentiality` has it.
public enum RecordLabels {
    /// The label of the record of `family` with id `id`; nil when there is none. A record
    /// of a traced family is named as its case's chain shows it; others by their family's
    /// `Family.Traits.naming`.
    public static func label(_ db: Database, family name: String, id: Int64,
                             confidentiality: Confidentiality.Mode = .mask) throws -> String? {
        guard let family = Families.named(name) else { return nil }
        if family.traits.trace != nil {
            guard let record = try TraceQueries.record(db, family: name, id: id, confidentiality: confidentiality) else { return nil }
            return record.label
        }
        guard let naming = family.traits.naming else { return nil }
        return try String.fetchOne(db, SQLRequest<Row>(sql: "SELECT \(naming.label) FROM \(family.table) t WHERE t.id = ?", arguments: [id], cached: true))
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
            // A record pointed at through a family column (a reference's record): named through its family.
            if let pointer = family.traits.pointer, field.name == pointer.idField,
               let target = row[pointer.familyField]?.plain, let id = Int64(cell.plain) {
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
        if let number = CaseNumber(trimmed), family.traits.carriesReferences {
            add(try Int64.fetchAll(db, sql: "SELECT record_id FROM reference WHERE family = ? AND issuer = ? AND year = ? AND serial = ? ORDER BY record_id",
                                   arguments: [family.name, number.issuer, number.year, number.serial]))
            if let column = family.traits.otherNumberColumn {
                for row in try Row.fetchAll(db, sql: "SELECT id, \(column) AS other FROM \(family.table) WHERE \(column) IS NOT NULL ORDER BY id") {
                    if TraceQueries.caseNumbers(in: row["other"]).contains(where: { $0.isSameCase(as: number) }) { add([row["id"]]) }
                }
            }
        }
        if ids.isEmpty, family.traits.citedByParagraph, ParagraphCitation(trimmed) != nil {
            // The paragraph is the record's registration: found even when sealed (masked).
            let found = try TraceQueries.Context(db, confidentiality: .include).resolve(trimmed)
            return found.filter { $0.family == family.name }.map(\.id)
        }
        if ids.isEmpty, let naming = family.traits.naming, let column = naming.column {
            var sql = "SELECT t.id FROM \(family.table) t WHERE samreg_fold(t.\(column)) = ?1"
            if let also = naming.alsoMatches { sql += " OR " + also }
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
