import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SamregCore
import SamregStore
@testable import SamregWeb
import Testing

@Suite struct WebRouteTests {
    @Test func healthzAnswersWithoutLogin() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.test { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
        }
    }

    @Test func everyPageRedirectsToLoginWithoutASession() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.test { client in
            for uri in ["/", "/remiss", "/remisser", "/remisser/1", "/remiss/1", "/remiss/ny", "/rapporter", "/sql", "/konton", "/import", "/export/fil?family=remiss&format=csv"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .seeOther, "\(uri)")
                #expect(response.headers[.location] == "/login", "\(uri)")
            }
            let post = try await Browser().postBare(client, "/remiss/ny", "title=x")
            #expect(post.status == .seeOther)
        }
    }

    /// A browser asks for /favicon.ico on its own while the login form is shown: answered
    /// without a redirect to /login, which would set a new login cookie and make the form's
    /// token stale (the first login in Chromium failed so).
    @Test func theBrowsersFaviconRequestIsNotSentToTheLoginPage() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.test { client in
            let response = try await client.execute(uri: "/favicon.ico", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.location] == nil)
            #expect(response.headers[.setCookie] == nil)
        }
    }

    @Test func pagesAreSwedishWithLabelsAndASecurityPolicy() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let browser = try await Browser.login(client, "registrator")
            for uri in ["/", "/remiss", "/remisser", "/remisser/1", "/remiss/1", "/remiss/ny", "/rapporter", "/import", "/sql", "/register"] {
                let response = try await browser.get(client, uri)
                #expect(response.status == .ok, "\(uri)")
                #expect(response.text.contains("<html lang=\"sv\">"), "\(uri)")
                #expect(response.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'none'") == true, "\(uri)")
                // Every input, select and textarea has a label naming its id.
                let html = response.text
                for id in Self.controlIds(html) {
                    #expect(html.contains("<label for=\"\(id)\""), "\(uri): no label for #\(id)")
                }
                // Every posted form carries the CSRF token.
                let posts = html.components(separatedBy: "method=\"post\"").count - 1
                let tokens = html.components(separatedBy: "name=\"csrf_token\"").count - 1
                #expect(posts == tokens, "\(uri): \(posts) posted forms, \(tokens) tokens")
            }
        }
    }

    /// The ids of the visible form controls of a page.
    static func controlIds(_ html: String) -> [String] {
        var ids: [String] = []
        for tag in ["<input ", "<select ", "<textarea "] {
            for piece in html.components(separatedBy: tag).dropFirst() {
                let head = piece.prefix { $0 != ">" }
                if head.contains("type=\"hidden\"") { continue }
                if let r = head.range(of: "id=\"") { ids.append(String(head[r.upperBound...].prefix { $0 != "\"" })) }
            }
        }
        return ids
    }

    @Test func listFiltersSearchesSortsAndPages() async throws {
        let fixture = try WebFixture()
        fixture.options.pageSize = 3
        try await fixture.test { client in
            let browser = try await Browser.login(client, "reader")
            let first = try await browser.get(client, "/remiss?sort=id&dir=asc")
            #expect(first.status == .ok)
            #expect(first.text.contains("10 poster, sida 1 av 4"))
            #expect(first.text.contains("rel=\"next\""))
            let filtered = try await browser.get(client, "/remiss?sender=RKr")
            #expect(filtered.text.contains("2 poster"))
            let searched = try await browser.get(client, "/remiss?q=pandemiberedskap")
            #expect(searched.text.contains("1 poster"))
            // The search is for the text as typed: % and _ are not wildcards.
            let percent = try await browser.get(client, "/remiss?q=%25")
            #expect(percent.text.contains("0 poster"))
            for page in ["9223372036854775807", "-5", "x", "0"] {
                let response = try await browser.get(client, "/remiss?sida=\(page)")
                #expect(response.status == .ok, "sida=\(page)")
            }
            let bad = try await browser.get(client, "/remiss?due-within=x")
            #expect(bad.text.contains("class=\"error\""))
            for family in Families.all {
                let response = try await browser.get(client, "/\(family.name)")
                #expect(response.status == .ok, "\(family.name)")
            }
        }
    }

    @Test func recordPageShowsRelatedRecordsAndHistory() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let browser = try await Browser.login(client, "reader")
            let body = try await browser.get(client, "/body/1")
            #expect(body.status == .ok)
            #expect(body.text.contains("id=\"history\""))
            #expect(body.text.contains("samreg seed") || body.text.contains("insert"))
            let remiss = try await browser.get(client, "/remiss/9").text
            #expect(remiss.contains("<dd id=\"value-status\">Försenad</dd>"))
            #expect(remiss.contains("<dd id=\"value-joint\">nej</dd>"))
            let byNumber = try await browser.get(client, "/remiss/R%C3%96%202024-6246")
            #expect(byNumber.status == .seeOther)
            #expect(byNumber.headers[.location] == "/remisser/1", "a case number leads to the record's Swedish address")
            let byCode = try await browser.get(client, "/org/SKR")
            #expect(byCode.headers[.location]?.hasPrefix("/organisationer/") == true)
            let missing = try await browser.get(client, "/remiss/99999")
            #expect(missing.status == .notFound)
            let unknown = try await browser.get(client, "/no-such-family")
            #expect(unknown.status == .notFound)
        }
    }

    @Test func searchFindsRecordsAndLeavesSealedOnesOutForReaders() async throws {
        let fixture = try WebFixture()
        try fixture.registry().write { db in
            _ = try RecordWriter(family: Families.remiss, db: db, lookups: Lookups()).insert([
                "title": "Hemlig brännskadeutredning", "sender": "SKR", "category": "nhv", "received": "2025-06-01",
                "deadline": "2025-07-01", "confidential": "ja"])
            try SearchIndex.rebuild(db)
        }
        try await fixture.test { client in
            let reader = try await Browser.login(client, "reader")
            let found = try await reader.get(client, "/sok?q=riksavtal").text
            #expect(found.contains("<a href=\"/remiss/1\">"))
            let hidden = try await reader.get(client, "/sok?q=brannskadeutredning").text
            #expect(!hidden.contains("Hemlig"))
            let registrator = try await Browser.login(client, "registrator")
            let shown = try await registrator.get(client, "/sok?q=brannskadeutredning").text
            #expect(shown.contains("Hemlig brännskadeutredning"))
            let xss = try await reader.get(client, "/sok?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").text
            #expect(!xss.contains("<script>alert"))
        }
    }

    /// Every family's pages live at its Swedish address (`/remisser`, `/beslut/3`), headed by
    /// its Swedish name; the command-line name (`/remiss/3`) answers the same page.
    @Test func familiesHaveSwedishAddressesAndTheirCommandNamesToo() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let browser = try await Browser.login(client, "reader")
            for family in Families.all {
                let list = try await browser.get(client, "/\(family.swedish.path)")
                #expect(list.status == .ok, "/\(family.swedish.path)")
                #expect(list.text.contains("<h1>\(family.swedish.plural)</h1>"), "/\(family.swedish.path) is headed \(family.swedish.plural)")
                #expect(list.text.contains("<p>\(family.swedish.about)</p>"), "/\(family.swedish.path) is introduced in Swedish")
            }
            let swedish = try await browser.get(client, "/remisser/1")
            let command = try await browser.get(client, "/remiss/1")
            #expect(swedish.status == .ok && command.status == .ok)
            #expect(swedish.text == command.text)
            #expect(swedish.text.contains("<title>Remiss 1"), "\(swedish.text.prefix(400))")
        }
    }

    @Test func recordPageShowsTheCaseNumberChain() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let browser = try await Browser.login(client, "reader")
            // The riksavtal remiss (RÖ 2024-6246): its chain reaches SVN's decision about it.
            let page = try await browser.get(client, "/remiss/1").text
            #expect(page.contains("id=\"chain\""))
            #expect(page.contains("SVN § 51-2024"))
            #expect(page.contains("<a href=\"/beslut/"))
        }
    }

    @Test func addingThroughTheWebIsAuditedWithTheAccountAsActor() async throws {
        let fixture = try WebFixture()
        let before = try fixture.count("remiss")
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            let response = try await browser.post(client, "/remiss/ny", [
                ("title", "Remiss från webben"), ("sender", "SKR"), ("category", "nhv"),
                ("received", "2025-06-01"), ("deadline", "2025-07-01"),
            ])
            #expect(response.status == .seeOther, "\(response.text)")
            let location = try #require(response.headers[.location])
            #expect(location.hasPrefix("/remisser/"))
            let page = try await browser.get(client, location)
            #expect(page.text.contains("Remiss från webben"))
            #expect(page.text.contains("<td>registrator</td>"))
        }
        #expect(try fixture.count("remiss") == before + 1)
        let last = try fixture.registry().read { db in try AuditTrail.log(db, table: "remiss", limit: 1) }
        #expect(last.first?.actor == "registrator")
        #expect(last.first?.command == "samreg serve: POST /remiss/ny")
        let verified = try fixture.registry().read { db in try AuditTrail.verify(db) }
        #expect(verified.problems.isEmpty)
    }

    @Test func aRefusedValueWritesNothingAndIsShownBesideItsField() async throws {
        let fixture = try WebFixture()
        let before = try fixture.count("remiss")
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            let response = try await browser.post(client, "/remiss/ny", [
                ("title", "Fel datum"), ("sender", "SKR"), ("category", "nhv"),
                ("received", "2025-13-01"), ("deadline", "2025-07-01"),
            ])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("id=\"e-received\""))
            #expect(response.text.contains("aria-invalid=\"true\""))
            #expect(response.text.contains("value=\"Fel datum\""))
        }
        #expect(try fixture.count("remiss") == before)
    }

    @Test func correctingChangesOnlyWhatChangedAndEndingSetsTheEndDate() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            let form = try await browser.get(client, "/remiss/9/andra")
            #expect(form.status == .ok)
            browser.absorb(form)
            // The form as shown, with the note changed.
            var fields: [(String, String)] = []
            for field in Families.remiss.writableFields {
                let value = Self.value(of: "f-\(field.name)", in: form.text)
                fields.append((field.name, field.name == "note" ? "Rättad i webben" : value))
            }
            let saved = try await browser.post(client, "/remiss/9/andra", fields)
            #expect(saved.status == .seeOther, "\(saved.text)")
            let ended = try await browser.post(client, "/remiss/9/avsluta", [("on", "2025-06-10")])
            #expect(ended.status == .seeOther, "\(ended.text)")
        }
        let row = try fixture.registry().read { db in try Row.fetchOne(db, sql: "SELECT note, closed_on FROM remiss WHERE id = 9") }
        #expect(row?["note"] == "Rättad i webben")
        #expect(row?["closed_on"] == "2025-06-10")
        let entries = try fixture.registry().read { db in try AuditTrail.log(db, table: "remiss", recordId: 9) }
        let updates = entries.filter { $0.action == "update" }
        #expect(updates.count == 2)
        #expect(updates.allSatisfy { $0.actor == "registrator" })
    }

    @Test func savingAnUnchangedFormWritesNothing() async throws {
        let fixture = try WebFixture()
        let before = try fixture.count("audit")
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            for (family, id) in [("remiss", 9), ("body", 1), ("permit", 1), ("decision", 1), ("contract", 1), ("indicator-value", 1), ("meeting", 1), ("membership", 1), ("workload", 1), ("adoption", 1), ("response", 1), ("reference", 1), ("price", 1), ("goal", 1)] {
                let form = try await browser.get(client, "/\(family)/\(id)/andra")
                browser.absorb(form)
                let fields = Families.named(family)!.writableFields.map { ($0.name, Self.value(of: "f-\($0.name)", in: form.text)) }
                let saved = try await browser.post(client, "/\(family)/\(id)/andra", fields)
                #expect(saved.status == .seeOther, "\(family): \(saved.text)")
            }
        }
        #expect(try fixture.count("audit") == before)
    }

    /// The value of the control with `id` as the form shows it (input value or selected option or text).
    static func value(of id: String, in html: String) -> String {
        guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
        let before = html[..<start.lowerBound]
        let tagStart = before.range(of: "<", options: .backwards)!.lowerBound
        let rest = html[tagStart...]
        func unescape(_ s: Substring) -> String {
            s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        if rest.hasPrefix("<select") {
            let end = rest.range(of: "</select>")!.lowerBound
            guard let sel = rest[..<end].range(of: " selected>") else { return "" }
            let open = rest[..<sel.lowerBound].range(of: "value=\"", options: .backwards)!.upperBound
            return unescape(rest[open...].prefix { $0 != "\"" })
        }
        if rest.hasPrefix("<textarea") {
            let open = rest.range(of: ">")!.upperBound
            return unescape(rest[open...].prefix { $0 != "<" })
        }
        let tag = rest.prefix { $0 != ">" }
        guard let v = tag.range(of: "value=\"") else { return "" }
        return unescape(tag[v.upperBound...].prefix { $0 != "\"" })
    }
}

@Suite struct WebSecurityTests {
    /// Each route and the least role it needs.
    static let routes: [(method: HTTPRequest.Method, uri: String, role: Role)] = [
        (.get, "/", .reader), (.get, "/register", .reader), (.get, "/remiss", .reader), (.get, "/remiss/1", .reader),
        (.get, "/decision", .reader), (.get, "/sok?q=remiss", .reader),
        (.get, "/remiss/ny", .registrator), (.get, "/remiss/1/andra", .registrator),
        (.post, "/remiss/ny", .registrator), (.post, "/remiss/1/andra", .registrator), (.post, "/remiss/1/avsluta", .registrator),
        (.get, "/rapporter", .analyst), (.get, "/rapporter/remisser?format=md", .analyst),
        (.get, "/rapporter/permits?format=json", .analyst),
        (.get, "/export", .analyst), (.get, "/export/fil?family=remiss&format=csv", .analyst),
        (.get, "/sql", .analyst), (.post, "/sql", .analyst),
        (.get, "/import", .registrator), (.post, "/import", .registrator),
        (.get, "/konton", .admin), (.post, "/konton", .admin),
    ]

    @Test(arguments: Role.allCases)
    func everyRouteRefusesTheRolesBelowIt(_ role: Role) async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            var browser = try await Browser.login(client, role.rawValue)
            for route in Self.routes {
                let response: TestResponse
                if route.method == .post {
                    // A harmless body: refused fields or an unknown action, never a valid write.
                    response = try await browser.post(client, route.uri, [("sql", "SELECT 1"), ("action", "none"), ("on", "x")])
                } else {
                    response = try await browser.get(client, route.uri)
                }
                if role >= route.role {
                    #expect(response.status != .forbidden && response.status != .seeOther || response.headers[.location] != "/login",
                            "\(role) \(route.method) \(route.uri): \(response.status)")
                    #expect(response.status != .forbidden, "\(role) may \(route.method) \(route.uri): \(response.status)")
                } else {
                    #expect(response.status == .forbidden, "\(role) may not \(route.method) \(route.uri): \(response.status)")
                }
            }
        }
    }

    @Test func aPostWithoutAValidCSRFTokenIsRefusedAndWritesNothing() async throws {
        let fixture = try WebFixture()
        let before = try fixture.count("remiss")
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            let fields = [("title", "CSRF"), ("sender", "SKR"), ("category", "nhv"), ("received", "2025-06-01"), ("deadline", "2025-07-01")]
            let none = try await browser.postBare(client, "/remiss/ny", "title=CSRF&sender=SKR&category=nhv&received=2025-06-01&deadline=2025-07-01")
            #expect(none.status == .forbidden)
            let wrong = try await browser.post(client, "/remiss/ny", fields, csrf: String(repeating: "0", count: 64))
            #expect(wrong.status == .forbidden)
            // Logging out needs the token too.
            let logout = try await browser.postBare(client, "/logout", "")
            #expect(logout.status == .forbidden)
            // A login form posted without its token is refused as well.
            let login = try await Browser().postBare(client, "/login", "username=registrator&password=\(Browser.encode(password))")
            #expect(login.status == .forbidden)
        }
        #expect(try fixture.count("remiss") == before)
    }

    @Test func loginGivesANewSessionIdAndLogoutEndsIt() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.test { client in
            // A session id planted by someone else is never taken over.
            var browser = Browser()
            let planted = String(repeating: "a", count: 64)
            browser.cookies["samreg_session"] = planted
            browser.absorb(try await browser.get(client, "/login"))
            let response = try await browser.post(client, "/login", [("username", "reader"), ("password", password)])
            #expect(response.status == .seeOther)
            let first = try #require(browser.cookies["samreg_session"])
            #expect(first != planted)
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("samreg_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"))
            // Logging in again with a live session gives another id and ends the old one.
            var again = Browser()
            again.absorb(try await again.get(client, "/login"))
            again.cookies["samreg_session"] = first
            _ = try await again.post(client, "/login", [("username", "reader"), ("password", password)])
            let second = try #require(again.cookies["samreg_session"])
            #expect(second != first)
            var old = Browser()
            old.cookies["samreg_session"] = first
            let r1 = try await old.get(client, "/")
            #expect(r1.status == .seeOther)
            // Logout ends the session.
            again.absorb(try await again.get(client, "/"))
            let out = try await again.post(client, "/logout", [])
            #expect(out.status == .seeOther)
            var after = Browser()
            after.cookies["samreg_session"] = second
            let r2 = try await after.get(client, "/")
            #expect(r2.status == .seeOther)
        }
    }

    @Test func cookiesAreSecureBehindTLS() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.test { client in
            var browser = Browser()
            browser.absorb(try await browser.get(client, "/login"))
            var headers = HTTPFields()
            headers[HTTPField.Name("X-Forwarded-Proto")!] = "https"
            let response = try await browser.post(client, "/login", [("username", "reader"), ("password", password)], extraHeaders: headers)
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("samreg_session=") })
            #expect(cookie.contains("Secure"))
        }
    }

    @Test func aRestartLogsNobodyOut() async throws {
        let fixture = try WebFixture(seed: false)
        let browser = try await fixture.test { client in try await Browser.login(client, "reader") }
        try await fixture.test { client in
            let r3 = try await browser.get(client, "/")
            #expect(r3.status == .ok)
        }
    }

    @Test func failedLoginsAreLimitedPerNameAndAddress() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.test { client in
            for _ in 0..<5 {
                var browser = Browser()
                browser.absorb(try await browser.get(client, "/login"))
                let response = try await browser.post(client, "/login", [("username", "analyst"), ("password", "fel lösenord!")])
                #expect(response.status == .unauthorized)
            }
            // Now even the right password is refused for a while…
            var browser = Browser()
            browser.absorb(try await browser.get(client, "/login"))
            let blocked = try await browser.post(client, "/login", [("username", "analyst"), ("password", password)])
            #expect(blocked.status == .tooManyRequests)
            #expect(browser.cookies["samreg_session"] == nil)
            // … while another account still logs in.
            _ = try await Browser.login(client, "reader")
        }
    }

    @Test func anEndedAccountCannotLogInAndItsSessionsEnd() async throws {
        let fixture = try WebFixture(seed: false)
        let browser = try await fixture.test { client in try await Browser.login(client, "analyst") }
        try fixture.registry().write { db in try Accounts.end(db, name: "analyst", on: webToday, by: "tester") }
        try await fixture.test { client in
            let r4 = try await browser.get(client, "/")
            #expect(r4.status == .seeOther)
            var again = Browser()
            again.absorb(try await again.get(client, "/login"))
            let r5 = try await again.post(client, "/login", [("username", "analyst"), ("password", password)])
            #expect(r5.status == .unauthorized)
        }
    }

    static let payloads = ["<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>"]

    @Test func storedTextIsEscapedInListAndRecordPages() async throws {
        let fixture = try WebFixture()
        let textFields = Families.remiss.writableFields.filter { $0.kind == .text || $0.kind == .longText }.map(\.name)
        #expect(textFields.count >= 3)
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            for payload in Self.payloads {
                var fields: [(String, String)] = [("sender", "SKR"), ("category", "nhv"), ("received", "2025-06-01"), ("deadline", "2025-07-01")]
                for name in textFields { fields.append((name, "\(name) \(payload)")) }
                let response = try await browser.post(client, "/remiss/ny", fields)
                #expect(response.status == .seeOther, "\(response.text)")
                let location = try #require(response.headers[.location])
                for uri in [location, "/remiss", "/remiss?q=\(Browser.encode(payload))", "/", "/remiss/ny?title=\(Browser.encode(payload))"] {
                    let page = try await browser.get(client, uri).text
                    for raw in ["<script>alert", "<img src=x", "<svg onload"] {
                        #expect(!page.contains(raw), "\(uri) shows \(raw) unescaped")
                    }
                }
                let record = try await browser.get(client, location).text
                #expect(record.contains("&lt;"), "the payload is shown, escaped")
            }
            // Reflected through an error message beside a field.
            let refused = try await browser.post(client, "/remiss/ny", [("title", "x"), ("sender", "<script>alert(1)</script>"),
                                                                      ("category", "nhv"), ("received", "2025-06-01"), ("deadline", "2025-07-01")])
            #expect(refused.status == .unprocessableContent)
            #expect(!refused.text.contains("<script>alert"))
        }
    }

    @Test func downloadsTakeNoPathFromTheRequest() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let browser = try await Browser.login(client, "analyst")
            for uri in ["/export/fil?family=..%2F..%2F..%2Fetc%2Fpasswd&format=csv", "/export/fil?family=remiss&format=..%2Fx",
                        "/rapporter/..%2F..%2Fetc%2Fpasswd", "/static/..%2F..%2Fetc%2Fpasswd", "/static/../../etc/passwd",
                        "/rapporter/remisser?format=..%2F..%2Fetc%2Fpasswd"] {
                let response = try await browser.get(client, uri)
                #expect(response.status == .notFound || response.status == .badRequest, "\(uri): \(response.status)")
                #expect(!response.text.contains("root:"), "\(uri)")
            }
            let export = try await browser.get(client, "/export/fil?family=remiss&format=csv")
            #expect(export.status == .ok)
            #expect(export.headers[.contentDisposition] == "attachment; filename=\"samreg-remiss.csv\"")
            #expect(export.text.hasPrefix("id,"))
        }
    }

    @Test func anOversizedBodyIsRefusedWithAClearMessage() async throws {
        let fixture = try WebFixture(seed: false)
        fixture.options.maxBodyBytes = 2048
        try await fixture.test { client in
            var browser = try await Browser.login(client, "analyst")
            let response = try await browser.post(client, "/sql", [("sql", "SELECT '" + String(repeating: "x", count: 4000) + "'")])
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("för stor"))
            #expect(response.text.contains("2 kB"))
        }
    }
}

@Suite struct WebToolTests {
    @Test func everyReportInEveryFormat() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let browser = try await Browser.login(client, "analyst")
            for kind in Web.reportKinds {
                for (format, type, ext) in Web.reportFormats {
                    let query = kind.name == "annual" ? "year=2024&" : ""
                    let response = try await browser.get(client, "/rapporter/\(kind.name)?\(query)format=\(format.rawValue)")
                    #expect(response.status == .ok, "\(kind.name) \(format): \(response.text.prefix(300))")
                    #expect(response.headers[.contentType] == type)
                    #expect(response.headers[.contentDisposition]?.hasSuffix(".\(ext)\"") == true)
                }
            }
            let html = try await browser.get(client, "/rapporter/annual?year=2024&format=html")
            #expect(html.text.contains("<!DOCTYPE html>"))
            #expect(html.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("style-src 'unsafe-inline'") == true)
            let bad = try await browser.get(client, "/rapporter/annual?format=md")
            #expect(bad.status == .badRequest)
        }
    }

    @Test func importIsAllOrNothingAndListsWhereItFailed() async throws {
        let fixture = try WebFixture()
        let before = try fixture.count("remiss")
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            let csv = "title,sender,category,received,deadline\nEtt,SKR,nhv,2025-06-01,2025-07-01\nTvå,SKR,nhv,2025-02-30,2025-07-01\n"
            let bad = try await Self.upload(client, &browser, family: "remiss", filename: "../../remisser.csv", csv)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("remisser.csv:3:"), "\(bad.text)")
            #expect(!bad.text.contains("samreg-serve-"), "the temporary path is not shown")
            let good = try await Self.upload(client, &browser, family: "remiss", filename: "remisser.csv",
                                             "title,sender,category,received,deadline\nEtt,SKR,nhv,2025-06-01,2025-07-01\n")
            #expect(good.status == .ok)
            #expect(good.text.contains("1 poster lades till"))
        }
        #expect(try fixture.count("remiss") == before + 1)
        let last = try fixture.registry().read { db in try AuditTrail.log(db, table: "remiss", limit: 1) }
        #expect(last.first?.actor == "registrator")
    }

    static func upload(_ client: any TestClientProtocol, _ browser: inout Browser, family: String, filename: String,
                       _ content: String) async throws -> TestResponse {
        browser.absorb(try await browser.get(client, "/import"))
        let boundary = "samregboundary"
        var body = ""
        for (name, value) in [("csrf_token", browser.csrf ?? ""), ("family", family), ("format", ""), ("update", "nej")] {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: text/csv\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
        var headers = HTTPFields()
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        headers[.cookie] = browser.cookieHeader
        return try await client.execute(uri: "/import", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func theSQLPageReadsAndRefusesTheAccountTables() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            var browser = try await Browser.login(client, "analyst")
            let ok = try await browser.post(client, "/sql", [("sql", "SELECT count(*) AS n FROM remiss")])
            #expect(ok.text.contains("id=\"sql-result\""))
            #expect(ok.text.contains("<td>10</td>"))
            for sql in ["SELECT * FROM web_user", "SELECT * FROM \"WEB_SESSION\"", "select password_hash from [Web_User]"] {
                let refused = try await browser.post(client, "/sql", [("sql", sql)])
                #expect(refused.text.contains("id=\"sql-error\""), "\(sql)")
                #expect(!refused.text.contains("$2"), "\(sql)")
            }
            let write = try await browser.post(client, "/sql", [("sql", "DELETE FROM remiss")])
            #expect(write.text.contains("id=\"sql-error\""))
        }
        #expect(try fixture.count("remiss") == 10)
    }

    @Test func confidentialRecordsAreMaskedForReadersAndAnalysts() async throws {
        let fixture = try WebFixture()
        try fixture.registry().write { db in
            _ = try RecordWriter(family: Families.remiss, db: db, lookups: Lookups()).insert([
                "title": "Hemlig remisstitel", "sender": "SKR", "category": "nhv", "received": "2025-06-01",
                "deadline": "2025-07-01", "confidential": "ja"])
        }
        let id = try fixture.registry().read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM remiss") ?? 0 }
        try await fixture.test { client in
            for role in Role.allCases {
                let browser = try await Browser.login(client, role.rawValue)
                let page = try await browser.get(client, "/remiss/\(id)").text
                let list = try await browser.get(client, "/remiss").text
                let start = try await browser.get(client, "/").text
                if role >= .registrator {
                    #expect(page.contains("Hemlig remisstitel"), "\(role)")
                } else {
                    for text in [page, list, start] {
                        #expect(!text.contains("Hemlig remisstitel"), "\(role)")
                    }
                    #expect(page.contains(Confidentiality.mask), "\(role)")
                }
            }
        }
    }

    @Test func adminsManageAccounts() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.test { client in
            var admin = try await Browser.login(client, "admin")
            let added = try await admin.post(client, "/konton", [("action", "add"), ("username", "nya"), ("role", "analyst"), ("password", "ett nytt lösenord")])
            #expect(added.status == .seeOther)
            let short = try await admin.post(client, "/konton", [("action", "add"), ("username", "kort"), ("role", "reader"), ("password", "kort")])
            #expect(short.status == .unprocessableContent)
            _ = try await Browser.login(client, "nya", password: "ett nytt lösenord")
            let ended = try await admin.post(client, "/konton", [("action", "end"), ("username", "nya")])
            #expect(ended.status == .seeOther)
        }
        let accounts = try fixture.registry().read { db in try Accounts.list(db) }
        #expect(accounts.first { $0.name == "nya" }?.endedOn == webToday)
        #expect(!accounts.contains { $0.name == "kort" })
    }
}
