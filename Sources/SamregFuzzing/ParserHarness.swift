import Foundation
import SamregCore
import SamregReports
import SamregStore

/// One input through every parser of values users type: dates, numbers, case numbers and
/// paragraphs, and the Swedish number format of whatever parses. Besides "no crash", each
/// parser's own promise is checked: a parsed date writes back to the same text, a parsed
/// number is finite, a parsed case number parses again to the same parts.
/// Returns what broke a promise (nil when all held); a trap in a parser is a finding by itself.
public func fuzzParsers(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    for piece in [text] + text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).map(String.init) {
        if let (y, m, d) = ISODate.parse(piece) {
            guard let n = ISODate.dayNumber(piece), ISODate.from(dayNumber: n) == piece,
                  (1...12).contains(m), d >= 1, d <= 31, y >= 1000 else {
                return "ISODate: '\(piece)' parsed but does not write back"
            }
        }
        if let x = RecordWriter.number(piece) {
            guard x.isFinite else { return "number: '\(piece)' parsed to \(x)" }
            _ = SwedishFormat.decimal(x, decimals: 1)
            _ = SwedishFormat.percent(x / 100)
            _ = Cell.real(x).int
            _ = Cell.real(x).plain
        }
        if let number = CaseNumber(piece) {
            guard let again = CaseNumber(number.written), again.issuer == number.issuer,
                  again.year == number.year, again.serial == number.serial else {
                return "CaseNumber: '\(piece)' does not parse the same way twice"
            }
        }
        _ = Paragraph.number(piece)
        _ = Registry.fold(piece)
    }
    // Raw doubles from the bytes: any bit pattern must format.
    if bytes.count >= 8 {
        let x = bytes.withMemoryRebound(to: UInt8.self) { b in
            (0..<8).reduce(UInt64(0)) { $0 << 8 | UInt64(b[$1]) }
        }
        let d = Double(bitPattern: x)
        _ = SwedishFormat.decimal(d, decimals: Int(bytes[0] % 4))
        _ = Cell.real(d).int
        _ = Cell.real(d).plain
    }
    return nil
}

/// Runs each input file once through `harness` (what a fuzz target does without libFuzzer:
/// replay regression inputs and findings) and prints what broke a promise.
public func replayInputs(_ paths: [String], through harness: (UnsafeBufferPointer<UInt8>) -> String?) throws {
    for path in paths {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        if let finding = data.withUnsafeBytes({ harness($0.bindMemory(to: UInt8.self)) }) {
            print("\(path): \(finding)")
        }
    }
}
