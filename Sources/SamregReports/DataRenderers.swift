import SamregCore

/// The report's raw numbers as JSON: `{title, meta, sections: [{id, heading, paragraphs,
/// tables: [{id, caption, columns, rows, totals}], narrative, subsections}]}`; rows are
/// objects keyed by column key, numbers unformatted.
public enum JSONReportRenderer {
    public static func render(_ report: Report) -> String {
        var out = "{\n  \"title\": \(JSON.string(report.title)),\n  \"subtitle\": \(JSON.string(report.subtitle)),\n"
        out += "  \"meta\": {" + report.meta.map { "\(JSON.string($0.0)): \(JSON.string($0.1))" }.joined(separator: ", ") + "},\n"
        out += "  \"sections\": [\n" + report.sections.map { section($0, indent: "    ") }.joined(separator: ",\n") + "\n  ]\n}\n"
        return out
    }

    static func section(_ s: Section, indent: String) -> String {
        let i2 = indent + "  "
        var parts = [
            "\(i2)\"id\": \(JSON.string(s.id))",
            "\(i2)\"heading\": \(JSON.string(s.heading))",
            "\(i2)\"paragraphs\": [" + s.paragraphs.map(JSON.string).joined(separator: ", ") + "]",
            "\(i2)\"tables\": [" + s.tables.map { table($0, indent: i2 + "  ") }.joined(separator: ",") + (s.tables.isEmpty ? "]" : "\n\(i2)]"),
            "\(i2)\"narrative\": " + (s.narrative.map(JSON.string) ?? "null"),
        ]
        if !s.subsections.isEmpty {
            parts.append("\(i2)\"subsections\": [\n" + s.subsections.map { section($0, indent: i2 + "  ") }.joined(separator: ",\n") + "\n\(i2)]")
        }
        return "\(indent){\n" + parts.joined(separator: ",\n") + "\n\(indent)}"
    }

    static func table(_ t: ReportTable, indent: String) -> String {
        func rows(_ rows: [[Cell]]) -> String {
            "[" + rows.map { row in
                "{" + zip(t.columns, row).map { "\(JSON.string($0.key)): \(JSON.value($1))" }.joined(separator: ", ") + "}"
            }.joined(separator: ", ") + "]"
        }
        return "\n\(indent){\"id\": \(JSON.string(t.id)), \"caption\": \(JSON.string(t.caption)), "
            + "\"columns\": [" + t.columns.map { "{\"key\": \(JSON.string($0.key)), \"heading\": \(JSON.string($0.heading))}" }.joined(separator: ", ") + "], "
            + "\"rows\": \(rows(t.rows)), \"totals\": \(rows(t.totals))}"
    }
}

/// The report's raw numbers as one tidy CSV: `section,table,row,column,value`, one line per
/// table cell (row numbers from 1; totals rows are numbered `total1` …), for pivoting in a
/// spreadsheet. Values are written in `dialect` (a decimal comma for Excel).
public enum CSVReportRenderer {
    public static func rows(_ report: Report, dialect: CSVDialect = .standard) -> [[String]] {
        var out: [[String]] = [["section", "table", "row", "column", "value"]]
        func walk(_ s: Section) {
            for t in s.tables {
                for (n, row) in t.rows.enumerated() {
                    for (column, cell) in zip(t.columns, row) { out.append([s.id, t.id, String(n + 1), column.key, dialect.text(cell)]) }
                }
                for (n, row) in t.totals.enumerated() {
                    for (column, cell) in zip(t.columns, row) { out.append([s.id, t.id, "total\(n + 1)", column.key, dialect.text(cell)]) }
                }
            }
            s.subsections.forEach(walk)
        }
        report.sections.forEach(walk)
        return out
    }
}
