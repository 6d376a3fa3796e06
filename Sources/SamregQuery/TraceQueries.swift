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
    /// The families a chain is made of, in the order records of one day are listed.
    public static let families = ["remiss", "decision", "response", "adoption", "permit", "workload"]

    static let tables = ["remiss": "remiss", "decision": "decision", "response": "remiss_response",
                         "permit": "permit", "workload": "workload", "adoption": "adoption"]

    /// At most this many records in one chain.
    public static let maxRecords = 2_000

    struct Node: Hashable { let family: String; let id: Int64 }

    /// The chain of the matter `text` names, in date order (records without a date last).
    /// Throws a one-line error when the text is empty or no record carries it.
    public static func trace(_ db: Database, number text: String,
                             confidentiality: Confidentiality.Mode = .mask) throws -> [TraceRecord] {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw SamregError("give a case number, e.g. 'RÖ 2024-6246', 'SKR2024/01345' or 'SVN § 51-2024'") }
        let context = try Context(db, confidentiality: confidentiality)
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
        guard let table = tables[family],
              try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id]) == true
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

        init(_ db: Database, confidentiality: Confidentiality.Mode) throws {
            self.db = db
            self.confidentiality = confidentiality
            var map: [String: String] = [:]
            for code in try String.fetchAll(db, sql: "SELECT code FROM organisation ORDER BY id") {
                let key = CaseNumber.issuerKey(code)
                if map[key] == nil { map[key] = code }
            }
            organisationByIssuer = map
        }

        func isSealed(_ node: Node) throws -> Bool {
            if let known = sealedCache[node] { return known }
            guard let table = TraceQueries.tables[node.family],
                  let rule = Confidentiality.sealed(table: table, id: "?1") else { return false }
            let sealed = try Bool.fetchOne(db, sql: "SELECT \(rule)", arguments: [node.id]) ?? false
            sealedCache[node] = sealed
            return sealed
        }

        func organisation(ofIssuer issuer: String) -> String {
            organisationByIssuer[issuer] ?? issuer
        }

        private func nodes(_ family: String, _ sql: String, _ arguments: StatementArguments) throws -> [Node] {
            try Int64.fetchAll(db, sql: sql, arguments: arguments).map { Node(family: family, id: $0) }
        }

        /// The records carrying `number` as their own case number (registration).
        func ownCase(_ number: CaseNumber) throws -> [Node] {
            var result: [Node] = []
            for family in ["remiss", "decision", "response", "permit", "workload"] {
                result += try nodes(family, "SELECT id FROM \(TraceQueries.tables[family]!) WHERE case_issuer = ? AND case_year = ? AND case_serial = ? ORDER BY id",
                                    [number.issuer, number.year, number.serial])
            }
            return result
        }

        /// The records carrying `number` otherwise: a further reference, a remiss's sender
        /// reference, the reference an adoption quotes.
        func otherCase(_ number: CaseNumber) throws -> [Node] {
            var result: [Node] = []
            for row in try Row.fetchAll(db, sql: "SELECT family, record_id FROM reference WHERE issuer = ? AND year = ? AND serial = ? ORDER BY id",
                                        arguments: [number.issuer, number.year, number.serial]) {
                let family: String = row["family"]
                if TraceQueries.tables[family] != nil { result.append(Node(family: family, id: row["record_id"])) }
            }
            result += try freeTextCases()[CaseKey(number)] ?? []
            return result
        }

        /// Issuer, year and serial: how case numbers are compared.
        struct CaseKey: Hashable {
            let issuer: String, year: Int, serial: String
            init(_ n: CaseNumber) { issuer = n.issuer; year = n.year; serial = n.serial }
        }

        private var freeText: [CaseKey: [Node]]?

        /// The case numbers in the free-text references (a remiss's sender reference, the
        /// reference an adoption quotes), read once per trace.
        func freeTextCases() throws -> [CaseKey: [Node]] {
            if let freeText { return freeText }
            var map: [CaseKey: [Node]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, sender_ref FROM remiss WHERE sender_ref IS NOT NULL ORDER BY id") {
                for number in TraceQueries.caseNumbers(in: row["sender_ref"]) {
                    map[CaseKey(number), default: []].append(Node(family: "remiss", id: row["id"]))
                }
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, reference FROM adoption WHERE reference IS NOT NULL ORDER BY id") {
                for number in TraceQueries.caseNumbers(in: row["reference"]) {
                    map[CaseKey(number), default: []].append(Node(family: "adoption", id: row["id"]))
                }
            }
            freeText = map
            return map
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
                    do { body = try Lookups().body(citation.body, field: "body", in: db) }
                    catch let error as FieldError { throw SamregError("'\(text)': \(error.message)") }
                    sql += " AND d.body_id = ?"
                    arguments.append(body)
                }
                try add(nodes("decision", sql + " ORDER BY d.id", StatementArguments(arguments)), registration: true)
            }
            if found.isEmpty {
                // Numbers that are not diarienummer (`FS 4.5.4 §28/2025`, `Dnr 12/34`), as written.
                let key = Registry.fold(text)
                try add(nodes("decision", "SELECT id FROM decision WHERE samreg_fold(paragraph) = ? OR samreg_fold(case_number) = ? ORDER BY id", [key, key]), registration: true)
                for family in ["remiss", "response", "permit", "workload"] {
                    try add(nodes(family, "SELECT id FROM \(TraceQueries.tables[family]!) WHERE samreg_fold(case_number) = ? ORDER BY id", [key]), registration: true)
                }
                try add(nodes("remiss", "SELECT id FROM remiss WHERE samreg_fold(sender_ref) = ? ORDER BY id", [key]), registration: false)
                for row in try Row.fetchAll(db, sql: "SELECT family, record_id FROM reference WHERE samreg_fold(written) = ? ORDER BY id", arguments: [key]) {
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
            switch node.family {
            case "remiss":
                try link("response", "SELECT id FROM remiss_response WHERE remiss_id = ? ORDER BY id")
                try link("decision", "SELECT id FROM decision WHERE remiss_id = ? ORDER BY id")
                try link("permit", "SELECT id FROM permit WHERE remiss_id = ? ORDER BY id")
            case "decision":
                try link("remiss", "SELECT remiss_id FROM decision WHERE id = ? AND remiss_id IS NOT NULL")
                try link("permit", "SELECT permit_id FROM decision WHERE id = ? AND permit_id IS NOT NULL")
                try link("workload", "SELECT workload_id FROM decision WHERE id = ? AND workload_id IS NOT NULL")
                try link("response", "SELECT id FROM remiss_response WHERE decision_id = ? ORDER BY id")
                try link("adoption", "SELECT id FROM adoption WHERE recommendation_id = ?1 OR decision_id = ?1 ORDER BY id")
                try link("workload", "SELECT id FROM workload WHERE decision_id = ? ORDER BY id")
            case "response":
                try link("remiss", "SELECT remiss_id FROM remiss_response WHERE id = ?")
                try link("decision", "SELECT decision_id FROM remiss_response WHERE id = ? AND decision_id IS NOT NULL")
            case "permit":
                try link("remiss", "SELECT remiss_id FROM permit WHERE id = ? AND remiss_id IS NOT NULL")
                try link("decision", "SELECT id FROM decision WHERE permit_id = ? ORDER BY id")
            case "workload":
                try link("decision", "SELECT decision_id FROM workload WHERE id = ? AND decision_id IS NOT NULL")
                try link("decision", "SELECT id FROM decision WHERE workload_id = ? ORDER BY id")
            case "adoption":
                try link("decision", "SELECT recommendation_id FROM adoption WHERE id = ?")
                try link("decision", "SELECT decision_id FROM adoption WHERE id = ? AND decision_id IS NOT NULL")
            default:
                break
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
        private func rawCaseNumbers(of node: Node) throws -> [CaseReference] {
            guard let table = TraceQueries.tables[node.family] else { return [] }
            var result: [CaseReference] = []
            func add(_ written: String?, organisation: String? = nil) {
                guard let written, !written.trimmingWhitespace().isEmpty else { return }
                let parsed = CaseNumber(written)
                if let parsed, result.contains(where: { CaseNumber($0.written)?.isSameCase(as: parsed) == true }) { return }
                if parsed == nil, result.contains(where: { $0.written == written }) { return }
                result.append(CaseReference(organisation: organisation ?? parsed.map { self.organisation(ofIssuer: $0.issuer) } ?? "", written: written))
            }
            if node.family == "decision",
               let row = try Row.fetchOne(db, sql: """
                   SELECT d.paragraph_no, d.paragraph, d.decided_on, coalesce(b.short_name, b.name) AS body
                   FROM decision d JOIN body b ON b.id = d.body_id WHERE d.id = ?
                   """, arguments: [node.id]) {
                let body: String = row["body"]
                if let number: Int = row["paragraph_no"] {
                    let year = Int(String((row["decided_on"] as String).prefix(4)))
                    add(ParagraphCitation.written(body: body, number: number, year: year), organisation: body)
                } else if let paragraph: String = row["paragraph"] {
                    add(paragraph, organisation: body)
                }
            }
            if node.family != "adoption" {
                add(try String.fetchOne(db, sql: "SELECT case_number FROM \(table) WHERE id = ?", arguments: [node.id]))
            }
            if node.family == "remiss",
               let row = try Row.fetchOne(db, sql: "SELECT r.sender_ref, o.code FROM remiss r JOIN organisation o ON o.id = r.sender_id WHERE r.id = ?", arguments: [node.id]),
               let ref: String = row["sender_ref"] {
                add(ref, organisation: CaseNumber(ref).map { organisation(ofIssuer: $0.issuer) } ?? row["code"])
            }
            if node.family == "adoption", let ref = try String.fetchOne(db, sql: "SELECT reference FROM adoption WHERE id = ?", arguments: [node.id]) {
                for number in TraceQueries.caseNumbers(in: ref) { add(number.written) }
            }
            if ["decision", "remiss", "permit", "workload"].contains(node.family) {
                for written in try String.fetchAll(db, sql: "SELECT written FROM reference WHERE family = ? AND record_id = ? ORDER BY id",
                                                   arguments: [node.family, node.id]) {
                    add(written)
                }
            }
            return result
        }

        /// The record as the chain shows it.
        func describe(_ node: Node) throws -> TraceRecord {
            let sealed = confidentiality != .include ? try isSealed(node) : false
            let mask = Confidentiality.mask
            var numbers = try rawCaseNumbers(of: node)
            let row: Row?
            switch node.family {
            case "remiss":
                row = try Row.fetchOne(db, sql: """
                    SELECT t.received_on AS date, t.title, o.code AS party FROM remiss t
                    JOIN organisation o ON o.id = t.sender_id WHERE t.id = ?
                    """, arguments: [node.id])
            case "decision":
                row = try Row.fetchOne(db, sql: """
                    SELECT t.decided_on AS date, t.title, coalesce(b.short_name, b.name) AS party FROM decision t
                    JOIN body b ON b.id = t.body_id WHERE t.id = ?
                    """, arguments: [node.id])
            case "response":
                row = try Row.fetchOne(db, sql: """
                    SELECT coalesce(t.sent_on, t.approved_on) AS date,
                           CASE t.kind WHEN 'avstar' THEN 'Avstår från att svara: ' ELSE 'Yttrande: ' END || r.title AS title,
                           CASE t.scope WHEN 'sosr' THEN 'SÖSR' ELSE (SELECT o.code FROM organisation o WHERE o.id = t.region_id) END AS party
                    FROM remiss_response t JOIN remiss r ON r.id = t.remiss_id WHERE t.id = ?
                    """, arguments: [node.id])
            case "permit":
                row = try Row.fetchOne(db, sql: """
                    SELECT coalesce(t.decided_on, t.start_on, t.applied_on) AS date, t.care_area AS title, o.code AS party
                    FROM permit t JOIN organisation o ON o.id = t.holder_id WHERE t.id = ?
                    """, arguments: [node.id])
            case "workload":
                row = try Row.fetchOne(db, sql: """
                    SELECT coalesce(t.decided_on, t.effective_on) AS date,
                           'Arbetsfördelning: ' || t.specialty || ifnull(' – ' || t.patient_group, '') AS title,
                           (SELECT coalesce(b.short_name, b.name) FROM body b WHERE b.id = t.decided_by_id) AS party
                    FROM workload t WHERE t.id = ?
                    """, arguments: [node.id])
            case "adoption":
                row = try Row.fetchOne(db, sql: """
                    SELECT t.decided_on AS date,
                           CASE t.outcome WHEN 'antagen' THEN 'Antagen' WHEN 'avslagen' THEN 'Avslagen' ELSE 'Pågående' END
                             || ' i ' || o.name || ': ' || d.title AS title,
                           o.code AS party
                    FROM adoption t JOIN organisation o ON o.id = t.region_id JOIN decision d ON d.id = t.recommendation_id
                    WHERE t.id = ?
                    """, arguments: [node.id])
            default:
                row = nil
            }
            guard let row else { throw SamregError("no \(node.family) \(node.id)") }
            let party: String? = row["party"]
            if sealed {
                // The registration only: the record's own case number (and paragraph), the
                // sender or deciding body; an adoption's reference is not its registration.
                let own = try String.fetchOne(db, sql: node.family == "adoption" ? "SELECT NULL" : "SELECT case_number FROM \(TraceQueries.tables[node.family]!) WHERE id = ?",
                                              arguments: node.family == "adoption" ? [] : [node.id])
                numbers = numbers.filter { ref in
                    (own != nil && ref.written == own) || (node.family == "decision" && ref.written.contains("§"))
                }
            }
            return TraceRecord(family: node.family, id: node.id, date: row["date"],
                               title: sealed ? mask : row["title"], party: party,
                               caseNumbers: numbers, sealed: sealed)
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
