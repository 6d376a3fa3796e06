import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files that never outlive a failed or interrupted command, and writes that report
/// their errors.
///
/// A file samreg writes (a report or export with `--out`, a backup) is first written under a
/// temporary name beside its target, created owner-only from its first byte (`O_EXCL`, mode
/// 0600), and renamed into place only when complete. Until then its path is registered here:
/// an error removes it, and so does SIGINT, SIGTERM or SIGHUP (the handler unlinks the
/// registered paths, then exits 130, 143 or 129). SIGKILL cannot be caught: it may leave a
/// temporary file (`.NAME.samreg-PID-XXXXXXXX.tmp`), never a file under the final name.
public enum SafeFiles {
    /// C's `stdout` stream, read through the loader (the C global itself is shared mutable
    /// state that Swift 6 does not let code name); nil flushes every stream.
    static func cStandardOutput() -> UnsafeMutablePointer<FILE>? {
        #if canImport(Darwin)
        let name = "__stdoutp"
        #else
        let name = "stdout"
        #endif
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return symbol.assumingMemoryBound(to: UnsafeMutablePointer<FILE>?.self).pointee
    }

    /// Registered paths at once (a backup registers its file and SQLite's journal files).
    static let slotCount = 8
    static let slotSize = Int(PATH_MAX) + 1
    /// Fixed C strings the signal handler reads without allocating (an empty string is a free
    /// slot). Allocated once, before any handler is installed.
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
        p.initialize(repeating: 0, count: slotCount * slotSize)
        return p
    }()

    /// Call once at start-up, before anything is written.
    ///
    /// - SIGPIPE and SIGXFSZ are ignored, so that a closed pipe (EPIPE) and a file-size limit
    ///   (EFBIG) come back from `write` as errors with a message instead of killing samreg.
    /// - SIGINT, SIGTERM and SIGHUP remove the registered temporary files and exit 128 + the
    ///   signal (a signal that was ignored when samreg started, as under `nohup`, stays ignored;
    ///   one that was blocked is unblocked).
    /// - A standard stream that is closed (`>&-`) is opened on /dev/null the wrong way round
    ///   (standard output read-only), so that writing to it fails with EBADF and no file samreg
    ///   opens can take its descriptor.
    public static func prepareProcess() {
        _ = (slots, slotCount, slotSize)
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        // A parent may hand its children these signals blocked (some test runners and
        // process libraries do): then they would wait, pending, while samreg wrote on.
        var set = sigset_t()
        sigemptyset(&set)
        for sig in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, sig) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            let previous = signal(sig, { sig in
                let slots = SafeFiles.slots
                for i in 0..<SafeFiles.slotCount where slots[i * SafeFiles.slotSize] != 0 {
                    unlink(slots + i * SafeFiles.slotSize)
                }
                _exit(128 + sig)
            })
            if let previous, unsafeBitCast(previous, to: Int.self) == 1 {   // SIG_IGN
                signal(sig, SIG_IGN)
            }
        }
        // What the argument parser prints (help, --version) goes through C's stdio: check at
        // exit that it reached standard output.
        atexit {
            let out = SafeFiles.cStandardOutput()
            let flushed = fflush(out) == 0
            let code = errno
            if !flushed || (out.map { ferror($0) != 0 } ?? false) {
                SafeFiles.printToStandardError("samreg: error: cannot write to standard output: \(SafeFiles.reason(flushed ? EIO : code))\n")
                _exit(1)
            }
        }
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY)
            if opened >= 0 && opened != fd {
                dup2(opened, fd)
                close(opened)
            }
        }
    }

    /// Runs `body` with SIGINT, SIGTERM and SIGHUP held back, so that a file is never created
    /// without being registered, or renamed without being unregistered.
    static func withSignalsBlocked<T>(_ body: () throws -> T) rethrows -> T {
        var set = sigset_t()
        var old = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        sigaddset(&set, SIGHUP)
        pthread_sigmask(SIG_BLOCK, &set, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        return try body()
    }

    /// Registers `path` for removal on a signal; returns its slot, or nil when none is free
    /// or the path is too long (the file is then still removed on errors, not on signals).
    static func register(_ path: String) -> Int? {
        let bytes = Array(path.utf8)
        guard bytes.count < slotSize, !bytes.contains(0) else { return nil }
        for i in 0..<slotCount where slots[i * slotSize] == 0 {
            let slot = slots + i * slotSize
            // The first byte last: the handler sees a whole path or none.
            for (j, b) in bytes.enumerated().dropFirst() { slot[j] = CChar(bitPattern: b) }
            slot[bytes.count] = 0
            slot[0] = CChar(bitPattern: bytes[0])
            return i
        }
        return nil
    }

    static func unregister(_ slot: Int?) {
        if let slot { slots[slot * slotSize] = 0 }
    }

    /// The text of `errno` (`strerror`).
    public static func reason(_ code: Int32) -> String {
        code == EBADF ? "it is closed" : String(cString: strerror(code))
    }

    /// Writes all of `bytes` to `fd`, retrying after interruptions and short writes; returns
    /// 0 or the `errno` of the write that failed.
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        guard var p = bytes.baseAddress else { return 0 }
        var left = bytes.count
        while left > 0 {
            let n = write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            p += n
            left -= n
        }
        return 0
    }

    /// Writes `text` to standard output; throws "cannot write to standard output: …" (with
    /// the text that was lost) when it is closed, full or a closed pipe.
    public static func printLine(_ text: String) throws {
        let line = text + "\n"
        let code = line.utf8.withContiguousStorageIfAvailable { writeAll(1, UnsafeRawBufferPointer($0)) }
            ?? Array(line.utf8).withUnsafeBytes { writeAll(1, $0) }
        if code != 0 {
            throw SamregError("cannot write to standard output: \(reason(code)) (it was to say: \(text))")
        }
    }

    /// Writes `text` to standard error, ignoring errors (there is nowhere left to report them).
    public static func printToStandardError(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { writeAll(2, $0) }
    }

    /// What kind of file is at `path`, not following a symbolic link: nil when nothing is.
    public static func kind(ofEntryAt path: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return kind(mode: st.st_mode)
    }

    /// "a regular file", "a directory", "a FIFO (named pipe)", … for `st_mode`.
    public static func kind(mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFLNK: return "a symbolic link"
        default: return "not a regular file"
        }
    }

    /// Checks that `path` may be replaced by a file samreg writes: it does not exist, or it is a
    /// regular file (or a symbolic link to one). Returns the path to replace: `path`, or
    /// the file a symbolic link points to (the link is kept, its file replaced). Throws a
    /// one-line refusal for a directory, device, FIFO or socket, and for a link to one or to
    /// nothing: samreg never renames over those.
    public static func replaceableTarget(_ path: String, shownAs shown: String? = nil, option: String) throws -> String {
        let name = shown ?? path
        var st = stat()
        if lstat(path, &st) != 0 {
            if errno == ENOENT { return path }
            throw SamregError("cannot write \(name): \(reason(errno))")
        }
        var target = path
        if st.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &st) == 0, let resolved = realpath(path, nil) else {
                throw SamregError("refusing to write to \(name): it is a symbolic link to nothing (\(reason(errno))); \(option) replaces only regular files")
            }
            target = String(cString: resolved)
            free(resolved)
        }
        guard st.st_mode & S_IFMT == S_IFREG else {
            let what = target == path ? kind(mode: st.st_mode) : "a symbolic link to \(kind(mode: st.st_mode))"
            throw SamregError("refusing to write to \(name): it is \(what), not a regular file; \(option) replaces only regular files")
        }
        return target
    }
}

/// A file being written under a temporary name beside its target, owner-only from the first
/// byte, removed on error or signal, and put in place with `commit`.
public final class TemporaryFile {
    /// The temporary path (`DIR/.NAME.samreg-PID-XXXXXXXX.tmp`).
    public let path: String
    /// The open descriptor (write-only), or -1 after `close`.
    public private(set) var fd: Int32
    private var slots: [Int?] = []
    private var done = false

    /// Creates the temporary file beside `target`; `extraSuffixes` are registered for removal
    /// too (SQLite's `-journal`, `-wal`, `-shm` for a database written there).
    public init(besides target: String, shownAs name: String? = nil, extraSuffixes: [String] = []) throws {
        let url = URL(fileURLWithPath: target)
        let dir = url.deletingLastPathComponent().path
        let tag = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let path = dir + "/." + url.lastPathComponent + ".samreg-\(getpid())-\(tag).tmp"
        self.path = path
        var opened: Int32 = -1
        var code: Int32 = 0
        var slots: [Int?] = []
        SafeFiles.withSignalsBlocked {
            slots = [SafeFiles.register(path)]
            opened = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            code = errno
            if opened < 0 {
                SafeFiles.unregister(slots[0])
                slots = []
            } else {
                slots += extraSuffixes.map { SafeFiles.register(path + $0) }
            }
        }
        guard opened >= 0 else {
            throw SamregError("cannot write \(name ?? target): cannot create a file in \(dir): \(SafeFiles.reason(code))")
        }
        fd = opened
        self.slots = slots
    }

    deinit { discard() }

    /// Writes all of `bytes`; returns 0 or the `errno` of the failure.
    public func write(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        SafeFiles.writeAll(fd, bytes)
    }

    /// Closes the descriptor without flushing (before another library, such as SQLite, opens
    /// the file: closing a descriptor later would drop that library's POSIX locks on it).
    public func closeDescriptor() {
        if fd >= 0 { close(fd); fd = -1 }
    }

    /// Flushes the file to disk (opening it again if its descriptor was closed) and closes it;
    /// returns 0 or the `errno` of the failure.
    public func syncAndClose() -> Int32 {
        if fd < 0 {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return errno }
        }
        var code: Int32 = 0
        if fsync(fd) != 0 { code = errno }
        if close(fd) != 0 && code == 0 { code = errno }
        fd = -1
        return code
    }

    /// Renames the file to `target` (replacing a regular file there, after checking again
    /// that it is one) and flushes the directory. With `replacing: false` an existing
    /// `target` is refused instead (a hard link then an unlink, so it is never overwritten).
    /// Throws with the temporary file removed.
    public func commit(to target: String, shownAs shown: String? = nil, option: String, replacing: Bool = true) throws {
        let name = shown ?? target
        let code = syncAndClose()
        guard code == 0 else {
            discard()
            throw SamregError("cannot write \(name): \(SafeFiles.reason(code)); nothing was written to \(name)")
        }
        do {
            if replacing { _ = try SafeFiles.replaceableTarget(target, shownAs: name, option: option) }
        } catch {
            discard()
            throw error
        }
        var failure: Int32 = 0
        SafeFiles.withSignalsBlocked {
            if replacing {
                if rename(path, target) != 0 { failure = errno }
            } else if link(path, target) != 0 {
                failure = errno
                // A file system without hard links: check, then rename (not atomic, but a
                // backup's name is new and chosen by the user).
                if failure == EPERM || failure == ENOTSUP || failure == EOPNOTSUPP || failure == ENOSYS {
                    var st = stat()
                    if lstat(target, &st) == 0 { failure = EEXIST } else { failure = rename(path, target) == 0 ? 0 : errno }
                }
            } else {
                unlink(path)
            }
            if failure == 0 {
                for slot in slots { SafeFiles.unregister(slot) }
                slots = []
                done = true
            }
        }
        guard failure == 0 else {
            discard()
            if failure == EEXIST { throw SamregError("cannot write \(name): it already exists; choose a new file name") }
            throw SamregError("cannot write \(name): \(SafeFiles.reason(failure)); nothing was written to \(name)")
        }
        let dir = open(URL(fileURLWithPath: target).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }

    /// Removes the temporary file (and its registered companions) if it was not committed.
    public func discard() {
        if fd >= 0 { close(fd); fd = -1 }
        guard !done else { return }
        done = true
        SafeFiles.withSignalsBlocked {
            unlink(path)
            for slot in slots.dropFirst() {
                if let slot { unlink(SafeFiles.slots + slot * SafeFiles.slotSize) }
            }
            for slot in slots { SafeFiles.unregister(slot) }
            slots = []
        }
    }
}
