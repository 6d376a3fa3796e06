import GRDB
import SamregCore
import SamregQuery

/// What a report is built from, as `samreg report` takes it. A value left nil means the
/// report's own default (noted at each property).
public struct ReportRequest: Sendable, Equatable {
    /// The day the report is made as of (the registry's today unless `--as-of` says otherwise).
    public var asOf: String
    /// The year reported on: required by `annual`; for `flows` the last year shown (default:
    /// the latest year with figures).
    public var year: Int?
    /// `remisser`: answers sent from this day (default 1 January of the as-of year).
    public var from: String?
    /// `remisser`: answers sent to this day (default the as-of day).
    public var to: String?
    /// `indicators`: 2024, 2024-T1 or 2024-05 (default: the latest whole year with values).
    public var period: String?
    /// Amounts in tkr or mnkr (default: mnkr in `annual`, as published; tkr in `flows`).
    public var unit: AmountUnit?
    /// Whether records marked confidential are included (never for publication).
    public var includeConfidential: Bool

    public init(asOf: String, year: Int? = nil, from: String? = nil, to: String? = nil, period: String? = nil,
                unit: AmountUnit? = nil, includeConfidential: Bool = false) {
        self.asOf = asOf
        self.year = year
        self.from = from
        self.to = to
        self.period = period
        self.unit = unit
        self.includeConfidential = includeConfidential
    }
}

/// Every report samreg makes, by name, and how each is built from `ReportRequest`. The CLI
/// (`samreg report <name>`) and the tests build reports only through here, so there is one
/// assembly of each report. To add a report: a case here and its `build` branch, a
/// subcommand in Sources/samreg/ReportCommand.swift, and its golden files.
public enum ReportCatalog: String, CaseIterable, Sendable {
    case annual, remisser, permits, workload, flows, indicators

    /// The name `samreg report` knows the report by.
    public var name: String { rawValue }

    /// The report named `name`, if there is one.
    public init?(name: String) { self.init(rawValue: name) }

    /// Builds the report from the registry as `options` say, in one read transaction `db`.
    public func build(_ db: Database, _ options: ReportRequest) throws -> Report {
        let today = options.asOf
        let publicOnly = !options.includeConfidential
        switch self {
        case .annual:
            guard let year = options.year else { throw SamregError("the annual summary needs a year (--year)") }
            return try AnnualReport.build(db, year: year, asOf: today, includeConfidential: options.includeConfidential,
                                          unit: options.unit)
        case .remisser:
            let period = Period(from: options.from ?? String(today.prefix(4)) + "-01-01", to: options.to ?? today)
            let sections = try FollowUpReports.remissSections(db, period: period, asOf: today, publicOnly: publicOnly)
            return Report(title: "Remisser", subtitle: "Uppföljning per \(today)", meta: [("Period", "\(period.from) – \(period.to)")],
                          sections: sections)
        case .permits:
            let year = Int(today.prefix(4)) ?? 2025
            let section = try FollowUpReports.permitSection(db, asOf: today, publicOnly: publicOnly, years: (year - 9)...year)
            return Report(title: "Nationell högspecialiserad vård", subtitle: "Tillstånd per \(today)", sections: [section])
        case .workload:
            return Report(title: "Arbetsfördelning", subtitle: "Per \(today)",
                          sections: [try FollowUpReports.workloadSection(db, asOf: today, publicOnly: publicOnly)])
        case .flows:
            let y = try options.year ?? ReportDefaults.latestFigureYear(db) ?? Int(today.prefix(4)) ?? 2025
            return Report(title: "Vård enligt regionavtalet", subtitle: "\(y - 4)–\(y)",
                          sections: [try FollowUpReports.flowSection(db, year: y),
                                     try FollowUpReports.contractSection(db, year: y, presentation: Presentation.analysts.with(unit: options.unit))])
        case .indicators:
            let p = try options.period ?? ReportDefaults.latestIndicatorYear(db) ?? String(today.prefix(4))
            return Report(title: "Systemmått", subtitle: "Period \(p)", sections: [try FollowUpReports.indicatorSection(db, period: p)])
        }
    }
}
