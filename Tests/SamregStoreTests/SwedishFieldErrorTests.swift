import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

/// Every `FieldError` the writer makes carries a Swedish message for the web registry, next
/// to the command line's English one (which stays as it is).
@Suite("Swedish field errors")
struct SwedishFieldErrorTests {
    /// The `FieldError` that `body` throws, or nil (recording an issue).
    func thrown(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> FieldError? {
        expectThrow(FieldError.self, body, sourceLocation: sourceLocation)
    }

    /// Words of the English messages that a Swedish one never has.
    static let englishWords = [" is not ", "unknown", "duplicate", "required", "give ", " already ", " before ", "cannot",
                               "out of range", " the ", "record", "a number"]

    /// Requires a Swedish message that is not the English one and has none of its words;
    /// returns it.
    @discardableResult
    func requireSwedish(_ error: FieldError?, field: String?, _ what: String,
                        sourceLocation: SourceLocation = #_sourceLocation) -> String {
        guard let error else { return "" }
        #expect(error.field == field, "\(what): field \(error.field ?? "nil")", sourceLocation: sourceLocation)
        guard let swedish = error.swedish else {
            Issue.record("\(what): no Swedish message for '\(error.message)'", sourceLocation: sourceLocation)
            return ""
        }
        #expect(swedish != error.message, "\(what)", sourceLocation: sourceLocation)
        #expect(!swedish.isEmpty, "\(what)", sourceLocation: sourceLocation)
        for word in Self.englishWords {
            #expect(!swedish.lowercased().contains(word), "\(what): '\(swedish)' has the English '\(word)'", sourceLocation: sourceLocation)
        }
        return swedish
    }

    @Test func everyBadRemissInputHasASwedishMessage() throws {
        try withRegistry { registry in
            let remiss = Families.remiss
            let cases: [(String, String?, [String: String?])] = [
                ("bad date", "received", ["received": "2025-13-01"]),
                ("date out of range", "received", ["received": "1850-01-01"]),
                ("deadline before receipt", "deadline", ["deadline": "2025-04-01"]),
                ("unknown organisation", "sender", ["sender": "Okända verket"]),
                ("unknown organisation id", "sender", ["sender": "9999"]),
                ("word outside the vocabulary", "category", ["category": "kunskapstyrning"]),
                ("not a flag", "joint", ["joint": "kanske"]),
                ("not a case number", "case_number", ["case_number": "nummer tolv"]),
                ("missing required field", "title", ["title": nil]),
                ("blank required field", "title", ["title": "  "]),
                ("unknown field", "colour", ["colour": "blå"]),
                ("computed field", "status", ["status": "besvarad"]),
                ("bad id", "id", ["id": "-3"]),
                ("line break in a text", "title", ["title": "två\nrader"]),
                ("too long", "title", ["title": String(repeating: "x", count: RecordWriter.maxTextLength + 1)]),
            ]
            for (what, field, overrides) in cases {
                requireSwedish(thrown { try registry.insert(remiss, remissInput(overrides)) }, field: field, what)
            }
            let deadline = thrown { try registry.insert(remiss, remissInput(["deadline": "2025-04-01"])) }
            #expect(deadline?.swedish == "Svar senast (2025-04-01) kan inte vara före inkommen (2025-05-02).")
            #expect(deadline?.message == "remiss: deadline 2025-04-01 is before received 2025-05-02")
            let date = thrown { try registry.insert(remiss, remissInput(["received": "2025-13-01"])) }
            #expect(date?.swedish?.contains("Ange ett datum som ÅÅÅÅ-MM-DD") == true)
            let word = thrown { try registry.insert(remiss, remissInput(["category": "kunskapstyrning"])) }
            #expect(word?.swedish?.contains("Menade du ”Kunskapsstyrning”?") == true)

            let first = try registry.insert(remiss, remissInput(["id": "42", "case_number": "RÖ 2024-12"]))
            let duplicate = thrown { try registry.insert(remiss, remissInput(["case_number": "RÖ 2024-12"])) }
            requireSwedish(duplicate, field: "case_number", "duplicate case number")
            #expect(duplicate?.swedish == "Diarienumret RÖ 2024-12 finns redan (remiss 42).")
            requireSwedish(thrown { try registry.insert(remiss, remissInput(["id": "42"])) }, field: "id", "duplicate id")

            // Updating and ending.
            requireSwedish(thrown { try registry.update(remiss, id: first, [:]) }, field: nil, "nothing to update")
            requireSwedish(thrown { try registry.update(remiss, id: 999, ["note": "x"]) }, field: nil, "unknown record")
            requireSwedish(thrown { try registry.update(remiss, id: first, ["id": "7"]) }, field: "id", "changing the id")
            requireSwedish(thrown { try registry.update(remiss, id: first, ["title": ""]) }, field: "title", "clearing a required field")
            requireSwedish(thrown { try registry.end(remiss, id: first, on: "2025-04-01") }, field: "closed", "closed before receipt")
            try registry.end(remiss, id: first, on: "2025-06-01")
            requireSwedish(thrown { try registry.end(remiss, id: first, on: "2025-06-02") }, field: "closed", "already ended")
            requireSwedish(thrown { try registry.end(Families.person, id: 1, on: "2025-06-02") }, field: nil, "cannot be ended")
        }
    }

    @Test func numbersLinksAndRulesOfOtherFamiliesHaveSwedishMessages() throws {
        try withRegistry { registry in
            let remiss = try registry.insert(Families.remiss, remissInput())
            let response = Families.response
            requireSwedish(thrown { try registry.insert(response, ["remiss": "999", "scope": "sosr"]) }, field: "remiss", "unknown record id")
            requireSwedish(thrown { try registry.insert(response, ["remiss": "RÖ 1999-1", "scope": "sosr"]) }, field: "remiss", "unknown record")
            requireSwedish(thrown { try registry.insert(response, ["remiss": "\(remiss)", "scope": "region"]) }, field: "region", "region required")
            requireSwedish(thrown { try registry.insert(response, ["remiss": "\(remiss)", "scope": "sosr", "region": "RÖ"]) }, field: "region", "joint with region")
            requireSwedish(thrown { try registry.insert(response, ["remiss": "\(remiss)", "scope": "sosr", "kind": "avstar", "sent": "2025-06-01"]) },
                           field: "sent", "not answering is not sent")
            requireSwedish(thrown { try registry.insert(response, ["remiss": "\(remiss)", "scope": "sosr", "sent": "2025-01-01"]) },
                           field: "sent", "sent before the remiss came")
            try registry.insert(response, ["remiss": "\(remiss)", "scope": "sosr"])
            requireSwedish(thrown { try registry.insert(response, ["remiss": "\(remiss)", "scope": "sosr"]) }, field: "scope", "second joint answer")

            let goal = Families.goal
            requireSwedish(thrown { try registry.insert(goal, ["subject": "nhv_permits", "min": "5", "max": "3", "valid_from": "2025-01-01"]) },
                           field: "max", "max below min")
            let range = thrown { try registry.insert(goal, ["subject": "nhv_permits", "min": "20000", "max": "3"]) }
            #expect(requireSwedish(range, field: "min", "integer out of range") == "20 000 ligger utanför det tillåtna: ange ett heltal från 0 till 10 000.")
            requireSwedish(thrown { try registry.insert(goal, ["subject": "nhv_permits", "min": "fem", "max": "3"]) }, field: "min", "not a whole number")

            let flow = Families.flow
            requireSwedish(thrown { try registry.insert(flow, ["year": "2024", "performing": "RÖ", "home": "RJL", "drg_sum": "1,2.3"]) },
                           field: "drg_sum", "not a number")
            requireSwedish(thrown { try registry.insert(flow, ["year": "2024", "performing": "RÖ", "home": "RJL", "drg_sum": "1e300"]) },
                           field: "drg_sum", "number too large")

            requireSwedish(thrown { try registry.insert(Families.membership, ["body": "Okänt organ 17", "role": "ledamot"]) }, field: "body", "unknown body")
            requireSwedish(thrown { try registry.insert(Families.membership, ["body": "99999", "role": "ledamot"]) }, field: "body", "unknown body id")

            let indicator = try registry.insert(Families.indicator, ["code": "X1", "name": "Väntetid", "promise": "forebyggande"])
            let code = thrown { try registry.insert(Families.indicator, ["code": "x1", "name": "Igen", "promise": "forebyggande"]) }
            #expect(requireSwedish(code, field: "code", "duplicate code") == "Kod ”x1” finns redan (indikator \(indicator), skrivet ”X1”).")
            requireSwedish(thrown { try registry.insert(Families.indicator, ["code": "X2", "name": "Andel", "promise": "forebyggande", "target": "80 %"]) },
                           field: "target", "per-cent target on a non-share")
            let value = Families.indicatorValue
            requireSwedish(thrown { try registry.insert(value, ["indicator": "\(indicator)", "region": "RÖ", "period": "våren"]) }, field: "period", "bad period")
            requireSwedish(thrown { try registry.insert(value, ["indicator": "\(indicator)", "region": "RÖ", "period": "2024"]) }, field: "value", "no value")
            requireSwedish(thrown { try registry.insert(value, ["indicator": "\(indicator)", "region": "RÖ", "period": "2024", "value": "74,6 %"]) },
                           field: "value", "per-cent sign on a non-share")
        }
    }

    /// Every place in the sources that makes a `FieldError` gives it a Swedish message (a
    /// new one without is caught here, not by a user reading English on the web).
    @Test func everyFieldErrorInTheSourcesIsGivenASwedishMessage() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        var sites = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let lines = text.components(separatedBy: "\n")
            // (`execute`'s `fail(code)` makes GRDB's DatabaseError, not a FieldError.)
            for (i, line) in lines.enumerated() where line.contains("FieldError(field:")
                || (file.lastPathComponent == "RecordWriter.swift" && line.contains("throw fail(") && !line.contains("throw fail(code)")) {
                sites += 1
                // The call and its Swedish argument: on this line or the next two.
                let call = lines[i..<min(i + 3, lines.count)].joined(separator: "\n")
                let hasSwedish = call.contains("swedish:")
                    || (line.contains("throw fail(") && (line.contains("\", \"") || line.hasSuffix("\",")))
                #expect(hasSwedish, "\(file.lastPathComponent):\(i + 1): a FieldError without a Swedish message")
            }
        }
        #expect(sites >= 50)
    }
}
