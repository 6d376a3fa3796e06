import Foundation
import Ink
import SamregCore

/// Renders a report as one self-contained HTML file: no network, inline CSS and SVG charts,
/// printable on A4 with a page break before each main section, `lang="sv"`, tables with
/// captions and header cells, text and colours with sufficient contrast.
public enum HTMLRenderer {
    public static func render(_ report: Report) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
            <meta name="referrer" content="no-referrer">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(report.title))</title>
            <style>\(css)</style>
            </head>
            <body>
            <header>
            <h1>\(escape(report.title))</h1>

            """
        if !report.subtitle.isEmpty { out += "<p class=\"subtitle\">\(escape(report.subtitle))</p>\n" }
        if !report.meta.isEmpty {
            out += "<dl class=\"meta\">" + report.meta.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>\n"
        }
        out += "<nav aria-label=\"Innehåll\"><h2>Innehåll</h2><ol>"
        out += report.sections.map { "<li><a href=\"#\(escape($0.id))\">\(escape($0.heading))</a></li>" }.joined()
        out += "</ol></nav>\n</header>\n<main>\n"
        for section in report.sections { out += render(section, level: 2) }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func render(_ section: Section, level: Int) -> String {
        var out = "<section id=\"\(escape(section.id))\" class=\"level\(level)\">\n<h\(level)>\(escape(section.heading))</h\(level)>\n"
        for p in section.paragraphs { out += "<p>\(escape(p))</p>\n" }
        for chart in section.charts { out += SVGChart.render(chart) }
        for table in section.tables { out += render(table) }
        // The narrative completes the section: after its figures and its parts.
        for sub in section.subsections { out += render(sub, level: level + 1) }
        if let narrative = section.narrative {
            out += "<div class=\"narrative\">\n\(narrativeHTML(narrative))\n</div>\n"
        }
        if section.tables.isEmpty && section.charts.isEmpty && section.narrative == nil && section.subsections.isEmpty && section.paragraphs.isEmpty { out += "<p class=\"empty\">Inga uppgifter registrerade för perioden.</p>\n" }
        return out + "</section>\n"
    }

    /// The secretary's Markdown as HTML, kept self-contained and inert: Ink's HTML passed
    /// through `HTMLSanitizer` (an allow-list of elements, `href` only with http, https, mailto
    /// or a relative address, images replaced by their description, raw HTML dropped).
    static func narrativeHTML(_ markdown: String) -> String {
        HTMLSanitizer.sanitize(MarkdownParser().html(from: markdown))
    }

    /// The Content-Security-Policy of every report, as defence in depth behind the sanitizer:
    /// nothing is fetched or run (the CSS and SVG charts are inline), no form posts anywhere.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    static func render(_ table: ReportTable) -> String {
        if table.rows.isEmpty {
            return "<p class=\"empty\"><strong>\(escape(table.caption))</strong>: \(escape(table.emptyText))</p>\n"
        }
        let numeric = table.isNumeric
        var out = "<table>\n<caption>\(escape(table.caption))</caption>\n<thead><tr>"
        out += zip(table.columns, numeric).map { "<th scope=\"col\"\($1 ? " class=\"num\"" : "")>\(escape($0.heading))</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        func row(_ cells: [Cell], total: Bool, index: Int) -> String {
            "<tr\(total ? " class=\"total\"" : "")>" + zip(zip(cells, table.columns), numeric).enumerated().map { i, item in
                let ((cell, column), isNumber) = item
                let text = escape(ReportTable.display(cell, style: total ? column.style : table.style(row: index, column: i)))
                let tag = i == 0 ? "th scope=\"row\"" : "td"
                let close = i == 0 ? "th" : "td"
                return "<\(tag)\(isNumber ? " class=\"num\"" : "")>\(text)</\(close)>"
            }.joined() + "</tr>\n"
        }
        for (i, r) in table.rows.enumerated() { out += row(r, total: false, index: i) }
        out += "</tbody>\n"
        if !table.totals.isEmpty { out += "<tfoot>\n" + table.totals.map { row($0, total: true, index: 0) }.joined() + "</tfoot>\n" }
        return out + "</table>\n"
    }

    /// Text escaped for an element's content or a quoted attribute value: the one HTML
    /// escaping of samreg, for reports and the web registry's pages. With `showingControls`,
    /// control characters (but line breaks and tabs) and bidi controls are written as their
    /// code points (`\u{202E}`), so that no stored value can reorder or hide a page's text.
    public static func escape(_ text: String, showingControls: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if showingControls, (scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r")
                    || scalar.value == 0x7F || TextSafety.isBidiControl(scalar.value) {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    static let css = """
        :root { color: #1a1a1a; background: #fff; font-family: "Source Sans 3", "Segoe UI", Arial, sans-serif; }
        body { max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; }
        h1 { font-size: 1.9rem; margin-bottom: .2rem; color: #0b3d62; }
        h2 { font-size: 1.4rem; color: #0b3d62; border-bottom: 2px solid #0b3d62; padding-bottom: .2rem; margin-top: 2.5rem; }
        h3 { font-size: 1.15rem; color: #0b3d62; margin-top: 1.6rem; }
        .subtitle { font-size: 1.1rem; color: #333; margin-top: 0; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; font-size: .9rem; color: #333; }
        dl.meta dt { font-weight: 600; }
        dl.meta dd { margin: 0; }
        nav ol { columns: 2; font-size: .95rem; }
        nav a { color: #0b3d62; }
        table { border-collapse: collapse; margin: 1rem 0 1.5rem; width: 100%; font-size: .92rem; }
        caption { text-align: left; font-weight: 600; padding-bottom: .3rem; color: #1a1a1a; }
        th, td { border-bottom: 1px solid #c8c8c8; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #e8eef3; border-bottom: 2px solid #0b3d62; }
        tbody th { font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.total th, tr.total td { font-weight: 700; border-top: 2px solid #1a1a1a; }
        .empty { color: #444; font-style: italic; }
        .narrative { border-left: 4px solid #0b3d62; padding-left: 1rem; margin: 1rem 0; }
        figure { margin: 1rem 0 1.5rem; }
        figcaption { font-weight: 600; margin-bottom: .3rem; }
        svg text { font-family: inherit; fill: #1a1a1a; }
        @page { size: A4; margin: 18mm 15mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
          nav { display: none; }
          section.level2 { break-before: page; }
          table, figure { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """
}

/// Line and bar charts as inline SVG, with a text alternative (`role="img"` and a title and
/// description naming every value) for screen readers.
enum SVGChart {
    /// Colours with at least 4.5:1 contrast against white, told apart also by shape/pattern.
    static let palette = ["#0b3d62", "#b03a2e", "#1e7d32", "#6a3d9a", "#8a5a00", "#00687a", "#444444", "#a0206e"]

    static func render(_ chart: Chart) -> String {
        let width = 720.0, height = 300.0
        let left = 64.0, right = 16.0, top = 20.0, bottom = 56.0
        let plotW = width - left - right, plotH = height - top - bottom
        let values = (chart.series.flatMap { $0.values.compactMap { $0 } } + (chart.band.map { [$0.low, $0.high] } ?? [])).filter(\.isFinite)
        let maxValue = niceCeiling(max(values.max() ?? 1, chart.kind == .bars ? 0 : 0))
        let minValue = min(0, values.min() ?? 0)
        let span = maxValue - minValue == 0 ? 1 : maxValue - minValue
        func y(_ v: Double) -> Double { top + plotH - (v - minValue) / span * plotH }
        let n = max(chart.labels.count, 1)
        let step = plotW / Double(n)

        var description = chart.series.map { s in
            s.name + ": " + zip(chart.labels, s.values).map { "\($0) \($1.map { SwedishFormat.decimal($0, decimals: $0.rounded() == $0 ? 0 : 1) } ?? "saknas")" }.joined(separator: ", ")
        }.joined(separator: "; ")
        if let band = chart.band { description += "; \(band.label)" }
        let id = "chart-" + String(chart.title.unicodeScalars.reduce(UInt32(2166136261)) { ($0 ^ $1.value) &* 16777619 }, radix: 36)

        var svg = "<figure>\n<figcaption id=\"\(id)-t\">\(HTMLRenderer.escape(chart.title))</figcaption>\n"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\">\n"
        svg += "<desc id=\"\(id)-d\">\(HTMLRenderer.escape(description))</desc>\n"
        // Grid and y axis labels.
        for i in 0...4 {
            let v = minValue + span * Double(i) / 4
            let yy = y(v)
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(yy))\" x2=\"\(f(width - right))\" y2=\"\(f(yy))\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>\n"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(yy + 4))\" font-size=\"11\" text-anchor=\"end\">\(HTMLRenderer.escape(SwedishFormat.decimal(v, decimals: span < 10 ? 1 : 0)))</text>\n"
        }
        if let band = chart.band {
            svg += "<rect x=\"\(f(left))\" y=\"\(f(y(band.high)))\" width=\"\(f(plotW))\" height=\"\(f(max(1, y(band.low) - y(band.high))))\" fill=\"#1e7d32\" fill-opacity=\"0.15\" stroke=\"#1e7d32\" stroke-dasharray=\"4 3\"/>\n"
            svg += "<text x=\"\(f(width - right - 4))\" y=\"\(f(y(band.high) - 4))\" font-size=\"11\" text-anchor=\"end\">\(HTMLRenderer.escape(band.label))</text>\n"
        }
        // X labels.
        for (i, label) in chart.labels.enumerated() {
            let x = left + step * (Double(i) + 0.5)
            svg += "<text x=\"\(f(x))\" y=\"\(f(top + plotH + 16))\" font-size=\"11\" text-anchor=\"middle\">\(HTMLRenderer.escape(clip(label, 16)))</text>\n"
        }
        switch chart.kind {
        case .bars:
            let groupW = step * 0.8
            let barW = groupW / Double(max(chart.series.count, 1))
            for (si, s) in chart.series.enumerated() {
                let colour = palette[si % palette.count]
                for (i, value) in s.values.enumerated() {
                    guard let v = value else { continue }
                    let x = left + step * Double(i) + step * 0.1 + barW * Double(si)
                    let y0 = y(max(0, minValue)), y1 = y(v)
                    svg += "<rect x=\"\(f(x))\" y=\"\(f(min(y0, y1)))\" width=\"\(f(max(1, barW - 2)))\" height=\"\(f(abs(y0 - y1)))\" fill=\"\(colour)\"><title>\(HTMLRenderer.escape("\(s.name), \(chart.labels[i]): \(SwedishFormat.decimal(v, decimals: 1))"))</title></rect>\n"
                }
            }
        case .line:
            for (si, s) in chart.series.enumerated() {
                let colour = palette[si % palette.count]
                let points = s.values.enumerated().compactMap { i, v in v.map { (left + step * (Double(i) + 0.5), y($0)) } }
                if points.count > 1 {
                    svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\"\(si % 2 == 1 ? " stroke-dasharray=\"6 3\"" : "") points=\"" + points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ") + "\"/>\n"
                }
                for (px, py) in points {
                    svg += "<circle cx=\"\(f(px))\" cy=\"\(f(py))\" r=\"3.5\" fill=\"\(colour)\"/>\n"
                }
            }
        }
        // Legend.
        var lx = left
        for (si, s) in chart.series.enumerated() {
            let colour = palette[si % palette.count]
            svg += "<rect x=\"\(f(lx))\" y=\"\(f(height - 18))\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>\n"
            svg += "<text x=\"\(f(lx + 16))\" y=\"\(f(height - 8))\" font-size=\"12\">\(HTMLRenderer.escape(clip(s.name, 28)))</text>\n"
            lx += 24 + Double(min(s.name.count, 28)) * 6.5
        }
        if !chart.unit.isEmpty {
            svg += "<text x=\"4\" y=\"12\" font-size=\"11\">\(HTMLRenderer.escape(chart.unit))</text>\n"
        }
        return svg + "</svg>\n</figure>\n"
    }

    static func f(_ x: Double) -> String { String(format: "%.1f", x) }

    static func clip(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }

    /// A round number at or above `x` for the top of the axis.
    static func niceCeiling(_ x: Double) -> Double {
        guard x > 0 else { return 1 }
        let magnitude = pow(10, floor(log10(x)))
        for m in [1.0, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where m * magnitude >= x { return m * magnitude }
        return 10 * magnitude
    }
}
