import GRDB
import SamregCore

extension Cell {
    /// The cell for a value read from SQLite (blobs are shown as hex).
    public init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let n): self = .int(n)
        case .double(let x): self = .real(x)
        case .string(let s): self = .text(s)
        case .blob(let data): self = .text(data.map { String(format: "%02x", $0) }.joined())
        }
    }
}

extension Row {
    /// The row's values as cells, in column order.
    public var cells: [Cell] { databaseValues.map(Cell.init) }
}
