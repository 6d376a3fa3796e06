import SamregCore

/// A span of days, both ends included, in ISO dates.
public struct Period: Equatable, Sendable {
    public let from: String
    public let to: String

    public init(from: String, to: String) {
        precondition(ISODate.isValid(from) && ISODate.isValid(to), "periods are valid ISO dates")
        self.from = from
        self.to = to
    }

    /// SQL that is true when the date in `column` (a day, or a month or year as the source
    /// gives it: `PartialDate`) lies in the period, with the period's first and last day bound
    /// to the two placeholders in that order. A month or year counts only when all of it is
    /// inside (so a year-precise decision counts in its year). The range on the column itself
    /// keeps the index usable.
    public func containsSQL(_ column: String) -> String {
        "(\(column) BETWEEN substr(?1, 1, 4) AND ?2 AND \(PartialDate.withinSQL(column, from: "?1", to: "?2")))"
    }

    /// The calendar year `year`.
    public static func year(_ year: Int) -> Period {
        Period(from: String(format: "%04d-01-01", year), to: String(format: "%04d-12-31", year))
    }
}
