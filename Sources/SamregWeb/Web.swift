import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import SamregCore
import SamregStore

/// An error page: a status and a Swedish sentence, or a redirect.
struct PageError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    var location: String?

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static func redirect(_ location: String) -> PageError {
        var error = PageError(.seeOther, "")
        error.location = location
        return error
    }

    static let notFound = PageError(.notFound, "Sidan finns inte.")

    func response(from request: Request, context: some RequestContext) throws -> Response {
        if let location { return Web.redirect(location) }
        return Web.html(HTML.page(title: "Fel \(status.code)", session: nil,
                                  content: "<p class=\"error\" role=\"alert\">\(HTML.esc(message))</p><p><a href=\"/\">Till startsidan</a></p>"),
                        status: status)
    }
}

/// Failed logins per account name and address, kept in memory for `window` seconds.
final class LoginLimiter: @unchecked Sendable {
    private let lock = NSLock()
    private var failures: [String: [Date]] = [:]
    let limit: Int
    let window: TimeInterval

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    func isBlocked(_ key: String, now: Date = Date()) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[key] = recent.isEmpty ? nil : recent
        return recent.count >= limit
    }

    func fail(_ key: String, now: Date = Date()) {
        lock.lock()
        defer { lock.unlock() }
        failures[key, default: []].append(now)
        // Names tried once and never again must not pile up: past a bound, drop what has expired.
        if failures.count > 10_000 {
            failures = failures.compactMapValues { dates in
                let recent = dates.filter { now.timeIntervalSince($0) < window }
                return recent.isEmpty ? nil : recent
            }
        }
    }

    func clear(_ key: String) {
        lock.lock()
        defer { lock.unlock() }
        failures[key] = nil
    }
}

/// The web registry's shared state and helpers; the pages are in extensions.
final class Web: Sendable {
    let options: WebOptions
    let limiter: LoginLimiter
    /// Read-only connections kept open between requests.
    let readers: ReaderPool
    static let sessionCookie = "samreg_session"
    static let loginCookie = "samreg_login"

    init(options: WebOptions) {
        self.options = options
        limiter = LoginLimiter(limit: options.maxFailedLogins, window: options.loginWindow)
        readers = ReaderPool(path: options.databasePath)
    }

    /// Runs slow, blocking work (bcrypt) off Swift's cooperative threads, which serve every request.
    static func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    /// A handler's body, which reads and writes SQLite (and may wait up to the busy timeout
    /// for another writer), run off the cooperative threads.
    func sync(_ body: @escaping @Sendable () throws -> Response) async throws -> Response {
        try await Web.offload(body)
    }

    func today() throws -> String { try ISODate.today(environment: options.environment) }

    /// Runs `body` on a read-only registry from the pool (one consistent snapshot).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try readers.with(today: today()) { registry in try registry.read(body) }
    }

    /// As `read`, with what the pooled connection keeps between requests.
    func read<T>(_ body: (Database, ReaderPool.Lease) throws -> T) throws -> T {
        try readers.lease(today: today()) { lease in try lease.registry.read { db in try body(db, lease) } }
    }

    /// Runs `body` with a read-only registry from the pool, for pages that need its `today`
    /// or several snapshots. The registry must not be kept past `body`.
    func withReader<T>(_ body: (Registry) throws -> T) throws -> T {
        try readers.with(today: today(), body)
    }

    /// A registry of its own opened for reading, as the commands open it: for pages that
    /// change the connection (the SQL page's temporary tables and authorizer).
    func reader(_ context: WebContext) throws -> Registry {
        try Registry(path: options.databasePath, mode: .readOnly, actor: context.session?.account.name ?? "samreg serve",
                     today: today())
    }

    /// The registry opened for writing with the logged-in account as actor in the audit trail;
    /// `command` says what was done through the web.
    func writer(_ context: WebContext, _ request: Request) throws -> Registry {
        let name = context.session?.account.name ?? "samreg serve"
        let registry = try Registry(path: options.databasePath, mode: .readWrite, actor: name, today: today())
        registry.command = "samreg serve: \(request.method.rawValue) \(request.uri.path)"
        return registry
    }

    /// The session, or a redirect to the login page; 403 when the role is not enough.
    func require(_ role: Role, _ context: WebContext) throws -> WebSession {
        guard let session = context.session else { throw PageError.redirect("/login") }
        guard session.account.role >= role else {
            throw PageError(.forbidden, "Ditt konto (\(session.account.role.label)) får inte göra detta; det kräver rollen \(role.label).")
        }
        return session
    }

    /// The posted form, size-limited, with its CSRF token checked against the session's.
    func postedForm(_ request: Request, _ session: WebSession) async throws -> FormData {
        let form = try await readForm(request)
        guard let token = form["csrf_token"], Web.constantTimeEqual(token, session.csrf) else {
            throw PageError(.forbidden, "Formuläret saknar en giltig CSRF-token (csrf_token). Ladda om sidan och försök igen.")
        }
        return form
    }

    /// The body as form fields; 413 with a clear message beyond the limit.
    func readForm(_ request: Request) async throws -> FormData {
        let data = try await readBody(request)
        let type = request.headers[.contentType] ?? ""
        if type.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = FormData.parameter("boundary", in: "x; " + type.split(separator: ";").dropFirst().joined(separator: ";")),
                  let form = FormData.multipart(data, boundary: boundary) else {
                throw PageError(.badRequest, "Formuläret kunde inte läsas (felaktig multipart-data).")
            }
            return form
        }
        return FormData.urlEncoded(String(decoding: data, as: UTF8.self))
    }

    func readBody(_ request: Request) async throws -> Data {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > options.maxBodyBytes {
            throw tooLarge
        }
        do {
            let buffer = try await request.body.collect(upTo: options.maxBodyBytes)
            return Data(buffer.readableBytesView)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            throw tooLarge
        }
    }

    var tooLarge: PageError {
        PageError(.contentTooLarge, "Förfrågan är för stor (413): högst \(Web.size(options.maxBodyBytes)) tas emot. En större fil kan delas upp och importeras i flera delar.")
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) kB" : "\(bytes) byte"
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }

    /// Whether cookies get `Secure`: always with --secure-cookies, else behind a TLS proxy.
    func secure(_ request: Request) -> Bool {
        options.secureCookies || request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    func cookie(_ name: String, _ value: String, request: Request, maxAge: Int? = nil) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure(request), httpOnly: true, sameSite: .strict)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(_ location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    /// A download: `filename` is always built by samreg from fixed names, never from the request.
    static func download(_ data: Data, type: String, filename: String, inline: Bool = false) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "\(inline ? "inline" : "attachment"); filename=\"\(filename)\""
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A message for an error of the registry (`SamregError`, `FieldError`), else a generic one:
    /// in Swedish where the registry wrote it in Swedish (a field error), else its English.
    static func message(_ error: any Error) -> String {
        if let error = error as? SamregError { return error.swedishDescription }
        if let error = error as? FieldError { return error.swedishMessage }
        if let error = error as? PageError { return error.message }
        return "Ett oväntat fel inträffade."
    }

    func register(_ router: Router<WebContext>) {
        router.get("/healthz") { _, _ in Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: "ok\n"))) }
        router.get("/favicon.ico") { _, _ in Response(status: .notFound) }
        router.get("/static/samreg.css") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/css; charset=utf-8"
            headers[.cacheControl] = "max-age=3600"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: HTML.stylesheet)))
        }
        registerLogin(router)
        registerStart(router)
        registerTools(router)
        registerAccounts(router)
        registerFamilies(router)
    }
}

/// Reads the session cookie, answers unauthenticated requests with a redirect to the login
/// page, turns errors into pages, and sets the security headers on every response.
struct SecurityMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let web: Web

    // The browser's own request for /favicon.ico is answered (404) rather than sent to the
    // login page, which would give the login form a new token behind the user's back.
    static let open: Set<String> = ["/healthz", "/login", "/static/samreg.css", "/favicon.ico"]

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        var response: Response
        do {
            if let token = request.cookies[Web.sessionCookie]?.value {
                let web = self.web
                let found = try await Web.offload {
                    try web.read { db in try Accounts.session(db, token: token) }
                }
                if let found {
                    context.session = WebSession(account: found.account, token: token, csrf: found.csrf)
                }
            }
            if context.session == nil && !Self.open.contains(request.uri.path) {
                response = Web.redirect("/login")
            } else {
                response = try await next(request, context)
            }
        } catch let error as PageError {
            response = try error.response(from: request, context: context)
            if error.location == nil, let session = context.session {
                response = Web.html(HTML.page(title: "Fel \(error.status.code)", session: session,
                                              content: "<p class=\"error\" role=\"alert\">\(HTML.esc(error.message))</p><p><a href=\"/\">Till startsidan</a></p>"),
                                    status: error.status)
            }
        } catch let error as HTTPResponseError {
            if error.status == .contentTooLarge {
                response = try web.tooLarge.response(from: request, context: context)
            } else if error.status == .notFound {
                response = try PageError.notFound.response(from: request, context: context)
            } else {
                response = try PageError(error.status, "Förfrågan kunde inte behandlas.").response(from: request, context: context)
            }
        } catch {
            context.logger.error("\(request.method) \(request.uri.path): \(error)")
            response = try PageError(.internalServerError, Web.message(error)).response(from: request, context: context)
        }
        let csp = HTTPField.Name("Content-Security-Policy")!
        if response.headers[csp] == nil { response.headers[csp] = HTML.contentSecurityPolicy }
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
