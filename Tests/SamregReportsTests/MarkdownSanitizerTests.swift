@testable import SamregReports
import SamregTestSupport
import Testing

/// A narrative in a Markdown report: a Markdown viewer must load and run nothing from it.
@Suite("Markdown sanitizer for narratives")
struct MarkdownSanitizerTests {
    @Test func imagesBecomeLinksAndRawHTMLText() {
        #expect(MarkdownSanitizer.safe("Se ![logga](http://e/x.png).") == "Se \\![logga](http://e/x.png).")
        #expect(MarkdownSanitizer.safe("![a][r]\n\n[r]: http://e/x.png") == "\\![a][r]\n\n[r]: http://e/x.png")
        #expect(MarkdownSanitizer.safe("<img src=http://e> och <script>x</script>") == "\\<img src=http://e> och \\<script>x\\</script>")
        #expect(MarkdownSanitizer.safe("<javascript:alert(1)>") == "\\<javascript:alert(1)>")
    }

    @Test func unsafeLinksAndDefinitionsAreLeftAsText() {
        for link in ["javascript:alert(1)", "JaVaScRiPt:x", " javascript:x", "&#106;avascript:x", "java&#x09;script:x",
                     "data:text/html,x", "vbscript:x", "//e/x"] {
            #expect(MarkdownSanitizer.safe("[x](\(link))") == "[x]\\(\(link))", "\(link)")
        }
        #expect(MarkdownSanitizer.safe("[x][r]\n\n[r]: javascript:alert(1)") == "[x][r]\n\n\\[r]: javascript:alert(1)")
        #expect(MarkdownSanitizer.safe("  [r]: &#106;avascript:x") == "  \\[r]: &#106;avascript:x")
    }

    @Test func safeMarkdownAndCodeAreKept() {
        let text = "Under året besvarades **en** remiss [gemensamt](https://e/x?a=1&b=2) (se [nedan](#remisser)).\n\n- ett\n- två"
        #expect(MarkdownSanitizer.safe(text) == text)
        #expect(MarkdownSanitizer.safe("Jämför `a<b` och ``x ` <y>``.") == "Jämför `a<b` och ``x ` <y>``.")
        #expect(MarkdownSanitizer.safe("```\n<img src=x>\n![a](b)\n```\n<b>") == "```\n<img src=x>\n![a](b)\n```\n\\<b>")
        #expect(MarkdownSanitizer.safe("redan \\<b> och \\![x](y)") == "redan \\<b> och \\![x](y)")
    }

    @Test func textFromTheRegistryIsLiteralMarkdown() {
        #expect(MarkdownRenderer.inline("[x](http://e) ![i](http://e/i.png) <b> *a* _b_ `c` \\") == "\\[x\\](http://e) !\\[i\\](http://e/i.png) \\<b\\> \\*a\\* \\_b\\_ \\`c\\` \\\\")
        #expect(MarkdownRenderer.inline("# rubrik") == "\\# rubrik")
        #expect(MarkdownRenderer.inline("- punkt") == "\\- punkt")
        #expect(MarkdownRenderer.inline("1. punkt") == "1\\. punkt")
        #expect(MarkdownRenderer.inline("två\nrader") == "två rader")
        #expect(MarkdownRenderer.inline("2025-06-17 – 2025-12-31") == "2025-06-17 – 2025-12-31")
        #expect(MarkdownRenderer.escape("a | b") == "a \\| b")
        #expect(MarkdownRenderer.escape("- 12") == "- 12")
        #expect(MarkdownRenderer.escape("Hälso- och sjukvård") == "Hälso- och sjukvård")
    }
}
