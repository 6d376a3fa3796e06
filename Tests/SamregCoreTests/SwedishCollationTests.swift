import SamregTestSupport
import Testing
@testable import SamregCore

@Suite("SwedishCollation")
struct SwedishCollationTests {
    private func sign(_ x: Int) -> Int { x < 0 ? -1 : x > 0 ? 1 : 0 }

    @Test func aRingAUmlautOUmlautComeAfterZInThatOrder() {
        #expect(SwedishCollation.precedes("z", "å"))
        #expect(SwedishCollation.precedes("å", "ä"))
        #expect(SwedishCollation.precedes("ä", "ö"))
        #expect(SwedishCollation.precedes("Z", "Å"))
        #expect(SwedishCollation.precedes("Å", "Ä"))
        #expect(SwedishCollation.precedes("Ä", "Ö"))
    }

    @Test func odeshogSortsAfterZorn() {
        #expect(SwedishCollation.compare("Zorn", "Ödeshög") < 0)
        #expect(SwedishCollation.compare("Ödeshög", "Zorn") > 0)
    }

    @Test func areSortsBeforeArla() {
        #expect(SwedishCollation.compare("Åre", "Ärla") < 0)
        #expect(SwedishCollation.compare("Ärla", "Åre") > 0)
    }

    @Test func caseOnlyBreaksTies() {
        #expect(SwedishCollation.compare("anna", "Anna") < 0)
        #expect(SwedishCollation.compare("Anna", "anna") > 0)
        #expect(SwedishCollation.compare("Anna", "annb") < 0)
        #expect(SwedishCollation.compare("ANNA", "anna") > 0)
        #expect(SwedishCollation.compare("åre", "Åre") < 0)
        #expect(SwedishCollation.compare("Åre", "åre") > 0)
        #expect(SwedishCollation.compare("Åre", "Åre") == 0)
    }

    @Test func eAcuteSortsWithE() {
        // Primary level: é is an e, so "café" comes before "cafeteria" (not after all letters).
        #expect(SwedishCollation.compare("café", "cafeteria") < 0)
        #expect(SwedishCollation.compare("Évb", "Evc") < 0)
        #expect(SwedishCollation.compare("Éva", "Ewa") < 0)
        // Accents break ties after letters.
        #expect(SwedishCollation.compare("Eva", "Éva") < 0)
        #expect(SwedishCollation.compare("cafe", "café") < 0)
    }

    @Test func foreignLettersSortWithTheirSwedishBase() {
        #expect(SwedishCollation.compare("Myller", "Müller") < 0)
        #expect(SwedishCollation.compare("Müller", "Myllz") < 0)
        #expect(SwedishCollation.compare("Ärö", "Ærø") < 0)
        #expect(SwedishCollation.compare("Ærø", "Äs") < 0)
        #expect(SwedishCollation.compare("Ørn", "Örz") < 0)
    }

    @Test func wIsALetterOfItsOwnAfterV() {
        #expect(SwedishCollation.compare("Vik", "Wik") < 0)
        #expect(SwedishCollation.compare("Vb", "Wa") < 0)
    }

    @Test func spacesAndDigitsComeBeforeLetters() {
        #expect(SwedishCollation.compare("Ann Berg", "Anna") < 0)
        #expect(SwedishCollation.compare("RPO 2", "RPO A") < 0)
        // Digits compare as characters, as documented.
        #expect(SwedishCollation.compare("RPO 10", "RPO 2") < 0)
        #expect(SwedishCollation.compare("", "a") < 0)
        #expect(SwedishCollation.compare("", "") == 0)
    }

    @Test func sortingAListGivesSwedishDictionaryOrder() {
        let expected = ["ankare", "Anna", "Eksjö", "Éva", "Lindesberg", "Linköping", "Västervik", "Wetterstrand",
                        "Ystad", "Zorn", "Åre", "Åtvidaberg", "Älmhult", "Ärla", "Ödeshög", "Öland"]
        var generator = SplitMix64(seed: 2025)
        for _ in 0..<20 {
            let shuffled = expected.shuffled(using: &generator)
            #expect(shuffled.sorted(by: SwedishCollation.precedes) == expected)
        }
    }

    @Test func compareIsAntisymmetricAndTransitiveOverGeneratedStrings() {
        let pieces = ["a", "A", "b", "e", "E", "é", "É", "è", "v", "w", "W", "y", "ü", "z", "Z", "å", "Å", "ä", "Ä",
                      "ö", "Ö", "æ", "ø", " ", "-", "1", "0", "ß", "Σ", "σ", "e\u{301}", "İ", "I", "\u{212B}", "ﬀ"]
        var generator = SplitMix64(seed: 17)
        var strings: [String] = ["", "a", "A", "å", "Å", "\u{212B}"]
        for _ in 0..<400 {
            let length = Int.random(in: 0...5, using: &generator)
            strings.append((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }

        // Antisymmetry, and 0 only for equal strings.
        for a in strings {
            #expect(SwedishCollation.compare(a, a) == 0)
        }
        var antisymmetryFailures: [String] = []
        for _ in 0..<20_000 {
            let a = strings.randomElement(using: &generator)!, b = strings.randomElement(using: &generator)!
            let ab = sign(SwedishCollation.compare(a, b)), ba = sign(SwedishCollation.compare(b, a))
            if ab != -ba || (ab == 0 && a != b) { antisymmetryFailures.append("'\(a)' vs '\(b)': \(ab), \(ba)") }
        }
        #expect(antisymmetryFailures.isEmpty, "\(antisymmetryFailures.prefix(5))")

        // Transitivity on random triples.
        var transitivityFailures: [String] = []
        for _ in 0..<30_000 {
            let a = strings.randomElement(using: &generator)!
            let b = strings.randomElement(using: &generator)!
            let c = strings.randomElement(using: &generator)!
            let ab = SwedishCollation.compare(a, b), bc = SwedishCollation.compare(b, c), ac = SwedishCollation.compare(a, c)
            if ab <= 0 && bc <= 0 && ac > 0 { transitivityFailures.append("'\(a)' ≤ '\(b)' ≤ '\(c)' but '\(a)' > '\(c)'") }
            if ab == 0 && bc == 0 && ac != 0 { transitivityFailures.append("'\(a)' = '\(b)' = '\(c)' but '\(a)' ≠ '\(c)'") }
        }
        #expect(transitivityFailures.isEmpty, "\(transitivityFailures.prefix(5))")

        // A sort by the comparator is consistent for every pair: no cycles.
        let sorted = strings.sorted(by: SwedishCollation.precedes)
        var pairFailures = 0
        for i in sorted.indices {
            for j in sorted.indices where j > i {
                if SwedishCollation.compare(sorted[i], sorted[j]) > 0 { pairFailures += 1 }
            }
        }
        #expect(pairFailures == 0)
    }
}

