import Foundation
import GRDB
import SamregCore
import SamregStore
@testable import SamregWeb
import Testing

/// The server's read-only connections, kept open between requests, read what a connection
/// opened now would read: the day, the file at the path, the schema.
@Suite struct ReaderPoolTests {
    func remissCount(_ pool: ReaderPool, today: String = webToday) throws -> Int {
        try pool.with(today: today) { registry in
            try registry.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM remiss") ?? 0 }
        }
    }

    @Test func aConnectionIsOpenedOnceAndReused() throws {
        let fixture = try WebFixture()
        let pool = ReaderPool(path: fixture.db, capacity: 2)
        let first = try remissCount(pool)
        for _ in 0..<5 { #expect(try remissCount(pool) == first) }
        #expect(pool.opened == 1)
        // A write by another connection is seen by the kept one.
        try fixture.registry().write { db in try db.execute(sql: "UPDATE remiss SET title = title || '.' WHERE id = 1") }
        let title = try pool.with(today: webToday) { r in try r.read { db in try String.fetchOne(db, sql: "SELECT title FROM remiss WHERE id = 1") } }
        #expect(title?.hasSuffix(".") == true)
        #expect(pool.opened == 1)
    }

    @Test func aNewDayOpensANewConnection() throws {
        let fixture = try WebFixture()
        let pool = ReaderPool(path: fixture.db, capacity: 2)
        func today(_ day: String) throws -> String? {
            try pool.with(today: day) { r in try r.read { db in try String.fetchOne(db, sql: "SELECT samreg_today()") } }
        }
        #expect(try today("2025-06-17") == "2025-06-17")
        #expect(try today("2025-06-18") == "2025-06-18")
        #expect(try today("2025-06-18") == "2025-06-18")
        #expect(pool.opened == 2)
    }

    /// A backup renamed over the registry (as a restore does) is read, not the replaced file
    /// that the kept connection still has open.
    @Test func aFileReplacedUnderTheServerIsOpenedAnew() throws {
        let fixture = try WebFixture()
        let pool = ReaderPool(path: fixture.db, capacity: 2)
        let backup = fixture.directory + "/backup.sqlite"
        try Maintenance.backup(fixture.registry(), to: backup)
        func title() throws -> String? {
            try pool.with(today: webToday) { r in try r.read { db in try String.fetchOne(db, sql: "SELECT title FROM remiss WHERE id = 1") } }
        }
        let before = try title()
        try fixture.registry().write { db in try db.execute(sql: "UPDATE remiss SET title = 'Ändrad efter kopian' WHERE id = 1") }
        #expect(try title() == "Ändrad efter kopian")
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: fixture.db + suffix) }
        #expect(rename(backup, fixture.db) == 0)
        #expect(try title() == before)
        #expect(pool.opened == 2)
    }

    /// A schema changed while the server runs (here: as a newer samreg would leave it) is
    /// checked again: refused, not read through the connection that checked the old one.
    @Test func aChangedSchemaIsCheckedAgain() throws {
        let fixture = try WebFixture()
        let pool = ReaderPool(path: fixture.db, capacity: 2)
        _ = try remissCount(pool)
        let queue = try DatabaseQueue(path: fixture.db)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE future_thing (x INTEGER) STRICT")
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_future_thing')")
        }
        try queue.close()
        #expect(throws: SamregError.self) { try remissCount(pool) }
        do {
            _ = try remissCount(pool)
        } catch {
            #expect("\(error)".contains("newer samreg"))
        }
    }

    /// The case numbers kept for the record pages' chains are read again after a write: a new
    /// remiss whose sender reference is a number of the riksavtal matter joins its chain.
    @Test func aChainShowsARecordWrittenAfterTheCaseIndexWasRead() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let browser = try await Browser.login(client, "reader")
            let before = try await browser.get(client, "/remiss/1").text
            #expect(before.contains("id=\"chain\""))
            #expect(!before.contains("Senare remiss i samma ärende"))
            #expect(try await browser.get(client, "/remiss/1").text == before)
            try fixture.registry().write { db in
                _ = try RecordWriter(family: Families.remiss, db: db, lookups: Lookups()).insert([
                    "title": "Senare remiss i samma ärende", "sender": "SKR", "category": "kunskapsstyrning",
                    "received": "2025-03-01", "deadline": "2025-04-01", "sender_ref": "RJL 2024/2313"])
            }
            let after = try await browser.get(client, "/remiss/1").text
            #expect(after.contains("Senare remiss i samma ärende"))
        }
    }

    @Test func theCaseIndexIsReadOncePerStateOfTheRegistry() throws {
        let fixture = try WebFixture()
        let pool = ReaderPool(path: fixture.db, capacity: 2)
        func read() throws {
            try pool.lease(today: webToday) { lease in
                try lease.registry.read { db in _ = try pool.caseIndex(db, lease: lease) }
            }
        }
        try read()
        try read()
        #expect(pool.caseIndexesRead == 1)
        try fixture.registry().write { db in try db.execute(sql: "UPDATE remiss SET title = title || '.' WHERE id = 1") }
        try read()
        try read()
        #expect(pool.caseIndexesRead == 2)
    }

    /// Through the server: a page after a restore shows the restored registry.
    @Test func pagesReadARestoredRegistry() async throws {
        let fixture = try WebFixture()
        let db = fixture.db, directory = fixture.directory
        try await fixture.test { client in
            let browser = try await Browser.login(client, "reader")
            let backup = directory + "/backup.sqlite"
            try Maintenance.backup(fixture.registry(), to: backup)
            try fixture.registry().write { db in try db.execute(sql: "UPDATE remiss SET title = 'Ändrad efter kopian' WHERE id = 1") }
            #expect(try await browser.get(client, "/remisser/1").text.contains("Ändrad efter kopian"))
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            #expect(rename(backup, db) == 0)
            let page = try await browser.get(client, "/remisser/1")
            #expect(page.status == .ok)
            #expect(!page.text.contains("Ändrad efter kopian"))
        }
    }
}

/// The pages' shortcuts answer what the general code answers.
@Suite struct WebShortcutTests {
    @Test func escapingReturnsPlainTextAsItIsAndEscapesTheRest() {
        let texts = ["", "Remiss om vård", "a & b", "<script>", "\"citat\" och 'citat'", "rad\nrad", "tab\tcr\r",
                     "styr\u{1}tecken", "del\u{7F}", "bidi \u{202E}vänd", "\u{061C}arabisk", "\u{2066}isolat\u{2069}",
                     "– tankstreck — och … ”citat”", "RÖ 2024–6246", "emoji 🙂"]
        for text in texts {
            #expect(HTML.esc(text) == HTML.escapeEveryCharacter(text), "\(text.debugDescription)")
            #expect(HTML.text(text) == HTML.escapeEveryCharacter(text).replacingOccurrences(of: "\n", with: "<br>"),
                    "\(text.debugDescription)")
        }
    }

    @Test func theSessionLookupsTimeIsWrittenAsISO8601DateFormatterWritesIt() {
        let formatter = ISO8601DateFormatter()
        for seconds in [0.0, 1_750_149_000.0, 1_750_149_059.999, 1_767_225_599.5, 4_102_444_800.0] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Accounts.timestamp(date) == formatter.string(from: date), "\(seconds)")
        }
    }

    @Test func theSessionKeyIsTheTokensSHA256InHex() {
        let token = String(repeating: "ab", count: 32)
        #expect(Accounts.sessionKey(token) == "271a413bd339c5709fdceaec41f14f11e9fbfb5042d72d331c65f32b284cd09a")
    }
}
