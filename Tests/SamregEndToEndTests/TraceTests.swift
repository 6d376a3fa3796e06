import Foundation
import SamregTestSupport
import Testing

/// One matter, every case number (issue 9, point 11): `samreg trace NUMBER` takes any case
/// number a matter carries and shows the whole chain; `show` accepts any of a record's case
/// numbers or its name and names related records instead of showing ids. And the bodies
/// (point 10): every RPO, RSG and kunskapsråd the sources name, with file:line sources, and
/// the annual summary's counts.
@Suite("Trace and show by any case number")
struct TraceTests {
    /// The riksavtal matter's numbers as the documents write them (domain.md "Identifiers").
    static let riksavtalNumbers = ["SKR2024/01345", "RÖ 2024-6246", "RÖ 2024–6246", "rö 2024-6246", "SVN § 51-2024",
                                   "SVN §51/2024", "RJL 2024/2313", "SKR2025/00294"]

    func seeded() async throws -> Sandbox {
        try await Sandbox.fromFixture("trace-seeded") { box in
            await box.ok(["seed"])
        }
    }

    /// The records of `trace NUMBER --format json`: (family, id, date, title, case numbers).
    func chain(_ box: Sandbox, _ number: String, _ extra: [String] = [],
               sourceLocation: SourceLocation = #_sourceLocation) async throws -> [(family: String, id: Int64, date: String?, title: String, numbers: [String])] {
        let result = await box.ok(["trace", number, "--format", "json"] + extra, sourceLocation: sourceLocation)
        let top = try JSONValue.parse(result.stdout)
        guard case .object(let pairs) = top, case .array(let records)? = pairs.first(where: { $0.0 == "records" })?.1 else {
            Issue.record("not a trace: \(result)", sourceLocation: sourceLocation)
            return []
        }
        return try records.map { record in
            guard case .object(let fields) = record else { throw JSONValue.JSONError(message: "not an object") }
            let f = Dictionary(fields, uniquingKeysWith: { a, _ in a })
            var numbers: [String] = []
            if case .array(let refs)? = f["case_numbers"] {
                for ref in refs {
                    if case .object(let r) = ref, let written = r.first(where: { $0.0 == "written" })?.1.string,
                       let organisation = r.first(where: { $0.0 == "organisation" })?.1.string {
                        numbers.append("\(organisation): \(written)")
                    }
                }
            }
            return (try #require(f["family"]?.string), try #require(f["id"]?.int), f["date"]?.string,
                    try #require(f["title"]?.string), numbers)
        }
    }

    // MARK: trace

    @Test func everyNumberOfTheRiksavtalMatterGivesTheSameChain() async throws {
        let box = try await seeded()
        let reference = try await chain(box, "RÖ 2024-6246")
        let keys = reference.map { "\($0.family) \($0.id)" }
        for number in Self.riksavtalNumbers {
            let other = try await chain(box, number)
            #expect(other.map { "\($0.family) \($0.id)" } == keys, "trace '\(number)' gave another chain")
            // The table (the default) is the same chain too.
            let table = await box.ok(["trace", number])
            #expect(table.stdout == (await box.ok(["trace", "SKR2024/01345"])).stdout, "trace '\(number)' table differs")
        }
        // The whole chain: SKR's remiss, SVN's decision and the joint answer, SKR's decision,
        // RJL's committee decision and answer, the three regions' adoptions.
        let families = reference.map(\.family)
        #expect(families.filter { $0 == "remiss" }.count == 1)
        #expect(families.filter { $0 == "decision" }.count == 3)
        #expect(families.filter { $0 == "response" }.count == 2)
        #expect(families.filter { $0 == "adoption" }.count == 3)
        // In date order, undated last.
        let dates = reference.compactMap(\.date)
        #expect(dates == dates.sorted())
        #expect(reference.prefix(dates.count).allSatisfy { $0.date != nil })
        #expect(reference.first?.family == "remiss" && reference.first?.date == "2024-09-06")
        // Every organisation's case number, each under its organisation.
        let numbers = Set(reference.flatMap(\.numbers))
        for expected in ["SKR: SKR2024/01345", "RÖ: RÖ 2024-6246", "SVN: SVN § 51-2024", "RJL: RJL 2024/2313", "SKR: SKR2025/00294"] {
            #expect(numbers.contains(expected), "the chain lacks \(expected): \(numbers.sorted())")
        }
        let svn = try #require(reference.first { $0.numbers.contains("SVN: SVN § 51-2024") })
        #expect(svn.family == "decision" && svn.date == "2024-09-27")
        #expect(svn.title == "Yttrande över remiss Reviderat riksavtal för utomlänsvård")
    }

    @Test func theTableAndMarkdownShowEveryNumberAndTheTitles() async throws {
        let box = try await seeded()
        let table = await box.ok(["trace", "SVN § 51-2024"]).stdout
        for text in ["SKR2024/01345", "RÖ 2024-6246", "RÖ 2024–6246", "SVN § 51-2024", "RJL 2024/2313", "SKR2025/00294",
                     "Reviderat riksavtal för utomlänsvård", "Riksavtalet för utomlänsvård", "case_number"] {
            #expect(table.contains(text), "trace table lacks \(text):\n\(table)")
        }
        let md = await box.ok(["trace", "RJL 2024/2313", "--format", "md"]).stdout
        #expect(md.hasPrefix("# Ärende RJL 2024/2313"), "\(md)")
        for text in ["| Datum |", "Remiss", "Beslut", "SVN: SVN § 51-2024", "SKR: SKR2024/01345", "Region Jönköpings län"] {
            #expect(md.contains(text), "trace md lacks \(text):\n\(md)")
        }
    }

    @Test func anUnknownOrMalformedNumberIsAOneLineError() async throws {
        let box = try await seeded()
        try await box.expectRefused(["trace", "RKL 2001/1"], mentions: ["no record", "RKL 2001/1"])
        try await box.expectRefused(["trace", "SVN § 999-2024"], mentions: ["no record"])
        try await box.expectRefused(["trace", "  "], mentions: ["case number"])
        try await box.expectRefused(["trace", "Ingen sådan § 51-2024"], mentions: ["unknown body"])
        let badFormat = await box.run(["trace", "RÖ 2024-6246", "--format", "xml"])
        #expect(badFormat.exitCode != 0 && badFormat.stdout.isEmpty && badFormat.stderr.contains("xml"), "\(badFormat)")
    }

    /// A chain built through the command line, not the seed: a remiss from a ministry with
    /// its own reference, a joint answer, an approving recommendation with a paragraph, a
    /// region's adoption quoting its own case number, a permit from the remiss, a workload
    /// decision resting on the recommendation, and an unrelated matter beside it.
    @Test func aRecordedChainIsFoundFromEachOfItsNumbers() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        try await box.addRemiss(title: "Nationell högspecialiserad vård för Tapirsjukdom", sender: "S", category: "nhv",
                                received: "2025-01-10", deadline: "2025-03-31",
                                extra: ["--sender-ref", "S2025/00100", "--case-number", "RÖ 2025-0100"])
        try await box.addRemiss(title: "Annat ärende", received: "2025-01-11", deadline: "2025-03-31",
                                extra: ["--case-number", "RÖ 2025-0200"])
        await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-03-14", "--paragraph", "§ 12",
                      "--case-number", "RÖ 2025-0100", "--kind", "rekommendation", "--title", "Yttrande om Tapirsjukdom", "--remiss", "1"])
        await box.ok(["remiss", "respond", "1", "--scope", "sosr", "--approved-by", "SVN", "--decision", "1",
                      "--approved", "2025-03-14", "--sent", "2025-03-20", "--case-number", "RÖ 2025-0100"])
        await box.ok(["reference", "add", "--family", "decision", "--record", "1", "--written", "RKL 2025/77"])
        await box.ok(["adoption", "add", "--recommendation", "1", "--region", "RJL", "--outcome", "antagen",
                      "--reference", "§ 40, RJL 2025/300", "--decided", "2025-04-02"])
        await box.ok(["permit", "add", "--care-area", "Tapirsjukdom", "--holder", "RÖ", "--status", "ansokt",
                      "--applied", "2025-05-01", "--remiss", "1"])
        await box.ok(["workload", "add", "--specialty", "Tapirvård", "--status", "beslutad", "--decided-by", "SVN",
                      "--decision", "1", "--decided", "2025-03-14", "--performing-region", "RÖ"])
        await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-03-14", "--paragraph", "§ 13",
                      "--case-number", "RÖ 2025-0200", "--kind", "beslut", "--title", "Annat beslut", "--remiss", "2"])

        let expected = ["remiss 1", "decision 1", "workload 1", "response 1", "adoption 1", "permit 1"]
        for number in ["S2025/00100", "RÖ 2025-0100", "rö 2025-0100", "SVN § 12-2025", "RKL 2025/77", "RJL 2025/300"] {
            let records = try await chain(box, number)
            #expect(Set(records.map { "\($0.family) \($0.id)" }) == Set(expected), "trace '\(number)': \(records.map { "\($0.family) \($0.id)" })")
        }
        let other = try await chain(box, "SVN § 13-2025")
        #expect(other.map { "\($0.family) \($0.id)" }.sorted() == ["decision 2", "remiss 2"])
        // The adoption is named by what it adopts and carries the region's case number.
        let adoption = try #require(try await chain(box, "RJL 2025/300").first { $0.family == "adoption" })
        #expect(adoption.title.contains("Yttrande om Tapirsjukdom") && adoption.numbers == ["RJL: RJL 2025/300"])
    }

    @Test func sealedRecordsAreMaskedAndTheChainDoesNotPassThroughThem() async throws {
        let confidential = ConfidentialityTests()
        let box = try await confidential.registry()
        // The sealed remiss by its own case number (its registration): masked.
        let sealed = await box.ok(["trace", ConfidentialityTests.remissCaseNumber])
        confidential.expectNoSecret(sealed.stdout, "trace of the sealed remiss")
        #expect(sealed.stdout.contains("Sekretessmarkerad uppgift") && sealed.stdout.contains(ConfidentialityTests.remissCaseNumber), "\(sealed)")
        for format in ["json", "md"] {
            let out = await box.ok(["trace", ConfidentialityTests.remissCaseNumber, "--format", format]).stdout
            confidential.expectNoSecret(out, "trace --format \(format)")
        }
        // Numbers that are not its registration do not find it: the same answer as for none.
        for hidden in ["RJL 2025/4242", "SKR2025/09876"] {
            let byHidden = await box.run(["trace", hidden])
            #expect(!byHidden.succeeded && byHidden.stdout.isEmpty, "\(byHidden)")
            #expect(byHidden.stderr.contains("no record carries"), "\(byHidden)")
        }
        // A public recommendation: its sealed adoption (through RJL's sealed decision) is left out.
        let recommendation = await box.ok(["trace", "RÖ 2025-0500"]).stdout
        confidential.expectNoSecret(recommendation, "trace of the public recommendation")
        #expect(recommendation.contains("Rekommendation om vaccination"))
        // --include-confidential shows it all.
        var full = await box.ok(["trace", ConfidentialityTests.remissCaseNumber, "--include-confidential"]).stdout
        full += await box.ok(["trace", "RÖ 2025-0500", "--include-confidential", "--format", "json"]).stdout
        for secret in ["Kolibrivirus", "RJL 2025/4242", "Bäverfrågan", "Myrslok", "Pärlhöna", "Vombat"] {
            #expect(full.contains(secret), "trace --include-confidential lacks \(secret)")
        }
    }

    // MARK: show

    @Test func showFindsARecordByAnyOfItsCaseNumbersOrItsName() async throws {
        let box = try await seeded()
        for key in ["SKR2024/01345", "RÖ 2024–6246", "RJL 2024/2313", "SKR2025/00294", "reviderat RIKSAVTAL för utomlänsvård"] {
            #expect(try await box.show("remiss", key)["title"]?.string == "Reviderat riksavtal för utomlänsvård", "remiss show '\(key)'")
        }
        #expect(try await box.show("decision", "SVN § 51-2024")["paragraph"]?.string == "§ 51")
        #expect(try await box.show("decision", "SKR2025/00294")["title"]?.string == "Riksavtalet för utomlänsvård")
        #expect(try await box.show("body", "regionsjukvårdsnämnden")["short_name"]?.string == "SVN")
        // An unknown name is refused (ambiguous names: the next test).
        #expect(try await box.show("decision", "remiss: reviderat riksavtal för utomlänsvård")["case_number"]?.string == "RJL 2024/2313")
        try await box.expectRefused(["remiss", "show", "Ingen sådan remiss"], mentions: ["unknown remiss", "Ingen sådan remiss"])
    }

    @Test func anAmbiguousNameIsRefusedWithTheCandidatesNamed() async throws {
        let box = try await Sandbox()
        try await box.addRemiss(title: "Vårdförlopp sepsis", extra: ["--case-number", "RÖ 2025-0001"])
        try await box.addRemiss(title: "vårdförlopp SEPSIS", extra: ["--case-number", "RÖ 2025-0002"])
        let refused = try await box.expectRefused(["remiss", "show", "Vårdförlopp sepsis"], mentions: ["2 remiss", "RÖ 2025-0001", "RÖ 2025-0002"])
        #expect(refused.stderr.contains("Vårdförlopp sepsis (RÖ 2025-0001)"), "\(refused)")
    }

    @Test func showNamesRelatedRecordsInsteadOfShowingIds() async throws {
        let box = try await seeded()
        let decision = await box.ok(["decision", "show", "SVN § 51-2024"]).stdout
        let fields = Dictionary(decision.split(separator: "\n").compactMap { line -> (String, String)? in
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return (String(parts[0]), parts[1].trimmingCharacters(in: .whitespaces))
        }, uniquingKeysWith: { a, _ in a })
        #expect(fields["remiss"] == "Reviderat riksavtal för utomlänsvård (RÖ 2024-6246)", "\(decision)")
        #expect(fields["body"] == "SVN", "\(decision)")
        #expect(fields["meeting"]?.hasPrefix("SVN 2024-09-27") == true, "\(decision)")
        // The adoptions under it are listed by region, not by id.
        #expect(decision.contains("adoptions:") && decision.contains("RJL 2024/2313"), "\(decision)")
        let remiss = await box.ok(["remiss", "show", "SKR2024/01345"]).stdout
        #expect(remiss.contains("decisions:") && remiss.contains("Riksavtalet för utomlänsvård"), "\(remiss)")
        let response = await box.ok(["response", "show", "1"]).stdout
        #expect(response.contains("Reviderat riksavtal för utomlänsvård (RÖ 2024-6246)") && response.contains("SVN"), "\(response)")
        // No linked field is a bare number.
        for (text, linked) in [(decision, ["remiss", "body", "meeting"]), (response, ["remiss", "approved_by", "decision"])] {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ", omittingEmptySubsequences: true)
                if parts.count == 2, linked.contains(String(parts[0])) {
                    #expect(Int(parts[1]) == nil, "a bare id: \(line)")
                }
            }
        }
        // JSON keeps the ids: it is the import and export shape.
        #expect(try await box.show("decision", "SVN § 51-2024")["remiss"]?.int == 1)
    }

    // MARK: Bodies (point 10)

    @Test func theSeededBodiesCiteTheSourceDocumentsAndTheSummaryCountsThem() async throws {
        let box = try await seeded()
        for kind in ["rpo", "rsg", "kunskapsrad"] {
            let bodies = try await box.listJSON("body", ["--kind", kind])
            #expect(!bodies.isEmpty)
            for body in bodies {
                let fields = Dictionary(body, uniquingKeysWith: { a, _ in a })
                let source = fields["source"]?.string ?? ""
                #expect(source.range(of: #"^00[0-4]_[0-9a-f]{16}\.txt:[0-9]+"#, options: .regularExpression) != nil,
                        "\(kind) \(fields["name"]?.string ?? "?") cites '\(source)'")
                #expect(!source.contains("domain.md"))
                if kind == "rpo" {
                    // The sources do not say which kunskapsråd an RPO belongs to: no parent, and the note says so.
                    #expect(fields["parent"]?.isNull == true)
                    #expect(fields["note"]?.string?.contains("not stated in the sources") == true || fields["note"]?.string?.contains("unverified") == true)
                }
            }
        }
        #expect(try await box.listIds("body", ["--kind", "kunskapsrad"]).count == 4)
        #expect(try await box.listIds("body", ["--kind", "rpo"]).count == 26)
        let annual = await box.ok(["report", "annual", "--year", "2024", "--format", "md"]).stdout
        #expect(annual.contains("26 regionala programområden (RPO), 4 regionala samverkansgrupper (RSG) och 4 kunskapsråd, och värdskap för 4 nationella programområden (NPO)"), "\(annual)")
    }

    @Test func seedingCorrectsTheSourcesAnEarlierSeedGave() async throws {
        let box = try await seeded()
        // As an earlier version of the seed left them: the name's line in domain.md as source.
        let council = try #require(try await box.listIds("body", ["--kind", "kunskapsrad"]).first)
        await box.ok(["body", "update", String(council), "--source", "domain.md:17"])
        let rpo = try #require(try await box.listIds("body", ["--kind", "rpo"]).first)
        await box.ok(["body", "update", String(rpo), "--source", "domain.md:141"])
        await box.ok(["seed"])
        #expect(try await box.show("body", String(council))["source"]?.string == "003_2ec2799c06c93718.txt:1781")
        #expect(try await box.show("body", String(rpo))["source"]?.string == "003_2ec2799c06c93718.txt:1779")
        // A source corrected by hand is left alone.
        await box.ok(["body", "update", String(council), "--source", "Protokoll RSL 2024-05-02"])
        await box.ok(["seed"])
        #expect(try await box.show("body", String(council))["source"]?.string == "Protokoll RSL 2024-05-02")
        #expect(try await box.listIds("body", ["--kind", "kunskapsrad"]).count == 4)
        // The unnamed fourth kunskapsråd, once named, is not seeded again.
        let unnamed = try await box.show("body", "Kunskapsråd 4")
        let unnamedId = try #require(unnamed["id"]?.int)
        await box.ok(["body", "update", String(unnamedId), "--name", "Kunskapsråd Provnamn", "--short-name", "Kunskapsråd Provnamn"])
        await box.ok(["seed"])
        #expect(try await box.listIds("body", ["--kind", "kunskapsrad"]).count == 4)
    }

    @Test func theCountsFollowTheBodiesValidAtTheYearsEnd() async throws {
        let box = try await Sandbox()
        await box.ok(["body", "add", "--kind", "rpo", "--name", "RPO A", "--valid-from", "2023-01-01"])
        await box.ok(["body", "add", "--kind", "rpo", "--name", "RPO B", "--valid-from", "2025-02-01"])
        await box.ok(["body", "add", "--kind", "rsg", "--name", "RSG C", "--valid-from", "2020-01-01", "--valid-to", "2024-06-30"])
        await box.ok(["body", "add", "--kind", "rsg", "--name", "RSG D"])
        await box.ok(["body", "add", "--kind", "kunskapsrad", "--name", "Kunskapsråd E"])
        await box.ok(["body", "add", "--kind", "npo", "--name", "NPO F", "--hosted-by-sosr", "ja"])
        await box.ok(["body", "add", "--kind", "npo", "--name", "NPO G"])
        let y2024 = await box.ok(["report", "annual", "--year", "2024", "--format", "md"]).stdout
        #expect(y2024.contains("1 regionala programområden (RPO), 1 regionala samverkansgrupper (RSG) och 1 kunskapsråd, och värdskap för 1 nationella programområden (NPO)"), "\(y2024)")
        let y2025 = await box.ok(["report", "annual", "--year", "2025", "--format", "json"]).stdout
        #expect(y2025.contains("\"organ\""), "\(y2025)")
        let md2025 = await box.ok(["report", "annual", "--year", "2025", "--format", "md"], environment: ["SAMREG_TODAY": "2026-01-15"]).stdout
        #expect(md2025.contains("| Regionala programområden (RPO) | 2 |"), "\(md2025)")
        #expect(md2025.contains("| Regionala samverkansgrupper (RSG) | 1 |"), "\(md2025)")
    }
}
