import Foundation
import GRDB
import SamregTestSupport
import Testing

/// Recording what happens, through the real executable: remisser and their answers, NHV
/// permits, workload-division decisions and decisions, and finding them again.
@Suite("Recording flows")
struct RecordingFlowTests {
    @Test func seedingTwiceAddsNothingTheSecondTime() async throws {
        let box = try await Sandbox()
        let first = await box.ok(["seed"])
        #expect(first.stdout.hasPrefix("seeded: ") || first.stdout.contains("nothing to add"), "\(first)")
        let afterFirst = try box.dump()
        let second = await box.ok(["seed"])
        #expect(second.stdout.contains("nothing to add"), "\(second)")
        let afterSecond = try box.dump()
        #expect(afterSecond == afterFirst, "\(firstDifference(afterSecond, afterFirst))")
        await box.ok(["check"])
        await box.ok(["audit", "verify"])
    }

    @Test func remissWithPreparingBodiesIsRecordedAndFoundByThem() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        let id = try await box.addRemiss(title: "Vårdförlopp sepsis", extra: [
            "--sender-ref", "SKR2025/00294", "--case-number", "RJL 2025/1044",
            "--preparing", "RPO Ögon", "--preparing", "RSG Läkemedel", "--responsible", "Anna Andersson"])
        #expect(id == 1)
        let remiss = try await box.show("remiss", "1")
        #expect(remiss["title"]?.string == "Vårdförlopp sepsis")
        #expect(remiss["sender"]?.string == "SKR")
        #expect(remiss["sender_ref"]?.string == "SKR2025/00294")
        #expect(remiss["preparing"]?.string == "2;3")
        #expect(remiss["status"]?.string == "oppen")
        #expect(remiss["joint"]?.int == 1)
        #expect(try await box.listIds("remiss", ["--body", "RSG Läkemedel"]) == [1])
        #expect(try await box.listIds("remiss", ["--body", "SVN"]) == [])
        // Taking a body off the remiss.
        await box.ok(["remiss", "update", "1", "--preparing", "RSG Läkemedel"])
        #expect(try await box.show("remiss", "1")["preparing"]?.string == "3")
        #expect(try await box.listIds("remiss", ["--body", "RPO Ögon"]) == [])
    }

    @Test func jointAnswerMakesTheRemissAnswered() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        try await box.addRemiss(received: "2024-06-01", deadline: "2024-10-31", extra: ["--case-number", "RÖ 2024-6246"])
        #expect(try await box.show("remiss", "1")["status"]?.string == "forsenad")
        let decision = await box.ok(["decision", "add", "--body", "SVN", "--date", "2024-10-18", "--paragraph", "§ 51",
                                     "--case-number", "RÖ 2024-6246", "--kind", "yttrande",
                                     "--title", "Yttrande över reviderat riksavtal", "--remiss", "RÖ 2024–6246"])
        #expect(box.recordedId(decision) == 1)
        let response = await box.ok(["remiss", "respond", "RÖ 2024-6246", "--scope", "sosr", "--approved-by", "SVN",
                                     "--decision", "1", "--approved", "2024-10-18", "--sent", "2024-10-21",
                                     "--position", "tillstyrker"])
        #expect(response.stdout.contains("remiss response 1 recorded"), "\(response)")
        let remiss = try await box.show("remiss", "1")
        #expect(remiss["status"]?.string == "besvarad")
        #expect(remiss["answered"]?.string == "2024-10-21")
        let answers = try await box.listJSON("response", ["--remiss", "1"])
        try #require(answers.count == 1)
        let answer = Dictionary(answers[0], uniquingKeysWith: { a, _ in a })
        #expect(answer["scope"]?.string == "sosr")
        #expect(answer["region"]?.isNull == true)
        #expect(answer["kind"]?.string == "yttrande")
        #expect(answer["approved_by"]?.int == 1)
        #expect(answer["decision"]?.int == 1)
        #expect(try await box.listIds("decision", ["--remiss", "1"]) == [1])
        // Each region may answer as well; one region may decide not to.
        await box.ok(["remiss", "respond", "1", "--scope", "region", "--region", "RJL", "--sent", "2024-11-27"])
        await box.ok(["remiss", "respond", "1", "--scope", "region", "--region", "RKL", "--kind", "avstar"])
        #expect(try await box.listIds("response", ["--remiss", "1", "--scope", "region"]) == [2, 3])
        #expect(try await box.show("remiss", "1")["status"]?.string == "besvarad")
    }

    @Test func decisionNotToAnswerAndWithdrawnAnswerChangeTheStatus() async throws {
        let box = try await Sandbox()
        try await box.addRemiss(received: "2025-05-02", deadline: "2025-06-13")
        await box.ok(["remiss", "respond", "1", "--scope", "sosr", "--sent", "2025-06-10"])
        #expect(try await box.show("remiss", "1")["status"]?.string == "besvarad")
        await box.ok(["response", "end", "1", "--on", "2025-06-16"])
        #expect(try await box.show("remiss", "1")["status"]?.string == "forsenad")
        await box.ok(["remiss", "respond", "1", "--scope", "region", "--region", "RÖ", "--kind", "avstar"])
        #expect(try await box.show("remiss", "1")["status"]?.string == "avstar")
    }

    @Test func permitIsRecordedAndEndingItSetsStatusAvslutat() async throws {
        let box = try await Sandbox()
        let added = await box.ok(["permit", "add", "--care-area", "Svåra brännskador", "--holder", "RÖ",
                                  "--unit", "Universitetssjukhuset i Linköping", "--status", "i_drift",
                                  "--decided", "2023-12-01", "--start", "2024-07-01", "--case-number", "SoS 2023/4512"])
        #expect(added.stdout.contains("NHV permit 1 recorded"), "\(added)")
        await box.ok(["permit", "add", "--care-area", "Ögononkologi", "--holder", "RJL", "--status", "ansokt",
                      "--applied", "2025-03-01"])
        #expect(try await box.listIds("permit", ["--status", "i_drift"]) == [1])
        #expect(try await box.listIds("permit", ["--holder", "RJL"]) == [2])
        let ended = await box.ok(["permit", "end", "1", "--on", "2025-06-30"])
        #expect(ended.stdout.contains("NHV permit 1 ended"), "\(ended)")
        let permit = try await box.show("permit", "1")
        #expect(permit["status"]?.string == "avslutat")
        #expect(permit["end"]?.string == "2025-06-30")
        #expect(try await box.listIds("permit", ["--status", "avslutat"]) == [1])
        // Ended once is ended: a second end is refused.
        try await box.expectRefused(["permit", "end", "1", "--on", "2025-07-01"], mentions: ["already ended"])
        // `end` without --on uses today.
        await box.ok(["permit", "end", "2"])
        #expect(try await box.show("permit", "2")["end"]?.string == testToday)
    }

    /// `remiss show` lists the records pointing at it (`Family.Traits.related`): its answers,
    /// decisions and the permits applied for in response to it.
    @Test func remissShowListsThePermitsConcerningIt() async throws {
        let box = try await Sandbox()
        let id = try await box.addRemiss(title: "Nationell högspecialiserad vård: brännskador")
        await box.ok(["permit", "add", "--care-area", "Svåra brännskador", "--holder", "RÖ", "--status", "ansokt",
                      "--applied", "2025-03-01", "--remiss", String(id)])
        await box.ok(["permit", "add", "--care-area", "Ögononkologi", "--holder", "RJL", "--status", "ansokt",
                      "--applied", "2025-03-01"])
        #expect(try await box.listIds("permit", ["--remiss", String(id)]) == [1])
        let shown = await box.ok(["remiss", "show", String(id)]).stdout
        #expect(shown.contains("Svåra brännskador"), "\(shown)")
        #expect(!shown.contains("Ögononkologi"), "\(shown)")
    }

    @Test func workloadDecisionIsRecordedAndEnded() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        await box.ok(["decision", "add", "--body", "SVN", "--date", "2024-03-15", "--paragraph", "§ 12", "--kind", "beslut",
                      "--title", "Arbetsfördelning urologi"])
        let added = await box.ok(["workload", "add", "--specialty", "urologi", "--status", "beslutad",
                                  "--decided-by", "SVN", "--decision", "1", "--sending-region", "RKL",
                                  "--performing-region", "RÖ", "--performing-unit", "Urologiska kliniken US",
                                  "--decided", "2024-03-15", "--effective", "2024-09-01"])
        #expect(added.stdout.contains("workload-division decision 1 recorded"), "\(added)")
        await box.ok(["workload", "add", "--specialty", "ögonsjukvård", "--status", "utredning", "--performing-region", "RJL"])
        #expect(try await box.listIds("workload", ["--region", "RKL"]) == [1])
        #expect(try await box.listIds("workload", ["--specialty", "Urologi"]) == [1])
        #expect(try await box.listIds("workload", ["--status", "utredning"]) == [2])
        await box.ok(["workload", "end", "1", "--on", "2025-05-31"])
        let workload = try await box.show("workload", "1")
        #expect(workload["status"]?.string == "avslutad")
        #expect(workload["ended"]?.string == "2025-05-31")
        #expect(workload["decided_by"]?.int == 1)
        #expect(workload["decision"]?.int == 1)
    }

    @Test func decisionLinkedToTheRemissIsListedWithIt() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        try await box.addRemiss(extra: ["--case-number", "RJL 2025/1044"])
        try await box.addRemiss(title: "Annan remiss", extra: ["--case-number", "RJL 2025/2000"])
        await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-06-10", "--paragraph", "§ 51",
                      "--kind", "yttrande", "--title", "Yttrande sepsis", "--remiss", "RJL 2025/1044",
                      "--text", "Samverkansnämnden beslutar\natt tillstyrka förslaget."])
        await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-06-10", "--paragraph", "§ 52",
                      "--kind", "information", "--title", "Information"])
        #expect(try await box.listIds("decision", ["--remiss", "1"]) == [1])
        #expect(try await box.listIds("decision", ["--remiss", "2"]) == [])
        let decision = try await box.show("decision", "1")
        #expect(decision["remiss"]?.int == 1)
        #expect(decision["body_name"]?.string == "Samverkansnämnden")
        #expect(decision["text"]?.string == "Samverkansnämnden beslutar\natt tillstyrka förslaget.")
        #expect(decision["final"]?.string == "ja")
        #expect(try await box.listIds("decision", ["--body", "SVN", "--year", "2025", "--kind", "yttrande"]) == [1])
        // The decision is found by full-text search, diacritics optional.
        let search = await box.ok(["search", "tillstyrka", "forslaget", "--format", "json"])
        let hits = try JSONValue.parse(search.stdout).objects()
        #expect(hits.count == 1)
        #expect(hits.first.map { Dictionary($0, uniquingKeysWith: { a, _ in a }) }?["family"]?.string == "decision")
    }

    /// Six remisser on 2025-06-17: 1 overdue, 2 open and due in 13 days, 3 open and due in
    /// autumn, 4 answered (2024), 5 closed, 6 declined.
    func remissList() async throws -> Sandbox {
        try await Sandbox.fromFixture("remiss-list") { box in
            try await box.addRemiss(title: "Ett", category: "kunskapsstyrning", received: "2025-05-02", deadline: "2025-06-13")
            try await box.addRemiss(title: "Två", category: "nhv", received: "2025-06-01", deadline: "2025-06-30")
            try await box.addRemiss(title: "Tre", sender: "S", category: "myndighet", received: "2025-06-10", deadline: "2025-09-30")
            try await box.addRemiss(title: "Fyra", category: "kunskapsstyrning", received: "2024-10-01", deadline: "2024-11-15")
            await box.ok(["remiss", "respond", "4", "--scope", "sosr", "--sent", "2024-11-10"])
            try await box.addRemiss(title: "Fem", sender: "SoS", category: "myndighet", received: "2025-03-01", deadline: "2025-04-01")
            await box.ok(["remiss", "end", "5", "--on", "2025-03-15"])
            try await box.addRemiss(title: "Sex", category: "nhv", received: "2025-04-01", deadline: "2025-07-15")
            await box.ok(["remiss", "respond", "6", "--scope", "sosr", "--kind", "avstar"])
        }
    }

    @Test func listFiltersReturnTheRightRemisser() async throws {
        let box = try await remissList()
        // Ordered by deadline: 4 (2024-11-15), 5 (04-01), 1 (06-13), 2 (06-30), 6 (07-15), 3 (09-30).
        #expect(try await box.listIds("remiss") == [4, 5, 1, 2, 6, 3])
        #expect(try await box.listIds("remiss", ["--category", "kunskapsstyrning"]) == [4, 1])
        #expect(try await box.listIds("remiss", ["--category", "nhv"]) == [2, 6])
        #expect(try await box.listIds("remiss", ["--status", "forsenad"]) == [1])
        #expect(try await box.listIds("remiss", ["--status", "oppen"]) == [2, 3])
        #expect(try await box.listIds("remiss", ["--status", "besvarad"]) == [4])
        #expect(try await box.listIds("remiss", ["--status", "stangd"]) == [5])
        #expect(try await box.listIds("remiss", ["--status", "avstar"]) == [6])
        #expect(try await box.listIds("remiss", ["--open"]) == [1, 2, 3])
        #expect(try await box.listIds("remiss", ["--open", "--due-within", "14"]) == [1, 2])
        #expect(try await box.listIds("remiss", ["--due-within", "14"]) == [4, 5, 1, 2])
        #expect(try await box.listIds("remiss", ["--year", "2024"]) == [4])
        #expect(try await box.listIds("remiss", ["--year", "2025", "--category", "myndighet"]) == [5, 3])
        #expect(try await box.listIds("remiss", ["--sender", "Socialdepartementet"]) == [3])
        #expect(try await box.listIds("remiss", ["--due-before", "2025-06-30", "--due-after", "2025-06-13"]) == [1, 2])
        #expect(try await box.listIds("remiss", ["--open", "--limit", "2"]) == [1, 2])
        // Statuses are judged on --as-of: on 2025-06-01 remiss 1 was not yet overdue.
        #expect(try await box.listIds("remiss", ["--status", "forsenad", "--as-of", "2025-06-01"]) == [])
        #expect(try await box.listIds("remiss", ["--status", "forsenad", "--as-of", "2025-07-01"]) == [1, 2])
    }

    @Test func todayComesFromSamregToday() async throws {
        let box = try await remissList()
        let late = await box.ok(["remiss", "list", "--format", "json", "--status", "forsenad"],
                          environment: ["SAMREG_TODAY": "2025-10-01"])
        let ids = try JSONValue.parse(late.stdout).objects().compactMap { $0.first { $0.0 == "id" }?.1.int }
        #expect(ids == [1, 2, 3])
    }

    @Test(arguments: ["remiss", "permit", "workload", "decision", "response", "body", "org", "meeting", "alias"])
    func jsonListKeysEqualTheCSVHeaderInOrder(family: String) async throws {
        let box = try await Sandbox()
        await box.addBodies()
        try await box.addRemiss(extra: ["--case-number", "RJL 2025/1044", "--preparing", "SVN"])
        await box.ok(["remiss", "respond", "1", "--scope", "sosr", "--approved-by", "SVN"])
        await box.ok(["permit", "add", "--care-area", "Svåra brännskador", "--holder", "RÖ", "--status", "ansokt"])
        await box.ok(["workload", "add", "--specialty", "urologi", "--status", "utredning"])
        await box.ok(["meeting", "add", "--body", "SVN", "--date", "2025-06-10", "--place", "Linköping"])
        await box.ok(["decision", "add", "--body", "SVN", "--meeting", "1", "--date", "2025-06-10", "--kind", "beslut", "--title", "B"])
        await box.ok(["alias", "add", "--body", "SVN", "--alias", "Regionsjukvårdsnämnden"])

        let csv = await box.ok([family, "list", "--format", "csv"])
        let header = csvHeader(csv.stdout)
        let objects = try await box.listJSON(family)
        #expect(!objects.isEmpty)
        for object in objects {
            #expect(object.map(\.0) == header)
        }
        #expect(header.first == "id")
        // `show` and `export` use the same columns.
        let shown = await box.ok([family, "show", "1", "--format", "csv"])
        #expect(csvHeader(shown.stdout) == header)
        let exported = await box.ok(["export", family, "--format", "csv"])
        #expect(csvHeader(exported.stdout) == header)
    }

    @Test func everyFamilysCSVHeaderIsTheColumnListInItsHelp() async throws {
        let box = try await Sandbox()
        for family in HelpTests.families {
            let help = await box.run([family, "list", "--help"], db: .none)
            // The column list may be wrapped over several lines: read up to the blank line.
            let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let marker = "Columns (JSON keys and CSV header):"
            let start = try #require(lines.firstIndex { $0.contains(marker) }, "no column list in `\(family) list --help`")
            var text = lines[start].components(separatedBy: marker)[1]
            var i = start + 1
            while i < lines.count, !lines[i].trimmingCharacters(in: .whitespaces).isEmpty {
                text += " " + lines[i]
                i += 1
            }
            let helpColumns = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let csv = await box.ok([family, "list", "--format", "csv"])
            let header = csvHeader(csv.stdout)
            #expect(header == helpColumns, "\(family)")
            #expect(header.first == "id", "\(family)")
        }
    }

    @Test func showFindsARecordByIdOrByCaseNumberAsWrittenAnyWay() async throws {
        let box = try await Sandbox()
        try await box.addRemiss(title: "Reviderat riksavtal", received: "2024-06-01", deadline: "2024-10-31",
                          extra: ["--case-number", "RÖ 2024–6246"])
        try await box.addRemiss(title: "Annan", extra: ["--case-number", "RJL 2025/1044"])
        #expect(try await box.show("remiss", "1")["title"]?.string == "Reviderat riksavtal")
        #expect(try await box.show("remiss", "RÖ 2024-6246")["id"]?.int == 1)
        #expect(try await box.show("remiss", "RÖ 2024–6246")["id"]?.int == 1)
        #expect(try await box.show("remiss", "RJL 2025/1044")["id"]?.int == 2)
        // The case number is kept as it was written.
        #expect(try await box.show("remiss", "1")["case_number"]?.string == "RÖ 2024–6246")
        // Organisations are shown by code.
        #expect(try await box.show("org", "SKR")["name"]?.string == "Sveriges Kommuner och Regioner")
        let table = await box.ok(["remiss", "show", "RJL 2025/1044"])
        #expect(table.stdout.contains("title") && table.stdout.contains("Annan"), "\(table)")
    }

    @Test func updateClearsAnOptionalFieldButNotARequiredOne() async throws {
        let box = try await Sandbox()
        try await box.addRemiss(extra: ["--note", "Att göra", "--sender-ref", "SKR2025/00294"])
        await box.ok(["remiss", "update", "1", "--note", ""])
        #expect(try await box.show("remiss", "1")["note"]?.isNull == true)
        #expect(try await box.show("remiss", "1")["sender_ref"]?.string == "SKR2025/00294")
        try await box.expectRefused(["remiss", "update", "1", "--title", ""], mentions: ["title", "required"])
        try await box.expectRefused(["remiss", "update", "1"], mentions: ["nothing to update"])
    }

    @Test func writesGoToTheDatabaseNamedBySamregDBWhenNoDbOptionIsGiven() async throws {
        let box = try await Sandbox()
        let env: [String: String?] = ["SAMREG_DB": box.db]
        let added = await box.ok(["remiss", "add", "--title", "Via miljön", "--sender", "SKR", "--category", "nhv",
                                  "--received", "2025-05-02", "--deadline", "2025-06-13"], db: .none, environment: env)
        #expect(box.recordedId(added) == 1)
        #expect(try await box.show("remiss", "1")["title"]?.string == "Via miljön")
        // --db wins over SAMREG_DB.
        let other = box.path("annan.sqlite")
        await box.ok(["init"], db: .file(other))
        await box.ok(["remiss", "add", "--title", "Via flaggan", "--sender", "SKR", "--category", "nhv",
                      "--received", "2025-05-02", "--deadline", "2025-06-13"], db: .file(other), environment: env)
        #expect(try await box.listIds("remiss") == [1])
        let otherList = await box.ok(["remiss", "list", "--format", "csv"], db: .file(other))
        #expect(otherList.stdout.contains("Via flaggan"))
    }
}
