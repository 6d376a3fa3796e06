import Crypto
import Foundation
import GRDB
import HummingbirdBcrypt
import SamregCore
import SamregStore

/// What an account may do in the web registry. Each role includes the ones before it.
public enum Role: String, CaseIterable, Sendable, Comparable {
    /// Browses what is public: lists, records (confidential ones masked), the start page.
    case reader
    /// Also runs reports, downloads exports and uses the read-only SQL page.
    case analyst
    /// Also records and corrects (add, update, end, respond, import).
    case registrator
    /// Also manages accounts.
    case admin

    var rank: Int { Role.allCases.firstIndex(of: self)! }

    public static func < (a: Role, b: Role) -> Bool { a.rank < b.rank }

    /// Confidential records in full only for those who record them (and admins): the CLI's
    /// `--include-confidential`; readers and analysts see them masked (`Confidentiality`).
    public var confidentiality: Confidentiality.Mode { self >= .registrator ? .include : .mask }

    /// Swedish, for the pages.
    public var label: String {
        switch self {
        case .reader: return "läsare"
        case .analyst: return "analytiker"
        case .registrator: return "registrator"
        case .admin: return "administratör"
        }
    }
}

/// One account of the web registry (table web_user, migration 0016).
public struct Account: Sendable, Equatable {
    public let id: Int64
    public let name: String
    public let role: Role
    public let endedOn: String?
}

/// The accounts and sessions of the web registry, stored in the registry itself.
public enum Accounts {
    /// bcrypt's cost: 2^12 rounds, hummingbird-auth's default.
    public static let defaultCost: UInt8 = 12
    /// How long a session lasts without logging in again.
    public static let sessionLifetime: TimeInterval = 12 * 3600

    /// Checks an account name: 1–64 letters, digits, `.`, `_`, `@` or `-`.
    public static func checkName(_ name: String) throws {
        let ok = !name.isEmpty && name.utf8.count <= 64 && name.unicodeScalars.allSatisfy {
            ($0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._@-".unicodeScalars.contains($0)))
        }
        guard ok else {
            throw SamregError("the account name '\(name)' is not valid (1–64 letters a–z, digits, '.', '_', '@' or '-')")
        }
    }

    /// Checks a password: 10–72 bytes (bcrypt reads no further), no control characters.
    public static func checkPassword(_ password: String) throws {
        guard password.utf8.count >= 10 else { throw SamregError("the password is too short (at least 10 characters)") }
        guard password.utf8.count <= 72 else { throw SamregError("the password is too long (at most 72 bytes: bcrypt reads no further)") }
        guard !password.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw SamregError("the password contains a control character")
        }
    }

    public static func role(_ text: String) throws -> Role {
        guard let role = Role(rawValue: text) else {
            throw SamregError("'\(text)' is not a role (admin, registrator, analyst or reader)")
        }
        return role
    }

    static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date())
    }

    /// Adds an account. The name must be new.
    public static func add(_ db: Database, name: String, role: Role, password: String, by actor: String,
                           cost: UInt8 = defaultCost) throws -> Int64 {
        try checkName(name)
        try checkPassword(password)
        if try Int64.fetchOne(db, sql: "SELECT id FROM web_user WHERE name = ?", arguments: [name]) != nil {
            throw SamregError("there is already an account named \(name)")
        }
        let now = now()
        try db.execute(sql: """
            INSERT INTO web_user (name, role, password_hash, created_at, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [name, role.rawValue, Bcrypt.hash(password, cost: cost), now, now, actor])
        return db.lastInsertedRowID
    }

    /// Changes an account's role and/or password. A new password logs the account out everywhere.
    public static func update(_ db: Database, name: String, role: Role?, password: String?, by actor: String,
                              cost: UInt8 = defaultCost) throws {
        guard let account = try find(db, name: name) else { throw SamregError("no account named \(name)") }
        if let password { try checkPassword(password) }
        if let role {
            try db.execute(sql: "UPDATE web_user SET role = ?, changed_at = ?, changed_by = ? WHERE id = ?",
                           arguments: [role.rawValue, now(), actor, account.id])
        }
        if let password {
            try db.execute(sql: "UPDATE web_user SET password_hash = ?, changed_at = ?, changed_by = ? WHERE id = ?",
                           arguments: [Bcrypt.hash(password, cost: cost), now(), actor, account.id])
            try db.execute(sql: "DELETE FROM web_session WHERE user_id = ?", arguments: [account.id])
        }
    }

    /// Ends an account: it can no longer log in, and its sessions end now.
    public static func end(_ db: Database, name: String, on day: String, by actor: String) throws {
        guard let account = try find(db, name: name) else { throw SamregError("no account named \(name)") }
        guard account.endedOn == nil else { throw SamregError("the account \(name) was already ended on \(account.endedOn!)") }
        try db.execute(sql: "UPDATE web_user SET ended_on = ?, changed_at = ?, changed_by = ? WHERE id = ?",
                       arguments: [day, now(), actor, account.id])
        try db.execute(sql: "DELETE FROM web_session WHERE user_id = ?", arguments: [account.id])
    }

    public static func find(_ db: Database, name: String) throws -> Account? {
        try Row.fetchOne(db, sql: "SELECT id, name, role, ended_on FROM web_user WHERE name = ?", arguments: [name]).flatMap(account)
    }

    public static func list(_ db: Database) throws -> [Account] {
        try Row.fetchAll(db, sql: "SELECT id, name, role, ended_on FROM web_user ORDER BY name").compactMap(account)
    }

    static func account(_ row: Row) -> Account? {
        guard let role = Role(rawValue: row["role"]) else { return nil }
        return Account(id: row["id"], name: row["name"], role: role, endedOn: row["ended_on"])
    }

    /// The account named `name` when `password` is its password and it has not ended.
    /// A missing account costs a hash too, so the answer's time does not tell which names exist.
    public static func authenticate(_ db: Database, name: String, password: String) throws -> Account? {
        let row = try Row.fetchOne(db, sql: "SELECT id, name, role, ended_on, password_hash FROM web_user WHERE name = ?", arguments: [name])
        guard let row, let hash = row["password_hash"] as String? else {
            _ = Bcrypt.verify(password, hash: dummyHash)
            return nil
        }
        guard Bcrypt.verify(password, hash: hash), let account = account(row), account.endedOn == nil else { return nil }
        return account
    }

    private static let dummyHash = Bcrypt.hash("samreg: no such account", cost: defaultCost)

    // MARK: Sessions

    /// 32 random bytes as hex: a session's cookie value, or a CSRF token.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// What the session table keeps of a cookie value.
    static func sessionKey(_ token: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// `date` as `ISO8601DateFormatter` writes it (`2025-06-17T08:30:00Z`, UTC), without
    /// making a formatter: the session lookup of every request compares with it.
    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// A new session for `account`: its cookie value and CSRF token. Expired sessions go.
    public static func startSession(_ db: Database, account: Account) throws -> (token: String, csrf: String) {
        let token = randomToken()
        let csrf = randomToken()
        let now = Date()
        let f = ISO8601DateFormatter()
        try db.execute(sql: "DELETE FROM web_session WHERE expires_at < ?", arguments: [f.string(from: now)])
        try db.execute(sql: "INSERT INTO web_session (id, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [sessionKey(token), account.id, csrf, f.string(from: now),
                                   f.string(from: now.addingTimeInterval(sessionLifetime))])
        return (token, csrf)
    }

    /// The live session with cookie value `token`: its account (not ended) and CSRF token.
    public static func session(_ db: Database, token: String) throws -> (account: Account, csrf: String)? {
        guard token.count == 64, token.allSatisfy(\.isHexDigit) else { return nil }
        let row = try Row.fetchOne(db, SQLRequest<Row>(sql: """
            SELECT u.id, u.name, u.role, u.ended_on, s.csrf_token FROM web_session s JOIN web_user u ON u.id = s.user_id
            WHERE s.id = ? AND s.expires_at >= ? AND u.ended_on IS NULL
            """, arguments: [sessionKey(token), timestamp(Date())], cached: true))
        guard let row, let account = account(row) else { return nil }
        return (account, row["csrf_token"])
    }

    public static func endSession(_ db: Database, token: String) throws {
        try db.execute(sql: "DELETE FROM web_session WHERE id = ?", arguments: [sessionKey(token)])
    }
}
