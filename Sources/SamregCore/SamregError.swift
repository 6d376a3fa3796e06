/// The one error type users see. Its `description` is a single line that says what is wrong
/// and where: the record family, the field and the value, and what would be valid.
///
/// Programmer mistakes are `precondition`s, not `SamregError`s.
public struct SamregError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Where the problem is, if it came from a file: `file:line:column`.
    public var location: String?
    public var message: String
    /// The message in Swedish where one is written (a record's field error carried out of an
    /// import): what the web registry shows; the command line prints `message`.
    public var swedish: String?

    public init(_ message: String, location: String? = nil, swedish: String? = nil) {
        self.message = message
        self.location = location
        self.swedish = swedish
    }

    /// The line in Swedish for the web: `file:line:column: …` with the Swedish message, else `description`.
    public var swedishDescription: String {
        guard let swedish else { return description }
        if let location { return "\(location): \(swedish)" }
        return swedish
    }

    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }

    /// The same error, placed at `file:line:column` (for imports).
    public func at(_ location: String) -> SamregError {
        SamregError(message, location: location, swedish: swedish)
    }
}
