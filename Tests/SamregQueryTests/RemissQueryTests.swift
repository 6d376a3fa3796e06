import Foundation
import GRDB
import SamregCore
import SamregQuery
import SamregStore
import SamregTestSupport
import Testing

@Suite("RemissQueries")
struct RemissQueryTests {
    /// Seven remisser in every state, today 2025-06-17:
    /// A overdue, B due today, C due in two weeks, D answered, E declined (avstår),
    /// F with a draft answer (neither approved nor sent), G closed without an answer.
    struct Fixture {
        var a: Int64 = 0, b: Int64 = 0, c: Int64 = 0, d: Int64 = 0, e: Int64 = 0, f: Int64 = 0, g: Int64 = 0
    }

    func makeFixture(_ r: Registry) throws -> Fixture {
        var x = Fixture()
        x.a = try r.remiss("A vårdförlopp", received: "2025-05-01", deadline: "2025-06-10")
        x.b = try r.remiss("B riktlinjer", received: "2025-05-02", deadline: "2025-06-17")
        x.c = try r.remiss("C vårdprogram", received: "2025-05-03", deadline: "2025-07-01")
        x.d = try r.remiss("D besvarad", received: "2025-04-01", deadline: "2025-05-01")
        try r.answer(x.d, sent: "2025-04-20")
        x.e = try r.remiss("E avstår", received: "2025-04-01", deadline: "2025-06-01")
        try r.answer(x.e, sent: nil, kind: "avstar")
        x.f = try r.remiss("F godkänd ej skickad", received: "2025-05-05", deadline: "2025-06-30")
        try r.insert(Families.response, ["remiss": String(x.f), "scope": "sosr"])
        x.g = try r.remiss("G stängd", received: "2025-05-01", deadline: "2025-06-05")
        try r.end(Families.remiss, id: x.g, on: "2025-06-01")
        return x
    }

    @Test func openListsUnansweredRemisserNearestDeadlineFirstWithDaysLeft() throws {
        try withRegistry { r in
            let x = try makeFixture(r)
            let open = try r.read { db in try RemissQueries.open(db, asOf: "2025-06-17") }
            #expect(open.map(\.id) == [x.a, x.b, x.f, x.c])
            #expect(open.map(\.daysLeft) == [-7, 0, 13, 14])
            #expect(open.map(\.status) == ["forsenad", "oppen", "oppen", "oppen"])
            #expect(open.allSatisfy { $0.answered == nil })
        }
    }

    @Test func aSentAnswerAnAvstarResponseAndClosingEachTakeARemissOffTheOpenList() throws {
        try withRegistry { r in
            let x = try makeFixture(r)
            let open = Set(try r.read { db in try RemissQueries.open(db, asOf: "2025-06-17") }.map(\.id))
            #expect(!open.contains(x.d), "answered with a sent yttrande")
            #expect(!open.contains(x.e), "declined (avstår)")
            #expect(!open.contains(x.g), "closed")
            #expect(open.contains(x.f), "a draft answer, neither approved nor sent, does not close the remiss")
        }
    }

    @Test func aWithdrawnAnswerReopensTheRemiss() throws {
        try withRegistry { r in
            let id = try r.remiss("Återkallat svar", received: "2025-05-01", deadline: "2025-07-01")
            let response = try r.answer(id, sent: "2025-05-20")
            #expect(try r.read { db in try RemissQueries.open(db, asOf: "2025-06-17") }.isEmpty)
            try r.end(Families.response, id: response, on: "2025-06-01")
            #expect(try r.read { db in try RemissQueries.open(db, asOf: "2025-06-17") }.map(\.id) == [id])
        }
    }

    @Test func overdueIsOpenWithTheDeadlinePassedOnTheAsOfDay() throws {
        try withRegistry { r in
            let x = try makeFixture(r)
            let today = try r.read { db in try RemissQueries.overdue(db, asOf: "2025-06-17") }
            #expect(today.map(\.id) == [x.a])
            #expect(today.first?.daysLeft == -7)
            // Earlier: nothing overdue yet (the deadline day itself is not overdue).
            try reopen(r, today: "2025-06-10") { early in
                let overdue = try early.read { db in try RemissQueries.overdue(db, asOf: "2025-06-10") }
                #expect(overdue.isEmpty)
                let open = try early.read { db in try RemissQueries.open(db, asOf: "2025-06-10") }
                #expect(open.first?.id == x.a && open.first?.daysLeft == 0 && open.first?.status == "oppen")
            }
            // Later: every open one is overdue.
            try reopen(r, today: "2025-07-02") { late in
                let overdue = try late.read { db in try RemissQueries.overdue(db, asOf: "2025-07-02") }
                #expect(overdue.map(\.id) == [x.a, x.b, x.f, x.c])
                #expect(overdue.map(\.daysLeft) == [-22, -15, -2, -1])
                #expect(overdue.allSatisfy { $0.status == "forsenad" })
            }
        }
    }

    @Test func openWithinDaysKeepsDeadlinesUpToThatManyDaysAhead() throws {
        try withRegistry { r in
            let x = try makeFixture(r)
            let within13 = try r.read { db in try RemissQueries.open(db, asOf: "2025-06-17", within: 13) }
            #expect(within13.map(\.id) == [x.a, x.b, x.f])
            let within14 = try r.read { db in try RemissQueries.open(db, asOf: "2025-06-17", within: 14) }
            #expect(within14.map(\.id) == [x.a, x.b, x.f, x.c])
            let within0 = try r.read { db in try RemissQueries.open(db, asOf: "2025-06-17", within: 0) }
            #expect(within0.map(\.id) == [x.a, x.b])
        }
    }

    @Test func openPublicOnlyLeavesOutConfidentialRemisser() throws {
        try withRegistry { r in
            let x = try makeFixture(r)
            try r.update(Families.remiss, id: x.b, ["confidential": "ja"])
            let all = try r.read { db in try RemissQueries.open(db, asOf: "2025-06-17") }
            let pub = try r.read { db in try RemissQueries.open(db, asOf: "2025-06-17", publicOnly: true) }
            #expect(all.map(\.id).contains(x.b))
            #expect(pub.map(\.id) == [x.a, x.f, x.c])
        }
    }

    /// K1, K2 kunskapsstyrning answered jointly; N1 nhv answered by RJL alone; M1 myndighet
    /// answered jointly; X answered before the period.
    struct Answered {
        var k1: Int64 = 0, k2: Int64 = 0, n1: Int64 = 0, m1: Int64 = 0, x: Int64 = 0
    }

    func makeAnswered(_ r: Registry, withM1: Bool) throws -> Answered {
        try r.body("rpo", "Regionalt programområde ögonsjukdomar", short: "RPO Ögonsjukdomar")
        try r.body("rsg", "Regional samverkansgrupp läkemedel", short: "RSG Läkemedel")
        var a = Answered()
        a.k1 = try r.remiss("K1", received: "2025-01-10", deadline: "2025-03-01",
                            extra: ["preparing": "RPO Ögonsjukdomar; RSG Läkemedel"])
        try r.answer(a.k1, sent: "2025-02-10")                      // 31 days
        a.k2 = try r.remiss("K2", received: "2025-02-01", deadline: "2025-03-15", extra: ["preparing": "RSG Läkemedel"])
        try r.answer(a.k2, sent: "2025-03-01")                      // 28 days
        a.n1 = try r.remiss("N1", received: "2025-01-01", deadline: "2025-04-30", category: "nhv")
        try r.answer(a.n1, sent: "2025-04-01", scope: "region", region: "RJL")  // 90 days
        if withM1 {
            a.m1 = try r.remiss("M1", received: "2025-03-01", deadline: "2025-04-01", category: "myndighet")
            try r.answer(a.m1, sent: "2025-03-11")                  // 10 days
        }
        a.x = try r.remiss("X", received: "2024-11-01", deadline: "2024-12-31", category: "myndighet")
        try r.answer(a.x, sent: "2024-12-20")
        return a
    }

    let spring2025 = Period(from: "2025-01-01", to: "2025-06-17")

    @Test func answeredInAPeriodIsCountedByCategoryWithZeroCategoriesIncluded() throws {
        try withRegistry { r in
            let a = try makeAnswered(r, withM1: false)
            let answered = try r.read { db in try RemissQueries.answered(db, period: spring2025, asOf: "2025-06-17") }
            #expect(answered.map(\.id) == [a.k1, a.k2, a.n1])
            #expect(answered.map(\.answered) == ["2025-02-10", "2025-03-01", "2025-04-01"])
            #expect(answered.allSatisfy { $0.status == "besvarad" })
            let counts = RemissQueries.countByCategory(answered)
            #expect(counts.map(\.category) == ["kunskapsstyrning", "nhv", "myndighet"])
            #expect(counts.map(\.count) == [2, 1, 0])

            let joint = try r.read { db in try RemissQueries.answered(db, period: spring2025, jointOnly: true, asOf: "2025-06-17") }
            #expect(joint.map(\.id) == [a.k1, a.k2])
            #expect(RemissQueries.countByCategory(joint).map(\.count) == [2, 0, 0])

            let y2024 = try r.read { db in try RemissQueries.answered(db, period: .year(2024), asOf: "2025-06-17") }
            #expect(y2024.map(\.id) == [a.x])
            #expect(RemissQueries.countByCategory([]).map(\.count) == [0, 0, 0])
        }
    }

    @Test func answeredPeriodIncludesBothEndDays() throws {
        try withRegistry { r in
            let first = try r.remiss("Första dagen", received: "2024-12-01", deadline: "2025-01-31")
            try r.answer(first, sent: "2025-01-01")
            let last = try r.remiss("Sista dagen", received: "2025-05-01", deadline: "2025-06-30")
            try r.answer(last, sent: "2025-06-17")
            let after = try r.remiss("Dagen efter", received: "2025-05-01", deadline: "2025-06-30")
            try r.answer(after, sent: "2025-06-18")
            let answered = try r.read { db in try RemissQueries.answered(db, period: spring2025, asOf: "2025-06-17") }
            #expect(answered.map(\.id) == [first, last])
        }
    }

    @Test func answeredByBodyCountsARemissForEachPreparingBodyAndNoneUnderIngen() throws {
        try withRegistry { r in
            _ = try makeAnswered(r, withM1: false)
            let byBody = try r.read { db in try RemissQueries.answeredByBody(db, period: spring2025) }
            #expect(byBody.map(\.body) == ["RSG Läkemedel", "(ingen)", "RPO Ögonsjukdomar"])
            #expect(byBody.map(\.count) == [2, 1, 1])
            let joint = try r.read { db in try RemissQueries.answeredByBody(db, period: spring2025, jointOnly: true) }
            #expect(joint.map(\.body) == ["RSG Läkemedel", "RPO Ögonsjukdomar"])
            #expect(joint.map(\.count) == [2, 1])
        }
    }

    @Test func medianDaysToAnswerOfAnOddCountIsTheMiddleValue() throws {
        try withRegistry { r in
            _ = try makeAnswered(r, withM1: false)                    // 31, 28, 90 days
            let answered = try r.read { db in try RemissQueries.answered(db, period: spring2025, asOf: "2025-06-17") }
            #expect(RemissQueries.medianDaysToAnswer(answered) == 31)
        }
    }

    @Test func medianDaysToAnswerOfAnEvenCountIsTheMeanOfTheMiddleTwo() throws {
        try withRegistry { r in
            _ = try makeAnswered(r, withM1: true)                     // 10, 28, 31, 90 days
            let answered = try r.read { db in try RemissQueries.answered(db, period: spring2025, asOf: "2025-06-17") }
            #expect(answered.count == 4)
            #expect(RemissQueries.medianDaysToAnswer(answered) == 29.5)
        }
    }

    @Test func medianDaysToAnswerOfTwoIsTheirMeanAndOfNoneIsNil() throws {
        try withRegistry { r in
            let one = try r.remiss("Ett", received: "2025-02-01", deadline: "2025-03-31")
            try r.answer(one, sent: "2025-02-11")                     // 10 days
            let two = try r.remiss("Två", received: "2025-02-01", deadline: "2025-03-31")
            try r.answer(two, sent: "2025-02-22")                     // 21 days
            let answered = try r.read { db in try RemissQueries.answered(db, period: spring2025, asOf: "2025-06-17") }
            #expect(RemissQueries.medianDaysToAnswer(answered) == 15.5)
            let none = try r.read { db in try RemissQueries.answered(db, period: .year(2023), asOf: "2025-06-17") }
            #expect(RemissQueries.medianDaysToAnswer(none) == nil)
        }
    }

    @Test func aRemissIsAnsweredOnlyInThePeriodOfItsFirstAnswer() throws {
        try withRegistry { r in
            let id = try r.remiss("Svarad två gånger", received: "2024-10-01", deadline: "2024-12-31")
            try r.answer(id, sent: "2024-11-15")
            try r.answer(id, sent: "2025-02-01", scope: "region", region: "RJL")
            let y2024 = try r.read { db in try RemissQueries.answered(db, period: .year(2024), asOf: "2025-06-17") }
            let y2025 = try r.read { db in try RemissQueries.answered(db, period: .year(2025), asOf: "2025-06-17") }
            #expect(y2024.map(\.id) == [id])
            #expect(y2025.isEmpty)   // fails: [id], with answered == "2024-11-15"
        }
    }
}
