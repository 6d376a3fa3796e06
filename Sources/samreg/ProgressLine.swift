import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress line on standard error for work that runs longer than about a second: rows
/// done, rate and time left, overwritten in place (`\r`) at most five times a second, and
/// cleared when the work ends.
///
/// Shown only when standard error is a terminal, never with `--quiet`, and only once the work
/// has run for `SAMREG_PROGRESS_AFTER_MS` milliseconds (default 1000). A pipe or a file gets
/// nothing, so scripts and logs see exactly what they saw before.
///
///     let progress = ProgressLine(label: "import remiss", quiet: quiet)
///     defer { progress.finish() }
///     importer.progress = { rows, fraction in progress.update(rows: rows, fraction: fraction) }
///
/// `update` is cheap (a lock and two stores) and may be called for every row from any thread;
/// a timer draws, so a single long query (a report) still shows that it is running.
final class ProgressLine: @unchecked Sendable {
    /// How long work runs before the line appears, unless `SAMREG_PROGRESS_AFTER_MS` says.
    static let defaultDelayMilliseconds = 1000
    /// Time between redraws: five a second.
    static let interval = DispatchTimeInterval.milliseconds(200)

    let label: String
    private let unit: String
    private let lock = NSLock()
    private var rows = 0
    private var fraction: Double?
    private var drawn = false
    private var finished = false
    private let start = DispatchTime.now()
    private var timer: DispatchSourceTimer?

    /// True when a line will be shown (standard error is a terminal and not `quiet`); a caller
    /// may skip extra work, such as counting the rows up front, when it is false.
    let isEnabled: Bool

    /// Starts timing `label` (`import remiss`); `unit` names what `rows` counts. With
    /// `writesToStandardOutput` (an export or report without `--out`) there is no line when
    /// standard output is a terminal too: the output shows the progress, and a line drawn
    /// over it would garble it.
    init(label: String, unit: String = "rows", quiet: Bool, writesToStandardOutput: Bool = false,
         environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.label = label
        self.unit = unit
        isEnabled = !quiet && isatty(STDERR_FILENO) == 1 && !(writesToStandardOutput && isatty(STDOUT_FILENO) == 1)
        guard isEnabled else { return }
        let delay = environment["SAMREG_PROGRESS_AFTER_MS"].flatMap(Int.init) ?? Self.defaultDelayMilliseconds
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + .milliseconds(max(0, delay)), repeating: Self.interval)
        timer.setEventHandler { [weak self] in self?.draw() }
        self.timer = timer
        // 0 means at once: the first line is drawn before the work starts.
        if delay <= 0 { draw() }
        timer.resume()
    }

    deinit { finish() }

    /// Records that `rows` are done and, when known, the share of the work done (0…1).
    func update(rows: Int, fraction: Double? = nil) {
        guard isEnabled else { return }
        lock.lock()
        self.rows = rows
        if let fraction { self.fraction = min(max(fraction, 0), 1) }
        lock.unlock()
    }

    /// Stops the timer and clears the line if one was drawn. Call it before printing anything
    /// else on standard error; calling it again does nothing.
    func finish() {
        guard isEnabled else { return }
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        finished = true
        timer?.setEventHandler {}
        timer?.cancel()
        timer = nil
        if drawn { Self.write("\r\u{1B}[K") }
    }

    private func draw() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        Self.write("\r\u{1B}[K" + Self.text(label: label, unit: unit, rows: rows, fraction: fraction, seconds: seconds))
        drawn = true
    }

    /// The line: `import remiss: 12 000 rows, 4 100 rows/s, 40 %, about 4 s left`. Without
    /// rows (a report's queries) it says how long the work has run.
    static func text(label: String, unit: String, rows: Int, fraction: Double?, seconds: Double) -> String {
        var parts: [String] = []
        if rows > 0 || fraction != nil {
            parts.append("\(group(rows)) \(unit)")
            if seconds > 0 { parts.append("\(group(Int((Double(rows) / seconds).rounded()))) \(unit)/s") }
            if let fraction, fraction > 0 {
                parts.append("\(Int((fraction * 100).rounded(.down))) %")
                let left = seconds * (1 - fraction) / fraction
                parts.append(left < 1 ? "under 1 s left" : "about \(duration(left)) left")
            }
        } else {
            parts.append("working, \(duration(seconds))")
        }
        return "\(label): " + parts.joined(separator: ", ")
    }

    /// 12 345 → `12 345` (a space between thousands, as samreg's reports write numbers).
    static func group(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(" ") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// 3.2 → `3 s`, 95 → `1 min 35 s`.
    static func duration(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded()))
        return s < 60 ? "\(s) s" : "\(s / 60) min \(s % 60) s"
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
