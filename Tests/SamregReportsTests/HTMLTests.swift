import Foundation
import SamregCore
import SamregQuery
import SamregReports
import SamregStore
import SamregTestSupport
import Testing

/// The HTML reports: Swedish, self-contained, accessible tables and charts, printable.
@Suite("HTML reports")
struct HTMLTests {
    /// The `<table>…</table>` blocks of `html`.
    func tables(_ html: String) -> [Substring] {
        var out: [Substring] = []
        var rest = html[...]
        while let start = rest.range(of: "<table"), let end = rest.range(of: "</table>", range: start.upperBound..<rest.endIndex) {
            out.append(rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
        }
        return out
    }

    /// Every value of an attribute named `name` in `html`.
    func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        while let r = rest.range(of: " \(name)=") {
            var value = rest[r.upperBound...]
            if let quote = value.first, quote == "\"" || quote == "'" {
                value = value.dropFirst()
                values.append(String(value.prefix { $0 != quote }))
            } else {
                values.append(String(value.prefix { !$0.isWhitespace && $0 != ">" }))
            }
            rest = rest[r.upperBound...]
        }
        return values
    }

    @Test(arguments: ReportCatalog.allCases)
    func htmlIsSwedishSelfContainedAndAccessible(_ kind: ReportCatalog) throws {
        try withRegistry(seeded: true) { registry, _ in
            let html = HTMLRenderer.render(try kind.build(registry))
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
            #expect(html.contains("<meta charset=\"utf-8\">"))
            // Nothing is fetched from the network.
            for attribute in ["src", "href", "srcset", "action", "data"] {
                for value in attributeValues(attribute, in: html) {
                    let v = value.lowercased().trimmingCharacters(in: .whitespaces)
                    #expect(!v.hasPrefix("http:") && !v.hasPrefix("https:") && !v.hasPrefix("//"), "\(attribute)=\"\(value)\" loads from the network")
                }
            }
            #expect(!html.contains("<script"), "no scripts")
            #expect(!html.contains("<link"), "no external stylesheets")
            #expect(!html.contains("@import"), "no imported stylesheets")
            #expect(!html.contains("url("), "no fetched fonts or images in the CSS")
            // Every table has a caption first and header cells with a scope.
            let blocks = tables(html)
            #expect(blocks.count == html.components(separatedBy: "<table").count - 1)
            for block in blocks {
                #expect(block.hasPrefix("<table>\n<caption>"), "a table without a caption: \(block.prefix(80))")
                #expect(block.contains("<th scope=\"col\""), "a table without column headers: \(block.prefix(80))")
                #expect(block.contains("<th scope=\"row\""), "a table without row headers: \(block.prefix(80))")
                #expect(!block.contains("<th>"), "a header cell without a scope: \(block.prefix(80))")
            }
            // Printable on A4, each main section on a page of its own.
            #expect(html.contains("@page { size: A4"))
            #expect(html.contains("break-before: page"))
            #expect(html.contains("break-inside: avoid"))
        }
    }

    @Test(arguments: [ReportCatalog.annual, .permits, .indicators])
    func chartsAreSVGImagesWithATextDescription(_ kind: ReportCatalog) throws {
        try withRegistry(seeded: true) { registry, _ in
            let html = HTMLRenderer.render(try kind.build(registry))
            let svgs = html.components(separatedBy: "<svg ").dropFirst()
            #expect(!svgs.isEmpty, "\(kind.rawValue) has no chart")
            for svg in svgs {
                let tag = svg.prefix { $0 != ">" }
                #expect(tag.contains("role=\"img\""))
                #expect(tag.contains("aria-labelledby=\""))
                let desc = try #require(svg.range(of: "<desc id=\""), "a chart without <desc>")
                let text = svg[desc.upperBound...].drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
                #expect(text.count > 10, "the description says what the chart shows")
                // The ids the chart is labelled by exist.
                let ids = attributeValues("aria-labelledby", in: "<svg " + String(tag) + ">").first?.split(separator: " ") ?? []
                #expect(ids.count == 2)
                for id in ids { #expect(html.contains("id=\"\(id)\"")) }
            }
        }
    }

    @Test func thePermitChartDescribesEveryYearAndTheGoal() throws {
        try withRegistry(seeded: true) { registry, _ in
            let html = HTMLRenderer.render(try ReportCatalog.permits.build(registry))
            let desc = try #require(html.range(of: "<desc id=\""))
            let text = html[desc.upperBound...].drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
            for year in 2016...2025 { #expect(text.contains("\(year) ")) }
            #expect(text.contains("Mål 10–12"))
        }
    }

    @Test func textIsEscaped() throws {
        let report = Report(title: "A & B <c>", subtitle: "\"citat\" 'x'", sections: [
            Section(id: "s", heading: "<h>", paragraphs: ["1 < 2 & 3 > 2"],
                    tables: [ReportTable(id: "t", caption: "<cap>", columns: [.init("a", "<a>"), .init("b", "B", .integer)],
                                         rows: [[.text("<script>alert(1)</script>"), .int(1018)]])]),
        ])
        let html = HTMLRenderer.render(report)
        #expect(html.contains("<h1>A &amp; B &lt;c&gt;</h1>"))
        #expect(html.contains("&quot;citat&quot; &#39;x&#39;"))
        #expect(html.contains("<p>1 &lt; 2 &amp; 3 &gt; 2</p>"))
        #expect(html.contains("<caption>&lt;cap&gt;</caption>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("<td class=\"num\">1 018</td>"))
    }

    @Test func aNarrativeIsRenderedFromMarkdownUnderItsSection() throws {
        try withRegistry(seeded: true) { registry, _ in
            try registry.insert(Families.narrative, ["year": "2024", "section": "remisser",
                                                     "text": "Under året besvarades **en** remiss gemensamt.\n\n- punkt ett\n- punkt två"])
            let report = try ReportCatalog.annual.build(registry)
            #expect(section(report, "remisser")?.narrative?.hasPrefix("Under året") == true)
            let html = HTMLRenderer.render(report)
            #expect(html.contains("<div class=\"narrative\">"))
            #expect(html.contains("<strong>en</strong>"))
            #expect(html.contains("<li>punkt ett</li>"))
            let md = MarkdownRenderer.render(report)
            // Remisser are a part of Effektiva processer, followed by Attrahera och utveckla kompetenser.
            let remisser = try #require(md.range(of: "#### Remisser"))
            let narrative = try #require(md.range(of: "Under året besvarades **en** remiss gemensamt."))
            let next = try #require(md.range(of: "### Attrahera och utveckla kompetenser"))
            #expect(remisser.upperBound < narrative.lowerBound && narrative.upperBound < next.lowerBound)
        }
    }

    @Test func aNarrativeCannotMakeTheReportLoadFromTheNetwork() throws {
        try withRegistry(seeded: true) { registry, _ in
            try registry.insert(Families.narrative, ["year": "2024", "section": "remisser",
                                                     "text": "Se ![logga](https://example.com/logga.png) och <script src=\"https://example.com/x.js\"></script>"])
            let html = HTMLRenderer.render(try ReportCatalog.annual.build(registry))
            #expect(!html.contains("src=\"https://"))   // fails
            #expect(!html.contains("<script"))          // fails
        }
    }
}
