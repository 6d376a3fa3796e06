import Foundation
import Hummingbird
import Logging
import SamregCore
import SamregStore

/// How `samreg serve` runs.
public struct WebOptions: Sendable {
    /// The registry file, as the commands' `--db`.
    public var databasePath: String
    public var host = "127.0.0.1"
    public var port = 8080
    /// Secure cookies whatever the request says (else only behind TLS: `X-Forwarded-Proto: https`).
    public var secureCookies = false
    /// The environment the registry is opened with (`SAMREG_TODAY` fixes "today").
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    /// The largest request body: a form or an uploaded file (413 beyond it).
    public var maxBodyBytes = 8 << 20
    /// Failed logins allowed per account name and address within `loginWindow` seconds.
    public var maxFailedLogins = 5
    public var loginWindow: TimeInterval = 15 * 60
    /// The time limit of one query on the SQL page, in seconds.
    public var sqlTimeout = 5.0
    /// Records per page of a list.
    public var pageSize = 50

    public init(databasePath: String) {
        self.databasePath = databasePath
    }
}

/// What a request carries through the router: the caller's address and, once the session
/// cookie is checked, the logged-in account.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's address (for the login rate limit).
    public let remoteAddress: String
    /// The logged-in account and its session, when the request has a live session cookie.
    public var session: WebSession?
    /// Bodies are read with `WebOptions.maxBodyBytes` as limit.
    public var maxUploadSize: Int { Int.max }

    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "local"
    }
}

/// A live session: its account, cookie value and CSRF token.
public struct WebSession: Sendable {
    public let account: Account
    public let token: String
    public let csrf: String
}

/// The web registry: `samreg serve`.
public enum WebServer {
    /// The application, not yet running (tests drive it with HummingbirdTesting).
    public static func application(_ options: WebOptions, logger: Logger? = nil,
                                   onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol {
        let web = Web(options: options)
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityMiddleware(web: web))
        web.register(router)
        var log = logger ?? Logger(label: "samreg-serve")
        if logger == nil { log.logLevel = .notice }
        return Application(router: router,
                           configuration: .init(address: .hostname(options.host, port: options.port), serverName: "samreg"),
                           onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? options.port) },
                           logger: log)
    }

    /// Runs until SIGTERM or SIGINT, then stops taking connections, lets the requests in
    /// progress finish (a write is one transaction: it commits or rolls back whole) and returns.
    public static func run(_ options: WebOptions, announce: @escaping @Sendable (Int) -> Void) async throws {
        // The registry must open before anything is served: a wrong path is an error at once.
        _ = try Registry(path: options.databasePath, mode: .readOnly, actor: "samreg serve",
                         today: ISODate.today(environment: options.environment))
        let app = application(options, onServerRunning: { port in announce(port) })
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
