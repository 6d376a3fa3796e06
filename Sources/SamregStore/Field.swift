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

        /// The family of the one record a value of this kind links to (the target of a record
        /// link, `body` for a body), under which the linking record is listed; nil for other
        /// kinds (an organisation is a party named by its code, not a record listed under).
        public var linkedFamily: String? {
            switch self {
            case .record(let target): return target
            case .body: return Families.body.name
            default: return nil
            }
        }
    }

    public let name: String
    public let column: String?
    public let kind: Kind
    public let required: Bool
    /// The English help of the command line (`samreg remiss add --help`).
    public let help: String
    /// The help in Swedish, where users of the web registry read it (its forms): short and in
    /// the region's own words ("Dag då remissen kom in.").
    public let swedishHelp: String
    /// The SQL expression that reads the field's value for output, over table alias `t`.
    public let select: String
    /// Whether the value must be unique (checked before writing for a friendly message).
    public let unique: Bool
    /// A number that may be written with a per-cent sign (`74,3 %`): a share kept in per cent.
    public let acceptsPercent: Bool

    public init(_ name: String, column: String? = nil, _ kind: Kind, required: Bool = false,
                unique: Bool = false, select: String? = nil, acceptsPercent: Bool = false, help: String,
                swedish: String = "") {
        self.name = name
        self.acceptsPercent = acceptsPercent
        self.kind = kind
        self.required = required
        self.unique = unique
        self.help = help
        self.swedishHelp = swedish
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

    /// What a value looks like, in Swedish (the web forms): `ÅÅÅÅ-MM-DD`, `ja/nej`,
    /// `ett av: Öppen, Försenad …` (a vocabulary by its labels).
    public var swedishValueHint: String {
        switch kind {
        case .id: return "nummer"
        case .integer(let min, let max):
            // A bound past a million says nothing a user needs; 10 000 is written the Swedish way.
            func grouped(_ n: Int) -> String {
                n < 10_000 ? String(n) : grouped(n / 1000) + " " + String(String(n % 1000 + 1000).dropFirst())
            }
            if max >= 1_000_000 { return min <= 0 ? "heltal" : "heltal från \(grouped(min))" }
            return "heltal \(grouped(min))–\(grouped(max))"
        case .text, .derived: return "text"
        case .longText: return "text (Markdown)"
        case .real: return "tal, t.ex. 74,6"
        case .date: return "ÅÅÅÅ-MM-DD"
        case .partialDate: return "ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD"
        case .flag: return "ja/nej"
        case .vocabulary(let vocabulary): return "ett av: " + vocabulary.words.map(\.label).joined(separator: ", ")
        case .organisation: return "organisationens kod eller namn (RÖ, SKR …)"
        case .body: return "organets nummer, kortnamn eller namn"
        case .record(let family):
            return "nummer på \(Families.named(family)?.swedish.singular ?? family)"
        case .caseNumber: return "diarienummer, t.ex. RÖ 2024-6246"
        case .paragraph: return "§ nr, t.ex. § 51"
        case .bodies: return "organ; organ"
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
    /// The English help of the command line (`samreg remiss list --help`).
    public let help: String
    /// The help in Swedish, where users of the web registry read it (the list's filters).
    public let swedishHelp: String

    public init(_ name: String, _ kind: Kind, sql: String, help: String, swedish: String = "") {
        self.name = name
        self.kind = kind
        self.sql = sql
        self.help = help
        self.swedishHelp = swedish
    }
}
