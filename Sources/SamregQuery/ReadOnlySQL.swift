import Foundation
import GRDB
import GRDBSQLite
import SamregCore
import SamregStore

/// `samreg sql`: one SELECT for analysts, on a connection that refuses writes
/// (SQLITE_OPEN_READONLY and `PRAGMA query_only`), streamed row by row and bounded in time.
public enum ReadOnlySQL {
    /// The default time limit of one query, in seconds.
    public static let defaultTimeout = 5.0

    /// Runs `sql` and calls `header` once with the column names, then `body` per row. The query
    /// is stopped (a `SamregError` saying so) once it has run `timeout` seconds.
    ///
    /// `confidentiality` `.include` reads the tables as stored (`samreg sql`); `.mask` (and
    /// `.exclude`, which leaves sealed rows out) reads them as `MaskedSQL` shows them and
    /// refuses every other route to a sealed record's content: give such a run a connection
    /// of its own (the web's SQL page opens one per request).
    public static func run(_ db: Database, sql: String, timeout: Double = defaultTimeout,
                           confidentiality: Confidentiality.Mode = .include,
                           header: ([String]) throws -> Void, body: ([Cell]) throws -> Void) throws {
        precondition(timeout > 0 && timeout.isFinite, "timeout must be a positive number of seconds")
        // Removed after the progress handler (defers run last first): dropping the copies must
        // not be interrupted.
        var guardian: MaskedSQL.Guard?
        defer { if let guardian { MaskedSQL.end(db, guardian) } }
        let deadline = Deadline(seconds: timeout)
        let connection = db.sqliteConnection
        // SQLite calls the handler every 1 000 virtual-machine steps; a non-zero answer
        // interrupts the statement with SQLITE_INTERRUPT.
        sqlite3_progress_handler(connection, 1_000, { context in
            guard let context else { return 0 }
            return Unmanaged<Deadline>.fromOpaque(context).takeUnretainedValue().passed ? 1 : 0
        }, Unmanaged.passUnretained(deadline).toOpaque())
        // The handler holds `deadline` unretained: it stays alive until the handler is gone.
        defer {
            sqlite3_progress_handler(connection, 0, nil, nil)
            withExtendedLifetime(deadline) {}
        }
        do {
            // The masked copies count against the time limit: they are the query's cost.
            if confidentiality != .include {
                guardian = try MaskedSQL.begin(db, sql: sql, exclude: confidentiality == .exclude)
            }
            let statement = try db.makeStatement(sql: sql)
            guard statement.isReadonly else {
                throw SamregError("sql: only queries that read are allowed (the connection is read-only)")
            }
            // GRDB would say "wrong number of statement arguments": say what to do instead.
            guard sqlite3_bind_parameter_count(statement.sqliteStatement) == 0 else {
                throw SamregError("sql: the query has parameters (?, :name) and `samreg sql` takes none: write the values into the query")
            }
            try header(statement.columnNames)
            let cursor = try Row.fetchCursor(statement)
            while let row = try cursor.next() { try body(row.cells) }
        } catch let error as DatabaseError {
            if let denial = guardian?.denial { throw SamregError(denial) }
            if error.resultCode == .SQLITE_INTERRUPT && deadline.passed {
                throw SamregError("sql: the query was stopped after \(Self.seconds(timeout)) s, its time limit (--timeout SECONDS allows more)")
            }
            if error.resultCode == .SQLITE_MISUSE, (error.message ?? "").hasPrefix("Multiple statements") {
                throw SamregError("sql: give one statement at a time (found more than one)")
            }
            throw SamregError("sql: \(error.message ?? "\(error.resultCode)")")
        }
    }

    static func seconds(_ x: Double) -> String {
        x.rounded() == x && x < 1e9 ? String(Int(x)) : String(x)
    }

    /// A point in monotonic time, read by SQLite's progress handler.
    final class Deadline {
        let end: UInt64
        init(seconds: Double) {
            let ns = min(seconds, 1e9) * 1e9
            end = DispatchTime.now().uptimeNanoseconds &+ UInt64(ns)
        }
        var passed: Bool { DispatchTime.now().uptimeNanoseconds >= end }
    }
}
