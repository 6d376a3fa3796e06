import Foundation
import SamregCore

/// An `InputStream` over a file named on the command line that reads with POSIX `read` and
/// knows when it has reached the end, so that CSV.swift can stream an import file of any size.
/// (CSV.swift asks `hasBytesAvailable` before each read and treats a read of 0 bytes as an
/// error; swift-corelibs-foundation's file stream only learns of the end by reading it.)
///
/// The file is opened once and read once, front to back, never reopened or sought: a pipe, a
/// FIFO, `/dev/stdin`, `/dev/fd/N` (bash's `<(…)`) and `-` (standard input) read like a file.
/// What the importer needs to look at first (the header, to find the separator) is peeked at
/// and stays in the buffer. A failed read is kept in `readError`: the end of the rows is then
/// an error, not the end of the file.
final class FileInputStream: InputStream {
    /// The name shown in messages: the path as given, or `-` for standard input.
    let path: String
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var status: Stream.Status = .notOpen
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    private var eof = false
    /// The `errno` of a read that failed (0 if none did).
    private(set) var readError: Int32 = 0

    /// Opens `path` for reading, or takes standard input for `-`.
    init(path: String) throws {
        self.path = path
        if path == "-" {
            fd = 0
            ownsDescriptor = false
        } else {
            var opened: Int32
            repeat { opened = Foundation.open(path, O_RDONLY | O_CLOEXEC) } while opened < 0 && errno == EINTR
            guard opened >= 0 else {
                switch errno {
                case ENOENT: throw SamregError("no such file: \(path)")
                case EACCES: throw SamregError("cannot read \(path) (check its permissions)")
                default: throw SamregError("cannot read \(path): \(SafeFiles.reason(errno))")
                }
            }
            var st = stat()
            if fstat(opened, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR {
                Foundation.close(opened)
                throw SamregError("cannot read \(path): it is a directory, not a file")
            }
            fd = opened
            ownsDescriptor = true
        }
        super.init(data: Data())
    }

    /// The size in bytes when the input is a regular file (not a pipe, FIFO or terminal).
    var regularFileSize: Int? {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(st.st_size)
    }

    deinit {
        if ownsDescriptor && status != .closed { Foundation.close(fd) }
    }

    override func open() { status = .open }

    override func close() {
        if ownsDescriptor && status != .closed { Foundation.close(fd) }
        status = .closed
    }

    override var streamStatus: Stream.Status { status }

    override var streamError: Error? { nil }

    /// Reads ahead when the buffer is empty, so the answer is exact.
    override var hasBytesAvailable: Bool {
        guard status == .open else { return false }
        if start >= end { fill() }
        return start < end
    }

    override func read(_ out: UnsafeMutablePointer<UInt8>, maxLength len: Int) -> Int {
        guard status == .open else { return 0 }
        if start >= end { fill() }
        let n = min(len, end - start)
        guard n > 0 else { return 0 }
        buffer.withUnsafeBufferPointer { src in
            out.update(from: src.baseAddress! + start, count: n)
        }
        start += n
        return n
    }

    /// Up to the first `count` bytes, without consuming them (call before reading).
    func peek(_ count: Int) -> Data {
        if buffer.count < count { buffer += [UInt8](repeating: 0, count: count - buffer.count) }
        while end - start < count && !eof { fill() }
        return Data(buffer[start..<min(end, start + count)])
    }

    /// Everything up to the end; throws when a read fails.
    func readAll() throws -> Data {
        var data = Data(buffer[start..<end])
        start = end
        while !eof {
            fill()
            data.append(contentsOf: buffer[start..<end])
            start = end
        }
        try throwIfReadFailed()
        return data
    }

    /// Throws "cannot read PATH: …" when a read failed (the rows seen so far are not the file).
    func throwIfReadFailed() throws {
        if readError != 0 {
            throw SamregError("cannot read \(path == "-" ? "standard input" : path): \(SafeFiles.reason(readError))")
        }
    }

    /// Appends what one `read` returns after the bytes still buffered.
    private func fill() {
        guard !eof else { return }
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { b in
                if end > start { b.baseAddress!.update(from: b.baseAddress! + start, count: end - start) }
            }
            end -= start
            start = 0
        }
        guard end < buffer.count else { return }
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBufferPointer { Foundation.read(fd, $0.baseAddress! + end, $0.count - end) }
        } while n < 0 && errno == EINTR
        if n < 0 { readError = errno }
        if n <= 0 { eof = true } else { end += n }
    }
}

/// A whole input file named on the command line (`-` for standard input), read once.
public enum InputFile {
    public static func readAll(_ path: String) throws -> Data {
        try FileInputStream(path: path).readAll()
    }
}
