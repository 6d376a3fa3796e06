import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import SamregStore
@testable import SamregWeb
import Testing

/// A refused value is explained in Swedish beside its field and at the top of the form: the
/// registry's Swedish message, never the command line's English.
@Suite struct SwedishFieldErrorWebTests {
    /// The text of the error paragraph beside `field` (`id="e-FIELD"`), or nil.
    static func fieldError(_ field: String, in html: String) -> String? {
        guard let start = html.range(of: "<p class=\"field-error\" id=\"e-\(field)\">"),
              let end = html.range(of: "</p>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    static let remiss: [(String, String)] = [
        ("title", "Remiss med fel"), ("sender", "SKR"), ("category", "nhv"),
        ("received", "2025-06-01"), ("deadline", "2025-07-01"),
    ]

    static func with(_ fields: [(String, String)], _ changes: [String: String]) -> [(String, String)] {
        fields.map { ($0.0, changes[$0.0] ?? $0.1) } + changes.filter { c in !fields.contains { $0.0 == c.key } }.map { ($0.key, $0.value) }
    }

    @Test func badRemissFormsAreExplainedInSwedishBesideTheField() async throws {
        let fixture = try WebFixture()
        let taken = try fixture.registry().read { db in
            try Row.fetchOne(db, sql: "SELECT id, case_number FROM remiss WHERE case_number IS NOT NULL ORDER BY id LIMIT 1")
        }
        let takenId: Int64 = try #require(taken?["id"])
        let takenNumber: String = try #require(taken?["case_number"])
        let before = try fixture.count("remiss")
        let cases: [(changes: [String: String], field: String, swedish: String, english: String)] = [
            (["received": "2025-13-01"], "received", "”2025-13-01” är inget giltigt datum. Ange ett datum som ÅÅÅÅ-MM-DD", "is not a valid date"),
            (["deadline": "2025-05-01"], "deadline", "Svar senast (2025-05-01) kan inte vara före inkommen (2025-06-01).", "is before"),
            (["sender": "Okända verket"], "sender", "Okänd organisation: ”Okända verket”.", "unknown organisation"),
            (["category": "kunskapstyrning"], "category", "”kunskapstyrning” finns inte bland valen", "is not one of"),
            (["title": ""], "title", "Titel måste fyllas i.", "is required"),
            (["joint": "kanske"], "joint", "Svara ja eller nej", "is not ja or nej"),
            (["case_number": takenNumber], "case_number", "Diarienumret \(takenNumber) finns redan (remiss \(takenId)).", "duplicate case number"),
            (["received": "1850-01-01", "deadline": "1850-02-01"], "received", "ligger utanför det tillåtna: året ska vara 1900–2100.", "out of range"),
        ]
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            for c in cases {
                let response = try await browser.post(client, "/remiss/ny", Self.with(Self.remiss, c.changes))
                #expect(response.status == .unprocessableContent, "\(c.field)")
                let html = response.text
                let beside = Self.fieldError(c.field, in: html)
                #expect(beside?.contains(HTML.esc(c.swedish)) == true, "\(c.field): \(beside ?? "no error beside the field")")
                #expect(html.contains("aria-describedby=\"h-\(c.field) e-\(c.field)\""), "\(c.field)")
                // At the top too, linked to the field.
                #expect(html.contains("<li><a href=\"#f-\(c.field)\">"), "\(c.field)")
                let top = html.components(separatedBy: "id=\"form-errors\"").last?.components(separatedBy: "</ul>").first ?? ""
                #expect(top.contains(HTML.esc(c.swedish)), "\(c.field): \(top)")
                #expect(!html.contains(c.english), "\(c.field): English shown")
                #expect(!html.contains("remiss: "), "\(c.field): English prefix shown")
            }
        }
        #expect(try fixture.count("remiss") == before)
    }

    @Test func otherFamiliesNumbersBodiesAndRulesAreExplainedInSwedish() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            let goal = try await browser.post(client, "/goal/ny", [("subject", "nhv_permits"), ("min", "20000"), ("max", "3")])
            #expect(Self.fieldError("min", in: goal.text) == HTML.esc("20 000 ligger utanför det tillåtna: ange ett heltal från 0 till 10 000."))
            let order = try await browser.post(client, "/goal/ny", [("subject", "nhv_permits"), ("min", "5"), ("max", "3")])
            #expect(Self.fieldError("max", in: order.text) == HTML.esc("Högst (3) kan inte vara mindre än minst (5)."))
            let body = try await browser.post(client, "/membership/ny", [("body", "Inget sådant organ"), ("role", "ledamot"), ("region", "RÖ")])
            #expect(Self.fieldError("body", in: body.text)?.hasPrefix(HTML.esc("Okänt organ: ”Inget sådant organ”.")) == true, "\(body.text)")
            #expect(!body.text.contains("unknown body"))
        }
    }

    @Test func endingWithABadOrEarlyDateIsRefusedInSwedish() async throws {
        let fixture = try WebFixture()
        let received = try fixture.registry().read { db in try String.fetchOne(db, sql: "SELECT received_on FROM remiss WHERE id = 9") }
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            let page = try await browser.get(client, "/remiss/9")
            browser.absorb(page)
            let bad = try await browser.post(client, "/remiss/9/avsluta", [("on", "2025-02-30")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains(HTML.esc("”2025-02-30” är inget giltigt datum. Ange ett datum som ÅÅÅÅ-MM-DD.")), "\(bad.text)")
            #expect(!bad.text.contains("is not a valid date"))
            let early = try await browser.post(client, "/remiss/9/avsluta", [("on", "1999-01-01")])
            #expect(early.status == .unprocessableContent)
            #expect(early.text.contains(HTML.esc("Stängd (1999-01-01) kan inte vara före inkommen (\(received ?? "")).")), "\(early.text)")
            #expect(!early.text.contains("is before"))
        }
    }
}

extension SwedishFieldErrorWebTests {
    @Test func anImportedRowWithABadValueIsExplainedInSwedishWithItsPlace() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            let csv = "title,sender,category,received,deadline\nEtt,SKR,nhv,2025-06-01,2025-07-01\nTvå,SKR,nhv,2025-02-30,2025-07-01\n"
            let bad = try await WebToolTests.upload(client, &browser, family: "remiss", filename: "remisser.csv", csv)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("<li>" + HTML.esc("remisser.csv:3:4: ”2025-02-30” är inget giltigt datum.")), "\(bad.text)")
            #expect(bad.text.contains(HTML.esc("1 fel; ingenting importerades.")), "\(bad.text)")
            #expect(!bad.text.contains("is not a valid date"))
        }
    }
}

extension SwedishFieldErrorWebTests {
    @Test func aBadListFilterIsExplainedInSwedish() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let browser = try await Browser.login(client, "reader")
            let date = try await browser.get(client, "/remisser?due-before=2025-13-01").text
            #expect(date.contains(HTML.esc("Svar senast före: ”2025-13-01” är inget giltigt datum. Ange ett datum som ÅÅÅÅ-MM-DD.")), "\(date)")
            #expect(!date.contains("is not a valid date"))
            let sender = try await browser.get(client, "/remisser?sender=Ok%C3%A4nda%20verket").text
            #expect(sender.contains(HTML.esc("Avsändare: Okänd organisation: ”Okända verket”.")), "\(sender)")
            #expect(!sender.contains("unknown organisation"))
        }
    }
}
