import Foundation

/// A case number (diarienummer) as organisations write them: `RJL 2025/1044`, `RÖ 2024-6246`
/// (also with an en dash), `SKR2024/01345`, `S2025/00922`, `LJ 2014/1422`.
///
/// The registry keeps the text as written and stores issuer, year and serial separately, so
/// that spellings people read as the same case are the same case: `RÖ 2024-6246`,
/// `rö 2024–6246` and `RÖ 2024‑6246` with `Ö` written as `O` + U+0308 all have the issuer
/// `RÖ`, year 2024 and serial `6246`. The issuer is compared in Unicode NFC and upper case;
/// any dash (U+2010–U+2015, U+2212, hyphen-minus and the other dash punctuation) or `/`
/// separates year and serial. Serials keep leading zeros.
public struct CaseNumber: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The text as written (trimmed), for display.
    public let written: String
    /// The issuer's key: its letters in NFC, upper case (`RÖ`, `FI`, `SOS`).
    public let issuer: String
    public let year: Int
    public let serial: String

    /// Parses `text`, or returns nil when it is not issuer letters, a four-digit year, a
    /// separator (a dash or `/`) and a serial of digits.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        let normal = trimmed.nfc
        guard let parts = CaseNumber.simpleParts(normal) ?? CaseNumber.characterParts(normal) else { return nil }
        self.written = trimmed
        self.issuer = CaseNumber.issuerKey(parts.letters)
        self.year = parts.year
        self.serial = parts.serial
    }

    /// Issuer letters, year and serial of `text` (trimmed, NFC), read by Character.
    static func characterParts(_ text: String) -> (letters: String, year: Int, serial: String)? {
        var chars = Substring(text)
        var letters = ""
        while let c = chars.first, c.isLetter, c.unicodeScalars.allSatisfy(CaseNumber.isIssuerScalar) {
            letters.append(c)
            chars.removeFirst()
        }
        guard !letters.isEmpty else { return nil }
        func skipSpaces() {
            while let c = chars.first, c.unicodeScalars.count == 1, c.unicodeScalars.first!.properties.generalCategory == .spaceSeparator {
                chars.removeFirst()
            }
        }
        skipSpaces()
        let yearDigits = chars.prefix(while: { $0.isASCII && $0.isNumber })
        guard yearDigits.count == 4, let year = Int(yearDigits) else { return nil }
        chars.removeFirst(4)
        skipSpaces()
        guard let sep = chars.first, sep == "/" || CaseNumber.isDash(sep) else { return nil }
        chars.removeFirst()
        skipSpaces()
        guard !chars.isEmpty, chars.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return (letters, year, String(chars))
    }

    /// The reading of `init`, by Unicode scalar instead of by Character, for the text most case
    /// numbers are: nothing from U+0300 on (no combining marks, joiners or other scalars that
    /// join a Character), where every scalar is a Character of its own and the two readings
    /// agree. Nil when the text is not that simple or is no case number; `init` then reads it
    /// by Character (and decides). An import parses one per row: by Character it cost 4 % of it.
    static func simpleParts(_ text: String) -> (letters: String, year: Int, serial: String)? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            guard s.value < 0x300, s != "\r" else { return nil }
            scalars.append(s)
        }
        var i = 0
        let n = scalars.count
        var letters = String.UnicodeScalarView()
        while i < n {
            let s = scalars[i]
            let isLetter = s.isASCII
                ? (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
                : Character(s).isLetter && isIssuerScalar(s)
            guard isLetter else { break }
            letters.append(s)
            i += 1
        }
        guard !letters.isEmpty else { return nil }
        func skipSpaces() {
            while i < n, scalars[i] == " " || (!scalars[i].isASCII && scalars[i].properties.generalCategory == .spaceSeparator) { i += 1 }
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        skipSpaces()
        var year = 0
        var digits = 0
        while i < n, isDigit(scalars[i]) {
            year = year * 10 + Int(scalars[i].value - 0x30)
            digits += 1
            i += 1
            if digits > 4 { return nil }
        }
        guard digits == 4 else { return nil }
        skipSpaces()
        guard i < n, scalars[i] == "/" || isDash(scalars[i]) else { return nil }
        i += 1
        skipSpaces()
        guard i < n else { return nil }
        var serial = String.UnicodeScalarView()
        while i < n {
            guard isDigit(scalars[i]) else { return nil }
            serial.append(scalars[i])
            i += 1
        }
        return (String(letters), year, String(serial))
    }

    /// The key issuers are compared by: NFC, upper case (`rö` → `RÖ`, `Fi` → `FI`).
    public static func issuerKey(_ issuer: String) -> String {
        issuer.nfc.uppercased().nfc
    }

    /// True for the dashes people write between year and serial: hyphen-minus, the Unicode
    /// dash punctuation (‐ ‑ ‒ – — ―, ⸺ …) and the minus sign.
    public static func isDash(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return false }
        return isDash(s)
    }

    /// `isDash` for one scalar.
    public static func isDash(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s == "-" }
        return s == "\u{2212}" || s == "\u{FE63}" || s == "\u{FF0D}" || s.properties.generalCategory == .dashPunctuation
    }

    /// Letters and the combining marks that belong to them; no invisible joiners or controls.
    static func isIssuerScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The normal form used for search and display: `RÖ 2024-6246`.
    public var normalized: String { "\(issuer) \(year)-\(serial)" }
    public var description: String { written }

    /// True when `other` names the same case however it was written (issuer key, year and
    /// serial equal). `==` compares the written text too.
    public func isSameCase(as other: CaseNumber) -> Bool {
        issuer == other.issuer && year == other.year && serial == other.serial
    }
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

/// A decision cited by body, paragraph and year, as the documents cite them: `SVN § 51-2024`
/// (also with an en dash or `/`, `SVN §51 2024`, or without the year: `SVN § 51`). Paragraph
/// numbers are unique only within one body and year, so the body is part of the citation.
public struct ParagraphCitation: Equatable, Sendable {
    /// The body as written before `§` (`SVN`); empty when the citation names none.
    public let body: String
    public let number: Int
    public let year: Int?

    /// Parses `text`, or returns nil when it is not `[BODY] § N[-YEAR]`.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace().nfc
        guard let mark = trimmed.firstIndex(of: "§") else { return nil }
        let body = trimmed[..<mark].trimmingWhitespace()
        var rest = Substring(trimmed[trimmed.index(after: mark)...].trimmingWhitespace())
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 6, let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        var year: Int?
        let tail = rest.trimmingWhitespace()
        if !tail.isEmpty {
            var chars = Substring(tail)
            if let sep = chars.first, sep == "/" || CaseNumber.isDash(sep) { chars = Substring(chars.dropFirst().trimmingWhitespace()) }
            guard chars.count == 4, chars.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(chars) else { return nil }
            year = y
        }
        self.body = body
        self.number = number
        self.year = year
    }

    /// The citation as samreg writes it: `SVN § 51-2024`.
    public static func written(body: String, number: Int, year: Int?) -> String {
        (body.isEmpty ? "" : body + " ") + "§ \(number)" + (year.map { "-\($0)" } ?? "")
    }
}
