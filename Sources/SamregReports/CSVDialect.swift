import Foundation
import SamregCore

/// The two kinds of CSV samreg writes. A field is quoted when it holds the separator, a
/// quote or a line break (CR or LF), and a quote inside it is doubled: RFC 4180, the rule of
/// CSV.swift's `CSVWriter`, which samreg used to write with. samreg writes the bytes itself
/// because that writer searches every field five times with Foundation's `contains` and
/// writes one byte per call: 80 % of an export's time, 10× sqlite3 (docs/performance.md).
/// `CSVWriterEquivalenceTests` checks the output against CSVWriter's and reads it back with
/// CSV.swift's reader.
///
/// - `standard` (`--format csv`): `,` between fields, LF line ends, numbers with a decimal
///   point, no byte-order mark.
/// - `excel` (`--format csv-excel`): what Excel with Swedish settings opens by a double click:
///   a UTF-8 byte-order mark, `;` between fields, CRLF line ends and a decimal comma
///   (`74,6`). `samreg import` reads it back as it is (it finds the `;` from the header, skips
///   the mark and reads decimal commas).
public enum CSVDialect: Sendable {
    case standard, excel

    public var delimiter: String { self == .excel ? ";" : "," }
    public var lineEnd: String { self == .excel ? "\r\n" : "\n" }
    private var delimiterByte: UInt8 { self == .excel ? UInt8(ascii: ";") : UInt8(ascii: ",") }
    /// The UTF-8 byte-order mark Excel needs to read the file as UTF-8 (å, ä, ö).
    var preamble: [UInt8] { self == .excel ? [0xEF, 0xBB, 0xBF] : [] }

    /// A cell as text in this dialect: reals with a decimal comma in `excel`.
    func text(_ cell: Cell) -> String {
        switch (self, cell) {
        case (.excel, .real(let x)): return Cell.plain(x).replacingOccurrences(of: ".", with: ",")
        default: return cell.plain
        }
    }

    /// `rows` as CSV, each row ended by a line end (no preamble).
    public func encode(_ rows: [[String]]) throws -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(rows.reduce(0) { $0 + $1.reduce($1.count + 2) { $0 + $1.utf8.count } })
        for row in rows { append(row, to: &out) }
        return Data(out)
    }

    /// Appends one row and its line end to `out`.
    public func append(_ row: [String], to out: inout [UInt8]) {
        for (i, field) in row.enumerated() {
            if i > 0 { out.append(delimiterByte) }
            append(field: field, to: &out)
        }
        if self == .excel { out.append(0x0D) }
        out.append(0x0A)
    }

    /// Appends one field, quoted when it holds the separator, `"`, CR or LF.
    func append(field: String, to out: inout [UInt8]) {
        let delimiter = delimiterByte
        let quote = UInt8(ascii: "\"")
        func needsQuotes<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
            bytes.contains { $0 == quote || $0 == delimiter || $0 == 0x0A || $0 == 0x0D }
        }
        var field = field
        field.withUTF8 { bytes in
            guard needsQuotes(bytes) else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(quote)
            for byte in bytes {
                out.append(byte)
                if byte == quote { out.append(quote) }
            }
            out.append(quote)
        }
    }
}
