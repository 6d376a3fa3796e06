import Foundation
import SamregTestSupport
import Testing

/// Issue 9, items 1, 8 (numbers read the Swedish way) and 13, through the executable:
/// systemmått as a chosen, dated set shown in the annual summary; `74,3`, `74,3 %`, `1 018`,
/// `−9,0` wherever a number is read; and CSV that Excel with Swedish settings opens
/// (`--format csv-excel`), which `import` reads back to the same records.
@Suite("Systemmått sets, Swedish numbers and Excel CSV")
struct SystemMeasureAndExcelTests {
    static let setName = "Sjukvårdsregionala systemmått 2024"

    /// A registry with four indicators (a share with a target, a rate where low is better, a
    /// head count without direction, and a region's own budget indicator outside the set), the
    /// 2024 set of the first three in the order share, rate, count, and values for 2024 given
    /// as Swedes write them.
    func setRegistry() async throws -> Sandbox {
        try await Sandbox.fromFixture("systemmatt-set") { box in
            await box.ok(["indicator", "add", "--code", "vt", "--name", "Väntetid besök inom 90 dagar", "--promise", "tillganglig",
                          "--value-kind", "share", "--direction", "hog", "--unit", "%", "--target", "80 %"])
            await box.ok(["indicator", "add", "--code", "ant", "--name", "Antal utförda operationer", "--promise", "kostnadseffektiv",
                          "--value-kind", "count"])
            await box.ok(["indicator", "add", "--code", "vtf", "--name", "Vårdtillfällen per 1 000 invånare", "--promise", "forebyggande",
                          "--value-kind", "rate", "--direction", "lag", "--target", "4,5"])
            await box.ok(["indicator", "add", "--code", "egen", "--name", "Egen budgetindikator", "--promise", "tillganglig",
                          "--value-kind", "share", "--direction", "hog", "--unit", "%"])
            await box.ok(["indicator-set", "add", "--name", SystemMeasureAndExcelTests.setName, "--valid-from", "2024-01-01",
                          "--valid-to", "2024-12-31", "--source", "000_1b6127ee32d5d371.txt:60", "--note", "Mått; \"valda\" av SVN"])
            await box.ok(["indicator-set-member", "add", "--set", SystemMeasureAndExcelTests.setName, "--indicator", "vt", "--position", "1"])
            // Shown under another promise in this set than the indicator's own.
            await box.ok(["indicator-set-member", "add", "--set", SystemMeasureAndExcelTests.setName, "--indicator", "vtf",
                          "--position", "2", "--promise", "jamlik"])
            await box.ok(["indicator-set-member", "add", "--set", SystemMeasureAndExcelTests.setName, "--indicator", "ant", "--position", "3"])
            for (code, region, value) in [("vt", "RÖ", "74,3 %"), ("vt", "RJL", "70.4"), ("vt", "RKL", "81,6"), ("vt", "SE", "75"),
                                          ("vtf", "RÖ", "3,25"), ("vtf", "RJL", "−9,0"), ("vtf", "RKL", "3,5"), ("vtf", "SE", "3,5"),
                                          ("ant", "RÖ", "1 018"), ("ant", "RJL", "2\u{00A0}345"), ("ant", "RKL", "1\u{202F}200"),
                                          ("ant", "SE", "95 000"), ("egen", "RJL", "50")] {
                await box.ok(["indicator-value", "add", "--indicator", code, "--region", region, "--period", "2024", "--value", value])
            }
        }
    }

    // MARK: Item 1: systemmått are a chosen set

    @Test func annualSummaryShowsTheSetOfTheYearAsOneWideTablePerPromise() async throws {
        let box = try await setRegistry()
        let md = await box.ok(["report", "annual", "--year", "2024"]).stdout
        let start = try #require(md.range(of: "## Sjukvårdsregionala systemmått\n"), "\(md)")
        let section = String(md[start.lowerBound...])
        let header = "| Mått | RÖ | RJL | RKL | Riket | Målvärde | RÖ mot riket | RJL mot riket | RKL mot riket |"
        let expected = [
            "**Tillgänglig vård**", header,
            "| Väntetid besök inom 90 dagar | 74 % | 70 % | 82 % | 75 % | 80 % | ▼ Sämre | ▼ Sämre | ▲ Bättre |",
            "**Jämlik vård**", header,
            "| Vårdtillfällen per 1 000 invånare | 3,25 | −9 | 3,5 | 3,5 | 4,5 | ▲ Bättre | ▲ Bättre | = Som riket |",
            "**Kostnadseffektiv vård**", header,
            "| Antal utförda operationer | 1 018 | 2 345 | 1 200 | 95 000 | – | – | – | – |",
        ]
        var position = section.startIndex
        for line in expected {
            let found = try #require(section.range(of: line + "\n", range: position..<section.endIndex),
                                     "missing or out of order: \(line)\n\(section)")
            position = found.upperBound
        }
        #expect(section.contains("Sjukvårdsregionala systemmått 2024 (gäller 2024-01-01 – 2024-12-31): 3 mått"))
        // A region's own indicator is not in the set: not in the summary, still in `report indicators`.
        #expect(!md.contains("Egen budgetindikator"))
        let indicators = await box.ok(["report", "indicators", "--period", "2024"]).stdout
        #expect(indicators.contains("Egen budgetindikator"))
        #expect(indicators.contains("Antal utförda operationer"), "a measure without direction is still reported")

        // JSON keeps the raw numbers, one table per promise in the set's order.
        let json = await box.ok(["report", "annual", "--year", "2024", "--format", "json"]).stdout
        #expect(json.contains("\"id\": \"systemmatt_tillganglig\""))
        #expect(json.contains("\"matt\": \"Väntetid besök inom 90 dagar\", \"RÖ\": 74.3, \"RJL\": 70.4, \"RKL\": 81.6, \"riket\": 75, \"mal\": 80"), "\(json)")
        let order = ["systemmatt_tillganglig", "systemmatt_jamlik", "systemmatt_kostnadseffektiv"].compactMap { json.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
    }

    @Test func onlyTheSetThatAppliesToTheYearIsShownAndAWithdrawnMemberLeavesIt() async throws {
        let box = try await setRegistry()
        let earlier = await box.ok(["report", "annual", "--year", "2023"]).stdout
        #expect(earlier.contains("Inga sjukvårdsregionala systemmått är registrerade för 2023"), "\(earlier)")
        #expect(!earlier.contains("Väntetid besök inom 90 dagar"))
        // A 2025 set does not change 2024; a member taken out of the 2024 set leaves its table.
        await box.ok(["indicator-set", "add", "--name", "Sjukvårdsregionala systemmått 2025", "--valid-from", "2025-01-01"])
        await box.ok(["indicator-set-member", "add", "--set", "Sjukvårdsregionala systemmått 2025", "--indicator", "egen", "--position", "1"])
        await box.ok(["indicator-set-member", "end", "3", "--on", "2025-01-15"])
        let md = await box.ok(["report", "annual", "--year", "2024"]).stdout
        #expect(md.contains("Sjukvårdsregionala systemmått 2024 (gäller 2024-01-01 – 2024-12-31): 2 mått"), "\(md)")
        #expect(!md.contains("Antal utförda operationer") && !md.contains("Egen budgetindikator"))
        let later = await box.ok(["report", "annual", "--year", "2025"]).stdout
        #expect(later.contains("Sjukvårdsregionala systemmått 2025 (gäller 2025-01-01 – tills vidare): 1 mått"), "\(later)")
        // Members are listed by set name or id and by indicator code (an ended one too: records are never deleted).
        #expect(try await box.listIds("indicator-set-member", ["--set", SystemMeasureAndExcelTests.setName]) == [1, 2, 3])
        #expect(try await box.listIds("indicator-set-member", ["--indicator", "egen"]) == [4])
        #expect(try await box.listIds("indicator-set-member", ["--set", "1"]) == [1, 2, 3])
        let sets = await box.ok(["indicator-set", "list", "--year", "2024", "--format", "csv"]).stdout
        #expect(sets.contains(",Sjukvårdsregionala systemmått 2024,2024-01-01,2024-12-31,2,"), "\(sets)")
    }

    @Test func setsAndMembershipsAreCheckedByTheSchemaAndTheWriter() async throws {
        let box = try await setRegistry()
        try await box.expectRefused(["indicator-set-member", "add", "--set", SystemMeasureAndExcelTests.setName, "--indicator", "vt",
                                     "--position", "9"], mentions: ["indicator set member", "already exists"])
        try await box.expectRefused(["indicator-set-member", "add", "--set", SystemMeasureAndExcelTests.setName, "--indicator", "egen",
                                     "--position", "1"], mentions: ["duplicate", "position"])
        try await box.expectRefused(["indicator-set-member", "add", "--set", "Ingen sådan", "--indicator", "egen", "--position", "4"],
                                    mentions: ["unknown indicator set 'Ingen sådan'"])
        try await box.expectRefused(["indicator-set", "add", "--name", "Bakvänd", "--valid-from", "2024-12-31", "--valid-to", "2024-01-01"],
                                    mentions: ["valid_to 2024-01-01 is before valid_from 2024-12-31"])
        try await box.expectRefused(["indicator", "add", "--code", "x", "--name", "X", "--promise", "jamlik", "--value-kind", "andel"],
                                    mentions: ["value_kind", "share, rate, count"])
        // Every change is in the audit trail, with every column.
        let log = await box.ok(["audit", "log", "--family", "indicator-set-member", "--format", "json"]).stdout
        #expect(log.contains("position") && log.contains("jamlik"), "\(log)")
        await box.ok(["audit", "verify"])
    }

    // MARK: Item 8: Swedish numbers wherever a number is read

    @Test func numbersAreReadAsSwedesWriteThem() async throws {
        let box = try await setRegistry()
        let values = try await box.listJSON("indicator-value").map { Dictionary($0, uniquingKeysWith: { a, _ in a }) }
        func value(_ indicator: Int64, _ region: String) -> String? {
            values.first { $0["indicator"]?.int == indicator && $0["region"]?.string == region }?["value"]?.description
        }
        #expect(value(1, "RÖ") == "74.3")     // 74,3 %
        #expect(value(1, "RJL") == "70.4")    // 70.4
        #expect(value(3, "RJL") == "-9")      // −9,0
        #expect(value(2, "RÖ") == "1018")     // 1 018
        #expect(value(2, "RJL") == "2345")    // no-break space
        #expect(value(2, "RKL") == "1200")    // narrow no-break space
        #expect(try await box.show("indicator", "vt")["target"]?.description == "80")   // 80 %
        // Integers too: a year filter and a position.
        await box.ok(["indicator-set-member", "update", "1", "--position", "1 001"])
        #expect(try await box.show("indicator-set-member", "1")["position"]?.int == 1001)
        // A Swedish CSV (`;`, decimal comma, per-cent sign) and JSON with Swedish text numbers.
        let csv = box.path("varden.csv")
        try box.write("varden.csv", "indicator;region;period;value\r\nvt;RÖ;2023;\"68,5 %\"\r\nant;RÖ;2023;1 100\r\nvtf;RÖ;2023;−1,5\r\n")
        #expect(await box.ok(["import", "indicator-value", csv]).stdout.hasPrefix("imported 3 "))
        try box.write("varden.json", #"[{"indicator": "vt", "region": "RJL", "period": "2023", "value": "66,6 %"}, {"indicator": "ant", "region": "RJL", "period": "2023", "value": "2 000"}]"#)
        #expect(await box.ok(["import", "indicator-value", box.path("varden.json")]).stdout.hasPrefix("imported 2 "))
        let imported = await box.ok(["indicator-value", "list", "--period", "2023", "--format", "csv"]).stdout
        for line in [",1,RÖ,2023,68.5,", ",2,RÖ,2023,1100,", ",3,RÖ,2023,-1.5,", ",1,RJL,2023,66.6,", ",2,RJL,2023,2000,"] {
            #expect(imported.contains(line), "\(line) not in\n\(imported)")
        }
    }

    @Test(arguments: [
        ("1,018.5", "it has both ',' and '.'"), ("1.018,5", "it has both ',' and '.'"), ("1,2,3", "more than one ','"),
        ("10 18", "groups of three"), ("inf", "not a number"), ("1e999", "too large"), ("74 kr", "not a number"),
    ])
    func ambiguousOrGarbageNumbersAreRefusedOnOneLine(_ text: String, _ why: String) async throws {
        let box = try await setRegistry()
        try await box.expectRefused(["indicator-value", "add", "--indicator", "vt", "--region", "RÖ", "--period", "2023", "--value", text],
                                    mentions: ["value '\(text)' is not a number", why])
    }

    @Test func aPerCentSignIsForSharesOnly() async throws {
        let box = try await setRegistry()
        try await box.expectRefused(["indicator-value", "add", "--indicator", "ant", "--region", "RÖ", "--period", "2023", "--value", "12 %"],
                                    mentions: ["per-cent sign", "ant is a count"])
        try await box.expectRefused(["flow", "add", "--year", "2024", "--performing", "RÖ", "--home", "RJL", "--drg-sum", "12 %"],
                                    mentions: ["drg_sum", "per-cent sign is allowed only for a share"])
        try await box.expectRefused(["indicator", "add", "--code", "y", "--name", "Y", "--promise", "jamlik", "--value-kind", "rate",
                                     "--target", "5 %"], mentions: ["target has a per-cent sign"])
        // A CSV row with a per-cent sign on a count stops the whole import at its line.
        try box.write("fel.csv", "indicator;region;period;value\nvt;RÖ;2023;60 %\nant;RÖ;2023;5 %\n")
        try await box.expectRefused(["import", "indicator-value", box.path("fel.csv")], mentions: ["fel.csv:3:4", "per-cent sign"])
    }

    // MARK: Item 13: CSV a secretary opens in Excel

    @Test func excelCSVHasAByteOrderMarkSemicolonsDecimalCommasAndCRLF() async throws {
        let box = try await setRegistry()
        let file = box.path("varden.csv")
        await box.ok(["export", "indicator-value", "--format", "csv-excel", "--out", file])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("id;indicator;region;period;value;missing;withdrawn;note;source\r\n"), "\(text)")
        #expect(text.contains("\r\n1;1;RÖ;2024;74,3;;;;\r\n"), "\(text)")
        #expect(text.contains(";2024;-9;"), "\(text)")
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF outside a quoted field")

        // list and reports take the same format.
        let list = await box.ok(["indicator-value", "list", "--format", "csv-excel"]).stdout
        #expect(list.contains("id;indicator;region;period;value") && list.contains(";74,3;") && list.contains("\r\n"), "\(list)")
        let report = box.path("systemmatt.csv")
        await box.ok(["report", "indicators", "--period", "2024", "--format", "csv-excel", "--out", report])
        let reportBytes = try Data(contentsOf: URL(fileURLWithPath: report))
        let reportText = String(decoding: reportBytes, as: UTF8.self)
        #expect(reportText.hasPrefix("\u{FEFF}section;table;row;column;value\r\n"), "\(reportText)")
        #expect(reportText.contains(";varde;74,3\r\n"), "\(reportText)")
        let annual = await box.ok(["report", "annual", "--year", "2024", "--format", "csv-excel"]).stdout
        #expect(annual.contains("systemmatt;systemmatt_jamlik;1;RÖ;3,25\r\n"), "\(annual)")
        // The plain CSV is unchanged: commas, points, LF.
        let plain = await box.ok(["indicator-value", "list", "--format", "csv"]).stdout
        #expect(plain.hasPrefix("id,indicator,region,period,value,") && plain.contains(",74.3,") && !plain.contains("\r"))
    }

    @Test func excelCSVImportsBackToIdenticalRecords() async throws {
        let source = try await setRegistry()
        // Text with ';', quotes and line breaks (a narrative is Markdown and may have them).
        await source.ok(["narrative", "add", "--year", "2024", "--section", "systemmatt",
                         "--text", "Måtten; \"valda\" av SVN.\n\n- 74,3 % i RÖ\r\n- rad två"])
        await source.ok(["indicator", "update", "4", "--note", "Regionens egen; \"inte\" sjukvårdsregional"])
        let target = try await Sandbox()
        let families = ["indicator", "indicator-value", "indicator-set", "indicator-set-member", "narrative"]
        for family in families {
            let file = source.path("\(family).csv")
            await source.ok(["export", family, "--format", "csv-excel", "--out", file])
            let imported = await target.ok(["import", family, file])
            #expect(imported.stdout.hasPrefix("imported "), "\(imported)")
        }
        for family in families {
            let a = await source.ok([family, "list", "--format", "json"]).stdout
            let b = await target.ok([family, "list", "--format", "json"]).stdout
            #expect(a == b, "\(family) differs after the round trip")
        }
        let narrative = try await target.show("narrative", "1")
        #expect(narrative["text"]?.string == "Måtten; \"valda\" av SVN.\n\n- 74,3 % i RÖ\r\n- rad två")
        // Importing the same file again changes nothing.
        let before = try target.dump()
        await target.ok(["import", "indicator-value", source.path("indicator-value.csv")])
        #expect(try target.dump() == before)
        await target.ok(["check"])
    }
}
