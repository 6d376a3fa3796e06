import GRDB
import SamregCore
import SamregStore

/// Lists and shows records of any family, with the family's filters: the read side of
/// `samreg FAMILY list|show` and `samreg export`. Columns are the family's field names, the
/// same in table, JSON and CSV output and in import files.
public struct RecordQuery {
    public let family: Family
    /// Filters with the values the user gave (a switch has an empty value).
    public var filters: [(Filter, String)] = []
    /// How sealed (confidential) records are shown: masked to their registration (the
    /// default), left out (exports), or in full (`--include-confidential`). See
    /// `Confidentiality` for the rule.
    public var confidentiality: Confidentiality.Mode = .mask
    /// Order by id (creation order) instead of the family's reading order: what exports use,
    /// so that records come after the ones they refer to (a body after its parent).
    public var orderById = false
    /// No order at all: for counting (an ORDER BY inside `count(*)`'s subquery makes SQLite
    /// sort every row, derived columns and all: 0.5 s for 100 000 decisions instead of 1 ms).
    public var unordered = false
    public var limit: Int?

    public init(family: Family) {
        self.family = family
    }

    /// The SELECT and its arguments, filters resolved (organisation codes, body names …).
    public func sql(_ db: Database, lookups: Lookups = Lookups()) throws -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        let masking = confidentiality == .mask && Confidentiality.canSeal(family)
        let openFilters = family.traits.registration?.filters ?? []
        for (filter, raw) in filters {
            let value = try RecordQuery.filterValue(filter, raw, family: family, db: db, lookups: lookups)
            var sql = filter.sql
            if let value {
                arguments.append(value)
                let n = arguments.count
                // Number this filter's placeholders after those of the filters before it.
                sql = sql.replacingOccurrences(of: "?1", with: "?\(n)")
                var out = ""
                var chars = sql.makeIterator()
                while let c = chars.next() {
                    out.append(c)
                    if c == "?" {
                        // Bare '?' (not followed by a digit) gets this filter's number.
                        var peek = chars
                        if let d = peek.next(), d.isNumber { continue }
                        out.append(String(n))
                    }
                }
                sql = out
            }
            // A filter on more than the registration does not find sealed records: else it
            // would tell what their mask hides.
            if masking {
                // The filter reads the stored row (where the table's indexes serve it), found by
                // id in the masked source: a masked link column (NULL when sealed) is no index.
                // For rows that are not sealed the masked and stored values are the same.
                let stored = "t.id IN (SELECT t.id FROM \(family.table) t WHERE \(sql))"
                conditions.append(openFilters.contains(filter.name) ? stored : "(t.samreg_sealed = 0 AND \(stored))")
            } else {
                conditions.append(sql)
            }
        }
        if confidentiality == .exclude, let sealed = Confidentiality.sealed(family) {
            conditions.append("NOT \(sealed)")
        }
        var sql = try RecordQuery.selectFrom(db, family: family, confidentiality: confidentiality)
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        if !unordered { sql += " ORDER BY \(orderById ? "t.id" : family.order)" }
        if let limit { sql += " LIMIT \(limit)" }
        return (sql, StatementArguments(arguments))
    }

    /// `SELECT fields FROM table t`; when masking, from the table with sealed rows masked
    /// (`Confidentiality.maskedSource`) and every field outside the registration masked.
    static func selectFrom(_ db: Database, family: Family, confidentiality: Confidentiality.Mode) throws -> String {
        guard confidentiality == .mask, Confidentiality.canSeal(family) else {
            return "SELECT \(family.selectList) FROM \(family.table) t"
        }
        let list = family.fields.map { field in
            Confidentiality.isRegistration(field, of: family)
                ? "\(field.select) AS \"\(field.name)\""
                : "CASE WHEN t.samreg_sealed THEN \(Confidentiality.maskedValue(field)) ELSE \(field.select) END AS \"\(field.name)\""
        }
        return "SELECT \(list.joined(separator: ", ")) FROM \(try Confidentiality.maskedSource(family, db)) t"
    }

    /// The column names of every result: the family's field names.
    public var columns: [String] { family.fields.map(\.name) }

    /// Calls `body` with each matching record's values, in the family's order, without
    /// holding them all in memory.
    public func forEach(_ db: Database, _ body: ([Cell]) throws -> Void) throws {
        let (sql, arguments) = try sql(db)
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try cursor.next() { try body(row.cells) }
    }

    /// How many records match (for a progress line's time left).
    public func count(_ db: Database) throws -> Int {
        var query = self
        query.unordered = true   // the order does not change the count
        let (sql, arguments) = try query.sql(db)
        return try Int.fetchOne(db, SQLRequest<Row>(sql: "SELECT count(*) FROM (\(sql))", arguments: arguments, cached: true)) ?? 0
    }

    /// All matching records (through a statement kept prepared on the connection: a long-lived
    /// one, the web server's, does not parse the same query again).
    public func fetch(_ db: Database) throws -> ResultTable {
        let (sql, arguments) = try sql(db)
        var table = ResultTable(columns: columns)
        // Row by row (no copy of every row at once); nothing else runs this statement meanwhile.
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        while let row = try cursor.next() { table.rows.append(row.cells) }
        return table
    }

    /// The record named by `key`: an id, a case number, or a code; a sealed record masked
    /// unless `confidentiality` is `.include`.
    public static func show(_ db: Database, family: Family, key: String,
                            confidentiality: Confidentiality.Mode = .mask) throws -> ResultTable {
        // A sealed record is not found by a case number or code outside its registration
        // (a reference's case number): else `show` would confirm what the mask hides.
        var among: String?
        if confidentiality != .include, let sealed = Confidentiality.sealed(family),
           let keyField = family.caseNumberField ?? family.codeColumn.flatMap(family.field(named:)),
           !Confidentiality.isRegistration(keyField, of: family) {
            among = "NOT \(sealed)"
        }
        let id: Int64
        do {
            id = try Lookups().record(key, family: family, field: "id", in: db, among: among)
        } catch let error as FieldError {
            // Any other case number the record carries, a paragraph citation, or its name.
            let found = try RecordLabels.find(db, family: family, text: key, confidentiality: confidentiality)
            if found.count > 1 {
                let candidates = try found.prefix(10).map { id in
                    "\(try RecordLabels.label(db, family: family.name, id: id, confidentiality: confidentiality) ?? "?") [id \(id)]"
                }
                throw SamregError("'\(key.trimmingWhitespace())' names \(found.count) \(family.noun) records: \(candidates.joined(separator: "; "))\(found.count > 10 ? " …" : ""); give the id or a case number")
            }
            guard let only = found.first else { throw SamregError(error.message) }
            id = only
        }
        let query = RecordQuery(family: family)
        let select = try selectFrom(db, family: family, confidentiality: confidentiality == .include ? .include : .mask)
        let rows = try Row.fetchAll(db, SQLRequest<Row>(sql: "\(select) WHERE t.id = ?", arguments: [id], cached: true))
        return ResultTable(columns: query.columns, rows: rows.map(\.cells))
    }

    /// Checks and converts one filter value; nil for a switch.
    static func filterValue(_ filter: Filter, _ raw: String, family: Family, db: Database, lookups: Lookups) throws -> DatabaseValue? {
        let text = raw.trimmingWhitespace()
        // The English for the command line; the Swedish (the web's list filters) names the filter by its Swedish name.
        func fail(_ message: String, _ swedish: String) -> SamregError {
            SamregError("--\(filter.name): \(message)", swedish: "\(SwedishNames.field(filter.name)): \(swedish)")
        }
        // A lookup's message names the field (`sender: unknown …`): the option says it once.
        func fail(_ error: FieldError) -> SamregError {
            let prefix = "\(filter.name): "
            return fail(error.message.hasPrefix(prefix) ? String(error.message.dropFirst(prefix.count)) : error.message, error.swedishMessage)
        }
        switch filter.kind {
        case .switch:
            return nil
        case .text:
            return text.databaseValue
        case .integer:
            // A filter on a reference to another family's record (`--remiss`, `--person`) takes
            // what the field takes on `add`: an id, a case number, a code or a name.
            if case .record(let target)? = family.field(named: filter.name)?.kind, let targetFamily = Families.named(target) {
                // A sealed record is not found by its case number or name (only by its id), as
                // by `show`: else the filter would confirm what the mask hides.
                let among = Confidentiality.sealed(targetFamily).map { "NOT \($0)" }
                do { return try lookups.record(text, family: targetFamily, field: filter.name, in: db, among: among).databaseValue }
                catch let error as FieldError { throw fail(error) }
            }
            guard let n = Int64(text) ?? (try? SwedishNumber.integer(text).get()).map(Int64.init) else { throw fail("'\(text)' is not a whole number", "”\(text)” är inget heltal.") }
            return n.databaseValue
        case .days:
            guard let n = Int64(text) ?? (try? SwedishNumber.integer(text).get()).map(Int64.init), n >= 0, n <= 36_500 else { throw fail("'\(text)' is not a number of days", "”\(text)” är inget antal dagar (ett heltal från 0 till 36 500).") }
            return n.databaseValue
        case .date:
            guard ISODate.isValid(text) else { throw fail("'\(text)' is not a valid date (YYYY-MM-DD)", "”\(text)” är inget giltigt datum. Ange ett datum som ÅÅÅÅ-MM-DD.") }
            return text.databaseValue
        case .flag:
            return (["ja", "yes", "true", "1"].contains(text.lowercased()) ? 1 : 0).databaseValue
        case .vocabulary(let vocabulary):
            guard let code = vocabulary.code(for: text) else {
                throw fail("'\(text)' \(vocabulary.rejection(of: text))", "”\(text)” \(vocabulary.swedishRejection(of: text))")
            }
            return code.databaseValue
        case .organisation:
            do { return try lookups.organisation(text, field: filter.name, in: db).databaseValue }
            catch let error as FieldError { throw fail(error) }
        case .body:
            do { return try lookups.body(text, field: filter.name, in: db).databaseValue }
            catch let error as FieldError { throw fail(error) }
        }
    }
}
