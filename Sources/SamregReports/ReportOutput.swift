import CSV
import Foundation
import SamregCore

/// The formats of `samreg report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, html, csv, json
}

extension Report {
    /// Renders the report in `format` to `sink` and finishes it (a file appears only whole).
    public func write(_ format: ReportFormat, to sink: OutputSink) throws {
        switch format {
        case .md: sink.write(MarkdownRenderer.render(self))
        case .html: sink.write(HTMLRenderer.render(self))
        case .json: sink.write(JSONReportRenderer.render(self))
        case .csv:
            let stream = ByteStream()
            stream.open()
            let writer = try CSVWriter(stream: stream)
            for row in CSVReportRenderer.rows(self) { try writer.write(row: row) }
            stream.close()
            sink.write(Data(stream.bytes))
            sink.write("\n")
        }
        try sink.finish()
    }
}
