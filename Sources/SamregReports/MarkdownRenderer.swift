import SamregCore

/// Renders a report as Markdown, in Swedish with Swedish number formatting. Charts are left
/// out: their figures are in the tables.
public enum MarkdownRenderer {
    public static func render(_ report: Report) -> String {
        var out = "# \(report.title)\n\n"
        if !report.subtitle.isEmpty { out += "\(report.subtitle)\n\n" }
        for (key, value) in report.meta { out += "- \(key): \(value)\n" }
        if !report.meta.isEmpty { out += "\n" }
        for section in report.sections { out += render(section, level: 2) }
        return out
    }

    static func render(_ section: Section, level: Int) -> String {
        var out = String(repeating: "#", count: level) + " \(section.heading)\n\n"
        for p in section.paragraphs { out += "\(p)\n\n" }
        for table in section.tables { out += render(table) }
        if let narrative = section.narrative {
            out += narrative.trimmingWhitespace() + "\n\n"
        }
        for sub in section.subsections { out += render(sub, level: level + 1) }
        if section.tables.isEmpty && section.charts.isEmpty && section.narrative == nil && section.subsections.isEmpty && section.paragraphs.isEmpty { out += "Inga uppgifter registrerade för perioden.\n\n" }
        return out
    }

    static func render(_ table: ReportTable) -> String {
        var out = "**\(escape(table.caption))**\n\n"
        if table.rows.isEmpty {
            return out + "\(table.emptyText)\n\n"
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

    /// Escapes the characters that would break a Markdown table cell.
    static func escape(_ text: String) -> String {
        // Most cells have none of them: a byte scan, no copy.
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x7C || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
