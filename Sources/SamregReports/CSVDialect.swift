import CSV
import Foundation
import SamregCore

/// The two kinds of CSV samreg writes, always through CSV.swift's writer (which quotes a
/// field holding the separator, a quote or a line break):
///
/// - `standard` (`--format csv`): `,` between fields, LF line ends, numbers with a decimal
///   point, no byte-order mark.
/// - `excel` (`--format csv-excel`): what Excel with Swedish settings opens by a double click:
///   a UTF-8 byte-order mark, `;` between fields, CRLF line ends and a decimal comma
///   (`74,6`). `samreg import` reads it back as it is (it finds the `;` from the header, skips
///   the mark and reads decimal commas).
public enum CSVDialect: Sendable {
    case standard, excel

    var delimiter: String { self == .excel ? ";" : "," }
    var newline: CSVWriter.Newline { self == .excel ? .crlf : .lf }
    var lineEnd: String { self == .excel ? "\r\n" : "\n" }
    /// The UTF-8 byte-order mark Excel needs to read the file as UTF-8 (å, ä, ö).
    var preamble: [UInt8] { self == .excel ? [0xEF, 0xBB, 0xBF] : [] }

    /// A cell as text in this dialect: reals with a decimal comma in `excel`.
    func text(_ cell: Cell) -> String {
        switch (self, cell) {
        case (.excel, .real(let x)): return Cell.plain(x).replacingOccurrences(of: ".", with: ",")
        default: return cell.plain
        }
    }

    /// `rows` as CSV with a line end after the last one (no preamble).
    func encode(_ rows: [[String]]) throws -> Data {
        let stream = ByteStream()
        stream.open()
        let writer = try CSVWriter(stream: stream, delimiter: delimiter, newline: newline)
        for row in rows { try writer.write(row: row) }
        stream.close()
        var data = Data(stream.bytes)
        data.append(contentsOf: lineEnd.utf8)
        return data
    }
}
