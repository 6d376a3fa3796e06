import Foundation
import SamregCore

/// Where rendered output goes: standard output, or a file written atomically (to a temporary
/// file beside it, renamed into place only when everything was written, so a failed report
/// leaves no half file).
public final class OutputSink {
    private let handle: FileHandle
    private let temporaryPath: String?
    private let finalPath: String?
    private var buffer = Data()
    private var finished = false
    /// Standard output is a terminal: control and bidi characters in what is written are
    /// shown escaped (`\e`, `\u{202E}`; line breaks and tabs kept), whatever the format, so
    /// that no stored value can drive the terminal. Files and pipes get the bytes as they are.
    let escapesForTerminal: Bool

    /// Output to standard output.
    public init() {
        handle = FileHandle.standardOutput
        temporaryPath = nil
        finalPath = nil
        escapesForTerminal = isatty(STDOUT_FILENO) == 1
    }

    /// Output to `path`, or standard output for nil or "-". `protecting` names files that
    /// must never be replaced (the database being read, and its journal files).
    public init(path: String?, protecting: [String] = []) throws {
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            temporaryPath = nil
            finalPath = nil
            escapesForTerminal = isatty(STDOUT_FILENO) == 1
            return
        }
        let url = URL(fileURLWithPath: path)
        let target = url.resolvingSymlinksInPath().standardizedFileURL.path
        for protected in protecting {
            let p = URL(fileURLWithPath: protected).resolvingSymlinksInPath().standardizedFileURL.path
            if [p, p + "-wal", p + "-shm", p + "-journal"].contains(target) {
                throw SamregError("refusing to write to \(path): it is the registry database itself")
            }
        }
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw SamregError("cannot write \(path): the directory \(dir) does not exist")
        }
        let temp = dir + "/." + url.lastPathComponent + ".samreg-\(getpid()).tmp"
        // Registry data stays readable by its owner only, like the database itself.
        guard FileManager.default.createFile(atPath: temp, contents: nil, attributes: [.posixPermissions: 0o600]),
              let h = FileHandle(forWritingAtPath: temp) else {
            throw SamregError("cannot write \(path): the directory \(dir) is not writable")
        }
        handle = h
        temporaryPath = temp
        finalPath = path
        escapesForTerminal = false
    }

    deinit {
        // Not finished: an error stopped the rendering. Leave no half file.
        if !finished, let temporaryPath { try? FileManager.default.removeItem(atPath: temporaryPath) }
    }

    public func write(_ text: String) {
        let text = escapesForTerminal ? TerminalText.escape(text, keepingLineBreaks: true) : text
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func write(_ data: Data) {
        if escapesForTerminal {
            write(String(decoding: data, as: UTF8.self))
            return
        }
        buffer.append(data)
        if buffer.count >= 1 << 16 { flush() }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and, for a file, moves it into place.
    public func finish() throws {
        flush()
        finished = true
        guard let temporaryPath, let finalPath else { return }
        try handle.synchronize()
        try handle.close()
        if rename(temporaryPath, finalPath) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw SamregError("cannot write \(finalPath): \(reason)")
        }
    }
}
