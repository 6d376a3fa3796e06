import Crypto
import GRDB
import GRDBSQLite
import SamregCore

/// `samreg_audit_chain(seq, at, actor, command, action, tbl, record_id, before, after)`, the
/// function `AuditTrail.seal` runs over the rows of one transaction: SHA-256 over the previous
/// row's hash and this row's fields, exactly the text `AuditTrail.Entry.chain` hashes
/// (`previous`, a line feed, then seq and the fields separated by U+001F, NULL written ∅,
/// numbers as Swift prints them, text as GRDB would read it). It hashes SQLite's bytes in
/// place; only text that is not valid UTF-8 or holds a NUL goes the way GRDB reads it
/// (`String(cString:)`), so that the hash stays the one `verify` recomputes.
final class SealChain {
    private var previous: [UInt8]
    private var lastSeq: Int64

    init(previous: String, lastSeq: Int64) {
        self.previous = Array(previous.utf8)
        self.lastSeq = lastSeq
    }

    func register(on db: Database) throws {
        let code = sqlite3_create_function_v2(db.sqliteConnection, "samreg_audit_chain", 9, SQLITE_UTF8,
                                              Unmanaged.passUnretained(self).toOpaque(), { context, count, values in
            guard let context, let user = sqlite3_user_data(context), let values, count == 9 else { return }
            Unmanaged<SealChain>.fromOpaque(user).takeUnretainedValue().step(context, values)
        }, nil, nil, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register samreg_audit_chain")
        }
    }

    func unregister(from db: Database) {
        sqlite3_create_function_v2(db.sqliteConnection, "samreg_audit_chain", 9, SQLITE_UTF8, nil, nil, nil, nil, nil)
    }

    private static let separator: [UInt8] = [0x1F]
    private static let newline: [UInt8] = [0x0A]
    private static let null = Array("\u{2205}".utf8)

    private func step(_ context: OpaquePointer, _ values: UnsafeMutablePointer<OpaquePointer?>) {
        let seq = sqlite3_value_type(values[0]) == SQLITE_INTEGER ? sqlite3_value_int64(values[0]) : 0
        guard seq > lastSeq else {
            sqlite3_result_error(context, "audit rows were sealed out of order (\(seq) after \(lastSeq))", -1)
            return
        }
        let hex = next(seq: seq) { hasher in
            for i in 1..<9 {
                let value = values[i]
                switch sqlite3_value_type(value) {
                case SQLITE_INTEGER:
                    SealChain.add(String(sqlite3_value_int64(value)), to: &hasher)
                case SQLITE_FLOAT:
                    SealChain.add(String(sqlite3_value_double(value)), to: &hasher)
                case SQLITE_TEXT:
                    if let text = sqlite3_value_text(value) {
                        SealChain.add(text: UnsafeRawBufferPointer(start: text, count: Int(sqlite3_value_bytes(value))), cString: text, to: &hasher)
                    } else {
                        SealChain.add(nil, to: &hasher)
                    }
                default:   // NULL, and blobs, which GRDB's text reading treats as none
                    SealChain.add(nil, to: &hasher)
                }
            }
        }
        hex.withUnsafeBufferPointer { buffer in
            sqlite3_result_text(context, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self), 64,
                                unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }

    /// The hash of entry `seq`, chained to the one before, as 64 lower-case hex digits; `fields`
    /// adds the entry's eight fields after seq (each with `add`, which puts the separator first).
    func next(seq: Int64, _ fields: (inout SHA256) -> Void) -> [UInt8] {
        lastSeq = seq
        var hasher = SHA256()
        hasher.update(data: previous)
        hasher.update(data: SealChain.newline)
        hasher.update(data: Array(String(seq).utf8))
        fields(&hasher)
        let digest = hasher.finalize()
        var hex = [UInt8](repeating: 0, count: 64)
        var i = 0
        for b in digest {
            hex[i] = SealChain.hexDigits[Int(b >> 4)]
            hex[i + 1] = SealChain.hexDigits[Int(b & 0x0F)]
            i += 2
        }
        previous = hex
        return hex
    }

    /// One field: the separator, then the text (∅ for none).
    static func add(_ text: String?, to hasher: inout SHA256) {
        hasher.update(data: separator)
        guard var text else { hasher.update(data: null); return }
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// One field of SQLite text: the separator, then its bytes as GRDB reads them
    /// (`String(cString:)`: up to a NUL, invalid UTF-8 repaired).
    static func add(text bytes: UnsafeRawBufferPointer, cString: UnsafePointer<UInt8>, to hasher: inout SHA256) {
        hasher.update(data: separator)
        if isPlainUTF8(bytes) {
            hasher.update(bufferPointer: bytes)
        } else {
            hasher.update(data: Array(String(cString: cString).utf8))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Whether the bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no
    /// surrogates, nothing above U+10FFFF) without a NUL: then they are what `String(cString:)`
    /// would give back.
    static func isPlainUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0 { return false }
                i += 1
                continue
            }
            func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                k < n && bytes[k] >= low && bytes[k] <= high
            }
            switch b {
            case 0xC2...0xDF:
                guard continuation(i + 1) else { return false }
                i += 2
            case 0xE0:
                guard continuation(i + 1, 0xA0), continuation(i + 2) else { return false }
                i += 3
            case 0xE1...0xEC, 0xEE...0xEF:
                guard continuation(i + 1), continuation(i + 2) else { return false }
                i += 3
            case 0xED:
                guard continuation(i + 1, 0x80, 0x9F), continuation(i + 2) else { return false }
                i += 3
            case 0xF0:
                guard continuation(i + 1, 0x90), continuation(i + 2), continuation(i + 3) else { return false }
                i += 4
            case 0xF1...0xF3:
                guard continuation(i + 1), continuation(i + 2), continuation(i + 3) else { return false }
                i += 4
            case 0xF4:
                guard continuation(i + 1, 0x80, 0x8F), continuation(i + 2), continuation(i + 3) else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
