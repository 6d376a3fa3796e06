import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SamregCore
import SamregStore
@testable import SamregWeb
import Testing

/// The SQL page for roles that get `Confidentiality.Mode.mask`: a sealed record's masked
/// content is never in a response, by any route; its registration is.
@Suite struct SQLMaskTests {
    /// Texts of the sealed remiss and the records about it that only registrators may read
    /// (none of them is ever written into a query, which the page echoes).
    static let secrets = ["HEMLIGTITEL", "HEMLIGANTECKNING", "HEMLIGPOSITION", "HEMLIGSVAR", "HEMLIGREFERENS", "HEMLIGHANDLAGGARE"]

    /// A seeded registry with a sealed remiss answered once and with a further case number,
    /// its texts in the search index too; the sealed remiss's id.
    static func fixture() throws -> (WebFixture, Int64) {
        let fixture = try WebFixture()
        let id = try fixture.registry().write { db -> Int64 in
            let remiss = try RecordWriter(family: Families.remiss, db: db, lookups: Lookups()).insert([
                "title": "Kärnkraft HEMLIGTITEL", "sender": "SKR", "category": "nhv", "received": "2025-06-02",
                "deadline": "2025-07-01", "case_number": "RÖ 2025-9911", "responsible": "HEMLIGHANDLAGGARE",
                "note": "HEMLIGANTECKNING", "preparing": "SVN", "confidential": "ja"])
            _ = try RecordWriter(family: Families.response, db: db, lookups: Lookups()).insert([
                "remiss": String(remiss), "scope": "sosr", "position": "HEMLIGPOSITION", "note": "HEMLIGSVAR"])
            _ = try RecordWriter(family: Families.reference, db: db, lookups: Lookups()).insert([
                "family": "remiss", "record": String(remiss), "written": "SKR2025/04711", "note": "HEMLIGREFERENS"])
            try SearchIndex.rebuild(db)
            return remiss
        }
        return (fixture, id)
    }

    /// The result table or the error of the page, without the echoed query.
    static func result(_ page: String) -> String {
        guard let form = page.range(of: "id=\"sql-form\""),
              let end = page.range(of: "</form>", range: form.upperBound..<page.endIndex) else { return page }
        return String(page[end.upperBound...])
    }

    /// The queries of `anAnalystNeverReadsASealedRecordsMaskedText` that read the masked
    /// tables (the others are refused).
    static let masked: Set<String> = [
        "SELECT title, note FROM remiss", "SELECT * FROM remiss", "SELECT after, before, command FROM audit",
        "SELECT r.title, r.note, x.position, x.note FROM remiss_response x JOIN remiss r ON r.id = x.remiss_id",
        "SELECT f.written, f.note, r.title, r.note FROM reference f JOIN remiss r ON r.id = f.record_id AND f.family = 'remiss'",
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) SELECT n.i, r.title FROM n, remiss r",
        "SELECT (SELECT group_concat(title || ifnull(note, ''), '|') FROM remiss) AS t",
        "SELECT * FROM temp.remiss", "SELECT * FROM temp.samreg_masked_remiss", "SELECT * FROM sqlite_temp_schema",
        "SELECT title FROM remiss UNION ALL SELECT note FROM remiss", "SELECT * FROM remiss_state",
        "SELECT * FROM pragma_table_info('remiss')", "PRAGMA table_info(remiss)",
        "SELECT json_extract(after, '$.title'), json_extract(after, '$.note') FROM audit",
        "SELECT value FROM audit, json_each(audit.after)", "SELECT * FROM remiss_assignment", "SELECT * FROM sqlite_schema",
    ]

    static func leaks(_ text: String) -> [String] { secrets.filter { text.contains($0) } }

    @Test func anAnalystNeverReadsASealedRecordsMaskedText() async throws {
        let (fixture, id) = try Self.fixture()
        let queries = [
            "SELECT title, note FROM remiss",
            "SELECT * FROM remiss",
            "SELECT * FROM main.remiss",
            "SELECT * FROM \"MAIN\".[Remiss]",
            "SELECT after, before, command FROM audit",
            "SELECT * FROM main.audit",
            "SELECT r.title, r.note, x.position, x.note FROM remiss_response x JOIN remiss r ON r.id = x.remiss_id",
            "SELECT f.written, f.note, r.title, r.note FROM reference f JOIN remiss r ON r.id = f.record_id AND f.family = 'remiss'",
            "SELECT * FROM main.reference",
            "SELECT * FROM main.remiss_response",
            "WITH x AS (SELECT * FROM main.remiss) SELECT * FROM x",
            "WITH remiss AS (SELECT * FROM main.remiss) SELECT * FROM remiss",
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) SELECT n.i, r.title FROM n, remiss r",
            "SELECT (SELECT group_concat(title || note, '|') FROM main.remiss) AS t",
            "SELECT (SELECT group_concat(title || ifnull(note, ''), '|') FROM remiss) AS t",
            "SELECT * FROM (SELECT title, note FROM main.remiss) AS s",
            "SELECT * FROM temp.remiss",
            "SELECT * FROM temp.samreg_masked_remiss",
            "SELECT * FROM sqlite_temp_schema",
            "SELECT title FROM remiss UNION SELECT title FROM main.remiss",
            "SELECT title FROM remiss UNION ALL SELECT note FROM remiss",
            "SELECT * FROM remiss_state",
            "SELECT * FROM main.remiss_state",
            "SELECT * FROM search",
            "SELECT * FROM search_content",
            "SELECT * FROM search WHERE search MATCH 'karnkraft'",
            "SELECT * FROM audit_context",
            "SELECT * FROM sqlite_dbpage",
            "SELECT * FROM dbstat",
            "SELECT * FROM pragma_table_info('remiss')",
            "PRAGMA table_info(remiss)",
            "SELECT json_extract(after, '$.title'), json_extract(after, '$.note') FROM audit",
            "SELECT value FROM audit, json_each(audit.after)",
            "SELECT * FROM remiss_assignment",
            "SELECT * FROM main.remiss_assignment",
            "ATTACH DATABASE ':memory:' AS x",
            "SELECT * FROM sqlite_schema",
        ]
        try await fixture.test { client in
            var analyst = try await Browser.login(client, "analyst")
            for sql in queries {
                let page = try await analyst.post(client, "/sql", [("sql", sql)]).text
                #expect(Self.leaks(page).isEmpty, "\(sql): \(Self.leaks(page))")
                // The route is either masked (a result) or refused (one error line).
                let shown = Self.result(page)
                #expect(shown.contains("id=\"sql-result\"") != shown.contains("id=\"sql-error\""), "\(sql)")
                #expect(shown.contains("id=\"sql-result\"") == Self.masked.contains(sql), "\(sql)")
            }
            // The registration of the sealed record is there, its content masked.
            let masked = Self.result(try await analyst.post(client, "/sql", [("sql", "SELECT id, case_number, received_on, deadline_on, title, note FROM remiss WHERE id = \(id)")]).text)
            #expect(masked.contains("RÖ 2025-9911"))
            #expect(masked.contains("2025-06-02") && masked.contains("2025-07-01"))
            #expect(masked.contains(Confidentiality.mask))
            let audit = Self.result(try await analyst.post(client, "/sql", [("sql", "SELECT after FROM audit WHERE tbl = 'remiss' AND record_id = \(id)")]).text)
            #expect(audit.contains("RÖ 2025-9911") && audit.contains(Confidentiality.mask))
        }
    }

    @Test func aDirectReadIsRefusedWithOneSwedishLine() async throws {
        let (fixture, _) = try Self.fixture()
        try await fixture.test { client in
            var analyst = try await Browser.login(client, "analyst")
            for (sql, table) in [("SELECT * FROM main.remiss", "remiss"), ("WITH x AS (SELECT * FROM main.remiss) SELECT * FROM x", "remiss"),
                                 ("SELECT title FROM remiss UNION SELECT title FROM main.remiss", "remiss"), ("SELECT after FROM main.audit", "audit")] {
                let page = Self.result(try await analyst.post(client, "/sql", [("sql", sql)]).text)
                #expect(page.contains("id=\"sql-error\""), "\(sql)")
                #expect(page.contains("Läsning av main.\(table) är inte tillåten: läs \(table) (sekretessmarkerade uppgifter maskeras)"), "\(sql)")
                #expect(!page.contains("id=\"sql-result\""), "\(sql)")
            }
            for sql in ["SELECT * FROM search_content", "SELECT * FROM sqlite_dbpage", "SELECT * FROM audit_context", "PRAGMA query_only = 0"] {
                let page = Self.result(try await analyst.post(client, "/sql", [("sql", sql)]).text)
                #expect(page.contains("id=\"sql-error\""), "\(sql)")
            }
            let described = Self.result(try await analyst.post(client, "/sql", [("sql", "SELECT name FROM pragma_table_info('remiss')")]).text)
            #expect(described.contains("<td>title</td>"))
        }
    }

    @Test func nonSealedRecordsAppearInFullForAnAnalyst() async throws {
        let (fixture, id) = try Self.fixture()
        let open = try fixture.registry().read { db in try Row.fetchOne(db, sql: "SELECT id, title, note FROM remiss WHERE id < ? AND note IS NOT NULL ORDER BY id LIMIT 1", arguments: [id]) }
        let row = try #require(open)
        let title: String = row["title"], note: String = row["note"], openId: Int64 = row["id"]
        try await fixture.test { client in
            var analyst = try await Browser.login(client, "analyst")
            let page = Self.result(try await analyst.post(client, "/sql", [("sql", "SELECT title, note FROM remiss WHERE id = \(openId)")]).text)
            #expect(page.contains(HTML.esc(title)))
            #expect(page.contains(HTML.esc(note)))
            #expect(!page.contains(Confidentiality.mask))
            let count = Self.result(try await analyst.post(client, "/sql", [("sql", "SELECT count(*) FROM remiss")]).text)
            #expect(count.contains("<td>11</td>"))
        }
    }

    @Test func aRegistratorReadsEverything() async throws {
        let (fixture, _) = try Self.fixture()
        try await fixture.test { client in
            var registrator = try await Browser.login(client, "registrator")
            let page = Self.result(try await registrator.post(client, "/sql", [("sql", "SELECT title, note FROM main.remiss")]).text)
            #expect(page.contains("HEMLIGTITEL") && page.contains("HEMLIGANTECKNING"))
            let audit = Self.result(try await registrator.post(client, "/sql", [("sql", "SELECT after FROM audit")]).text)
            #expect(audit.contains("HEMLIGPOSITION"))
        }
    }
}
