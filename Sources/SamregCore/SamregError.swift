/// The one error type users see. Its `description` is a single line that says what is wrong
/// and where: the record family, the field and the value, and what would be valid.
///
/// Programmer mistakes are `precondition`s, not `SamregError`s.
public struct SamregError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Where the problem is, if it came from a file: `file:line:column`.
    public var location: String?
    public var message: String

    public init(_ message: String, location: String? = nil) {
        self.message = message
        self.location = location
    }

    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }

    /// The same error, placed at `file:line:column` (for imports).
    public func at(_ location: String) -> SamregError {
        SamregError(message, location: location)
    }
}
