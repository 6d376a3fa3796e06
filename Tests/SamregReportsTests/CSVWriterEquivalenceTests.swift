import CSV
import Foundation
import SamregReports
import SamregTestSupport
import Testing

/// samreg writes CSV bytes itself (CSV.swift's writer made an export 10× slower than
/// sqlite3): what it writes must be what CSV.swift's `CSVWriter` wrote, and read back with
/// CSV.swift's `CSVReader` (which `samreg import` uses) as the same fields.
@Suite("CSV as CSV.swift writes it")
struct CSVWriterEquivalenceTests {
    /// Pieces fields are made of: separators of both dialects, quotes, every kind of line
    /// break, spaces at the ends, Swedish letters, a tab and a byte-order mark.
    static let pieces = ["a", "Å", "ö", "\"", ",", ";", "\n", "\r", "\r\n", " ", "é", "", "€", "x y", "\u{FEFF}", "\t", "1,5", "\"\""]

    /// Random rows: 1–6 fields of 0–6 pieces each (a fixed seed, so a failure repeats).
    static func rows(seed: UInt64, count: Int) -> [[String]] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...6, using: &rng)).map { _ in
                (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            }
        }
    }

    /// What CSV.swift's writer made of `rows`, with the line end after the last row that
    /// samreg always added.
    static func reference(_ rows: [[String]], _ dialect: CSVDialect) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, delimiter: dialect.delimiter, newline: dialect == .excel ? .crlf : .lf)
        for row in rows { try writer.write(row: row) }
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: dialect.lineEnd.utf8)
        return data
    }

    @Test(arguments: [CSVDialect.standard, .excel])
    func bytesEqualWhatCSVWriterWrote(dialect: CSVDialect) throws {
        for seed in UInt64(1)...40 {
            let rows = Self.rows(seed: seed, count: 25)
            let ours = try dialect.encode(rows)
            let theirs = try Self.reference(rows, dialect)
            #expect(ours == theirs, "seed \(seed): \(rows)\nours:   \(String(decoding: ours, as: UTF8.self).debugDescription)\ntheirs: \(String(decoding: theirs, as: UTF8.self).debugDescription)")
        }
    }

    @Test(arguments: [CSVDialect.standard, .excel])
    func csvReaderReadsBackTheSameFields(dialect: CSVDialect) throws {
        for seed in UInt64(100)...140 {
            // The reader takes a row of one empty field for a blank line: give rows two fields.
            let rows = Self.rows(seed: seed, count: 25).map { $0.count == 1 ? $0 + ["z"] : $0 }
            // Text as `samreg import` and Excel see it: a field's CRLF is kept, a lone CR too.
            let text = String(decoding: try dialect.encode(rows), as: UTF8.self)
            let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false,
                                       delimiter: UnicodeScalar(dialect.delimiter.utf8.first!))
            var read: [[String]] = []
            while let row = reader.next() { read.append(row) }
            #expect(reader.error == nil)
            #expect(read == rows, "seed \(seed)")
        }
    }

    /// A quote followed by a combining mark is one character to Foundation's `contains`, which
    /// CSVWriter asked whether a field holds a quote, so it wrote such a field bare and the
    /// file broke; samreg looks at bytes and quotes it.
    @Test func aQuoteBeforeACombiningMarkIsStillQuoted() throws {
        let rows = [["a\"\u{0301}b", "c"]]
        #expect(String(decoding: try Self.reference(rows, .standard), as: UTF8.self) == "a\"\u{0301}b,c\n")
        #expect(String(decoding: try CSVDialect.standard.encode(rows), as: UTF8.self) == "\"a\"\"\u{0301}b\",c\n")
        let reader = try CSVReader(string: String(decoding: try CSVDialect.standard.encode(rows), as: UTF8.self), hasHeaderRow: false)
        #expect(reader.next() == rows[0])
    }
}
