import CSV
import Foundation
import SamregCore

/// The rows of a CSV import, streamed: the input is read front to back in chunks of whole
/// records (`CSVRecordChunks`), and CSV.swift parses each chunk from a `String`
/// (`CSVReader(string:)`), which costs less than half of its byte-by-byte stream reader.
struct CSVRows: AnySequenceOfRows {
    let path: String
    let fieldNames: [String]
    let delimiter: UnicodeScalar
    /// The input in chunks of whole records; past the first chunk.
    let chunks: CSVRecordChunks
    /// The first chunk, its header row read.
    let firstChunk: CSVRecordChunks.Chunk
    let firstReader: CSVReader
    /// The file, when it can tell that a read failed (the end of the rows is then no end).
    let source: FileInputStream?
    /// The size of the input in bytes, when known.
    let size: Int?
    /// How far into the input the rows handed over so far reach; only read and written on
    /// the thread that takes rows.
    private let reached = ByteCount()

    static let defaultChunkSize = 256 << 10

    /// `chunkSize`: the bytes read before the input is cut at the last record boundary (a
    /// record longer than that makes a longer chunk); small in tests.
    init(stream: InputStream, head: Data, path: String, size: Int? = nil, chunkSize: Int = CSVRows.defaultChunkSize) throws {
        self.path = path
        self.size = size
        source = stream as? FileInputStream
        // The separator: ';' when the header has more semicolons than commas.
        if head.contains(0) {
            throw SamregError("the file is not UTF-8 text (it looks like UTF-16): save it as \"CSV UTF-8\"", location: "\(path):1:1",
                              swedish: "Filen är inte UTF-8-text (den ser ut att vara UTF-16): spara den som ”CSV UTF-8”.")
        }
        let head = head.prefix { $0 != UInt8(ascii: "\n") }
        let semicolons = head.filter { $0 == UInt8(ascii: ";") }.count
        let commas = head.filter { $0 == UInt8(ascii: ",") }.count
        let delimiter: UnicodeScalar = semicolons > commas ? ";" : ","
        self.delimiter = delimiter
        chunks = CSVRecordChunks(stream, delimiter: UInt8(ascii: delimiter), chunkSize: chunkSize)
        let noHeader = SamregError("cannot read a header row: the file is empty or not CSV", location: "\(path):1:1",
                                   swedish: "Filen har ingen rubrikrad: den är tom eller inte CSV.")
        guard let first = chunks.next() else { throw noHeader }
        if first.text.isEmpty && first.invalidAfter {
            throw CSVRows.notUTF8(location: "\(path):1:1")
        }
        firstChunk = first
        do {
            firstReader = try CSVReader(string: first.text, hasHeaderRow: true, trimFields: false, delimiter: delimiter)
        } catch {
            throw noHeader
        }
        // A quote in the header that is never closed (the header is then the whole file).
        if let open = chunks.unclosedQuote, open.line <= CSVRows.lineCount(firstReader.headerRow ?? []) {
            throw CSVRows.unbalancedQuote(open, path: path)
        }
        guard let header = firstReader.headerRow, !header.isEmpty, !(header.count == 1 && header[0].isEmpty) else {
            throw noHeader
        }
        fieldNames = header.map { $0.trimmingWhitespace() }
        var seen: Set<String> = []
        for (i, name) in fieldNames.enumerated() {
            if !seen.insert(name).inserted {
                throw SamregError("column '\(name)' appears twice in the header", location: "\(path):1:\(i + 1)",
                                  swedish: "Kolumnen ”\(name)” finns två gånger i rubrikraden.")
            }
        }
    }

    func location(line: Int, column: Int) -> String { "\(path):\(line):\(column)" }

    func fractionDone(rowsDone: Int) -> Double? {
        guard let size, size > 0 else { return nil }
        return min(1, Double(reached.value) / Double(size))
    }

    /// A quoted field that the file never closes (CSV.swift would read it to the end).
    static func unbalancedQuote(_ open: (line: Int, column: Int), path: String) -> SamregError {
        SamregError("unbalanced quote: the quoted field that begins here is never closed (a \" is missing)",
                    location: "\(path):\(open.line):\(open.column)",
                    swedish: "Ett citattecken stängs aldrig: fältet som börjar här saknar sitt avslutande \".")
    }

    /// The lines a row spans: one, and one more for each line break inside its fields.
    static func lineCount(_ row: [String]) -> Int {
        1 + row.reduce(0) { lines, field in lines + field.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 } }
    }

    static func notUTF8(location: String) -> SamregError {
        SamregError("the file is not valid UTF-8 text (save it as \"CSV UTF-8\")", location: location,
                    swedish: "Filen är inte giltig UTF-8-text (spara den som ”CSV UTF-8”).")
    }

    /// Calls `body` for every row in file order. CSV.swift parses on a second thread while
    /// this one validates and writes (parsing is a quarter of an import's time), handing
    /// rows over in batches through a bounded queue; the database is only ever touched here.
    func forEach(rowError: (SamregError) throws -> Void, _ body: ([(String, String)], Int, (String) -> Int?) throws -> Void) throws {
        let columnOf: (String) -> Int? = { name in fieldNames.firstIndex(of: name).map { $0 + 1 } }
        let queue = RowQueue(capacity: 8)
        // The chunks and the first reader move to the parser thread and are not touched here
        // until it has finished.
        nonisolated(unsafe) let chunks = self.chunks
        nonisolated(unsafe) let firstReader = self.firstReader
        let firstChunk = self.firstChunk, delimiter = self.delimiter
        let finished = DispatchSemaphore(value: 0)
        let parser = Thread {
            CSVRows.parse(firstReader, firstChunk, chunks, delimiter: delimiter, into: queue)
            finished.signal()
        }
        parser.stackSize = 1 << 20
        parser.start()
        // However this ends (a bad row, an error), the parser stops before the reader goes.
        defer {
            queue.cancel()
            finished.wait()
        }
        while let item = queue.take() {
            switch item {
            case .rows(let rows, let bytes, let open):
                reached.value = bytes
                for (index, (row, line)) in rows.enumerated() {
                    // The last row holds a quote never closed (the rest of the file): that is
                    // the problem, not its fields or values.
                    if index == rows.count - 1, let open { throw CSVRows.unbalancedQuote(open, path: path) }
                    if row.count == 1 && row[0].isEmpty { continue }   // blank line
                    guard row.count == fieldNames.count else {
                        try rowError(SamregError("expected \(fieldNames.count) fields as in the header, found \(row.count)",
                                                 location: location(line: line, column: min(row.count, fieldNames.count) + 1),
                                                 swedish: "Raden har \(row.count) fält men rubrikraden \(fieldNames.count)."))
                        continue
                    }
                    try body(Array(zip(fieldNames, row)), line, columnOf)
                }
            case .end(let error, let line, let open):
                if let source, source.readError != 0 {
                    throw SamregError("cannot read the file: \(SafeFiles.reason(source.readError)); nothing was imported",
                                      location: location(line: line, column: 1),
                                      swedish: "Filen gick inte att läsa (\(SafeFiles.reason(source.readError))); ingenting importerades.")
                }
                if let open { throw CSVRows.unbalancedQuote(open, path: path) }
                guard let error else { return }
                switch error {
                case CSVError.unicodeDecoding:
                    throw CSVRows.notUTF8(location: location(line: line, column: 1))
                default:
                    throw SamregError("cannot read the file as CSV (\(error))", location: location(line: line, column: 1),
                                      swedish: "Filen går inte att läsa som CSV (\(error)).")
                }
            }
        }
    }

    /// The parser thread: rows with their line numbers, in batches, then how it ended.
    private static func parse(_ first: CSVReader, _ firstChunk: CSVRecordChunks.Chunk, _ chunks: CSVRecordChunks,
                              delimiter: UnicodeScalar, into queue: RowQueue) {
        var line = 2
        var batch: [([String], Int)] = []
        batch.reserveCapacity(RowQueue.batchSize)
        var reader = first
        var chunk = firstChunk
        // How far the rows reach, for the progress: the bytes of their fields, separators and
        // line breaks (quotes and CRs uncounted), up to the end of their chunk.
        var bytes = chunk.start + (first.headerRow ?? []).reduce(0) { $0 + $1.utf8.count + 1 }
        var error: Error?
        var unclosed: (line: Int, column: Int)?
        while true {
            while let row = reader.next() {
                batch.append((row, line))
                // Line breaks inside quoted fields (a CRLF counts once, as one LF byte).
                var rowLines = 0
                var rowBytes = row.count
                for field in row {
                    let utf8 = field.utf8
                    rowBytes += utf8.count
                    if utf8.contains(10) { rowLines += utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 } }
                }
                // The row that holds a quote never closed is the last one (it runs to the end).
                if let open = chunks.unclosedQuote, open.line >= line && open.line <= line + rowLines { unclosed = open }
                line += 1 + rowLines
                bytes = min(bytes + rowBytes, chunk.end)
                if batch.count == RowQueue.batchSize || unclosed != nil {
                    guard queue.put(.rows(batch, bytes: bytes, unclosed: unclosed)) else { return }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            bytes = chunk.end
            if chunk.invalidAfter {
                // The record after this chunk's is not UTF-8: it is reported on its first line.
                error = CSVError.unicodeDecoding
                break
            }
            guard let next = chunks.next() else { break }
            chunk = next
            do {
                reader = try CSVReader(string: chunk.text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
            } catch let failure {
                error = failure   // not thrown without a header row
                break
            }
        }
        if !batch.isEmpty { guard queue.put(.rows(batch, bytes: bytes, unclosed: nil)) else { return } }
        _ = queue.put(.end(error, line: line, unclosed: chunks.unclosedQuote))
    }
}

/// A CSV input read front to back and cut into chunks of whole records, each valid UTF-8
/// text for `CSVReader(string:)`: about `chunkSize` bytes are read, and the chunk ends at the
/// last record boundary in them (`CSVRecordCutter`, CSV.swift's own rules), the rest carried
/// into the next chunk. A record longer than `chunkSize` (a long quoted field, or a quote
/// that is never closed) is read until it ends. A byte-order mark at the start is skipped, as
/// CSV.swift's stream reader skips it. The bytes pass through `QuoteTrackingInputStream`,
/// which knows where an unclosed quoted field opens.
final class CSVRecordChunks {
    struct Chunk {
        /// Whole records, valid UTF-8.
        let text: String
        /// Offsets in the input where the chunk's records begin and end.
        let start: Int
        let end: Int
        /// The record after this chunk's is not valid UTF-8 (the input ends here).
        let invalidAfter: Bool
    }

    private let input: QuoteTrackingInputStream
    private var cutter: CSVRecordCutter
    private let delimiter: UInt8
    private let chunkSize: Int
    private var buffer: [UInt8]
    /// Bytes of `buffer` read and not handed out yet; of those, fed to the cutter.
    private var filled = 0
    private var scanned = 0
    /// Just past the last record boundary found in `buffer` (0: none yet).
    private var cut = 0
    /// The input offset of `buffer[0]`.
    private var offset = 0
    private var atStart = true
    private var atEnd = false
    private var stopped = false

    init(_ stream: InputStream, delimiter: UInt8, chunkSize: Int) {
        input = QuoteTrackingInputStream(stream, delimiter: delimiter)
        input.open()
        self.delimiter = delimiter
        cutter = CSVRecordCutter(delimiter: delimiter)
        self.chunkSize = max(1, chunkSize)
        buffer = [UInt8](repeating: 0, count: max(self.chunkSize, 4) + 4096)
    }

    /// Where a quoted field opens that the input, read to its end, never closes.
    var unclosedQuote: (line: Int, column: Int)? {
        guard input.reachedEnd, input.quotes.isInsideQuotes else { return nil }
        return input.quotes.openQuote
    }

    /// The next chunk; nil at the end of the input (or after a chunk with `invalidAfter`).
    func next() -> Chunk? {
        guard !stopped else { return nil }
        while true {
            if scanned < filled {
                let found = buffer.withUnsafeBufferPointer { all in
                    cutter.lastBoundary(in: UnsafeBufferPointer(rebasing: all[scanned..<filled]))
                }
                if let found { cut = scanned + found }
                scanned = filled
            }
            if atEnd {
                guard filled > 0 else { stopped = true; return nil }
                return handOut(filled)
            }
            if cut > 0 && filled >= chunkSize { return handOut(cut) }
            read(atLeast: filled < chunkSize ? max(chunkSize, 4) - filled : chunkSize)
            if atStart {
                atStart = false
                skipByteOrderMark()
            }
        }
    }

    /// Reads `count` more bytes (no more), or to the end of the input.
    private func read(atLeast count: Int) {
        let target = filled + count
        if buffer.count < target { buffer += [UInt8](repeating: 0, count: max(target - buffer.count, buffer.count)) }
        while filled < target {
            let n = buffer.withUnsafeMutableBufferPointer { b in
                input.read(b.baseAddress! + filled, maxLength: target - filled)
            }
            guard n > 0 else { atEnd = true; return }
            filled += n
        }
    }

    /// Skips the byte-order marks CSV.swift's stream reader skips (UTF-8; UTF-16's too,
    /// reading UTF-8 after them; text with NULs is refused before).
    private func skipByteOrderMark() {
        let skip: Int
        if filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { skip = 3 }
        else if filled >= 2 && ((buffer[0] == 0xFE && buffer[1] == 0xFF) || (buffer[0] == 0xFF && buffer[1] == 0xFE)) { skip = 2 }
        else { return }
        drop(skip)
    }

    /// The first `count` bytes as a chunk, or as much of them as is valid UTF-8 in whole records.
    private func handOut(_ count: Int) -> Chunk {
        let start = offset
        let chunk: Chunk = buffer.withUnsafeBufferPointer { all in
            let bytes = UnsafeBufferPointer(rebasing: all[0..<count])
            if let text = String(validating: bytes, as: UTF8.self) {
                return Chunk(text: text, start: start, end: start + count, invalidAfter: false)
            }
            // The records before the one that holds the first invalid byte.
            var cutter = CSVRecordCutter(delimiter: delimiter)
            let bad = CSVRecordChunks.firstInvalidUTF8(bytes)
            let valid = cutter.lastBoundary(in: UnsafeBufferPointer(rebasing: bytes[0..<bad])) ?? 0
            return Chunk(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<valid]), as: UTF8.self),
                         start: start, end: start + valid, invalidAfter: true)
        }
        if chunk.invalidAfter { stopped = true }
        drop(count)
        return chunk
    }

    /// Removes the first `count` bytes of the buffer.
    private func drop(_ count: Int) {
        buffer.withUnsafeMutableBufferPointer { b in
            if filled > count { b.baseAddress!.update(from: b.baseAddress! + count, count: filled - count) }
        }
        filled -= count
        scanned = max(0, scanned - count)
        cut = max(0, cut - count)
        offset += count
    }

    /// The offset of the first byte that is not part of a valid UTF-8 character.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return offset
            }
        }
    }
}

/// A byte offset, shared by reference.
final class ByteCount {
    var value = 0
}

/// A bounded queue of parsed rows from the parser thread to the writing one.
final class RowQueue: @unchecked Sendable {
    enum Item {
        case rows([([String], Int)], bytes: Int, unclosed: (line: Int, column: Int)?)
        case end(Error?, line: Int, unclosed: (line: Int, column: Int)?)
    }

    static let batchSize = 256
    private let condition = NSCondition()
    private var items: [Item] = []   // at most `capacity`: removing the first is cheap
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Waits for room; false when the reading side has stopped.
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// Waits for the next item; nil once cancelled.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !cancelled { condition.wait() }
        guard !cancelled else { return nil }
        let item = items.removeFirst()   // a taken batch is released as soon as it is written
        condition.broadcast()
        return item
    }

    /// Stops both sides.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

