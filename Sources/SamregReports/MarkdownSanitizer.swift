/// A narrative's Markdown made safe to put in a Markdown report, so that a Markdown viewer
/// loads and runs nothing from it either:
/// - `<` outside code is escaped (`\<`): raw HTML and autolinks show as text;
/// - an image becomes a link to its address (`\![alt](url)`), never loaded;
/// - a link or reference definition whose address is not relative, http, https or mailto
///   (the rule of `HTMLSanitizer.safeHref`, after decoding character references) is left as
///   text (`[x]\(javascript:…)`, `\[r]: javascript:…`).
/// Code spans and fenced code blocks are left as they are: their content is shown literally.
enum MarkdownSanitizer {
    static func safe(_ markdown: String) -> String {
        var out: [String] = []
        var fence: String?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            let indent = line.count - trimmed.count
            if let open = fence {
                out.append(String(line))
                if indent < 4, trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if indent < 4, let marker = ["```", "~~~"].first(where: { trimmed.hasPrefix($0) }) {
                fence = String(trimmed.prefix { $0 == marker.first })
                out.append(String(line))
                continue
            }
            out.append(inline(line, definitionAllowed: indent < 4))
        }
        return out.joined(separator: "\n")
    }

    /// One line outside fenced code.
    private static func inline(_ line: Substring, definitionAllowed: Bool) -> String {
        let chars = Array(line)
        var out = ""
        var i = 0
        // `[label]: destination` at the start of a line defines a reference.
        if definitionAllowed, let start = chars.firstIndex(where: { $0 != " " }), chars[start] == "[",
           let close = chars[start...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == ":" {
            let destination = String(chars[(close + 2)...]).trimmingWhitespace().split(separator: " ").first.map(String.init) ?? ""
            if !isSafe(destination) {
                out = String(chars[..<start]) + "\\"
                i = start
            }
        }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\":
                // An escape: keep it with the character it escapes.
                out.append(c)
                if i + 1 < chars.count { out.append(chars[i + 1]); i += 2 } else { i += 1 }
                continue
            case "`":
                let run = chars[i...].prefix { $0 == "`" }.count
                if let end = closingRun(chars, from: i + run, length: run) {
                    out += String(chars[i..<(end + run)])
                    i = end + run
                } else {
                    out += String(repeating: "`", count: run)
                    i += run
                }
                continue
            case "<":
                out += "\\<"
            case "!" where i + 1 < chars.count && chars[i + 1] == "[":
                out += "\\!"
            case "]" where i + 1 < chars.count && chars[i + 1] == "(":
                let destination = linkDestination(chars, from: i + 2)
                out += isSafe(destination) ? "]" : "]\\"
            default:
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// The index of the next run of exactly `length` backticks on the line, or nil.
    private static func closingRun(_ chars: [Character], from start: Int, length: Int) -> Int? {
        var i = start
        while i < chars.count {
            if chars[i] == "`" {
                let run = chars[i...].prefix { $0 == "`" }.count
                if run == length { return i }
                i += run
            } else {
                i += 1
            }
        }
        return nil
    }

    /// A link's destination from just after `](`: up to the matching `)` or the first space.
    private static func linkDestination(_ chars: [Character], from start: Int) -> String {
        var i = start
        while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
        if i < chars.count, chars[i] == "<" {
            let end = chars[(i + 1)...].firstIndex(of: ">") ?? chars.count
            return String(chars[(i + 1)..<end])
        }
        var depth = 0
        var out = ""
        while i < chars.count {
            let c = chars[i]
            if c == "(" { depth += 1 }
            if c == ")" { if depth == 0 { break }; depth -= 1 }
            if c == " " && depth == 0 { break }
            out.append(c)
            i += 1
        }
        return out
    }

    private static func isSafe(_ destination: String) -> Bool {
        let decoded = HTMLSanitizer.decodeEntities(destination)
        // An empty destination links nowhere: harmless.
        if decoded.trimmingWhitespace().isEmpty { return true }
        return HTMLSanitizer.safeHref(decoded) != nil
    }
}
