import Foundation
@testable import SamregReports
import SamregTestSupport
import Testing

/// Narratives are Markdown from people, shown in HTML reports: nothing in them may load from
/// the network, run, or link anywhere but http, https, mailto and relative addresses.
@Suite("HTML sanitizer for narratives")
struct HTMLSanitizerTests {
    /// Markdown that tries to load something, run something, or break out of the narrative.
    static let hostile: [String] = [
        "![x](http://e/x.png)",
        "![](//e/x.png)",
        "  ![a]( http://e)",
        "![a][r]\n\n[r]: http://e/x.png",
        "![a][R]\n\n  [r]: //e/x.png",
        "<img src=http://e>",
        "<IMG SRC=\"http://e/x.png\" onerror=alert(1)>",
        "<image src=http://e/x.png>",
        "<iframe src=\"http://e\"></iframe>",
        "<iframe src=http://e>",
        "<svg onload=alert(1)>",
        "<svg/onload=alert(1)><circle/></svg>",
        "<script>alert(1)</script>",
        "<script src=\"https://e/x.js\"></script>",
        "<style>@import url(http://e/x.css); body { background: url(http://e/x.png) }</style>",
        "<link rel=stylesheet href=http://e/x.css>",
        "<meta http-equiv=refresh content=\"0;url=http://e\">",
        "<base href=http://e/>",
        "<object data=http://e/x.swf></object>",
        "<embed src=http://e/x.swf>",
        "<video poster=http://e/x.png><source src=http://e/x.mp4></video>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=http://e onclick=alert(1) style=\"background:url(http://e/x.png)\">x</a>",
        "<p style=\"background:url(http://e/x.png)\">x</p>",
        "<div onmouseover=alert(1)>x</div>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](java&Tab;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](&#0000106avascript:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](\u{00A0}javascript:alert(1))",
        "[x](java\u{200B}script:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](data:text/html,<script>alert(1)</script>)",
        "[x](DATA:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox(1))",
        "[x](//e/x)",
        "[x](\\\\e\\x)",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x](\"onmouseover=\"alert(1))",
        "[x](http://e/\" onmouseover=\"alert(1))",
        "<javascript:alert(1)>",
        "<http://e/x.png>",
        "<!-- <img src=http://e> -->",
        "<![CDATA[<img src=http://e>]]>",
        "</div></section><img src=http://e>",
        "`<img src=http://e>`",
        "```\n<img src=http://e>\n```",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<form action=http://e><button>x</button></form>",
    ]

    static let allowedTags: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong",
                                           "code", "pre", "blockquote", "a", "table", "caption", "thead", "tbody",
                                           "tfoot", "tr", "th", "td", "br", "hr"]

    /// Every tag in sanitized HTML that is not a bare allowed one or `<a href="…">` with an
    /// http, https, mailto or in-page address; and any `<` that is not a tag's.
    static func problems(in html: String) -> [String] {
        var found: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { found.append("unclosed <"); break }
            let tag = rest[rest.index(after: open)..<close]
            let name = tag.hasPrefix("/") ? String(tag.dropFirst()) : String(tag)
            if !allowedTags.contains(name) {
                if tag.hasPrefix("a href=\""), tag.hasSuffix("\""), tag.dropFirst(8).dropLast().allSatisfy({ $0 != "\"" }) {
                    let href = tag.dropFirst(8).dropLast().lowercased()
                    if !(href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("mailto:") || href.hasPrefix("#")) {
                        found.append("<\(tag)>")
                    }
                } else {
                    found.append("<\(tag)>")
                }
            }
            rest = rest[rest.index(after: close)...]
        }
        if html.contains(">") && html.replacingOccurrences(of: "&gt;", with: "").filter({ $0 == ">" }).count
            != html.filter({ $0 == "<" }).count {
            found.append("a > outside a tag")
        }
        return found
    }

    @Test(arguments: hostile)
    func aHostileNarrativeLoadsAndRunsNothing(_ markdown: String) {
        let html = HTMLRenderer.narrativeHTML(markdown)
        #expect(HTMLSanitizerTests.problems(in: html).isEmpty, "\(markdown) → \(html)")
    }

    @Test func allTheHostileNarrativesTogetherLoadAndRunNothing() {
        let html = HTMLRenderer.narrativeHTML(HTMLSanitizerTests.hostile.joined(separator: "\n\n"))
        #expect(HTMLSanitizerTests.problems(in: html).isEmpty, "\(html)")
    }

    @Test func imagesBecomeTheirDescription() {
        #expect(HTMLRenderer.narrativeHTML("Se ![logga över regionen](http://e/x.png) här") == "<p>Se logga över regionen här</p>")
        #expect(HTMLRenderer.narrativeHTML("![a][r]\n\n[r]: http://e/x.png") == "a")
        #expect(HTMLRenderer.narrativeHTML("<img src=http://e alt=\"<b>fet</b>\">") == "&lt;b&gt;fet&lt;/b&gt;")
    }

    @Test func codeSpansAreEscapedExactlyOnce() {
        #expect(HTMLRenderer.narrativeHTML("`a<b`") == "<p><code>a&lt;b</code></p>")
        #expect(HTMLRenderer.narrativeHTML("`a&b`") == "<p><code>a&amp;b</code></p>")
        #expect(HTMLRenderer.narrativeHTML("`&lt;`") == "<p><code>&amp;lt;</code></p>")
        #expect(HTMLRenderer.narrativeHTML("```\nif a < b && c > d {}\n```").contains("if a &lt; b &amp;&amp; c &gt; d {}"))
    }

    @Test func safeLinksAndFormattingAreKept() {
        #expect(HTMLRenderer.narrativeHTML("[SKR](https://skr.se/a?b=1&c=2)") == "<p><a href=\"https://skr.se/a?b=1&amp;c=2\">SKR</a></p>")
        #expect(HTMLRenderer.narrativeHTML("[skriv](mailto:kansli@example.se)") == "<p><a href=\"mailto:kansli@example.se\">skriv</a></p>")
        #expect(HTMLRenderer.narrativeHTML("[nedan](#remisser)") == "<p><a href=\"#remisser\">nedan</a></p>")
        #expect(HTMLRenderer.narrativeHTML("Under året besvarades **en** remiss *gemensamt*.")
                == "<p>Under året besvarades <strong>en</strong> remiss <em>gemensamt</em>.</p>")
        #expect(HTMLRenderer.narrativeHTML("- ett\n- två") == "<ul><li>ett</li><li>två</li></ul>")
        #expect(HTMLRenderer.narrativeHTML("AT&T < 3 > 2") == "<p>AT&amp;T &lt; 3 &gt; 2</p>")
    }

    @Test func dangerousLinksKeepTheirTextOnly() {
        for markdown in ["[x](javascript:alert(1))", "[x]( JaVa\tScRiPt:alert(1))", "[x](&#106;avascript:alert(1))",
                         "[x](data:text/html,x)", "[x](//e/x)"] {
            #expect(HTMLRenderer.narrativeHTML(markdown) == "<p><a>x</a></p>", "\(markdown)")
        }
    }

    @Test func theNarrativeCannotCloseTheReportsElements() {
        let html = HTMLRenderer.narrativeHTML("</div></section></main>text<em>open")
        #expect(html == "<p>text<em>open</em></p>" || !html.contains("</div>") && !html.contains("</section>"), "\(html)")
        #expect(!html.contains("</div>") && !html.contains("</section>") && !html.contains("</main>"))
        #expect(html.components(separatedBy: "<em>").count == html.components(separatedBy: "</em>").count)
    }

    @Test func theHrefCheckDecodesAndStripsBeforeJudging() {
        #expect(HTMLSanitizer.safeHref("https://e/x") == "https://e/x")
        #expect(HTMLSanitizer.safeHref("sida.html#a") == "sida.html#a")
        #expect(HTMLSanitizer.safeHref("/a:b") == "/a:b")
        #expect(HTMLSanitizer.safeHref(" java\tscript:x") == nil)
        #expect(HTMLSanitizer.safeHref("java\u{0}script:x") == nil)
        #expect(HTMLSanitizer.safeHref("java\u{AD}script:x") == nil)
        #expect(HTMLSanitizer.safeHref("//e") == nil)
        #expect(HTMLSanitizer.safeHref("\\\\e") == nil)
        #expect(HTMLSanitizer.safeHref("feed:x") == nil)
        #expect(HTMLSanitizer.decodeEntities("&#106;&#x61;&#X76;&Tab;&colon;&amp;&bogus;&") == "jav\t:&&bogus;&")
    }
}
