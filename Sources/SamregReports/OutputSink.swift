import Foundation
import SamregCore

/// Where rendered output goes: standard output, or a file written atomically (to a temporary
/// file beside it, owner-only from its first byte, renamed into place only when everything
/// was written, so a failed report leaves no half file and no temporary file).
///
/// Writes go through POSIX `write`: a closed or full standard output, a closed pipe, a full
/// disk or a file-size limit become one `SamregError` ("cannot write …: No space left on
/// device"), not a crash. The first failure stops all further writing; `failIfBroken()` (which
/// `RowWriter.append` calls for every row) and `finish()` throw it.
public final class OutputSink {
    private let file: TemporaryFile?
    private let finalPath: String?
    private let shownPath: String?
    private var buffer: [UInt8] = []
    private var failure: SamregError?
    /// Standard output is a terminal: control and bidi characters in what is written are
    /// shown escaped (`\e`, `\u{202E}`; line breaks and tabs kept), whatever the format, so
    /// that no stored value can drive the terminal. Files and pipes get the bytes as they are.
    let escapesForTerminal: Bool

    /// Output to standard output.
    public init() {
        file = nil
        finalPath = nil
        shownPath = nil
        escapesForTerminal = isatty(STDOUT_FILENO) == 1
    }

    /// Output to `path`, or standard output for nil or "-". `protecting` names files that
    /// must never be replaced (the database being read, and its journal files). Only a regular
    /// file is ever replaced: a directory, device, FIFO or socket at `path` is refused.
    public init(path: String?, protecting: [String] = []) throws {
        guard let path, path != "-" else {
            file = nil
            finalPath = nil
            shownPath = nil
            escapesForTerminal = isatty(STDOUT_FILENO) == 1
            return
        }
        guard !path.isEmpty else { throw SamregError("--out needs a file name (or - for standard output)") }
        let url = URL(fileURLWithPath: path)
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        for protected in protecting {
            let p = URL(fileURLWithPath: protected).resolvingSymlinksInPath().standardizedFileURL.path
            if [p, p + "-wal", p + "-shm", p + "-journal"].contains(resolved) {
                throw SamregError("refusing to write to \(path): it is the registry database itself")
            }
        }
        let target = try SafeFiles.replaceableTarget(path, option: "--out")
        let dir = URL(fileURLWithPath: target).deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw SamregError("cannot write \(path): the directory \(dir) does not exist")
        }
        file = try TemporaryFile(besides: target, shownAs: path)
        finalPath = target
        shownPath = path
        escapesForTerminal = false
    }

    deinit {
        // Not finished: an error stopped the rendering. Leave no half file.
        file?.discard()
    }

    public func write(_ text: String) {
        guard failure == nil else { return }
        let text = escapesForTerminal ? TerminalText.escape(text, keepingLineBreaks: true) : text
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func write(_ data: Data) {
        guard failure == nil else { return }
        if escapesForTerminal {
            write(String(decoding: data, as: UTF8.self))
            return
        }
        buffer.append(contentsOf: data)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Throws the write error that stopped the output, if any.
    public func failIfBroken() throws {
        if let failure { throw failure }
    }

    private func flush() {
        guard !buffer.isEmpty, failure == nil else { return }
        let code = buffer.withUnsafeBytes { bytes in
            if let file { return file.write(bytes) }
            return SafeFiles.writeAll(1, bytes)
        }
        buffer.removeAll(keepingCapacity: true)
        guard code != 0 else { return }
        if let file, let shownPath {
            file.discard()
            failure = SamregError("cannot write \(shownPath): \(SafeFiles.reason(code)); nothing was written to \(shownPath)")
        } else {
            failure = SamregError("cannot write to standard output: \(SafeFiles.reason(code))")
        }
    }

    /// Writes what is buffered and, for a file, moves it into place.
    public func finish() throws {
        flush()
        try failIfBroken()
        guard let file, let finalPath, let shownPath else { return }
        try file.commit(to: finalPath, shownAs: shownPath, option: "--out")
    }
}
