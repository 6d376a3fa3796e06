/// One value of a result: what the query layer hands to renderers (no SQLite types above
/// the store).
public enum Cell: Equatable, Sendable {
    case null
    case int(Int64)
    case real(Double)
    case text(String)

    /// The value as plain text: empty for null, integers without decimals, reals in their
    /// shortest exact form (`86656`, `74.6`). Used by CSV and by import.
    public var plain: String {
        switch self {
        case .null: return ""
        case .int(let n): return String(n)
        case .real(let x): return Cell.plain(x)
        case .text(let s): return s
        }
    }

    public var isNull: Bool { self == .null }

    public var double: Double? {
        switch self {
        case .int(let n): return Double(n)
        case .real(let x): return x
        case .text(let s): return Double(s)
        case .null: return nil
        }
    }

    public var int: Int64? {
        switch self {
        case .int(let n): return n
        case .real(let x): return Int64(exactly: x)
        case .text(let s): return Int64(s)
        case .null: return nil
        }
    }

    public var text: String? {
        if case .text(let s) = self { return s }
        return isNull ? nil : plain
    }

    /// A double without a trailing `.0` when it is whole.
    public static func plain(_ x: Double) -> String {
        if x.rounded() == x && abs(x) < 1e15, let n = Int64(exactly: x) { return String(n) }
        return "\(x)"
    }
}

/// A result with named columns, as lists, exports and `sql` produce it.
public struct ResultTable: Equatable, Sendable {
    public var columns: [String]
    public var rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The values of column `name` (precondition: it exists).
    public func column(_ name: String) -> [Cell] {
        guard let i = columns.firstIndex(of: name) else { preconditionFailure("no column \(name)") }
        return rows.map { $0[i] }
    }
}
