/// Reads numbers as Swedes, spreadsheets and samreg's own exports write them.
///
/// Accepted: `74.3`, `74,3`, `1 018` and `86 656,5` (a space, a no-break space U+00A0 or a
/// narrow no-break space U+202F between groups of three digits), a sign `-`, `+` or the minus
/// sign `−` (U+2212), and an exponent in plain numbers (`1e-05`, as exports write very small
/// values). `74,3 %` is accepted where a per-cent sign makes sense (a share stored in per cent:
/// the value is 74.3).
///
/// The decimal separator is the comma or the point, whichever the number has once: `1,018`
/// is 1.018 (a decimal comma, as Swedish writes it), not a thousand and eighteen; `1.018` is
/// 1.018 too. A number with both a comma and a point (`1.018,5`, `1,018.5`), a separator
/// twice (`1,2,3`), digit groups that are not groups of three (`10 18`), or anything but
/// digits is refused: the reading would be a guess. Only finite values are returned.
public enum SwedishNumber {
    /// Why a text is not a number, as the end of a sentence ("'x' is not a number: …").
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
        /// The reason in Swedish, as the end of a sentence ("”x” är inget tal: …"): the web's words.
        public var swedish: String { Problem.swedishReasons[reason] ?? reason }

        static let swedishReasons: [String: String] = [
            "a per-cent sign is allowed only for a share":
                "procenttecken går bara för en andel",
            "no digits":
                "det saknar siffror",
            "a bad exponent":
                "exponenten är felaktig",
            "it has both ',' and '.', so which one is the decimal separator is a guess":
                "det har både ”,” och ”.”, så vilket som är decimaltecken går inte att avgöra",
            "the decimal part must be digits":
                "decimaldelen får bara innehålla siffror",
            "no digits before the decimal separator":
                "det saknar siffror före decimaltecknet",
            "one space between groups of digits":
                "skriv ett mellanslag mellan siffergrupperna",
            "only digits, a sign and a decimal separator are allowed":
                "bara siffror, tecken och decimaltecken är tillåtna",
            "digits grouped by spaces must come in groups of three (1 018)":
                "siffror som delas med mellanslag ska stå i grupper om tre (1 018)",
            "it is too large":
                "det är för stort",
            "a whole number has no decimals":
                "ett heltal har inga decimaler",
            "it has more than one ','; group thousands with a space":
                "det har mer än ett ”,”; dela tusental med mellanslag",
            "it has more than one '.'; group thousands with a space":
                "det har mer än en ”.”; dela tusental med mellanslag",
        ]
    }

    /// `1 018`, `86 656`, `-4 294 967 295`: a whole number with its thousands grouped by spaces,
    /// as Swedish writes it (`9999` and below as they are).
    public static func grouped<T: BinaryInteger>(_ n: T) -> String {
        let digits = String(n.magnitude)
        guard digits.count > 4 else { return String(n) }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(" ") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// The value of `text`, or why it has none. `allowPercent` accepts a trailing `%`.
    public static func parse(_ text: String, allowPercent: Bool = false) -> Result<Double, Problem> {
        if let x = plainDecimal(text) { return .success(x) }
        var scalars = Array(text.unicodeScalars)
        func trim() {
            while let f = scalars.first, isSpace(f) { scalars.removeFirst() }
            while let l = scalars.last, isSpace(l) { scalars.removeLast() }
        }
        trim()
        if scalars.last == "%" {
            guard allowPercent else { return .failure(Problem(reason: "a per-cent sign is allowed only for a share")) }
            scalars.removeLast()
            trim()
        }
        guard !scalars.isEmpty else { return .failure(Problem(reason: "no digits")) }
        var negative = false
        if let s = scalars.first, s == "-" || s == "+" || s == "\u{2212}" {
            negative = s != "+"
            scalars.removeFirst()
        }
        // Split off an exponent (only after a plain number).
        var exponent = ""
        if let e = scalars.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var tail = Array(scalars[(e + 1)...])
            var sign = ""
            if let s = tail.first, s == "-" || s == "+" || s == "\u{2212}" { sign = s == "+" ? "" : "-"; tail.removeFirst() }
            guard !tail.isEmpty, tail.allSatisfy(isDigit) else { return .failure(Problem(reason: "a bad exponent")) }
            exponent = "e" + sign + String(String.UnicodeScalarView(tail))
            scalars = Array(scalars[..<e])
        }
        let commas = scalars.filter { $0 == "," }.count
        let points = scalars.filter { $0 == "." }.count
        if commas > 0 && points > 0 {
            return .failure(Problem(reason: "it has both ',' and '.', so which one is the decimal separator is a guess"))
        }
        if commas + points > 1 {
            return .failure(Problem(reason: "it has more than one '\(commas > 1 ? "," : ".")'; group thousands with a space"))
        }
        var integerPart = scalars[...]
        var fraction: ArraySlice<Unicode.Scalar> = []
        if let sep = scalars.firstIndex(where: { $0 == "," || $0 == "." }) {
            integerPart = scalars[..<sep]
            fraction = scalars[(sep + 1)...]
            guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else {
                return .failure(Problem(reason: "the decimal part must be digits"))
            }
        }
        guard !integerPart.isEmpty else { return .failure(Problem(reason: "no digits before the decimal separator")) }
        // Groups of digits: the first 1–3 digits, every later one exactly 3, one space between.
        let groups = integerPart.split(omittingEmptySubsequences: false, whereSeparator: isSpace)
        for (i, group) in groups.enumerated() {
            guard !group.isEmpty, group.allSatisfy(isDigit) else {
                return .failure(Problem(reason: groups.count > 1 && group.isEmpty ? "one space between groups of digits" : "only digits, a sign and a decimal separator are allowed"))
            }
            if groups.count > 1 && ((i == 0 && group.count > 3) || (i > 0 && group.count != 3)) {
                return .failure(Problem(reason: "digits grouped by spaces must come in groups of three (1 018)"))
            }
        }
        if groups.count > 1 && !exponent.isEmpty { return .failure(Problem(reason: "a bad exponent")) }
        let digits = groups.map { String(String.UnicodeScalarView($0)) }.joined()
        let plain = (negative ? "-" : "") + digits + (fraction.isEmpty ? "" : "." + String(String.UnicodeScalarView(fraction))) + exponent
        guard let x = Double(plain) else { return .failure(Problem(reason: "only digits, a sign and a decimal separator are allowed")) }
        guard x.isFinite else { return .failure(Problem(reason: "it is too large")) }
        return .success(x)
    }

    /// The value of `text`, or nil.
    public static func value(_ text: String, allowPercent: Bool = false) -> Double? {
        try? parse(text, allowPercent: allowPercent).get()
    }

    /// A whole number: `1018`, `1 018`, `−9`; nil for decimals, garbage or beyond Int.
    public static func integer(_ text: String) -> Result<Int, Problem> {
        var scalars = Array(text.unicodeScalars)
        while let f = scalars.first, isSpace(f) { scalars.removeFirst() }
        while let l = scalars.last, isSpace(l) { scalars.removeLast() }
        if scalars.contains(where: { $0 == "," || $0 == "." || $0 == "e" || $0 == "E" }) {
            return .failure(Problem(reason: "a whole number has no decimals"))
        }
        switch parse(String(String.UnicodeScalarView(scalars))) {
        case .failure(let p): return .failure(p)
        case .success:
            // From the digits themselves, so that large values stay exact.
            var digits = scalars.filter(isDigit)
            while digits.count > 1 && digits.first == "0" { digits.removeFirst() }
            let sign = (scalars.first == "-" || scalars.first == "\u{2212}") ? "-" : ""
            guard let n = Int(sign + String(String.UnicodeScalarView(digits))) else {
                return .failure(Problem(reason: "it is too large"))
            }
            return .success(n)
        }
    }

    /// The fast path for what most files hold: `86656`, `-74.6` (ASCII digits, at most one
    /// point with digits on both sides). Nil for anything else.
    static func plainDecimal(_ text: String) -> Double? {
        var digitsBefore = 0, digitsAfter = 0, point = false, first = true
        for byte in text.utf8 {
            defer { first = false }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): if point { digitsAfter += 1 } else { digitsBefore += 1 }
            case UInt8(ascii: "."): if point || digitsBefore == 0 { return nil }; point = true
            case UInt8(ascii: "-"): if !first { return nil }
            default: return nil
            }
        }
        guard digitsBefore > 0, !point || digitsAfter > 0, let x = Double(text), x.isFinite else { return nil }
        return x
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{00A0}" || s == "\u{202F}" || s == "\t" }
}
