import Foundation
import GRDB
import SamregTestSupport
import Testing

/// Hostile text through the door users use: narratives that try to load or run something in
/// an HTML report, titles that try to inject Markdown, case numbers and codes written in
/// another spelling of one that exists, and control characters (ESC, CR, bidi overrides) in
/// actor names, titles and codes, or stored past samreg.
@Suite("Hostile text")
struct HostileTextTests {
    /// Narratives that try to load something from the network, run script, or link to
    /// `javascript:` and `data:` in some disguise.
    static let hostileNarratives: [String] = [
        "![x](http://e/x.png)",
        "![](//e/x.png)",
        "  ![a]( http://e)",
        "![a][r]\n\n[r]: http://e/x.png",
        "<img src=http://e>",
        "<IMG SRC=\"http://e/x.png\" onerror=alert(1)>",
        "<iframe src=\"http://e\"></iframe>",
        "<svg onload=alert(1)>",
        "<svg/onload=alert(1)>",
        "<script src=\"https://e/x.js\"></script>",
        "<style>@import url(http://e/x.css);</style>",
        "<link rel=stylesheet href=http://e/x.css>",
        "<meta http-equiv=refresh content=\"0;url=http://e\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=http://e style=\"background:url(http://e/x.png)\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](data:text/html,<script>alert(1)</script>)",
        "[x](vbscript:msgbox(1))",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "</div></section></main><img src=http://e>",
    ]

    /// What the report must never contain: resource loads, scripts, event handlers, and
    /// links anywhere but http, https, mailto or within the report. (A hostile narrative's
    /// words may still be shown as text, escaped: `[x](javascript:…)` is harmless prose.)
    static func problems(in html: String) -> [String] {
        var found: [String] = []
        let lower = html.lowercased()
        for needle in ["src=", "url(", "<link", "@import", "<script", "<iframe", "<img", "<meta http-equiv=\"refresh",
                       "<meta http-equiv=refresh", "onload=", "onerror=", "style=", "href=\"javascript", "href=\"data",
                       "href=\"vbscript", "href=javascript"]
        where lower.contains(needle) {
            found.append(needle)
        }
        var rest = Substring(lower)
        while let r = rest.range(of: "href=") {
            let value = rest[r.upperBound...].dropFirst().prefix { $0 != "\"" }
            if !(value.hasPrefix("http://") || value.hasPrefix("https://") || value.hasPrefix("mailto:") || value.hasPrefix("#")) {
                found.append("href=\"\(value)\"")
            }
            rest = rest[r.upperBound...]
        }
        return found
    }

    static let allowedTags: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong",
                                           "code", "pre", "blockquote", "a", "table", "caption", "thead", "tbody",
                                           "tfoot", "tr", "th", "td", "br", "hr"]

    /// The tags of a narrative's HTML that are not a bare allowed one or `<a href="http…">`.
    static func disallowedTags(in html: Substring) -> [String] {
        var found: [String] = []
        var rest = html
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { found.append("unclosed <"); break }
            let tag = rest[rest.index(after: open)..<close]
            let name = tag.hasPrefix("/") ? String(tag.dropFirst()) : String(tag)
            let href = tag.hasPrefix("a href=\"") ? tag.dropFirst(8).dropLast().lowercased() : nil
            let safeLink = href.map { $0.hasPrefix("http://") || $0.hasPrefix("https://") || $0.hasPrefix("mailto:") || $0.hasPrefix("#") } ?? false
            if !allowedTags.contains(name) && !(safeLink && tag.hasSuffix("\"")) { found.append("<\(tag)>") }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    static let csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">"

    // MARK: Narratives in HTML reports

    @Test func anHTMLReportLoadsAndRunsNothingFromAHostileNarrative() async throws {
        let box = try await Sandbox()
        try box.write("narrative.md", "Inledning.")
        await box.ok(["narrative", "add", "--year", "2024", "--section", "remisser", "--text-file", "narrative.md"])
        for markdown in HostileTextTests.hostileNarratives + [HostileTextTests.hostileNarratives.joined(separator: "\n\n")] {
            try box.write("narrative.md", "Före.\n\n\(markdown)\n\nEfter.")
            await box.ok(["narrative", "update", "1", "--text-file", "narrative.md"])
            let report = await box.ok(["report", "annual", "--year", "2024", "--format", "html"])
            let html = report.stdout
            // The narrative is in the report, all of it inside its own block.
            let start = try #require(html.range(of: "<div class=\"narrative\">\n<p>Före.</p>"), "\(markdown)")
            let end = try #require(html.range(of: "</div>", range: start.upperBound..<html.endIndex))
            #expect(html[start.upperBound..<end.lowerBound].contains("Efter."), "\(markdown) → \(html[start.lowerBound..<end.upperBound])")
            #expect(html.contains("</div>\n</section>"))
            let block = html[start.upperBound..<end.lowerBound]
            #expect(HostileTextTests.disallowedTags(in: block).isEmpty, "\(markdown) → \(HostileTextTests.disallowedTags(in: block))")
            #expect(HostileTextTests.problems(in: html).isEmpty, "\(markdown) → \(HostileTextTests.problems(in: html))")
            #expect(html.contains(HostileTextTests.csp))
        }
    }

    @Test func aMarkdownReportLoadsAndLinksNothingUnsafeFromAHostileNarrative() async throws {
        let box = try await Sandbox()
        try box.write("narrative.md", "Inledning.")
        await box.ok(["narrative", "add", "--year", "2024", "--section", "remisser", "--text-file", "narrative.md"])
        for markdown in HostileTextTests.hostileNarratives + [HostileTextTests.hostileNarratives.joined(separator: "\n\n")] {
            try box.write("narrative.md", "Före `a<b`.\n\n\(markdown)\n\nEfter.")
            await box.ok(["narrative", "update", "1", "--text-file", "narrative.md"])
            let md = await box.ok(["report", "annual", "--year", "2024", "--format", "md"]).stdout
            #expect(md.contains("Före `a<b`."), "code is kept as it is")
            let outsideCode = md.replacingOccurrences(of: "`a<b`", with: "")
            let chars = Array(outsideCode)
            for (i, c) in chars.enumerated() {
                let escaped = i > 0 && chars[i - 1] == "\\"
                if c == "<" { #expect(escaped, "raw < in: \(markdown)") }
                if c == "!" && i + 1 < chars.count && chars[i + 1] == "[" { #expect(escaped, "an image in: \(markdown)") }
            }
            let lower = md.lowercased()
            for unsafe in ["](javascript", "]( javascript", "](&#", "](java&", "](data:", "](vbscript", "](//"] {
                #expect(!lower.contains(unsafe), "\(unsafe) in: \(markdown)")
            }
            for line in lower.split(separator: "\n") where line.drop(while: { $0 == " " }).hasPrefix("[") && line.contains("]:") {
                #expect(line.contains("http"), "a reference definition to an unsafe address: \(line)")
            }
        }
    }

    @Test func codeSpansAreEscapedOnceAndSafeLinksKept() async throws {
        let box = try await Sandbox()
        try box.write("narrative.md", "Jämför `a<b` och [SKR](https://skr.se/x?a=1&b=2), ![logga](http://e/logga.png).")
        await box.ok(["narrative", "add", "--year", "2024", "--section", "remisser", "--text-file", "narrative.md"])
        let html = await box.ok(["report", "annual", "--year", "2024", "--format", "html"]).stdout
        #expect(html.contains("<p>Jämför <code>a&lt;b</code> och <a href=\"https://skr.se/x?a=1&amp;b=2\">SKR</a>, logga.</p>"))
    }

    @Test func theSeededHTMLReportsKeepTheirChartsUnderTheContentSecurityPolicy() async throws {
        let box = try await Sandbox.fromFixture("hostile-text-seeded") { box in
            await box.ok(["seed"])
        }
        for args in [["report", "annual", "--year", "2024"], ["report", "indicators"], ["report", "permits"], ["report", "flows"]] {
            let html = await box.ok(args + ["--format", "html"]).stdout
            #expect(html.contains(HostileTextTests.csp), "\(args)")
            if args[1] != "flows" {
                #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "the inline charts are still there: \(args)")
            }
            // The CSP comes before anything it governs.
            let cspAt = try #require(html.range(of: "Content-Security-Policy"))
            let styleAt = try #require(html.range(of: "<style>"))
            #expect(cspAt.lowerBound < styleAt.lowerBound)
        }
    }

    // MARK: Titles in Markdown reports

    @Test func aHostileTitleCannotInjectMarkdownIntoAReport() async throws {
        let box = try await Sandbox()
        let title = "[klick](http://e/x) ![bild](http://e/x.png) <img src=http://e/y.png> **fet** `kod` | kolumn _k_ \\"
        try await box.addRemiss(title: title)
        let md = await box.ok(["report", "remisser", "--from", "2025-01-01", "--to", "2025-06-17", "--format", "md"]).stdout
        let escaped = "\\[klick\\](http://e/x) !\\[bild\\](http://e/x.png) \\<img src=http://e/y.png\\> \\*\\*fet\\*\\* \\`kod\\` \\| kolumn \\_k\\_ \\\\"
        #expect(md.contains("| \(escaped) |"), "\(md)")
        #expect(!md.contains("[klick]("))
        // Every < [ ] * _ ` | of the title's row is escaped.
        let titleRow = try #require(md.split(separator: "\n").first { $0.contains("klick") })
        var unescaped = ""
        var pending = false
        for c in titleRow {
            if pending { pending = false; continue }
            if c == "\\" { pending = true; continue }
            if "<[]*_`".contains(c) { unescaped.append(c) }
        }
        #expect(unescaped.isEmpty, "\(titleRow)")
        // The table still has its columns: the title's | did not add one.
        let row = try #require(md.split(separator: "\n").first { $0.contains("klick") })
        let header = try #require(md.split(separator: "\n").first { $0.hasPrefix("| Nr | Remiss") })
        func cells(_ line: Substring) -> Int { line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count }
        #expect(cells(row) == cells(header))
    }

    // MARK: Case numbers and codes in another spelling

    @Test func aCaseNumberInAnotherSpellingIsRefusedAsADuplicate() async throws {
        let box = try await Sandbox()
        try await box.addRemiss(extra: ["--case-number", "RÖ 2024-6246"])
        for spelling in ["rö 2024–6246", "R\u{004F}\u{0308} 2024-6246", "Rö 2024‑6246", "RÖ 2024−6246", "r\u{006F}\u{0308} 2024 — 6246"] {
            try await box.expectRefused(["remiss", "add", "--title", "Igen", "--sender", "SKR", "--category", "myndighet",
                                         "--received", "2025-05-02", "--deadline", "2025-06-30", "--case-number", spelling],
                                        mentions: ["duplicate case number", "remiss 1 already has it", "RÖ 2024-6246"])
        }
        let other = try await box.addRemiss(title: "Annan")
        try await box.expectRefused(["remiss", "update", String(other), "--case-number", "rö 2024/6246"],
                                    mentions: ["duplicate case number", "remiss 1"])
        // Every spelling finds the one remiss.
        for spelling in ["rö 2024–6246", "R\u{004F}\u{0308} 2024-6246"] {
            #expect(try await box.show("remiss", spelling)["id"]?.int == 1)
        }
        // The text is kept as written.
        #expect(try await box.show("remiss", "1")["case_number"]?.string == "RÖ 2024-6246")
    }

    @Test func importingACaseNumberInAnotherSpellingIsRefusedAndNothingWritten() async throws {
        let box = try await Sandbox()
        try await box.addRemiss(extra: ["--case-number", "RÖ 2024-6246"])
        try box.write("remisser.csv", """
            title,sender,category,received,deadline,case_number
            Ny,SKR,myndighet,2025-05-02,2025-06-30,RJL 2025/1
            Samma ärende,SKR,myndighet,2025-05-02,2025-06-30,r\u{006F}\u{0308} 2024–6246

            """)
        try await box.expectRefused(["import", "remiss", "remisser.csv"], mentions: ["remisser.csv:3", "duplicate case number", "remiss 1"])
        // Two spellings of one case within one file too.
        try box.write("twice.csv", """
            title,sender,category,received,deadline,case_number
            Ett,SKR,myndighet,2025-05-02,2025-06-30,RKL 2025-77
            Två,SKR,myndighet,2025-05-02,2025-06-30,rkl 2025–77

            """)
        try await box.expectRefused(["import", "remiss", "twice.csv"], mentions: ["twice.csv:3", "duplicate case number"])
    }

    @Test func theSchemaRefusesOneCaseTwiceWhateverTheSpelling() async throws {
        let box = try await Sandbox()
        try await box.addRemiss(extra: ["--case-number", "rö 2024–6246"])
        let queue = try box.openForWriting()
        try await queue.read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT case_number, case_issuer, case_year, case_serial FROM remiss WHERE id = 1"))
            #expect(row[0] as String == "rö 2024–6246", "kept as written")
            #expect(row[1] as String == "RÖ", "the issuer column holds the compared key")
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO remiss (title, sender_id, category, received_on, deadline_on, case_number, case_issuer, case_year, case_serial)
                    VALUES ('x', 1, 'myndighet', '2025-01-01', '2025-02-01', 'RÖ 2024-6246', 'RÖ', 2024, '6246')
                    """)
            }
        }
    }

    @Test func aCodeInAnotherSpellingIsRefusedAsADuplicate() async throws {
        let box = try await Sandbox()
        for spelling in ["rö", "R\u{004F}\u{0308}", "r\u{006F}\u{0308}"] {
            try await box.expectRefused(["org", "add", "--code", spelling, "--name", "Kopia", "--kind", "annan"],
                                        mentions: ["duplicate code", "already has it", "RÖ"])
        }
        await box.ok(["org", "add", "--code", "NY\u{0308}", "--name", "Ny", "--kind", "annan"])
        try await box.expectRefused(["org", "add", "--code", "ny\u{0308}", "--name", "Ny igen", "--kind", "annan"],
                                    mentions: ["duplicate code"])
        #expect(try await box.show("org", "NŸ")["name"]?.string == "Ny")
        #expect(try await box.show("org", "ny\u{0308}")["name"]?.string == "Ny")
    }

    @Test func textIsStoredInNFCSoEverySpellingFindsIt() async throws {
        let box = try await Sandbox()
        try await box.addRemiss(title: "O\u{0308}ronsjukdomar i Ja\u{0308}rfa\u{030A}lla")
        #expect(try await box.show("remiss", "1")["title"]?.string?.unicodeScalars.count == "Öronsjukdomar i Järfålla".unicodeScalars.count)
        for word in ["Öronsjukdomar", "O\u{0308}ronsjukdomar"] {
            let hits = await box.ok(["search", word, "--format", "json"]).stdout
            #expect(hits.contains("\"id\": 1"), "\(word.unicodeScalars.map(\.value)): \(hits)")
        }
        await box.ok(["body", "add", "--kind", "rsg", "--name", "RSG Ögon", "--short-name", "O\u{0308}G"])
        #expect(try await box.listIds("body", ["--name", "ÖG"]) == [1])
        await box.ok(["remiss", "update", "1", "--preparing", "O\u{0308}g"])
        await box.ok(["remiss", "update", "1", "--preparing", "ÖG"])
    }

    // MARK: Control characters

    @Test func controlCharactersInTheActorAreRefused() async throws {
        let box = try await Sandbox()
        let add = ["remiss", "add", "--title", "T", "--sender", "SKR", "--category", "myndighet",
                   "--received", "2025-05-02", "--deadline", "2025-06-30"]
        for (actor, code) in [("eva\u{1B}[2J", "U+001B"), ("eva\rmallory", "U+000D"), ("eva\u{202E}nadmi", "U+202E"),
                              ("eva\u{2066}x", "U+2066"), ("eva\u{9B}31m", "U+009B"), ("e\u{200B}va", "U+200B")] {
            let result = try await box.expectRefused(add + ["--actor", actor], mentions: ["--actor", "actor name", code])
            #expect(!HostileTextTests.hasRawControl(result.stderr), "\(result.stderr.debugDescription)")
            try await box.expectRefused(add, mentions: ["$SAMREG_ACTOR", code], environment: ["SAMREG_ACTOR": actor])
        }
    }

    @Test func controlCharactersInTitlesNamesAndCodesAreRefused() async throws {
        let box = try await Sandbox()
        let add = ["remiss", "add", "--sender", "SKR", "--category", "myndighet", "--received", "2025-05-02", "--deadline", "2025-06-30"]
        for (title, code) in [("Röd\u{1B}[31m", "U+001B"), ("Rad\rskriven över", "U+000D"), ("exe.\u{202E}fdp", "U+202E"),
                              ("a\u{2067}b", "U+2067"), ("a\u{200F}", "U+200F"), ("a\u{7F}", "U+007F"), ("a\u{85}", "U+0085")] {
            let result = try await box.expectRefused(add + ["--title", title], mentions: ["title", code])
            #expect(!HostileTextTests.hasRawControl(result.stderr), "\(result.stderr.debugDescription)")
        }
        try await box.expectRefused(["org", "add", "--code", "X\u{1B}", "--name", "X", "--kind", "annan"], mentions: ["code", "U+001B"])
        try await box.expectRefused(["org", "add", "--code", "X\u{202D}", "--name", "X", "--kind", "annan"], mentions: ["code", "U+202D"])
        for invisible in ["\u{200B}", "\u{200D}", "\u{FEFF}", "\u{00AD}", "\u{2060}"] {
            try await box.expectRefused(["org", "add", "--code", "R\(invisible)Ö", "--name", "X", "--kind", "annan"],
                                        mentions: ["code", "invisible", TextSafetyCode.of(invisible)])
        }
        try await box.expectRefused(["body", "add", "--kind", "rsg", "--name", "RSG\u{2066} X"], mentions: ["name", "U+2066"])
        try await box.expectRefused(["body", "add", "--kind", "rsg", "--name", "RSG X", "--short-name", "X\r"], mentions: ["short_name", "U+000D"])
        // A long text takes line breaks, and refuses a lone CR and ESC.
        try box.write("n.md", "Rad ett\r\nRad två\n")
        await box.ok(["narrative", "add", "--year", "2024", "--section", "remisser", "--text-file", "n.md"])
        try box.write("bad.md", "Rad ett\rRad två \u{1B}[2J")
        try await box.expectRefused(["narrative", "add", "--year", "2024", "--section", "kompetens", "--text-file", "bad.md"],
                                    mentions: ["text", "U+000D"])
    }

    @Test func controlCharactersStoredPastSamregAreShownEscaped() async throws {
        let box = try await Sandbox()
        try await box.addRemiss(title: "Vanlig")
        try await box.openForWriting().write { db in
            try db.execute(sql: "UPDATE remiss SET title = ?, note = ? WHERE id = 1",
                           arguments: ["Röd\u{1B}[31m\u{1B}]0;pwned\u{07}\rÖver\u{202E}gnp.exe", "rad\u{1B}[2J\u{9B}"])
        }
        for args in [["remiss", "list"], ["remiss", "show", "1"], ["remiss", "list", "--format", "json"],
                     ["search", "Röd"], ["audit", "log"]] {
            let result = await box.ok(args)
            #expect(!HostileTextTests.hasRawControl(result.stdout), "\(args): \(result.stdout.debugDescription)")
            if args == ["remiss", "list"] || args[1] == "show" {
                #expect(result.stdout.contains("Röd\\e[31m\\e]0;pwned\\u{7}\\rÖver\\u{202E}gnp.exe"), "\(args): \(result.stdout)")
            }
        }
        // An error that quotes input shows it escaped.
        let refused = await box.run(["remiss", "show", "\u{1B}[2J\u{202E}x"])
        expectOneLineError(refused, mentions: ["\\e[2J\\u{202E}x"])
        #expect(!HostileTextTests.hasRawControl(refused.stderr))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func everyFormatWrittenToATerminalShowsStoredControlsEscaped() async throws {
        let box = try await Sandbox()
        try await box.addRemiss(title: "Vanlig")
        try await box.openForWriting().write { db in
            try db.execute(sql: "UPDATE remiss SET title = ? WHERE id = 1", arguments: ["Röd\u{1B}[31m\u{07}x\u{202E}gnp.exe\ry"])
        }
        for args in [["remiss", "list", "--format", "csv"], ["remiss", "list", "--format", "json"], ["remiss", "list"],
                     ["export", "remiss"], ["sql", "SELECT title FROM remiss", "--format", "csv"],
                     ["report", "remisser", "--from", "2025-01-01", "--format", "md"],
                     ["report", "remisser", "--from", "2025-01-01", "--format", "csv"]] {
            // script(1) runs samreg on a pseudo-terminal, as a person at a terminal would.
            let command = ([Samreg.executable.path] + args + ["--db", box.db]).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
                .joined(separator: " ")
            let result = await Samreg.runProgram("/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"], in: box.directory)
            #expect(result.exitCode == 0, "\(args): \(result)")
            let raw = result.stdout.unicodeScalars
            #expect(!raw.contains("\u{1B}") && !raw.contains("\u{07}") && !raw.contains("\u{202E}"), "\(args): \(result.stdout.debugDescription)")
            #expect(["\\e[31m", "\\u001b[31m", "\\e\\[31m"].contains { result.stdout.contains($0) }, "\(args): \(result.stdout)")
        }
        // Written to a file, CSV keeps the value exactly (an export must import back the same).
        let csv = await box.ok(["remiss", "list", "--format", "csv"]).stdout
        #expect(csv.contains("Röd\u{1B}[31m\u{07}x\u{202E}gnp.exe\ry"))
    }

    enum TextSafetyCode {
        static func of(_ s: String) -> String { "U+" + String(format: "%04X", s.unicodeScalars.first!.value) }
    }

    /// True when `text` holds a control character other than LF, or a bidi control.
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x2028 || v == 0x2029
        }
    }
}
