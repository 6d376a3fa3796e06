import Foundation
import SamregCore

/// The output formats of `list`, `show`, `export` and `sql`. `csv-excel` is CSV for Excel
/// with Swedish settings (see `CSVDialect`).
public enum TableFormat: String, CaseIterable, Sendable {
    case table, json, csv
    case csvExcel = "csv-excel"

    /// The CSV dialect of a CSV format.
    var csvDialect: CSVDialect? {
        switch self {
        case .csv: return .standard
        case .csvExcel: return .excel
        case .table, .json: return nil
        }
    }
}

/// Writes rows as they come: a JSON array of objects whose keys are the column names, CSV
/// with a header row (see `CSVDialect`), or an aligned text table (which waits for all rows
/// to size its columns).
public final class RowWriter {
    public let format: TableFormat
    public let columns: [String]
    let sink: OutputSink
    private var count = 0
    private var tableRows: [[String]] = []
    private var csvRows: [[String]] = []

    public init(format: TableFormat, columns: [String], sink: OutputSink) {
        self.format = format
        self.columns = columns
        self.sink = sink
        switch format {
        case .json: sink.write("[")
        case .csv, .csvExcel:
            sink.write(Data(format.csvDialect!.preamble))
            csvRows.append(columns)
        case .table: break
        }
    }

    public func append(_ row: [Cell]) throws {
        try sink.failIfBroken()
        switch format {
        case .json:
            sink.write(count == 0 ? "\n  {" : ",\n  {")
            for (i, cell) in row.enumerated() {
                if i > 0 { sink.write(", ") }
                sink.write(JSON.string(columns[i]))
                sink.write(": ")
                sink.write(JSON.value(cell))
            }
            sink.write("}")
        case .csv:
            csvRows.append(row.map(\.plain))
            if csvRows.count >= 1_000 { try flushCSV() }
        case .csvExcel:
            csvRows.append(row.map(CSVDialect.excel.text))
            if csvRows.count >= 1_000 { try flushCSV() }
        case .table:
            tableRows.append(row.map { cell in
                let text = cell.plain
                return text.utf8.contains(0x0A) ? text.replacingOccurrences(of: "\n", with: " ") : text
            })
            // Rows are streamed, not held: a long result is aligned and written in blocks.
            if tableRows.count >= RowWriter.tableBlock { flushTable() }
        }
        count += 1
    }

    /// Ends the output; returns the number of rows written.
    @discardableResult
    public func finish() throws -> Int {
        switch format {
        case .json:
            sink.write(count == 0 ? "]\n" : "\n]\n")
        case .csv, .csvExcel:
            try flushCSV()
        case .table:
            if count == 0 || !tableRows.isEmpty { flushTable() }
        }
        try sink.finish()
        return count
    }

    /// Rows per aligned block of table output.
    static let tableBlock = 1_000
    private var tableHeaderWritten = false

    private func flushTable() {
        sink.write(RowWriter.alignedTable(columns: columns, rows: tableRows, header: !tableHeaderWritten))
        tableHeaderWritten = true
        tableRows.removeAll(keepingCapacity: true)
    }

    private func flushCSV() throws {
        guard !csvRows.isEmpty, let dialect = format.csvDialect else { return }
        sink.write(try dialect.encode(csvRows))
        csvRows.removeAll(keepingCapacity: true)
    }

    /// Columns padded to their widest value, long values cut at 60 characters. Meant for a
    /// terminal: control and bidi characters in values are shown escaped (`\e`, `\u{202E}`).
    public static func alignedTable(columns: [String], rows: [[String]], header: Bool = true) -> String {
        func clip(_ s: String) -> String {
            let t = TerminalText.escape(s)
            return t.count > 60 ? String(t.prefix(59)) + "…" : t
        }
        let columns = columns.map { TerminalText.escape($0) }
        let cells = rows.map { $0.map(clip) }
        var widths = columns.map(\.count)
        for row in cells { for (i, v) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], v.count) } }
        func line(_ values: [String]) -> String {
            values.enumerated().map { i, v in
                i == values.count - 1 ? v : v + String(repeating: " ", count: widths[i] - v.count)
            }.joined(separator: "  ")
        }
        var out = ""
        if header {
            out += line(columns) + "\n"
            out += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        }
        for row in cells { out += line(row) + "\n" }
        if rows.isEmpty && header { out += "(no records)\n" }
        return out
    }
}

/// JSON text for single values (RFC 8259 escaping), for streaming output.
public enum JSON {
    public static func value(_ cell: Cell) -> String {
        switch cell {
        case .null: return "null"
        case .int(let n): return String(n)
        case .real(let x): return x.isFinite ? Cell.plain(x) : "null"
        case .text(let s): return string(s)
        }
    }

    public static func string(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // U+FEFF is escaped too: a reader would take it for a byte-order mark and drop it;
                // and DEL, C1 and the bidi controls, so that JSON on a terminal shows them inert.
                let v = scalar.value
                if v < 0x20 || v == 0x2028 || v == 0x2029 || v == 0xFEFF || (0x7F...0x9F).contains(v) || TextSafety.isBidiControl(v) {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
