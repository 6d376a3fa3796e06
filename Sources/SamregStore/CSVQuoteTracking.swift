import Foundation

/// Follows the quoting of a CSV stream byte by byte as it is handed to CSV.swift, which takes
/// an unclosed quoted field as running to the end of the file. With this, an import reports
/// an unbalanced quote at the line and column where the field opens, instead of importing the
/// rest of the file as one value or reporting a confusing field count.
///
/// The states mirror CSV.swift's reader: a `"` at the start of a field opens a quoted field;
/// inside one, `""` is a quote and `"` followed by the delimiter or a line break closes it; a
/// `"` inside an unquoted field is a plain character.
struct CSVQuoteState {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
    private var state = State.fieldStart
    private let delimiter: UInt8
    private var line = 1
    private var column = 0            // characters of the current line seen so far
    private var atFileStart = true
    private var bomBytesLeft = 3
    /// Where the quoted field being read began (1-based line and column), while it is open.
    private(set) var openQuote: (line: Int, column: Int)?

    init(delimiter: UInt8) { self.delimiter = delimiter }

    /// True when the input ended inside a quoted field.
    var isInsideQuotes: Bool { state == .quoted }

    mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        if atFileStart {
            // A UTF-8 byte-order mark is not part of the first field.
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            while i < bytes.count, bomBytesLeft > 0, bytes[i] == bom[3 - bomBytesLeft] { bomBytesLeft -= 1; i += 1 }
            if i < bytes.count || bomBytesLeft == 0 { atFileStart = false }
        }
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b & 0xC0 != 0x80 { column += 1 }   // a new character (not a UTF-8 continuation byte)
            switch state {
            case .fieldStart:
                if b == 0x22 { state = .quoted; openQuote = (line, column) }
                else if b == delimiter { state = .fieldStart }
                else if b == 0x0A { newLine() }
                else { state = .unquoted }
            case .unquoted:
                if b == delimiter { state = .fieldStart } else if b == 0x0A { newLine() }
            case .quoted:
                if b == 0x22 { state = .quoteInQuoted } else if b == 0x0A { line += 1; column = 0 }
            case .quoteInQuoted:
                if b == 0x22 { state = .quoted }
                else if b == delimiter { state = .fieldStart; openQuote = nil }
                else if b == 0x0A { openQuote = nil; newLine() }
                else if b == 0x0D { openQuote = nil; state = .unquoted }   // CR before LF ends the row
                else { state = .quoted }   // a stray quote (also before a space): CSV.swift keeps reading the field
            }
        }
    }

    private mutating func newLine() {
        state = .fieldStart
        line += 1
        column = 0
    }
}

/// An input stream that passes another one through to CSV.swift and follows its quoting.
final class QuoteTrackingInputStream: InputStream, @unchecked Sendable {
    private let base: InputStream
    /// Read on the parser thread while it reads; elsewhere only after it handed its last rows
    /// over (through `RowQueue`'s lock).
    private(set) var quotes: CSVQuoteState
    private(set) var reachedEnd = false
    /// Bytes read so far (by CSV.swift, which reads ahead of the row it hands over).
    private(set) var bytesRead = 0

    init(_ base: InputStream, delimiter: UInt8) {
        self.base = base
        quotes = CSVQuoteState(delimiter: delimiter)
        super.init(data: Data())
    }

    override func open() { base.open() }
    override func close() { base.close() }
    override var streamStatus: Stream.Status { base.streamStatus }
    override var streamError: Error? { base.streamError }

    override var hasBytesAvailable: Bool {
        let available = base.hasBytesAvailable
        if !available { reachedEnd = true }
        return available
    }

    override func read(_ out: UnsafeMutablePointer<UInt8>, maxLength len: Int) -> Int {
        let n = base.read(out, maxLength: len)
        if n > 0 {
            bytesRead += n
            quotes.consume(UnsafeBufferPointer(start: out, count: n))
        } else {
            reachedEnd = true
        }
        return n
    }
}

/// Finds where the records of a CSV byte stream end, exactly where CSV.swift's reader ends
/// them, so that the input can be cut into pieces of whole records and each piece parsed on
/// its own (`CSVRecordChunks`). Its states are CSV.swift's, by byte (every byte it acts on is
/// ASCII, and no byte of a multi-byte UTF-8 character is): a `"` at the start of a field opens
/// a quoted field; inside one, `""` is a quote, `"` followed by the delimiter, a CR or an LF
/// closes it, and `"` followed by anything else is kept with the field going on (CSV.swift
/// drops the character after it). A row ends at an LF, or at a CR, which takes an LF right
/// after it along. Fed the stream in any pieces, it keeps its state from one to the next.
struct CSVRecordCutter {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterCR }
    private var state = State.fieldStart
    private let delimiter: UInt8

    init(delimiter: UInt8) { self.delimiter = delimiter }

    /// Feeds the next bytes of the stream; returns the offset in `bytes` just past the last
    /// record that ends in them (where the next one begins), or nil if none does. A record
    /// ending in a lone CR is known to end only when the byte after it is seen.
    mutating func lastBoundary(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var last: Int?
        var s = state
        var i = 0
        let n = bytes.count
        let delimiter = self.delimiter
        while i < n {
            let b = bytes[i]
            switch s {
            case .quoted:
                if b == 0x22 { s = .quoteInQuoted }
            case .unquoted:
                if b == delimiter { s = .fieldStart }
                else if b == 0x0A { s = .fieldStart; last = i + 1 }
                else if b == 0x0D { s = .afterCR }
            case .fieldStart:
                if b == 0x22 { s = .quoted }
                else if b == delimiter { break }
                else if b == 0x0A { last = i + 1 }
                else if b == 0x0D { s = .afterCR }
                else { s = .unquoted }
            case .quoteInQuoted:
                if b == 0x22 || (b != delimiter && b != 0x0A && b != 0x0D) { s = .quoted }
                else if b == delimiter { s = .fieldStart }
                else if b == 0x0A { s = .fieldStart; last = i + 1 }
                else { s = .afterCR }
            case .afterCR:
                s = .fieldStart
                if b == 0x0A {
                    last = i + 1
                } else {
                    last = i   // a new row begins with this byte: read it again as its start
                    continue
                }
            }
            i += 1
        }
        state = s
        return last
    }
}
