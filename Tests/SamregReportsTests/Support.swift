import Foundation
import SamregCore
import SamregQuery
import SamregReports
@testable import SamregStore
import Testing

/// The day every report here is made as of.
let reportDay = "2025-06-17"

/// Tests/SamregReportsTests/Golden, found from this file.
let goldenDir: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

/// A fresh, empty directory under the system's temporary directory.
func makeTempDir() throws -> String {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("samreg-reports-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

/// Runs `body` with a freshly created registry (today 2025-06-17), seeded or left empty as
/// `samreg init` leaves it; the directory is removed afterwards.
func withRegistry<T>(seeded: Bool, _ body: (Registry, String) throws -> T) throws -> T {
    let dir = try makeTempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let registry = try Registry(path: dir + "/r.sqlite", mode: .create, actor: "tester", today: reportDay)
    if seeded {
        _ = try Seeder.run(registry)
        try pinAuditTimes(registry)
    }
    return try body(registry, dir)
}

/// The fixed time given to every audit entry by `pinAuditTimes`.
let pinnedAuditTime = "2025-06-17T08:00:00.000Z"

/// Audit entries carry the clock's time, so the trail's head differs from run to run. The
/// annual summary prints the head: for golden files, give every entry one fixed time and seal
/// the chain again (the append-only guard is lifted for it and put back), as if the seed had
/// been loaded at that moment.
func pinAuditTimes(_ registry: Registry) throws {
    try registry.dbQueue.write { db in
        let guardSQL = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'audit_append_only_update'")
        try db.execute(sql: "DROP TRIGGER audit_append_only_update")
        try db.execute(sql: "UPDATE audit SET at = ?, hash = NULL", arguments: [pinnedAuditTime])
        try AuditTrail.seal(db, after: 0)
        if let guardSQL { try db.execute(sql: guardSQL) }
    }
}

extension Registry {
    func update(_ family: Family, id: Int64, _ input: [String: String]) throws {
        try write { db in try RecordWriter(family: family, db: db, lookups: Lookups()).update(id: id, input) }
    }

    @discardableResult
    func insert(_ family: Family, _ input: [String: String]) throws -> Int64 {
        try write { db in try RecordWriter(family: family, db: db, lookups: Lookups()).insert(input) }
    }

    /// The first column of the first row of a read-only query.
    func scalar(_ sql: String) throws -> Cell? {
        var first: Cell?
        try read { db in
            try ReadOnlySQL.run(db, sql: sql, header: { _ in }, body: { if first == nil { first = $0.first } })
        }
        return first
    }

    func id(_ sql: String) throws -> Int64 {
        guard let id = try scalar(sql)?.int else { throw SamregError("no id for: \(sql)") }
        return id
    }
}

extension ReportCatalog: CustomTestStringConvertible {
    public var testDescription: String { rawValue }

    /// This report as `samreg report <name>` builds it with no options but the annual
    /// summary's `--year 2024`, as of the registry's today (through the same catalog).
    func build(_ registry: Registry, includeConfidential: Bool = false) throws -> Report {
        let request = ReportRequest(asOf: registry.today, year: self == .annual ? 2024 : nil,
                                    includeConfidential: includeConfidential)
        return try registry.read { db in try build(db, request) }
    }
}

extension ReportFormat: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

/// `report` rendered in `format`: Markdown, HTML and JSON by their renderers, CSV through
/// `Report.write` to a file (as `--out` does), read back.
func render(_ report: Report, _ format: ReportFormat, dir: String) throws -> String {
    switch format {
    case .md: return MarkdownRenderer.render(report)
    case .html: return HTMLRenderer.render(report)
    case .json: return JSONReportRenderer.render(report)
    case .csv, .csvExcel:
        let path = dir + "/report-\(UUID().uuidString).csv"
        try report.write(format, to: OutputSink(path: path))
        // Decoded as it is, byte-order mark included (String(contentsOfFile:) drops it).
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }
}

/// Every section of `report`, depth first.
func allSections(_ report: Report) -> [Section] {
    func walk(_ s: Section) -> [Section] { [s] + s.subsections.flatMap(walk) }
    return report.sections.flatMap(walk)
}

func section(_ report: Report, _ id: String) -> Section? { allSections(report).first { $0.id == id } }

func table(_ report: Report, _ sectionId: String, _ tableId: String) -> ReportTable? {
    section(report, sectionId)?.tables.first { $0.id == tableId }
}

/// The values of column `key` of `table`.
func column(_ table: ReportTable, _ key: String) -> [Cell] {
    guard let i = table.columns.firstIndex(where: { $0.key == key }) else { return [] }
    return table.rows.map { $0[i] }
}

/// Parses JSON text to a dictionary (nil when it is not a JSON object).
func parseJSON(_ text: String) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
}

/// The first line where `actual` and `expected` differ, for a readable failure.
func firstDifference(_ actual: String, _ expected: String) -> String {
    let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
    for i in 0..<max(a.count, e.count) {
        let x = i < a.count ? a[i] : "<end>", y = i < e.count ? e[i] : "<end>"
        if x != y { return "line \(i + 1):\n  got:      \(x)\n  expected: \(y)" }
    }
    return "(no line differs: line endings or bytes)"
}

/// A small deterministic pseudo-random generator (SplitMix64), so property tests are
/// repeatable.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Thrown to roll back a write transaction after looking at what it wrote.
struct Rollback<T: Sendable>: Error {
    let value: T
}
