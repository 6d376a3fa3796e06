import Foundation
import SamregCore
@testable import SamregStore
import Testing

/// The web registry's forms and list filters explain every field and filter in Swedish
/// (`swedishHelp`, `swedishValueHint`), given next to the English command-line help in the
/// family's own file.
@Suite("Swedish help")
struct SwedishHelpTests {
    @Test func everyFieldAndFilterOfEveryFamilyHasSwedishHelpOfItsOwn() {
        for family in Families.all {
            for field in family.fields {
                let swedish = field.swedishHelp.trimmingCharacters(in: .whitespaces)
                #expect(!swedish.isEmpty, "\(family.name).\(field.name) has no Swedish help")
                #expect(swedish != field.help, "\(family.name).\(field.name): the Swedish help is the English one")
            }
            for filter in family.filters {
                let swedish = filter.swedishHelp.trimmingCharacters(in: .whitespaces)
                #expect(!swedish.isEmpty, "\(family.name) filter \(filter.name) has no Swedish help")
                #expect(swedish != filter.help, "\(family.name) filter \(filter.name): the Swedish help is the English one")
            }
        }
    }

    @Test func swedishHelpLeavesCommandLineWordsOut() {
        // The web has no options or `end` command: its help speaks of what the page offers.
        for family in Families.all {
            let texts = family.fields.map { ($0.name, $0.swedishHelp) } + family.filters.map { ($0.name, $0.swedishHelp) }
            for (name, text) in texts {
                #expect(!text.contains("--") && !text.contains("`"), "\(family.name).\(name): \(text)")
            }
        }
    }

    @Test func swedishValueHintsSayWhatAValueLooksLike() throws {
        let remiss = Families.remiss
        #expect(try #require(remiss.field(named: "received")).swedishValueHint == "ÅÅÅÅ-MM-DD")
        #expect(try #require(remiss.field(named: "joint")).swedishValueHint == "ja/nej")
        #expect(try #require(remiss.field(named: "category")).swedishValueHint
                == "ett av: Kunskapsstyrning, Nationell högspecialiserad vård, Myndighet/departement")
        #expect(try #require(Families.decision.field(named: "remiss")).swedishValueHint == "nummer på remiss")
        #expect(try #require(Families.goal.field(named: "min")).swedishValueHint == "heltal 0–10 000")
        #expect(try #require(Families.area.field(named: "ordinal")).swedishValueHint == "heltal 1–6")
        #expect(try #require(Families.access.field(named: "count")).swedishValueHint == "heltal")
        for family in Families.all {
            for field in family.writableFields {
                #expect(field.swedishValueHint != field.valueHint, "\(family.name).\(field.name): \(field.valueHint)")
            }
        }
    }
}
