import GRDB
import SamregCore

/// Resolves what users type for a reference (`RÖ`, `Socialstyrelsen`, `SVN`, `RPO Ögonsjukdomar`,
/// `12`, `RÖ 2024-6246`) to a record id, with a message naming the field and value when it
/// cannot. Organisations and bodies are cached for the life of one command.
public final class Lookups {
    private var organisations: [String: Int64]?
    /// What was typed → id, so that a file naming SKR 50 000 times folds it once.
    private var exactOrganisations: [String: Int64] = [:]
    private var bodies: [String: [Int64]]?
    private var bodyIds: Set<Int64> = []
    private var checkedBodyIds: Set<Int64> = []

    public init() {}

    /// Forget cached names (after organisations or bodies were added).
    public func invalidate(_ table: String) {
        if table == "organisation" { organisations = nil; exactOrganisations = [:] }
        if table == "body" || table == "body_alias" { bodies = nil; checkedBodyIds = [] }
    }

    /// The id of the organisation whose code or name is `text` (case-insensitive), or whose id
    /// it is (a code or name that is a number wins over an id).
    public func organisation(_ text: String, field: String, in db: Database) throws -> Int64 {
        if organisations == nil {
            var map: [String: Int64] = [:]
            let rows = try Row.fetchAll(db, sql: "SELECT id, code, name FROM organisation")
            for row in rows { map[Registry.fold(row["name"])] = row["id"] }
            for row in rows { map[Registry.fold(row["code"])] = row["id"] }   // codes win over names

            organisations = map
        }
        if let id = exactOrganisations[text] { return id }
        if let id = organisations![Registry.fold(text.trimmingWhitespace())] {
            exactOrganisations[text] = id
            return id
        }
        if let id = Int64(text.trimmingWhitespace()) {
            if organisations!.values.contains(id) {
                exactOrganisations[text] = id
                return id
            }
            throw FieldError(field: field, message: "\(field): unknown organisation id \(id)", swedish: "Det finns ingen organisation med nummer \(id).")
        }
        throw FieldError(field: field, message: "\(field): unknown organisation '\(text)' (give a code such as RÖ, RJL, RKL, SKR, SoS, or add it with `samreg org add`)",
                         swedish: "Okänd organisation: ”\(text)”. Ange organisationens kod, t.ex. RÖ, RJL, RKL, SKR eller SoS, eller lägg först till den under Organisationer.")
    }

    /// The id of the body whose id, short name, name or alias is `text`.
    public func body(_ text: String, field: String, in db: Database) throws -> Int64 {
        let trimmed = text.trimmingWhitespace()
        // An id needs no table of names (a `list --body 6` reads one row, not every body);
        // ids already checked are remembered for the rows of an import.
        if bodies == nil, let id = Int64(trimmed) {
            if checkedBodyIds.contains(id) { return id }
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM body WHERE id = ?)"), arguments: [id]) == true {
                checkedBodyIds.insert(id)
                return id
            }
            throw FieldError(field: field, message: "\(field): unknown body id \(id)", swedish: "Det finns inget organ med nummer \(id).")
        }
        if bodies == nil {
            var map: [String: [Int64]] = [:]
            var ids: Set<Int64> = []
            func add(_ key: String?, _ id: Int64) {
                guard let key else { return }
                let k = Registry.fold(key)
                if !(map[k] ?? []).contains(id) { map[k, default: []].append(id) }
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, name, short_name FROM body") {
                let id: Int64 = row["id"]
                ids.insert(id)
                add(row["short_name"], id)
                add(row["name"], id)
            }
            for row in try Row.fetchAll(db, sql: "SELECT body_id, alias FROM body_alias") {
                add(row["alias"], row["body_id"])
            }
            bodies = map
            bodyIds = ids
        }
        if let id = Int64(trimmed) {
            if bodyIds.contains(id) { return id }
            throw FieldError(field: field, message: "\(field): unknown body id \(id)", swedish: "Det finns inget organ med nummer \(id).")
        }
        let matches = bodies![Registry.fold(trimmed)] ?? []
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            throw FieldError(field: field, message: "\(field): unknown body '\(text)' (give its id, short name, name or alias; `samreg body list --name TEXT` finds it)",
                             swedish: "Okänt organ: ”\(text)”. Ange organets nummer, kortnamn, namn eller ett annat namn som registrerats för det (sök under Organ).")
        }
        throw FieldError(field: field, message: "\(field): body '\(text)' is ambiguous: it names bodies \(matches.sorted().map(String.init).joined(separator: ", ")); give the id",
                         swedish: "”\(text)” kan syfta på flera organ (nummer \(matches.sorted().map(String.init).joined(separator: ", "))). Ange organets nummer.")
    }

    /// The id of a record of `family` given as an id, a case number, or a code. `among`, an
    /// SQL condition over `t`, limits the records a case number or code can name (sealed
    /// records whose case number is masked are not found by it: `Confidentiality`).
    public func record(_ text: String, family: Family, field: String, in db: Database, among: String? = nil) throws -> Int64 {
        let among = among.map { " AND \($0)" } ?? ""
        let trimmed = text.trimmingWhitespace()
        if let id = Int64(trimmed) {
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM \(family.table) WHERE id = ?)"), arguments: [id]) == true {
                return id
            }
            throw FieldError(field: field, message: "\(field): unknown \(family.noun) id \(id)",
                             swedish: "Det finns ingen post av slaget \(family.swedish.singular) med nummer \(id).")
        }
        if let code = family.codeColumn {
            if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT t.id FROM \(family.table) t WHERE t.\(code) = ?\(among)"), arguments: [trimmed.nfc]) {
                return id
            }
            // Codes are unique without regard to case (RecordWriter), so `rö` names `RÖ`.
            let ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT t.id FROM \(family.table) t WHERE samreg_fold(t.\(code)) = ?\(among) LIMIT 2"),
                                         arguments: [Registry.fold(trimmed)])
            if ids.count == 1 { return ids[0] }
        }
        if case .caseNumber(let issuer, let year, let serial)? = family.caseNumberField?.kind,
           let number = CaseNumber(trimmed) {
            let ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT t.id FROM \(family.table) t WHERE t.\(issuer) = ? AND t.\(year) = ? AND t.\(serial) = ?\(among)"),
                                         arguments: [number.issuer, number.year, number.serial])
            if ids.count == 1 { return ids[0] }
            if ids.count > 1 {
                throw FieldError(field: field, message: "case number '\(text)' names \(ids.count) \(family.noun)s (\(ids.map(String.init).joined(separator: ", "))); give the id",
                                     swedish: "Diarienumret \(text) finns på flera poster av slaget \(family.swedish.singular) (nummer \(ids.map(String.init).joined(separator: ", "))). Ange postens nummer.")
            }
        }
        // Any further case number the record carries (the reference family), and a remiss's
        // sender's reference: a record is named the same way here as by `show` and `trace`.
        var others: [Int64] = []
        if let number = CaseNumber(trimmed) {
            others += try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT t.id FROM reference r JOIN \(family.table) t ON t.id = r.record_id
                WHERE r.family = ? AND r.issuer = ? AND r.year = ? AND r.serial = ?\(among)
                """), arguments: [family.name, number.issuer, number.year, number.serial])
        }
        if family.fields.contains(where: { $0.column == "sender_ref" }) {
            others += try Int64.fetchAll(db.cachedStatement(sql: "SELECT t.id FROM \(family.table) t WHERE t.sender_ref = ?\(among)"),
                                         arguments: [trimmed.nfc])
        }
        // Last, a record with a name (a person): by its name, as bodies are, when it names one.
        if others.isEmpty, family.field(named: "name")?.column == "name" {
            others += try Int64.fetchAll(db.cachedStatement(sql: "SELECT t.id FROM \(family.table) t WHERE samreg_fold(t.name) = ?\(among) LIMIT 11"),
                                         arguments: [Registry.fold(trimmed)])
        }
        let distinct = Array(Set(others)).sorted()
        if distinct.count == 1 { return distinct[0] }
        if distinct.count > 1 {
            throw FieldError(field: field, message: "'\(text)' names \(distinct.count) \(family.noun)s (\(distinct.map(String.init).joined(separator: ", "))); give the id",
                             swedish: "”\(text)” kan syfta på flera poster av slaget \(family.swedish.singular) (nummer \(distinct.map(String.init).joined(separator: ", "))). Ange postens nummer.")
        }
        let ways = [family.codeColumn != nil ? "code" : nil, family.caseNumberField != nil ? "case number" : nil,
                    family.field(named: "name")?.column == "name" ? "name" : nil].compactMap { $0 }
        throw FieldError(field: field, message: "\(field): unknown \(family.noun) '\(text)' (give its id\(ways.map { " or " + $0 }.joined()))",
                         swedish: "Hittar ingen post av slaget \(family.swedish.singular) som ”\(text)” anger. Ange postens nummer\(Lookups.swedishWays(family)).")
    }
}

extension Lookups {
    /// `, diarienummer eller namn`: the other ways a record of `family` can be named.
    static func swedishWays(_ family: Family) -> String {
        let ways = [family.codeColumn != nil ? "kod" : nil, family.caseNumberField != nil ? "diarienummer" : nil,
                    family.field(named: "name")?.column == "name" ? "namn" : nil].compactMap { $0 }
        guard let last = ways.last else { return "" }
        return ways.dropLast().map { ", " + $0 }.joined() + " eller " + last
    }
}

/// A problem with one field of one record: the writer's error before it gets its location.
/// `message` is the command line's English; `swedish` is what the web registry shows its
/// users beside the field ("Ange ett datum som ÅÅÅÅ-MM-DD.").
public struct FieldError: Error, CustomStringConvertible {
    public let field: String?
    public let message: String
    /// The message in Swedish; nil only where none is written yet (the web then shows `message`).
    public let swedish: String?

    public init(field: String?, message: String, swedish: String? = nil) {
        self.field = field
        self.message = message
        self.swedish = swedish
    }

    /// The message for the web: the Swedish one, else the English.
    public var swedishMessage: String { swedish ?? message }

    public var description: String { message }
}
