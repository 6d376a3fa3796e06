import Foundation
import SamregTestSupport
import Testing

/// Sekretess through every output (docs/data-safety.md, "Sekretess / confidentiality"): a
/// confidential remiss, and the records that are part of it or about it, show only their
/// registration (date, case number, sender) in `list` and `show`, are left out of exports,
/// reports and search, and are masked in the audit log, unless --include-confidential is
/// given. Each test checks one output through the executable, and that the opt-in flag does
/// show the secret (so that a test that passes because the secret was never there fails).
@Suite("Confidential records in every output")
struct ConfidentialityTests {
    /// Every secret the fixture records, one distinctive word or case number each.
    static let secrets = [
        "Kolibrivirus",        // the confidential remiss's title
        "Tapirprojekt",        // its note
        "SKR2025/09876",       // its sender's reference
        "Handläggarsson",      // its responsible official
        "Myrorna",             // its source
        "Lodjursförslaget",    // the answer's position and note
        "RJL 2025/4242",       // a further case number of the remiss
        "Bäverfrågan",         // the decision about the remiss: title and text
        "Myrslok",             // a permit from the remiss
        "Pärlhöna",            // a workload decision resting on the decision
        "Vombat",              // a region's confidential decision adopting a recommendation, and the adoption's reference
    ]

    /// The confidential remiss's registration: what stays public.
    static let remissCaseNumber = "RÖ 2025-7777"
    static let remissReceived = "2025-03-03"
    static let decisionCaseNumber = "RÖ 2025-7778"

    static let families = ["org", "body", "alias", "area", "person", "membership", "meeting", "decision", "reference",
                           "remiss", "response", "permit", "goal", "workload", "flow", "contract", "price", "indicator",
                           "indicator-value", "adoption", "narrative"]

    /// Ids in the fixture (fixed by the order it is built in).
    enum Id {
        static let remiss = "1"
        static let publicRemiss = "2"
        static let decision = "1"
        static let recommendation = "2"
        static let regionDecision = "3"
        static let response = "1"
        static let reference = "2"
        static let permit = "1"
        static let workload = "1"
        static let adoption = "1"
    }

    /// A registry with the confidential remiss and everything linked to it, and a public
    /// remiss beside it.
    func registry() async throws -> Sandbox {
        try await Sandbox.fromFixture("confidentiality") { box in
            await box.addBodies()
            let remiss = try await box.addRemiss(
                title: "Hemlig remiss om Kolibrivirus", sender: "SKR", category: "nhv",
                received: Self.remissReceived, deadline: "2025-04-30",
                extra: ["--sender-ref", "SKR2025/09876", "--case-number", Self.remissCaseNumber, "--confidential", "ja",
                        "--note", "Notering om Tapirprojekt", "--responsible", "Hemliga Handläggarsson",
                        "--preparing", "RPO Ögon", "--source", "Brev från Myrorna"])
            #expect(remiss == 1)
            try await box.addRemiss(title: "Öppen remiss om vårdförlopp", received: "2025-05-02", deadline: "2025-06-30",
                                    extra: ["--case-number", "RÖ 2025-1000"])
            await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-04-10", "--paragraph", "§ 31",
                          "--case-number", Self.decisionCaseNumber, "--kind", "yttrande", "--title", "Yttrande över Bäverfrågan",
                          "--text", "Beslutstext om Bäverfrågan", "--remiss", Id.remiss])
            await box.ok(["remiss", "respond", Id.remiss, "--scope", "sosr", "--approved-by", "SVN", "--decision", Id.decision,
                          "--approved", "2025-04-10", "--sent", "2025-04-15", "--case-number", "RÖ 2025-7779",
                          "--position", "Avstyrker Lodjursförslaget", "--note", "Svaret om Lodjursförslaget"])
            // A public further case number first, so that ids and record ids differ.
            await box.ok(["reference", "add", "--family", "remiss", "--record", Id.publicRemiss, "--written", "SKR2025/00001"])
            await box.ok(["reference", "add", "--family", "remiss", "--record", Id.remiss, "--written", "RJL 2025/4242"])
            await box.ok(["permit", "add", "--care-area", "Vårdområde Myrslok", "--holder", "RÖ", "--status", "ansokt",
                          "--applied", "2025-04-20", "--remiss", Id.remiss])
            await box.ok(["workload", "add", "--specialty", "Pärlhöna", "--status", "beslutad", "--decided-by", "SVN",
                          "--decision", Id.decision, "--decided", "2025-04-10", "--performing-region", "RÖ"])
            // A public recommendation that RJL adopted by a confidential decision of its own.
            await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-02-01", "--paragraph", "§ 5",
                          "--case-number", "RÖ 2025-0500", "--kind", "rekommendation", "--title", "Rekommendation om vaccination"])
            await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-03-01", "--case-number", "RJL 2025/5555",
                          "--kind", "beslut", "--title", "Regionbeslut om Vombat", "--confidential", "ja"])
            await box.ok(["adoption", "add", "--recommendation", Id.recommendation, "--region", "RJL", "--outcome", "antagen",
                          "--decision", Id.regionDecision, "--reference", "§ 9, Vombatreferens", "--decided", "2025-03-01"])
        }
    }

    func expectNoSecret(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for secret in Self.secrets {
            #expect(!text.contains(secret), "\(what) shows the secret '\(secret)':\n\(text)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Reports

    static let reports: [[String]] = [
        ["annual", "--year", "2025"], ["remisser"], ["permits"], ["workload"], ["flows", "--year", "2025"],
        ["indicators", "--period", "2025"],
    ]

    /// Which secret each report kind shows with --include-confidential (none for the reports
    /// that hold no records that can be confidential).
    static let reportShows: [String: String] = [
        "annual": "Bäverfrågan", "remisser": "Kolibrivirus", "permits": "Myrslok", "workload": "Pärlhöna",
    ]

    @Test(arguments: ["md", "html", "csv", "json"])
    func reportsLeaveSealedRecordsOut(format: String) async throws {
        let box = try await registry()
        for kind in Self.reports {
            let report = await box.ok(["report"] + kind + ["--format", format])
            expectNoSecret(report.stdout, "report \(kind[0]) --format \(format)")
            let full = await box.ok(["report"] + kind + ["--format", format, "--include-confidential"])
            if let secret = Self.reportShows[kind[0]] {
                #expect(full.stdout.contains(secret), "report \(kind[0]) --format \(format) --include-confidential lacks \(secret)")
            }
        }
    }

    @Test func theAnnualReportMasksARegionsConfidentialAdoption() async throws {
        let box = try await registry()
        let report = await box.ok(["report", "annual", "--year", "2025", "--format", "csv"])
        // The CSV report has one line per cell: section, table, row, column, value.
        let cells = report.stdout.split(separator: "\n").filter { $0.hasPrefix("samverkansnamnden,rekommendationer,1,") }
        #expect(cells.contains("samverkansnamnden,rekommendationer,1,rekommendation,Rekommendation om vaccination"), "\(cells)")
        #expect(cells.contains("samverkansnamnden,rekommendationer,1,RJL,Sekretessmarkerad uppgift"), "\(cells)")
        #expect(cells.contains("samverkansnamnden,rekommendationer,1,RÖ,Pågående"), "\(cells)")
        // Samverkansnämnden's decisions leave out the decision about the confidential remiss.
        #expect(!report.stdout.contains(Self.decisionCaseNumber))
        let full = await box.ok(["report", "annual", "--year", "2025", "--format", "csv", "--include-confidential"])
        #expect(full.stdout.contains("Antagen (§ 9, Vombatreferens, 2025-03-01)"))
    }

    // MARK: Export

    @Test func exportsLeaveSealedRecordsOut() async throws {
        let box = try await registry()
        var full = ""
        for family in Self.families {
            for format in ["csv", "json"] {
                let export = await box.ok(["export", family, "--format", format])
                expectNoSecret(export.stdout, "export \(family) --format \(format)")
                full += await box.ok(["export", family, "--format", format, "--include-confidential"]).stdout
            }
        }
        for secret in Self.secrets {
            #expect(full.contains(secret), "export --include-confidential lacks \(secret)")
        }
        // What is exported is whole without the sealed records: it imports into a new registry
        // (no public record points to one that was left out).
        let target = try await Sandbox()
        for family in ["org", "body", "alias", "area", "person", "membership", "meeting", "remiss", "permit", "workload",
                       "decision", "reference", "response", "goal", "flow", "contract", "price", "indicator",
                       "indicator-value", "adoption", "narrative"] {
            let file = box.path("\(family).json")
            await box.ok(["export", family, "--format", "json", "--out", file])
            await target.ok(["import", family, file])
        }
        #expect(try await target.listIds("remiss") == [2])
        // The public remiss and the public recommendation are exported.
        let remisser = await box.ok(["export", "remiss", "--format", "csv"]).stdout
        #expect(remisser.contains("Öppen remiss om vårdförlopp"))
        #expect(await box.ok(["export", "decision", "--format", "csv"]).stdout.contains("Rekommendation om vaccination"))
    }

    // MARK: List

    @Test func listsShowTheRegistrationOnly() async throws {
        let box = try await registry()
        var full = ""
        for family in Self.families {
            for format in ["table", "csv", "json"] {
                let list = await box.ok([family, "list", "--format", format])
                expectNoSecret(list.stdout, "\(family) list --format \(format)")
                full += await box.ok([family, "list", "--format", format, "--include-confidential"]).stdout
            }
        }
        for secret in Self.secrets {
            #expect(full.contains(secret), "list --include-confidential lacks \(secret)")
        }
        // The registration of the confidential remiss and of the decision about it is public.
        let remiss = await box.ok(["remiss", "list", "--format", "csv"]).stdout
        let line = try #require(remiss.split(separator: "\n").first { $0.hasPrefix("1,") })
        #expect(line.contains("Sekretessmarkerad uppgift,SKR,"), "\(line)")
        #expect(line.contains(Self.remissReceived) && line.contains(Self.remissCaseNumber), "\(line)")
        let decisions = await box.ok(["decision", "list"]).stdout
        #expect(decisions.contains(Self.decisionCaseNumber) && decisions.contains("2025-04-10"), "\(decisions)")
    }

    @Test func filtersOnMaskedFieldsDoNotFindSealedRecords() async throws {
        let box = try await registry()
        // The remiss is prepared by RPO Ögon and is an nhv remiss: neither may be learnt by filtering.
        #expect(try await box.listIds("remiss", ["--body", "RPO Ögon"]) == [])
        #expect(try await box.listIds("remiss", ["--category", "nhv"]) == [])
        #expect(try await box.listIds("workload", ["--specialty", "Pärlhöna"]) == [])
        #expect(try await box.listIds("remiss", ["--body", "RPO Ögon", "--include-confidential"]) == [1])
        // Filters on the registration find it.
        #expect(try await box.listIds("remiss", ["--sender", "SKR", "--year", "2025"]) == [1, 2])
        #expect(try await box.listIds("response", ["--remiss", Id.remiss]) == [1])
    }

    // MARK: Show

    @Test func showOfSealedAndLinkedRecordsShowsTheRegistrationOnly() async throws {
        let box = try await registry()
        let shown: [(String, String)] = [
            ("remiss", Id.remiss), ("remiss", Self.remissCaseNumber), ("decision", Id.decision), ("decision", Id.regionDecision),
            ("decision", Id.recommendation), ("response", Id.response), ("reference", Id.reference), ("permit", Id.permit),
            ("workload", Id.workload), ("adoption", Id.adoption),
        ]
        var full = ""
        for (family, key) in shown {
            for format in ["table", "json", "csv"] {
                let show = await box.ok([family, "show", key, "--format", format])
                expectNoSecret(show.stdout, "\(family) show \(key) --format \(format)")
                full += await box.ok([family, "show", key, "--format", format, "--include-confidential"]).stdout
            }
        }
        for secret in Self.secrets {
            #expect(full.contains(secret), "show --include-confidential lacks \(secret)")
        }
        // A further case number is masked, so it does not find its sealed reference either:
        // the answer is the one for a case number that does not exist.
        let byNumber = await box.run(["reference", "show", "RJL 2025/4242"])
        let unknown = await box.run(["reference", "show", "RJL 2025/4243"])
        #expect(!byNumber.succeeded && byNumber.stdout.isEmpty, "\(byNumber)")
        #expect(byNumber.stderr.replacingOccurrences(of: "4242", with: "4243") == unknown.stderr, "\(byNumber)\n\(unknown)")
        #expect(await box.ok(["reference", "show", "RJL 2025/4242", "--include-confidential"]).stdout.contains("RJL 2025/4242"))
        #expect(await box.ok(["reference", "show", "SKR2025/00001"]).stdout.contains("SKR2025/00001"))
        let remiss = await box.ok(["remiss", "show", Id.remiss]).stdout
        for registration in [Self.remissCaseNumber, Self.remissReceived, "SKR", "Sekretessmarkerad uppgift", "RÖ 2025-7779"] {
            #expect(remiss.contains(registration), "remiss show lacks \(registration):\n\(remiss)")
        }
    }

    // MARK: Search

    @Test func searchDoesNotFindSealedRecords() async throws {
        let box = try await registry()
        for words in ["Kolibrivirus", "Tapirprojekt", "SKR2025/09876", "RJL 2025/4242", "Bäverfrågan", "Myrslok", "Pärlhöna",
                      "Vombat", Self.remissCaseNumber, "Hemlig*"] {
            for format in ["table", "json", "csv"] {
                let search = await box.ok(["search", words, "--format", format])
                expectNoSecret(search.stdout, "search \(words)")
                #expect(!search.stdout.contains("remiss,") && !search.stdout.contains("\"remiss\""),
                        "search \(words) --format \(format) found a remiss:\n\(search.stdout)")
            }
            let csv = await box.ok(["search", words, "--format", "csv"])
            #expect(csv.stdout.split(separator: "\n").count <= 1, "search \(words) found something:\n\(csv.stdout)")
            let full = await box.ok(["search", words, "--format", "csv", "--include-confidential"])
            #expect(full.stdout.split(separator: "\n").count > 1, "search \(words) --include-confidential found nothing")
        }
        // Public records are found as before.
        #expect(await box.ok(["search", "vårdförlopp"]).stdout.contains("Öppen remiss om vårdförlopp"))
    }

    // MARK: Audit log

    @Test func theAuditLogMasksChangesToSealedRecords() async throws {
        let box = try await registry()
        // A change made after the fact is masked too, and so is the insert before it was marked.
        await box.ok(["remiss", "update", Id.publicRemiss, "--note", "Ny notering om Kolibrivirus", "--confidential", "ja"])
        for format in ["table", "json", "csv"] {
            let log = await box.ok(["audit", "log", "--format", format])
            expectNoSecret(log.stdout, "audit log --format \(format)")
            #expect(log.stdout.contains("Sekretessmarkerad uppgift"))
            let full = await box.ok(["audit", "log", "--format", format, "--include-confidential"])
            #expect(full.stdout.contains("Kolibrivirus"), "audit log --include-confidential --format \(format)")
        }
        let json = await box.ok(["audit", "log", "--format", "json", "--include-confidential"]).stdout
        for secret in Self.secrets {
            #expect(json.contains(secret), "audit log --include-confidential lacks \(secret)")
        }
        // Of a change to a sealed record the registration stays: the remiss's case number and date.
        let remissLog = await box.ok(["audit", "log", "--family", "remiss", "--record", Id.remiss, "--format", "json"]).stdout
        #expect(remissLog.contains(Self.remissCaseNumber) && remissLog.contains(Self.remissReceived), "\(remissLog)")
        #expect(remissLog.contains("Sekretessmarkerad uppgift"))
        // The public recommendation's insert is shown as it was made.
        let log = await box.ok(["audit", "log", "--family", "decision", "--record", Id.recommendation, "--format", "json"])
        #expect(log.stdout.contains("Rekommendation om vaccination"))
    }

    // MARK: Other records marked confidential

    /// The same outputs with other records marked confidential, on the seed data: a
    /// confidential decision with a further case number that approved the answer to a public
    /// remiss, a confidential permit with a sub-permit and a decision about it, a confidential
    /// workload decision with a decision about it, a confidential answer to a public remiss.
    @Test func otherConfidentialRecordsStayOutOfEveryOutput() async throws {
        let box = try await Sandbox.fromFixture("confidentiality-others") { box in
            await box.ok(["seed"])
            let remiss = try await box.addRemiss(title: "Offentlig remiss Alfa", category: "myndighet",
                                                 received: "2025-02-01", deadline: "2025-03-30")
            await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-03-10", "--paragraph", "§ 77",
                          "--case-number", "RÖ 2025-8881", "--kind", "yttrande", "--title", "Hemligt beslut Gnu",
                          "--text", "Gnutext", "--confidential", "ja"])   // decision 32
            await box.ok(["reference", "add", "--family", "decision", "--record", "32", "--written", "RKL 2025/3131"])
            await box.ok(["remiss", "respond", String(remiss), "--scope", "sosr", "--approved-by", "SVN", "--decision", "32",
                          "--approved", "2025-03-10", "--sent", "2025-03-12", "--position", "Position Gnuhjord"])
            await box.ok(["permit", "add", "--care-area", "Hemligt vårdområde Okapi", "--holder", "RÖ", "--status", "beviljat",
                          "--decided", "2025-01-15", "--confidential", "ja"])   // permit 11
            await box.ok(["permit", "add", "--care-area", "Delområde Okapiunge", "--holder", "RÖ", "--status", "beviljat",
                          "--decided", "2025-01-15", "--parent", "11"])
            await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-01-20", "--kind", "information",
                          "--title", "Information om Okapibeslut", "--permit", "11"])
            await box.ok(["workload", "add", "--specialty", "Hemlig specialitet Narval", "--status", "beslutad",
                          "--decided", "2025-02-02", "--confidential", "ja"])   // workload 8
            await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-02-03", "--kind", "beslut",
                          "--title", "Beslut om Narvalfördelning", "--workload", "8"])
            await box.ok(["response", "add", "--remiss", "1", "--scope", "region", "--region", "RKL",
                          "--position", "Hemlig position Tapirus", "--confidential", "ja", "--sent", "2025-05-05"])
        }
        let secrets = ["Gnu", "RKL 2025/3131", "Okapi", "Narval", "Tapirus"]
        var outputs: [[String]] = []
        for family in Self.families {
            outputs += [["export", family, "--format", "json"], [family, "list", "--format", "json"], [family, "list"]]
        }
        for kind in [["annual", "--year", "2025"], ["remisser"], ["permits"], ["workload"]] {
            outputs += ["md", "html", "csv", "json"].map { ["report"] + kind + ["--format", $0] }
        }
        for (family, ids) in [("decision", 30...34), ("permit", 9...12), ("workload", 6...8), ("response", 1...4), ("reference", 41...43)] {
            for id in ids { outputs += [[family, "show", String(id)], [family, "show", String(id), "--format", "json"]] }
        }
        outputs += ["Gnu", "Gnutext", "Okapi", "Okapiunge", "Okapibeslut", "Narval", "Narvalfördelning", "RKL 2025/3131"]
            .map { ["search", $0, "--format", "csv"] }
        outputs += [["audit", "log", "--format", "json"], ["audit", "log"]]
        var full = ""
        for output in outputs {
            let result = await box.ok(output)
            for secret in secrets {
                #expect(!result.stdout.contains(secret), "\(output.joined(separator: " ")) shows '\(secret)'")
            }
            full += await box.ok(output + ["--include-confidential"]).stdout
        }
        for secret in secrets {
            #expect(full.contains(secret), "no output shows \(secret) with --include-confidential")
        }
    }

    // MARK: samreg sql

    /// `samreg sql` is the analyst's direct access to the file and reads the raw tables, as
    /// sqlite3 would (docs/data-safety.md); its help says so.
    @Test func sqlReadsTheRawTablesAndSaysSo() async throws {
        let box = try await registry()
        let sql = await box.ok(["sql", "SELECT title FROM remiss WHERE confidential = 1"])
        #expect(sql.stdout.contains("Kolibrivirus"))
        let help = await box.run(["sql", "--help"], db: .none)
        #expect(help.stdout.contains("confidential"), "\(help)")
    }
}
