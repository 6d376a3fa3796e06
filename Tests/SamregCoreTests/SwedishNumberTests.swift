import Testing
@testable import SamregCore

/// Numbers as Swedes, spreadsheets and samreg's exports write them (issue 9, item 8).
@Suite("Swedish numbers")
struct SwedishNumberTests {
    @Test(arguments: [
        ("74.3", 74.3), ("74,3", 74.3), ("1 018", 1018), ("1\u{00A0}018", 1018), ("1\u{202F}018", 1018),
        ("−9,0", -9), ("-9.0", -9), ("+5", 5), ("86 656,5", 86656.5), ("1 234 567", 1_234_567),
        ("1,018", 1.018), ("1.018", 1.018), ("0,5", 0.5), ("  42  ", 42), ("1e-05", 0.00001),
        ("1,5e-05", 0.000015), ("−1 018,25", -1018.25), ("007", 7),
    ])
    func acceptedNumbers(_ text: String, _ value: Double) {
        #expect(SwedishNumber.value(text) == value, "\(text)")
    }

    @Test func aPerCentSignIsAcceptedOnlyWhereAsked() {
        #expect(SwedishNumber.value("74,3 %", allowPercent: true) == 74.3)
        #expect(SwedishNumber.value("74,3%", allowPercent: true) == 74.3)
        #expect(SwedishNumber.value("74,3\u{00A0}%", allowPercent: true) == 74.3)
        #expect(SwedishNumber.value("74,3 %") == nil)
        #expect(SwedishNumber.value("%", allowPercent: true) == nil)
        #expect(SwedishNumber.value("74 %%", allowPercent: true) == nil)
    }

    @Test(arguments: [
        "", " ", "abc", "12 kr", "1,2,3", "1.2.3", "1.018,5", "1,018.5", "10 18", "1 0180", "1  018",
        "1 018e3", "inf", "nan", "-inf", "1e999", "0x10", ",5", "5,", ".5", "5.", "--5", "−-5", "1_000",
        "٣", "1–5", "– 5", "1e", "1e+",
    ])
    func refusedText(_ text: String) {
        #expect(SwedishNumber.value(text) == nil, "'\(text)' should be refused")
    }

    @Test func refusalsSayWhy() {
        func reason(_ text: String) -> String? {
            if case .failure(let p) = SwedishNumber.parse(text) { return p.reason }
            return nil
        }
        #expect(reason("1.018,5")?.contains("both ',' and '.'") == true)
        #expect(reason("1,2,3")?.contains("more than one ','") == true)
        #expect(reason("10 18")?.contains("groups of three") == true)
        #expect(reason("1e999") == "it is too large")
        #expect(reason("74 %")?.contains("per-cent sign") == true)
        #expect(reason("12 kr") != nil && reason("12 kr")!.contains("\n") == false)
    }

    @Test func wholeNumbers() throws {
        #expect(try SwedishNumber.integer("1 018").get() == 1018)
        #expect(try SwedishNumber.integer("−9").get() == -9)
        #expect(try SwedishNumber.integer("2024").get() == 2024)
        #expect(try SwedishNumber.integer("9 223 372 036 854 775 807").get() == Int.max)
        #expect((try? SwedishNumber.integer("9 223 372 036 854 775 808").get()) == nil)
        #expect((try? SwedishNumber.integer("2024,5").get()) == nil)
        #expect((try? SwedishNumber.integer("1e3").get()) == nil)
        #expect((try? SwedishNumber.integer("1 0").get()) == nil)
    }
}
