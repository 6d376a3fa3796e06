import Foundation

/// The characters samreg refuses in stored text, and how text is shown on a terminal.
///
/// Rules (docs/data-safety.md, "Hostile text"):
/// - Single-line fields (titles, names, codes, notes, actor names) refuse every control
///   character but TAB: C0 (ESC, CR, LF, NUL …), DEL, C1, the line and paragraph separators
///   U+2028/U+2029, and the bidirectional controls that reorder what a reader sees (U+061C,
///   U+200E/U+200F, U+202A–U+202E, U+2066–U+2069).
/// - Long texts (Markdown) allow TAB and LF (a CR LF line end is read as LF) and bidi marks,
///   and refuse the other controls.
/// - Whatever is stored anyway (written past samreg with plain SQL) is shown escaped on a
///   terminal: `TerminalText.escape`.
public enum TextSafety {
    /// True for the bidirectional formatting characters: U+061C, U+200E, U+200F,
    /// U+202A–U+202E and U+2066–U+2069.
    public static func isBidiControl(_ v: UInt32) -> Bool {
        v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// The first character of `text` that a field may not hold, or nil. `multiline` is for
    /// long texts: TAB, LF, CR LF line ends and bidi marks are allowed there.
    public static func forbiddenScalar(in text: String, multiline: Bool) -> Unicode.Scalar? {
        guard mayHoldControls(text) else { return nil }
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            let v = scalar.value
            // A CR is allowed in a long text only as the first half of a CR LF line end.
            if previous == "\r" && multiline && v != 0x0A { return previous }
            if v == 0x09 || (multiline && (v == 0x0A || v == 0x0D)) { continue }
            if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 { return scalar }
            if !multiline && isBidiControl(v) { return scalar }
        }
        return multiline && previous == "\r" ? previous : nil
    }

    /// False when `text` certainly holds none of the characters these rules are about: no
    /// byte below 0x20, no DEL, and none of the UTF-8 lead bytes of C1 (C2), U+061C (D8) or
    /// U+2000–U+2FFF (E2). Swedish text (å ä ö are C3 …) takes this fast path.
    static func mayHoldControls(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }
    }

    /// The first invisible formatting character of `text` (Unicode category Cf: zero-width
    /// space and joiners, U+FEFF, soft hyphen, bidi controls), or nil. Codes and actor names
    /// refuse them: `R\u{200B}Ö` would look like `RÖ` and still be another code.
    public static func invisibleScalar(in text: String) -> Unicode.Scalar? {
        if !text.utf8.contains(where: { $0 >= 0x80 }) { return nil }
        return text.unicodeScalars.first { $0.properties.generalCategory == .format }
    }

    /// `U+001B`: how a message names a character.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "U+" + String(format: "%04X", scalar.value)
    }
}

/// Text as a terminal may show it: control characters, bidi controls and line separators are
/// written as escapes (`\e`, `\r`, `\n`, `\t`, `\u{202E}`), so that a stored value can never
/// move the cursor, change colours, rewrite the screen or reorder what is shown.
public enum TerminalText {
    /// `text` with every such character escaped; a backslash is left as it is (the escapes
    /// are for reading, not for parsing back). `keepingLineBreaks` leaves LF, CR LF and TAB as
    /// they are, for multi-line values (`show`) and whole documents written to a terminal.
    public static func escape(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard needsEscaping(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let v = scalar.value
            switch v {
            case 0x0A: out += keepingLineBreaks ? "\n" : "\\n"
            case 0x0D: out += keepingLineBreaks && i + 1 < scalars.count && scalars[i + 1] == "\n" ? "\r" : "\\r"
            case 0x09: out += keepingLineBreaks ? "\t" : "\\t"
            case 0x1B: out += "\\e"
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029:
                out += "\\u{\(String(v, radix: 16, uppercase: true))}"
            default:
                if TextSafety.isBidiControl(v) {
                    out += "\\u{\(String(v, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// True when `escape` would change `text`.
    public static func needsEscaping(_ text: String) -> Bool {
        guard TextSafety.mayHoldControls(text) else { return false }
        return text.unicodeScalars.contains { s in
            let v = s.value
            return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || TextSafety.isBidiControl(v)
        }
    }
}

extension StringProtocol {
    /// The text in Unicode normalisation form C (composed: `O` + U+0308 becomes `Ö`): how
    /// samreg stores and compares text, so that one word has one spelling in the registry.
    public var nfc: String {
        let s = String(self)
        // Text below U+0300 (ASCII, Latin-1, Latin Extended: å ä ö é …) is always in NFC: the
        // first characters NFC changes are the combining marks from U+0300 on. Most text
        // takes this path without calling Foundation.
        if !s.utf8.contains(where: { $0 >= 0xCC }) { return s }
        return s.precomposedStringWithCanonicalMapping
    }
}
