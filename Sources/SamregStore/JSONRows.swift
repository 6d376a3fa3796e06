import Foundation
import SamregCore

struct JSONRows: AnySequenceOfRows {
    let path: String
    let objects: [[String: Any]]
    let starts: [(line: Int, column: Int)]
    let fieldNames: [String]

    init(data: Data, path: String) throws {
        self.path = path
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let (line, column) = JSONRows.errorPosition(error, data: data)
            throw SamregError("not valid JSON (\(JSONRows.reason(error)))", location: "\(path):\(line):\(column)",
                              swedish: "Ingen giltig JSON (\(JSONRows.reason(error))).")
        }
        guard let array = parsed as? [Any] else {
            throw SamregError("expected a JSON array of objects, like `samreg export` writes", location: "\(path):1:1",
                              swedish: "Filen ska vara en JSON-lista av objekt, som Export skriver.")
        }
        let starts = JSONRows.elementStarts(data)
        var objects: [[String: Any]] = []
        for (i, element) in array.enumerated() {
            guard let object = element as? [String: Any] else {
                let at = i < starts.count ? starts[i] : (1, 1)
                throw SamregError("element \(i + 1) is not an object", location: "\(path):\(at.0):\(at.1)",
                                  swedish: "Element \(i + 1) är inget objekt.")
            }
            objects.append(object)
        }
        self.objects = objects
        self.starts = starts
        var names: [String] = []
        for object in objects { for key in object.keys.sorted() where !names.contains(key) { names.append(key) } }
        fieldNames = names
    }

    func location(line: Int, column: Int) -> String { "\(path):\(line):\(column)" }

    func fractionDone(rowsDone: Int) -> Double? {
        objects.isEmpty ? nil : Double(rowsDone) / Double(objects.count)
    }

    func forEach(rowError: (SamregError) throws -> Void, _ body: ([(String, String)], Int, (String) -> Int?) throws -> Void) throws {
        objects: for (i, object) in objects.enumerated() {
            let start = i < starts.count ? starts[i] : (line: 1, column: 1)
            var record: [(String, String)] = []
            for (key, value) in object {
                switch value {
                case is NSNull: record.append((key, ""))
                case let s as String: record.append((key, s))
                case let n as NSNumber:
                    if JSONRows.isBool(n) { record.append((key, n.boolValue ? "ja" : "nej")) }
                    else { record.append((key, n.stringValue)) }
                default:
                    try rowError(SamregError("field '\(key)' holds a list or object; give text, a number or null",
                                             location: location(line: start.line, column: start.column),
                                             swedish: "Fältet \(key) innehåller en lista eller ett objekt; ange text, ett tal eller null."))
                    continue objects
                }
            }
            try body(record, start.line, { _ in start.column })
        }
    }

    /// Line and column of each element of the top-level array.
    static func elementStarts(_ data: Data) -> [(line: Int, column: Int)] {
        var starts: [(Int, Int)] = []
        var line = 1, column = 0, depth = 0
        var inString = false, escaped = false, expectElement = false
        for byte in data {
            if byte == UInt8(ascii: "\n") { line += 1; column = 0; continue }
            if byte & 0xC0 != 0x80 { column += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if depth == 1 && expectElement { starts.append((line, column)); expectElement = false }
                depth += 1
                if depth == 1 { expectElement = true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ","): if depth == 1 { expectElement = true }
            case UInt8(ascii: "\""):
                if depth == 1 && expectElement { starts.append((line, column)); expectElement = false }
                inString = true
            default:
                if depth == 1 && expectElement { starts.append((line, column)); expectElement = false }
            }
        }
        return starts
    }

    /// Whether JSONSerialization read `true`/`false` rather than a number.
    static func isBool(_ n: NSNumber) -> Bool {
        let type = String(cString: n.objCType)
        return type == "c" || type == "B"
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }

    /// Where JSONSerialization stopped, when it says (an index, or "around character N"), as
    /// line and column.
    static func errorPosition(_ error: Error, data: Data) -> (Int, Int) {
        let ns = error as NSError
        var found = ns.userInfo["NSJSONSerializationErrorIndex"] as? Int
        if found == nil, let text = ns.userInfo[NSDebugDescriptionErrorKey] as? String,
           let range = text.range(of: "character ") {
            found = Int(text[range.upperBound...].prefix { $0.isNumber })
        }
        guard let index = found else { return (1, 1) }
        var line = 1, column = 1
        for byte in data.prefix(index) {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
