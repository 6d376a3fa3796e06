import Foundation

/// Form fields of a request: `application/x-www-form-urlencoded` (a query string or a posted
/// form) and `multipart/form-data` (an uploaded file).
public struct FormData: Sendable {
    public var values: [String: String] = [:]
    /// Uploaded files by field name: the name the browser gave and the bytes.
    public var files: [String: (filename: String, data: Data)] = [:]

    public init() {}

    public subscript(_ name: String) -> String? { values[name] }

    /// The decoded pairs of `a=1&b=x+y`; the first value of a name counts.
    public static func urlEncoded(_ text: String) -> FormData {
        var form = FormData()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            if form.values[name] == nil { form.values[name] = value }
        }
        return form
    }

    static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The parts of a `multipart/form-data` body with `boundary`; nil when it is malformed.
    public static func multipart(_ body: Data, boundary: String) -> FormData? {
        let delimiter = Data("--\(boundary)".utf8)
        var form = FormData()
        var parts: [Data] = []
        var searchStart = body.startIndex
        var previous: Range<Data.Index>?
        while let range = body.range(of: delimiter, in: searchStart..<body.endIndex) {
            if let previous { parts.append(body[previous.upperBound..<range.lowerBound]) }
            previous = range
            searchStart = range.upperBound
        }
        guard previous != nil else { return nil }
        let headerEnd = Data("\r\n\r\n".utf8)
        for var part in parts {
            // Each part starts with CRLF after the delimiter and ends with CRLF before the next.
            if part.starts(with: Data("\r\n".utf8)) { part = part.dropFirst(2) }
            if part.count >= 2, part.suffix(2) == Data("\r\n".utf8) { part = part.dropLast(2) }
            guard let split = part.range(of: headerEnd) else { continue }
            let headers = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
            let content = Data(part[split.upperBound...])
            var name: String?
            var filename: String?
            for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                name = parameter("name", in: line)
                filename = parameter("filename", in: line)
            }
            guard let name else { continue }
            if let filename {
                if form.files[name] == nil { form.files[name] = (filename, content) }
            } else if form.values[name] == nil {
                form.values[name] = String(decoding: content, as: UTF8.self)
            }
        }
        return form
    }

    /// `name="value"` in a header line.
    static func parameter(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let kv = piece.trimmingCharacters(in: .whitespaces)
            guard kv.hasPrefix(key + "=") else { continue }
            var value = String(kv.dropFirst(key.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
