import CSV
import Foundation
import GRDB
import SamregCore

/// Imports a CSV or JSON file into one record family, all or nothing.
///
/// A row whose id is already in the registry with the same values is left as it is (so an
/// export imports into a database that already has some of its records, and importing a file
/// twice changes nothing); with different values it is an error.
///
/// CSV has a header row with the field names of `samreg list --format json` (derived fields
/// such as `status` are accepted and ignored, so an export imports as it is); the separator
/// is `,` or `;` (what Swedish Excel writes), found from the header; a UTF-8 byte-order mark
/// is skipped. JSON is an array of objects with the same names. The first bad row stops the
/// import with `file:line:column: what is wrong`, and the transaction leaves the database as
/// it was; with `maxErrors` above 1 the bad rows are collected first (`ImportRefused`).
public struct Importer {
    public enum Format: String, CaseIterable, Sendable { case csv, json }

    public let registry: Registry
    public let family: Family
    /// Called on the writing thread after each row with the rows done so far and, when it
    /// can be told, the share of the file done (0…1): for a progress line. Rows already
    /// stored count as done.
    public var progress: ((_ rowsDone: Int, _ fractionDone: Double?) -> Void)?
    /// How many bad rows to find before the import is refused; 0 is no limit. With 1 (the
    /// default) the first bad row refuses the import with its own `SamregError`, as
    /// `samreg import` always did. With more, a row that is refused on its own — a field's
    /// value (`FieldError`: bad value, unknown reference, duplicate, required field, a
    /// family's rule, the schema's refusal) or, in CSV, a row with the wrong number of fields,
    /// in JSON a field holding a list — is noted with its `file:line:column` and skipped, and
    /// reading goes on until `maxErrors` are found or the file ends; then the import is
    /// refused with `ImportRefused`, carrying them all in file order, and the transaction
    /// writes nothing. A skipped row leaves nothing behind (a refused statement is undone by
    /// SQLite, the transaction stays), so later rows are checked as if it were not there.
    ///
    /// What stops at once, with the errors found so far and itself: a file that cannot be
    /// read, is not UTF-8 or not JSON, a bad header (unknown or repeated column), a quote that
    /// is never closed (the rows after it are not rows) — the rest of the file cannot be
    /// trusted; and a row that failed after writing part of itself (an id past the largest,
    /// `--update`'s kept history of a name), whose leftovers would mislead the checks of later
    /// rows. Errors of the database itself (not a refused row) end the import as they are.
    public var maxErrors = 1

    public init(registry: Registry, family: Family) {
        self.registry = registry
        self.family = family
    }

    /// The format of `path` from its extension (`.json` is JSON, anything else CSV).
    public static func format(of path: String) -> Format {
        path.lowercased().hasSuffix(".json") ? .json : .csv
    }

    /// Imports `path` and returns the number of records written (rows already stored with
    /// the same values are not counted).
    public func run(path: String, format: Format? = nil) throws -> Int {
        try run(path: path, format: format, update: false).added
    }

    /// What an import wrote: records added, and records completed or corrected (`--update`).
    public struct Counts: Sendable, Equatable {
        public var added = 0
        public var updated = 0
    }

    /// Imports `path`. With `update`, a row that matches a stored record (by id when the row
    /// has one, else by the family's natural key: `Family.naturalKey`) completes and corrects
    /// it: the fields the row gives (non-empty) replace the stored ones, each change audited
    /// as an update; a row that matches nothing is added. All rows or none.
    public func run(path: String, format: Format?, update: Bool) throws -> Counts {
        let errors = RowErrors(limit: maxErrors)
        do {
            return try importRows(path: path, format: format, update: update, errors: errors)
        } catch let error as SamregError where errors.isCollecting {
            // A refusal that stops at once (`maxErrors`), after the rows found bad so far.
            throw ImportRefused(errors: errors.list + [error], wholeFile: false)
        }
    }

    private func importRows(path: String, format: Format?, update: Bool, errors: RowErrors) throws -> Counts {
        let rows: AnySequenceOfRows
        let fileFormat = format ?? Importer.format(of: path)
        // Opened once and read front to back: a pipe, a FIFO or standard input works like a file.
        let input = try FileInputStream(path: path)
        switch fileFormat {
        case .csv:
            // Stream the rows; only the first 64 KiB are looked at up front, to find the separator.
            let head = input.peek(65_536)
            try input.throwIfReadFailed()
            rows = try CSVRows(stream: input, head: head, path: path, size: input.regularFileSize)
        case .json:
            rows = try JSONRows(data: try input.readAll(), path: path)
        }
        let headerProblem = rows.fieldNames.first { name in
            name != "id" && family.field(named: name) == nil
        }
        if let unknown = headerProblem {
            let column = (rows.fieldNames.firstIndex(of: unknown) ?? 0) + 1
            throw SamregError("unknown column '\(unknown)' for \(family.noun) (columns: \(family.fields.map(\.name).joined(separator: ", ")))",
                              location: rows.location(line: 1, column: column),
                              swedish: "Okänd kolumn ”\(unknown)”. Kolumnerna för \(family.swedish.plural) är: \(family.fields.map(\.name).joined(separator: ", ")).")
        }
        return try registry.write { db in
            let lookups = Lookups()
            let writer = RecordWriter(family: family, db: db, lookups: lookups)
            let maxBefore = try Int64.fetchOne(db, sql: "SELECT ifnull(max(id), 0) FROM \(family.table)") ?? 0
            // New records get their audit entries in bulk after the rows (`AuditTrail.appendInserts`):
            // the same entry the insert trigger writes, sealed as it is written. Not with
            // `update`, whose audited updates must stay in order with the inserts.
            let bulkAudit = !update
            let auditStart = try Int64.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM audit") ?? 0
            if bulkAudit { try AuditTrail.setBulk(db, table: family.table) }
            var ids: [Int64] = []
            var updated: [Int64] = []
            var allNew = true
            var done = 0
            let progress = self.progress
            // The columns written, found once per file (derived fields are accepted and ignored).
            let kept = Set(rows.fieldNames.filter { $0 == "id" || family.field(named: $0)?.isWritable == true })
            // Where each field's value is in a row of the file's columns, found once: a row
            // read by position needs no dictionary keyed by name (not with `update`, whose
            // matching reads rows by name).
            let positions = update ? nil : ImportPositions(family: family, fieldNames: rows.fieldNames, kept: kept)
            // CSV rows without an id are checked one by one and written many to a statement
            // (`RecordWriter.Batch`), when the family's checks do not read what earlier rows
            // wrote. A batch is written before anything else happens: before a row that is not
            // batched, before a bad row is reported, and at the end; so rows are written, and
            // errors reported, in file order. A batch the schema refuses is written again one
            // row at a time, which reports the refused row as an import without batches does.
            let batch: RecordWriter.Batch?
            if let positions, fileFormat == .csv {
                batch = try writer.batch(fields: positions.fields.indices.filter { positions.fields[$0] != nil })
            } else {
                batch = nil
            }
            // With batches, the records' links (a remiss's preparing bodies) are written after
            // the rows, all at once and audited in bulk like the records; before that only
            // when a row is compared with stored ones (one with an id), which reads them.
            let deferredLinks = batch == nil ? nil : writer.deferLinks()
            // A CSV row's column number of a field, as the rows give it.
            let csvColumnOf: (String) -> Int? = { name in rows.fieldNames.firstIndex(of: name).map { $0 + 1 } }
            var pending: [(row: RecordWriter.Prepared, record: [(String, String)], line: Int)] = []
            pending.reserveCapacity(RecordWriter.Batch.size)

            /// One row checked and written on its own.
            func single(_ record: [(String, String)], _ line: Int, _ columnOf: (String) -> Int?) throws {
                if deferredLinks != nil, positions?.isNew(record) != true {
                    try writer.writeDeferredLinks()
                }
                // Only when collecting: what this row writes shows in the last inserted rowid.
                let mark = errors.isCollecting ? db.lastInsertedRowID : 0
                do {
                    // A row in the file's columns and without an id (a row with one may be
                    // stored already): by position.
                    if let positions, positions.isNew(record) {
                        let id = try writer.insert(idText: nil, indexing: false) { field in positions.fields[field].map { record[$0].1 } }
                        ids.append(id)
                        if id <= maxBefore { allNew = false }
                        return
                    }
                    var input: [String: String] = Dictionary(minimumCapacity: record.count)
                    for (name, value) in record where kept.contains(name) { input[name] = value }
                    if update, let id = try writer.matchForUpdate(input) {
                        if try writer.updateFromImport(id: id, input) { updated.append(id) }
                        return
                    }
                    if try writer.isAlreadyStored(input) { return }
                    let id = try writer.insertForImport(input)
                    ids.append(id)
                    if id <= maxBefore { allNew = false }
                } catch let error as FieldError {
                    let located = SamregError(error.message, location: rows.location(line: line, column: error.field.flatMap(columnOf) ?? 1), swedish: error.swedish)
                    guard errors.isCollecting else { throw located }
                    // A row that wrote part of itself before it failed ends the collection.
                    if db.lastInsertedRowID != mark { throw ImportRefused(errors: errors.list + [located], wholeFile: false) }
                    try errors.note(located)
                }
            }

            /// Writes the rows checked and not yet written.
            func flush() throws {
                guard let batch, !pending.isEmpty else { return }
                let written = pending
                pending.removeAll(keepingCapacity: true)
                do {
                    for id in try writer.write(written.map(\.row), in: batch) {
                        ids.append(id)
                        if id <= maxBefore { allNew = false }
                    }
                } catch is RecordWriter.BatchRefused {
                    for row in written { try single(row.record, row.line, csvColumnOf) }
                } catch let overflow as RecordWriter.BatchIdOverflow {
                    // As on its own: the row is written, so the import ends here.
                    let line = written[overflow.index].line
                    let located = SamregError(overflow.error.message, location: rows.location(line: line, column: csvColumnOf("id") ?? 1), swedish: overflow.error.swedish)
                    if errors.isCollecting { throw ImportRefused(errors: errors.list + [located], wholeFile: false) }
                    throw located
                }
            }

            do {
                try rows.forEach(rowError: { try flush(); try errors.note($0) }) { record, line, columnOf in
                    defer {
                        done += 1
                        if let progress { progress(done, rows.fractionDone(rowsDone: done)) }
                    }
                    if let batch, let positions, positions.isNew(record) {
                        do {
                            if let row = try writer.prepare(for: batch, { field in positions.fields[field].map { record[$0].1 } }) {
                                pending.append((row, record, line))
                                if pending.count >= RecordWriter.Batch.size { try flush() }
                                return
                            }
                        } catch is FieldError {
                            // Reported as on its own, after the rows before it are written.
                        }
                    }
                    try flush()
                    try single(record, line, columnOf)
                }
            } catch {
                // The rows before a file's error come first, as they would one by one.
                try flush()
                throw error
            }
            try flush()
            if !errors.list.isEmpty { throw ImportRefused(errors: errors.list, wholeFile: true) }
            if bulkAudit {
                try writer.writeDeferredLinks()
                try AuditTrail.setBulk(db, table: nil)
                // The links' entries first, as their trigger wrote them before the records' entries.
                if let deferredLinks { try AuditTrail.appendInserts(db, table: deferredLinks.table, ids: deferredLinks.written, after: auditStart) }
                try AuditTrail.appendInserts(db, table: family.table, ids: ids, after: auditStart)
            }
            if family.traits.pointer != nil {
                // Rows point at records of other families: index those again.
                try SearchIndex.rebuild(db)
            } else if family.search != nil {
                if allNew {
                    try SearchIndex.indexNew(db, family: family, afterId: maxBefore)
                } else {
                    for id in ids { try SearchIndex.refresh(db, family: family, id: id) }
                }
            }
            return Counts(added: ids.count, updated: Set(updated).count)
        }
    }
}

/// Where the values of a file's rows are: for each field of the family (by index in
/// `family.fields`), the position of its column among the file's columns when it is one
/// that is written.
struct ImportPositions {
    let fieldNames: [String]
    let fields: [Int?]
    let id: Int?

    init(family: Family, fieldNames: [String], kept: Set<String>) {
        self.fieldNames = fieldNames
        fields = family.fields.map { field in
            field.name == "id" || !kept.contains(field.name) ? nil : fieldNames.firstIndex(of: field.name)
        }
        id = kept.contains("id") ? fieldNames.firstIndex(of: "id") : nil
    }

    /// True when `record` has the file's columns in the file's order (every CSV row; a JSON
    /// object may give fewer or other keys).
    func matches(_ record: [(String, String)]) -> Bool {
        guard record.count == fieldNames.count else { return false }
        for i in record.indices where record[i].0 != fieldNames[i] { return false }
        return true
    }

    /// True when `record` can be read by position and gives no id (a row with one may be
    /// stored already and is compared by name).
    func isNew(_ record: [(String, String)]) -> Bool {
        matches(record) && (id.map { record[$0].1.trimmingWhitespace().isEmpty } ?? true)
    }
}

/// An import refused after finding bad rows (`Importer.maxErrors` above 1): every error
/// found, in file order, each with its `file:line:column` and, where written, its Swedish.
/// Nothing was imported.
public struct ImportRefused: Error, CustomStringConvertible, Sendable {
    /// At least one.
    public let errors: [SamregError]
    /// Whether the whole file was read; false when reading stopped early (`maxErrors` found,
    /// or an error after which the rest cannot be trusted), so the file may hold more.
    public let wholeFile: Bool

    public init(errors: [SamregError], wholeFile: Bool) {
        self.errors = errors
        self.wholeFile = wholeFile
    }

    /// The first error, and how many more there are.
    public var description: String {
        let first = errors.first?.description ?? "the import was refused"
        return errors.count > 1 ? "\(first) (and \(errors.count - 1) more error\(errors.count == 2 ? "" : "s"))" : first
    }

    /// The closing line: how many errors, and that nothing was imported.
    public var summary: String {
        let count = "\(errors.count) error\(errors.count == 1 ? "" : "s")"
        return wholeFile ? "\(count) in the file; nothing was imported"
            : "\(count) before the import stopped (the rest of the file was not checked); nothing was imported"
    }

    /// The closing sentence in Swedish, for the web.
    public var swedishSummary: String {
        wholeFile ? "\(errors.count) fel; ingenting importerades."
            : "\(errors.count) fel; ingenting importerades (visar de första \(errors.count); resten av filen lästes inte)."
    }
}

/// The bad rows an import has found so far, up to its limit (`Importer.maxErrors`).
final class RowErrors {
    private(set) var list: [SamregError] = []
    /// 0 is no limit; 1 is not collecting (the first error is thrown as it is).
    let limit: Int
    var isCollecting: Bool { limit != 1 }

    init(limit: Int) { self.limit = limit }

    /// Notes a bad row, or throws it when not collecting; throws `ImportRefused` once the
    /// limit is reached.
    func note(_ error: SamregError) throws {
        guard isCollecting else { throw error }
        list.append(error)
        if limit > 0 && list.count >= limit { throw ImportRefused(errors: list, wholeFile: false) }
    }
}

extension RecordWriter {
    /// The stored record a row of `import --update` completes: the row's id when it names a
    /// stored one, else the one record whose natural key (`Family.naturalKey`, missing key
    /// fields read as the schema's default or as none) equals the row's. Nil when nothing
    /// matches (the row is added); an error when several do.
    func matchForUpdate(_ input: [String: String]) throws -> Int64? {
        if let idText = input["id"]?.trimmingWhitespace(), !idText.isEmpty {
            guard let id = Int64(idText),
                  try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(family.table) WHERE id = ?)", arguments: [id]) == true
            else { return nil }
            return id
        }
        guard !family.naturalKey.isEmpty else { return nil }
        var keyInput: [String: String] = [:]
        for name in family.naturalKey {
            let given = input[name]?.trimmingWhitespace() ?? ""
            keyInput[name] = given.isEmpty ? (family.keyDefaults[name] ?? "") : given
        }
        // A row that gives none of the key has nothing to be matched on.
        guard family.naturalKey.contains(where: { !(input[$0]?.trimmingWhitespace() ?? "").isEmpty }) else { return nil }
        let parsed = try parseForComparison(keyInput)
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        for name in family.naturalKey {
            guard let field = family.field(named: name) else { continue }
            let columns: [String]
            if case .caseNumber(let issuer, let year, let serial) = field.kind { columns = [issuer, year, serial] }
            else if let column = field.column { columns = [column] } else { continue }
            for column in columns {
                conditions.append("\(column) IS ?")
                arguments.append(parsed.columns[column] ?? .null)
            }
        }
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM \(family.table) WHERE \(conditions.joined(separator: " AND ")) ORDER BY id LIMIT 2",
                                     arguments: StatementArguments(arguments))
        if ids.count > 1 {
            throw FieldError(field: family.naturalKey[0], message: "the row matches several \(family.noun) records on \(family.naturalKey.joined(separator: ", ")) (ids \(ids.map(String.init).joined(separator: ", ")) …): give the id column to say which",
                             swedish: "Raden passar in på flera poster av slaget \(family.swedish.singular) (nummer \(ids.map(String.init).joined(separator: ", ")) …). Ange postens nummer i kolumnen id.")
        }
        return ids.first
    }

    /// Writes the fields of `input` that are given (non-empty) and differ from record `id`,
    /// as one audited update. False when the row changes nothing.
    func updateFromImport(id: Int64, _ input: [String: String]) throws -> Bool {
        guard let stored = try Row.fetchOne(db, sql: "SELECT * FROM \(family.table) WHERE id = ?", arguments: [id]) else { return false }
        var changed: [String: String] = [:]
        for (name, value) in input where name != "id" && !value.trimmingWhitespace().isEmpty {
            guard let field = family.field(named: name), field.isWritable else { continue }
            let parsed = try parseForComparison([name: value])
            var differs = false
            for (column, new) in parsed.columns where stored.hasColumn(column) {
                if !Self.sameValue(stored[column] as DatabaseValue, new) { differs = true }
            }
            if case .bodies(let table, let owner) = field.kind, let ids = parsed.links[name] {
                let current = try Int64.fetchAll(db, sql: "SELECT body_id FROM \(table) WHERE \(owner) = ?", arguments: [id])
                if Set(current) != Set(ids) { differs = true }
            }
            if differs { changed[name] = value }
        }
        guard !changed.isEmpty else { return false }
        try update(id: id, changed)
        return true
    }

    /// Inserts without touching the search index: the importer indexes in bulk afterwards.
    func insertForImport(_ input: [String: String]) throws -> Int64 {
        try insert(input, indexing: false)
    }

    /// True when `input` names an existing id whose fields, once parsed, equal what is
    /// stored (so `nej` matches 0 and `Socialstyrelsen` matches SoS); throws when the id
    /// exists with other values.
    func isAlreadyStored(_ input: [String: String]) throws -> Bool {
        guard let idText = input["id"]?.trimmingWhitespace(), let id = Int64(idText),
              let stored = try Row.fetchOne(db, sql: "SELECT * FROM \(family.table) WHERE id = ?", arguments: [id])
        else { return false }
        let parsed = try parseForComparison(input)
        for (column, value) in parsed.columns where stored.hasColumn(column) {
            let current = stored[column] as DatabaseValue
            if !Self.sameValue(current, value) {
                let name = family.fields.first { $0.column == column }?.name ?? column
                throw FieldError(field: name, message: "duplicate id: \(family.noun) \(id) already exists with another \(name) (stored \(Self.show(current)), the file has \(Self.show(value)))",
                                 swedish: "Det finns redan en post av slaget \(family.swedish.singular) med nummer \(id), med ett annat värde för \(SwedishNames.inText(name)) (i registret \(Self.show(current)), i filen \(Self.show(value))).")
            }
        }
        for (name, ids) in parsed.links {
            guard case .bodies(let table, let owner)? = family.field(named: name)?.kind else { continue }
            let current = try Int64.fetchAll(db, sql: "SELECT body_id FROM \(table) WHERE \(owner) = ?", arguments: [id])
            if Set(current) != Set(ids) {
                throw FieldError(field: name, message: "duplicate id: \(family.noun) \(id) already exists with other \(name)",
                                 swedish: "Det finns redan en post av slaget \(family.swedish.singular) med nummer \(id), med andra värden för \(SwedishNames.inText(name)).")
            }
        }
        return true
    }

    static func sameValue(_ a: DatabaseValue, _ b: DatabaseValue) -> Bool {
        switch (a.storage, b.storage) {
        case (.int64(let x), .double(let y)), (.double(let y), .int64(let x)): return Double(x) == y
        default: return a == b
        }
    }

    static func show(_ v: DatabaseValue) -> String {
        switch v.storage {
        case .null: return "nothing"
        case .int64(let n): return String(n)
        case .double(let x): return String(x)
        case .string(let s): return "'\(s)'"
        case .blob: return "bytes"
        }
    }
}

/// Rows of an import file: each with its field values, the line it starts on, and a way to
/// find the column number of a field.
protocol AnySequenceOfRows {
    var fieldNames: [String] { get }
    func location(line: Int, column: Int) -> String
    /// The share of the input done once `rowsDone` rows are, when it can be told.
    func fractionDone(rowsDone: Int) -> Double?
    /// Calls `body` for every row; a row that is bad on its own before it reaches `body` (a
    /// CSV row with the wrong number of fields, a JSON field holding a list) goes to
    /// `rowError` instead, which throws to stop or returns to go on with the next row.
    func forEach(rowError: (SamregError) throws -> Void,
                 _ body: (_ record: [(String, String)], _ line: Int, _ columnOf: (String) -> Int?) throws -> Void) throws
}

