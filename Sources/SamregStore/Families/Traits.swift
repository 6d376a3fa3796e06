import GRDB
import SamregCore

extension Family {
    /// What a family says about itself beyond its fields and filters, each given in the
    /// family's own file (`Families/Remiss.swift` …): the rest of samreg reads these and never
    /// asks for a family by name.
    public struct Traits: Sendable {
        /// The family's Swedish names, where users read (the web registry's headings) and its
        /// stable address there (`/remisser/42`).
        public var swedish: Swedish?
        /// Cross-field rules, checked on every add, update and import row (after the fields
        /// are parsed and the date order is checked). A rule throws a `FieldError`.
        public var rules: [Rule] = []
        /// A field whose earlier values are kept, valid up to the day before a change
        /// (`body` name, `membership` role).
        public var history: ValueHistory?
        /// Called on an update, in its transaction before the record is written, with the
        /// values before and the values given (a renamed body keeps its former name as an alias).
        public var onUpdate: UpdateHook?
        /// The family's records point at a record of any family named in a column
        /// (`reference`: `family` + `record_id`).
        public var pointer: RecordPointer?
        /// Records carry further case numbers in the `reference` family.
        public var carriesReferences = false
        /// A column holding another party's reference, matched like a case number
        /// (a remiss's `sender_ref`).
        public var otherNumberColumn: String?
        /// A text column in which case numbers are written among other words (an adoption's
        /// `reference`: `§ 83, RJL 2024/2313`).
        public var numbersInTextColumn: String?
        /// Records are also found by their paragraph citation (`SVN § 51-2024`).
        public var citedByParagraph = false
        /// How a record is named where others show it, and found by name.
        public var naming: Naming?
        /// The samarbetsområde every record of the family belongs to (CooperationAreas).
        public var area: String?
        /// Families whose records point at this one, listed under it by `show`: (family,
        /// the filter that selects those pointing at a given id).
        public var related: [(family: String, filter: String)] = []
        /// The date column that makes a record recent (search, when matches are many).
        public var recency: String?
        /// When records can be sealed: the fields of the registration, shown of a sealed
        /// record, and the list filters that read the registration only (Confidentiality).
        public var registration: Registration?
        /// How the record appears in a case's chain (`samreg trace`).
        public var trace: Trace?

        public init() {}
    }

    public struct Swedish: Sendable {
        /// `remiss`, `NHV-tillstånd`: "Ny remiss", "Rätta remiss 3".
        public let singular: String
        /// `Remisser`: the list's heading.
        public let plural: String
        /// The path segment of the family's pages (`remisser`): ASCII, lowercase, stable.
        public let path: String
        /// What the family holds, in a sentence (the list page's introduction).
        public let about: String
        public init(singular: String, plural: String, path: String, about: String) {
            self.singular = singular
            self.plural = plural
            self.path = path
            self.about = about
        }
    }

    /// A cross-field rule.
    public typealias Rule = @Sendable (RuleInput) throws -> Void

    /// A hook run on an update: (database, id, values before, values given, change day).
    public typealias UpdateHook = @Sendable (_ db: Database, _ id: Int64, _ before: [String: DatabaseValue],
                                             _ after: [String: DatabaseValue], _ changedOn: String?) throws -> Void

    /// What a rule sees: the record as it would be stored, by field name.
    public struct RuleInput {
        public let db: Database
        /// Field name → value as stored in its main column.
        public let values: [String: DatabaseValue]
        /// The record's id on update; nil on insert.
        public let id: Int64?
        /// Fields given with a per-cent sign (`74,3 %`).
        public let percentSigns: Set<String>

        /// The value of `name` as text (numbers written out), nil when empty.
        public func text(_ name: String) -> String? {
            guard let v = values[name], !v.isNull else { return nil }
            switch v.storage {
            case .int64(let n): return String(n)
            case .double(let x): return String(x)
            default: return String.fromDatabaseValue(v) ?? ""
            }
        }

        /// The value of `name` as an integer (an id), nil when empty.
        public func int64(_ name: String) -> Int64? {
            values[name].flatMap(Int64.fromDatabaseValue)
        }
    }

    public struct ValueHistory: Sendable {
        /// The field whose earlier values are kept, the history table and its owner column.
        public let field: String, table: String, owner: String
        public init(field: String, table: String, owner: String) {
            self.field = field
            self.table = table
            self.owner = owner
        }
    }

    public struct RecordPointer: Sendable {
        /// Field and column naming the family pointed at, and field and column of its id.
        public let familyField: String, familyColumn: String, idField: String, idColumn: String
        public init(familyField: String, familyColumn: String, idField: String, idColumn: String) {
            self.familyField = familyField
            self.familyColumn = familyColumn
            self.idField = idField
            self.idColumn = idColumn
        }
    }

    public struct Naming: Sendable {
        /// The column a record is found by (`show NAME`), compared folded; nil when records
        /// are not found by name.
        public let column: String?
        /// SQL over `t` for the record's label (default: the column).
        public let label: String
        /// Further SQL over `t`, true when `?1` (folded) names the record another way.
        public let alsoMatches: String?
        public init(column: String?, label: String? = nil, alsoMatches: String? = nil) {
            self.column = column
            self.label = label ?? "t.\(column ?? "id")"
            self.alsoMatches = alsoMatches
        }
    }

    public struct Registration: Sendable {
        public let fields: Set<String>
        public let filters: Set<String>
        public init(fields: Set<String>, filters: Set<String>) {
            self.fields = fields
            self.filters = filters
        }
    }

    public struct Trace: Sendable {
        /// The record's kind as the chain prints it, in Swedish (`Remiss`, `Beslut`).
        public let label: String
        /// Where records of one day are placed in the chain (smaller first).
        public let order: Int
        /// SQL with one `?` (the id) reading `date`, `title` and `party` of the record.
        public let describe: String
        /// The records linked to one: (family, SQL with `?1` the id, reading their ids).
        public let links: [(family: String, sql: String)]
        public init(label: String, order: Int, describe: String, links: [(family: String, sql: String)]) {
            self.label = label
            self.order = order
            self.describe = describe
            self.links = links
        }
    }
}

extension Family {
    /// The family's Swedish names (its CLI name where none is given).
    public var swedish: Swedish { traits.swedish ?? Swedish(singular: noun, plural: name, path: name, about: abstract) }
}

extension Families {
    /// The family whose web pages live under `path` (`remisser`), or whose CLI name it is.
    public static func forPath(_ path: String) -> Family? {
        all.first { $0.swedish.path == path } ?? named(path)
    }

    /// The families whose records carry further case numbers (`reference`'s vocabulary).
    public static let carryingReferences: [Family] = all.filter(\.traits.carriesReferences)

    /// The families that appear in a case's chain, in the chain's order for records of one day.
    public static let traced: [Family] = all.filter { $0.traits.trace != nil }.sorted { $0.traits.trace!.order < $1.traits.trace!.order }
}
