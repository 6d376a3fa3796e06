import CSV
import Foundation
import SamregCore

struct CSVRows: AnySequenceOfRows {
    let path: String
    let reader: CSVReader
    let fieldNames: [String]
    let tracked: QuoteTrackingInputStream
    /// The file, when it can tell that a read failed (the end of the rows is then no end).
    let source: FileInputStream?
    /// The size of the input in bytes, when known.
    let size: Int?
    /// How far into the input the rows handed over so far reach; only read and written on
    /// the thread that takes rows.
    private let reached = ByteCount()

    init(stream: InputStream, head: Data, path: String, size: Int? = nil) throws {
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
        tracked = QuoteTrackingInputStream(stream, delimiter: UInt8(ascii: delimiter))
        do {
            reader = try CSVReader(stream: tracked, hasHeaderRow: true, trimFields: false, delimiter: delimiter)
        } catch {
            throw SamregError("cannot read a header row: the file is empty or not CSV", location: "\(path):1:1",
                              swedish: "Filen har ingen rubrikrad: den är tom eller inte CSV.")
        }
        if let problem = CSVRows.quoteProblem(tracked, path: path) { throw problem }
        guard let header = reader.headerRow, !header.isEmpty, !(header.count == 1 && header[0].isEmpty) else {
            throw SamregError("cannot read a header row: the file is empty or not CSV", location: "\(path):1:1",
                              swedish: "Filen har ingen rubrikrad: den är tom eller inte CSV.")
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
        return Double(reached.value) / Double(size)
    }

    /// Reports a quoted field that the file never closes (CSV.swift would read it to the end).
    func checkQuotes() throws {
        if let problem = CSVRows.quoteProblem(tracked, path: path) { throw problem }
    }

    static func quoteProblem(_ tracked: QuoteTrackingInputStream, path: String) -> SamregError? {
        guard tracked.reachedEnd, tracked.quotes.isInsideQuotes, let open = tracked.quotes.openQuote else { return nil }
        return SamregError("unbalanced quote: the quoted field that begins here is never closed (a \" is missing)",
                           location: "\(path):\(open.line):\(open.column)",
                           swedish: "Ett citattecken stängs aldrig: fältet som börjar här saknar sitt avslutande \".")
    }

    /// Calls `body` for every row in file order. CSV.swift parses on a second thread while
    /// this one validates and writes (parsing is a quarter of an import's time), handing
    /// rows over in batches through a bounded queue; the database is only ever touched here.
    func forEach(rowError: (SamregError) throws -> Void, _ body: ([(String, String)], Int, (String) -> Int?) throws -> Void) throws {
        let columnOf: (String) -> Int? = { name in fieldNames.firstIndex(of: name).map { $0 + 1 } }
        let queue = RowQueue(capacity: 8)
        // The reader moves to the parser thread and is not touched here until it has finished.
        nonisolated(unsafe) let reader = self.reader
        nonisolated(unsafe) let tracked = self.tracked
        let finished = DispatchSemaphore(value: 0)
        let parser = Thread {
            CSVRows.parse(reader, tracked, into: queue)
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
            case .rows(let rows, let bytes):
                reached.value = bytes
                for (row, line) in rows {
                    if row.count == 1 && row[0].isEmpty { continue }   // blank line
                    guard row.count == fieldNames.count else {
                        try checkQuotes()
                        try rowError(SamregError("expected \(fieldNames.count) fields as in the header, found \(row.count)",
                                                 location: location(line: line, column: min(row.count, fieldNames.count) + 1),
                                                 swedish: "Raden har \(row.count) fält men rubrikraden \(fieldNames.count)."))
                        continue
                    }
                    try body(Array(zip(fieldNames, row)), line, columnOf)
                }
            case .end(let error, let line):
                if let source, source.readError != 0 {
                    throw SamregError("cannot read the file: \(SafeFiles.reason(source.readError)); nothing was imported",
                                      location: location(line: line, column: 1),
                                      swedish: "Filen gick inte att läsa (\(SafeFiles.reason(source.readError))); ingenting importerades.")
                }
                try checkQuotes()
                guard let error else { return }
                let reason: String, swedish: String
                switch error {
                case CSVError.unicodeDecoding:
                    reason = "the file is not valid UTF-8 text (save it as \"CSV UTF-8\")"
                    swedish = "Filen är inte giltig UTF-8-text (spara den som ”CSV UTF-8”)."
                default:
                    reason = "cannot read the file as CSV (\(error))"
                    swedish = "Filen går inte att läsa som CSV (\(error))."
                }
                throw SamregError(reason, location: location(line: line, column: 1), swedish: swedish)
            }
        }
    }

    /// The parser thread: rows with their line numbers, in batches, then how it ended.
    private static func parse(_ reader: CSVReader, _ tracked: QuoteTrackingInputStream, into queue: RowQueue) {
        var line = 2
        var batch: [([String], Int)] = []
        batch.reserveCapacity(RowQueue.batchSize)
        while let row = reader.next() {
            if reader.error != nil { break }   // a decoding error ends the row early: report it, not the row
            batch.append((row, line))
            // Line breaks inside quoted fields (a CRLF counts once, as one LF byte).
            var rowLines = 0
            for field in row where field.utf8.contains(10) {
                rowLines += field.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
            }
            line += 1 + rowLines
            if batch.count == RowQueue.batchSize {
                guard queue.put(.rows(batch, bytes: tracked.bytesRead)) else { return }
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { guard queue.put(.rows(batch, bytes: tracked.bytesRead)) else { return } }
        _ = queue.put(.end(reader.error, line: line))
    }
}

/// A byte offset, shared by reference.
final class ByteCount {
    var value = 0
}

/// A bounded queue of parsed rows from the parser thread to the writing one.
final class RowQueue: @unchecked Sendable {
    enum Item {
        case rows([([String], Int)], bytes: Int)
        case end(Error?, line: Int)
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

