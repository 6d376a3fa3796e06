import GRDB
import SamregCore
import SamregStore

/// Records that point to one record, listed under it by `show` and the web registry's record
/// page: a remiss's answers and decisions, a body's members and other names, a
/// recommendation's adoptions (`Family.Traits.related`, in each family's file).
public enum RelatedRecords {
    public struct Group {
        public let family: Family
        /// The child's list columns without its id and its link back to the record.
        public let columns: [String]
        /// The rows, with the records they link to named (`RecordLabels`).
        public let rows: [[String]]
    }

    /// The records of each related family pointing at record `id` of `family`.
    public static func fetch(_ db: Database, family: Family, id: String,
                             confidentiality: Confidentiality.Mode) throws -> [Group] {
        try family.traits.related.compactMap { childName, filterName in
            guard let child = Families.named(childName),
                  let filter = child.filters.first(where: { $0.name == filterName }) else { return nil }
            var query = RecordQuery(family: child)
            query.confidentiality = confidentiality
            query.filters = [(filter, id)]
            var hidden: Set<String> = ["id", filterName]
            if let pointer = child.traits.pointer {
                // A child pointing at records of any family: only those of this family.
                guard let byFamily = child.filters.first(where: { $0.name == pointer.familyField }) else { return nil }
                query.filters.append((byFamily, family.name))
                hidden = ["id", pointer.familyField, pointer.idField]
            }
            let result = try query.fetch(db)
            let columns = child.tableFields.filter { !hidden.contains($0) }
            let rows = try result.rows.map { row -> [String] in
                let byName = Dictionary(zip(result.columns, row), uniquingKeysWith: { a, _ in a })
                return try columns.map { name in
                    guard let cell = byName[name] else { return "" }
                    guard let field = child.field(named: name) else { return cell.plain }
                    return try RecordLabels.display(db, family: child, field: field, cell: cell, row: byName,
                                                    confidentiality: confidentiality).plain
                }
            }
            return Group(family: child, columns: columns, rows: rows)
        }
    }
}
