import Foundation
import Hummingbird
import HummingbirdTesting
import SamregStore
@testable import SamregWeb
import Testing

/// The help under a form field and a list filter is the Swedish help of the family's file,
/// never the command line's English.
@Suite struct SwedishHelpWebTests {
    @Test func theRemissFormExplainsItsFieldsInSwedish() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let browser = try await Browser.login(client, "registrator")
            let response = try await browser.get(client, "/remisser/ny")
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("<p class=\"hint\" id=\"h-received\">ÅÅÅÅ-MM-DD – Dag då remissen kom in.</p>"))
            #expect(html.contains("<p class=\"hint\" id=\"h-joint\">ja/nej – Remissen besvaras gemensamt för Sydöstra sjukvårdsregionen"))
            #expect(html.contains("ett av: Kunskapsstyrning, Nationell högspecialiserad vård, Myndighet/departement"))
            #expect(!html.contains("Day it arrived."))
            #expect(!html.contains("YYYY-MM-DD"))
        }
    }

    @Test func theRemissListExplainsItsFiltersInSwedish() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let browser = try await Browser.login(client, "reader")
            let html = try await browser.get(client, "/remisser").text
            #expect(html.contains("<p class=\"hint\">Bara obesvarade remisser.</p>"))
            #expect(!html.contains("Only unanswered ones."))
        }
    }

    @Test func everyFamilysFormAndListShowTheSwedishHelpOnly() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let browser = try await Browser.login(client, "registrator")
            for family in Families.all {
                let form = try await browser.get(client, "/\(family.swedish.path)/ny")
                #expect(form.status == .ok, "\(family.name)")
                for field in family.writableFields {
                    #expect(form.text.contains("\(HTML.esc(field.swedishValueHint)) – \(HTML.esc(field.swedishHelp))</p>"),
                            "\(family.name).\(field.name)")
                    #expect(!form.text.contains(HTML.esc(field.help)), "\(family.name).\(field.name): English help shown")
                }
                let list = try await browser.get(client, "/\(family.swedish.path)")
                for filter in family.filters {
                    #expect(list.text.contains("<p class=\"hint\">\(HTML.esc(filter.swedishHelp))</p>"), "\(family.name) filter \(filter.name)")
                    #expect(!list.text.contains(">\(HTML.esc(filter.help))<"), "\(family.name) filter \(filter.name): English help shown")
                }
            }
        }
    }
}
