import GRDB
import SamregCore

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
    /// Full-text search: family number and SQL expressions for title, body, refs over `t`.
    public let search: (number: Int64, title: String, body: String, refs: String)?
    /// A unique text column that identifies a record besides its id (organisation code …).
    public let codeColumn: String?
    /// The fields that identify a record as the sources do (case number; year, payer,
    /// receiver, part and basis …): what `import --update` matches a row on.
    public let naturalKey: [String]
    /// Values a key field has when a row leaves it out (the schema's defaults).
    public let keyDefaults: [String: String]
    /// What else the family says about itself (rules, relations, naming, trace …), each
    /// given in the family's own file; see `Family.Traits`.
    public let traits: Traits

    public init(name: String, table: String, noun: String, abstract: String, fields: [Field],
                filters: [Filter] = [], endField: String? = nil,
                endSets: [(column: String, value: String)] = [], dateOrder: [(String, String)] = [],
                tableFields: [String], order: String = "t.id",
                search: (number: Int64, title: String, body: String, refs: String)? = nil,
                codeColumn: String? = nil, naturalKey: [String] = [], keyDefaults: [String: String] = [:],
                traits: Traits = Traits()) {
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
        self.search = search
        self.codeColumn = codeColumn
        self.naturalKey = naturalKey
        self.keyDefaults = keyDefaults
        self.traits = traits
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
