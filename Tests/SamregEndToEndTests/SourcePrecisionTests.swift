import Foundation
import GRDB
import SamregTestSupport
import Testing

/// Inputs as the sources give them, and history kept (issue 9, items 8 and 9), through the
/// executable: dates as precise as the source, a role held by a region, `import --update`,
/// and as-of answers from the name and role history.
@Suite("Source precision and history")
struct SourcePrecisionTests {
    func number(_ value: JSONValue?) -> Double? {
        if case .number(let text)? = value { return Double(text) } else { return nil }
    }

    // MARK: Dates as precise as the source

    @Test func decisionsAndMeetingsDatedByYearOrMonthAreKeptAsWrittenAndCountedInTheirYear() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        await box.ok(["meeting", "add", "--body", "SVN", "--date", "2024-06"])
        await box.ok(["decision", "add", "--body", "SVN", "--date", "2024", "--kind", "beslut", "--title", "Årets beslut"])
        await box.ok(["decision", "add", "--body", "SVN", "--date", "2024-06", "--kind", "information", "--title", "Junibeslut"])
        await box.ok(["decision", "add", "--body", "SVN", "--date", "2024-12-31", "--kind", "beslut", "--title", "Nyårsafton"])
        await box.ok(["decision", "add", "--body", "SVN", "--date", "2025", "--kind", "beslut", "--title", "Nästa år"])

        let dates = try await box.listJSON("decision", ["--year", "2024"]).map { object in
            object.first { $0.0 == "date" }?.1.string
        }
        #expect(dates == ["2024", "2024-06", "2024-12-31"])
        #expect(try await box.listIds("decision", ["--year", "2025"]) == [4])
        #expect(try await box.listIds("meeting", ["--year", "2024"]) == [1])
        #expect(try await box.listIds("meeting", ["--year", "2023"]).isEmpty)
        // --to: a month or a year only when all of it is on or before the day.
        #expect(try await box.listIds("decision", ["--to", "2024-06-29"]).isEmpty)
        #expect(try await box.listIds("decision", ["--to", "2024-06-30"]) == [2])
        #expect(try await box.listIds("decision", ["--from", "2024-06-01", "--to", "2024-12-31"]) == [2, 3])

        // The annual summary shows the dates as given, in the right year.
        let report = await box.ok(["report", "annual", "--year", "2024"])
        #expect(report.stdout.contains("| 2024 | – | Årets beslut |"), "\(report.stdout)")
        #expect(report.stdout.contains("| 2024-06 |"))
        #expect(!report.stdout.contains("Nästa år"))
        #expect(report.stdout.contains("fattade Samverkansnämnden 2 beslut"))
    }

    @Test(arguments: ["2024-13", "2024-6", "24", "2024-00", "2024-02-30", "2024-06-", "juni 2024", "1899"])
    func aDateThatIsNeitherYearMonthNorDayIsRefused(date: String) async throws {
        let box = try await Sandbox()
        await box.addBodies()
        try await box.expectRefused(["decision", "add", "--body", "SVN", "--date", date, "--kind", "beslut", "--title", "X"],
                                    mentions: ["date", date])
    }

    @Test func datesAreOutOfOrderOnlyWhenTheyCertainlyAre() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        // A protocol approved during the month of a meeting dated by month: fine.
        await box.ok(["meeting", "add", "--body", "SVN", "--date", "2024-05", "--protocol-approved", "2024-05-02"])
        // Approved before the month began: certainly out of order.
        try await box.expectRefused(["meeting", "add", "--body", "RSG Läkemedel", "--date", "2024-05", "--protocol-approved", "2024-04-30"],
                                    mentions: ["protocol_approved", "2024-04-30", "2024-05"])
        // A permit decided in 2024 with care started on a day of that year, and the reverse.
        await box.ok(["permit", "add", "--care-area", "Brännskador", "--holder", "RÖ", "--status", "i_drift",
                      "--decided", "2024", "--start", "2024-03-01"])
        await box.ok(["permit", "add", "--care-area", "Fistlar", "--holder", "RÖ", "--status", "i_drift",
                      "--decided", "2024-05-10", "--start", "2024-05"])
        try await box.expectRefused(["permit", "add", "--care-area", "Vulvacancer", "--holder", "RÖ", "--status", "i_drift",
                                     "--decided", "2024-06", "--start", "2024-05-31"],
                                    mentions: ["start", "decided"])
        #expect(try await box.listIds("permit", ["--year", "2024"]) == [1, 2], "care started in 2024, by day or by month")
        #expect(try await box.listIds("permit", ["--year", "2023"]).isEmpty)
        // The schema's CHECK says the same to a writer outside samreg.
        let queue = try box.openForWriting()
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "UPDATE meeting SET held_on = '2024-6' WHERE id = 1")
            }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "UPDATE meeting SET protocol_approved_on = '2024-04-01' WHERE id = 1")
            }
        }
        try queue.close()
    }

    @Test func aPermitDecidedInAMonthIsHeldFromTheMonthsLastDay() async throws {
        let box = try await Sandbox()
        await box.ok(["permit", "add", "--care-area", "Svåra hudsymtom", "--holder", "RÖ", "--status", "beviljat",
                      "--decided", "2024-06"])
        let before = await box.ok(["report", "permits", "--as-of", "2024-06-29"])
        #expect(before.stdout.contains("| Innehavda tillstånd | 0 |"), "\(before.stdout)")
        let after = await box.ok(["report", "permits", "--as-of", "2024-06-30"])
        #expect(after.stdout.contains("| Innehavda tillstånd | 1 |"), "\(after.stdout)")
        #expect(after.stdout.contains("| 2024-06 |"), "the decision date is shown as given: \(after.stdout)")
    }

    // MARK: A role held by a region

    @Test func aRoleHeldByARegionNeedsNoPersonAndTheSummaryNamesTheChairingRegion() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        await box.ok(["membership", "add", "--body", "SVN", "--role", "ordforande", "--region", "RKL",
                      "--valid-from", "2024-01-01", "--valid-to", "2024-12-31"])
        await box.ok(["membership", "add", "--body", "SVN", "--role", "ordforande", "--region", "RJL",
                      "--valid-from", "2025-01-01"])
        try await box.expectRefused(["membership", "add", "--body", "SVN", "--role", "ledamot"],
                                    mentions: ["person", "region"])
        let y2024 = await box.ok(["report", "annual", "--year", "2024"])
        #expect(y2024.stdout.contains("Ordförande: Region Kalmar län."), "\(y2024.stdout)")
        let y2025 = await box.ok(["report", "annual", "--year", "2025"])
        #expect(y2025.stdout.contains("Ordförande: Region Jönköpings län."), "\(y2025.stdout)")
        #expect(!y2025.stdout.contains("Kalmar län."))
    }

    @Test func theSeedRecordsRegionKalmarLänAsSVNsChairIn2024WithItsSource() async throws {
        let box = try await Sandbox()
        await box.ok(["seed"])
        let chairs = try await box.listJSON("membership", ["--body", "SVN"])
        #expect(chairs.count == 1)
        let chair = Dictionary(try #require(chairs.first), uniquingKeysWith: { a, _ in a })
        #expect(chair["role"]?.string == "ordforande")
        #expect(chair["region"]?.string == "RKL")
        #expect(chair["person"]?.isNull == true)
        #expect(chair["source"]?.string?.hasPrefix("003_2ec2799c06c93718.txt:24485") == true)
        let report = await box.ok(["report", "annual", "--year", "2024"])
        #expect(report.stdout.contains("Ordförande: Region Kalmar län."))
    }

    // MARK: import --update

    @Test func importUpdateCompletesRecordsMatchedOnTheirNaturalKeyAndAddsTheRest() async throws {
        let box = try await Sandbox()
        _ = try await box.addRemiss(title: "Vårdförlopp sepsis", deadline: "2025-06-30", extra: ["--case-number", "RJL 2025/1044"])
        await box.ok(["contract", "add", "--year", "2024", "--payer", "RJL", "--receiver", "RÖ", "--fixed-tkr", "378026"])
        try box.write("remisser.csv", """
            case_number;title;sender;category;received;deadline;note
            RJL 2025-1044;;;;;2025-07-15;Förlängd svarstid enligt SKR
            RJL 2025/2000;Ny remiss;SKR;nhv;2025-06-01;2025-08-01;
            """)
        let result = await box.ok(["import", "remiss", box.path("remisser.csv"), "--update"])
        #expect(result.stdout.contains("updated 1 and added 1 remiss record"), "\(result)")
        let first = try await box.show("remiss", "1")
        #expect(first["deadline"]?.string == "2025-07-15")
        #expect(first["title"]?.string == "Vårdförlopp sepsis", "an empty cell leaves the stored value")
        #expect(first["note"]?.string == "Förlängd svarstid enligt SKR")
        #expect(try await box.listIds("remiss") == [1, 2])

        // Year + payer + receiver, the part and basis read as their defaults.
        try box.write("avtal.csv", "year,payer,receiver,variable_tkr\n2024,RJL,RÖ,212400\n")
        await box.ok(["import", "contract", box.path("avtal.csv"), "--update"])
        let contract = try await box.show("contract", "1")
        #expect(number(contract["fixed_tkr"]) == 378026)
        #expect(number(contract["variable_tkr"]) == 212400)

        // Importing the same file again changes nothing.
        let again = await box.ok(["import", "contract", box.path("avtal.csv"), "--update"])
        #expect(again.stdout.contains("updated 0 and added 0"), "\(again)")

        // Every change is audited as an update, with the values before and after.
        let queue = try box.openForWriting()
        let updates = try await queue.read { db in
            try Row.fetchAll(db, sql: "SELECT tbl, record_id, before, after FROM audit WHERE action = 'update' ORDER BY seq")
        }
        try queue.close()
        try #require(updates.map { $0["tbl"] as String } == ["remiss", "contract"])
        #expect((updates[0]["before"] as String).contains("2025-06-30") && (updates[0]["after"] as String).contains("2025-07-15"))
        await box.ok(["audit", "verify"])
    }

    @Test func importUpdateIsAllOrNothingWithTheBadRowsPlace() async throws {
        let box = try await Sandbox()
        _ = try await box.addRemiss(deadline: "2025-06-30", extra: ["--case-number", "RJL 2025/1044"])
        try box.write("fel.csv", """
            case_number,deadline
            RJL 2025/1044,2025-07-15
            RJL 2025/1044,2025-02-30
            """)
        try await box.expectRefused(["import", "remiss", box.path("fel.csv"), "--update"],
                                    mentions: ["fel.csv:3:2", "deadline", "2025-02-30"])
        // A deadline before the day received is refused as by `update`.
        try box.write("ordning.csv", "case_number,deadline\nRJL 2025/1044,2025-01-01\n")
        try await box.expectRefused(["import", "remiss", box.path("ordning.csv"), "--update"],
                                    mentions: ["ordning.csv:2:", "deadline"])
    }

    @Test func importUpdateRefusesARowThatMatchesSeveralRecords() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        for title in ["Första", "Andra"] {
            await box.ok(["decision", "add", "--body", "SVN", "--date", "2024-10-18", "--kind", "beslut", "--title", title,
                          "--case-number", "RÖ 2024-6246"])
        }
        try box.write("beslut.csv", "case_number,text\nRÖ 2024-6246,Beslutstext\n")
        try await box.expectRefused(["import", "decision", box.path("beslut.csv"), "--update"],
                                    mentions: ["beslut.csv:2:1", "several", "id"])
        // With the id it is clear which.
        try box.write("beslut-id.csv", "id,text\n2,Beslutstext\n")
        await box.ok(["import", "decision", box.path("beslut-id.csv"), "--update"])
        #expect(try await box.show("decision", "2")["text"]?.string == "Beslutstext")
        #expect(try await box.show("decision", "1")["text"]?.isNull == true)
    }

    @Test func importWithoutUpdateStillRefusesAnExistingIdWithOtherValues() async throws {
        let box = try await Sandbox()
        _ = try await box.addRemiss(deadline: "2025-06-30")
        try box.write("r.csv", "id,title,sender,category,received,deadline\n1,Annan titel,SKR,nhv,2025-05-02,2025-06-30\n")
        try await box.expectRefused(["import", "remiss", box.path("r.csv")], mentions: ["duplicate id"])
    }

    // MARK: History kept

    @Test func aChangedRoleKeepsItsEarlierValueAndAsOfAnswersForAnyDay() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        await box.ok(["membership", "add", "--body", "SVN", "--role", "ledamot", "--region", "RJL", "--valid-from", "2024-01-01"])
        await box.ok(["membership", "update", "1", "--role", "vice_ordforande", "--changed-on", "2025-01-01"])
        await box.ok(["membership", "update", "1", "--role", "ordforande", "--changed-on", "2025-03-01"])
        func role(asOf day: String) async throws -> String? {
            let rows = try await box.listJSON("membership", ["--as-of", day])
            return Dictionary(try #require(rows.first), uniquingKeysWith: { a, _ in a })["role"]?.string
        }
        #expect(try await role(asOf: "2024-06-30") == "ledamot")
        #expect(try await role(asOf: "2024-12-31") == "ledamot")
        #expect(try await role(asOf: "2025-01-01") == "vice_ordforande")
        #expect(try await role(asOf: "2025-02-28") == "vice_ordforande")
        #expect(try await role(asOf: "2025-03-01") == "ordforande")
        #expect(try await box.show("membership", "1")["role"]?.string == "ordforande")
        // The chair as of the year's end, from the history.
        #expect(!(await box.ok(["report", "annual", "--year", "2024"])).stdout.contains("Ordförande:"))
        #expect((await box.ok(["report", "annual", "--year", "2025"])).stdout.contains("Ordförande: Region Jönköpings län."))
        // A change dated before the current role began is refused.
        try await box.expectRefused(["membership", "update", "1", "--role", "ledamot", "--changed-on", "2025-02-01"],
                                    mentions: ["2025-03-01"])

        // The history is in its own table, periods and all (not read from the audit trail).
        let queue = try box.openForWriting()
        let history = try await queue.read { db in
            try Row.fetchAll(db, sql: "SELECT role, valid_from, valid_to FROM membership_role_history ORDER BY valid_to")
                .map { "\($0["role"] as String) \($0["valid_from"] as String? ?? "-") \($0["valid_to"] as String)" }
        }
        try queue.close()
        #expect(history == ["ledamot 2024-01-01 2024-12-31", "vice_ordforande 2025-01-01 2025-02-28"])
        await box.ok(["audit", "verify"])
    }

    @Test func aRenamedBodyKeepsItsEarlierNameWithItsPeriod() async throws {
        let box = try await Sandbox()
        await box.ok(["body", "add", "--kind", "samverkansnamnd", "--name", "Regionsjukvårdsnämnden", "--short-name", "SVN",
                      "--valid-from", "2019-01-01"])
        await box.ok(["body", "update", "1", "--name", "Samverkansnämnden", "--changed-on", "2023-01-01"])
        func name(_ filters: [String]) async throws -> String? {
            let rows = try await box.listJSON("body", filters)
            return Dictionary(try #require(rows.first), uniquingKeysWith: { a, _ in a })["name"]?.string
        }
        #expect(try await name(["--as-of", "2022-12-31"]) == "Regionsjukvårdsnämnden")
        #expect(try await name(["--as-of", "2023-01-01"]) == "Samverkansnämnden")
        #expect(try await name([]) == "Samverkansnämnden")
        let shown = await box.ok(["body", "show", "1", "--as-of", "2022-12-31", "--format", "json"])
        #expect(shown.stdout.contains("\"name\": \"Regionsjukvårdsnämnden\""), "\(shown)")
        // Records that name the body show its name as of the day too.
        await box.ok(["meeting", "add", "--body", "SVN", "--date", "2022-05"])
        let meeting = try await box.listJSON("meeting", ["--as-of", "2022-06-01"])
        #expect(Dictionary(try #require(meeting.first), uniquingKeysWith: { a, _ in a })["body_name"]?.string == "Regionsjukvårdsnämnden")
        // Search still finds it by the former name.
        #expect(try await box.listIds("body", ["--name", "Regionsjukvårds"]) == [1])
        let queue = try box.openForWriting()
        let kept = try await queue.read { db in
            try Row.fetchOne(db, sql: "SELECT name, valid_from, valid_to FROM body_name_history")
        }
        try queue.close()
        #expect(kept?["name"] as String? == "Regionsjukvårdsnämnden")
        #expect(kept?["valid_from"] as String? == "2019-01-01")
        #expect(kept?["valid_to"] as String? == "2022-12-31")
    }

    @Test func importUpdateKeepsHistoryToo() async throws {
        let box = try await Sandbox()
        await box.addBodies()
        await box.ok(["membership", "add", "--body", "SVN", "--role", "ledamot", "--region", "RKL", "--valid-from", "2024-01-01"])
        try box.write("m.csv", "body,region,valid_from,role\nSVN,RKL,2024-01-01,ordforande\n")
        let result = await box.ok(["import", "membership", box.path("m.csv"), "--update"])
        #expect(result.stdout.contains("updated 1 and added 0"))
        let rows = try await box.listJSON("membership", ["--as-of", "2024-06-30"])
        #expect(Dictionary(try #require(rows.first), uniquingKeysWith: { a, _ in a })["role"]?.string == "ledamot")
        #expect(try await box.show("membership", "1")["role"]?.string == "ordforande")
    }
}
