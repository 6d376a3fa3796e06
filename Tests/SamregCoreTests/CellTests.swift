import Testing
@testable import SamregCore

@Suite("Cell and SamregError")
struct CellTests {
    @Test func plainTextOfEachKindOfValue() {
        #expect(Cell.null.plain == "")
        #expect(Cell.int(86656).plain == "86656")
        #expect(Cell.int(-3).plain == "-3")
        #expect(Cell.real(74.6).plain == "74.6")
        #expect(Cell.real(86656).plain == "86656")
        #expect(Cell.real(-2).plain == "-2")
        #expect(Cell.real(0.1).plain == "0.1")
        #expect(Cell.text("Region Östergötland").plain == "Region Östergötland")
        #expect(Cell.text("").plain == "")
    }

    @Test func wholeRealsBeyondInt64PrecisionKeepTheirExponent() {
        #expect(Cell.plain(1e20) == "1e+20")
        #expect(Cell.plain(123456789012345) == "123456789012345")
    }

    @Test func conversionsBetweenKinds() {
        #expect(Cell.null.isNull)
        #expect(!Cell.text("").isNull)
        #expect(Cell.int(3).double == 3)
        #expect(Cell.text("74.6").double == 74.6)
        #expect(Cell.real(4).int == 4)
        #expect(Cell.real(4.5).int == nil)
        #expect(Cell.text("12").int == 12)
        #expect(Cell.null.text == nil)
        #expect(Cell.int(7).text == "7")
        #expect(Cell.text("x").text == "x")
    }

    @Test func resultTableReadsAColumnByName() {
        let table = ResultTable(columns: ["id", "name"], rows: [[.int(1), .text("RÖ")], [.int(2), .null]])
        #expect(table.column("name") == [.text("RÖ"), .null])
    }

    @Test func errorDescriptionPutsTheLocationFirst() {
        let error = SamregError("unknown column 'x'")
        #expect(error.description == "unknown column 'x'")
        #expect(error.at("in.csv:1:3").description == "in.csv:1:3: unknown column 'x'")
        #expect(error.at("in.csv:1:3").location == "in.csv:1:3")
    }
}
