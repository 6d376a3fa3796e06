import Foundation
import GRDB
import SamregCore
import SamregQuery
import SamregStore
import SamregTestSupport
import Testing

@Suite("UniversityQueries and OutsideCareQueries")
struct UniversityQueryTests {
    @Test func unitsAreHeldFromTheirDesignationToTheirLastDayAndCountedPerRegionInTheAgreementsOrder() throws {
        try withRegistry { r in
            try r.insert(Families.universityUnit, ["name": "Ögonkliniken", "region": "RÖ", "designated": "2023-05-01"])
            try r.insert(Families.universityUnit, ["name": "Barnkliniken", "region": "RÖ", "designated": "2020-01-01", "valid_to": "2024-12-30"])
            try r.insert(Families.universityUnit, ["name": "Kirurgi Ryhov", "region": "RJL", "designated": "2024-09-01"])
            try r.insert(Families.universityUnit, ["name": "Odaterad", "region": "RS"])
            let units = try r.read { db in try UniversityQueries.units(db) }
            #expect(units.map(\.name) == ["Barnkliniken", "Ögonkliniken", "Kirurgi Ryhov", "Odaterad"])
            let end2024 = UniversityQueries.heldPerRegion(units, on: "2024-12-31")
            #expect(end2024.map(\.region) == ["RÖ", "RJL", "RKL", "RS"])
            #expect(end2024.map(\.count) == [1, 1, 0, 1], "Barnkliniken's last day was 2024-12-30")
            #expect(UniversityQueries.heldPerRegion(units, on: "2023-12-31").map(\.count) == [2, 0, 0, 1])
            // Valid to the last day of the year: still held at the year's end.
            let first = try #require(units.first)
            #expect(first.isHeld(on: "2024-12-30") && !first.isHeld(on: "2024-12-31"))
            #expect(UniversityQueries.designated(units, in: 2024).map(\.name) == ["Kirurgi Ryhov"])
            #expect(UniversityQueries.designated(units, in: 2022).isEmpty)
        }
    }

    @Test func accessFiguresGiveTheShareWithin90DaysAndLeaveOutWithdrawnOnes() throws {
        try withRegistry { r in
            try r.insert(Families.access, ["year": "2024", "home": "RKL", "measure": "behandling", "count": "200", "within_90": "150"])
            try r.insert(Families.access, ["year": "2024", "home": "RKL", "measure": "nybesok", "count": "400", "within_90": "300"])
            try r.insert(Families.access, ["year": "2023", "home": "RJL", "measure": "nybesok", "count": "0", "within_90": "0"])
            let withdrawn = try r.insert(Families.access, ["year": "2024", "home": "RJL", "measure": "nybesok", "count": "9", "within_90": "9"])
            try r.end(Families.access, id: withdrawn, on: "2025-02-01")
            try r.insert(Families.access, ["year": "2022", "home": "RJL", "measure": "nybesok", "count": "5", "within_90": "5"])
            let figures = try r.read { db in try UniversityQueries.access(db, years: 2023...2024) }
            #expect(figures.map { "\($0.year) \($0.home) \($0.measure)" } == ["2023 RJL nybesok", "2024 RKL nybesok", "2024 RKL behandling"])
            #expect(figures.map(\.shareWithin90) == [nil, 0.75, 0.75])
            #expect(figures.allSatisfy { $0.unit == "Universitetssjukhuset i Linköping" })
        }
    }

    @Test func outsideCareCostsComeByRegionKindAndYearWithinTheYears() throws {
        try withRegistry { r in
            for (year, region, kind, cost) in [(2024, "RKL", "akut", "3"), (2024, "RÖ", "primarvard", "2"), (2023, "RÖ", "akut", "1"),
                                               (2024, "RÖ", "akut", "4"), (2020, "RÖ", "akut", "9"), (2024, "RJL", "planerad", "5")] {
                try r.insert(Families.outsideCare, ["year": String(year), "region": region, "kind": kind, "cost_tkr": cost])
            }
            let withdrawn = try r.insert(Families.outsideCare, ["year": "2024", "region": "RJL", "kind": "akut", "cost_tkr": "7"])
            try r.end(Families.outsideCare, id: withdrawn, on: "2025-01-01")
            let costs = try r.read { db in try OutsideCareQueries.costs(db, years: 2021...2024) }
            #expect(costs.map { "\($0.region) \($0.kind) \($0.year) \($0.costTkr)" }
                    == ["RÖ akut 2023 1.0", "RÖ akut 2024 4.0", "RÖ primarvard 2024 2.0", "RJL planerad 2024 5.0", "RKL akut 2024 3.0"])
        }
    }
}
