import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

@Suite("RecordWriter")
struct RecordWriterTests {
    // MARK: Required fields and names

    @Test func remissIsStoredWithItsFields() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.remiss, remissInput(["sender_ref": "SKR2025/00294", "note": "  trimmed  "]))
            let row = try #require(try registry.row("remiss", id: id))
            #expect(row["title"] as String == "Vårdförlopp sepsis")
            #expect(row["sender_id"] as Int64 == (try registry.organisationId("SKR")))
            #expect(row["sender_ref"] as String == "SKR2025/00294")
            #expect(row["category"] as String == "kunskapsstyrning")
            #expect(row["received_on"] as String == "2025-05-02")
            #expect(row["deadline_on"] as String == "2025-06-13")
            #expect(row["joint"] as Int == 1)
            #expect(row["note"] as String == "trimmed")
            #expect(row["case_number"] as String? == nil)
        }
    }

    @Test func eachRequiredFieldIsRequired() throws {
        try withRegistry { registry, _ throws in
            for name in ["title", "sender", "category", "received", "deadline"] {
                let missing = fieldError { try registry.insert(Families.remiss, remissInput([name: nil])) }
                #expect(missing == "remiss: \(name) is required")
                let blank = fieldError { try registry.insert(Families.remiss, remissInput([name: "  "])) }
                #expect(blank == "remiss: \(name) is required")
            }
            #expect(try registry.count("remiss") == 0)
        }
    }

    @Test func unknownAndComputedFieldsAreRefused() throws {
        try withRegistry { registry, _ throws in
            let unknown = fieldError { try registry.insert(Families.remiss, remissInput(["colour": "blå"])) }
            #expect(unknown?.hasPrefix("remiss has no field 'colour'") == true)
            let derived = fieldError { try registry.insert(Families.remiss, remissInput(["status": "besvarad"])) }
            #expect(derived == "remiss: status is computed from other records and cannot be set")
        }
    }

    @Test func givenIdIsKeptAndADuplicateIdIsRefused() throws {
        try withRegistry { registry, _ throws in
            #expect(try registry.insert(Families.remiss, remissInput(["id": "41"])) == 41)
            #expect(try registry.insert(Families.remiss, remissInput()) == 42)
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["id": "41"])) }
                    == "duplicate id: remiss 41 already exists")
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["id": "-3"])) }
                    == "id '-3' is not a whole number from 1 to 4294967295")
        }
    }

    // MARK: Parsing each kind

    @Test func flagsAcceptJaAndNej() throws {
        try withRegistry { registry, _ throws in
            let no = try registry.insert(Families.remiss, remissInput(["joint": "nej"]))
            let yes = try registry.insert(Families.remiss, remissInput(["joint": "Ja"]))
            let confidential = try registry.insert(Families.remiss, remissInput(["confidential": "ja", "joint": "NEJ"]))
            #expect(try registry.row("remiss", id: no)?["joint"] as Int? == 0)
            #expect(try registry.row("remiss", id: yes)?["joint"] as Int? == 1)
            #expect(try registry.row("remiss", id: confidential)?["confidential"] as Int? == 1)
            #expect(try registry.row("remiss", id: confidential)?["joint"] as Int? == 0)
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["joint": "kanske"])) }
                    == "remiss: joint 'kanske' is not ja or nej")
        }
    }

    @Test func numbersAcceptSpacesAndADecimalComma() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.price, ["year": "2024", "drg_price_kr": "86 656", "fixed_share_pct": "74,6",
                                                          "invoiced_kr": "30330.5", "index_pct": "3"])
            let row = try #require(try registry.row("price", id: id))
            #expect(row["drg_price_kr"] as Double == 86656)
            #expect(row["fixed_share_pct"] as Double == 74.6)
            #expect(row["invoiced_kr"] as Double == 30330.5)
            #expect(row["index_pct"] as Double == 3)
            let notNumber = fieldError { try registry.insert(Families.price, ["year": "2025", "drg_price_kr": "12 kr"]) }
            #expect(notNumber?.hasPrefix("yearly price: drg_price_kr '12 kr' is not a number") == true)
        }
    }

    @Test func numberParsingFollowsSwedishHabits() {
        #expect(RecordWriter.number("86 656") == 86656)
        #expect(RecordWriter.number("86\u{00A0}656") == 86656)
        #expect(RecordWriter.number("86\u{202F}656,5") == 86656.5)
        #expect(RecordWriter.number("74,6") == 74.6)
        #expect(RecordWriter.number("74.6") == 74.6)
        #expect(RecordWriter.number("-3,25") == -3.25)
        #expect(RecordWriter.number("1,2,3") == nil)
        #expect(RecordWriter.number("1,234.5") == nil)
        #expect(RecordWriter.number("inf") == nil)
        #expect(RecordWriter.number("nan") == nil)
        #expect(RecordWriter.number("") == nil)
        #expect(RecordWriter.number("tolv") == nil)
    }

    @Test func integersAcceptSpacesAndAreRangeChecked() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.flow, ["year": "2024", "performing": "RÖ", "home": "RJL",
                                                         "drg_sum": "10 432,5", "cases": "1 200"])
            let row = try #require(try registry.row("flow", id: id))
            #expect(row["cases"] as Int == 1200)
            #expect(row["drg_sum"] as Double == 10432.5)
            #expect(fieldError { try registry.insert(Families.flow, ["year": "1989", "performing": "RÖ", "home": "RJL", "drg_sum": "1"]) }
                    == "care flow: year 1989 is out of range (1990–2100)")
            #expect(fieldError { try registry.insert(Families.flow, ["year": "2024,5", "performing": "RÖ", "home": "RJL", "drg_sum": "1"]) }
                    == "care flow: year '2024,5' is not a whole number")
        }
    }

    @Test func vocabularyIsCaseInsensitiveAndStoredInLowerCase() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.remiss, remissInput(["category": "NHV"]))
            #expect(try registry.row("remiss", id: id)?["category"] as String? == "nhv")
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["category": "remisser"])) }
                    == "remiss: category 'remisser' is not one of: kunskapsstyrning, nhv, myndighet")
        }
    }

    @Test func organisationIsFoundByCodeOrNameCaseInsensitively() throws {
        try withRegistry { registry, _ throws in
            let cases: [(String, String)] = [("SKR", "SKR"), ("skr", "SKR"), ("Socialstyrelsen", "SoS"),
                                             ("SOCIALSTYRELSEN", "SoS"), ("sos", "SoS"), ("rö", "RÖ"), ("RÖ", "RÖ"),
                                             ("region östergötland", "RÖ"), (" RJL ", "RJL")]
            for (typed, code) in cases {
                let id = try registry.insert(Families.remiss, remissInput(["sender": typed]))
                #expect(try registry.row("remiss", id: id)?["sender_id"] as Int64? == (try registry.organisationId(code)),
                        "'\(typed)' should be \(code)")
            }
            let unknown = fieldError { try registry.insert(Families.remiss, remissInput(["sender": "XYZ"])) }
            #expect(unknown?.hasPrefix("sender: unknown organisation 'XYZ'") == true)
        }
    }

    // Left out: an organisation whose *name* folds to another organisation's *code* takes
    // that code over, contrary to Lookups' "codes win over names" (see the report). Enable
    // when fixed.
    @Test
    func organisationCodeWinsOverAnotherOrganisationsName() throws {
        try withRegistry { registry, _ throws in
            let other = try registry.insert(Families.organisation, ["code": "SKRF", "name": "SKR", "kind": "annan"])
            let remiss = try registry.insert(Families.remiss, remissInput(["sender": "SKR"]))
            #expect(try registry.row("remiss", id: remiss)?["sender_id"] as Int64? == (try registry.organisationId("SKR")))
            #expect(other != (try registry.organisationId("SKR")))
        }
    }

    @Test func bodyIsFoundByIdShortNameNameOrAlias() throws {
        try withRegistry { registry, _ throws in
            let svn = try registry.insert(Families.body, ["kind": "samverkansnamnd", "name": "Samverkansnämnden", "short_name": "SVN"])
            let rpo = try registry.insert(Families.body, ["kind": "rpo", "name": "Regionalt programområde ögonsjukdomar",
                                                          "short_name": "RPO Ögonsjukdomar", "parent": "svn"])
            try registry.insert(Families.alias, ["body": "SVN", "alias": "Regionsjukvårdsnämnden", "kind": "tidigare_namn"])
            #expect(try registry.row("body", id: rpo)?["parent_id"] as Int64? == svn)

            let remiss = try registry.insert(Families.remiss, remissInput([
                "preparing": "rpo ögonsjukdomar; regionsjukvårdsnämnden; \(svn); SAMVERKANSNÄMNDEN"]))
            let assigned = try registry.read { db in
                try Int64.fetchAll(db, sql: "SELECT body_id FROM remiss_assignment WHERE remiss_id = ? ORDER BY body_id", arguments: [remiss])
            }
            #expect(assigned == [svn, rpo])

            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["preparing": "99"])) } == "preparing: unknown body id 99")
            let unknown = fieldError { try registry.insert(Families.remiss, remissInput(["preparing": "RPO Hud"])) }
            #expect(unknown?.hasPrefix("preparing: unknown body 'RPO Hud'") == true)
        }
    }

    @Test func renamedBodyKeepsItsFormerNameForLookups() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.body, ["kind": "samverkansnamnd", "name": "Regionsjukvårdsnämnden"])
            try registry.update(Families.body, id: id, ["name": "Samverkansnämnden"])
            let alias = try #require(try registry.read { db in
                try Row.fetchOne(db, sql: "SELECT alias, kind, valid_to FROM body_alias WHERE body_id = ?", arguments: [id])
            })
            #expect(alias["alias"] as String == "Regionsjukvårdsnämnden")
            #expect(alias["kind"] as String == "tidigare_namn")
            #expect(alias["valid_to"] as String == "2025-06-16")
            let remiss = try registry.insert(Families.remiss, remissInput(["preparing": "Regionsjukvårdsnämnden"]))
            #expect(try registry.read { db in
                try Int64.fetchOne(db, sql: "SELECT body_id FROM remiss_assignment WHERE remiss_id = ?", arguments: [remiss])
            } == id)
            // Renaming back and forth does not add the same former name twice.
            try registry.update(Families.body, id: id, ["name": "Regionsjukvårdsnämnden"])
            try registry.update(Families.body, id: id, ["name": "Samverkansnämnden"])
            #expect(try registry.count("body_alias") == 2)
        }
    }

    @Test func ambiguousBodyIsRefusedWithItsIds() throws {
        try withRegistry { registry, _ throws in
            let a = try registry.insert(Families.body, ["kind": "arbetsgrupp", "name": "Arbetsgrupp läkemedel", "host_region": "RÖ"])
            let b = try registry.insert(Families.body, ["kind": "arbetsgrupp", "name": "Arbetsgrupp läkemedel", "host_region": "RJL"])
            let message = fieldError { try registry.insert(Families.remiss, remissInput(["preparing": "arbetsgrupp läkemedel"])) }
            #expect(message == "preparing: body 'arbetsgrupp läkemedel' is ambiguous: it names bodies \(a), \(b); give the id")
            let id = try registry.insert(Families.remiss, remissInput(["preparing": "\(b)"]))
            #expect(try registry.count("remiss_assignment") == 1)
            #expect(id > 0)
        }
    }

    @Test func recordReferenceByIdOrCaseNumber() throws {
        try withRegistry { registry, _ throws in
            let remiss = try registry.insert(Families.remiss, remissInput(["case_number": "RÖ 2024-6246"]))
            let byId = try registry.insert(Families.permit, ["care_area": "Svåra brännskador", "holder": "RÖ", "status": "ansokt",
                                                             "remiss": "\(remiss)"])
            let byCase = try registry.insert(Families.permit, ["care_area": "Svåra hudsymtom", "holder": "RÖ", "status": "ansokt",
                                                               "remiss": "RÖ 2024–6246"])
            #expect(try registry.row("permit", id: byId)?["remiss_id"] as Int64? == remiss)
            #expect(try registry.row("permit", id: byCase)?["remiss_id"] as Int64? == remiss)
            #expect(fieldError { try registry.insert(Families.permit, ["care_area": "X", "holder": "RÖ", "status": "ansokt", "remiss": "77"]) }
                    == "remiss: unknown remiss id 77")
        }
    }

    // MARK: Dates

    @Test func deadlineBeforeReceiptIsRejected() throws {
        try withRegistry { registry, _ throws in
            let message = fieldError { try registry.insert(Families.remiss, remissInput(["received": "2025-05-02", "deadline": "2025-05-01"])) }
            #expect(message == "remiss: deadline 2025-05-01 is before received 2025-05-02")
            // The same day is fine.
            try registry.insert(Families.remiss, remissInput(["received": "2025-05-02", "deadline": "2025-05-02"]))
        }
    }

    @Test func daysThatDoNotExistAreRejected() throws {
        try withRegistry { registry, _ throws in
            for text in ["2025-02-29", "2025-2-1", "2025-06-31", "17/6 2025"] {
                let message = fieldError { try registry.insert(Families.remiss, remissInput(["received": text])) }
                #expect(message?.hasPrefix("remiss: received '\(text)' is not a valid date") == true, "\(text)")
            }
            try registry.insert(Families.remiss, remissInput(["received": "2024-02-29"]))
        }
    }

    @Test func updateIsCheckedAgainstTheStoredDates() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.remiss, remissInput())
            #expect(fieldError { try registry.update(Families.remiss, id: id, ["deadline": "2025-05-01"]) }
                    == "remiss: deadline 2025-05-01 is before received 2025-05-02")
            #expect(fieldError { try registry.update(Families.remiss, id: id, ["received": "2025-07-01"]) }
                    == "remiss: deadline 2025-06-13 is before received 2025-07-01")
            try registry.update(Families.remiss, id: id, ["deadline": "2025-06-20"])
            #expect(try registry.row("remiss", id: id)?["deadline_on"] as String? == "2025-06-20")
        }
    }

    // MARK: Case numbers

    @Test func caseNumberIsStoredAsWrittenWithItsParts() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.remiss, remissInput(["case_number": "SKR2024/01345"]))
            let row = try #require(try registry.row("remiss", id: id))
            #expect(row["case_number"] as String == "SKR2024/01345")
            #expect(row["case_issuer"] as String == "SKR")
            #expect(row["case_year"] as Int == 2024)
            #expect(row["case_serial"] as String == "01345")
            let bad = fieldError { try registry.insert(Families.remiss, remissInput(["case_number": "abc"])) }
            #expect(bad?.hasPrefix("remiss: case_number 'abc' is not a case number") == true)
        }
    }

    @Test func duplicateCaseNumberIsRefusedAlsoWrittenWithAnEnDash() throws {
        try withRegistry { registry, _ throws in
            let first = try registry.insert(Families.remiss, remissInput(["case_number": "RÖ 2024-6246"]))
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["case_number": "RÖ 2024-6246"])) }
                    == "duplicate case number 'RÖ 2024-6246': remiss \(first) already has it")
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["case_number": "RÖ 2024–6246"])) }
                    == "duplicate case number 'RÖ 2024–6246': remiss \(first) already has it (written 'RÖ 2024-6246')")
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["case_number": "rö 2024‑6246"])) }
                    == "duplicate case number 'rö 2024‑6246': remiss \(first) already has it (written 'RÖ 2024-6246')")
            // Another serial, or leading zeros, are another case.
            try registry.insert(Families.remiss, remissInput(["case_number": "RÖ 2024-06246"]))
            // A record keeps its own case number on update.
            try registry.update(Families.remiss, id: first, ["case_number": "RÖ 2024–6246"])
            #expect(try registry.count("remiss") == 2)
        }
    }

    // MARK: Update

    @Test func updateClearsAnOptionalFieldWithEmptyText() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.remiss, remissInput(["note": "ring SKR", "case_number": "RJL 2025/1044",
                                                                        "preparing": "", "sender_ref": "X1"]))
            try registry.update(Families.remiss, id: id, ["note": "", "case_number": " "])
            let row = try #require(try registry.row("remiss", id: id))
            #expect(row["note"] as String? == nil)
            #expect(row["case_number"] as String? == nil)
            #expect(row["case_issuer"] as String? == nil)
            #expect(row["case_year"] as Int? == nil)
            #expect(row["case_serial"] as String? == nil)
            #expect(row["sender_ref"] as String? == "X1")
        }
    }

    @Test func updateCannotClearARequiredField() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.remiss, remissInput())
            #expect(fieldError { try registry.update(Families.remiss, id: id, ["title": ""]) }
                    == "remiss: title is required and cannot be cleared")
            #expect(fieldError { try registry.update(Families.remiss, id: id, ["sender": " "]) }
                    == "remiss: sender is required and cannot be cleared")
            #expect(try registry.row("remiss", id: id)?["title"] as String? == "Vårdförlopp sepsis")
        }
    }

    @Test func updateOfAnUnknownRecordOrWithNothingIsRefused() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.remiss, remissInput())
            #expect(fieldError { try registry.update(Families.remiss, id: 99, ["note": "x"]) } == "unknown remiss id 99")
            #expect(fieldError { try registry.update(Families.remiss, id: id, [:]) }?.hasPrefix("nothing to update") == true)
            #expect(fieldError { try registry.update(Families.remiss, id: id, ["id": "5"]) } == "the id of a record cannot be changed")
        }
    }

    @Test func updateReplacesThePreparingBodies() throws {
        try withRegistry { registry, _ throws in
            let a = try registry.insert(Families.body, ["kind": "rpo", "name": "RPO A"])
            let b = try registry.insert(Families.body, ["kind": "rpo", "name": "RPO B"])
            let c = try registry.insert(Families.body, ["kind": "rpo", "name": "RPO C"])
            let id = try registry.insert(Families.remiss, remissInput(["preparing": "RPO A;RPO B"]))
            try registry.update(Families.remiss, id: id, ["preparing": "RPO B; RPO C"])
            let assigned = try registry.read { db in
                try Int64.fetchAll(db, sql: "SELECT body_id FROM remiss_assignment WHERE remiss_id = ? ORDER BY body_id", arguments: [id])
            }
            #expect(assigned == [b, c])
            #expect(!assigned.contains(a))
            try registry.update(Families.remiss, id: id, ["preparing": ""])
            #expect(try registry.count("remiss_assignment") == 0)
        }
    }

    // MARK: End

    @Test func endSetsTheDateAndWhatGoesWithIt() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.permit, ["care_area": "Svåra brännskador", "holder": "RÖ", "status": "i_drift",
                                                           "decided": "2024-03-01", "start": "2024-07-01"])
            try registry.end(Families.permit, id: id, on: "2025-06-01")
            let row = try #require(try registry.row("permit", id: id))
            #expect(row["end_on"] as String == "2025-06-01")
            #expect(row["status"] as String == "avslutat")
        }
    }

    @Test func endingTwiceIsRefused() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.permit, ["care_area": "Svåra brännskador", "holder": "RÖ", "status": "i_drift"])
            try registry.end(Families.permit, id: id, on: "2025-06-01")
            #expect(fieldError { try registry.end(Families.permit, id: id, on: "2025-06-02") }
                    == "NHV permit \(id) is already ended (end 2025-06-01)")
            #expect(try registry.row("permit", id: id)?["end_on"] as String? == "2025-06-01")
        }
    }

    @Test func endingARemissClosesItAndChecksTheDate() throws {
        try withRegistry { registry, _ throws in
            let id = try registry.insert(Families.remiss, remissInput())
            #expect(fieldError { try registry.end(Families.remiss, id: id, on: "2025-05-01") }
                    == "remiss: closed 2025-05-01 is before received 2025-05-02")
            #expect(fieldError { try registry.end(Families.remiss, id: id, on: "2025-05-32") }?.contains("is not a valid date") == true)
            try registry.end(Families.remiss, id: id, on: "2025-06-01")
            #expect(try registry.row("remiss", id: id)?["closed_on"] as String? == "2025-06-01")
            #expect(fieldError { try registry.end(Families.area, id: 1, on: "2025-06-01") }?.contains("cannot be ended") == true)
        }
    }

    // MARK: Text

    @Test func textWithControlCharactersIsRefused() throws {
        try withRegistry { registry, _ throws in
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["title": "Vård\u{07}förlopp"])) }
                    == "remiss: title contains a control character (U+0007)")
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["note": "a\u{1B}[31m"])) }
                    == "remiss: note contains a control character (U+001B)")
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["note": "a\u{7F}"])) }
                    == "remiss: note contains a control character (U+007F)")
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["title": "två\nrader"])) }
                    == "remiss: title contains a control character (U+000A); line breaks are allowed only in long texts")
            // Tabs are fine; long texts take line breaks.
            try registry.insert(Families.remiss, remissInput(["note": "a\tb"]))
            let permit = try registry.insert(Families.permit, ["care_area": "X", "holder": "RÖ", "status": "ansokt",
                                                               "consequence_analysis": "Rad ett\r\nRad två\n"])
            #expect(try registry.row("permit", id: permit)?["consequence_analysis"] as String? == "Rad ett\r\nRad två")
            #expect(fieldError { try registry.insert(Families.permit, ["care_area": "Y", "holder": "RÖ", "status": "ansokt",
                                                                       "consequence_analysis": "nul\u{0}"]) }
                    == "NHV permit: consequence_analysis contains a control character (U+0000)")
        }
    }

    @Test func overLongTextIsRefused() throws {
        try withRegistry { registry, _ throws in
            let atLimit = String(repeating: "a", count: RecordWriter.maxTextLength)
            try registry.insert(Families.remiss, remissInput(["title": atLimit]))
            let over = String(repeating: "a", count: RecordWriter.maxTextLength - 1) + "ö"
            #expect(fieldError { try registry.insert(Families.remiss, remissInput(["title": over])) }
                    == "remiss: title is too long (10001 bytes; at most 10000)")
            #expect(try registry.count("remiss") == 1)
        }
    }

    // MARK: Transactions

    @Test func failedWriteLeavesNoRowsAndNoAuditRows() throws {
        try withRegistry { registry, _ throws in
            let message = fieldError {
                try registry.write { db in
                    let writer = RecordWriter(family: Families.remiss, db: db, lookups: Lookups())
                    try writer.insert(remissInput(["title": "Första"]))
                    try writer.insert(remissInput(["title": "Andra", "preparing": ""]))
                    try writer.insert(remissInput(["title": "Tredje", "deadline": "2025-02-29"]))
                }
            }
            #expect(message?.contains("is not a valid date") == true)
            #expect(try registry.count("remiss") == 0)
            #expect(try registry.count("audit") == 0)
            #expect(try registry.count("search") == 0)
            #expect(try registry.read { db in try String.fetchOne(db, sql: "SELECT actor FROM audit_context") } == nil)
            // The next write starts the audit trail at 1 again: nothing was used up.
            try registry.insert(Families.remiss, remissInput())
            #expect(try registry.auditEntries().map(\.seq) == [1])
        }
    }

    @Test func constraintOfTheSchemaIsReportedWithTheFamily() throws {
        try withRegistry { registry, _ throws in
            try registry.insert(Families.remiss, remissInput(["sender_ref": "SKR2025/00294"]))
            let message = fieldError { try registry.insert(Families.remiss, remissInput(["sender_ref": "SKR2025/00294"])) }
            #expect(message == "duplicate: a remiss with the same sender, sender_ref already exists")
        }
    }

    // MARK: Responses

    private func remissWithResponse(_ registry: Registry) throws -> Int64 {
        try registry.insert(Families.remiss, remissInput(["received": "2025-05-02"]))
    }

    @Test func regionalResponseNeedsARegion() throws {
        try withRegistry { registry, _ throws in
            let remiss = try remissWithResponse(registry)
            #expect(fieldError { try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "region"]) }
                    == "remiss response: region is required when scope is region")
            let id = try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "region", "region": "RJL"])
            #expect(try registry.row("remiss_response", id: id)?["region_id"] as Int64? == (try registry.organisationId("RJL")))
        }
    }

    @Test func jointResponseHasNoRegion() throws {
        try withRegistry { registry, _ throws in
            let remiss = try remissWithResponse(registry)
            #expect(fieldError { try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "sosr", "region": "RÖ"]) }
                    == "remiss response: a joint (sosr) answer has no region; use --scope region")
            try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "sosr", "sent": "2025-05-20"])
        }
    }

    @Test func responseSentBeforeTheRemissWasReceivedIsRefused() throws {
        try withRegistry { registry, _ throws in
            let remiss = try remissWithResponse(registry)
            #expect(fieldError { try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "sosr", "sent": "2025-05-01"]) }
                    == "remiss response: sent 2025-05-01 is before the remiss was received (2025-05-02)")
            #expect(fieldError { try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "sosr", "approved": "2025-04-30"]) }
                    == "remiss response: approved 2025-04-30 is before the remiss was received (2025-05-02)")
            #expect(fieldError { try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "sosr",
                                                                         "approved": "2025-05-10", "sent": "2025-05-09"]) }
                    == "remiss response: sent 2025-05-09 is before approved 2025-05-10")
            // On update too: the stored remiss is looked up.
            let id = try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "sosr"])
            #expect(fieldError { try registry.update(Families.response, id: id, ["sent": "2025-04-01"]) }
                    == "remiss response: sent 2025-04-01 is before the remiss was received (2025-05-02)")
            #expect(try registry.count("remiss_response") == 1)
        }
    }

    @Test func decisionNotToAnswerIsNotSent() throws {
        try withRegistry { registry, _ throws in
            let remiss = try remissWithResponse(registry)
            #expect(fieldError { try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "sosr", "kind": "avstar",
                                                                         "sent": "2025-05-20"]) }
                    == "remiss response: a decision not to answer (avstar) is not sent")
        }
    }

    @Test func secondJointResponseToTheSameRemissIsRefused() throws {
        try withRegistry { registry, _ throws in
            let remiss = try remissWithResponse(registry)
            try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "sosr"])
            let message = fieldError { try registry.insert(Families.response, ["remiss": "\(remiss)", "scope": "sosr"]) }
            #expect(message == "remiss \(remiss) already has a joint (sosr) answer: response 1; correct it with `samreg response update 1`")
        }
    }
}
