import Foundation
import SamregCore

/// The formats of `samreg report`. `csv-excel` is the CSV for Excel with Swedish settings
/// (see `CSVDialect`).
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, html, csv, json
    case csvExcel = "csv-excel"
}

extension Report {
    /// Renders the report in `format` to `sink` and finishes it (a file appears only whole).
    public func write(_ format: ReportFormat, to sink: OutputSink) throws {
        switch format {
        case .md: sink.write(MarkdownRenderer.render(self))
        case .html: sink.write(HTMLRenderer.render(self))
        case .json: sink.write(JSONReportRenderer.render(self))
        case .csv:
            sink.write(try CSVDialect.standard.encode(CSVReportRenderer.rows(self)))
        case .csvExcel:
            sink.write(Data(CSVDialect.excel.preamble))
            sink.write(try CSVDialect.excel.encode(CSVReportRenderer.rows(self, dialect: .excel)))
        }
        try sink.finish()
    }
}
