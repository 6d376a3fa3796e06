import SamregCore

/// Renders a report as Markdown, in Swedish with Swedish number formatting. Charts are left
/// out: their figures are in the tables.
public enum MarkdownRenderer {
    public static func render(_ report: Report) -> String {
        var out = "# \(inline(report.title))\n\n"
        if !report.subtitle.isEmpty { out += "\(inline(report.subtitle))\n\n" }
        for (key, value) in report.meta { out += "- \(inline(key)): \(inline(value))\n" }
        if !report.meta.isEmpty { out += "\n" }
        for section in report.sections { out += render(section, level: 2) }
        return out
    }

    static func render(_ section: Section, level: Int) -> String {
        var out = String(repeating: "#", count: level) + " \(inline(section.heading))\n\n"
        for p in section.paragraphs { out += "\(inline(p))\n\n" }
        for table in section.tables { out += render(table) }
        // The narrative completes the section: after its figures and its parts.
        for sub in section.subsections { out += render(sub, level: level + 1) }
        if let narrative = section.narrative {
            out += MarkdownSanitizer.safe(narrative.trimmingWhitespace()) + "\n\n"
        }
        if section.tables.isEmpty && section.charts.isEmpty && section.narrative == nil && section.subsections.isEmpty && section.paragraphs.isEmpty { out += "Inga uppgifter registrerade för perioden.\n\n" }
        return out
    }

    static func render(_ table: ReportTable) -> String {
        var out = "**\(escape(table.caption))**\n\n"
        if table.rows.isEmpty {
            return out + "\(inline(table.emptyText))\n\n"
        }
        let numeric = table.isNumeric
        out += "| " + table.columns.map { escape($0.heading) }.joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for (r, row) in table.rows.enumerated() {
            out += "|"
            for (c, cell) in row.enumerated() {
                out += " "
                out += escape(ReportTable.display(cell, style: table.style(row: r, column: c)))
                out += " |"
            }
            out += "\n"
        }
        for row in table.totals {
            out += "| " + zip(row, table.columns).map { cell, column in
                let text = escape(ReportTable.display(cell, style: column.style))
                return cell.isNull ? text : "**\(text)**"
            }.joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }

    /// `\ ` * _ [ ] < > |`, CR and LF: the bytes `inline` may have to rewrite anywhere.
    static func inlineSpecial(_ b: UInt8) -> Bool {
        switch b {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x0A, 0x0D: return true
        default: return false
        }
    }

    /// A table cell: `inline`, with `|` escaped too.
    static func escape(_ text: String) -> String {
        inline(text, cell: true)
    }

    /// Text from the registry (a title, a name, a heading) as literal Markdown, so that it
    /// cannot make a link, an image, HTML, code, emphasis or a heading: `\ ` * _ [ ] < >` are
    /// escaped with a backslash (and `|` in table cells), line breaks become spaces, and a
    /// leading `#`, `-`, `+` or `1.` is escaped so that the text cannot start a block.
    static func inline(_ text: String, cell: Bool = false) -> String {
        // Most values (dates, numbers, names) have none of them: a byte scan, no copy. A block
        // marker matters only at the start of a heading or paragraph, not in a cell.
        let needsWork: Bool
        if cell {
            needsWork = text.utf8.contains { MarkdownRenderer.inlineSpecial($0) }
        } else {
            needsWork = text.utf8.contains { MarkdownRenderer.inlineSpecial($0) }
                || text.utf8.first.map { $0 == 0x23 || $0 == 0x2D || $0 == 0x2B || ($0 >= 0x30 && $0 <= 0x39) } ?? false
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for c in text {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">": out += "\\"; out.append(c)
            case "|": out += cell ? "\\|" : "|"
            case "\n", "\r\n", "\r", "\u{2028}", "\u{2029}": out += " "
            default: out.append(c)
            }
        }
        // A block marker at the start: `# x`, `- x`, `+ x`, `1. x`, `1) x`.
        if !cell, let first = out.first {
            if first == "#" || ((first == "-" || first == "+") && (out.dropFirst().first.map { $0 == " " } ?? true)) {
                out = "\\" + out
            } else if first.isASCII, first.isNumber {
                let digits = out.prefix { $0.isASCII && $0.isNumber }
                let rest = out.dropFirst(digits.count)
                if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first.map({ $0 == " " }) ?? true {
                    out = digits + "\\" + rest
                }
            }
        }
        return out
    }
}
