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

    /// The calendar year `year`.
    public static func year(_ year: Int) -> Period {
        Period(from: String(format: "%04d-01-01", year), to: String(format: "%04d-12-31", year))
    }
}
