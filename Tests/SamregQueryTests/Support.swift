import Foundation
import GRDB
import SamregCore
import SamregQuery
import SamregStore
import SamregTestSupport
import Testing

/// Opens a second connection to `registry`'s file with another "today" (statuses that
/// depend on the day follow `samreg_today()`).
func reopen<T>(_ registry: Registry, today: String, _ body: (Registry) throws -> T) throws -> T {
    let other = try Registry(path: registry.path, mode: .readOnly, actor: "tester", today: today)
    defer { try? other.dbQueue.close() }
    return try body(other)
}

extension Registry {
    /// A remiss with sensible defaults (sender SKR, category kunskapsstyrning).
    @discardableResult
    func remiss(_ title: String, received: String, deadline: String, category: String = "kunskapsstyrning",
                extra: [String: String] = [:]) throws -> Int64 {
        var input = ["title": title, "sender": "SKR", "category": category, "received": received, "deadline": deadline]
        for (k, v) in extra { input[k] = v }
        return try insert(Families.remiss, input)
    }

    /// A joint (SÖSR) answer sent on `sent`.
    @discardableResult
    func answer(_ remiss: Int64, sent: String?, scope: String = "sosr", region: String? = nil,
                kind: String = "yttrande") throws -> Int64 {
        var input = ["remiss": String(remiss), "scope": scope, "kind": kind]
        if let sent { input["sent"] = sent }
        if let region { input["region"] = region }
        return try insert(Families.response, input)
    }

    /// A body with a short name.
    @discardableResult
    func body(_ kind: String, _ name: String, short: String? = nil) throws -> Int64 {
        var input = ["kind": kind, "name": name]
        if let short { input["short_name"] = short }
        return try insert(Families.body, input)
    }

    @discardableResult
    func permit(_ careArea: String, status: String, decided: String? = nil, start: String? = nil,
                end: String? = nil, holder: String = "RÖ", extra: [String: String] = [:]) throws -> Int64 {
        var input = ["care_area": careArea, "holder": holder, "status": status]
        if let decided { input["decided"] = decided }
        if let start { input["start"] = start }
        if let end { input["end"] = end }
        for (k, v) in extra { input[k] = v }
        return try insert(Families.permit, input)
    }
}

