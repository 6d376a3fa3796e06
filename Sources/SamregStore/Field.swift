import SamregCore

/// One field of a record family: a CSV column, a JSON key and a command-line option
/// (`--sender-ref` or `--sender_ref` for the field `sender_ref`) at once.
///
/// A field is written to one column of the family's table (`column`), or to several for case
/// numbers, or to a link table for multi-valued fields; a derived field is read-only and
/// computed by `select`.
public struct Field: Sendable {
    public enum Kind: Sendable, Equatable {
        /// The record's id: shown everywhere, optional on import (kept when given).
        case id
        case text
        /// Long text (Markdown). On the command line `--NAME-file PATH` reads it from a file
        /// (`-` for standard input).
        case longText
        case integer(min: Int, max: Int)
        case real
        case date
        /// A date as precise as the source: `2024`, `2024-06` or `2024-06-15`, kept as written.
        case partialDate
        case flag
        case vocabulary(Vocabulary)
        /// An organisation, stored as its id and written as its code (`RÖ`, `SKR`).
        case organisation
        /// A body, stored as its id; accepted as id, short name, name or alias.
        case body
        /// A record of another family by id (or by case number or code where it has one).
        case record(String)
        /// A case number kept as written plus issuer, year and serial columns.
        case caseNumber(issuer: String, year: String, serial: String)
        /// A protocol paragraph kept as written, with its number in `numberColumn`.
        case paragraph(numberColumn: String)
        /// Several bodies, stored in a link table (`table`, `owner` and `body` columns).
        case bodies(table: String, owner: String)
        /// Read-only, computed by `select`.
        case derived
    }

    public let name: String
    public let column: String?
    public let kind: Kind
    public let required: Bool
    public let help: String
    /// The SQL expression that reads the field's value for output, over table alias `t`.
    public let select: String
    /// Whether the value must be unique (checked before writing for a friendly message).
    public let unique: Bool
    /// A number that may be written with a per-cent sign (`74,3 %`): a share kept in per cent.
    public let acceptsPercent: Bool

    public init(_ name: String, column: String? = nil, _ kind: Kind, required: Bool = false,
                unique: Bool = false, select: String? = nil, acceptsPercent: Bool = false, help: String) {
        self.name = name
        self.acceptsPercent = acceptsPercent
        self.kind = kind
        self.required = required
        self.unique = unique
        self.help = help
        switch kind {
        case .derived, .bodies:
            self.column = nil
        default:
            self.column = column ?? name
        }
        let col = column ?? name
        switch kind {
        case .organisation:
            self.select = select ?? "(SELECT o.code FROM organisation o WHERE o.id = t.\(col))"
        case .bodies(let table, let owner):
            self.select = select ?? "(SELECT group_concat(body_id, ';') FROM (SELECT body_id FROM \(table) WHERE \(owner) = t.id ORDER BY body_id))"
        case .derived:
            precondition(select != nil, "derived field \(name) needs a select expression")
            self.select = select!
        default:
            self.select = select ?? "t.\(col)"
        }
    }

    /// True for fields that a user may give when adding or updating.
    public var isWritable: Bool {
        switch kind {
        case .id, .derived: return false
        default: return true
        }
    }

    /// The placeholder shown in help: `DATE`, `TEXT`, `oppen|forsenad|…` …
    public var valueHint: String {
        switch kind {
        case .id, .integer: return "N"
        case .text, .derived: return "TEXT"
        case .longText: return "MARKDOWN"
        case .real: return "NUMBER"
        case .date: return "YYYY-MM-DD"
        case .partialDate: return "YYYY[-MM[-DD]]"
        case .flag: return "ja|nej"
        case .vocabulary(let vocabulary): return vocabulary.codes.joined(separator: "|")
        case .organisation: return "ORG"
        case .body: return "BODY"
        case .record(let family): return "\(family.uppercased())-ID"
        case .caseNumber: return "CASE-NO"
        case .paragraph: return "§ N"
        case .bodies: return "BODY;BODY"
        }
    }
}

/// A list filter: `--NAME VALUE` (or `--NAME` alone for a switch) adds `sql` to the WHERE
/// clause with the value bound as many times as the SQL has placeholders.
public struct Filter: Sendable {
    public enum Kind: Sendable, Equatable {
        case text, integer, date, flag, vocabulary(Vocabulary), organisation, body, days, `switch`
    }
    public let name: String
    public let kind: Kind
    public let sql: String
    public let help: String

    public init(_ name: String, _ kind: Kind, sql: String, help: String) {
        self.name = name
        self.kind = kind
        self.sql = sql
        self.help = help
    }
}

/// A record family: a table of the registry with its fields, filters and rules, from which
/// samreg derives `add`, `list`, `show`, `update`, `end`, `import` and `export`.
public struct Family: Sendable {
    public let name: String
    public let table: String
    /// The English noun for messages ("remiss", "NHV permit").
    public let noun: String
    public let abstract: String
    public let fields: [Field]
    public let filters: [Filter]
    /// The field that `end` sets (a date), and other columns it sets with it.
    public let endField: String?
    public let endSets: [(column: String, value: String)]
    /// Date pairs that must be in order: (earlier field, later field).
    public let dateOrder: [(String, String)]
    /// Fields shown by `list --format table` (all fields in other formats).
    public let tableFields: [String]
    public let order: String
    /// Example command lines for help texts.
    public let examples: [String]
    /// Full-text search: family number and SQL expressions for title, body, refs over `t`.
    public let search: (number: Int64, title: String, body: String, refs: String)?
    /// A unique text column that identifies a record besides its id (organisation code …).
    public let codeColumn: String?
    /// The fields that identify a record as the sources do (case number; year, payer,
    /// receiver, part and basis …): what `import --update` matches a row on.
    public let naturalKey: [String]
    /// Values a key field has when a row leaves it out (the schema's defaults).
    public let keyDefaults: [String: String]

    public init(name: String, table: String, noun: String, abstract: String, fields: [Field],
                filters: [Filter] = [], endField: String? = nil,
                endSets: [(column: String, value: String)] = [], dateOrder: [(String, String)] = [],
                tableFields: [String], order: String = "t.id", examples: [String],
                search: (number: Int64, title: String, body: String, refs: String)? = nil,
                codeColumn: String? = nil, naturalKey: [String] = [], keyDefaults: [String: String] = [:]) {
        self.name = name
        self.table = table
        self.noun = noun
        self.abstract = abstract
        self.fields = fields
        self.filters = filters
        self.endField = endField
        self.endSets = endSets
        self.dateOrder = dateOrder
        self.tableFields = tableFields
        self.order = order
        self.examples = examples
        self.search = search
        self.codeColumn = codeColumn
        self.naturalKey = naturalKey
        self.keyDefaults = keyDefaults
        for name in naturalKey { precondition(fields.contains { $0.name == name && $0.isWritable }, "\(self.name): no key field \(name)") }
        for name in tableFields { precondition(fields.contains { $0.name == name }, "\(self.name): no field \(name)") }
    }

    /// The SELECT list that reads every field under its name, over table alias `t`.
    public var selectList: String {
        fields.map { "\($0.select) AS \"\($0.name)\"" }.joined(separator: ", ")
    }

    public func field(named name: String) -> Field? {
        fields.first { $0.name == name }
    }

    public var writableFields: [Field] { fields.filter(\.isWritable) }

    /// The field that holds a case number, if the family has one.
    public var caseNumberField: Field? {
        fields.first { if case .caseNumber = $0.kind { return true } else { return false } }
    }
}
