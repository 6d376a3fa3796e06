import Foundation
import SamregCore
import SamregQuery
import SamregReports
@testable import SamregStore
import SamregTestSupport
import Testing

/// The day every report here is made as of.
let reportDay = testRegistryDay

/// Tests/SamregReportsTests/Golden, found from this file.
let goldenDir: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

extension Registry {
    /// The first column of the first row of a read-only query.
    func scalar(_ sql: String) throws -> Cell? {
        var first: Cell?
        try read { db in
            try ReadOnlySQL.run(db, sql: sql, header: { _ in }, body: { if first == nil { first = $0.first } })
        }
        return first
    }

    func id(_ sql: String) throws -> Int64 {
        guard let id = try scalar(sql)?.int else { throw SamregError("no id for: \(sql)") }
        return id
    }
}

extension ReportCatalog: CustomTestStringConvertible {
    public var testDescription: String { rawValue }

    /// This report as `samreg report <name>` builds it with no options but the annual
    /// summary's `--year 2024`, as of the registry's today (through the same catalog).
    func build(_ registry: Registry, includeConfidential: Bool = false) throws -> Report {
        let request = ReportRequest(asOf: registry.today, year: self == .annual ? 2024 : nil,
                                    includeConfidential: includeConfidential)
        return try registry.read { db in try build(db, request) }
    }
}

extension ReportFormat: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

/// `report` rendered in `format`: Markdown, HTML and JSON by their renderers, CSV through
/// `Report.write` to a file (as `--out` does), read back.
func render(_ report: Report, _ format: ReportFormat, dir: String) throws -> String {
    switch format {
    case .md: return MarkdownRenderer.render(report)
    case .html: return HTMLRenderer.render(report)
    case .json: return JSONReportRenderer.render(report)
    case .csv, .csvExcel:
        let path = dir + "/report-\(UUID().uuidString).csv"
        try report.write(format, to: OutputSink(path: path))
        // Decoded as it is, byte-order mark included (String(contentsOfFile:) drops it).
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }
}

/// Every section of `report`, depth first.
func allSections(_ report: Report) -> [Section] {
    func walk(_ s: Section) -> [Section] { [s] + s.subsections.flatMap(walk) }
    return report.sections.flatMap(walk)
}

func section(_ report: Report, _ id: String) -> Section? { allSections(report).first { $0.id == id } }

func table(_ report: Report, _ sectionId: String, _ tableId: String) -> ReportTable? {
    section(report, sectionId)?.tables.first { $0.id == tableId }
}

/// The values of column `key` of `table`.
func column(_ table: ReportTable, _ key: String) -> [Cell] {
    guard let i = table.columns.firstIndex(where: { $0.key == key }) else { return [] }
    return table.rows.map { $0[i] }
}

/// Parses JSON text to a dictionary (nil when it is not a JSON object).
func parseJSON(_ text: String) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
}

/// Thrown to roll back a write transaction after looking at what it wrote.
struct Rollback<T: Sendable>: Error {
    let value: T
}
