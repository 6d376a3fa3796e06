import Foundation
import SamregTestSupport
import Testing

/// Issue 9, items 6, 7 and 12, through the executable: records belong to samarbetsområden,
/// counting as the committee counts (and as of a day), and the summary in the shape the
/// committee publishes it.
@Suite("Annual summary: areas, counting rules and published shape")
struct AnnualShapeTests {
    /// The seeded registry and, on top: a remiss answered jointly with only the approval day
    /// recorded (2024-12-10), one answered after the year (sent 2025-01-10), an SVN decision
    /// filed under Kunskapsstyrning (2024-11-15) with that area's narrative, a workload line
    /// decided after the year, a permit granted in 2024 whose care starts in 2025, and care
    /// flows with decimals.
    func registry() async throws -> Sandbox {
        try await Sandbox.fromFixture("annual-shape") { box in
            await box.ok(["seed"])
            await box.ok(["remiss", "add", "--title", "Nationellt vårdförlopp höftfraktur", "--sender", "SKR",
                          "--category", "kunskapsstyrning", "--received", "2024-11-01", "--deadline", "2024-12-15",
                          "--case-number", "RÖ 2024-9001"])
            await box.ok(["remiss", "respond", "RÖ 2024-9001", "--scope", "sosr", "--approved-by", "SVN", "--approved", "2024-12-10"])
            await box.ok(["remiss", "add", "--title", "Föreskrifter om journalföring", "--sender", "SoS",
                          "--category", "myndighet", "--received", "2024-12-01", "--deadline", "2025-01-15",
                          "--case-number", "RÖ 2024-9002"])
            await box.ok(["remiss", "respond", "RÖ 2024-9002", "--scope", "sosr", "--approved", "2025-01-08", "--sent", "2025-01-10"])
            await box.ok(["decision", "add", "--body", "SVN", "--date", "2024-11-15", "--paragraph", "§ 70", "--kind", "beslut",
                          "--title", "Gemensamt kliniskt kunskapsstöd", "--area", "kunskapsstyrning"])
            await box.ok(["narrative", "add", "--year", "2024", "--section", "kunskapsstyrning",
                          "--text", "Programområdena tog fram gemensamma kunskapsstöd."])
            await box.ok(["workload", "add", "--specialty", "handkirurgi", "--status", "inford",
                          "--decided", "2025-02-01", "--effective", "2025-03-01"])
            await box.ok(["permit", "add", "--care-area", "testområde", "--holder", "RÖ", "--status", "beviljat",
                          "--decided", "2024-06-01", "--start", "2025-03-01"])
            for (performing, home, drg) in [("RKL", "RÖ", "812.4"), ("RÖ", "RJL", "10432.5"), ("RJL", "RÖ", "1234.6"),
                                            ("RÖ", "RKL", "9001.2")] {
                await box.ok(["flow", "add", "--year", "2024", "--performing", performing, "--home", home, "--drg-sum", drg])
            }
        }
    }

    /// The Markdown lines that are headings, as "## Heading" etc.
    func headings(_ md: String) -> [String] {
        md.split(separator: "\n").map(String.init).filter { $0.hasPrefix("#") }
    }

    /// The text from heading line `heading` to the next heading of the same or a higher level.
    func part(_ md: String, _ heading: String) -> String {
        guard let start = md.range(of: "\n" + heading + "\n") else { return "" }
        let level = heading.prefix { $0 == "#" }.count
        let rest = md[start.upperBound...]
        var end = rest.endIndex
        var index = rest.startIndex
        for line in rest.split(separator: "\n", omittingEmptySubsequences: false) {
            let hashes = line.prefix { $0 == "#" }.count
            if hashes > 0 && hashes <= level && line.dropFirst(hashes).hasPrefix(" ") { end = index; break }
            index = rest.index(index, offsetBy: line.count + 1, limitedBy: rest.endIndex) ?? rest.endIndex
        }
        return String(rest[rest.startIndex..<end])
    }

    // MARK: Item 12: the shape

    @Test func theSummaryHasThePublishedShape() async throws {
        let box = try await registry()
        let md = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-06-17"]).stdout
        let hs = headings(md)
        #expect(hs.filter { $0.hasPrefix("## ") } == [
            "## Samverkansnämnden", "## Sjukvårdsregional samverkan", "## Högspecialiserad vård", "## Universitetssjukvård",
            "## Vård enligt regionavtalet", "## Avtalsmodell", "## Sjukvårdsregionala systemmått", "## Tabeller och diagram",
        ], "\(hs)")
        // Remisser inside Effektiva processer, workload division inside Långsiktig och hållbar arbetsfördelning.
        let areas = hs.drop { $0 != "## Sjukvårdsregional samverkan" }.dropFirst().prefix { !$0.hasPrefix("## ") }
        #expect(Array(areas) == [
            "### Ledning och styrning", "### Patientens egenkraft och samskapande", "### Kunskapsstyrning",
            "### Långsiktig och hållbar arbetsfördelning", "#### Arbetsfördelning",
            "### Effektiva processer", "#### Remisser",
            "### Attrahera och utveckla kompetenser",
        ], "\(areas)")
        // The appendix collects the charts, each with its figures as a table.
        let appendix = part(md, "## Tabeller och diagram")
        #expect(appendix.contains("### Diagram 1: Innehavda tillstånd vid årets slut, RÖ"), "\(appendix)")
        #expect(appendix.contains("**Tabell 1: Innehavda tillstånd vid årets slut, RÖ**"), "\(appendix)")
        #expect(appendix.contains("| 2024 | 9 |"), "\(appendix)")
        #expect(appendix.contains("### Diagram 2: Summerad DRG-vikt per regionpar 2020–2024"), "\(appendix)")
        #expect(appendix.contains("| År | RÖ → RJL | RÖ → RKL | RJL → RÖ | RKL → RÖ |"), "\(appendix)")
        #expect(appendix.contains("| 2024 | 10 433 | 9 001 | 1 235 | 812 |"), "\(appendix)")
        // The charts are drawn in the appendix only.
        let html = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-06-17", "--format", "html"]).stdout
        let appendixStart = try #require(html.range(of: "<section id=\"tabeller_och_diagram\""))
        #expect(html.components(separatedBy: "<svg ").count == 3)
        #expect(html[..<appendixStart.lowerBound].contains("<svg ") == false)
        // Sjukvårdsregionala systemmått is kept.
        #expect(md.contains("## Sjukvårdsregionala systemmått\n\nInga sjukvårdsregionala systemmått är registrerade för 2024"))
    }

    @Test func wholeFiguresInTheSummaryDecimalsInTheAnalystsReportsRegionsInTheAgreementsOrder() async throws {
        let box = try await registry()
        let md = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-06-17"]).stdout
        let flows = part(md, "## Vård enligt regionavtalet")
        // Whole DRG points; pairs by performing region RÖ, RJL, RKL.
        let rows = ["| RÖ → RJL | – | – | – | – | 10 433 |", "| RÖ → RKL | – | – | – | – | 9 001 |",
                    "| RJL → RÖ | – | – | – | – | 1 235 |", "| RKL → RÖ | – | – | – | – | 812 |"]
        let at = rows.compactMap { flows.range(of: $0)?.lowerBound }
        #expect(at.count == 4 && at == at.sorted(), "\(flows)")
        // Whole per cent: RÖ 19 433,7 of 21 480,7.
        #expect(flows.contains("| RÖ | 19 434 | 90 % |"), "\(flows)")
        #expect(flows.contains("| RJL | 1 235 | 6 % |") && flows.contains("| RKL | 812 | 4 % |"), "\(flows)")
        let order = ["| RÖ | 19 434", "| RJL | 1 235", "| RKL | 812"].compactMap { flows.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
        // The analysts' report keeps the decimals.
        let analysts = await box.ok(["report", "flows", "--year", "2024"]).stdout
        #expect(analysts.contains("| RÖ → RJL | – | – | – | – | 10 432,5 |"), "\(analysts)")
        #expect(analysts.contains("90,5 %"), "\(analysts)")
        // The recommendations' regions in the agreement's order.
        #expect(md.contains("| Datum | Organ | Rekommendation | RÖ | RJL | RKL |"))
    }

    // MARK: Item 6: records belong to samarbetsområden

    @Test func eachAreaIsComputedFromItsRecordsAndCompletedByItsNarrative() async throws {
        let box = try await registry()
        let md = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-06-17"]).stdout
        // A decision filed under Kunskapsstyrning, then the area's narrative.
        let kunskap = part(md, "### Kunskapsstyrning")
        let decision = try #require(kunskap.range(of: "| 2024-11-15 | Samverkansnämnden | § 70 | Gemensamt kliniskt kunskapsstöd | Beslut |"), "\(kunskap)")
        let narrative = try #require(kunskap.range(of: "Programområdena tog fram gemensamma kunskapsstöd."), "\(kunskap)")
        #expect(decision.upperBound < narrative.lowerBound)
        #expect(kunskap.contains("1 beslut under 2024 hör till området."))
        // The SVN decision on the riksavtal answers a remiss: Effektiva processer; the remisser
        // answered jointly are counted there.
        let processer = part(md, "### Effektiva processer")
        #expect(processer.contains("| 2024-09-27 | Samverkansnämnden | § 51 | Yttrande över remiss Reviderat riksavtal för utomlänsvård |"), "\(processer)")
        #expect(processer.contains("#### Remisser"))
        #expect(!processer.contains("Gemensamt kliniskt kunskapsstöd"))
        // Workload division inside its area.
        let arbetsfordelning = part(md, "### Långsiktig och hållbar arbetsfördelning")
        #expect(arbetsfordelning.contains("| ögonsjukvård | Införd | 1 |"), "\(arbetsfordelning)")
        // An area with no records and no narrative says so.
        #expect(part(md, "### Ledning och styrning").contains("Inga uppgifter registrerade för perioden."))
        // The decisions of an area are listed by `decision list --area`; an unknown area is refused.
        let listed = await box.ok(["decision", "list", "--area", "kunskapsstyrning", "--format", "csv"]).stdout
        #expect(listed.contains("Gemensamt kliniskt kunskapsstöd") && !listed.contains("riksavtal"), "\(listed)")
        let processerList = await box.ok(["decision", "list", "--area", "processer", "--format", "csv"]).stdout
        #expect(processerList.contains("riksavtal"), "\(processerList)")
        try await box.expectRefused(["decision", "add", "--body", "SVN", "--date", "2024-11-16", "--kind", "beslut",
                                     "--title", "Fel område", "--area", "ekonomi"], mentions: ["area"])
        // The area is audited and exported with the decision.
        let export = await box.ok(["export", "decision", "--format", "csv"]).stdout
        #expect(export.split(separator: "\n").first?.contains("area") == true, "\(export)")
    }

    // MARK: Item 7: counting rules

    @Test func aJointAnswerCountsOnItsSentDayElseItsApprovalDayAndTheMethodNoteSaysSo() async throws {
        let box = try await registry()
        let md = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-06-17"]).stdout
        let remisser = part(md, "#### Remisser")
        // The seed's riksavtal answer (approved by SVN 2024-09-27) and the höftfraktur answer
        // (approved 2024-12-10), neither with a send date; journalföring was sent in 2025.
        #expect(remisser.contains("Under 2024 besvarades 2 remisser gemensamt för Sydöstra sjukvårdsregionen."), "\(remisser)")
        #expect(remisser.contains("| Nationellt vårdförlopp höftfraktur | SKR | – | Kunskapsstyrning | 2024-11-01 | 2024-12-10 |"), "\(remisser)")
        #expect(!remisser.contains("journalföring"), "\(remisser)")
        #expect(remisser.contains("Metod: Ett gemensamt remissvar räknas som besvarat den dag det skickades eller, när det inte är känt, den dag det godkändes"), "\(remisser)")
        // The year after counts the one sent in 2025.
        let next = await box.ok(["report", "annual", "--year", "2025", "--as-of", "2025-06-17"]).stdout
        #expect(part(next, "#### Remisser").contains("Föreskrifter om journalföring"))
        // The remiss's own status follows the same rule.
        let shown = await box.ok(["remiss", "show", "RÖ 2024-9001", "--format", "json"]).stdout
        #expect(shown.contains("\"status\": \"besvarad\"") && shown.contains("\"answered\": \"2024-12-10\""), "\(shown)")
    }

    @Test func asOfADayNothingDatedLaterCounts() async throws {
        let box = try await registry()
        let md = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2024-11-30"]).stdout
        // The SVN decision of 2024-11-15 counts; on 2024-11-14 it does not.
        #expect(part(md, "### Kunskapsstyrning").contains("Gemensamt kliniskt kunskapsstöd"))
        let earlier = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2024-11-14"]).stdout
        #expect(!earlier.contains("Gemensamt kliniskt kunskapsstöd"))
        #expect(part(earlier, "## Samverkansnämnden").contains("Under 2024 fattade Samverkansnämnden 1 beslut"))
        #expect(part(md, "## Samverkansnämnden").contains("Under 2024 fattade Samverkansnämnden 2 beslut"))
        // The höftfraktur answer (approved 2024-12-10) is not counted on 2024-11-30.
        let remisser = part(md, "#### Remisser")
        #expect(remisser.contains("Under 2024 besvarades 1 remiss gemensamt"), "\(remisser)")
        #expect(!remisser.contains("höftfraktur"))
        #expect(remisser.contains("Svar, avslut och statusändringar daterade efter 2024-11-30 räknas inte."))
        // The workload line decided in 2025 was still under investigation at the end of 2024.
        let yearEnd = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-06-17"]).stdout
        #expect(part(yearEnd, "#### Arbetsfördelning").contains("| handkirurgi | Under utredning | 1 |"))
        let workload = await box.ok(["report", "workload", "--as-of", "2025-06-17"]).stdout
        #expect(workload.contains("| handkirurgi | Införd | 1 |"), "\(workload)")
        let workloadThen = await box.ok(["report", "workload", "--as-of", "2024-12-31"]).stdout
        #expect(workloadThen.contains("| handkirurgi | Under utredning | 1 |"), "\(workloadThen)")
        // The remisser report as of a day: the remiss answered after it is open on it.
        let open = await box.ok(["report", "remisser", "--as-of", "2024-12-05"]).stdout
        #expect(open.contains("| Nationellt vårdförlopp höftfraktur | SKR | Kunskapsstyrning | 2024-12-15 | 10 | Öppen |"), "\(open)")
        let status = await box.ok(["remiss", "list", "--open", "--as-of", "2024-12-05", "--format", "csv"]).stdout
        #expect(status.contains("höftfraktur") && status.contains("journalföring"), "\(status)")
    }

    @Test func aPermitCountsAsHeldFromItsGrantDecisionEvenWhenCareStartsLater() async throws {
        let box = try await registry()
        let md = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2025-06-17"]).stdout
        let permits = part(md, "## Högspecialiserad vård")
        // testområde: granted 2024-06-01, care from 2025-03-01: held and new in 2024.
        #expect(permits.contains("| Innehavda tillstånd | 9 |"), "\(permits)")
        #expect(permits.contains("| Nya under 2024 (beslut om tillstånd) | 3 |"), "\(permits)")
        #expect(permits.contains("Metod: Ett tillstånd räknas som innehavt från beslutet om tillstånd, även när vården startar senare"))
        // Before the grant it was not held.
        let before = await box.ok(["report", "annual", "--year", "2024", "--as-of", "2024-05-31"]).stdout
        let early = part(before, "## Högspecialiserad vård")
        #expect(!early.contains("| Innehavda tillstånd | 9 |"), "\(early)")
        #expect(early.contains("| Ansökta eller under förberedelse | 1 |"), "\(early)")
        #expect(early.contains("| testområde | – | Ansökt | 2024-06-01 | 2025-03-01 | – | – |"), "\(early)")
        #expect(permits.contains("| testområde | – | Beviljat | 2024-06-01 | 2025-03-01 | – | – |"), "\(permits)")
    }
}
