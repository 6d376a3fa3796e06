/// A strict allow-list sanitizer for the HTML that Ink makes of a narrative's Markdown.
///
/// Ink passes raw HTML through and writes link and image addresses into attributes as they
/// were typed, so its output is parsed again here and only this is kept:
/// - the elements `p`, `h1`–`h6`, `ul`, `ol`, `li`, `em`, `strong`, `code`, `pre`,
///   `blockquote`, `a`, `table`, `caption`, `thead`, `tbody`, `tfoot`, `tr`, `th`, `td`, `br`
///   and `hr`, without any attribute, closed in order (an unclosed one is closed at the end,
///   a stray closing tag is dropped, so a narrative cannot close the report's own elements);
/// - `href` on `a`, when the address, after decoding character references and removing
///   white space, control and invisible formatting characters, is relative (`#x`, `sida`,
///   `/sida`) or has the scheme `http`, `https` or `mailto`; any other (`javascript:`,
///   `data:`, `vbscript:`, `//host` …) is dropped and the link text kept;
/// - an image becomes its description (`alt`) as text: nothing is ever loaded;
/// - `script`, `style`, `iframe`, `object`, `svg`, `math`, `template` and the like are dropped
///   with their content (up to their closing tag), other elements (`div`, `span`, `link`, `meta`, `base` …) without it;
///   comments and declarations are dropped.
/// Text is decoded once and escaped once: Ink's `<code>a&lt;b</code>` stays exactly that.
enum HTMLSanitizer {
    static let allowed: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong",
                                       "code", "pre", "blockquote", "a", "table", "caption", "thead", "tbody",
                                       "tfoot", "tr", "th", "td", "br", "hr"]
    static let void: Set<String> = ["br", "hr"]
    static let images: Set<String> = ["img", "image"]
    /// Elements whose content is code, styling or embedded documents, not text for readers.
    static let droppedWithContent: Set<String> = ["script", "style", "iframe", "object", "embed", "svg", "math",
                                                  "template", "noscript", "textarea", "title", "xmp", "noembed",
                                                  "noframes", "frameset", "select", "head", "canvas", "audio",
                                                  "video", "applet", "plaintext", "listing"]
    static let schemes: Set<String> = ["http", "https", "mailto"]

    private struct Tag {
        var name: String
        var closing: Bool
        var attributes: [(name: String, value: String)]
        var end: Int
    }

    /// The sanitized HTML of `html`.
    static func sanitize(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = ""
        var text = String.UnicodeScalarView()
        var open: [String] = []
        func flush() {
            guard !text.isEmpty else { return }
            out += escape(decodeEntities(String(text)))
            text = String.UnicodeScalarView()
        }
        var i = 0
        while i < s.count {
            guard s[i] == "<" else { text.append(s[i]); i += 1; continue }
            if starts(s, at: i, with: "<!--") {
                flush()
                i = find(s, "-->", from: i + 4).map { $0 + 3 } ?? s.count
                continue
            }
            if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" {
                flush()
                i = find(s, ">", from: i + 2).map { $0 + 1 } ?? s.count
                continue
            }
            guard let tag = parseTag(s, at: i) else { text.append(s[i]); i += 1; continue }
            flush()
            i = tag.end
            let name = tag.name
            if droppedWithContent.contains(name) {
                // Without its closing tag only the tag goes: what follows is shown as text.
                if !tag.closing, let end = endOfElement(s, name: name, from: i) { i = end }
                continue
            }
            if images.contains(name) {
                if !tag.closing, let alt = tag.attributes.first(where: { $0.name == "alt" })?.value {
                    out += escape(alt)
                }
                continue
            }
            guard allowed.contains(name) else { continue }
            if tag.closing {
                guard let index = open.lastIndex(of: name) else { continue }
                while open.count > index { out += "</\(open.removeLast())>" }
                continue
            }
            if void.contains(name) { out += "<\(name)>"; continue }
            if name == "a", let href = tag.attributes.first(where: { $0.name == "href" }).flatMap({ safeHref($0.value) }) {
                out += "<a href=\"\(escape(href))\">"
            } else {
                out += "<\(name)>"
            }
            open.append(name)
        }
        flush()
        while let name = open.popLast() { out += "</\(name)>" }
        return out
    }

    /// The address to keep for a link, or nil when it must go: `value` is already decoded.
    /// White space, controls and invisible formatting characters are removed (browsers ignore
    /// some of them inside a scheme); then it must be relative or name an allowed scheme.
    static func safeHref(_ value: String) -> String? {
        var cleaned = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            let v = scalar.value
            if v <= 0x20 || (0x7F...0x9F).contains(v) || scalar.properties.isWhitespace
                || scalar.properties.generalCategory == .format { continue }
            cleaned.append(scalar)
        }
        let href = String(cleaned)
        if href.isEmpty { return nil }
        let lower = href.lowercased()
        // `//host/x` and `\\host\x` (which browsers read as `//`) leave the report's own place.
        if lower.hasPrefix("//") || lower.hasPrefix("\\") || lower.hasPrefix("/\\") { return nil }
        if let stop = lower.firstIndex(where: { $0 == ":" || $0 == "/" || $0 == "?" || $0 == "#" }), lower[stop] == ":" {
            let scheme = String(lower[..<stop])
            return schemes.contains(scheme) ? href : nil
        }
        return href
    }

    // MARK: Parsing

    private static func starts(_ s: [Unicode.Scalar], at i: Int, with prefix: String) -> Bool {
        let p = Array(prefix.unicodeScalars)
        guard i + p.count <= s.count else { return false }
        for k in 0..<p.count where s[i + k] != p[k] { return false }
        return true
    }

    private static func find(_ s: [Unicode.Scalar], _ needle: String, from: Int) -> Int? {
        var i = from
        while i < s.count {
            if starts(s, at: i, with: needle) { return i }
            i += 1
        }
        return nil
    }

    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}"
    }

    /// A start or end tag at `i` (which holds `<`), as an HTML parser reads one: `<` (or
    /// `</`) directly followed by a letter, up to the `>` outside quotes. Nil when it is not
    /// one (then `<` is text).
    private static func parseTag(_ s: [Unicode.Scalar], at start: Int) -> Tag? {
        var i = start + 1
        var closing = false
        if i < s.count, s[i] == "/" { closing = true; i += 1 }
        guard i < s.count, isASCIILetter(s[i]) else { return nil }
        var name = ""
        while i < s.count, !isSpace(s[i]), s[i] != "/", s[i] != ">" {
            name.unicodeScalars.append(s[i]); i += 1
        }
        var attributes: [(String, String)] = []
        while i < s.count {
            let c = s[i]
            if isSpace(c) || c == "/" { i += 1; continue }
            if c == ">" { return Tag(name: name.lowercased(), closing: closing, attributes: attributes, end: i + 1) }
            var attr = ""
            while i < s.count, !isSpace(s[i]), s[i] != "/", s[i] != ">", !(s[i] == "=" && !attr.isEmpty) {
                attr.unicodeScalars.append(s[i]); i += 1
            }
            while i < s.count, isSpace(s[i]) { i += 1 }
            var value = ""
            if i < s.count, s[i] == "=" {
                i += 1
                while i < s.count, isSpace(s[i]) { i += 1 }
                if i < s.count, s[i] == "\"" || s[i] == "'" {
                    let quote = s[i]
                    i += 1
                    while i < s.count, s[i] != quote { value.unicodeScalars.append(s[i]); i += 1 }
                    guard i < s.count else { return nil }
                    i += 1
                } else {
                    while i < s.count, !isSpace(s[i]), s[i] != ">" { value.unicodeScalars.append(s[i]); i += 1 }
                }
            }
            attributes.append((attr.lowercased(), decodeEntities(value)))
        }
        return nil
    }

    /// The index after `</name>` (any case), or nil when there is none.
    private static func endOfElement(_ s: [Unicode.Scalar], name: String, from: Int) -> Int? {
        var i = from
        while i < s.count {
            if s[i] == "<", i + 1 < s.count, s[i + 1] == "/", let tag = parseTag(s, at: i), tag.closing, tag.name == name {
                return tag.end
            }
            i += 1
        }
        return nil
    }

    // MARK: Character references

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "tab": "\t",
        "newline": "\n", "colon": ":", "sol": "/", "lpar": "(", "rpar": ")", "num": "#", "period": ".",
        "comma": ",", "semi": ";", "equals": "=", "excl": "!", "quest": "?", "commat": "@", "percnt": "%",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "shy": "\u{00AD}", "copy": "\u{00A9}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "auml": "ä", "ouml": "ö", "aring": "å", "eacute": "é",
        "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Aring": "Å", "Eacute": "É", "Uuml": "Ü",
    ]

    /// `text` with character references decoded once: `&#106;`, `&#x6A;` (the `;` may be left
    /// out, as browsers allow) and the named references in `named` (with `;`). Anything else
    /// stays as it is, and is then escaped as text.
    static func decodeEntities(_ text: String) -> String {
        guard text.unicodeScalars.contains("&") else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            guard s[i] == "&" else { out.append(s[i]); i += 1; continue }
            var j = i + 1
            if j < s.count, s[j] == "#" {
                j += 1
                var hex = false
                if j < s.count, s[j] == "x" || s[j] == "X" { hex = true; j += 1 }
                var value: UInt32 = 0
                var digits = 0
                while j < s.count, let d = hex ? s[j].hexDigitValue : s[j].decimalDigitValue {
                    value = min(value &* (hex ? 16 : 10) &+ UInt32(d), 0x110000)
                    digits += 1
                    j += 1
                }
                if digits > 0 {
                    if j < s.count, s[j] == ";" { j += 1 }
                    let scalar = value == 0 ? nil : Unicode.Scalar(value)
                    out.append(scalar ?? "\u{FFFD}")
                    i = j
                    continue
                }
            } else {
                var name = ""
                while j < s.count, j - i <= 32, isASCIILetter(s[j]) { name.unicodeScalars.append(s[j]); j += 1 }
                if j < s.count, s[j] == ";", let decoded = named[name] ?? named[name.lowercased()] {
                    out.append(contentsOf: decoded.unicodeScalars)
                    i = j + 1
                    continue
                }
            }
            out.append("&")
            i += 1
        }
        return String(out)
    }

    static func escape(_ text: String) -> String { HTMLRenderer.escape(text) }
}

private extension Unicode.Scalar {
    var decimalDigitValue: Int? { self >= "0" && self <= "9" ? Int(value - 48) : nil }
    var hexDigitValue: Int? {
        if let d = decimalDigitValue { return d }
        if self >= "a" && self <= "f" { return Int(value - 97 + 10) }
        if self >= "A" && self <= "F" { return Int(value - 65 + 10) }
        return nil
    }
}
