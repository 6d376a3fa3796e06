import Foundation
@testable import SamregStore
import SamregTestSupport
import Testing

/// Every vocabulary carries a label for each code, and no written form names two codes.
@Suite("Vocabularies")
struct VocabularyTests {
    static let vocabularies: [(name: String, vocabulary: Vocabulary)] = Families.all.flatMap { family in
        family.fields.compactMap { field in
            guard case .vocabulary(let v) = field.kind else { return nil }
            return ("\(family.name).\(field.name)", v)
        } + family.filters.compactMap { filter in
            guard case .vocabulary(let v) = filter.kind else { return nil }
            return ("\(family.name) --\(filter.name)", v)
        }
    }

    @Test func thereAreVocabulariesToCheck() {
        #expect(Self.vocabularies.count > 20)
    }

    @Test func everyCodeHasALabelAndNoTwoCodesShareOne() {
        for (name, vocabulary) in Self.vocabularies {
            #expect(!vocabulary.words.isEmpty, "\(name)")
            #expect(Set(vocabulary.codes).count == vocabulary.codes.count, "\(name): a code twice")
            for word in vocabulary.words {
                #expect(!word.label.trimmingCharacters(in: .whitespaces).isEmpty, "\(name).\(word.code): no label")
            }
            let labels = vocabulary.words.map { Vocabulary.fold($0.label) }
            #expect(Set(labels).count == labels.count, "\(name): two codes share a label")
            // Every written form (code or label) leads back to its own code.
            for word in vocabulary.words {
                #expect(vocabulary.code(for: word.code) == word.code, "\(name): \(word.code)")
                #expect(vocabulary.code(for: word.label) == word.code, "\(name): \(word.label)")
            }
        }
    }

    @Test func theReportedVocabulariesHaveSwedishLabels() {
        #expect(Families.permitStatuses.label(of: "i_drift") == "I drift")
        #expect(Families.remissStatuses.label(of: "forsenad") == "Försenad")
        #expect(Families.remissCategories.codes == ["kunskapsstyrning", "nhv", "myndighet"])
    }

    @Test(arguments: ["forsenad", "Försenad", "FÖRSENAD", "försenad", " Försenad "])
    func aWordIsFoundByCodeOrLabelInAnyCase(written: String) {
        #expect(Families.remissStatuses.code(for: written) == "forsenad")
    }

    @Test func misspellingsAreMatchedToTheClosestWord() {
        #expect(Families.permitStatuses.closest(to: "i drfit")?.code == "i_drift")
        #expect(Families.permitStatuses.closest(to: "zebra") == nil)
        #expect(Families.permitStatuses.code(for: "idrift") == nil)
        #expect(Families.permitStatuses.rejection(of: "idrift").hasSuffix("did you mean 'i_drift' (I drift)?"))
    }
}
