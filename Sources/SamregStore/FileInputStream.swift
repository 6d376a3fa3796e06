import Foundation

/// An `InputStream` over a file that reads with POSIX `read` and knows when it has reached
/// the end, so that CSV.swift can stream an import file of any size. (CSV.swift asks
/// `hasBytesAvailable` before each read and treats a read of 0 bytes as an error;
/// swift-corelibs-foundation's file stream only learns of the end by reading it.)
final class FileInputStream: InputStream {
    private let fd: Int32
    private var status: Stream.Status = .notOpen
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    private var eof = false

    init?(path: String) {
        fd = Foundation.open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        super.init(data: Data())
    }

    deinit {
        if status != .closed { Foundation.close(fd) }
    }

    override func open() { status = .open }

    override func close() {
        if status != .closed { Foundation.close(fd) }
        status = .closed
    }

    override var streamStatus: Stream.Status { status }

    override var streamError: Error? { nil }

    /// Reads ahead when the buffer is empty, so the answer is exact.
    override var hasBytesAvailable: Bool {
        guard status == .open else { return false }
        fill()
        return start < end
    }

    override func read(_ out: UnsafeMutablePointer<UInt8>, maxLength len: Int) -> Int {
        guard status == .open else { return 0 }
        fill()
        let n = min(len, end - start)
        guard n > 0 else { return 0 }
        buffer.withUnsafeBufferPointer { src in
            out.update(from: src.baseAddress! + start, count: n)
        }
        start += n
        return n
    }

    private func fill() {
        guard start >= end, !eof else { return }
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBufferPointer { Foundation.read(fd, $0.baseAddress!, $0.count) }
        } while n < 0 && errno == EINTR
        start = 0
        end = max(0, n)
        if n <= 0 { eof = true }
    }
}
