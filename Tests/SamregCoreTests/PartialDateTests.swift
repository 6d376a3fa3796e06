import SamregCore
import Testing

@Suite("PartialDate")
struct PartialDateTests {
    @Test func aYearAMonthOrADayIsAcceptedAndNothingElse() {
        for valid in ["2024", "2024-06", "2024-02-29", "1999-12"] { #expect(PartialDate.isValid(valid), "\(valid)") }
        for invalid in ["", "24", "2024-6", "2024-13", "2024-00", "2023-02-29", "2024-06-", "2024/06", "０２０２4", "20245"] {
            #expect(!PartialDate.isValid(invalid), "\(invalid)")
        }
        #expect(PartialDate.precision("2024") == .year)
        #expect(PartialDate.precision("2024-06") == .month)
        #expect(PartialDate.precision("2024-06-15") == .day)
    }

    @Test func firstAndLastDays() {
        #expect(PartialDate.firstDay("2024") == "2024-01-01")
        #expect(PartialDate.lastDay("2024") == "2024-12-31")
        #expect(PartialDate.firstDay("2024-02") == "2024-02-01")
        #expect(PartialDate.lastDay("2024-02") == "2024-02-29")
        #expect(PartialDate.lastDay("2023-02") == "2023-02-28")
        #expect(PartialDate.lastDay("2024-06-15") == "2024-06-15")
        #expect(PartialDate.lastDay("juni") == nil)
    }

    @Test func outOfOrderOnlyWhenCertainly() {
        #expect(!PartialDate.isCertainlyBefore("2024", "2024-03-01"))
        #expect(!PartialDate.isCertainlyBefore("2024-03-01", "2024"))
        #expect(!PartialDate.isCertainlyBefore("2024-05-10", "2024-05"))
        #expect(PartialDate.isCertainlyBefore("2024-05-31", "2024-06"))
        #expect(PartialDate.isCertainlyBefore("2023", "2024-01-01"))
        #expect(PartialDate.isCertainlyBefore("2024-06-01", "2024-06-02"))
        #expect(!PartialDate.isCertainlyBefore("2024-06-02", "2024-06-02"))
    }
}
