import Foundation
import GRDB
import GRDBSQLite
import SamregCore

/// Validates and writes records of one family inside a transaction opened by
/// `Registry.write`. Input is text, as typed on the command line or read from CSV/JSON,
/// keyed by field name. Errors are `FieldError`s naming the field and value; the caller's
/// transaction makes sure a failed write leaves nothing behind.
public final class RecordWriter {
    public let family: Family
    let db: Database
    let lookups: Lookups

    /// Text longer than this is refused (a whole document pasted into a title is a mistake).
    public static let maxTextLength = 10_000
    public static let maxLongTextLength = 1_000_000
    /// The largest record id: the search index keys a record by family << 32 | id.
    public static let maxId: Int64 = 0xFFFF_FFFF

    public init(family: Family, db: Database, lookups: Lookups) {
        self.family = family
        self.db = db
        self.lookups = lookups
    }

    /// The columns of the last insert (slots of `layout`) and its statement: the rows of an
    /// import give the same columns one after the other, so the statement is found without
    /// building its SQL again.
    private var insertSlots: [Int] = []
    private var insertStatement: Statement?
    /// The family's columns in a fixed order, found once per writer.
    private(set) lazy var layout = Layout(family)

    // MARK: Insert

    /// Inserts one record and returns its id. `input` maps field names to text; an empty
    /// value means "not given". An `id` is kept when given (imports keep references intact).
    @discardableResult
    public func insert(_ input: [String: String]) throws -> Int64 {
        try insert(input, indexing: true)
    }

    func insert(_ input: [String: String], indexing: Bool) throws -> Int64 {
        try checkNames(input)
        return try insert(idText: input["id"], indexing: indexing) { input[family.fields[$0].name] }
    }

    /// Inserts one record whose field values `value` gives by the field's index in
    /// `family.fields` (nil: not given), with `idText` as its id when given; the names are
    /// checked by the caller.
    func insert(idText: String?, indexing: Bool, _ value: (Int) -> String?) throws -> Int64 {
        var parsed = try parse(skipEmpty: true, value)
        try checkRequired(parsed)
        if let idText = idText?.trimmingWhitespace(), !idText.isEmpty {
            guard let id = Int64(idText), id > 0, id <= RecordWriter.maxId else {
                throw FieldError(field: "id", message: "id '\(idText)' is not a whole number from 1 to \(RecordWriter.maxId)", swedish: "Numret ”\(idText)” måste vara ett heltal från 1 till \(RecordWriter.maxId).")
            }
            if try exists(id) { throw FieldError(field: "id", message: "duplicate id: \(family.noun) \(id) already exists", swedish: "Det finns redan en post av slaget \(family.swedish.singular) med nummer \(id).") }
            parsed.columns["id"] = id.databaseValue
        }
        try checkRules(parsed.fieldValues, values: { parsed.values }, id: nil, percentSigns: parsed.percentSigns)
        try checkFoldedCodes(parsed, excluding: nil)
        let slots = parsed.columns.givenSlots
        let statement: Statement
        if let reused = insertStatement, slots == insertSlots {
            statement = reused
        } else {
            let columns = slots.map { layout.columns[$0] }
            let sql = "INSERT INTO \(family.table) (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
            statement = try db.cachedStatement(sql: sql)
            insertStatement = statement
            insertSlots = slots
        }
        do {
            try perform(statement, values: slots.map { parsed.columns[slot: $0] ?? .null })
        } catch let error as FieldError {
            // The schema's unique indexes refused it: say which record already has the value.
            try checkUnique(parsed, excluding: nil)
            throw error
        }
        let id = db.lastInsertedRowID
        if id > RecordWriter.maxId {
            throw FieldError(field: "id", message: "\(family.noun): record numbers above \(RecordWriter.maxId) are not supported", swedish: "Postnummer över \(RecordWriter.maxId) stöds inte.")
        }
        try writeLinks(parsed.links, owner: id, replacing: false)
        lookups.invalidate(family.table)
        if indexing { try refreshSearch(id: id) }
        return id
    }

    /// A required field the parsed record lacks.
    private func checkRequired(_ parsed: Parsed) throws {
        for (i, field) in family.fields.enumerated() where field.required && parsed.fieldValues[i] == nil && parsed.links[field.name] == nil {
            throw FieldError(field: field.name, message: "\(family.noun): \(field.name) is required", swedish: "\(SwedishNames.field(field.name)) måste fyllas i.")
        }
    }

    // MARK: Import batches

    /// A record of an import parsed and checked as `insert` would, not yet written: its
    /// column values by position in `layout`, and its links.
    struct Prepared {
        var columns: [DatabaseValue?]
        var links: [String: [Int64]]
    }

    /// How the rows of one import file are written many to a statement: SQLite keeps a
    /// statement journal for each statement that may abort half-way (every insert into a table
    /// with triggers or foreign keys), copying every page the statement changes; a batch pays
    /// that once for its rows. `expressions` are the VALUES of a row: `?`, or for a column with
    /// a default `ifnull(?, default)`, so that a value not given gets the default an insert
    /// without the column gives it.
    final class Batch {
        /// Rows to a statement.
        static let size = 64
        /// The layout positions written, and each one's expression.
        let slots: [Int]
        let expressions: [String]
        /// Positions whose column has a default: an explicit NULL there cannot be batched.
        let defaulted: [Int]
        let sql: String
        var statements: [Int: Statement] = [:]

        init(table: String, columns: [String], slots: [Int], defaults: [String: String]) {
            self.slots = slots
            expressions = slots.map { defaults[columns[$0]].map { "ifnull(?, (\($0)))" } ?? "?" }
            defaulted = slots.filter { defaults[columns[$0]] != nil }
            sql = "INSERT INTO \(table) (\(slots.map { columns[$0] }.joined(separator: ", "))) VALUES "
        }
    }

    /// The links of new records kept to be written later, all at once and audited in bulk
    /// (`writeDeferredLinks`): for an import whose family has one multi-valued field.
    var deferredLinks: DeferredLinks?

    /// New records' links to one link table, in the order they were given: (owner, body).
    final class DeferredLinks {
        let table: String
        let ownerColumn: String
        var pairs: [(Int64, Int64)] = []
        /// The ids of the link rows written so far, in order.
        var written: [Int64] = []

        init(table: String, ownerColumn: String) {
            self.table = table
            self.ownerColumn = ownerColumn
        }
    }

    /// Links of new records to be kept for `writeDeferredLinks`, when the family has exactly
    /// one multi-valued field; nil otherwise.
    func deferLinks() -> DeferredLinks? {
        let tables = family.fields.compactMap { field -> (String, String)? in
            if case .bodies(let table, let owner) = field.kind { return (table, owner) } else { return nil }
        }
        guard tables.count == 1 else { return nil }
        let deferred = DeferredLinks(table: tables[0].0, ownerColumn: tables[0].1)
        deferredLinks = deferred
        return deferred
    }

    /// Writes the links kept so far, many to a statement, with the link table named in
    /// `audit_context.bulk` so that its insert trigger writes nothing (`AuditTrail.setBulk`):
    /// the caller appends their entries with `AuditTrail.appendInserts` of `written`. The
    /// family's own table is named in `bulk` again afterwards.
    func writeDeferredLinks() throws {
        guard let deferred = deferredLinks, !deferred.pairs.isEmpty else { return }
        try AuditTrail.setBulk(db, table: deferred.table)
        let pairs = deferred.pairs
        deferred.pairs.removeAll()
        var start = 0
        while start < pairs.count {
            let count = min(Batch.size, pairs.count - start)
            let statement = try db.cachedStatement(sql: "INSERT INTO \(deferred.table) (\(deferred.ownerColumn), body_id) VALUES "
                                                    + Array(repeating: "(?, ?)", count: count).joined(separator: ", "))
            try RecordWriter.execute(statement, count: 2 * count, db) { i in
                let pair = pairs[start + i / 2]
                return (i % 2 == 0 ? pair.0 : pair.1).databaseValue
            }
            // New link rows get the next numbers after the largest, one after the other.
            let last = db.lastInsertedRowID
            guard sqlite3_changes(db.sqliteConnection) == Int32(count) else {
                throw SamregError("\(deferred.table): \(count) links wrote \(sqlite3_changes(db.sqliteConnection)) rows")
            }
            deferred.written += (0..<Int64(count)).map { last - Int64(count) + 1 + $0 }
            start += count
        }
        try AuditTrail.setBulk(db, table: family.table)
    }

    /// The statement of a batch refused a row (a constraint, a trigger): nothing of the batch
    /// was written; its rows are to be written one by one, which names the refused row.
    struct BatchRefused: Error {}

    /// A batch written whose record number `index` (from 0) is past `maxId`.
    struct BatchIdOverflow: Error {
        let index: Int
        let error: FieldError
    }

    /// The batch for an import file whose rows give `fields` (indexes in `family.fields`),
    /// or nil when the family's checks read what earlier rows wrote and so must see each row
    /// written before the next is checked: rules (which may query the table), codes unique
    /// without regard to case, references to the family itself (by lookup or foreign key),
    /// and the organisations and bodies that lookups keep in memory.
    func batch(fields: [Int]) throws -> Batch? {
        guard family.traits.rules.isEmpty,
              !family.fields.contains(where: { $0.unique && $0.kind == .text }),
              !["organisation", "body", "body_alias"].contains(family.table),
              !family.fields.contains(where: { if case .record(let target) = $0.kind { return target == family.name } else { return false } })
        else { return nil }
        let selfReference = try Row.fetchAll(db, sql: "SELECT \"table\" FROM pragma_foreign_key_list(?)", arguments: [family.table])
            .contains { ($0[0] as String?) == family.table }
        if selfReference { return nil }
        var defaults: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, dflt_value FROM pragma_table_info(?)", arguments: [family.table]) {
            if let name: String = row[0], let value: String = row[1] { defaults[name] = value }
        }
        var slots: [Int] = []
        for index in fields.sorted() {
            if let slot = layout.fieldSlot[index] { slots.append(slot) }
            slots += layout.extraSlots[index]
        }
        return Batch(table: family.table, columns: layout.columns, slots: Array(Set(slots)).sorted(), defaults: defaults)
    }

    /// Parses and checks a record without an id as `insert` does, without writing it; nil
    /// when it cannot go in `batch` (an explicit NULL where the column has a default).
    func prepare(for batch: Batch, _ value: (Int) -> String?) throws -> Prepared? {
        let parsed = try parse(skipEmpty: true, value)
        try checkRequired(parsed)
        try checkRules(parsed.fieldValues, values: { parsed.values }, id: nil, percentSigns: parsed.percentSigns)
        try checkFoldedCodes(parsed, excluding: nil)
        for slot in batch.defaulted where parsed.columns[slot: slot]?.isNull == true { return nil }
        // Only the batch's columns: a record giving another one is written on its own.
        for (slot, value) in parsed.columns.values.enumerated() where value != nil && !batch.slots.contains(slot) { return nil }
        return Prepared(columns: parsed.columns.values, links: parsed.links)
    }

    /// Writes `rows` in one statement, then their links, and returns their ids in order.
    /// Throws `BatchRefused` when the statement is refused (nothing written), and
    /// `BatchIdOverflow` when a record number is past `maxId` (the rows are written: the
    /// import must end).
    func write(_ rows: [Prepared], in batch: Batch) throws -> [Int64] {
        guard !rows.isEmpty else { return [] }
        let statement: Statement
        if let cached = batch.statements[rows.count] {
            statement = cached
        } else {
            let row = "(" + batch.expressions.joined(separator: ", ") + ")"
            statement = try db.makeStatement(sql: batch.sql + Array(repeating: row, count: rows.count).joined(separator: ", "))
            batch.statements[rows.count] = statement
        }
        let width = batch.slots.count
        let largest = try db.cachedStatement(sql: "SELECT max(id) FROM \(family.table)")
        let largestBefore = try Int64.fetchOne(largest)
        do {
            try RecordWriter.execute(statement, count: width * rows.count, db) { i in
                rows[i / width].columns[batch.slots[i % width]] ?? .null
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            // Written again row by row only when the refusal undid the statement and nothing
            // else (no `FAIL` keeping the rows before it, no `ROLLBACK` ending the transaction;
            // the schema has neither): else the import ends with the error itself.
            guard sqlite3_get_autocommit(db.sqliteConnection) == 0, try Int64.fetchOne(largest) == largestBefore else { throw error }
            throw BatchRefused()
        }
        // Without an id each row got the next number after the largest (one more than the
        // one before it), so the numbers are consecutive up to the last.
        let last = db.lastInsertedRowID
        guard sqlite3_changes(db.sqliteConnection) == Int32(rows.count) else {
            throw SamregError("\(family.noun): a batch of \(rows.count) rows wrote \(sqlite3_changes(db.sqliteConnection))")
        }
        let ids = (0..<Int64(rows.count)).map { last - Int64(rows.count) + 1 + $0 }
        if let index = ids.firstIndex(where: { $0 > RecordWriter.maxId }) {
            throw BatchIdOverflow(index: index, error: FieldError(field: "id", message: "\(family.noun): record numbers above \(RecordWriter.maxId) are not supported", swedish: "Postnummer över \(RecordWriter.maxId) stöds inte."))
        }
        for (row, id) in zip(rows, ids) where !row.links.isEmpty {
            try writeLinks(row.links, owner: id, replacing: false)
        }
        return ids
    }

    // MARK: Update and end

    /// Changes the given fields of record `id`; an empty value clears an optional field. A
    /// body's new name or a membership's new role takes effect on `changedOn` (default today,
    /// `samreg_today()`); the earlier value is kept with its period (see `keepHistory`).
    public func update(id: Int64, _ input: [String: String], changedOn: String? = nil) throws {
        try checkNames(input)
        if input.keys.contains("id") { throw FieldError(field: "id", message: "the id of a record cannot be changed", swedish: "En posts nummer kan inte ändras.") }
        guard let current = try currentValues(id) else {
            throw FieldError(field: nil, message: "unknown \(family.noun) id \(id)", swedish: "Det finns ingen post av slaget \(family.swedish.singular) med nummer \(id).")
        }
        let parsed = try parse(input, skipEmpty: false)
        for (i, field) in family.fields.enumerated() where field.required && input[field.name] != nil
            && parsed.fieldValues[i] == nil && parsed.links[field.name] == nil {
            throw FieldError(field: field.name, message: "\(family.noun): \(field.name) is required and cannot be cleared", swedish: "\(SwedishNames.field(field.name)) måste fyllas i och kan inte tömmas.")
        }
        guard !parsed.columns.isEmpty || !parsed.links.isEmpty else {
            throw FieldError(field: nil, message: "nothing to update: give at least one field, e.g. --note TEXT", swedish: "Inget att ändra: ändra minst ett fält.")
        }
        var merged = current
        let values = parsed.values
        for (name, value) in values { merged[name] = value }
        for name in input.keys where values[name] == nil { merged[name] = nil }
        try checkRules(family.fields.map { merged[$0.name] }, values: { merged }, id: id, percentSigns: parsed.percentSigns)
        try checkUnique(parsed, excluding: id)
        try checkFoldedCodes(parsed, excluding: id)
        try family.traits.onUpdate?(db, id, current, values, changedOn)
        try keepHistory(id: id, current: current, parsed: parsed, changedOn: changedOn)
        if !parsed.columns.isEmpty {
            let columns = parsed.columns.keys.sorted()
            let sql = "UPDATE \(family.table) SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?"
            try perform(sql: sql, arguments: StatementArguments(columns.map { parsed.columns[$0] ?? .null } + [id.databaseValue]))
        }
        try writeLinks(parsed.links, owner: id, replacing: true)
        lookups.invalidate(family.table)
        try refreshSearch(id: id)
    }

    /// Re-indexes the record for full-text search; a record pointing at another (a reference)
    /// re-indexes the record it names.
    private func refreshSearch(id: Int64) throws {
        if family.search != nil { try SearchIndex.refresh(db, family: family, id: id) }
        if let pointer = family.traits.pointer,
           let row = try Row.fetchOne(db, sql: "SELECT \(pointer.familyColumn) AS family, \(pointer.idColumn) AS id FROM \(family.table) WHERE id = ?", arguments: [id]),
           let target = Families.named(row["family"]) {
            try SearchIndex.refresh(db, family: target, id: row["id"])
        }
    }

    /// Ends record `id` on `date`: closes a remiss, ends a validity or a permit, revokes a
    /// decision, withdraws a figure. Nothing is deleted.
    public func end(id: Int64, on date: String) throws {
        guard let endField = family.endField else {
            throw FieldError(field: nil, message: "\(family.noun) records cannot be ended; correct them with update", swedish: "Poster av slaget \(family.swedish.singular) kan inte avslutas; rätta dem i stället.")
        }
        guard let current = try currentValues(id) else {
            throw FieldError(field: nil, message: "unknown \(family.noun) id \(id)", swedish: "Det finns ingen post av slaget \(family.swedish.singular) med nummer \(id).")
        }
        if let already = current[endField], !already.isNull {
            throw FieldError(field: endField, message: "\(family.noun) \(id) is already ended (\(endField) \(String.fromDatabaseValue(already) ?? ""))",
                             swedish: "Posten (\(family.swedish.singular) \(id)) är redan avslutad (\(SwedishNames.inText(endField)) \(String.fromDatabaseValue(already) ?? "")).")
        }
        var input = [endField: date]
        for (column, value) in family.endSets {
            let name = family.fields.first { $0.column == column }?.name ?? column
            input[name] = value
        }
        try update(id: id, input)
    }

    /// History kept (`Family.Traits.history`): when a body's name or a membership's role
    /// changes, the earlier value goes to `body_name_history` / `membership_role_history`,
    /// valid from where it began (the previous change, else the record's valid_from) to the
    /// day before `changedOn`. A change on the day the current value began corrects it instead
    /// (nothing to keep); a change before that day is refused.
    private func keepHistory(id: Int64, current: [String: DatabaseValue], parsed: Parsed, changedOn: String?) throws {
        guard let spec = family.traits.history else { return }
        guard let new = parsed.values[spec.field].flatMap(String.fromDatabaseValue),
              let old = current[spec.field].flatMap(String.fromDatabaseValue), old != new else { return }
        let day: String
        if let changedOn { day = changedOn } else {
            day = try String.fetchOne(db, sql: "SELECT samreg_today()") ?? ""
        }
        guard ISODate.isValid(day) else {
            throw FieldError(field: nil, message: "the change date '\(day)' is not a valid date (YYYY-MM-DD)", swedish: "Ändringsdagen ”\(day)” är inget giltigt datum. Ange ett datum som ÅÅÅÅ-MM-DD.")
        }
        let lastEnd = try String.fetchOne(db, sql: "SELECT max(valid_to) FROM \(spec.table) WHERE \(spec.owner) = ?", arguments: [id])
        let since = try lastEnd.map { end in try String.fetchOne(db, sql: "SELECT date(?, '+1 day')", arguments: [end]) ?? end }
            ?? current["valid_from"].flatMap(String.fromDatabaseValue)
        if let since {
            if day == since { return }   // a correction of the value that began that day
            if day < since {
                throw FieldError(field: spec.field, message: "\(family.noun) \(id): the \(spec.field) '\(old)' holds from \(since); a change on \(day) would be before it (give --changed-on \(since) or later)",
                                 swedish: "\(SwedishNames.field(spec.field)) ”\(old)” gäller från \(since); en ändring \(day) skulle gälla före det. Ange att ändringen gäller från \(since) eller senare.")
            }
        }
        try db.execute(sql: "INSERT INTO \(spec.table) (\(spec.owner), \(spec.field), valid_from, valid_to, source) VALUES (?, ?, ?, date(?, '-1 day'), ?)",
                       arguments: [id, old, since, day, "changed on \(day) by samreg \(family.name) update"])
    }

    // MARK: Parsing

    /// The input parsed as for an insert (empty values mean NULL), for comparing with a
    /// stored record.
    func parseForComparison(_ input: [String: String]) throws -> Parsed {
        try parse(input.filter { $0.key != "id" && family.field(named: $0.key)?.isWritable == true }, skipEmpty: false)
    }

    struct Parsed {
        /// Column → value to write.
        var columns: Columns
        /// Field (by its index in `family.fields`) → the value as stored in its main column.
        var fieldValues: [DatabaseValue?]
        /// Multi-valued fields → ids.
        var links: [String: [Int64]] = [:]
        /// Fields given with a per-cent sign (`74,3 %`).
        var percentSigns: Set<String> = []
        let fields: [Field]

        init(layout: Layout, fields: [Field]) {
            columns = Columns(layout: layout)
            fieldValues = Array(repeating: nil, count: fields.count)
            self.fields = fields
        }

        /// Field name → the value as stored in its main column (for rules).
        var values: [String: DatabaseValue] {
            var values: [String: DatabaseValue] = Dictionary(minimumCapacity: fields.count)
            for (i, value) in fieldValues.enumerated() { if let value { values[fields[i].name] = value } }
            return values
        }
    }

    /// The columns a family writes, in a fixed order (`id`, then each field's columns in field
    /// order), so that a record's values are kept in an array by position instead of a
    /// dictionary hashing each column's name.
    final class Layout {
        let columns: [String]
        /// Column name → its position in `columns`.
        let slots: [String: Int]
        /// Per field (by index in `family.fields`): the position of its main column, if any.
        let fieldSlot: [Int?]
        /// Per field: the positions of its other columns (a case number's issuer, year and
        /// serial; a paragraph's number), in the order the field kind names them.
        let extraSlots: [[Int]]
        /// The family's date order (`Family.dateOrder`) by field index.
        let dateOrder: [(Int, Int)]

        init(_ family: Family) {
            var columns = ["id"]
            var slots = ["id": 0]
            func slot(_ name: String) -> Int {
                if let i = slots[name] { return i }
                columns.append(name)
                slots[name] = columns.count - 1
                return columns.count - 1
            }
            var fieldSlot: [Int?] = []
            var extraSlots: [[Int]] = []
            for field in family.fields {
                switch field.kind {
                case .id, .derived, .bodies:
                    fieldSlot.append(nil)
                    extraSlots.append([])
                    continue
                default: break
                }
                fieldSlot.append(field.column.map(slot))
                switch field.kind {
                case .caseNumber(let issuer, let year, let serial): extraSlots.append([slot(issuer), slot(year), slot(serial)])
                case .paragraph(let numberColumn): extraSlots.append([slot(numberColumn)])
                default: extraSlots.append([])
                }
            }
            self.columns = columns
            self.slots = slots
            self.fieldSlot = fieldSlot
            self.extraSlots = extraSlots
            let index = Dictionary(family.fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
            dateOrder = family.dateOrder.compactMap { earlier, later in
                guard let a = index[earlier], let b = index[later] else { return nil }
                return (a, b)
            }
        }
    }

    /// A record's column values by position in a `Layout`, read and written as a dictionary
    /// keyed by column name would be (nil: not given).
    struct Columns: Sequence {
        let layout: Layout
        private(set) var values: [DatabaseValue?]

        init(layout: Layout) {
            self.layout = layout
            values = Array(repeating: nil, count: layout.columns.count)
        }

        subscript(slot slot: Int) -> DatabaseValue? {
            get { values[slot] }
            set { values[slot] = newValue }
        }

        /// Only the layout's columns can be written.
        subscript(column: String) -> DatabaseValue? {
            get { layout.slots[column].flatMap { values[$0] } }
            set {
                guard let slot = layout.slots[column] else { preconditionFailure("\(column) is no column of the layout") }
                values[slot] = newValue
            }
        }

        /// The positions of the columns given, in layout order.
        var givenSlots: [Int] { values.indices.filter { values[$0] != nil } }
        var keys: [String] { givenSlots.map { layout.columns[$0] } }
        var isEmpty: Bool { !values.contains { $0 != nil } }

        func makeIterator() -> AnyIterator<(String, DatabaseValue)> {
            var slot = 0
            return AnyIterator {
                while slot < values.count {
                    defer { slot += 1 }
                    if let value = values[slot] { return (layout.columns[slot], value) }
                }
                return nil
            }
        }
    }

    private func checkNames(_ input: [String: String]) throws {
        for name in input.keys where name != "id" {
            guard let field = family.field(named: name) else {
                throw FieldError(field: name, message: "\(family.noun) has no field '\(name)' (fields: \(family.writableFields.map(\.name).joined(separator: ", ")))",
                                 swedish: "Poster av slaget \(family.swedish.singular) har inget fält ”\(name)”.")
            }
            if !field.isWritable {
                throw FieldError(field: name, message: "\(family.noun): \(name) is computed from other records and cannot be set", swedish: "\(SwedishNames.field(name)) räknas fram ur andra poster och kan inte anges.")
            }
        }
    }

    private func parse(_ input: [String: String], skipEmpty: Bool) throws -> Parsed {
        try parse(skipEmpty: skipEmpty) { input[family.fields[$0].name] }
    }

    /// Parses the fields `value` gives by their index in `family.fields` (nil: not given).
    private func parse(skipEmpty: Bool, _ value: (Int) -> String?) throws -> Parsed {
        var parsed = Parsed(layout: layout, fields: family.fields)
        // In the family's field order, so that of several bad fields the same one is reported every time.
        for (index, field) in family.fields.enumerated() {
            guard field.name != "id", let raw = value(index) else { continue }
            let name = field.name
            let text = raw.trimmingWhitespace()
            if text.isEmpty {
                if skipEmpty { continue }
                switch field.kind {
                case .caseNumber(let issuer, let year, let serial):
                    for column in [field.column!, issuer, year, serial] { parsed.columns[column] = .null }
                case .paragraph(let numberColumn):
                    parsed.columns[field.column!] = .null
                    parsed.columns[numberColumn] = .null
                case .bodies:
                    parsed.links[name] = []
                default:
                    parsed.columns[field.column!] = .null
                }
                continue
            }
            try parseValue(field, index: index, raw: raw, text: text, into: &parsed)
        }
        return parsed
    }

    private func parseValue(_ field: Field, index: Int, raw: String, text: String, into parsed: inout Parsed) throws {
        let name = field.name
        func fail(_ message: String, _ swedish: String) -> FieldError { FieldError(field: name, message: "\(family.noun): \(name) \(message)", swedish: swedish) }
        let slot = layout.fieldSlot[index]
        let extra = layout.extraSlots[index]
        func store(_ value: DatabaseValue) {
            if let slot { parsed.columns[slot: slot] = value }
            parsed.fieldValues[index] = value
        }
        switch field.kind {
        case .id, .derived:
            return
        case .text:
            try checkText(raw, limit: RecordWriter.maxTextLength, field: name, allowNewlines: false)
            if field.unique, let invisible = TextSafety.invisibleScalar(in: text) {
                throw fail("contains an invisible formatting character (\(TextSafety.codePoint(invisible))): a code must look like what it is",
                           "Texten innehåller ett osynligt formateringstecken (\(TextSafety.codePoint(invisible))); en kod ska se ut som den är.")
            }
            store(text.nfc.databaseValue)
        case .longText:
            try checkText(raw, limit: RecordWriter.maxLongTextLength, field: name, allowNewlines: true)
            store(text.nfc.databaseValue)
        case .integer(let min, let max):
            // Spaces between thousands are allowed (`86 656`), and the minus sign (`−9`).
            let n: Int
            if let plain = Int(text) { n = plain } else {
                switch SwedishNumber.integer(text) {
                case .success(let value): n = value
                case .failure: throw fail("'\(clip(text))' is not a whole number", "”\(clip(text))” är inget heltal. Skriv t.ex. 12 eller 1 018.")
                }
            }
            guard n >= min, n <= max else { throw fail("\(n) is out of range (\(min)–\(max))", "\(SwedishNumber.grouped(n)) ligger utanför det tillåtna: ange ett heltal från \(SwedishNumber.grouped(min)) till \(SwedishNumber.grouped(max)).") }
            store(n.databaseValue)
        case .real:
            let x: Double
            switch SwedishNumber.parse(text, allowPercent: field.acceptsPercent) {
            case .success(let value): x = value
            case .failure(let problem):
                throw fail("'\(clip(text))' is not a number: \(problem) (write 86656, 1 018, 74,6 or 74.6)",
                           "”\(clip(text))” är inget tal: \(problem.swedish). Skriv t.ex. 86656, 1 018 eller 74,6.")
            }
            guard x.magnitude <= RecordWriter.maxMagnitude else {
                throw fail("'\(clip(text))' is out of range (at most \(RecordWriter.maxMagnitudeText) either side of 0)",
                       "”\(clip(text))” är för stort: högst \(RecordWriter.maxMagnitudeText) åt vardera hållet från 0.")
            }
            store(x.databaseValue)
            if text.hasSuffix("%") { parsed.percentSigns.insert(name) }
        case .date:
            guard let date = ISODate.parse(text) else {
                throw fail("'\(clip(text))' is not a valid date (YYYY-MM-DD, a day that exists)",
                           "”\(clip(text))” är inget giltigt datum. Ange ett datum som ÅÅÅÅ-MM-DD (en dag som finns).")
            }
            guard RecordWriter.years.contains(date.year) else {
                throw fail("'\(clip(text))' is out of range (years \(RecordWriter.years.lowerBound)–\(RecordWriter.years.upperBound))",
                           "”\(clip(text))” ligger utanför det tillåtna: året ska vara \(RecordWriter.years.lowerBound)–\(RecordWriter.years.upperBound).")
            }
            store(text.databaseValue)
        case .partialDate:
            guard let date = PartialDate.parse(text) else {
                throw fail("'\(clip(text))' is not a valid date (YYYY-MM-DD, or YYYY-MM or YYYY where the source gives no day)",
                           "”\(clip(text))” är inget giltigt datum. Ange ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ när källan inte anger dagen.")
            }
            guard RecordWriter.years.contains(date.year) else {
                throw fail("'\(clip(text))' is out of range (years \(RecordWriter.years.lowerBound)–\(RecordWriter.years.upperBound))",
                           "”\(clip(text))” ligger utanför det tillåtna: året ska vara \(RecordWriter.years.lowerBound)–\(RecordWriter.years.upperBound).")
            }
            store(text.databaseValue)
        case .flag:
            switch text.lowercased() {
            case "ja", "j", "yes", "y", "true", "1": store(1.databaseValue)
            case "nej", "n", "no", "false", "0": store(0.databaseValue)
            default: throw fail("'\(clip(text))' is not ja or nej", "Svara ja eller nej (”\(clip(text))” går inte att tolka).")
            }
        case .vocabulary(let vocabulary):
            guard let code = vocabulary.code(for: text) else {
                throw fail("'\(clip(text))' \(vocabulary.rejection(of: text))", "”\(clip(text))” \(vocabulary.swedishRejection(of: text))")
            }
            store(code.databaseValue)
        case .organisation:
            store(try lookups.organisation(text, field: name, in: db).databaseValue)
        case .body:
            store(try lookups.body(text, field: name, in: db).databaseValue)
        case .record(let familyName):
            guard let target = Families.named(familyName) else { preconditionFailure("no family \(familyName)") }
            store(try lookups.record(text, family: target, field: name, in: db).databaseValue)
        case .caseNumber:
            guard let number = CaseNumber(text) else {
                throw fail("'\(clip(text))' is not a case number: write issuer, year and serial, e.g. 'RJL 2025/1044' or 'RÖ 2024-6246'",
                           "”\(clip(text))” är inget diarienummer. Skriv organisation, år och löpnummer, t.ex. RJL 2025/1044 eller RÖ 2024-6246.")
            }
            store(number.written.nfc.databaseValue)
            parsed.columns[slot: extra[0]] = number.issuer.databaseValue
            parsed.columns[slot: extra[1]] = number.year.databaseValue
            parsed.columns[slot: extra[2]] = number.serial.databaseValue
        case .paragraph:
            try checkText(raw, limit: 200, field: name, allowNewlines: false)
            store(text.nfc.databaseValue)
            parsed.columns[slot: extra[0]] = Paragraph.number(text)?.databaseValue ?? .null
        case .bodies:
            var ids: [Int64] = []
            for part in text.split(separator: ";") {
                let item = part.trimmingWhitespace()
                if item.isEmpty { continue }
                let id = try lookups.body(item, field: name, in: db)
                if !ids.contains(id) { ids.append(id) }
            }
            parsed.links[name] = ids
        }
    }

    /// The largest magnitude of a decimal field: beyond any amount in kronor the registry
    /// records, and small enough that sums and reports stay exact and never overflow.
    public static let maxMagnitude = 1e15
    static let maxMagnitudeText = "1 000 000 000 000 000"
    /// The years a recorded date may fall in.
    public static let years = 1900...2100

    /// Parses a number as Swedes and spreadsheets write it: `86656`, `86 656`, `74,6`, `74.6`,
    /// `−9,0` (see `SwedishNumber`).
    public static func number(_ text: String) -> Double? {
        SwedishNumber.value(text)
    }

    private func checkText(_ text: String, limit: Int, field: String, allowNewlines: Bool) throws {
        if text.utf8.count > limit {
            throw FieldError(field: field, message: "\(family.noun): \(field) is too long (\(text.utf8.count) bytes; at most \(limit))",
                             swedish: "Texten är för lång (\(SwedishNumber.grouped(text.utf8.count)) byte; högst \(SwedishNumber.grouped(limit))).")
        }
        // Control characters (ESC, CR, NUL, C1 …) and, outside long texts, line breaks and the
        // bidi controls that reorder what a reader sees (TextSafety has the rule).
        if let bad = TextSafety.forbiddenScalar(in: text, multiline: allowNewlines) {
            let v = bad.value
            let isNewline = v == 0x0A || v == 0x0D
            let what = TextSafety.isBidiControl(v) ? "a bidirectional control character" : "a control character"
            throw FieldError(field: field, message: "\(family.noun): \(field) contains \(what) (\(TextSafety.codePoint(bad)))\(isNewline && !allowNewlines ? "; line breaks are allowed only in long texts" : "")",
                             swedish: isNewline && !allowNewlines ? "Radbrytningar går inte här; skriv allt på en rad." : "Texten innehåller ett otillåtet styrtecken (\(TextSafety.codePoint(bad))).")
        }
    }

    private func clip(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(57)) + "…" : text
    }

    // MARK: Rules

    /// The family's date order and rules over the record as it would be stored: `fields` by
    /// field index; `values` by name, built only when the family has rules.
    private func checkRules(_ fields: [DatabaseValue?], values: () -> [String: DatabaseValue], id: Int64?, percentSigns: Set<String>) throws {
        func text(_ index: Int) -> String? {
            guard let v = fields[index], !v.isNull else { return nil }
            switch v.storage {
            case .int64(let n): return String(n)
            case .double(let x): return String(x)
            default: return String.fromDatabaseValue(v) ?? ""
            }
        }
        for (e, l) in layout.dateOrder {
            let earlier = family.fields[e].name, later = family.fields[l].name
            if let a = text(e), let b = text(l), PartialDate.isCertainlyBefore(b, a) {
                throw FieldError(field: later, message: "\(family.noun): \(later) \(b) is before \(earlier) \(a)",
                                 swedish: "\(SwedishNames.field(later)) (\(b)) kan inte vara före \(SwedishNames.inText(earlier)) (\(a)).")
            }
        }
        guard !family.traits.rules.isEmpty else { return }
        let input = Family.RuleInput(db: db, values: values(), id: id, percentSigns: percentSigns)
        for rule in family.traits.rules { try rule(input) }
    }

    /// `2024`, `2024-T1` … `2024-T3`, or `2024-01` … `2024-12`.
    public static func isPeriod(_ text: String) -> Bool {
        let u = Array(text.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { u[$0] >= 48 && u[$0] <= 57 } }
        guard u.count >= 4, digits(0..<4), u[0] == UInt8(ascii: "1") || u[0] == UInt8(ascii: "2") else { return false }
        if u.count == 4 { return true }
        guard u.count == 7, u[4] == UInt8(ascii: "-") else { return false }
        if u[5] == UInt8(ascii: "T") { return (UInt8(ascii: "1")...UInt8(ascii: "3")).contains(u[6]) }
        guard digits(5..<7) else { return false }
        let month = Int(u[5] - 48) * 10 + Int(u[6] - 48)
        return (1...12).contains(month)
    }

    /// Unique codes (organisation, area, indicator) compare as lookups read them: `rö` is the
    /// code `RÖ`, so it cannot be given to a second record. Stored text is NFC already.
    private func checkFoldedCodes(_ parsed: Parsed, excluding id: Int64?) throws {
        for (i, field) in family.fields.enumerated() where field.unique && field.kind == .text {
            guard let value = parsed.fieldValues[i], let text = String.fromDatabaseValue(value) else { continue }
            var sql = "SELECT id, \(field.column!) FROM \(family.table) WHERE samreg_fold(\(field.column!)) = ?"
            var arguments: [DatabaseValue] = [Registry.fold(text).databaseValue]
            if let id { sql += " AND id <> ?"; arguments.append(id.databaseValue) }
            if let row = try Row.fetchOne(db.cachedStatement(sql: sql + " LIMIT 1"), arguments: StatementArguments(arguments)) {
                let other: Int64 = row[0]
                let existing: String = row[1]
                throw FieldError(field: field.name, message: "duplicate \(field.name) '\(text)': \(family.noun) \(other) already has it (written '\(existing)')",
                                 swedish: "\(SwedishNames.field(field.name)) ”\(text)” finns redan (\(family.swedish.singular) \(other), skrivet ”\(existing)”).")
            }
        }
    }

    private func checkUnique(_ parsed: Parsed, excluding id: Int64?) throws {
        for (i, field) in family.fields.enumerated() where field.unique {
            guard let value = parsed.fieldValues[i], !value.isNull else { continue }
            var sql: String
            var arguments: [DatabaseValue]
            if case .caseNumber(let issuer, let year, let serial) = field.kind {
                sql = "SELECT id FROM \(family.table) WHERE \(issuer) = ? AND \(year) = ? AND \(serial) = ?"
                arguments = [parsed.columns[issuer]!, parsed.columns[year]!, parsed.columns[serial]!]
            } else {
                sql = "SELECT id FROM \(family.table) WHERE \(field.column!) = ?"
                arguments = [value]
            }
            if let id { sql += " AND id <> ?"; arguments.append(id.databaseValue) }
            if let other = try Int64.fetchOne(db.cachedStatement(sql: sql + " LIMIT 1"), arguments: StatementArguments(arguments)) {
                let shown = String.fromDatabaseValue(value) ?? "\(value)"
                let what = field.name == "case_number" ? "duplicate case number" : "duplicate \(field.name)"
                var written = ""
                if case .caseNumber = field.kind,
                   let existing = try String.fetchOne(db.cachedStatement(sql: "SELECT \(field.column!) FROM \(family.table) WHERE id = ?"), arguments: [other]),
                   existing != shown {
                    written = " (written '\(existing)')"
                }
                throw FieldError(field: field.name, message: "\(what) '\(shown)': \(family.noun) \(other) already has it\(written)",
                                 swedish: field.name == "case_number" ? "Diarienumret \(shown) finns redan (\(family.swedish.singular) \(other))." : "\(SwedishNames.field(field.name)) ”\(shown)” finns redan (\(family.swedish.singular) \(other)).")
            }
        }
    }

    // MARK: Writing

    private func exists(_ id: Int64) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM \(family.table) WHERE id = ?)"), arguments: [id]) ?? false
    }

    /// The current values of record `id` by field name, as stored in each field's main column.
    private func currentValues(_ id: Int64) throws -> [String: DatabaseValue]? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM \(family.table) WHERE id = ?", arguments: [id]) else { return nil }
        var values: [String: DatabaseValue] = [:]
        for field in family.fields {
            if let column = field.column, row.hasColumn(column) { values[field.name] = row[column] as DatabaseValue }
        }
        return values
    }

    private func writeLinks(_ links: [String: [Int64]], owner: Int64, replacing: Bool) throws {
        for (name, ids) in links {
            guard case .bodies(let table, let ownerColumn)? = family.field(named: name)?.kind else { continue }
            if replacing {
                let keep = Set(ids)
                let existing = try Int64.fetchAll(db, sql: "SELECT body_id FROM \(table) WHERE \(ownerColumn) = ?", arguments: [owner])
                for gone in existing where !keep.contains(gone) {
                    try db.execute(sql: "DELETE FROM \(table) WHERE \(ownerColumn) = ? AND body_id = ?", arguments: [owner, gone])
                }
                for id in ids where !existing.contains(id) {
                    try db.execute(sql: "INSERT INTO \(table) (\(ownerColumn), body_id) VALUES (?, ?)", arguments: [owner, id])
                }
            } else if let deferred = deferredLinks, deferred.table == table {
                for id in ids { deferred.pairs.append((owner, id)) }
            } else {
                let insert = try db.cachedStatement(sql: "INSERT INTO \(table) (\(ownerColumn), body_id) VALUES (?, ?)")
                for id in ids { try RecordWriter.execute(insert, [owner.databaseValue, id.databaseValue], db) }
            }
        }
    }

    /// Runs a write, turning the schema's refusal into a message that names the family.
    private func perform(sql: String, arguments: StatementArguments) throws {
        do {
            try db.cachedStatement(sql: sql).execute(arguments: arguments)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw refusal(error.message ?? "")
        }
    }

    private func perform(_ statement: Statement, values: [DatabaseValue]) throws {
        do {
            try RecordWriter.execute(statement, values, db)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw refusal(error.message ?? "")
        }
    }

    /// Runs a write statement that returns no row with `values` bound in order, through
    /// SQLite's C API: GRDB's `StatementArguments` from an array costs an unspecialised map
    /// per call (4 % of an import). Errors are GRDB's `DatabaseError`, as `execute` throws them.
    static func execute(_ statement: Statement, _ values: [DatabaseValue], _ db: Database) throws {
        try execute(statement, count: values.count, db) { values[$0] }
    }

    /// Runs a write statement that returns no row with `count` values bound in order, the
    /// `i`th (from 0) being `value(i)`.
    static func execute(_ statement: Statement, count: Int, _ db: Database, _ value: (Int) -> DatabaseValue) throws {
        let s = statement.sqliteStatement
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        sqlite3_reset(s)
        sqlite3_clear_bindings(s)
        func sqliteError(_ code: Int32) -> DatabaseError {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(s)
            return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        guard Int(sqlite3_bind_parameter_count(s)) == count else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "wrong number of statement arguments: \(count)", sql: statement.sql)
        }
        for i in 0..<count {
            let index = Int32(i + 1)
            let code: Int32
            switch value(i).storage {
            case .null: code = sqlite3_bind_null(s, index)
            case .int64(let n): code = sqlite3_bind_int64(s, index, n)
            case .double(let x): code = sqlite3_bind_double(s, index, x)
            case .string(let text):
                var text = text
                code = text.withUTF8 { bytes in
                    guard let start = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_text(s, index, "", 0, transient) }
                    return sqlite3_bind_text(s, index, UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self), Int32(bytes.count), transient)
                }
            case .blob(let data):
                code = data.withUnsafeBytes { bytes in
                    guard let start = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_zeroblob(s, index, 0) }
                    return sqlite3_bind_blob(s, index, start, Int32(bytes.count), transient)
                }
            }
            guard code == SQLITE_OK else { throw sqliteError(code) }
        }
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE else { throw sqliteError(code) }
        sqlite3_reset(s)
    }

    /// The schema's refusal as a field error, in the command line's English and the web's
    /// Swedish: `UNIQUE constraint failed: flow.year, flow.performing_id, flow.home_id` → "a care
    /// flow with the same year, performing, home already exists" / "Det finns redan en post av
    /// slaget patientflöde med samma år, utförande, hemregion."
    private func refusal(_ message: String) -> FieldError {
        let unique = "UNIQUE constraint failed: ", check = "CHECK constraint failed: "
        if message.hasPrefix(unique) {
            let fields = message.dropFirst(unique.count).split(separator: ",").map { part -> String in
                let column = String(part.split(separator: ".").last ?? part).trimmingWhitespace()
                return family.fields.first { $0.column == column }?.name ?? column
            }
            return FieldError(field: nil, message: "duplicate: a \(family.noun) with the same \(fields.joined(separator: ", ")) already exists",
                              swedish: "Det finns redan en post av slaget \(family.swedish.singular) med samma \(fields.map(SwedishNames.inText).joined(separator: ", ")).")
        }
        if message.hasPrefix(check) {
            let rule = message.dropFirst(check.count)
            return FieldError(field: nil, message: "\(family.noun): the values break the rule \(rule)",
                              swedish: "Värdena går inte ihop (regeln \(rule) i registret).")
        }
        if message.contains("FOREIGN KEY") {
            return FieldError(field: nil, message: "\(family.noun): a referenced record does not exist",
                              swedish: "En post som anges finns inte i registret.")
        }
        return FieldError(field: nil, message: "\(family.noun): \(message)", swedish: "Registret tog inte emot posten (\(message)).")
    }
}
