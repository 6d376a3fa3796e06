import ArgumentParser
import Foundation
import SamregCore
import SamregQuery
import SamregReports
import SamregStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the registry database, or bring an older one up to the current schema.",
        discussion: """
            The file is created readable by its owner only. A database written by a newer \
            samreg is refused. Running init on a current database changes nothing.

            Example:
              samreg init --db registry.sqlite
            """)

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors {
            let registry = try common.open(.create)
            let applied = try registry.appliedMigrations().count
            if registry.created {
                try printLine("created \(common.databasePath) (schema: \(applied) migrations)")
            } else if registry.migrationsAtOpen == applied {
                try printLine("\(common.databasePath) is up to date (schema: \(applied) migrations)")
            } else if registry.migrationsAtOpen == 0 {
                // An empty file, a file another init (running at the same moment) had just
                // created, or an init stopped before its first migration.
                try printLine("initialised \(common.databasePath) (schema: \(applied) migrations)")
            } else {
                try printLine("upgraded \(common.databasePath) to schema \(applied) migrations")
            }
        }
    }
}

struct Seed: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the bundled seed data: real SÖSR facts from the source documents.",
        discussion: """
            Each seeded row cites its source file and line in its `source` field. Seeding \
            again adds only what is missing, so it can be run any number of times.

            Example:
              samreg seed --db registry.sqlite
            """)

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors {
            let registry = try common.open(.readWrite)
            let added = try Seeder.run(registry)
            if added.isEmpty {
                try printLine("seed data already loaded: nothing to add")
            } else {
                try printLine("seeded: " + added.map { "\($0.added) \($0.table)" }.joined(separator: ", "))
            }
        }
    }
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import records of one family from CSV or JSON, all or nothing.",
        discussion: """
            The columns are the field names of `samreg FAMILY list --format json`. CSV may use \
            ',' or ';' and may start with a UTF-8 byte-order mark (as Swedish Excel writes). \
            The first bad row stops the import with file:line:column and nothing is written; \
            with --max-errors N the bad rows are listed first, up to N of them (0: all), each on \
            its own line, and still nothing is written.

            --update completes and corrects records already registered: each row is matched by \
            its id, else by the family's natural key (\(naturalKeys)); the fields it gives \
            (non-empty) replace the stored ones, each change audited as an update, and a row \
            that matches nothing is added. All rows or none.

            Families: \(Families.all.map(\.name).joined(separator: ", "))

            Example:
              samreg import remiss remisser.csv
              samreg import decision protokoll-2024.csv --update
            """)

    static var naturalKeys: String {
        ["decision", "remiss", "contract", "flow", "membership"].compactMap(Families.named).map {
            "\($0.name): \($0.naturalKey.joined(separator: " + "))"
        }.joined(separator: "; ") + " …"
    }

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The record family.", valueName: "family")) var familyName: String
    @Argument(help: ArgumentHelp("The file (.csv or .json; - for standard input).", valueName: "file")) var file: String
    @Option(help: "File format when the name does not tell: csv or json.") var format: String?
    @Flag(help: "Complete and correct records already registered (matched by id or natural key); add the rest.") var update = false
    @Flag(help: ArgumentHelp("No progress line on the terminal.")) var quiet = false
    @Option(help: ArgumentHelp("List up to N bad rows before refusing the import (0: all of them).", valueName: "N")) var maxErrors = 1

    func validate() throws {
        guard Families.named(familyName) != nil else {
            throw ValidationError("unknown family '\(familyName)' (families: \(Families.all.map(\.name).joined(separator: ", ")))")
        }
        if let format, Importer.Format(rawValue: format) == nil { throw ValidationError("--format: csv or json") }
        if maxErrors < 0 { throw ValidationError("--max-errors: \(maxErrors) is not a number of errors (0 for all, or 1 or more)") }
    }

    func run() throws {
        try reportingErrors {
            let registry = try common.open(.readWrite)
            var importer = Importer(registry: registry, family: Families.named(familyName)!)
            importer.maxErrors = maxErrors
            let progress = ProgressLine(label: "import \(familyName)", quiet: quiet)
            defer { progress.finish() }
            if progress.isEnabled { importer.progress = { progress.update(rows: $0, fraction: $1) } }
            do {
                try run(importer, progress: progress)
            } catch let refused as ImportRefused {
                // Each bad row on its own line, then how many.
                progress.finish()
                for error in refused.errors { printError(error.description) }
                printError(refused.summary)
                throw ExitCode(1)
            }
        }
    }

    private func run(_ importer: Importer, progress: ProgressLine) throws {
        if update {
            let counts = try importer.run(path: file, format: format.flatMap(Importer.Format.init(rawValue:)), update: true)
            progress.finish()
            try printLine("updated \(counts.updated) and added \(counts.added) \(familyName) record\(counts.added == 1 ? "" : "s") from \(file)")
        } else {
            let count = try importer.run(path: file, format: format.flatMap(Importer.Format.init(rawValue:)))
            progress.finish()
            try printLine("imported \(count) \(familyName) record\(count == 1 ? "" : "s") from \(file)")
        }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every record of one family as CSV or JSON, in the form import reads.",
        discussion: """
            Records marked confidential (sekretess), and records that are part of or about \
            them, are left out unless --include-confidential is given.

            Example:
              samreg export permit --format csv --out tillstand.csv
            """)

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The record family.", valueName: "family")) var familyName: String
    @Option(help: "csv, csv-excel (Excel with Swedish settings: ; BOM, decimal comma, CRLF) or json.") var format: TableFormat = .csv
    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file")) var out: String?
    @Flag(help: "Include records marked confidential.") var includeConfidential = false
    @Flag(help: ArgumentHelp("No progress line on the terminal.")) var quiet = false

    func validate() throws {
        guard Families.named(familyName) != nil else {
            throw ValidationError("unknown family '\(familyName)' (families: \(Families.all.map(\.name).joined(separator: ", ")))")
        }
        guard format != .table else { throw ValidationError("--format: csv, csv-excel or json") }
    }

    func run() throws {
        try reportingErrors {
            let registry = try common.open(.readOnly)
            var query = RecordQuery(family: Families.named(familyName)!)
            query.confidentiality = includeConfidential ? .include : .exclude
            query.orderById = true
            let writer = RowWriter(format: format, columns: query.columns, sink: try OutputSink(path: out, protecting: [common.databasePath]))
            let progress = ProgressLine(label: "export \(familyName)", quiet: quiet, writesToStandardOutput: out == nil)
            defer { progress.finish() }
            try registry.read { db in
                guard progress.isEnabled else { return try query.forEach(db) { try writer.append($0) } }
                let total = try query.count(db)
                var done = 0
                try query.forEach(db) {
                    try writer.append($0)
                    done += 1
                    progress.update(rows: done, fraction: total > 0 ? Double(done) / Double(total) : nil)
                }
            }
            progress.finish()
            try writer.finish()
        }
    }
}

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search in decisions, remisser, NHV permits and workload decisions.",
        discussion: """
            Every word must occur; end a word with * to match its beginning. Diacritics are \
            optional: brannskador finds brännskador. The best matches come first; when more than \
            20 000 records match, the most recent come first instead (ranking that many is slow \
            and says little: add a word). Records marked confidential (sekretess), and records \
            that are part of or about them, are not searched unless --include-confidential is \
            given (a hit would tell what their text contains).

            Example:
              samreg search brännskador
            """)

    @OptionGroup var common: CommonOptions
    @Argument(help: "Words to search for.") var words: [String]
    @Option(help: "Output format: table, json, csv or csv-excel (Excel with Swedish settings).") var format: TableFormat = .table
    @Option(help: "At most this many hits.") var limit: Int = 50
    @Flag(help: "Search records marked confidential (sekretess) too.") var includeConfidential = false

    func run() throws {
        try validateLimit(limit)
        try reportingErrors {
            let registry = try common.open(.readOnly)
            let result = try registry.read { db in
                try Search.search(db, text: words.joined(separator: " "), limit: limit, includeConfidential: includeConfidential)
            }
            let writer = RowWriter(format: format, columns: ["family", "id", "title", "snippet"], sink: OutputSink())
            for hit in result.hits { try writer.append([.text(hit.family), .int(hit.id), .text(hit.title), .text(hit.snippet)]) }
            try writer.finish()
            if result.order == .recency {
                printNote("samreg: more than \(Search.rankingLimit) records match; "
                    + "the most recent are listed first (add a word to rank by relevance)")
            }
        }
    }
}

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL query for analysis.",
        discussion: """
            The connection is opened read-only: statements that write are refused. \
            `COLLATE swedish` sorts in Swedish order. Rows are written as they are read; a query \
            is stopped after --timeout seconds (default 5). It reads the tables as they are, records \
            marked confidential (sekretess) included, as opening the file with sqlite3 would: \
            it is direct access to the file for analysts, not an output for publication.

            Example:
              samreg sql "select category, count(*) as n from remiss group by category" --format csv
            """)

    @OptionGroup var common: CommonOptions
    @Argument(help: "The query.") var query: String
    @Option(help: "Output format: table, json, csv or csv-excel (Excel with Swedish settings).") var format: TableFormat = .table
    @Option(help: ArgumentHelp("Stop the query after this many seconds.", valueName: "seconds"))
    var timeout: Double = ReadOnlySQL.defaultTimeout

    func validate() throws {
        guard timeout.isFinite, timeout > 0, timeout <= 86_400 else {
            throw ValidationError("--timeout: \(timeout) is not a number of seconds (more than 0, at most 86400)")
        }
    }

    func run() throws {
        try reportingErrors {
            let registry = try common.open(.readOnly)
            var writer: RowWriter?
            try registry.read { db in
                try ReadOnlySQL.run(db, sql: query, timeout: timeout,
                                    header: { writer = RowWriter(format: format, columns: $0, sink: OutputSink()) },
                                    body: { row in try writer?.append(row) })
            }
            try writer?.finish()
        }
    }
}

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database with SQLite's online backup while others keep working.",
        discussion: """
            To restore: stop using the registry, check the backup with `samreg check --db FILE`, \
            and copy it over the database file (removing its -wal and -shm files).

            Example:
              samreg backup registry-2025-06-17.sqlite
            """)

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The new backup file.", valueName: "file")) var file: String

    func run() throws {
        try reportingErrors {
            let registry = try common.open(.readOnly)
            try Maintenance.backup(registry, to: file)
            try printLine("backed up \(common.databasePath) to \(file)")
        }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check integrity, foreign keys, the search index, the open remisser, the audit chain and the records against it.",
        discussion: """
            Exits non-zero when any check finds a problem.

            Example:
              samreg check --db registry.sqlite
            """)

    @OptionGroup var common: CommonOptions
    @Flag(help: "Rebuild the full-text search index from the records first.") var repairSearch = false

    func run() throws {
        var failed = false
        try reportingErrors {
            let registry = try common.open(repairSearch ? .readWrite : .readOnly)
            if repairSearch { try Maintenance.repairSearch(registry) }
            for finding in try Maintenance.check(registry) {
                try printLine("\(finding.ok ? "ok  " : "FAIL") \(finding.check): \(finding.detail)")
                if !finding.ok { failed = true }
            }
        }
        if failed { throw ExitCode(1) }
    }
}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The audit trail: who changed what, and whether the trail is intact.",
        subcommands: CommandTree.select([("log", { AuditLog.self }), ("verify", { AuditVerify.self }), ("head", { AuditHead.self })],
                                        level: 2))
}

struct AuditLog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show who changed what, filtered by record, actor and period.",
        discussion: """
            Example:
              samreg audit log --family remiss --record 3
              samreg audit log --actor anna --from 2025-06-01 --format json

            Of a change to a record marked confidential (sekretess), or part of or about one, \
            the command reads "\(Confidentiality.mask)", the values before and after show only \
            the registration, and the hash is left out, unless --include-confidential is given.
            """)

    @OptionGroup var common: CommonOptions
    @Option(help: "Only changes to this record family.") var family: String?
    @Option(help: "Only changes to this record id (with --family).") var record: Int64?
    @Option(name: .customLong("by"), help: "Only changes made by this actor.") var by: String?
    @Option(help: "From this day.") var from: String?
    @Option(help: "To this day.") var to: String?
    @Option(help: "Only the newest N changes.") var limit: Int?
    @Option(help: "Output format: table, json, csv or csv-excel (Excel with Swedish settings).") var format: TableFormat = .table
    @Flag(help: "Show changes to records marked confidential (sekretess) in full.") var includeConfidential = false

    func validate() throws {
        try validateDate(from, option: "--from")
        try validateDate(to, option: "--to")
        try validateLimit(limit)
        if let family, Families.named(family) == nil { throw ValidationError("unknown family '\(family)'") }
        if record != nil && family == nil { throw ValidationError("--record needs --family") }
    }

    func run() throws {
        try reportingErrors {
            let registry = try common.open(.readOnly)
            let entries = try registry.read { db in
                try AuditTrail.log(db, table: family.flatMap(Families.named)?.table, recordId: record, actor: by,
                                   from: from, to: to, limit: limit, includeConfidential: includeConfidential)
            }
            let full = format != .table
            let columns = full ? ["seq", "at", "actor", "action", "table", "record", "command", "before", "after", "hash"]
                               : ["seq", "at", "actor", "action", "table", "record", "command"]
            let writer = RowWriter(format: format, columns: columns, sink: OutputSink())
            for e in entries {
                var row: [Cell] = [.int(e.seq), .text(e.at), .text(e.actor), .text(e.action), .text(e.table), .int(e.recordId),
                                   e.command.map(Cell.text) ?? .null]
                if full { row += [e.before.map(Cell.text) ?? .null, e.after.map(Cell.text) ?? .null, e.hash.map(Cell.text) ?? .null] }
                try writer.append(row)
            }
            try writer.finish()
        }
    }
}

struct AuditVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove the audit trail intact and the records what it says; with --head, that it extends a quoted head.",
        discussion: """
            Recomputes the hash chain (naming every changed, removed or reordered audit entry) \
            and compares every record with the after-image of its last audit entry (naming every \
            record changed, added or removed outside samreg). With --head, also proves that the \
            trail still extends a head printed earlier by `samreg audit head` (as quoted in the \
            minutes or the annual summary): no entry up to it was removed or rewritten since. \
            Exits non-zero when anything is found; at most \(AuditVerify.shownProblems) problems \
            are listed, followed by their count. See docs/data-safety.md, "Threat model".

            Example:
              samreg audit verify
              samreg audit verify --head "samreg-audit 1234:3f9a0c5e71d2b84a6f03"
            """)

    static let shownProblems = 50

    @OptionGroup var common: CommonOptions
    @Option(help: ArgumentHelp("A head printed by `samreg audit head` that the trail must still extend.", valueName: "head"))
    var head: String?

    func run() throws {
        var failed = false
        try reportingErrors {
            let quoted = try head.map(AuditTrail.Head.init(parsing:))
            let registry = try common.open(.readOnly)
            let (checked, lines, total) = try registry.read { db -> (Int, [String], Int) in
                let (checked, chain) = try AuditTrail.verify(db)
                var lines = chain.map(\.description)
                var total = chain.count
                if let quoted, let problem = try AuditTrail.checkHead(db, quoted) {
                    lines.insert(problem.description, at: 0)
                    total += 1
                }
                let state = try AuditTrail.verifyState(db, limit: AuditVerify.shownProblems)
                lines += state.problems.map(\.description)
                total += state.total
                return (checked, lines, total)
            }
            if total == 0 {
                let extends = quoted.map { ", and it extends the quoted head \($0)" } ?? ""
                try printLine("audit trail intact: \(checked) records, hash chain verified, every record matches its last audit entry\(extends)")
            } else if total == 1, let only = lines.first {
                // One problem (a wrong head, say): one line.
                printError("audit trail NOT intact: \(only)")
                failed = true
            } else {
                for line in lines.prefix(AuditVerify.shownProblems) { printError(line) }
                if total > AuditVerify.shownProblems {
                    printError("… and \(total - AuditVerify.shownProblems) more problems not listed")
                }
                printError("audit trail NOT intact: \(total) problem\(total == 1 ? "" : "s") (\(checked) audit records)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

struct AuditHead: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "head",
        abstract: "Print the trail's head, a short line to quote in the minutes: later `audit verify --head` proves the trail extends it.",
        discussion: """
            The head is the number of the newest audit entry and the first 20 hex digits of its \
            hash: `samreg-audit COUNT:HASH`. Quote it somewhere the registry's file cannot change \
            (the minutes, the annual summary, which prints the head it was made at). Whoever can \
            write the file can rewrite the whole trail consistently, but not so that it still \
            extends a head quoted before. The trail is verified first; no head is printed for a \
            trail that is not intact.

            Example:
              samreg audit head
            """)

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors {
            let registry = try common.open(.readOnly)
            let head = try registry.read { db -> AuditTrail.Head in
                let chain = try AuditTrail.verify(db).problems.count
                let state = try AuditTrail.verifyState(db, limit: 0).total
                guard chain + state == 0 else {
                    throw SamregError("the audit trail is not intact (\(chain + state) problem\(chain + state == 1 ? "" : "s")): no head printed; see `samreg audit verify`")
                }
                return try AuditTrail.head(db)
            }
            try printLine(head.description)
        }
    }
}
