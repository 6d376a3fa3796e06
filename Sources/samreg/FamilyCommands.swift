import ArgumentParser
import Foundation
import GRDB
import SamregCore
import SamregQuery
import SamregReports
import SamregStore

/// A record family as a type, so that one generic command serves every family.
protocol FamilyMarker {
    static var family: Family { get }
    /// Example command lines for the family's help screens (`FamilyExamples.swift`).
    static var examples: [String] { get }
}

enum FamilyCommands {
    /// One command group per family: `samreg remiss add|list|show|update|end` and so on.
    /// The names are the families' names (`Families.all`); an end-to-end test runs every
    /// family's group by its name, so a name that drifts fails there.
    static let groups: [CommandTree.Entry] = [
        ("org", { FamilyGroup<OrgFamily>.self }), ("body", { FamilyGroup<BodyFamily>.self }),
        ("alias", { FamilyGroup<AliasFamily>.self }), ("area", { FamilyGroup<AreaFamily>.self }),
        ("person", { FamilyGroup<PersonFamily>.self }), ("membership", { FamilyGroup<MembershipFamily>.self }),
        ("meeting", { FamilyGroup<MeetingFamily>.self }), ("decision", { FamilyGroup<DecisionFamily>.self }),
        ("reference", { FamilyGroup<ReferenceFamily>.self }), ("remiss", { RemissGroup.self }),
        ("response", { FamilyGroup<ResponseFamily>.self }), ("permit", { FamilyGroup<PermitFamily>.self }),
        ("goal", { FamilyGroup<GoalFamily>.self }), ("workload", { FamilyGroup<WorkloadFamily>.self }),
        ("flow", { FamilyGroup<FlowFamily>.self }), ("contract", { FamilyGroup<ContractFamily>.self }),
        ("price", { FamilyGroup<PriceFamily>.self }), ("outside-care", { FamilyGroup<OutsideCareFamily>.self }),
        ("usv", { FamilyGroup<UniversityUnitFamily>.self }), ("access", { FamilyGroup<AccessFamily>.self }),
        ("indicator", { FamilyGroup<IndicatorFamily>.self }),
        ("indicator-value", { FamilyGroup<IndicatorValueFamily>.self }),
        ("indicator-set", { FamilyGroup<IndicatorSetFamily>.self }),
        ("indicator-set-member", { FamilyGroup<IndicatorSetMemberFamily>.self }),
        ("adoption", { FamilyGroup<AdoptionFamily>.self }), ("narrative", { FamilyGroup<NarrativeFamily>.self }),
    ]

    /// A family's commands, `respond` added for remisser.
    static func commands<F: FamilyMarker>(_: F.Type, extra: [CommandTree.Entry] = []) -> [ParsableCommand.Type] {
        let base: [CommandTree.Entry] = [
            ("add", { @Sendable in AddCommand<F>.self }), ("list", { @Sendable in ListCommand<F>.self }),
            ("show", { @Sendable in ShowCommand<F>.self }), ("update", { @Sendable in UpdateCommand<F>.self }),
            ("end", { @Sendable in EndCommand<F>.self }),
        ]
        return CommandTree.select(base + extra, level: 2)
    }

    /// Help texts built once per process: the argument parser reads every command's
    /// configuration on each run, so building them is start-up time.
    private static let helpCache = HelpCache()

    /// The texts, behind a lock (the argument parser may ask from any thread).
    private final class HelpCache: @unchecked Sendable {
        private let lock = NSLock()
        private var texts: [String: String] = [:]

        func text(_ key: String, _ build: () -> String) -> String {
            lock.lock()
            defer { lock.unlock() }
            if let text = texts[key] { return text }
            let text = build()
            texts[key] = text
            return text
        }
    }

    static func cached(_ key: String, _ build: () -> String) -> String {
        helpCache.text(key, build)
    }

    /// `sender_ref` → `--sender-ref`.
    static func optionName(_ field: String) -> String {
        "--" + String(field.map { $0 == "_" ? "-" : $0 })
    }

    /// The help text listing a family's fields as options.
    static func fieldHelp(_ family: Family, requiredMarked: Bool) -> String {
        cached("fields \(family.name) \(requiredMarked)") { buildFieldHelp(family, requiredMarked: requiredMarked) }
    }

    private static func buildFieldHelp(_ family: Family, requiredMarked: Bool) -> String {
        family.writableFields.map { field in
            var option = "\(optionName(field.name)) \(field.valueHint)"
            if field.kind == .longText { option += "  (or \(optionName(field.name))-file PATH)" }
            let mark = requiredMarked && field.required ? "  (required)" : ""
            return "  \(option)\(mark)\n        \(field.help)"
        }.joined(separator: "\n")
    }

    static func filterHelp(_ family: Family) -> String {
        cached("filters \(family.name)") { buildFilterHelp(family) }
    }

    private static func buildFilterHelp(_ family: Family) -> String {
        family.filters.map { filter in
            let hint: String
            switch filter.kind {
            case .switch: hint = ""
            case .vocabulary(let vocabulary): hint = " " + vocabulary.codes.joined(separator: "|")
            case .date: hint = " YYYY-MM-DD"
            case .integer, .days: hint = " N"
            case .organisation: hint = " ORG"
            case .body: hint = " BODY"
            case .text, .flag: hint = " TEXT"
            }
            return "  --\(filter.name)\(hint)\n        \(filter.help)"
        }.joined(separator: "\n")
    }

    /// `--name=value` → (name, value); `--name` → (name, nil); anything else → nil.
    static func splitOption(_ word: String) -> (String, String?)? {
        guard word.hasPrefix("--"), word.count > 2 else { return nil }
        let body = word.dropFirst(2)
        guard let eq = body.firstIndex(of: "=") else { return (String(body), nil) }
        return (String(body[..<eq]), String(body[body.index(after: eq)...]))
    }

    /// Parses `--field value`, `--field=value`, `--field-file PATH` and bare flags from the
    /// words the argument parser did not recognise.
    static func parseFields(_ words: [String], family: Family, command: String, readFiles: Bool = true) throws -> [String: String] {
        var result: [String: String] = [:]
        var i = 0
        while i < words.count {
            let word = words[i]
            guard var (name, value) = splitOption(word) else {
                throw ValidationError("unexpected argument '\(word)' (\(command) takes --FIELD VALUE pairs; see --help)")
            }
            name = name.replacingOccurrences(of: "-", with: "_")
            var fromFile = false
            if family.field(named: name) == nil, name.hasSuffix("_file"),
               let field = family.field(named: String(name.dropLast(5))), field.kind == .longText {
                name = field.name
                fromFile = true
            }
            guard let field = family.field(named: name), field.isWritable else {
                throw ValidationError("unknown option '\(word)' for \(command) (fields: \(family.writableFields.map { "--" + $0.name.replacingOccurrences(of: "_", with: "-") }.joined(separator: ", ")))")
            }
            if value == nil {
                if i + 1 < words.count, !(words[i + 1].hasPrefix("--") && words[i + 1].count > 2) {
                    value = words[i + 1]
                    i += 1
                } else if field.kind == .flag {
                    value = "ja"
                } else {
                    throw ValidationError("option '\(word)' needs a value (\(field.valueHint))")
                }
            }
            if result[name] != nil {
                if case .bodies = field.kind { result[name]! += ";" + value! ; i += 1; continue }
                throw ValidationError("option '--\(name.replacingOccurrences(of: "_", with: "-"))' is given twice")
            }
            if fromFile && readFiles { value = try readText(value!) }
            result[name] = value
            i += 1
        }
        return result
    }

    /// Parses list filters the same way.
    static func parseFilters(_ words: [String], family: Family) throws -> [(Filter, String)] {
        var result: [(Filter, String)] = []
        var i = 0
        while i < words.count {
            let word = words[i]
            guard let (name, given) = splitOption(word) else {
                throw ValidationError("unexpected argument '\(word)' (see --help for the filters)")
            }
            var value = given
            let normalized = name.replacingOccurrences(of: "_", with: "-")
            guard let filter = family.filters.first(where: { $0.name == normalized }) else {
                let names = family.filters.map { "--" + $0.name }
                throw ValidationError("unknown filter '\(word)' for \(family.name) list\(names.isEmpty ? "" : " (filters: \(names.joined(separator: ", ")))")")
            }
            if filter.kind == .switch {
                result.append((filter, ""))
            } else {
                if value == nil {
                    guard i + 1 < words.count else { throw ValidationError("filter '\(word)' needs a value") }
                    value = words[i + 1]
                    i += 1
                }
                result.append((filter, value!))
            }
            i += 1
        }
        return result
    }

    /// Text from a file, or from standard input for "-".
    static func readText(_ path: String) throws -> String {
        let data = try InputFile.readAll(path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw SamregError("\(path) is not UTF-8 text")
        }
        return text
    }
}

struct FamilyGroup<F: FamilyMarker>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: F.family.name,
            abstract: F.family.abstract,
            discussion: "Examples:\n" + F.examples.map { "  " + $0 }.joined(separator: "\n"),
            subcommands: FamilyCommands.commands(F.self))
    }
}

struct AddCommand<F: FamilyMarker>: ParsableCommand {
    static var configuration: CommandConfiguration {
        let family = F.family
        return CommandConfiguration(
            commandName: "add",
            abstract: "Record a new \(family.noun).",
            discussion: "Fields:\n\(FamilyCommands.fieldHelp(family, requiredMarked: true))\n\nExample:\n  \(F.examples[0])")
    }

    @OptionGroup var common: CommonOptions
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The fields above, each as --NAME VALUE.", valueName: "field"),
              completion: FieldCompletion.fields(F.family))
    var fields: [String] = []

    func validate() throws {
        _ = try FamilyCommands.parseFields(fields, family: F.family, command: "\(F.family.name) add", readFiles: false)
    }

    func run() throws {
        let family = F.family
        let input = try FamilyCommands.parseFields(fields, family: family, command: "\(family.name) add")
        try reportingErrors {
            let registry = try common.open(.readWrite)
            let id = try registry.write { db in
                try RecordWriter(family: family, db: db, lookups: Lookups()).insert(input)
            }
            try printLine("\(family.noun) \(id) recorded")
        }
    }
}

struct ListCommand<F: FamilyMarker>: ParsableCommand {
    static var configuration: CommandConfiguration {
        let family = F.family
        let filters = family.filters.isEmpty ? "" : "Filters:\n\(FamilyCommands.filterHelp(family))\n\n"
        return CommandConfiguration(
            commandName: "list",
            abstract: "List \(family.noun) records.",
            discussion: "\(filters)Columns (JSON keys and CSV header): \(family.fields.map(\.name).joined(separator: ", "))\n\nExample:\n  samreg \(family.name) list --format csv")
    }

    @OptionGroup var common: CommonOptions
    @Option(help: "Output format: table, json, csv or csv-excel (Excel with Swedish settings).") var format: TableFormat = .table
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day statuses and deadlines are judged on (default today).", valueName: "date"))
    var asOf: String?
    @Option(help: "At most this many records.") var limit: Int?
    @Flag(help: "Show records marked confidential (sekretess) in full, not only their registration.") var includeConfidential = false
    @Argument(parsing: .allUnrecognized,
              help: F.family.filters.isEmpty ? .hidden
                  : ArgumentHelp("The filters above, each as --NAME VALUE (or --NAME alone for a switch).", valueName: "filter"),
              completion: FieldCompletion.filters(F.family))
    var filterWords: [String] = []

    func validate() throws {
        try validateDate(asOf, option: "--as-of")
        try validateLimit(limit)
        _ = try FamilyCommands.parseFilters(filterWords, family: F.family)
    }

    func run() throws {
        let family = F.family
        let filters = try FamilyCommands.parseFilters(filterWords, family: family)
        try reportingErrors {
            let registry = try common.open(.readOnly, asOf: asOf)
            var query = RecordQuery(family: family)
            query.filters = filters
            query.limit = limit
            query.confidentiality = includeConfidential ? .include : .mask
            let columns = format == .table ? family.tableFields : query.columns
            let indexes = columns.map { name in query.columns.firstIndex(of: name)! }
            let writer = RowWriter(format: format, columns: columns, sink: OutputSink())
            try registry.read { db in
                try query.forEach(db) { row in try writer.append(indexes.map { row[$0] }) }
            }
            try writer.finish()
        }
    }
}

struct ShowCommand<F: FamilyMarker>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: "Show one \(F.family.noun) with all its fields.",
                             discussion: "Example:\n  samreg \(F.family.name) show 1 --format json")
    }

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The record's id\(F.family.caseNumberField != nil ? " or case number" : F.family.codeColumn != nil ? " or code" : "").", valueName: "id"))
    var key: String
    @Option(help: "Output format: table, json, csv or csv-excel (Excel with Swedish settings).") var format: TableFormat = .table
    @Flag(help: "Show records marked confidential (sekretess) in full, not only their registration.") var includeConfidential = false
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day statuses, names and roles are read as of (default today).", valueName: "date"))
    var asOf: String?

    func validate() throws {
        try validateDate(asOf, option: "--as-of")
    }

    func run() throws {
        let family = F.family
        let confidentiality: Confidentiality.Mode = includeConfidential ? .include : .mask
        try reportingErrors {
            let registry = try common.open(.readOnly, asOf: asOf)
            // The record and (for the table format) the records pointing to it, in one read;
            // the table names every linked record (title, name, case number), never a bare id.
            let (table, related) = try registry.read { db in
                var table = try RecordQuery.show(db, family: family, key: key, confidentiality: confidentiality)
                guard format == .table else { return (table, [(Family, [String], [[String]])]()) }
                let id = table.rows[0][0].plain
                let byName = Dictionary(zip(table.columns, table.rows[0]), uniquingKeysWith: { a, _ in a })
                table.rows[0] = try zip(family.fields, table.rows[0]).map { field, cell in
                    try RecordLabels.display(db, family: family, field: field, cell: cell, row: byName, confidentiality: confidentiality)
                }
                return (table, try RelatedRecords.fetch(db, family: F.family, id: id, confidentiality: confidentiality).map { ($0.family, $0.columns, $0.rows) })
            }
            if format == .table {
                let row = table.rows[0]
                let width = table.columns.map(\.count).max() ?? 0
                var out = ""
                for (i, name) in table.columns.enumerated() {
                    out += name + String(repeating: " ", count: width - name.count) + "  " + TerminalText.escape(row[i].plain, keepingLineBreaks: true) + "\n"
                }
                for (child, columns, rows) in related where !rows.isEmpty {
                    out += "\n\(child.noun)s:\n"
                    out += RowWriter.alignedTable(columns: columns, rows: rows)
                }
                let sink = OutputSink()
                sink.write(out)
                try sink.finish()
                return
            }
            let writer = RowWriter(format: format, columns: table.columns, sink: OutputSink())
            for row in table.rows { try writer.append(row) }
            try writer.finish()
        }
    }
}

struct UpdateCommand<F: FamilyMarker>: ParsableCommand {
    static var configuration: CommandConfiguration {
        let family = F.family
        return CommandConfiguration(
            commandName: "update",
            abstract: "Correct fields of a \(family.noun); the audit trail keeps the old values.",
            discussion: "Give only the fields to change; an empty value (--note '') clears an optional field.\n\nFields:\n\(FamilyCommands.fieldHelp(family, requiredMarked: false))\n\nExample:\n  samreg \(family.name) update 1 --note 'Rättat enligt protokoll'")
    }

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The record's id.", valueName: "id")) var id: Int64
    @Option(name: .customLong("changed-on"),
            help: ArgumentHelp("The day a body's new name or a membership's new role takes effect (default today); the earlier value is kept up to the day before.", valueName: "date"))
    var changedOn: String?
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The fields above to correct, each as --NAME VALUE.", valueName: "field"),
              completion: FieldCompletion.fields(F.family))
    var fields: [String] = []

    func validate() throws {
        try validateDate(changedOn, option: "--changed-on")
        _ = try FamilyCommands.parseFields(fields, family: F.family, command: "\(F.family.name) update", readFiles: false)
    }

    func run() throws {
        let family = F.family
        let input = try FamilyCommands.parseFields(fields, family: family, command: "\(family.name) update")
        try reportingErrors {
            let registry = try common.open(.readWrite)
            try registry.write { db in
                try RecordWriter(family: family, db: db, lookups: Lookups()).update(id: id, input, changedOn: changedOn)
            }
            try printLine("\(family.noun) \(id) updated")
        }
    }
}

struct EndCommand<F: FamilyMarker>: ParsableCommand {
    static var configuration: CommandConfiguration {
        let family = F.family
        let what = family.endField.map { "Sets \($0) (and \(family.endSets.map { "\($0.column) = \($0.value)" }.joined(separator: ", ")))" } ?? "Not available for this family"
        return CommandConfiguration(
            commandName: "end",
            abstract: "End a \(family.noun): nothing is deleted, the end date is recorded.",
            discussion: "\(what.replacingOccurrences(of: " (and )", with: "")).\n\nExample:\n  samreg \(family.name) end 1 --on 2025-12-31")
    }

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The record's id.", valueName: "id")) var id: Int64
    @Option(help: ArgumentHelp("The end date (default today).", valueName: "date")) var on: String?

    func validate() throws { try validateDate(on, option: "--on") }

    func run() throws {
        let family = F.family
        try reportingErrors {
            let registry = try common.open(.readWrite)
            try registry.write { db in
                try RecordWriter(family: family, db: db, lookups: Lookups()).end(id: id, on: on ?? registry.today)
            }
            try printLine("\(family.noun) \(id) ended")
        }
    }
}

/// `samreg remiss …` adds `respond` to the family commands.
struct RemissGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remiss",
        abstract: Families.remiss.abstract,
        discussion: "Examples:\n" + RemissFamily.examples.map { "  " + $0 }.joined(separator: "\n"),
        subcommands: FamilyCommands.commands(RemissFamily.self, extra: [("respond", { RespondCommand.self })]))
}

struct RespondCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond",
        abstract: "Record the answer to a remiss (jointly for SÖSR or for one region), or a decision not to answer.",
        discussion: "Fields (as for `samreg response add`, with the remiss given first):\n\(FamilyCommands.fieldHelp(Families.response, requiredMarked: true).split(separator: "\n").dropFirst(2).joined(separator: "\n"))\n\nExample:\n  samreg remiss respond 1 --scope sosr --approved-by SVN --decision 3 --approved 2024-10-18 --sent 2024-10-21")

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The remiss's id or case number.", valueName: "remiss")) var remiss: String
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The fields above, each as --NAME VALUE.", valueName: "field"),
              completion: FieldCompletion.fields(Families.response))
    var fields: [String] = []

    func validate() throws {
        _ = try FamilyCommands.parseFields(fields, family: Families.response, command: "remiss respond", readFiles: false)
    }

    func run() throws {
        var input = try FamilyCommands.parseFields(fields, family: Families.response, command: "remiss respond")
        input["remiss"] = remiss
        try reportingErrors {
            let registry = try common.open(.readWrite)
            let id = try registry.write { db in
                try RecordWriter(family: Families.response, db: db, lookups: Lookups()).insert(input)
            }
            try printLine("remiss response \(id) recorded")
        }
    }
}

extension TableFormat: ExpressibleByArgument {}

