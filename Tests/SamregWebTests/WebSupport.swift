import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SamregCore
import SamregStore
@testable import SamregWeb
import Testing

/// The day the web tests run on.
let webToday = "2025-06-17"
/// Every test account's password.
let password = "rätt häst batteri"

/// A seeded registry in a temporary directory with one account per role (named after the
/// role), removed afterwards.
final class WebFixture: @unchecked Sendable {
    let directory: String
    let db: String
    var options: WebOptions

    init(seed: Bool = true) throws {
        directory = NSTemporaryDirectory() + "samreg-web-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        db = directory + "/r.sqlite"
        let registry = try Registry(path: db, mode: .create, actor: "tester", today: webToday)
        if seed { _ = try Seeder.run(registry) }
        try registry.write { db in
            for role in Role.allCases {
                _ = try Accounts.add(db, name: role.rawValue, role: role, password: password, by: "tester", cost: 4)
            }
        }
        try registry.dbQueue.close()
        options = WebOptions(databasePath: db)
        options.environment = ["SAMREG_TODAY": webToday]
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func registry() throws -> Registry {
        try Registry(path: db, mode: .readWrite, actor: "tester", today: webToday)
    }

    func count(_ table: String) throws -> Int {
        try registry().read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    /// Runs `body` against the application through HummingbirdTesting's router framework.
    func test<T: Sendable>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        let app = WebServer.application(options)
        return try await app.test(.router) { client in try await body(client) }
    }
}

/// A browser's cookie jar and the CSRF token of the last page it read.
struct Browser: Sendable {
    var cookies: [String: String] = [:]
    var csrf: String?

    var cookieHeader: String { cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }

    /// Takes the cookies a response sets (an empty value or Max-Age=0 removes one) and the
    /// form's CSRF token.
    mutating func absorb(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            let first = header.split(separator: ";")[0]
            let parts = first.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]), value = parts.count > 1 ? String(parts[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        if let token = Browser.csrfToken(in: String(buffer: response.body)) { csrf = token }
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf_token\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix(64))
    }

    func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
        var headers = HTTPFields()
        if !cookies.isEmpty { headers[.cookie] = cookieHeader }
        return try await client.execute(uri: uri, method: .get, headers: headers, body: nil)
    }

    /// Reads the page (for its token), then posts `fields` with it.
    mutating func post(_ client: any TestClientProtocol, _ uri: String, _ fields: [(String, String)],
                       csrf: String? = nil, extraHeaders: HTTPFields = HTTPFields()) async throws -> TestResponse {
        var all = fields
        if let token = csrf ?? self.csrf { all.insert(("csrf_token", token), at: 0) }
        let body = all.map { "\(Browser.encode($0.0))=\(Browser.encode($0.1))" }.joined(separator: "&")
        var headers = extraHeaders
        headers[.contentType] = "application/x-www-form-urlencoded"
        if !cookies.isEmpty { headers[.cookie] = cookieHeader }
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        absorb(response)
        return response
    }

    /// Posts without any CSRF token.
    func postBare(_ client: any TestClientProtocol, _ uri: String, _ body: String) async throws -> TestResponse {
        var headers = HTTPFields()
        headers[.contentType] = "application/x-www-form-urlencoded"
        if !cookies.isEmpty { headers[.cookie] = cookieHeader }
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// Logs in as `name`: reads the login form, posts it, and reads the start page.
    static func login(_ client: any TestClientProtocol, _ name: String, password pw: String = password,
                      sourceLocation: SourceLocation = #_sourceLocation) async throws -> Browser {
        var browser = Browser()
        browser.absorb(try await browser.get(client, "/login"))
        let response = try await browser.post(client, "/login", [("username", name), ("password", pw)])
        #expect(response.status == .seeOther, "login as \(name): \(response.status)", sourceLocation: sourceLocation)
        #expect(response.headers[.location] == "/", sourceLocation: sourceLocation)
        browser.absorb(try await browser.get(client, "/"))
        return browser
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
