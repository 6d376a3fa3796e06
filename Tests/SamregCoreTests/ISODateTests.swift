import Testing
@testable import SamregCore

@Suite("ISODate")
struct ISODateTests {
    @Test func realCalendarDatesAreValid() {
        for text in ["2025-06-17", "2025-01-01", "2025-12-31", "2024-02-29", "2000-02-29", "1999-04-30", "1000-01-01"] {
            #expect(ISODate.isValid(text), "\(text) should be valid")
        }
        let parsed = ISODate.parse("2024-02-29")
        #expect(parsed?.year == 2024 && parsed?.month == 2 && parsed?.day == 29)
    }

    @Test func leapDayExistsOnlyInLeapYears() {
        #expect(ISODate.isValid("2024-02-29"))
        #expect(!ISODate.isValid("2025-02-29"))
        #expect(!ISODate.isValid("1900-02-29"))
        #expect(ISODate.isValid("2000-02-29"))
    }

    @Test func daysThatDoNotExistAreInvalid() {
        for text in ["2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-01-32", "0999-12-31"] {
            #expect(!ISODate.isValid(text), "\(text) should be invalid")
        }
    }

    @Test func onlyTheExactTenCharacterFormIsAccepted() {
        for text in ["2025-2-1", "2025-02-1", "25-02-01", "2025/02/01", "20250201", "2025-02-01 ", " 2025-02-01",
                     "2025-02-01T00:00", "2025-O2-01", "２０２５-02-01", "", "abcd-ef-gh", "+025-02-01"] {
            #expect(!ISODate.isValid(text), "'\(text)' should be invalid")
        }
    }

    @Test func daysInMonthFollowTheGregorianCalendar() {
        #expect(ISODate.daysIn(month: 2, year: 2024) == 29)
        #expect(ISODate.daysIn(month: 2, year: 2025) == 28)
        #expect(ISODate.daysIn(month: 2, year: 2100) == 28)
        #expect(ISODate.daysIn(month: 2, year: 2000) == 29)
        #expect(ISODate.daysIn(month: 4, year: 2025) == 30)
        #expect(ISODate.daysIn(month: 12, year: 2025) == 31)
    }

    @Test func dayNumberCountsFromTheUnixEpoch() {
        #expect(ISODate.dayNumber("1970-01-01") == 0)
        #expect(ISODate.dayNumber("1970-01-02") == 1)
        #expect(ISODate.dayNumber("1969-12-31") == -1)
        #expect(ISODate.dayNumber("2000-03-01") == 11017)
        #expect(ISODate.dayNumber("2025-06-17") == 20256)
        #expect(ISODate.dayNumber("2025-02-29") == nil)
        #expect(ISODate.from(dayNumber: 0) == "1970-01-01")
        #expect(ISODate.from(dayNumber: 20256) == "2025-06-17")
    }

    @Test func dayNumberAndFromRoundTripOverTwoCenturies() throws {
        let first = try #require(ISODate.dayNumber("1900-01-01"))
        let last = try #require(ISODate.dayNumber("2100-12-31"))
        var previous: String?
        for n in first...last {
            let text = ISODate.from(dayNumber: n)
            guard ISODate.isValid(text), ISODate.dayNumber(text) == n else {
                Issue.record("day \(n) gives \(text), which does not round-trip")
                return
            }
            if let previous {
                // Consecutive days are consecutive dates and sort as text.
                #expect(previous < text)
            }
            previous = text
        }
        #expect(last - first + 1 == 73_414)
    }

    @Test func todayComesFromSamregTodayWhenSetAndValid() throws {
        #expect(try ISODate.today(environment: ["SAMREG_TODAY": "2024-02-29"]) == "2024-02-29")
        #expect(ISODate.isValid(try ISODate.today(environment: [:])))
    }

    @Test(arguments: ["2025-02-29", "", "today", "2025-1-1", "2025-01-01 ", "99999-01-01"])
    func anInvalidSamregTodayIsAnError(_ value: String) {
        #expect(throws: SamregError.self) { try ISODate.today(environment: ["SAMREG_TODAY": value]) }
    }
}
