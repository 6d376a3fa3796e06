import SamregTestSupport
import Testing
@testable import SamregCore

@Suite("CaseNumber and Paragraph")
struct CaseNumberTests {
    /// `init` reads simple text (nothing from U+0300 on) by scalar, the rest by Character:
    /// wherever the scalar reading gives an answer it must be the Character reading's. Checked
    /// on 20 000 strings built from the pieces of case numbers and their near misses.
    @Test func theScalarReadingAgreesWithTheCharacterReading() {
        let pieces = ["RJL", "RÖ", "rö", "SoS", "Fi", "S", "ÅÄÖ", "é", "ß", "ª", "µ", "Ø", "ÿ", "x1", "2024", "2025",
                      "202", "20245", "１２３４", " ", "\u{A0}", "\u{2009}", "\t", "/", "-", "–", "—", "\u{2212}", "\u{FE63}",
                      "0", "00123", "6246", "9", "§", ".", "_", "\u{0308}", "O\u{0308}", "\u{200D}", "\r\n", "\n", "🙂", "٣"]
        var random = SplitMix64(seed: 13)
        var agreed = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<random.int(1...7) { text += pieces[random.below(pieces.count)] }
            if random.below(2) == 0 {
                let serial = random.below(2) == 0 ? ["0", "00123", "6246", "9"][random.below(4)] : text
                text = pieces[random.below(13)] + [" ", "", "\u{A0}", "  "][random.below(4)] + ["2024", "2025"][random.below(2)]
                    + ["-", "/", "–", " - ", "\u{2212}"][random.below(5)] + serial
            }
            let normal = text.trimmingWhitespace().nfc
            guard let simple = CaseNumber.simpleParts(normal) else { continue }
            let slow = CaseNumber.characterParts(normal)
            #expect(slow?.letters == simple.letters && slow?.year == simple.year && slow?.serial == simple.serial, "\(text.debugDescription)")
            agreed += 1
        }
        #expect(agreed > 3_000, "the generator must reach the scalar reading")
        #expect(CaseNumber.simpleParts("RO\u{0308} 2024-1") == nil, "a combining mark is read by Character")
        #expect(CaseNumber("RO\u{0308} 2024-1")?.issuer == "RÖ")
    }

    @Test func regionCaseNumberWithSlashIsParsed() throws {
        let n = try #require(CaseNumber("RJL 2025/1044"))
        #expect(n.issuer == "RJL")
        #expect(n.year == 2025)
        #expect(n.serial == "1044")
        #expect(n.written == "RJL 2025/1044")
        #expect(n.description == "RJL 2025/1044")
        #expect(n.normalized == "RJL 2025-1044")
    }

    @Test func caseNumberWithHyphenAndNonAsciiIssuerIsParsed() throws {
        let n = try #require(CaseNumber("RÖ 2024-6246"))
        #expect(n.issuer == "RÖ")
        #expect(n.year == 2024)
        #expect(n.serial == "6246")
        #expect(n.normalized == "RÖ 2024-6246")
    }

    @Test func enDashAndHyphenNameTheSameCase() throws {
        let hyphen = try #require(CaseNumber("RÖ 2024-6246"))
        let enDash = try #require(CaseNumber("RÖ 2024–6246"))
        let emDash = try #require(CaseNumber("RÖ 2024—6246"))
        for other in [enDash, emDash] {
            #expect(other.issuer == hyphen.issuer)
            #expect(other.year == hyphen.year)
            #expect(other.serial == hyphen.serial)
            #expect(other.normalized == hyphen.normalized)
        }
        // The text is kept as written.
        #expect(enDash.written == "RÖ 2024–6246")
        #expect(enDash != hyphen)
    }

    @Test func serialKeepsLeadingZeros() throws {
        let skr = try #require(CaseNumber("SKR2024/01345"))
        #expect(skr.issuer == "SKR")
        #expect(skr.year == 2024)
        #expect(skr.serial == "01345")
        let ministry = try #require(CaseNumber("S2025/00922"))
        #expect(ministry.issuer == "S")
        #expect(ministry.year == 2025)
        #expect(ministry.serial == "00922")
    }

    @Test func oldCaseNumbersAreParsed() throws {
        let n = try #require(CaseNumber("LJ 2014/1422"))
        #expect(n.issuer == "LJ")
        #expect(n.year == 2014)
        #expect(n.serial == "1422")
    }

    @Test func surroundingWhitespaceIsTrimmed() throws {
        let n = try #require(CaseNumber("  RJL 2025 / 1044\n"))
        #expect(n.written == "RJL 2025 / 1044")
        #expect(n.serial == "1044")
    }

    @Test func textThatIsNotACaseNumberIsRejected() {
        for text in ["abc", "2024/1", "RJL 25/1", "RJL 20245/1", "RJL 2025/", "RJL 2025 1044", "RJL 2025/10a",
                     "RJL 2025:1044", "", "RJL", "RJL 2025/-1"] {
            #expect(CaseNumber(text) == nil, "'\(text)' should not parse")
        }
    }

    @Test func paragraphNumberIsReadFromTheSectionSign() {
        #expect(Paragraph.number("§ 51") == 51)
        #expect(Paragraph.number("§51") == 51)
        #expect(Paragraph.number("  § 7 ") == 7)
    }

    @Test func otherParagraphFormsHaveNoNumber() {
        #expect(Paragraph.number("FS 4.5.4 §28/2025") == nil)
        #expect(Paragraph.number("§") == nil)
        #expect(Paragraph.number("§ 5a") == nil)
        #expect(Paragraph.number("51") == nil)
        #expect(Paragraph.number("") == nil)
    }

    @Test func trimmingWhitespaceRemovesSpacesTabsAndLineBreaks() {
        #expect(" \t a b \r\n".trimmingWhitespace() == "a b")
        #expect("".trimmingWhitespace() == "")
        #expect("\u{00A0}x\u{00A0}".trimmingWhitespace() == "x")
    }

    @Test func aParagraphCitationNamesBodyParagraphAndYear() throws {
        for text in ["SVN § 51-2024", "SVN §51-2024", "SVN § 51–2024", "SVN § 51/2024", " SVN § 51 2024 "] {
            let c = try #require(ParagraphCitation(text), "'\(text)'")
            #expect(c == ParagraphCitation("SVN § 51-2024"))
            #expect(c.body == "SVN" && c.number == 51 && c.year == 2024)
        }
        let noYear = try #require(ParagraphCitation("RJL FS presidium § 83"))
        #expect(noYear.body == "RJL FS presidium" && noYear.number == 83 && noYear.year == nil)
        #expect(ParagraphCitation("§ 7")?.body == "")
        #expect(ParagraphCitation.written(body: "SVN", number: 51, year: 2024) == "SVN § 51-2024")
    }

    @Test func textThatIsNotAParagraphCitationIsRejected() {
        for text in ["SVN 51-2024", "SVN §", "SVN § x-2024", "SVN § 51-24", "SVN § 51-2024x", "RÖ 2024-6246", ""] {
            #expect(ParagraphCitation(text) == nil, "'\(text)' should not parse")
        }
    }
}
