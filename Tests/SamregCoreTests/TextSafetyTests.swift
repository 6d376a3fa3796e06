import Testing
@testable import SamregCore

/// Identifiers compare as people read them; control and bidi characters are refused or shown
/// escaped.
@Suite("Identifier normalisation and text safety")
struct TextSafetyTests {
    /// `RÖ 2024-6246` in spellings a person reads as the same case number.
    static let spellings = [
        "RÖ 2024-6246", "rö 2024-6246", "Rö 2024–6246", "RÖ 2024—6246", "RÖ 2024‐6246", "RÖ 2024‑6246",
        "RÖ 2024‒6246", "RÖ 2024−6246", "RÖ 2024―6246", "R\u{004F}\u{0308} 2024-6246", "r\u{006F}\u{0308} 2024–6246",
        "RÖ\u{00A0}2024-6246", "RÖ 2024 - 6246", " RÖ 2024-6246 ",
    ]

    @Test(arguments: spellings)
    func everySpellingIsTheSameCaseNumber(_ text: String) throws {
        let reference = try #require(CaseNumber("RÖ 2024-6246"))
        let n = try #require(CaseNumber(text), "'\(text)' should parse")
        #expect(n.issuer == "RÖ")
        #expect(n.issuer.unicodeScalars.count == 2, "the issuer key is composed (NFC)")
        #expect(n.isSameCase(as: reference))
        #expect(n.normalized == "RÖ 2024-6246")
        #expect(n.written == text.trimmingWhitespace(), "the text is kept as written")
    }

    @Test func otherCasesStayOther() throws {
        let reference = try #require(CaseNumber("RÖ 2024-6246"))
        for text in ["RO 2024-6246", "RÖ 2024-06246", "RÖ 2023-6246", "RJL 2024-6246"] {
            #expect(try #require(CaseNumber(text)).isSameCase(as: reference) == false, "\(text)")
        }
    }

    @Test func invisibleOrControlCharactersAreNotPartOfAnIssuer() {
        for text in ["R\u{200D}Ö 2024-6246", "R\u{202E}Ö 2024-6246", "\u{1B}RÖ 2024-6246", "RÖ\u{200B} 2024-6246",
                     "RÖ 2024\u{1B}-6246", "RÖ 2024-62\u{0}46"] {
            #expect(CaseNumber(text) == nil, "'\(text.unicodeScalars.map { String($0.value, radix: 16) })' should not parse")
        }
    }

    @Test func textIsComparedInNFC() {
        #expect("O\u{0308}".nfc == "Ö")
        #expect("O\u{0308}".nfc.unicodeScalars.count == 1)
        #expect("plain".nfc == "plain")
        #expect(CaseNumber.issuerKey("r\u{006F}\u{0308}") == "RÖ")
        #expect(CaseNumber.issuerKey("Fi") == "FI")
    }

    @Test func singleLineFieldsRefuseControlAndBidiCharacters() {
        for (text, bad) in [("a\u{1B}[31m", 0x1B), ("a\rb", 0x0D), ("a\nb", 0x0A), ("a\u{7F}", 0x7F), ("a\u{85}", 0x85),
                            ("a\u{202E}b", 0x202E), ("a\u{2066}b", 0x2066), ("a\u{200F}", 0x200F), ("a\u{2028}b", 0x2028),
                            ("\u{0}", 0)] as [(String, UInt32)] {
            #expect(TextSafety.forbiddenScalar(in: text, multiline: false)?.value == bad, "\(text.debugDescription)")
        }
        #expect(TextSafety.forbiddenScalar(in: "Vård\tförlopp å ä ö – ok", multiline: false) == nil)
    }

    @Test func longTextsTakeLineBreaksAndBidiMarksButNoOtherControls() {
        #expect(TextSafety.forbiddenScalar(in: "rad ett\nrad två\r\nrad tre\t\u{200F}", multiline: true) == nil)
        #expect(TextSafety.forbiddenScalar(in: "a\rb", multiline: true)?.value == 0x0D)
        #expect(TextSafety.forbiddenScalar(in: "a\u{1B}[2J", multiline: true)?.value == 0x1B)
        #expect(TextSafety.forbiddenScalar(in: "a\u{9B}", multiline: true)?.value == 0x9B)
    }

    @Test func terminalTextShowsControlsEscaped() {
        #expect(TerminalText.escape("röd \u{1B}[31mtext") == "röd \\e[31mtext")
        #expect(TerminalText.escape("a\rb\nc\td") == "a\\rb\\nc\\td")
        #expect(TerminalText.escape("a\nb", keepingLineBreaks: true) == "a\nb")
        #expect(TerminalText.escape("\u{202E}cod.exe") == "\\u{202E}cod.exe")
        #expect(TerminalText.escape("\u{7}\u{7F}\u{9B}\u{2028}") == "\\u{7}\\u{7F}\\u{9B}\\u{2028}")
        #expect(TerminalText.escape("Vårdförlopp – å ä ö") == "Vårdförlopp – å ä ö")
    }
}
