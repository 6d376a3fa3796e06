import Foundation
import SamregTestSupport
import Testing

/// A whole year's follow-up through the executable (issue 9, items 2–5): the contract's
/// agreement beside its outcome, care bought outside the region, the university healthcare
/// units and access at the university hospital, recorded with `add` and `import` and read
/// back from the annual summary as the committee publishes it (mnkr, whole per cent, regions
/// in the agreement's order RÖ, RJL, RKL, the previous year beside the current one).
@Suite("Follow-up families")
struct FollowUpFamiliesTests {
    /// The Markdown table rows of `report` (lines starting with `|`) that start with `prefix`.
    func rows(_ report: RunResult, startingWith prefix: String) -> [String] {
        report.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix(prefix) }
    }

    /// The part of a Markdown report from the heading `## heading` up to the next `## `.
    func section(_ report: RunResult, _ heading: String) -> String {
        let parts = report.stdout.components(separatedBy: "\n## ")
        return parts.first { $0.hasPrefix(heading + "\n") } ?? ""
    }

    /// The 2024 agreement for care: the fixed parts of the real agreement (000:1218–1222), with
    /// variable budgets and budgeted volumes made up for the test; and the outcome imported.
    func registryWithAgreementAndOutcome() async throws -> Sandbox {
        try await Sandbox.fromFixture("follow-up-contract") { box in
            await box.ok(["contract", "add", "--year", "2024", "--payer", "RJL", "--receiver", "RÖ", "--fixed-tkr", "378026",
                          "--variable-tkr", "200000", "--volume-drg", "6000"])
            await box.ok(["contract", "add", "--year", "2024", "--payer", "RKL", "--receiver", "RÖ", "--fixed-tkr", "311279",
                          "--variable-tkr", "150000", "--volume-drg", "5000"])
            await box.ok(["contract", "add", "--year", "2024", "--payer", "RÖ", "--receiver", "RJL", "--fixed-tkr", "36044",
                          "--variable-tkr", "20000"])
            await box.ok(["contract", "add", "--year", "2024", "--payer", "RKL", "--receiver", "RJL", "--fixed-tkr", "7482",
                          "--variable-tkr", "4000"])
            await box.ok(["contract", "add", "--year", "2024", "--payer", "RÖ", "--receiver", "RÖ", "--part", "samverkan",
                          "--fixed-tkr", "33484"])
            await box.ok(["price", "add", "--year", "2024", "--drg-price-kr", "86656", "--invoiced-kr", "30330",
                          "--fixed-share-pct", "65", "--variable-share-pct", "35", "--index-pct", "4.1"])
            await box.ok(["flow", "add", "--year", "2024", "--performing", "RÖ", "--home", "RKL", "--drg-sum", "4800.4"])
            try box.write("utfall.csv", """
                year;payer;receiver;basis;variable_tkr;volume_drg;source
                2024;RJL;RÖ;utfall;212400;6300,6;Årsbokslut 2024
                2024;RKL;RÖ;utfall;135000;;Årsbokslut 2024
                2024;RÖ;RJL;utfall;22000;;Årsbokslut 2024
                2024;RKL;RJL;utfall;3000;;Årsbokslut 2024

                """)
            let imported = await box.ok(["import", "contract", "utfall.csv"])
            #expect(imported.stdout.hasPrefix("imported 4 "), "\(imported)")
        }
    }

    // MARK: Agreement and outcome

    @Test func recordingTheOutcomeLeavesTheAgreementAsItWas() async throws {
        let box = try await registryWithAgreementAndOutcome()
        let agreement = await box.ok(["contract", "list", "--basis", "avtal", "--format", "csv"])
        #expect(agreement.stdout.contains(",2024,RJL,RÖ,vard,avtal,378026,200000,6000,"), "\(agreement)")
        let outcome = await box.ok(["contract", "list", "--basis", "utfall", "--format", "csv"])
        #expect(outcome.stdout.contains(",2024,RJL,RÖ,vard,utfall,,212400,6300.6,"), "\(outcome)")

        // Correcting the outcome changes the outcome's figure only.
        let outcomeId = try #require(try await box.listIds("contract", ["--basis", "utfall", "--payer", "RJL"]).first)
        await box.ok(["contract", "update", String(outcomeId), "--variable-tkr", "212500"])
        let after = await box.ok(["contract", "list", "--basis", "avtal", "--format", "csv"])
        #expect(after.stdout == agreement.stdout)

        // An agreement cannot be turned into an outcome, nor can a second outcome be added.
        let agreementId = try #require(try await box.listIds("contract", ["--basis", "avtal", "--payer", "RJL"]).first)
        try await box.expectRefused(["contract", "update", String(agreementId), "--basis", "utfall"],
                                    mentions: ["basis", "cannot be changed"])
        try await box.expectRefused(["contract", "add", "--year", "2024", "--payer", "RJL", "--receiver", "RÖ",
                                     "--basis", "utfall", "--variable-tkr", "1"],
                                    mentions: ["duplicate", "basis"])
        try await box.expectRefused(["contract", "add", "--year", "2024", "--payer", "RJL", "--receiver", "RÖ",
                                     "--basis", "budget", "--variable-tkr", "1"],
                                    mentions: ["basis", "avtal"])
    }

    @Test func theAnnualSummaryShowsOutcomeAgainstBudgetInMnkrPerPerformingRegion() async throws {
        let box = try await registryWithAgreementAndOutcome()
        let report = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-03-01"])
        let avtal = section(report, "Avtalsmodell")
        // RÖ performing for RJL: 378 026 + 212 400 = 590 426 against 378 026 + 200 000 = 578 026 → 102 %.
        #expect(avtal.contains("| RÖ | RJL | 378,0 | 212,4 | 200,0 | 590,4 | 578,0 | 102 % |"), "\(avtal)")
        #expect(avtal.contains("| RÖ | RKL | 311,3 | 135,0 | 150,0 | 446,3 | 461,3 | 97 % |"), "\(avtal)")
        // The subtotal of RÖ comes before RJL's pairs (the agreement's order).
        let subtotal = try #require(avtal.range(of: "| RÖ | Summa | 689,3 | 347,4 | 350,0 | 1 036,7 | 1 039,3 | 100 % |"), "\(avtal)")
        let rjl = try #require(avtal.range(of: "| RJL | RÖ | 36,0 | 22,0 | 20,0 | 58,0 | 56,0 | 104 % |"), "\(avtal)")
        #expect(subtotal.lowerBound < rjl.lowerBound)
        #expect(avtal.contains("| RJL | Summa | 43,5 | 25,0 | 24,0 | 68,5 | 67,5 | 101 % |"), "\(avtal)")
        #expect(avtal.contains("| **Sydöstra sjukvårdsregionen** | **Summa** | **732,8** | **372,4** | **374,0** | **1 105,2** | **1 106,8** | **100 %** |"), "\(avtal)")
        // Region totals: variable and total outcome as a share of budget.
        #expect(avtal.contains("| RÖ | 347,4 | 350,0 | 99 % | 1 036,7 | 1 039,3 | 100 % |"), "\(avtal)")
        #expect(avtal.contains("| RJL | 25,0 | 24,0 | 104 % | 68,5 | 67,5 | 101 % |"), "\(avtal)")
        // The price model's split and volume against budget (whole DRG points); the flow
        // gives the volume where the outcome has none.
        #expect(avtal.contains("fast del 65 %, rörlig del 35 %"), "\(avtal)")
        #expect(avtal.contains("| 86 656 kr | 30 330 kr | 65 % | 35 % | 4,1 % |"), "\(avtal)")
        #expect(avtal.contains("| RÖ | RJL | 6 301 | 6 000 | 105 % |"), "\(avtal)")
        #expect(avtal.contains("| RÖ | RKL | 4 800 | 5 000 | 96 % |"), "\(avtal)")
        #expect(avtal.contains("| RÖ | RÖ | 33,5 |"), "\(avtal)")
    }

    @Test func oneOptionChoosesTkrOrMnkr() async throws {
        let box = try await registryWithAgreementAndOutcome()
        let tkr = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-03-01", "--unit", "tkr"])
        #expect(tkr.stdout.contains("| RÖ | RJL | 378 026 | 212 400 | 200 000 | 590 426 | 578 026 | 102 % |"), "\(tkr.stdout)")
        #expect(tkr.stdout.contains("utfall mot budget per utförande region och betalare (tkr)"))
        // The analysts' report keeps tkr and decimals, and takes mnkr when asked.
        let flows = await box.ok(["report", "flows", "--year", "2024"])
        #expect(flows.stdout.contains("| RÖ | RJL | 378 026 | 212 400 | 200 000 | 590 426 | 578 026 | 102,1 % |"), "\(flows.stdout)")
        #expect(flows.stdout.contains("| RÖ | RJL | 6 300,6 | 6 000,0 | 105,0 % |"), "\(flows.stdout)")
        let flowsMnkr = await box.ok(["report", "flows", "--year", "2024", "--unit", "mnkr"])
        #expect(flowsMnkr.stdout.contains("| RÖ | RJL | 378,0 | 212,4 | 200,0 | 590,4 | 578,0 | 102,1 % |"), "\(flowsMnkr.stdout)")
        // JSON carries the chosen unit's numbers.
        let json = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-03-01", "--format", "json"])
        #expect(json.stdout.contains("{\"utforande\": \"RÖ\", \"betalare\": \"RJL\", \"fast\": 378.026"), "\(json.stdout)")
        let wrongUnit = await box.run(["report", "annual", "--year", "2024", "--unit", "sek"])
        #expect(wrongUnit.exitCode != 0 && wrongUnit.stderr.contains("sek") && wrongUnit.stdout.isEmpty, "\(wrongUnit)")
        // The export keeps tkr as recorded.
        let export = await box.ok(["export", "contract", "--format", "csv"])
        #expect(export.stdout.contains("378026"))
    }

    // MARK: Care outside the region

    @Test func careBoughtOutsideTheRegionShowsTheLastFourYears() async throws {
        let box = try await Sandbox()
        await box.ok(["outside-care", "add", "--year", "2024", "--region", "RKL", "--kind", "akut", "--cost-tkr", "41 250,4",
                      "--source", "Årsbokslut 2024"])
        try box.write("utomlans.csv", """
            year,region,kind,cost_tkr
            2020,RÖ,akut,99999
            2021,RÖ,akut,50000
            2022,RÖ,akut,52000
            2023,RÖ,akut,54000
            2024,RÖ,akut,56500
            2024,RÖ,planerad,120000
            2023,RJL,primarvard,8000
            2024,RJL,primarvard,8400

            """)
        let imported = await box.ok(["import", "outside-care", "utomlans.csv"])
        #expect(imported.stdout.hasPrefix("imported 8 "), "\(imported)")
        let report = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-03-01"])
        let avtal = section(report, "Avtalsmodell")
        #expect(avtal.contains("| Region | Vårdtyp | 2021 | 2022 | 2023 | 2024 |"), "\(avtal)")
        #expect(avtal.contains("| RÖ | Akut | 50,0 | 52,0 | 54,0 | 56,5 |"), "\(avtal)")
        #expect(avtal.contains("| RÖ | Planerad | – | – | – | 120,0 |"), "\(avtal)")
        #expect(avtal.contains("| RJL | Primärvård | – | – | 8,0 | 8,4 |"), "\(avtal)")
        #expect(avtal.contains("| RKL | Akut | – | – | – | 41,3 |"), "\(avtal)")
        #expect(avtal.contains("| **Summa** | – | **50,0** | **52,0** | **62,0** | **226,2** |"), "\(avtal)")
        #expect(!avtal.contains("100,0"), "2020 is outside the four years")
        // Regions in the agreement's order.
        let order = ["| RÖ | Akut", "| RÖ | Planerad", "| RJL | Primärvård", "| RKL | Akut"].compactMap { avtal.range(of: $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted())
        // A kind outside the vocabulary and a duplicate are refused.
        try await box.expectRefused(["outside-care", "add", "--year", "2024", "--region", "RKL", "--kind", "tandvard",
                                     "--cost-tkr", "1"], mentions: ["kind", "primarvard"])
        try await box.expectRefused(["outside-care", "add", "--year", "2024", "--region", "RKL", "--kind", "akut",
                                     "--cost-tkr", "1"], mentions: ["duplicate"])
    }

    // MARK: University healthcare units

    @Test func universityHealthcareCountsUnitsPerRegionAndNamesTheNewOnes() async throws {
        let box = try await Sandbox()
        await box.ok(["usv", "add", "--name", "Barn- och ungdomsmedicin", "--region", "RÖ", "--designated", "2020-01-01",
                      "--valid-to", "2024-06-30"])
        try box.write("usv.csv", """
            name,region,area,designated,source
            Hjärtcentrum,RÖ,Kardiologi,2023-02-01,Beslut 2023
            Ögonkliniken,RÖ,Ögonsjukdomar,2023-05-01,Beslut 2023
            Rehabiliteringsmedicin,RÖ,Rehabilitering,2024-03-15,Beslut 2024
            Kirurgiska kliniken Jönköping,RJL,Kirurgi,2024-09-01,Beslut 2024

            """)
        let imported = await box.ok(["import", "usv", "usv.csv"])
        #expect(imported.stdout.hasPrefix("imported 4 "), "\(imported)")
        let report = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-03-01"])
        let usv = section(report, "Universitetssjukvård")
        #expect(usv.contains("| Region | 2023 | 2024 | Nya under 2024 |"), "\(usv)")
        #expect(usv.contains("| RÖ | 3 | 3 | 1 |"), "\(usv)")
        #expect(usv.contains("| RJL | 0 | 1 | 1 |"), "\(usv)")
        #expect(usv.contains("| RKL | 0 | 0 | 0 |"), "\(usv)")
        #expect(usv.contains("| **Summa** | **3** | **4** | **2** |"), "\(usv)")
        #expect(usv.contains("| Rehabiliteringsmedicin | RÖ | Rehabilitering | 2024-03-15 |"), "\(usv)")
        #expect(usv.contains("| Kirurgiska kliniken Jönköping | RJL | Kirurgi | 2024-09-01 |"), "\(usv)")
        #expect(!usv.contains("| Hjärtcentrum |"), "a unit of 2023 is not new in 2024")
        #expect(usv.contains("Per 2024-12-31 fanns 4 universitetssjukvårdsenheter (RÖ 3, RJL 1, RKL 0)"), "\(usv)")
        // Ending a unit before its designation is refused.
        try await box.expectRefused(["usv", "end", "2", "--on", "2022-01-01"], mentions: ["valid_to", "designated"])
    }

    // MARK: Access at the university hospital

    @Test func accessShowsThePreviousYearBesideTheCurrentInWholePerCent() async throws {
        let box = try await Sandbox()
        try box.write("access.json", """
            [{"year": 2023, "home": "RJL", "measure": "nybesok", "count": 5000, "within_90": 4100},
             {"year": 2024, "home": "RJL", "measure": "nybesok", "count": 5210, "within_90": 4120},
             {"year": 2024, "home": "RJL", "measure": "behandling", "count": 1800, "within_90": 1210},
             {"year": 2024, "home": "RKL", "measure": "nybesok", "count": 4300, "within_90": 3612}]
            """)
        let imported = await box.ok(["import", "access", "access.json"])
        #expect(imported.stdout.hasPrefix("imported 4 "), "\(imported)")
        await box.ok(["access", "add", "--year", "2023", "--home", "RKL", "--measure", "nybesok", "--count", "4000",
                      "--within-90", "3000"])
        let report = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-03-01"])
        let usv = section(report, "Universitetssjukvård")
        #expect(usv.contains("| Utförande enhet | Hemregion | Mått | Antal 2023 | Inom 90 dagar 2023 | Andel inom 90 dagar 2023 | Antal 2024 | Inom 90 dagar 2024 | Andel inom 90 dagar 2024 |"), "\(usv)")
        // 4100/5000 = 82 %, 4120/5210 = 79,08 % → 79 %.
        #expect(usv.contains("| Universitetssjukhuset i Linköping | RJL | Första besök | 5 000 | 4 100 | 82 % | 5 210 | 4 120 | 79 % |"), "\(usv)")
        #expect(usv.contains("| Universitetssjukhuset i Linköping | RJL | Behandling | – | – | – | 1 800 | 1 210 | 67 % |"), "\(usv)")
        #expect(usv.contains("| Universitetssjukhuset i Linköping | RKL | Första besök | 4 000 | 3 000 | 75 % | 4 300 | 3 612 | 84 % |"), "\(usv)")
        // More within 90 days than in all is refused, and nothing is written.
        try await box.expectRefused(["access", "add", "--year", "2022", "--home", "RKL", "--measure", "nybesok",
                                     "--count", "10", "--within-90", "11"], mentions: ["access figure"])
    }
}
