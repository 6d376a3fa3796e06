import ArgumentParser
import Foundation
import SamregCore
import SamregQuery
import SamregReports
import SamregStore

extension ReportFormat: ExpressibleByArgument {}
extension AmountUnit: ExpressibleByArgument {}

/// Options every report takes.
struct ReportOptions: ParsableArguments {
    @Option(help: "md, html, csv, csv-excel (Excel with Swedish settings) or json.") var format: ReportFormat = .md
    @Option(help: ArgumentHelp("Write to this file (atomically: a failed report leaves no file).", valueName: "file"))
    var out: String?
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day the report is made as of (default today).", valueName: "date"))
    var asOf: String?
    @Flag(help: "Include records marked confidential (sekretess): not for publication.") var includeConfidential = false
    @Flag(help: ArgumentHelp("No progress line on the terminal.")) var quiet = false

    func validate() throws { try validateDate(asOf, option: "--as-of") }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports in Swedish: the annual summary and the analysts' follow-up.",
        discussion: """
            Example:
              samreg report annual --year 2024 --format html --out arlig-uppfoljning-2024.html
            """,
        subcommands: CommandTree.select([
            ("annual", { AnnualCommand.self }), ("remisser", { RemisserReport.self }), ("permits", { PermitsReport.self }),
            ("workload", { WorkloadReport.self }), ("flows", { FlowsReport.self }), ("indicators", { IndicatorsReport.self }),
        ], level: 2))
}

/// Opens the registry read-only, builds `report` from the catalog as `request` says (its as-of
/// day is the registry's today), and writes it.
func runReport(_ report: ReportCatalog, _ common: CommonOptions, _ options: ReportOptions,
               _ request: (inout ReportRequest) -> Void = { _ in }) throws {
    try reportingErrors {
        let registry = try common.open(.readOnly, asOf: options.asOf)
        let sink = try OutputSink(path: options.out, protecting: [common.databasePath])
        // A report is a few queries and rendering: the line says how long it has run.
        let progress = ProgressLine(label: "report \(report.name)", quiet: options.quiet, writesToStandardOutput: options.out == nil)
        defer { progress.finish() }
        var parameters = ReportRequest(asOf: registry.today, includeConfidential: options.includeConfidential)
        request(&parameters)
        let built = try registry.read { db in try report.build(db, parameters) }
        try built.write(options.format, to: sink)
        progress.finish()
        if let out = options.out, out != "-" { printNote("wrote \(out)") }
    }
}

struct AnnualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annual",
        abstract: "The annual summary (årlig uppföljning) for Samverkansnämnden.",
        discussion: """
            Sections in order: Samverkansnämnden, Sjukvårdsregional samverkan (the six \
            samarbetsområden, each with the records that belong to it: remisser inside \
            Effektiva processer, workload division inside Långsiktig och hållbar \
            arbetsfördelning, decisions filed with --area), Högspecialiserad vård, \
            Universitetssjukvård, Vård enligt regionavtalet, Avtalsmodell, Sjukvårdsregionala \
            systemmått, and the appendix Tabeller och diagram. Each section ends with the \
            narrative recorded for it (samreg narrative add). A joint remiss answer counts on \
            its sent day, else on its approval day; a permit counts as held from its grant \
            decision. With --as-of, answers, decisions, ends and status changes dated after \
            that day do not count. Confidential records and personal names are left out. \
            Amounts are in mnkr, shares in whole per cent and DRG volumes in whole points, as \
            the committee publishes them; --unit tkr shows amounts in tkr.

            Example:
              samreg report annual --year 2024 --format html --out arlig-uppfoljning-2024.html
            """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var options: ReportOptions
    @Option(help: "The year reported on.") var year: Int
    @Option(help: "Amounts in mnkr (default, as published) or tkr.") var unit: AmountUnit = .mnkr

    func validate() throws {
        guard (1990...2100).contains(year) else { throw ValidationError("--year: \(year) is not a year between 1990 and 2100") }
    }

    func run() throws {
        try runReport(.annual, common, options) { $0.year = year; $0.unit = unit }
    }
}

struct RemisserReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remisser",
        abstract: "Remisser: answered in a period by category and preparing body, median time to answer, open ones by deadline.",
        discussion: "Example:\n  samreg report remisser --from 2025-01-01 --to 2025-06-30 --format md")

    @OptionGroup var common: CommonOptions
    @OptionGroup var options: ReportOptions
    @Option(help: ArgumentHelp("Answers sent from this day (default 1 January this year).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Answers sent to this day (default today).", valueName: "date")) var to: String?

    func validate() throws {
        try validateDate(from, option: "--from")
        try validateDate(to, option: "--to")
        if let from, let to, to < from { throw ValidationError("--to \(to) is before --from \(from)") }
    }

    func run() throws {
        try runReport(.remisser, common, options) { $0.from = from; $0.to = to }
    }
}

struct PermitsReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permits",
        abstract: "NHV permits held, in operation, new, ended, and progress toward the 10–12 goal, as of any day.",
        discussion: "Example:\n  samreg report permits --as-of 2024-12-31 --format html --out tillstand.html")

    @OptionGroup var common: CommonOptions
    @OptionGroup var options: ReportOptions

    func run() throws {
        try runReport(.permits, common, options)
    }
}

struct WorkloadReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workload",
        abstract: "Workload division by specialty and status, with the decisions behind it.",
        discussion: "Example:\n  samreg report workload --format csv")

    @OptionGroup var common: CommonOptions
    @OptionGroup var options: ReportOptions

    func run() throws {
        try runReport(.workload, common, options)
    }
}

struct FlowsReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flows",
        abstract: "Care under the regional agreement over five years, shares per region, the contract model's outcome vs budget, and care bought outside the region.",
        discussion: "Amounts in tkr with decimals kept (--unit mnkr for mnkr).\n\nExample:\n  samreg report flows --year 2024 --format html --out regionavtalet.html")

    @OptionGroup var common: CommonOptions
    @OptionGroup var options: ReportOptions
    @Option(help: "The last year shown (default: the latest year with figures).") var year: Int?
    @Option(help: "Amounts in tkr (default) or mnkr.") var unit: AmountUnit = .tkr

    func run() throws {
        try runReport(.flows, common, options) { $0.year = year; $0.unit = unit }
    }
}

struct IndicatorsReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Systemmått for a period: each region against riket, given each indicator's direction, and distance to target.",
        discussion: "Example:\n  samreg report indicators --period 2024 --format md")

    @OptionGroup var common: CommonOptions
    @OptionGroup var options: ReportOptions
    @Option(help: "The period: 2024, 2024-T1 or 2024-05 (default: the latest with values).") var period: String?

    func validate() throws {
        if let period, !RecordWriter.isPeriod(period) { throw ValidationError("--period: '\(period)' is not 2024, 2024-T1 or 2024-05") }
    }

    func run() throws {
        try runReport(.indicators, common, options) { $0.period = period }
    }
}
