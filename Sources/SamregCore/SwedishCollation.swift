/// Swedish alphabetical order: a–z, then å, ä, ö; case and accents on other letters only
/// break ties (é sorts with e, ü with y, æ with ä, ø with ö). Numbers sort by value
/// ("RPO 2" before "RPO 10" is not attempted: digits compare as characters, like Swedish
/// dictionaries). Foundation's locale-aware comparison is unreliable on Linux, so samreg
/// registers this one function with SQLite (`COLLATE swedish`) and uses it in Swift alike.
public enum SwedishCollation {
    /// Compares two strings in Swedish order: negative, zero or positive.
    ///
    /// Primary level: letters without case or accents; secondary: accents; tertiary: case;
    /// then code points. Only strings of the same bytes compare equal.
    public static func compare(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in compare(utf8: x, y) } }
    }

    /// The same comparison on UTF-8 bytes, as SQLite hands them to `COLLATE swedish`: each
    /// level walks both texts side by side, decoding as it goes, without building keys or
    /// strings (SQLite calls this for every comparison of a sort).
    public static func compare(utf8 a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        if a.count == b.count && a.elementsEqual(b) { return 0 }
        for level in 0..<3 {
            var i = 0, j = 0
            while true {
                if i == a.count || j == b.count {
                    if i == a.count && j == b.count { break }
                    return i == a.count ? -1 : 1
                }
                let wx = weight(decode(a, &i)), wy = weight(decode(b, &j))
                let (p, q) = level == 0 ? (wx.primary, wy.primary)
                    : level == 1 ? (wx.secondary, wy.secondary) : (wx.tertiary, wy.tertiary)
                if p != q { return p < q ? -1 : 1 }
            }
        }
        // Same weights, other bytes: code point order (which UTF-8's byte order is).
        return a.lexicographicallyPrecedes(b) ? -1 : 1
    }

    /// The scalar starting at `i` (advanced past it); a malformed sequence reads as U+FFFD.
    @inline(__always)
    private static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Unicode.Scalar {
        let first = p[i]
        if first < 0x80 { i += 1; return Unicode.Scalar(first) }
        let length: Int
        var value: UInt32
        switch first {
        case 0xC2...0xDF: length = 2; value = UInt32(first & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(first & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(first & 0x07)
        default: i += 1; return "\u{FFFD}"
        }
        guard i + length <= p.count else { i = p.count; return "\u{FFFD}" }
        for k in 1..<length {
            let byte = p[i + k]
            guard byte & 0xC0 == 0x80 else { i += 1; return "\u{FFFD}" }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        i += length
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// `true` when `a` sorts before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    private typealias Weight = (primary: UInt32, secondary: UInt32, tertiary: UInt32)

    // Letters get primary weights 1000 + position in the Swedish alphabet; other characters
    // keep their code point below that (spaces and punctuation first), or above for scripts
    // we do not know.
    private static let alphabet: [Character] = Array("abcdefghijklmnopqrstuvwxyzåäö")

    private static func weight(_ scalar: Unicode.Scalar) -> Weight {
        let v = scalar.value
        // Fast path for ASCII letters and å ä ö (the same weights as the general path below).
        switch v {
        case 0x61...0x7A: return (1000 + v - 0x61, 0, 0)
        case 0x41...0x5A: return (1000 + v - 0x41, 0, 1)
        case 0xE5: return (1026, 0, 0)
        case 0xE4: return (1027, 0, 0)
        case 0xF6: return (1028, 0, 0)
        case 0xC5: return (1026, 0, 1)
        case 0xC4: return (1027, 0, 1)
        case 0xD6: return (1028, 0, 1)
        case 0..<0x80: return (v, 0, 0)
        default: break
        }
        let isUpper = scalar.properties.isUppercase
        let lower = isUpper ? (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar) : scalar
        let (base, accent) = fold(lower)
        if let idx = alphabet.firstIndex(of: Character(base)) {
            return (1000 + UInt32(idx), accent, isUpper ? 1 : 0)
        }
        if v < 0x80 { return (v, 0, 0) }
        return (2000 + v, 0, isUpper ? 1 : 0)
    }

    /// The Swedish base letter of a lowercase scalar and an accent weight.
    private static func fold(_ s: Unicode.Scalar) -> (Unicode.Scalar, UInt32) {
        switch s {
        case "å", "ä", "ö": return (s, 0)
        case "æ": return ("ä", 1)
        case "ø": return ("ö", 1)
        case "ü", "ű": return ("y", 1)
        case "à", "á", "â", "ã": return ("a", s.value)
        case "è", "é", "ê", "ë": return ("e", s.value)
        case "ì", "í", "î", "ï": return ("i", s.value)
        case "ò", "ó", "ô", "õ": return ("o", s.value)
        case "ù", "ú", "û": return ("u", s.value)
        case "ç": return ("c", 1)
        case "ñ": return ("n", 1)
        case "ý", "ÿ": return ("y", s.value)
        case "w": return ("w", 0)
        default: return (s, 0)
        }
    }
}
