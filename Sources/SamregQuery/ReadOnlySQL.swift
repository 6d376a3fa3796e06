import GRDB
import SamregCore
import SamregStore

/// `samreg sql`: one SELECT for analysts, on a connection that refuses writes
/// (SQLITE_OPEN_READONLY and `PRAGMA query_only`), streamed row by row.
public enum ReadOnlySQL {
    /// Runs `sql` and calls `header` once with the column names, then `body` per row.
    public static func run(_ db: Database, sql: String, header: ([String]) throws -> Void, body: ([Cell]) throws -> Void) throws {
        do {
            let statement = try db.makeStatement(sql: sql)
            guard statement.isReadonly else {
                throw SamregError("sql: only queries that read are allowed (the connection is read-only)")
            }
            try header(statement.columnNames)
            let cursor = try Row.fetchCursor(statement)
            while let row = try cursor.next() { try body(row.cells) }
        } catch let error as DatabaseError {
            throw SamregError("sql: \(error.message ?? "\(error.resultCode)")")
        }
    }
}
