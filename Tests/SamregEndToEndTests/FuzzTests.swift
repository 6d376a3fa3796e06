import Foundation
import GRDB
import SamregTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// A deterministic mutation fuzzer for samreg's input paths, ported from scripts/fuzz: valid
// CSV and JSON import files for `samreg import remiss` and argument lists for `samreg remiss
// add`, each mutated (bit flips, truncation, SQL metacharacters, control characters, 100 000-
// character values, invalid UTF-8, UTF-16 text, wrong separators, extra and missing columns,
// stray quotes …) from a FIXED seed, so that case N is the same input in every run. Each case
// runs the real executable on a seeded registry with a time limit; see `FuzzCheck.problems` for
// what is asserted. To replay a failing case, the issue names its kind and number, its
// mutations and its arguments; `FuzzPlan.makeCase(kind, number)` rebuilds its input.

@Suite("Fuzzing import and remiss add")
struct FuzzTests {
    @Test(arguments: FuzzPlan.batches)
    func mutatedInputNeverCrashesOrHangsAndARefusalIsOneLineAndChangesNothing(batch: FuzzBatch) async throws {
        let box = try await Sandbox.fromFixture("fuzz-seeded") { box in
            await box.ok(["seed"])
        }
        var before = try box.dump()
        var count = try FuzzCheck.remissCount(box.db)
        var outcomes: [Int32: Int] = [:]
        for number in batch.numbers {
            let fuzzCase = FuzzPlan.makeCase(batch.kind, number)
            var arguments = fuzzCase.arguments
            if let file = fuzzCase.file {
                try box.write(file.name, bytes: Data(file.bytes))
                arguments = arguments.map { $0 == Array(file.name.utf8) ? Array(box.path(file.name).utf8) : $0 }
            }
            let result = await FuzzProcess.run(arguments + [Array("--db".utf8), Array(box.db.utf8)], in: box.directory,
                                               environment: ["SAMREG_DB": box.db], timeout: FuzzPlan.timeout)
            let after = try box.dump()
            let afterCount = try FuzzCheck.remissCount(box.db)
            let problems = FuzzCheck.problems(result, before: before, after: after, countBefore: count, countAfter: afterCount)
            if !problems.isEmpty {
                Issue.record("""
                    fuzz case \(fuzzCase.label) failed: \(problems.joined(separator: "; "))
                    arguments: \(fuzzCase.shownArguments)
                    exit \(result.exitCode.map(String.init) ?? "none")\(result.signal.map { ", signal \($0)" } ?? ""); \
                    stdout: \(result.stdout.prefix(300).debugDescription); stderr: \(result.stderr.prefix(600).debugDescription)
                    """)
            }
            // An unmutated input is valid: it must be recorded (so the fuzzer's inputs are not all garbage).
            if fuzzCase.steps.isEmpty {
                #expect(result.exitCode == 0, "unmutated fuzz case \(fuzzCase.label) was refused: \(result.stderr)")
            }
            if let code = result.exitCode { outcomes[code, default: 0] += 1 }
            if FuzzPlan.verbose {
                print("fuzz \(fuzzCase.label) → exit \(result.exitCode.map(String.init) ?? "none"): \((result.stdout + result.stderr).prefix(160).debugDescription)")
            }
            if let file = fuzzCase.file { try? FileManager.default.removeItem(atPath: box.path(file.name)) }
            // After a run that wrote (or a failed one), later runs compare with the new state.
            before = after
            count = afterCount
        }
        // Both outcomes occur in every batch: inputs are accepted and refused.
        #expect((outcomes[0] ?? 0) > 0, "no fuzz case of \(batch) was accepted: \(outcomes)")
        #expect((outcomes[1] ?? 0) + (outcomes[64] ?? 0) > 0, "no fuzz case of \(batch) was refused: \(outcomes)")
        let check = await box.run(["check"])
        #expect(check.exitCode == 0, "samreg check after the fuzz batch \(batch): \(check)")
    }

    /// The oracle itself: what it must flag.
    @Test func fuzzCheckFlagsCrashesHangsLongMessagesAndWritesByARefusedCommand() {
        func outcome(_ code: Int32?, signal: Int32? = nil, timedOut: Bool = false, stdout: String = "", stderr: String = "") -> FuzzProcess.Outcome {
            FuzzProcess.Outcome(exitCode: code, signal: signal, timedOut: timedOut, stdout: stdout, stderr: stderr)
        }
        let usage = "samreg: error: unknown option '--x' (see 'samreg remiss add --help')\n"
        func flagged(_ o: FuzzProcess.Outcome, changed: Bool = false, grew: Int = 0) -> Bool {
            !FuzzCheck.problems(o, before: "a", after: changed ? "b" : "a", countBefore: 10, countAfter: 10 + grew).isEmpty
        }
        // Behaving runs.
        #expect(!flagged(outcome(1, stderr: "samreg: error: remiss: title is required\n")))
        #expect(!flagged(outcome(64, stderr: usage)))
        #expect(!flagged(outcome(0, stdout: "imported 3 remiss records from x.csv\n"), changed: true, grew: 3))
        #expect(!flagged(outcome(0, stdout: "remiss 11 recorded\n"), changed: true, grew: 1))
        #expect(!flagged(outcome(0, stdout: "OVERVIEW: Record a new remiss.\n")))
        // Misbehaving ones.
        #expect(flagged(outcome(nil, timedOut: true)))
        #expect(flagged(outcome(nil, signal: 11)))
        #expect(flagged(outcome(1, stderr: "Fatal error: Index out of range\n")))
        #expect(flagged(outcome(2, stderr: "samreg: error: x\n")))
        #expect(flagged(outcome(1)))
        #expect(flagged(outcome(1, stderr: "samreg: error: unknown organisation 'SK\nR'\n")))
        #expect(flagged(outcome(1, stderr: "samreg: error: x\n"), changed: true))
        #expect(flagged(outcome(1, stdout: "remiss 11 recorded\n", stderr: "samreg: error: x\n")))
        #expect(flagged(outcome(64, stderr: "Error: a\nb\nUsage: samreg\n")), "the argument parser's own wording")
        #expect(flagged(outcome(64, stderr: "Error: unknown option '--x'\n")), "the argument parser's own wording")
        #expect(flagged(outcome(64, stderr: usage), changed: true))
        #expect(flagged(outcome(0, stdout: "imported 3 remiss records from x.csv\n"), changed: true, grew: 2))
        #expect(flagged(outcome(0, stdout: "0.1.0\n"), changed: true))
    }

    @Test func fuzzCasesAreTheSameInEveryRunAndExerciseEveryMutation() {
        var seen: Set<String> = []
        var total = 0
        for batch in FuzzPlan.batches {
            for number in batch.numbers {
                let a = FuzzPlan.makeCase(batch.kind, number)
                let b = FuzzPlan.makeCase(batch.kind, number)
                #expect(a.arguments == b.arguments && a.file?.bytes == b.file?.bytes && a.steps == b.steps,
                        "fuzz case \(a.label) is not deterministic")
                for step in a.steps { seen.insert(String(step.prefix { $0 != ":" })) }
                total += 1
            }
        }
        #expect((140...170).contains(total), "\(total) fuzz cases")
        let expected = FileMutation.allCases.map(\.rawValue) + JSONMutation.allCases.map(\.rawValue)
            + ArgumentMutation.allCases.map(\.rawValue)
        let missing = expected.filter { !seen.contains($0) }
        #expect(missing.isEmpty, "mutations never used by the fixed seed: \(missing)")
    }
}

// MARK: - The plan

/// What a fuzz case feeds samreg.
enum FuzzKind: String, Sendable, CaseIterable {
    case csv, json, add
}

/// A run of consecutive fuzz cases of one kind, on one registry.
struct FuzzBatch: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    let kind: FuzzKind
    let numbers: Range<Int>
    var testDescription: String { "\(kind) cases \(numbers.lowerBound)–\(numbers.upperBound - 1)" }
    var description: String { testDescription }
}

private struct FuzzCase {
    let kind: FuzzKind
    let number: Int
    /// The arguments (bytes: they may be invalid UTF-8); an import names `file` by its bare name.
    let arguments: [[UInt8]]
    let file: (name: String, bytes: [UInt8])?
    /// The mutations applied, in order ("name: detail").
    let steps: [String]

    var label: String { "\(kind) #\(number) [\(steps.isEmpty ? "unmutated" : steps.joined(separator: "; "))]" }

    var shownArguments: String {
        arguments.map { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            return (text.count > 120 ? String(text.prefix(120)) + "…(\(bytes.count) bytes)" : text).debugDescription
        }.joined(separator: " ")
    }
}

enum FuzzPlan {
    /// The fixed seed: change it only on purpose (every case changes with it).
    static let seed: UInt64 = 0x5A4D_5245_4701
    /// SAMREG_E2E_FUZZ_VERBOSE=1 prints every case with its outcome.
    static let verbose = ProcessInfo.processInfo.environment["SAMREG_E2E_FUZZ_VERBOSE"] == "1"
    /// Seconds before a run counts as a hang.
    static let timeout: Double = 20

    /// 155 cases: 55 CSV imports, 45 JSON imports, 55 `remiss add`, in batches that run in parallel.
    static let batches: [FuzzBatch] = [
        FuzzBatch(kind: .csv, numbers: 0..<28), FuzzBatch(kind: .csv, numbers: 28..<55),
        FuzzBatch(kind: .json, numbers: 0..<23), FuzzBatch(kind: .json, numbers: 23..<45),
        FuzzBatch(kind: .add, numbers: 0..<28), FuzzBatch(kind: .add, numbers: 28..<55),
    ]

    fileprivate static func makeCase(_ kind: FuzzKind, _ number: Int) -> FuzzCase {
        let kindNumber: UInt64 = kind == .csv ? 1 : kind == .json ? 2 : 3
        var rng = SplitMix64(seed: seed ^ (kindNumber << 40) ^ UInt64(number))
        // Every 20th case, and some others, stay unmutated: valid input that must be accepted.
        let mutations = number % 20 == 0 ? 0 : rng.pick([0, 1, 1, 1, 2, 2, 3])
        var steps: [String] = []
        switch kind {
        case .csv, .json:
            let rows = FuzzInput.rows(&rng, number, count: rng.int(1...6))
            var data = kind == .csv ? FuzzInput.csv(rows, &rng) : FuzzInput.json(rows, &rng)
            for _ in 0..<mutations {
                if kind == .json, rng.chance(0.2) {
                    let m = rng.pick(JSONMutation.allCases)
                    steps.append(m.rawValue + ": " + m.apply(&data, &rng))
                } else {
                    let m = rng.pick(FileMutation.allCases)
                    steps.append(m.rawValue + ": " + m.apply(&data, &rng, json: kind == .json))
                }
            }
            var ext = "." + kind.rawValue
            if rng.chance(0.1) {
                ext = rng.pick([".txt", ".JSON", ".CSV", ""])
                steps.append("extension: '\(ext)'")
            }
            let name = "input-\(kind)-\(number)\(ext)"
            var arguments = [Array("import".utf8), Array("remiss".utf8), Array(name.utf8)]
            if rng.chance(0.1) {
                let format = rng.pick(["csv", "json", "xml", ""])
                arguments += [Array("--format".utf8), Array(format.utf8)]
                steps.append("format: --format '\(format)'")
            }
            return FuzzCase(kind: kind, number: number, arguments: arguments, file: (name, data), steps: steps)
        case .add:
            var arguments = FuzzInput.addArguments(&rng, number)
            for _ in 0..<mutations {
                let m = rng.pick(ArgumentMutation.allCases)
                steps.append(m.rawValue + ": " + m.apply(&arguments, &rng))
            }
            return FuzzCase(kind: kind, number: number, arguments: arguments, file: nil, steps: steps)
        }
    }
}

// MARK: - Random numbers


// MARK: - Valid inputs

private enum FuzzInput {
    static let senders = ["SKR", "SoS", "S", "TLV", "LV", "FHM", "IVO", "EHM", "SBU", "Fi"]
    static let categories = ["kunskapsstyrning", "nhv", "myndighet"]
    static let words = [
        "Vårdförlopp", "sepsis", "höftfraktur", "Nationellt", "kunskapsstöd", "för", "psykisk", "ohälsa",
        "Förslag", "till", "föreskrifter", "om", "ändring", "i", "Socialstyrelsens", "allmänna", "råd",
        "läkemedelsförmåner", "hälso-", "och", "sjukvård", "brännskador", "högspecialiserad", "vård",
        "Översyn", "av", "tandvårdsstödet", "barn", "äldre", "öppenvård", "ögonsjukdomar", "Remiss",
    ]

    /// Valid remiss rows (field name, value), in a fixed field order.
    static func rows(_ rng: inout SplitMix64, _ number: Int, count: Int) -> [[(String, String)]] {
        (0..<count).map { k in
            var words = self.words
            rng.shuffle(&words)
            var title = words.prefix(rng.int(3...7)).joined(separator: " ") + " (fuzz \(number).\(k))"
            title = title.prefix(1).uppercased() + title.dropFirst()
            if rng.chance(0.15) { title += ", \"särskilt\" ärende" }
            let year = rng.int(2019...2026), month = rng.int(1...12), day = rng.int(1...28)
            let later = month + rng.int(0...3)
            let deadlineYear = year + (later - 1) / 12, deadlineMonth = (later - 1) % 12 + 1
            var row: [(String, String)] = [
                ("title", title), ("sender", rng.pick(senders)), ("category", rng.pick(categories)),
                ("received", String(format: "%04d-%02d-%02d", year, month, day)),
                ("deadline", String(format: "%04d-%02d-%02d", deadlineYear, deadlineMonth, day)),
            ]
            if rng.chance(0.5) { row.append(("sender_ref", "FZ\(number)/\(String(format: "%03d", k))")) }
            if rng.chance(0.3) { row.append(("case_number", "RÖ 2031-\(number * 10 + k)")) }
            if rng.chance(0.4) {
                row.append(("note", rng.pick(["Svar via RSL", "Yttrande lämnat för SÖSR", "Åter till RPO: ögonsjukdomar",
                                              "Kräver beslut i samverkansnämnden"])))
            }
            if rng.chance(0.3) { row.append(("joint", rng.pick(["ja", "nej"]))) }
            if rng.chance(0.3) {
                row.append(("preparing", rng.pick(["RPO Akut vård", "RPO Cancersjukdomar", "RPO Akut vård;RPO Cancersjukdomar"])))
            }
            if rng.chance(0.2) { row.append(("confidential", rng.pick(["ja", "nej"]))) }
            if rng.chance(0.1) { row.append(("id", String(1_000_000 + number * 10 + k))) }
            return row
        }
    }

    static func csv(_ rows: [[(String, String)]], _ rng: inout SplitMix64) -> [UInt8] {
        var columns: [String] = []
        for row in rows { for (name, _) in row where !columns.contains(name) { columns.append(name) } }
        rng.shuffle(&columns)
        let separator = rng.chance(0.3) ? ";" : ","
        func quoted(_ value: String) -> String {
            guard value.contains(where: { $0 == Character(separator) || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var text = columns.joined(separator: separator) + "\n"
        for row in rows {
            let values = Dictionary(row, uniquingKeysWith: { a, _ in a })
            text += columns.map { quoted(values[$0] ?? "") }.joined(separator: separator) + "\n"
        }
        return Array(text.utf8)
    }

    static func json(_ rows: [[(String, String)]], _ rng: inout SplitMix64) -> [UInt8] {
        let asciiOnly = rng.chance(0.3)
        let pretty = rng.chance(0.5)
        func string(_ s: String) -> String {
            var out = "\""
            for unit in s.unicodeScalars {
                switch unit {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if unit.value < 0x20 || (asciiOnly && unit.value > 0x7E) {
                        for u in String(unit).utf16 { out += String(format: "\\u%04x", u) }
                    } else {
                        out.unicodeScalars.append(unit)
                    }
                }
            }
            return out + "\""
        }
        let objects: [String] = rows.map { row in
            var members: [String] = []
            for (name, value) in row {
                var literal = string(value)
                if name == "joint", rng.chance(0.5) { literal = value == "ja" ? "true" : "false" }
                if name == "id", rng.chance(0.5) { literal = value }
                members.append(string(name) + ": " + literal)
            }
            if rng.chance(0.2) { members.append("\"responsible\": null") }
            return pretty ? "{\n    " + members.joined(separator: ",\n    ") + "\n  }" : "{" + members.joined(separator: ", ") + "}"
        }
        let text = pretty ? "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n" : "[" + objects.joined(separator: ", ") + "]"
        return Array(text.utf8)
    }

    static func addArguments(_ rng: inout SplitMix64, _ number: Int) -> [[UInt8]] {
        var row = rows(&rng, number, count: 1)[0].filter { $0.0 != "id" }
        rng.shuffle(&row)
        var arguments = ["remiss", "add"]
        for (name, value) in row {
            let option = "--" + name.replacingOccurrences(of: "_", with: "-")
            if rng.chance(0.2) { arguments.append("\(option)=\(value)") } else { arguments += [option, value] }
        }
        return arguments.map { Array($0.utf8) }
    }
}

// MARK: - Mutations

private enum Hostile {
    static let sqlMeta = ["'; DROP TABLE remiss; --", "\"; DROP TABLE audit; --", "' OR '1'='1", "1); DELETE FROM remiss; --",
                          "%s%s%n", "\\", "'", "\"", "`", "$(touch /tmp/samreg-fuzz-pwned)", "${HOME}", "*", "?", "?1",
                          ":name", "NULL", "null", "/* */", "--", ";", "\\0"]
    static let interesting = ["", " ", "\t", "0", "-1", "1e999", "NaN", "9223372036854775807", "-9223372036854775808",
                              "4294967296", "18446744073709551616", "2025-02-30", "2025-2-1", "0000-00-00", "9999-12-31",
                              "2024-02-29", "2025-13-01", "20250101", "2025/01/01", " 2025-01-01 ", "ja", "nej", "yes", "JA",
                              "SKR", "skr", "Socialstyrelsen", "RÖ", "rö", "NHV", "Kunskapsstyrning", "myndighet ",
                              "\u{202E}evil", "\u{200B}", "\u{00A0}", "\u{FEFF}", "e\u{0301}", "𝄞", "٣", "ÅÄÖ", "ß", "İ",
                              "\u{10FFFF}", "RÖ 2024-6246", "RJL 2025/1044", "SKR2025/00294", "RPO Akut vård",
                              "Akut vård;Akut vård", "1;2;3", ";;;", "-", "--", "--title", "--help", "-h", "SK\nR",
                              "rad ett\nrad två", "a\\nb", "\u{1B}[31mröd\u{1B}[0m", "SKR\r", "\u{2028}", "\u{0085}"]
    static let control: [[UInt8]] = (Array(UInt8(0x01)...UInt8(0x1F)) + [0x7F]).map { [$0] }
    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xFE], [0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xE2, 0x82, 0x28],
                                         [0xF0, 0x28, 0x8C, 0xBC], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF],
                                         [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]]
    static let headerExtras = ["status", "answered", "id", "Title", " title", "title ", "bogus", "", "sender_id", "rowid",
                               "title;sender", "\u{FEFF}title", "preparing", "note", "joint", "closed"]

    /// A value of 100 000 characters made of `unit`.
    static func long(_ unit: String) -> [UInt8] {
        Array(String(repeating: unit, count: 100_000 / unit.count).utf8)
    }
}

private extension Array where Element == UInt8 {
    init(_ s: String) { self = Array(s.utf8) }

    /// Byte ranges of the values in CSV or JSON text: inside double quotes, or between separators.
    var fieldSpans: [Range<Int>] {
        let stops = Set(",;\n\"[]{}:".utf8)
        var spans: [Range<Int>] = []
        var i = 0
        while i < count {
            if self[i] == UInt8(ascii: "\"") {
                var j = i + 1
                while j < count, self[j] != UInt8(ascii: "\""), self[j] != UInt8(ascii: "\n") {
                    j += self[j] == UInt8(ascii: "\\") ? 2 : 1
                }
                if j < count, self[j] == UInt8(ascii: "\"") { spans.append(i + 1..<j); i = j + 1 } else { i += 1 }
            } else if !stops.contains(self[i]) {
                var j = i
                while j < count, !stops.contains(self[j]) { j += 1 }
                spans.append(i..<j)
                i = j
            } else {
                i += 1
            }
        }
        return spans.isEmpty ? [0..<count] : spans
    }

    /// Replaces one value (not the first: that is a column name or the array's start).
    mutating func replaceField(with value: [UInt8], _ rng: inout SplitMix64) {
        let spans = fieldSpans
        let span = rng.pick(spans.count > 1 ? [Range<Int>](spans.dropFirst()) : spans)
        replaceSubrange(span, with: value)
    }

    mutating func insert(_ value: [UInt8], _ rng: inout SplitMix64) {
        insert(contentsOf: value, at: rng.int(0...count))
    }

    func lines() -> [[UInt8]] { split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init) }
    static func joined(_ lines: [[UInt8]]) -> [UInt8] { Array(lines.joined(separator: [UInt8(ascii: "\n")])) }

    func replacingAll(_ old: [UInt8], with new: [UInt8]) -> [UInt8] {
        guard !old.isEmpty else { return self }
        var out: [UInt8] = []
        var i = 0
        while i < count {
            if i + old.count <= count, self[i..<i + old.count].elementsEqual(old) { out += new; i += old.count } else { out.append(self[i]); i += 1 }
        }
        return out
    }

    func firstRange(of needle: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        for i in 0...(count - needle.count) where self[i..<i + needle.count].elementsEqual(needle) { return i..<i + needle.count }
        return nil
    }
}

/// Mutations of an import file's bytes. Each returns what it did.
private enum FileMutation: String, CaseIterable {
    case bitFlips = "bit flips", randomBytes = "random bytes", truncated, sqlMetacharacters = "SQL metacharacters"
    case controlCharacters = "control characters", longValue = "100 000-character value", invalidUTF8 = "invalid UTF-8"
    case reencoded = "re-encoded", separators, columns, strayQuotes = "stray quotes", lineEnds = "line ends"
    case byteOrderMark = "byte-order mark", repeatedRow = "repeated row", interestingValue = "interesting value"
    case wholeFile = "whole file", idColumn = "id column"

    func apply(_ d: inout [UInt8], _ rng: inout SplitMix64, json: Bool) -> String {
        switch self {
        case .bitFlips:
            let n = rng.int(1...8)
            for _ in 0..<n where !d.isEmpty { d[rng.below(d.count)] ^= 1 << UInt8(rng.below(8)) }
            return "\(n)"
        case .randomBytes:
            let n = rng.int(1...4)
            for _ in 0..<n where !d.isEmpty { d[rng.below(d.count)] = UInt8(rng.below(256)) }
            return "\(n)"
        case .truncated:
            let at = rng.int(0...d.count)
            d = Array(d.prefix(at))
            return "at byte \(at)"
        case .sqlMetacharacters:
            let v = rng.pick(Hostile.sqlMeta)
            if rng.chance(0.5) { d.replaceField(with: Array(v), &rng); return "value \(v.debugDescription)" }
            d.insert(Array(v), &rng)
            return "inserted \(v.debugDescription)"
        case .controlCharacters:
            var shown: [String] = []
            for _ in 0..<rng.int(1...3) {
                let c = rng.pick(Hostile.control + [[0x00]])
                d.insert(c, &rng)
                shown.append(String(format: "%02X", c[0]))
            }
            return shown.joined(separator: " ")
        case .longValue:
            let unit = rng.pick(["a", "å", "x ", "\"", ",", "Vårdförlopp "])
            d.replaceField(with: Hostile.long(unit), &rng)
            return "of \(unit.debugDescription)"
        case .invalidUTF8:
            for _ in 0..<rng.int(1...3) {
                let s = rng.pick(Hostile.invalidUTF8)
                if rng.chance(0.5) { d.replaceField(with: s, &rng) } else { d.insert(s, &rng) }
            }
            return ""
        case .reencoded:
            let text = String(decoding: d, as: UTF8.self)
            let encoding = rng.pick(["UTF-16LE with BOM", "UTF-16LE", "UTF-16BE", "UTF-32LE"])
            var out: [UInt8] = encoding == "UTF-16LE with BOM" ? [0xFF, 0xFE] : []
            if encoding == "UTF-32LE" {
                for s in text.unicodeScalars { let v = s.value; out += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), 0] }
            } else {
                for u in text.utf16 {
                    out += encoding == "UTF-16BE" ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)]
                }
            }
            d = out
            return encoding
        case .separators:
            let old = rng.pick([",", ";", "\n"])
            let new = rng.pick([";", "\t", "|", " ", ",,", ";,", "\r\n", "\r", "\n\n"])
            if rng.chance(0.5) {
                d = d.replacingAll(Array(old), with: Array(new))
                return "every \(old.debugDescription) → \(new.debugDescription)"
            }
            let at = d.indices.filter { d[$0] == Array(old)[0] }
            guard !at.isEmpty else { d = d.replacingAll(Array(","), with: Array(new)); return "',' → \(new.debugDescription)" }
            let i = rng.pick(at)
            d.replaceSubrange(i..<i + 1, with: Array(new))
            return "one \(old.debugDescription) → \(new.debugDescription)"
        case .columns:
            var lines = d.lines()
            let i = rng.below(lines.count)
            switch rng.below(4) {
            case 0:
                lines[i] += Array(",") + rng.pick([Array("extra"), [], Array("\"x\"")])
                d = .joined(lines); return "extra column on line \(i + 1)"
            case 1:
                var parts = lines[i].split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }
                if parts.count > 1 { parts.remove(at: rng.below(parts.count)) }
                lines[i] = Array(parts.joined(separator: Array(",")))
                d = .joined(lines); return "missing column on line \(i + 1)"
            case 2:
                let sep: [UInt8] = lines[0].contains(UInt8(ascii: ";")) ? Array(";") : Array(",")
                let extra = rng.pick(Hostile.headerExtras)
                lines[0] += sep + Array(extra)
                d = .joined(lines); return "extra header column \(extra.debugDescription)"
            default:
                var parts = lines[0].split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }.map(Array.init)
                let name = rng.pick(Hostile.headerExtras + ["title", "sender", "deadline"])
                if parts.count >= 2 { parts[rng.below(parts.count)] = Array(name) }
                let sep: [UInt8] = lines[0].contains(UInt8(ascii: ";")) ? Array(";") : Array(",")
                lines[0] = Array(parts.joined(separator: sep))
                d = .joined(lines); return "header column renamed \(name.debugDescription)"
            }
        case .strayQuotes:
            for _ in 0..<rng.int(1...3) { d.insert(Array(rng.pick(["\"", "\"\"", "\"\"\"", "'", "\\\"", "\"x\"y\""])), &rng) }
            return ""
        case .lineEnds:
            switch rng.below(4) {
            case 0: d = d.replacingAll(Array("\n"), with: Array("\r\n")); return "CRLF"
            case 1: d = d.replacingAll(Array("\n"), with: Array("\r")); return "CR"
            case 2: while d.last == UInt8(ascii: "\n") { d.removeLast() }; return "no final newline"
            default:
                d += Array(repeating: UInt8(ascii: "\n"), count: rng.int(1...5)) + Array(rng.pick(["", " ", ",,,,", ";;;;"]))
                return "trailing blank lines"
            }
        case .byteOrderMark:
            let bom = rng.pick([[0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB]] as [[UInt8]])
            d = bom + d
            return bom.map { String(format: "%02X", $0) }.joined(separator: " ")
        case .repeatedRow:
            var lines = d.lines()
            guard lines.count >= 2 else { d += d; return "doubled" }
            let i = rng.int(1...lines.count - 1)
            let times = rng.pick([1, 2, 500])
            lines.insert(contentsOf: Array(repeating: lines[i], count: times), at: i)
            d = .joined(lines)
            return "line \(i + 1) × \(times + 1)"
        case .interestingValue:
            let v = rng.pick(Hostile.interesting)
            d.replaceField(with: Array(v), &rng)
            return v.debugDescription
        case .wholeFile:
            let v = rng.pick(["", "\n", "\u{FEFF}", " ", "[]", "{}", "null", "title\n", "title,sender\n", "\0"])
            d = Array(v)
            return v.debugDescription
        case .idColumn:
            let v = rng.pick(["0", "-1", "1", "4294967295", String(4_294_967_296 + rng.int(11...1_000_000)),
                              "9223372036854775807", "1.5", "0x10", " 7 ", "+5", "", "id"])
            let numeric = Int64(v) != nil && v != "0" && v != "-1"
            func id(_ k: Int) -> String { numeric ? String(Int64(v)! &+ Int64(k)) : v }
            if json {
                var k = 0
                d = d.replacingAll(Array("\"id\":"), with: Array("\"old_id\":"))
                var out: [UInt8] = []
                for (i, byte) in d.enumerated() {
                    out.append(byte)
                    if byte == UInt8(ascii: "{"), i + 1 < d.count, d[i + 1] != UInt8(ascii: "}") {
                        let value = id(k)
                        out += Array("\"id\": " + (Int64(value) != nil ? value : "\"\(value)\"") + ", ")
                        k += 1
                    }
                }
                d = out
            } else {
                var lines = d.lines()
                let sep: [UInt8] = lines[0].filter { $0 == UInt8(ascii: ";") }.count > lines[0].filter { $0 == UInt8(ascii: ",") }.count ? Array(";") : Array(",")
                guard !lines[0].split(whereSeparator: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }).contains(where: { Array($0) == Array("id") }) else {
                    return "already there"
                }
                lines[0] += sep + Array("id")
                for k in 1..<lines.count where !lines[k].isEmpty { lines[k] += sep + Array(id(k - 1)) }
                d = .joined(lines)
            }
            return "from \(v.debugDescription)"
        }
    }
}

/// Mutations of a JSON file's structure.
private enum JSONMutation: String, CaseIterable {
    case deepNesting = "deep nesting", deepValue = "deeply nested value", oddValue = "odd value"
    case duplicateKey = "duplicate key", objectNotArray = "object instead of array", trailingComma = "trailing comma"
    case nonObjects = "array of non-objects"

    func apply(_ d: inout [UInt8], _ rng: inout SplitMix64) -> String {
        switch self {
        case .deepNesting:
            let depth = rng.pick([50, 1000, 100_000])
            d = Array(repeating: UInt8(ascii: "["), count: depth) + Array(repeating: UInt8(ascii: "]"), count: depth)
            return "\(depth)"
        case .deepValue:
            let depth = rng.pick([100, 10_000])
            d = Array("[{\"title\": ") + Array(repeating: UInt8(ascii: "["), count: depth)
                + Array(repeating: UInt8(ascii: "]"), count: depth) + Array("}]")
            return "\(depth)"
        case .oddValue:
            let v = rng.pick(["{}", "[]", "[1,2]", "{\"a\":1}", "true", "1e999", "-0", "123456789012345678901234567890",
                              "null", "0.1", "-1", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "NaN"])
            // The first value after a key.
            if let colon = d.firstRange(of: Array("\": ")) {
                let start = colon.upperBound
                var end = start
                if end < d.count, d[end] == UInt8(ascii: "\"") {
                    end += 1
                    while end < d.count, d[end] != UInt8(ascii: "\"") { end += d[end] == UInt8(ascii: "\\") ? 2 : 1 }
                    end = Swift.min(end + 1, d.count)
                } else {
                    while end < d.count, !",}\n ".utf8.contains(d[end]) { end += 1 }
                }
                d.replaceSubrange(start..<end, with: Array(v))
            }
            return v
        case .duplicateKey:
            if let r = d.firstRange(of: Array("\"title\": ")) { d.replaceSubrange(r, with: Array("\"title\": \"dubblett\", \"title\": ")) }
            return "title"
        case .objectNotArray:
            d = Array("{\"title\": \"x\"}")
            return ""
        case .trailingComma:
            if let r = d.firstRange(of: Array("}")) { d.replaceSubrange(r, with: Array("},")) }
            return ""
        case .nonObjects:
            let items = ["1", "\"x\"", "null", "[]"].prefix(rng.int(1...4))
            d = Array("[" + items.joined(separator: ", ") + "]")
            return ""
        }
    }
}

/// Mutations of `remiss add`'s arguments (never a NUL byte: the kernel cannot pass one).
private enum ArgumentMutation: String, CaseIterable {
    case sqlMetacharacters = "SQL metacharacters", interestingValue = "interesting value", controlCharacter = "control character"
    case longValue = "long value", invalidUTF8 = "invalid UTF-8", bitFlip = "bit flip", dropped = "argument dropped"
    case duplicated = "option given twice", swapped = "arguments swapped", option = "option inserted", subcommand

    static func valueIndexes(_ a: [[UInt8]]) -> [Int] {
        let values = (2..<Swift.max(a.count, 2)).filter { !a[$0].starts(with: Array("--")) }
        if !values.isEmpty { return values }
        return a.count > 2 ? Array(2..<a.count) : [a.count - 1]
    }

    static func replaceValue(_ a: inout [[UInt8]], _ new: [UInt8], _ rng: inout SplitMix64) {
        let i = rng.pick(valueIndexes(a))
        if a[i].starts(with: Array("--")), let eq = a[i].firstIndex(of: UInt8(ascii: "=")) {
            a[i] = Array(a[i][...eq]) + new
        } else {
            a[i] = new
        }
    }

    func apply(_ a: inout [[UInt8]], _ rng: inout SplitMix64) -> String {
        switch self {
        case .sqlMetacharacters:
            let v = rng.pick(Hostile.sqlMeta)
            Self.replaceValue(&a, Array(v), &rng)
            return v.debugDescription
        case .interestingValue:
            let v = rng.pick(Hostile.interesting)
            Self.replaceValue(&a, Array(v), &rng)
            return v.debugDescription
        case .controlCharacter:
            let i = rng.pick(Self.valueIndexes(a))
            let c = rng.pick(Hostile.control)
            a[i].insert(contentsOf: c, at: rng.int(0...a[i].count))
            return String(format: "%02X", c[0])
        case .longValue:
            // At most 128 KiB: the longest single argument Linux passes.
            let v = rng.pick([Hostile.long("a"), Array(String(repeating: "å", count: 60_000).utf8), Hostile.long("x "), Hostile.long("'")])
            Self.replaceValue(&a, v, &rng)
            return "\(v.count) bytes"
        case .invalidUTF8:
            let i = rng.pick(Self.valueIndexes(a))
            let s = rng.pick(Hostile.invalidUTF8)
            a[i].insert(contentsOf: s, at: rng.int(0...a[i].count))
            return s.map { String(format: "%02X", $0) }.joined(separator: " ")
        case .bitFlip:
            let i = rng.below(a.count)
            if !a[i].isEmpty {
                let j = rng.below(a[i].count)
                a[i][j] ^= 1 << UInt8(rng.below(8))
                if a[i][j] == 0 { a[i][j] = 1 }
            }
            return "argument \(i + 1)"
        case .dropped:
            if a.count > 2 { a.remove(at: rng.int(2...a.count - 1)) }
            return ""
        case .duplicated:
            let i = a.count > 2 ? rng.int(2...a.count - 1) : 0
            let j = i + 1 < a.count && a[i].starts(with: Array("--")) && !a[i].contains(UInt8(ascii: "=")) ? i + 2 : i + 1
            a.insert(contentsOf: Array(a[i..<j]), at: j)
            return String(decoding: a[i], as: UTF8.self)
        case .swapped:
            if a.count > 3 {
                let i = rng.int(2...a.count - 1)
                var j = rng.int(2...a.count - 1)
                if j == i { j = i == a.count - 1 ? 2 : i + 1 }
                a.swapAt(i, j)
            }
            return ""
        case .option:
            let new = rng.pick(["--bogus", "--TITLE", "-t", "--", "---title", "--title-file", "--note-file", "--id", "--status",
                                "--answered", "--sender_ref", "--help", "--version", "-", "--=x", "--preparing", "--joint",
                                "--closed", "--actor", "--as-of", "--format", "x"])
            var inserted = [Array(new)]
            if rng.chance(0.6) { inserted.append(Array(rng.pick(["", "x", "2025-01-01", "RPO Akut vård", "ja"]))) }
            a.insert(contentsOf: inserted, at: rng.int(Swift.min(2, a.count)...a.count))
            return new
        case .subcommand:
            let words = rng.pick([["remiss", "ad"], ["remiss"], ["Remiss", "add"], ["remiss", "add", "add"], ["remiss", "respond"],
                                  ["remiss", "update"], ["remiss", "update", "1"], ["remiss", "update", "99999999999999999999"],
                                  ["remiss", "end", "-1"], ["remiss", "show", "'; DROP TABLE remiss; --"]])
            a.replaceSubrange(0..<2, with: words.map { Array($0.utf8) })
            return words.joined(separator: " ")
        }
    }
}

// MARK: - Running and checking

/// One run of samreg with raw-byte arguments (posix_spawn: Foundation's Process takes Strings,
/// which cannot hold invalid UTF-8) and a time limit.
private enum FuzzProcess {
    struct Outcome {
        /// nil when killed by a signal or by the time limit.
        var exitCode: Int32?
        var signal: Int32?
        var timedOut = false
        var stdout = ""
        var stderr = ""
    }

    /// posix_spawn_file_actions_addchdir_np (glibc 2.29+), which the Glibc module does not import.
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?) -> Int32
    static let addChdir: AddChdir? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()

    static func run(_ arguments: [[UInt8]], in directory: URL, environment extra: [String: String], timeout: Double) async -> Outcome {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SAMREG_") }
        env["SAMREG_TODAY"] = testToday
        env["SAMREG_ACTOR"] = testActor
        // Which of several bad fields is named must not depend on per-process hash seeds.
        env["SWIFT_DETERMINISTIC_HASHING"] = "1"
        for (k, v) in extra { env[k] = v }

        let io = directory.appendingPathComponent(".fuzz-io-\(UUID().uuidString)").path
        let outPath = io + ".out", errPath = io + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        func cString(_ bytes: [UInt8]) -> UnsafeMutablePointer<CChar> {
            let p = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (i, b) in bytes.enumerated() { p[i] = CChar(bitPattern: b) }
            p[bytes.count] = 0
            return p
        }
        let exe = Samreg.executable.path
        let argv: [UnsafeMutablePointer<CChar>?] = ([Array(exe.utf8)] + arguments).map(cString) + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.sorted { $0.key < $1.key }.map { cString(Array("\($0.key)=\($0.value)".utf8)) } + [nil]
        defer {
            for p in argv { p?.deallocate() }
            for p in envp { p?.deallocate() }
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Working directory: the sandbox, where glibc can (samreg is given absolute paths anyway).
        if let addChdir = addChdir { _ = directory.path.withCString { addChdir(&actions, $0) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, exe, &actions, nil, argv, envp)
        guard spawned == 0 else {
            return Outcome(exitCode: -1, stderr: "cannot start \(exe): \(String(cString: strerror(spawned)))")
        }
        var outcome = Outcome()
        var status: Int32 = 0
        let start = Date()
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r == -1 && errno != EINTR { status = -1; break }
            if Date().timeIntervalSince(start) > timeout {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                outcome.timedOut = true
                break
            }
            try? await Task.sleep(nanoseconds: 2_000_000)
        }
        if !outcome.timedOut && status != -1 {
            if status & 0x7F == 0 { outcome.exitCode = (status >> 8) & 0xFF } else { outcome.signal = status & 0x7F }
        }
        outcome.stdout = String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self)
        outcome.stderr = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
        return outcome
    }
}

private enum FuzzCheck {
    /// What a Swift runtime trap or a crash leaves on standard error.
    static let crashMarkers = ["Fatal error", "fatal error:", "Stack dump", "Current stack trace", "Segmentation fault",
                               "Illegal instruction", "Trace/breakpoint trap", "Assertion failed", "Precondition failed",
                               "Unexpectedly found nil", "💣"]

    static func remissCount(_ db: String) throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: db, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM remiss") ?? 0 }
    }

    /// Problems with one run (empty when it behaved):
    /// - no hang (the time limit), not killed by a signal, no crash marker on standard error;
    /// - exit 0, 1 or 64 (a usage error from the argument parser);
    /// - when non-zero, a message on standard error: exactly one line `samreg: error: …`, for a
    ///   refused record (1) and a usage error (64) alike;
    /// - when non-zero, the database unchanged;
    /// - when 0, the remiss count grew by exactly what samreg said it wrote.
    static func problems(_ r: FuzzProcess.Outcome, before: String, after: String, countBefore: Int, countAfter: Int) -> [String] {
        var problems: [String] = []
        if r.timedOut { return ["hang: no exit within \(Int(FuzzPlan.timeout)) s"] }
        if let signal = r.signal { problems.append("crash: killed by signal \(signal)") }
        if let marker = crashMarkers.first(where: { r.stderr.contains($0) }) { problems.append("crash marker '\(marker)' on standard error") }
        guard let code = r.exitCode else { return problems + ["no exit code"] }
        if ![0, 1, 64].contains(code) { problems.append("exit \(code) (expected 0, 1 or 64)") }
        if code != 0 {
            var lines = r.stderr.components(separatedBy: "\n")
            if r.stderr.hasSuffix("\n") { lines.removeLast() }
            if r.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || lines.first?.isEmpty != false {
                problems.append("non-zero exit without a message on standard error")
            } else if lines.count != 1 || !lines[0].hasPrefix("samreg: error: ") {
                problems.append("exit \(code) with a \(lines.count)-line message (expected one 'samreg: error: …' line)")
            }
            if after != before { problems.append("the database changed although samreg exited \(code): \(firstDifference(after, before))") }
            if !r.stdout.isEmpty { problems.append("a refused command printed on standard output") }
        } else {
            let out = r.stdout
            let said: Int?
            if let m = out.firstMatch(of: #/^imported (\d+) remiss record/#) { said = Int(m.1) }
            else if out.firstMatch(of: #/^remiss (\d+) recorded/#) != nil { said = 1 }
            else if out.firstMatch(of: #/^remiss \d+ (updated|ended)|^remiss response \d+ recorded/#) != nil { said = 0 }
            else {
                said = nil
                if after != before { problems.append("exit 0 with output \(out.prefix(80).debugDescription), but the database changed") }
            }
            if let said, countAfter - countBefore != said {
                problems.append("said \(out.trimmingCharacters(in: .newlines).debugDescription) but the remiss count grew by \(countAfter - countBefore)")
            }
        }
        return problems
    }
}
