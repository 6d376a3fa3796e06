import CSV
import Foundation
import SamregCore

/// The output formats of `list`, `show`, `export` and `sql`.
public enum TableFormat: String, CaseIterable, Sendable {
    case table, json, csv
}

/// Writes rows as they come: a JSON array of objects whose keys are the column names, CSV
/// with a header row (through CSV.swift), or an aligned text table (which waits for all rows
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
        case .csv: csvRows.append(columns)
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
        case .table:
            tableRows.append(row.map { cell in
                let text = cell.plain
                return text.utf8.contains(0x0A) ? text.replacingOccurrences(of: "\n", with: " ") : text
            })
        }
        count += 1
    }

    /// Ends the output; returns the number of rows written.
    @discardableResult
    public func finish() throws -> Int {
        switch format {
        case .json:
            sink.write(count == 0 ? "]\n" : "\n]\n")
        case .csv:
            try flushCSV()
        case .table:
            sink.write(RowWriter.alignedTable(columns: columns, rows: tableRows))
        }
        try sink.finish()
        return count
    }

    private func flushCSV() throws {
        guard !csvRows.isEmpty else { return }
        let stream = ByteStream()
        stream.open()
        let writer = try CSVWriter(stream: stream)
        for row in csvRows { try writer.write(row: row) }
        stream.close()
        sink.write(Data(stream.bytes))
        sink.write("\n")
        csvRows.removeAll(keepingCapacity: true)
    }

    /// Columns padded to their widest value, long values cut at 60 characters.
    public static func alignedTable(columns: [String], rows: [[String]]) -> String {
        func clip(_ s: String) -> String { s.count > 60 ? String(s.prefix(59)) + "…" : s }
        let cells = rows.map { $0.map(clip) }
        var widths = columns.map(\.count)
        for row in cells { for (i, v) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], v.count) } }
        func line(_ values: [String]) -> String {
            values.enumerated().map { i, v in
                i == values.count - 1 ? v : v + String(repeating: " ", count: widths[i] - v.count)
            }.joined(separator: "  ")
        }
        var out = line(columns) + "\n"
        out += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cells { out += line(row) + "\n" }
        if rows.isEmpty { out += "(no records)\n" }
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
                // U+FEFF is escaped too: a reader would take it for a byte-order mark and drop it.
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// An output stream that collects bytes in an array: CSV.swift writes one byte per call, which
/// Foundation's memory stream makes slow.
final class ByteStream: OutputStream {
    private(set) var bytes: [UInt8] = []
    private var status: Stream.Status = .notOpen

    init() {
        super.init(toMemory: ())
        bytes.reserveCapacity(1 << 16)
    }

    required init(toMemory: ()) {
        super.init(toMemory: ())
    }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var hasSpaceAvailable: Bool { true }

    override func write(_ buffer: UnsafePointer<UInt8>, maxLength len: Int) -> Int {
        bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: len))
        return len
    }
}
