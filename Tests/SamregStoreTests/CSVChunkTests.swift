import CSV
import Foundation
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

/// The CSV import reads its input in chunks of whole records (`CSVRecordChunks`) and parses
/// each with `CSVReader(string:)`. These tests cut small inputs into chunks of a few bytes, so
/// that every record, quoted line break, CRLF and multi-byte character falls on a boundary
/// somewhere, and check that nothing an import sees changes with the chunk size.
@Suite("CSV import in chunks")
struct CSVChunkTests {
    /// What `CSVRows` hands an import: each row (or the error a row gave) with its line, the
    /// error that ended the rows, and the progress fraction after each row.
    struct Reading: Equatable {
        var header: [String] = []
        var rows: [String] = []
        var ended: String?
        var fractions: [Double] = []
    }

    static func read(_ bytes: [UInt8], chunkSize: Int, path: String = "f.csv") -> Reading {
        var reading = Reading()
        do {
            let data = Data(bytes)
            let rows = try CSVRows(stream: InputStream(data: data), head: data.prefix(65_536), path: path,
                                   size: bytes.count, chunkSize: chunkSize)
            reading.header = rows.fieldNames
            var done = 0
            try rows.forEach(rowError: { error in
                reading.rows.append("error \(error.location ?? "-"): \(error.message)")
            }) { record, line, _ in
                reading.rows.append("\(line): " + record.map { "\($0.0)=\($0.1.debugDescription)" }.joined(separator: " "))
                done += 1
                reading.fractions.append(rows.fractionDone(rowsDone: done) ?? -1)
            }
        } catch let error as SamregError {
            reading.ended = "\(error.location ?? "-"): \(error.message)"
        } catch {
            reading.ended = "\(error)"
        }
        return reading
    }

    static let sizes = Array(1...12) + [13, 31, 64, 1 << 20]

    /// Reads `bytes` at every chunk size in `sizes`; all readings must be the one of the whole
    /// input in one chunk (fractions aside, which are finer with more chunks), which is returned.
    static func sameAtEveryChunkSize(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> Reading {
        let whole = read(bytes, chunkSize: 1 << 20)
        for size in sizes {
            var reading = read(bytes, chunkSize: size)
            #expect(reading.fractions.allSatisfy { (0...1).contains($0) }, "chunk size \(size): \(reading.fractions)", sourceLocation: sourceLocation)
            #expect(reading.fractions == reading.fractions.sorted(), "progress goes back, chunk size \(size)", sourceLocation: sourceLocation)
            reading.fractions = whole.fractions
            #expect(reading == whole, "chunk size \(size)", sourceLocation: sourceLocation)
        }
        return whole
    }

    @Test func quotedLineBreaksCRLFAndMultiByteCharactersAcrossChunkBoundaries() {
        let text = "care_area,holder,note\r\n\"Svåra brännskador, vuxna\",RÖ,\"Rad ett\r\nRad två med \"\"citat\"\"\r\n𝄞 tre\"\r\n"
            + "Hud,RÖ,é\u{301}\r\n\r\nÖga,RJL,\"\"\r\nSista,RÖ,x"
        let reading = Self.sameAtEveryChunkSize(Array(text.utf8))
        #expect(reading.ended == nil)
        #expect(reading.header == ["care_area", "holder", "note"])
        #expect(reading.rows == [
            #"2: care_area="Svåra brännskador, vuxna" holder="RÖ" note="Rad ett\r\nRad två med \"citat\"\r\n𝄞 tre""#,
            #"5: care_area="Hud" holder="RÖ" note="é\#u{301}""#,
            #"7: care_area="Öga" holder="RJL" note="""#,
            #"8: care_area="Sista" holder="RÖ" note="x""#,
        ])
        #expect(reading.fractions.last == 1)
    }

    @Test func byteOrderMarkAndSemicolonsWithChunksSmallerThanTheMark() {
        let reading = Self.sameAtEveryChunkSize([0xEF, 0xBB, 0xBF] + Array("\"title\";sender\nA;B\n\"C;D\";E\n".utf8))
        #expect(reading.header == ["title", "sender"])
        #expect(reading.rows == [#"2: title="A" sender="B""#, #"3: title="C;D" sender="E""#])
        #expect(reading.fractions.last == 1)
    }

    @Test func emptyAndHeaderOnlyFiles() {
        #expect(Self.sameAtEveryChunkSize([]).ended == "f.csv:1:1: cannot read a header row: the file is empty or not CSV")
        #expect(Self.sameAtEveryChunkSize([0xEF, 0xBB, 0xBF]).ended == "f.csv:1:1: cannot read a header row: the file is empty or not CSV")
        for text in ["title,sender", "title,sender\n", "title,sender\r\n", "\u{FEFF}title,sender\r\n\r\n"] {
            let reading = Self.sameAtEveryChunkSize(Array(text.utf8))
            #expect(reading.ended == nil && reading.header == ["title", "sender"] && reading.rows.isEmpty, "\(text.debugDescription): \(reading)")
        }
    }

    @Test func aRowLongerThanManyChunks() {
        let long = String(repeating: "lång, \"text\"\n", count: 2_000)
        let text = "title,note\nA,\"" + long.replacingOccurrences(of: "\"", with: "\"\"") + "\"\nB,kort\n"
        for size in [1, 7, 4096] {
            let reading = Self.read(Array(text.utf8), chunkSize: size)
            #expect(reading.ended == nil)
            #expect(reading.rows.count == 2)
            #expect(reading.rows.first == "2: title=\"A\" note=\(long.debugDescription)", "chunk size \(size)")
            #expect(reading.rows.last == #"2003: title="B" note="kort""#, "chunk size \(size)")
        }
    }

    @Test func wrongFieldCountsKeepTheirLines() {
        let reading = Self.sameAtEveryChunkSize(Array("a,b\n1,2\n\"x\ny\",2,3\n4\n".utf8))
        #expect(reading.rows == [#"2: a="1" b="2""#, "error f.csv:3:3: expected 2 fields as in the header, found 3",
                                 "error f.csv:5:2: expected 2 fields as in the header, found 1"])
    }

    @Test func invalidUTF8IsReportedOnTheLineOfItsRowAfterTheRowsBefore() {
        // In a plain row, on line 4, the rows before it read; and inside a quoted field whose
        // row begins on line 3 (the invalid byte on line 4), at the row's line.
        let plain = Self.sameAtEveryChunkSize(Array("a,b\n1,å\n\"2\n\",x\n3,V".utf8) + [0xE5] + Array("rd\n4,y\n".utf8))
        #expect(plain.rows == [#"2: a="1" b="å""#, #"3: a="2\n" b="x""#])
        #expect(plain.ended == "f.csv:5:1: the file is not valid UTF-8 text (save it as \"CSV UTF-8\")")
        let quoted = Self.sameAtEveryChunkSize(Array("a,b\n1,2\n3,\"x\n".utf8) + [0xC3, 0x28] + Array("\"\n4,y\n".utf8))
        #expect(quoted.rows == [#"2: a="1" b="2""#])
        #expect(quoted.ended == "f.csv:3:1: the file is not valid UTF-8 text (save it as \"CSV UTF-8\")")
        // A character cut off by the end of the file; a bad byte in the header.
        #expect(Self.sameAtEveryChunkSize(Array("a,b\n1,".utf8) + [0xE2, 0x82]).ended?.hasPrefix("f.csv:2:1: the file is not valid UTF-8") == true)
        #expect(Self.sameAtEveryChunkSize(Array("a,".utf8) + [0xFF] + Array("\n1,2\n".utf8)).ended?.hasPrefix("f.csv:1:1: the file is not valid UTF-8") == true)
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() {
        // The rest of the file is one field: a row of too few fields, reported as the quote.
        let inRow = Self.sameAtEveryChunkSize(Array("a,b\n1,2\r\n\"x\r\n4,y\r\n".utf8))
        #expect(inRow.rows == [#"2: a="1" b="2""#])
        #expect(inRow.ended?.hasPrefix("f.csv:3:1: unbalanced quote") == true, "\(inRow)")
        // Or a row of the right number of fields: it is not imported either.
        let fits = Self.sameAtEveryChunkSize(Array("a,b\n1,2\n3,\"x\n4,y\n".utf8))
        #expect(fits.rows == [#"2: a="1" b="2""#])
        #expect(fits.ended?.hasPrefix("f.csv:3:3: unbalanced quote") == true, "\(fits)")
        // A space after a closing quote: CSV.swift keeps the quote and reads on to the end.
        let spaced = Self.sameAtEveryChunkSize(Array("a,b\n\"x\" ,y\n1,2\n".utf8))
        #expect(spaced.rows.isEmpty)
        #expect(spaced.ended?.hasPrefix("f.csv:2:1: unbalanced quote") == true, "\(spaced)")
        let inHeader = Self.sameAtEveryChunkSize(Array("\u{FEFF}a;\"b\n1;2\n".utf8))
        #expect(inHeader.ended?.hasPrefix("f.csv:1:3: unbalanced quote") == true, "\(inHeader)")
    }

    /// CSV.swift's stream reader over the whole input, as the import read it before.
    static func streamRows(_ bytes: [UInt8], delimiter: UnicodeScalar) -> [[String]] {
        guard let reader = try? CSVReader(stream: InputStream(data: Data(bytes)), hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        else { return [] }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    /// The chunks' rows, each chunk parsed on its own.
    static func chunkRows(_ bytes: [UInt8], delimiter: UnicodeScalar, chunkSize: Int) -> (rows: [[String]], text: String) {
        let chunks = CSVRecordChunks(InputStream(data: Data(bytes)), delimiter: UInt8(ascii: delimiter), chunkSize: chunkSize)
        var rows: [[String]] = []
        var text = ""
        while let chunk = chunks.next() {
            text += chunk.text
            guard let reader = try? CSVReader(string: chunk.text, hasHeaderRow: false, trimFields: false, delimiter: delimiter) else { continue }
            while let row = reader.next() { rows.append(row) }
        }
        return (rows, text)
    }

    /// Inputs of the characters that matter (quotes, both separators, CR, LF, spaces, multi-byte
    /// characters) in any order: cut at any chunk size, the chunks parse to CSV.swift's rows
    /// for the whole input, and put together they are the input.
    @Test func chunksParseToTheRowsOfTheWholeInput() {
        var rng = SplitMix64(seed: 13)
        let pieces = ["a", "b", "\"", "\"", ",", ";", "\n", "\r", "\r\n", " ", "å", "𝄞", "\"\"", "\u{301}"]
        for _ in 0..<400 {
            let text = (0..<rng.int(0...40)).map { _ in rng.pick(pieces) }.joined()
            let bytes = Array(text.utf8)
            for delimiter in [",", ";"] as [UnicodeScalar] {
                let expected = Self.streamRows(bytes, delimiter: delimiter)
                for size in [1, 2, 3, 5, 8, 64] {
                    let (rows, joined) = Self.chunkRows(bytes, delimiter: delimiter, chunkSize: size)
                    #expect(rows == expected, "\(text.debugDescription), delimiter \(delimiter), chunk size \(size)")
                    #expect(joined == text, "\(text.debugDescription), chunk size \(size)")
                }
            }
        }
    }

    @Test func cutterFindsTheEndsCSVSwiftFinds() {
        func boundaries(_ text: String) -> [Int] {
            var cutter = CSVRecordCutter(delimiter: UInt8(ascii: ","))
            var found: [Int] = []
            for (i, byte) in text.utf8.enumerated() {
                [byte].withUnsafeBufferPointer { if let b = cutter.lastBoundary(in: $0) { found.append(i + b) } }
            }
            return found
        }
        #expect(boundaries("a,b\nc\r\nd") == [4, 7])
        #expect(boundaries("\"a\nb\",c\n") == [8])           // a line break inside quotes ends nothing
        #expect(boundaries("\"a\"\"\n\"\nx") == [7])         // nor after an escaped quote
        #expect(boundaries("a\rb\r\rc") == [2, 4, 5])        // a lone CR ends a row at the byte after it
        #expect(boundaries("\"a\" \nb\"\n") == [8])          // a quote and a space do not close the field
        #expect(boundaries("a\"b\nc") == [4])                // a quote inside a plain field is a character
    }

    /// A file several default chunks long, read from disk through the importer: rows with
    /// quoted line breaks and CRLF row ends all land, and a bad value on the last row names its line.
    @Test func anImportOfManyChunksKeepsEveryRowAndLine() throws {
        try withRegistry { registry, dir throws in
            let rows = 5_000
            var text = "care_area,holder,status,consequence_analysis\r\n"
            for i in 0..<rows {
                text += "\"Vård \(i), 𝄞 \"\"högspecialiserad\"\"\",RÖ,i_drift,"
                    + "\"Rad ett \(i)\nRad två med \(String(repeating: "ö", count: i % 40))\nRad tre\"\r\n"
            }
            #expect(text.utf8.count > 2 * CSVRows.defaultChunkSize)
            let good = dir + "/good.csv"
            try Data(text.utf8).write(to: URL(fileURLWithPath: good))
            #expect(try Importer(registry: registry, family: Families.permit).run(path: good) == rows)
            let last = try #require(try registry.row("permit", id: Int64(rows)))
            #expect(last["care_area"] as String == "Vård \(rows - 1), 𝄞 \"högspecialiserad\"")
            #expect(last["consequence_analysis"] as String == "Rad ett \(rows - 1)\nRad två med \(String(repeating: "ö", count: (rows - 1) % 40))\nRad tre")

            let bad = dir + "/bad.csv"
            try Data((text + "Sist,RÖ,okänd,x\r\n").utf8).write(to: URL(fileURLWithPath: bad))
            let error = samregError { _ = try Importer(registry: registry, family: Families.permit).run(path: bad) }
            #expect(error?.location == "\(bad):\(2 + 3 * rows):3", "\(String(describing: error))")
        }
    }
}
