import Foundation
import GRDB
import SamregCore
@testable import SamregStore
import SamregTestSupport
import Testing

/// A remiss as the command line would give it, with `overrides` (nil removes a field).
func remissInput(_ overrides: [String: String?] = [:]) -> [String: String] {
    var input = ["title": "Vårdförlopp sepsis", "sender": "SKR", "category": "kunskapsstyrning",
                 "received": "2025-05-02", "deadline": "2025-06-13"]
    for (key, value) in overrides { input[key] = value }
    return input
}

extension Registry {
    func count(_ table: String) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    /// One row of `table` by id.
    func row(_ table: String, id: Int64) throws -> Row? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE id = ?", arguments: [id]) }
    }

    func organisationId(_ code: String) throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE code = ?", arguments: [code]) ?? -1 }
    }

    func auditEntries() throws -> [AuditTrail.Entry] {
        try read { db in try AuditTrail.log(db) }
    }

    func verifyAudit() throws -> (checked: Int, problems: [AuditTrail.Problem]) {
        try read { db in try AuditTrail.verify(db) }
    }

    /// Runs raw SQL on the registry's connection, outside `write`: no actor, no sealing —
    /// what another program writing to the file would do.
    func executeOutsideSamreg(_ sql: String, _ arguments: StatementArguments = []) throws {
        try dbQueue.write { db in try db.execute(sql: sql, arguments: arguments) }
    }
}

/// The error of type `E` that `body` throws, or nil (recording an issue) if it throws
/// something else or nothing.
func expectThrow<E: Error>(_ expected: E.Type, _ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> E? {
    do {
        try body()
        Issue.record("expected a \(E.self), but nothing was thrown", sourceLocation: sourceLocation)
        return nil
    } catch let error as E {
        return error
    } catch {
        Issue.record("expected a \(E.self), got \(type(of: error)): \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The message of the `FieldError` that `body` throws, or nil (recording an issue).
func fieldError(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    expectThrow(FieldError.self, body, sourceLocation: sourceLocation)?.message
}

/// The `SamregError` that `body` throws, or nil (recording an issue).
func samregError(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> SamregError? {
    expectThrow(SamregError.self, body, sourceLocation: sourceLocation)
}

/// Parses a JSON object as stored in the audit trail.
func jsonObject(_ text: String?) -> [String: Any]? {
    guard let text, let data = text.data(using: .utf8) else { return nil }
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
}
