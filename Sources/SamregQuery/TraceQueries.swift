import Foundation
import GRDB
import SamregCore
import SamregStore

/// A case number a record carries, with the organisation whose number it is (`SKR`, `RÖ`,
/// `RJL`; a decision's paragraph citation under its body, `SVN`).
public struct CaseReference: Equatable, Sendable {
    public let organisation: String
    public let written: String

    public init(organisation: String, written: String) {
        self.organisation = organisation
        self.written = written
    }
}

/// One record of a matter's chain (`samreg trace`).
public struct TraceRecord: Equatable, Sendable {
    /// The family as on the command line: remiss, decision, response, permit, workload, adoption.
    public let family: String
    public let id: Int64
    /// The record's day: received (remiss), decided (decision, permit, workload, adoption),
    /// sent or else approved (response).
    public let date: String?
    /// Title, care area, specialty; for answers and adoptions what they answer or adopt.
    public let title: String
    /// Who: the sender of a remiss, the deciding body, the answering or adopting region.
    public let party: String?
    /// Every case number the record carries, its own first, one per case.
    public let caseNumbers: [CaseReference]
    /// Sealed (sekretess) and shown with its registration only.
    public let sealed: Bool

    /// `SKR: SKR2024/01345 · RÖ: RÖ 2024-6246`.
    public var caseNumberText: String {
        var order: [String] = []
        var byOrganisation: [String: [String]] = [:]
        for ref in caseNumbers {
            if byOrganisation[ref.organisation] == nil { order.append(ref.organisation) }
            byOrganisation[ref.organisation, default: []].append(ref.written)
        }
        return order.map { "\($0): \(byOrganisation[$0]!.joined(separator: ", "))" }.joined(separator: " · ")
    }

    /// How the record is named where another record shows it: `Title (RÖ 2024-6246)`.
    public var label: String {
        let number = caseNumbers.first.map { " (\($0.written))" } ?? ""
        return title + number
    }
}

/// `samreg trace NUMBER`: one matter through every organisation it passed. Any case number a
/// record carries (its own, a further reference, a remiss's sender reference, the reference
/// an adoption quotes) or a decision's paragraph citation (`SVN § 51-2024`) finds the records;
/// from them the chain follows every link (remiss ↔ answers ↔ decisions ↔ adoptions, permits
/// and workload decisions tied to decisions) and every shared case number, so that each
/// number of the matter gives the same chain.
///
/// Sekretess (`Confidentiality`): unless `.include`, a sealed record is found only by its own
/// registration (its case number or paragraph), is shown with its registration only, and the
/// chain does not pass through it; sealed records reached by a link are left out.
public enum TraceQueries {
    /// The families a chain is made of (`Family.Traits.trace`), in the order records of one
    /// day are listed.
    public static let families = Families.traced.map(\.name)

    /// The traced family called `name`.
    static func traced(_ name: String) -> Family? {
        Families.traced.first { $0.name == name }
    }

    /// The columns of `family`'s own case number (issuer, year, serial, as written).
    static func caseColumns(_ family: Family) -> (issuer: String, year: String, serial: String, written: String)? {
        guard let field = family.caseNumberField, case .caseNumber(let issuer, let year, let serial) = field.kind,
              let written = field.column else { return nil }
        return (issuer, year, serial, written)
    }

    /// At most this many records in one chain.
    public static let maxRecords = 2_000

    struct Node: Hashable { let family: String; let id: Int64 }

    /// The chain of the matter `text` names, in date order (records without a date last).
    /// Throws a one-line error when the text is empty or no record carries it.
    /// `index`: what a long-lived connection has read of the case numbers without an index of
    /// their own (`CaseIndex`), for the same database state; the chain is the same without it.
    public static func trace(_ db: Database, number text: String,
                             confidentiality: Confidentiality.Mode = .mask, index: CaseIndex? = nil) throws -> [TraceRecord] {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw SamregError("give a case number, e.g. 'RÖ 2024-6246', 'SKR2024/01345' or 'SVN § 51-2024'") }
        let context = try Context(db, confidentiality: confidentiality)
        context.index = index
        let start = try context.resolve(trimmed)
        guard !start.isEmpty else {
            throw SamregError("no record carries the case number '\(trimmed)'")
        }
        var seen = Set(start)
        var queue = start
        var index = 0
        while index < queue.count, seen.count < maxRecords {
            let node = queue[index]
            index += 1
            if try context.isSealed(node), confidentiality != .include { continue }
            for next in try context.neighbours(node) where !seen.contains(next) {
                // A sealed record is not reached through a link: the link is part of what is sealed.
                if confidentiality != .include, try context.isSealed(next) { continue }
                seen.insert(next)
                queue.append(next)
            }
        }
        let records = try queue.map { try context.describe($0) }
        return records.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default:
                let fa = families.firstIndex(of: a.family) ?? 99, fb = families.firstIndex(of: b.family) ?? 99
                return fa != fb ? fa < fb : a.id < b.id
            }
        }
    }

    /// The record of `family` (remiss, decision, response, permit, workload, adoption) with
    /// id `id` as a trace shows it, masked when sealed unless `.include`; nil if there is none.
    public static func record(_ db: Database, family: String, id: Int64,
                              confidentiality: Confidentiality.Mode = .mask) throws -> TraceRecord? {
        guard let table = traced(family)?.table,
              try Bool.fetchOne(db, SQLRequest<Row>(sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id], cached: true)) == true
        else { return nil }
        return try Context(db, confidentiality: confidentiality).describe(Node(family: family, id: id))
    }

    /// Reads one registry for one trace: organisation codes by issuer, the sealed rule.
    final class Context {
        let db: Database
        let confidentiality: Confidentiality.Mode
        /// Issuer key (`RÖ`, `SKR`, `FI`) → organisation code (`RÖ`, `SKR`, `Fi`).
        let organisationByIssuer: [String: String]
        private var sealedCache: [Node: Bool] = [:]
        /// The case numbers without an index, read once for the database state (or nil: read here).
        var index: CaseIndex?
        private var ownCases: [CaseKey: [Node]] = [:]
        private var otherCases: [CaseKey: [Node]] = [:]

        init(_ db: Database, confidentiality: Confidentiality.Mode) throws {
            self.db = db
            self.confidentiality = confidentiality
            let codes = try String.fetchAll(db, SQLRequest<Row>(sql: "SELECT code FROM organisation ORDER BY id", cached: true))
            organisationByIssuer = Context.issuers.map(codes)
        }

        /// The issuer map of the organisation codes last read (a page names many records, each
        /// through a context of its own; the codes seldom change).
        static let issuers = IssuerMap()

        final class IssuerMap: @unchecked Sendable {
            private let lock = NSLock()
            private var last: (codes: [UInt8], map: [String: String])?

            func map(_ codes: [String]) -> [String: String] {
                var bytes: [UInt8] = []
                for code in codes { bytes += code.utf8; bytes.append(0) }
                lock.lock()
                if let last, last.codes == bytes { lock.unlock(); return last.map }
                lock.unlock()
                var map: [String: String] = [:]
                for code in codes {
                    let key = CaseNumber.issuerKey(code)
                    if map[key] == nil { map[key] = code }
                }
                lock.lock()
                last = (bytes, map)
                lock.unlock()
                return map
            }
        }

        func isSealed(_ node: Node) throws -> Bool {
            if let known = sealedCache[node] { return known }
            guard let table = TraceQueries.traced(node.family)?.table,
                  let rule = Confidentiality.sealed(table: table, id: "?1") else { return false }
            let sealed = try Bool.fetchOne(db, SQLRequest<Row>(sql: "SELECT \(rule)", arguments: [node.id], cached: true)) ?? false
            sealedCache[node] = sealed
            return sealed
        }

        func organisation(ofIssuer issuer: String) -> String {
            organisationByIssuer[issuer] ?? issuer
        }

        private func nodes(_ family: String, _ sql: String, _ arguments: StatementArguments) throws -> [Node] {
            try Int64.fetchAll(db, SQLRequest<Row>(sql: sql, arguments: arguments, cached: true)).map { Node(family: family, id: $0) }
        }

        /// The records carrying `number` as their own case number (registration).
        func ownCase(_ number: CaseNumber) throws -> [Node] {
            let key = CaseKey(number)
            if let known = ownCases[key] { return known }
            var result: [Node] = []
            for family in Families.traced {
                guard let c = TraceQueries.caseColumns(family) else { continue }
                if let ids = index?.ownCase(family: family.name, key) {
                    result += ids.map { Node(family: family.name, id: $0) }
                    continue
                }
                result += try nodes(family.name, "SELECT id FROM \(family.table) WHERE \(c.issuer) = ? AND \(c.year) = ? AND \(c.serial) = ? ORDER BY id",
                                    [number.issuer, number.year, number.serial])
            }
            ownCases[key] = result
            return result
        }

        /// The records carrying `number` otherwise: a further reference, a remiss's sender
        /// reference, the reference an adoption quotes.
        func otherCase(_ number: CaseNumber) throws -> [Node] {
            let key = CaseKey(number)
            if let known = otherCases[key] { return known }
            var result: [Node] = []
            for row in try Row.fetchAll(db, SQLRequest<Row>(sql: "SELECT family, record_id FROM reference WHERE issuer = ? AND year = ? AND serial = ? ORDER BY id",
                                        arguments: [number.issuer, number.year, number.serial], cached: true)) {
                let family: String = row["family"]
                if TraceQueries.traced(family) != nil { result.append(Node(family: family, id: row["record_id"])) }
            }
            result += try freeTextCases(number)
            otherCases[key] = result
            return result
        }


        private var freeText: [CaseKey: [Node]] = [:]

        /// The records whose free-text references carry `number` (a remiss's sender reference,
        /// the reference an adoption quotes), read once per number per trace: only the texts
        /// that contain its serial's digits are parsed.
        func freeTextCases(_ number: CaseNumber) throws -> [Node] {
            let key = CaseKey(number)
            if let known = freeText[key] { return known }
            var found: [Node] = []
            for family in Families.traced {
                for column in [family.traits.otherNumberColumn, family.traits.numbersInTextColumn].compactMap({ $0 }) {
                    if let ids = index?.freeText(family: family.name, column: column, number) {
                        found += ids.map { Node(family: family.name, id: $0) }
                        continue
                    }
                    for row in try Row.fetchAll(db, SQLRequest<Row>(sql: "SELECT id, \(column) AS text FROM \(family.table) WHERE instr(\(column), ?) > 0 ORDER BY id",
                                                arguments: [number.serial], cached: true)) {
                        if TraceQueries.caseNumbers(in: row["text"]).contains(where: { CaseKey($0) == key }) {
                            found.append(Node(family: family.name, id: row["id"]))
                        }
                    }
                }
            }
            freeText[key] = found
            return found
        }

        /// Records named by what the user typed.
        func resolve(_ text: String) throws -> [Node] {
            var found: [Node] = []
            func add(_ nodes: [Node], registration: Bool) throws {
                for node in nodes where !found.contains(node) {
                    if !registration, confidentiality != .include, try isSealed(node) { continue }
                    found.append(node)
                }
            }
            if let number = CaseNumber(text) {
                try add(ownCase(number), registration: true)
                try add(otherCase(number), registration: false)
            } else if let citation = ParagraphCitation(text) {
                var sql = "SELECT d.id FROM decision d WHERE d.paragraph_no = ?"
                var arguments: [DatabaseValueConvertible] = [citation.number]
                if let year = citation.year {
                    sql += " AND d.decided_on BETWEEN ? AND ?"
                    arguments += [String(format: "%04d-01-01", year), String(format: "%04d-12-31", year)]
                }
                if !citation.body.isEmpty {
                    let body: Int64
                    do {
                        // A body's name: looked up once per state when an index is kept (the
                        // lookup reads and folds every body's names).
                        let lookup = { [db] in try Lookups().body(citation.body, field: "body", in: db) }
                        body = try index?.body(citation.body, lookup) ?? lookup()
                    }
                    catch let error as FieldError { throw SamregError("'\(text)': \(error.message)") }
                    sql += " AND d.body_id = ?"
                    arguments.append(body)
                }
                try add(nodes("decision", sql + " ORDER BY d.id", StatementArguments(arguments)), registration: true)
            }
            if found.isEmpty {
                // Numbers that are not diarienummer (`FS 4.5.4 §28/2025`, `Dnr 12/34`), as written.
                let key = Registry.fold(text)
                for family in Families.traced {
                    guard let c = TraceQueries.caseColumns(family) else { continue }
                    var terms = ["samreg_fold(\(c.written)) = ?1"]
                    if family.traits.citedByParagraph, let paragraph = family.field(named: "paragraph")?.column {
                        terms.insert("samreg_fold(\(paragraph)) = ?1", at: 0)
                    }
                    try add(nodes(family.name, "SELECT id FROM \(family.table) WHERE \(terms.joined(separator: " OR ")) ORDER BY id", [key]), registration: true)
                }
                for family in Families.traced {
                    guard let column = family.traits.otherNumberColumn else { continue }
                    try add(nodes(family.name, "SELECT id FROM \(family.table) WHERE samreg_fold(\(column)) = ? ORDER BY id", [key]), registration: false)
                }
                for row in try Row.fetchAll(db, SQLRequest<Row>(sql: "SELECT family, record_id FROM reference WHERE samreg_fold(written) = ? ORDER BY id", arguments: [key], cached: true)) {
                    try add([Node(family: row["family"], id: row["record_id"])], registration: false)
                }
            }
            return found
        }

        /// The records linked to `node`, and those sharing one of its case numbers.
        func neighbours(_ node: Node) throws -> [Node] {
            let id = node.id
            var result: [Node] = []
            func link(_ family: String, _ sql: String) throws {
                result += try nodes(family, sql, [id])
            }
            for (family, sql) in TraceQueries.traced(node.family)?.traits.trace?.links ?? [] {
                if let index {
                    // Some links have no index (an answer's decision): answered once per state.
                    result += try index.link(sql, id) { try Int64.fetchAll(db, SQLRequest<Row>(sql: sql, arguments: [id], cached: true)) }
                        .map { Node(family: family, id: $0) }
                } else {
                    try link(family, sql)
                }
            }
            // One case number, one matter.
            for number in try caseNumbers(of: node) {
                result += try ownCase(number)
                result += try otherCase(number)
            }
            return result
        }

        /// Every case number `node` carries, parsed.
        func caseNumbers(of node: Node) throws -> [CaseNumber] {
            try rawCaseNumbers(of: node).compactMap { CaseNumber($0.written) }
        }

        /// (organisation, written) for every case number of `node`, its own first.
        /// `party` is the record's party when the caller has read it (`describe`), else it is
        /// read here if needed.
        private func rawCaseNumbers(of node: Node, party known: String?? = nil) throws -> [CaseReference] {
            guard let family = TraceQueries.traced(node.family), let trace = family.traits.trace else { return [] }
            var result: [CaseReference] = []
            func add(_ written: String?, organisation: String? = nil) {
                guard let written, !written.trimmingWhitespace().isEmpty else { return }
                let parsed = CaseNumber(written)
                if let parsed, result.contains(where: { CaseNumber($0.written)?.isSameCase(as: parsed) == true }) { return }
                if parsed == nil, result.contains(where: { $0.written == written }) { return }
                result.append(CaseReference(organisation: organisation ?? parsed.map { self.organisation(ofIssuer: $0.issuer) } ?? "", written: written))
            }
            if family.traits.citedByParagraph,
               let row = try Row.fetchOne(db, SQLRequest<Row>(sql: """
                   SELECT d.paragraph_no, d.paragraph, d.decided_on, coalesce(b.short_name, b.name) AS body
                   FROM \(family.table) d JOIN body b ON b.id = d.body_id WHERE d.id = ?
                   """, arguments: [node.id], cached: true)) {
                let body: String = row["body"]
                if let number: Int = row["paragraph_no"] {
                    let year = Int(String((row["decided_on"] as String).prefix(4)))
                    add(ParagraphCitation.written(body: body, number: number, year: year), organisation: body)
                } else if let paragraph: String = row["paragraph"] {
                    add(paragraph, organisation: body)
                }
            }
            if let c = TraceQueries.caseColumns(family) {
                add(try String.fetchOne(db, SQLRequest<Row>(sql: "SELECT \(c.written) FROM \(family.table) WHERE id = ?", arguments: [node.id], cached: true)))
            }
            if let column = family.traits.otherNumberColumn,
               let ref = try String.fetchOne(db, SQLRequest<Row>(sql: "SELECT \(column) FROM \(family.table) WHERE id = ?", arguments: [node.id], cached: true)) {
                // Another party's reference: that party's, or else the record's party (a remiss's sender).
                let party = try known ?? (Row.fetchOne(db, SQLRequest<Row>(sql: trace.describe, arguments: [node.id], cached: true))?["party"] as String?)
                add(ref, organisation: CaseNumber(ref).map { organisation(ofIssuer: $0.issuer) } ?? party)
            }
            if let column = family.traits.numbersInTextColumn,
               let ref = try String.fetchOne(db, SQLRequest<Row>(sql: "SELECT \(column) FROM \(family.table) WHERE id = ?", arguments: [node.id], cached: true)) {
                for number in TraceQueries.caseNumbers(in: ref) { add(number.written) }
            }
            if family.traits.carriesReferences {
                for written in try String.fetchAll(db, SQLRequest<Row>(sql: "SELECT written FROM reference WHERE family = ? AND record_id = ? ORDER BY id",
                                                   arguments: [node.family, node.id], cached: true)) {
                    add(written)
                }
            }
            return result
        }

        /// The record as the chain shows it.
        func describe(_ node: Node) throws -> TraceRecord {
            let sealed = confidentiality != .include ? try isSealed(node) : false
            let mask = Confidentiality.mask
            guard let family = TraceQueries.traced(node.family), let trace = family.traits.trace else {
                throw SamregError("no \(node.family) \(node.id)")
            }
            let row = try Row.fetchOne(db, SQLRequest<Row>(sql: trace.describe, arguments: [node.id], cached: true))
            guard let row else { throw SamregError("no \(node.family) \(node.id)") }
            let party: String? = row["party"]
            var numbers = try rawCaseNumbers(of: node, party: .some(party))
            if sealed {
                // The registration only: the record's own case number (and paragraph), the
                // sender or deciding body; an adoption's reference is not its registration.
                let own = try TraceQueries.caseColumns(family).flatMap { c in
                    try String.fetchOne(db, SQLRequest<Row>(sql: "SELECT \(c.written) FROM \(family.table) WHERE id = ?", arguments: [node.id], cached: true))
                }
                numbers = numbers.filter { ref in
                    (own != nil && ref.written == own) || (family.traits.citedByParagraph && ref.written.contains("§"))
                }
            }
            return TraceRecord(family: node.family, id: node.id, date: row["date"],
                               title: sealed ? mask : row["title"], party: party,
                               caseNumbers: numbers, sealed: sealed)
        }
    }

    /// Issuer, year and serial: how case numbers are compared.
    struct CaseKey: Hashable {
        let issuer: String, year: Int, serial: String
        init(_ n: CaseNumber) { issuer = n.issuer; year = n.year; serial = n.serial }
    }

    /// The case numbers a trace cannot find through an index, read once for one state of the
    /// database and kept between traces (the web server keeps one): a record's own case
    /// number in the families without an index on it (answers), and the numbers written in
    /// free text (a remiss's sender reference, an adoption's reference), which a trace
    /// otherwise finds by reading every row that contains the serial's digits. Answers what
    /// those statements answer, in the same order.
    ///
    /// It also keeps the answers of the chain's links (`Family.Traits.trace.links`), some of
    /// which have no index either, and the bodies named in paragraph citations, as they are asked.
    ///
    /// Valid for the state of the database it was read from: whoever keeps it must know when
    /// that state (of the traced families' tables and the bodies) changed.
    public final class CaseIndex: @unchecked Sendable {
        private let lock = NSLock()
        /// A link's statement and id → the ids it answered.
        private var links: [String: [Int64]] = [:]
        /// A body's name in a paragraph citation → its id.
        private var bodies: [String: Int64] = [:]
        /// family → issuer, year and serial as stored (bytes, compared as SQLite compares
        /// them) → ids in order.
        private var own: [String: [[UInt8]: [Int64]]] = [:]
        /// family and column → case key → (id, text as stored) in id order.
        private var free: [String: [CaseKey: [(Int64, [UInt8])]]] = [:]

        private static func ownKey(_ issuer: String, _ year: Int64, _ serial: String) -> [UInt8] {
            Array(issuer.utf8) + [0] + Array(String(year).utf8) + [0] + Array(serial.utf8)
        }

        /// Reads the index from the database as `db` reads it now. Shared between threads: the
        /// links it keeps are kept under a lock.
        public init(_ db: Database) throws {
            for family in Families.traced {
                if let c = TraceQueries.caseColumns(family),
                   try !CaseIndex.hasIndex(db, table: family.table, columns: [c.issuer, c.year, c.serial]) {
                    var map: [[UInt8]: [Int64]] = [:]
                    // A number's year is an integer: only integer years equal it.
                    let rows = try Row.fetchCursor(db, sql: """
                        SELECT id, \(c.issuer) AS issuer, \(c.year) AS year, \(c.serial) AS serial FROM \(family.table)
                        WHERE typeof(\(c.issuer)) = 'text' AND typeof(\(c.year)) = 'integer' AND typeof(\(c.serial)) = 'text' ORDER BY id
                        """)
                    while let row = try rows.next() {
                        map[CaseIndex.ownKey(row["issuer"], row["year"], row["serial"]), default: []].append(row["id"])
                    }
                    own[family.name] = map
                }
                for column in [family.traits.otherNumberColumn, family.traits.numbersInTextColumn].compactMap({ $0 }) {
                    var map: [CaseKey: [(Int64, [UInt8])]] = [:]
                    let rows = try Row.fetchCursor(db, sql: "SELECT id, \(column) AS text FROM \(family.table) WHERE typeof(\(column)) = 'text' ORDER BY id")
                    while let row = try rows.next() {
                        let text: String = row["text"]
                        var keys = Set<CaseKey>()
                        for number in TraceQueries.caseNumbers(in: text) where keys.insert(CaseKey(number)).inserted {
                            map[CaseKey(number), default: []].append((row["id"], Array(text.utf8)))
                        }
                    }
                    free[family.name + "." + column] = map
                }
            }
        }

        /// Whether `table` has an index whose first columns are `columns`.
        static func hasIndex(_ db: Database, table: String, columns: [String]) throws -> Bool {
            for index in try String.fetchAll(db, sql: "SELECT name FROM pragma_index_list(?)", arguments: [table]) {
                // An expression in an index has no column name (NULL).
                let named = try Optional<String>.fetchAll(db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno", arguments: [index])
                if named.count >= columns.count, Array(named.prefix(columns.count)) == columns.map(Optional.some) { return true }
            }
            return false
        }

        /// The ids of `family`'s records whose own case number is `key`, or nil when the
        /// family's are found through an index (not kept here).
        func ownCase(family: String, _ key: CaseKey) -> [Int64]? {
            guard let map = own[family] else { return nil }
            return map[CaseIndex.ownKey(key.issuer, Int64(key.year), key.serial)] ?? []
        }

        /// The ids of `family`'s records whose `column` contains the serial of `number` and
        /// carries `number` (what the statement over every row answers), or nil when not kept.
        func freeText(family: String, column: String, _ number: CaseNumber) -> [Int64]? {
            guard let map = free[family + "." + column] else { return nil }
            let serial = Array(number.serial.utf8)
            return (map[CaseKey(number)] ?? []).filter { CaseIndex.contains($0.1, serial) }.map(\.0)
        }

        /// The ids the link statement `sql` answers for `id`: kept, else `read` (at most 100 000 kept).
        func link(_ sql: String, _ id: Int64, _ read: () throws -> [Int64]) throws -> [Int64] {
            try kept(\.links, "\(id) \(sql)", limit: 100_000, read)
        }

        /// The id of the body `name` names: kept, else `read` (errors are not kept).
        func body(_ name: String, _ read: () throws -> Int64) throws -> Int64 {
            try kept(\.bodies, name, limit: 10_000, read)
        }

        /// The value kept under `key` in `table`, else `read` and kept (the table emptied when it
        /// reaches `limit`); the table is read and written under the lock, `read` runs outside it.
        private func kept<Value>(_ table: ReferenceWritableKeyPath<CaseIndex, [String: Value]>, _ key: String, limit: Int,
                                 _ read: () throws -> Value) throws -> Value {
            lock.lock()
            let known = self[keyPath: table][key]
            lock.unlock()
            if let known { return known }
            let value = try read()
            lock.lock()
            if self[keyPath: table].count >= limit { self[keyPath: table].removeAll() }
            self[keyPath: table][key] = value
            lock.unlock()
            return value
        }

        /// `instr(text, part) > 0`, on UTF-8 bytes.
        static func contains(_ text: [UInt8], _ part: [UInt8]) -> Bool {
            guard !part.isEmpty else { return true }
            guard text.count >= part.count else { return false }
            for start in 0...(text.count - part.count) where text[start] == part[0] {
                if text[start..<(start + part.count)].elementsEqual(part) { return true }
            }
            return false
        }
    }

    /// The case numbers written in a free text such as `§ 83, RJL 2024/2313` or
    /// `SKR2025/00294; RÖ 2024-6246`.
    public static func caseNumbers(in text: String) -> [CaseNumber] {
        if let whole = CaseNumber(text) { return [whole] }
        return text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" || $0 == "(" || $0 == ")" })
            .compactMap { CaseNumber(String($0)) }
    }
}
