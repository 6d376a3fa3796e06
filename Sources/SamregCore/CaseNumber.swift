/// A case number (diarienummer) as organisations write them: `RJL 2025/1044`, `RÖ 2024-6246`
/// (also with an en dash), `SKR2024/01345`, `S2025/00922`, `LJ 2014/1422`.
///
/// The registry keeps the text as written and stores issuer, year and serial separately, so
/// that `RÖ 2024–6246` and `RÖ 2024-6246` are the same case. Serials keep leading zeros.
public struct CaseNumber: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let written: String
    public let issuer: String
    public let year: Int
    public let serial: String

    /// Parses `text`, or returns nil when it is not issuer letters, a four-digit year, a
    /// separator (`-`, `–`, `—` or `/`) and a serial of digits.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        var chars = Substring(trimmed)
        var issuer = ""
        while let c = chars.first, c.isLetter { issuer.append(c); chars.removeFirst() }
        guard !issuer.isEmpty else { return nil }
        while let c = chars.first, c == " " || c == "\u{00A0}" { chars.removeFirst() }
        let yearDigits = chars.prefix(while: { $0.isASCII && $0.isNumber })
        guard yearDigits.count == 4, let year = Int(yearDigits) else { return nil }
        chars.removeFirst(4)
        while let c = chars.first, c == " " { chars.removeFirst() }
        guard let sep = chars.first, ["-", "–", "—", "/"].contains(sep) else { return nil }
        chars.removeFirst()
        while let c = chars.first, c == " " { chars.removeFirst() }
        guard !chars.isEmpty, chars.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.written = trimmed
        self.issuer = issuer
        self.year = year
        self.serial = String(chars)
    }

    /// The normal form used for search and display: `RÖ 2024-6246`.
    public var normalized: String { "\(issuer) \(year)-\(serial)" }
    public var description: String { written }
}

/// A paragraph reference in a protocol: `§ 51`, `§51`, or a delegation number such as
/// `FS 4.5.4 §28/2025` (kept as written; its number is not a meeting paragraph).
public enum Paragraph {
    /// The meeting paragraph number of `text` (`§ 51` → 51), or nil for other forms.
    public static func number(_ text: String) -> Int? {
        let t = text.trimmingWhitespace()
        guard t.hasPrefix("§") else { return nil }
        let digits = t.dropFirst().trimmingWhitespace()
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespace() -> String {
        // Fast path: nothing to trim (first and last bytes are plain, non-space ASCII or letters).
        let bytes = String(self).utf8
        if let first = bytes.first, let last = bytes.last, first > 0x20, last > 0x20, first < 0x80, last < 0x80 {
            return String(self)
        }
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
