import Foundation
import GRDB
import SamregTestSupport
import Testing

/// Tamper evidence against someone who can write the registry's file: they can drop the
/// triggers, edit, add and remove records and audit rows, and recompute the hash chain with
/// its public recipe. `audit verify` compares every record with its last audit entry, and
/// `audit verify --head` proves that the trail still extends a head quoted earlier
/// (docs/data-safety.md, "Threat model"). Every tampering here is done with plain SQL through
/// GRDB, outside samreg, and judged by the samreg executable.
@Suite("Audit tamper evidence")
struct AuditTamperTests {
    /// A seeded registry, plus a remiss prepared by a body and one changed afterwards: records
    /// of every kind, the reference organisations shipped with the schema (which have no audit
    /// entry until changed), inserts, updates and an audited delete.
    static func seeded() async throws -> Sandbox {
        try await Sandbox.fromFixture("audit-tamper") { box in
            await box.ok(["seed"])
            let first = try #require(try scalar(box, "SELECT min(id) FROM body WHERE kind = 'rpo'"))
            let second = try #require(try scalar(box, "SELECT min(id) FROM body WHERE kind = 'rsg'"))
            let id = try await box.addRemiss(title: changedTitle, extra: ["--preparing", "\(first);\(second)"])
            await box.ok(["remiss", "update", "\(id)", "--note", "Första anteckningen"])
            // Taking a body off the remiss is samreg's one audited delete.
            await box.ok(["remiss", "update", "\(id)", "--preparing", "\(first)"])
            #expect(try scalar(box, "SELECT count(*) FROM audit WHERE action = 'delete'") == 1)
            try await box.addRemiss(title: "Remiss utan kopplingar", sender: "SoS")
        }
    }

    static let changedTitle = "Remiss att ändra"

    /// The id of the fixture's remiss that was added, changed and had a body taken off.
    static func changedRemiss(_ box: Sandbox) throws -> Int64 {
        try #require(try scalar(box, "SELECT id FROM remiss WHERE title = '\(changedTitle)'"))
    }

    /// Runs `statements` on the registry outside samreg, with foreign keys off (an attacker
    /// can turn them off as well).
    static func tamper(_ box: Sandbox, _ statements: [String]) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: box.db, configuration: configuration)
        try queue.write { db in
            for sql in statements { try db.execute(sql: sql) }
        }
        try queue.close()
    }

    /// The single line `samreg audit head` prints, checked for its form.
    static func head(_ box: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let result = await box.ok(["audit", "head"], sourceLocation: sourceLocation)
        let line = result.stdout.trimmingCharacters(in: .newlines)
        #expect(result.stdout.split(separator: "\n").count == 1, "\(result)", sourceLocation: sourceLocation)
        #expect(line.range(of: #"^samreg-audit [0-9]+:[0-9a-f]{20}$"#, options: .regularExpression) != nil,
                "not a head: \(result)", sourceLocation: sourceLocation)
        return line
    }

    /// Expects `audit verify` (with `arguments`) and `check` to fail, `verify` naming every
    /// string of `mentions` on standard error.
    static func expectDetected(_ box: Sandbox, _ arguments: [String] = [], mentions: [String], checkToo: Bool = true,
                               failing finding: String = "records match audit trail",
                               sourceLocation: SourceLocation = #_sourceLocation) async {
        let verify = await box.run(["audit", "verify"] + arguments)
        #expect(verify.exitCode == 1, "tampering went unnoticed: \(verify)", sourceLocation: sourceLocation)
        #expect(verify.stderr.contains("audit trail NOT intact"), "\(verify)", sourceLocation: sourceLocation)
        for needle in mentions {
            #expect(verify.stderr.contains(needle), "verify should mention '\(needle)': \(verify)", sourceLocation: sourceLocation)
        }
        if checkToo {
            let check = await box.run(["check"])
            #expect(check.exitCode != 0, "check missed it: \(check)", sourceLocation: sourceLocation)
            #expect(check.stdout.contains("FAIL \(finding):"), "\(check)", sourceLocation: sourceLocation)
        }
    }

    // MARK: A healthy registry

    @Test func aHealthyRegistryPassesAndItsHeadVerifies() async throws {
        let box = try await Self.seeded()
        let check = await box.ok(["check"])
        #expect(check.stdout.contains("ok   records match audit trail: ok"), "\(check)")
        let verify = await box.ok(["audit", "verify"])
        #expect(verify.stdout.contains("every record matches its last audit entry"), "\(verify)")
        let head = try await Self.head(box)
        let withHead = await box.ok(["audit", "verify", "--head", head])
        #expect(withHead.stdout.contains("extends the quoted head \(head)"), "\(withHead)")
        // Without the prefix word, with the full hash, in capitals, with spaces around: the same head.
        let parts = head.dropFirst("samreg-audit ".count).split(separator: ":")
        try #require(parts.count == 2, "\(head)")
        let full = try #require(try Self.auditRows(box).last?.hash)
        #expect(full.hasPrefix(String(parts[1])))
        for form in ["\(parts[0]):\(parts[1])", "samreg-audit \(parts[0]):\(full)", "  \(parts[0]):\(parts[1].uppercased())\n",
                     "\(parts[0]):\(full.prefix(16))"] {
            await box.ok(["audit", "verify", "--head", form])
        }
        // samreg's own writes extend the trail: the old head still verifies, and a new one is printed.
        let later = try await box.addRemiss(title: "Senare remiss")
        await box.ok(["remiss", "update", "\(later)", "--deadline", "2025-07-31"])
        await box.ok(["audit", "verify", "--head", head])
        let newer = try await Self.head(box)
        #expect(newer != head)
        await box.ok(["audit", "verify", "--head", newer])
        await box.ok(["check"])
    }

    @Test func anEmptyRegistryHasTheEmptyHead() async throws {
        let box = try await Sandbox()
        let head = await box.ok(["audit", "head"])
        #expect(head.stdout == "samreg-audit 0:00000000000000000000\n", "\(head)")
        await box.ok(["audit", "verify", "--head", "samreg-audit 0:00000000000000000000"])
        try await box.addRemiss()
        await box.ok(["audit", "verify", "--head", "samreg-audit 0:00000000000000000000"])
        await box.ok(["check"])
    }

    @Test func theAnnualSummaryPrintsTheHeadItWasComputedAt() async throws {
        let box = try await Self.seeded()
        let head = try await Self.head(box)
        let md = await box.ok(["report", "annual", "--year", "2024"])
        #expect(md.stdout.contains("- Granskningslogg: \(head)\n"), "\(md.stdout.prefix(600))")
        let json = await box.ok(["report", "annual", "--year", "2024", "--format", "json"])
        #expect(json.stdout.contains("\"Granskningslogg\": \"\(head)\""), "\(json.stdout.prefix(600))")
        // The head quoted in the summary is one `audit verify --head` takes.
        await box.ok(["audit", "verify", "--head", head])
    }

    // MARK: Records changed with their audit triggers dropped

    /// One edit per kind of record and value: text, a number (REAL), a foreign key, a flag,
    /// a NULL made a value, and a reference organisation shipped with the schema.
    struct Edit: Sendable, CustomTestStringConvertible {
        let table: String
        let family: String
        let column: String
        let set: String
        var testDescription: String { "\(table).\(column)" }
    }

    static let edits: [Edit] = [
        Edit(table: "remiss", family: "remiss", column: "title", set: "title || ' (ändrad)'"),
        Edit(table: "remiss", family: "remiss", column: "deadline_on", set: "'2030-01-01'"),
        Edit(table: "remiss", family: "remiss", column: "confidential", set: "1 - confidential"),
        Edit(table: "organisation", family: "org", column: "name", set: "'Region Östergötland (ändrad)'"),
        Edit(table: "decision", family: "decision", column: "title", set: "title || '.'"),
        Edit(table: "indicator_value", family: "indicator-value", column: "value", set: "ifnull(value, 0) + 0.5"),
        Edit(table: "price", family: "price", column: "drg_price_kr", set: "drg_price_kr + 1"),
        Edit(table: "body", family: "body", column: "short_name", set: "'Ny'"),
        Edit(table: "remiss_assignment", family: "remiss_assignment", column: "body_id",
             set: "(SELECT min(b.id) FROM body b WHERE NOT EXISTS (SELECT 1 FROM remiss_assignment x "
                + "WHERE x.remiss_id = remiss_assignment.remiss_id AND x.body_id = b.id))"),
    ]

    @Test(arguments: AuditTamperTests.edits)
    func aRecordEditedWithItsTriggerDroppedIsNamed(_ edit: Edit) async throws {
        let box = try await Self.seeded()
        let id = try #require(try Self.scalar(box, "SELECT min(id) FROM \(edit.table)"), "no \(edit.table) in the fixture")
        try Self.tamper(box, [
            "DROP TRIGGER \(edit.table)_audit_update",
            "UPDATE \(edit.table) SET \(edit.column) = \(edit.set) WHERE id = \(id)",
        ])
        await Self.expectDetected(box, mentions: ["\(edit.family) \(id): ", edit.column, "changed outside samreg"])
        // Only that record is named, on one line.
        let verify = await box.run(["audit", "verify"])
        #expect(verify.stderrLines.count == 1, "\(verify)")
    }

    @Test func anEditThatChangesNothingIsNotAProblem() async throws {
        let box = try await Self.seeded()
        try Self.tamper(box, [
            "DROP TRIGGER remiss_audit_update", "DROP TRIGGER organisation_audit_update", "DROP TRIGGER indicator_value_audit_update",
            "UPDATE remiss SET title = title, note = note", "UPDATE organisation SET name = name",
            "UPDATE indicator_value SET value = value * 1.0",
        ])
        await box.ok(["audit", "verify"])
        await box.ok(["check"])
    }

    @Test func manyEditsAreCountedButListedOnlyUpToTheCap() async throws {
        let box = try await Self.seeded()
        let organisations = try #require(try Self.scalar(box, "SELECT count(*) FROM organisation"))
        #expect(organisations > 0)
        try await Self.importRemisser(box, count: 60)
        try Self.tamper(box, ["DROP TRIGGER remiss_audit_update", "UPDATE remiss SET note = 'massändring'"])
        let remisser = try #require(try Self.scalar(box, "SELECT count(*) FROM remiss"))
        let verify = await box.run(["audit", "verify"])
        #expect(verify.exitCode == 1)
        let named = verify.stderrLines.filter { $0.contains(": differs from its last audit entry") }
        #expect(named.count == 50, "\(verify)")
        #expect(verify.stderr.contains("… and \(remisser - 50) more problems not listed"), "\(verify)")
        #expect(verify.stderr.contains("NOT intact: \(remisser) problems"), "\(verify)")
    }

    // MARK: Records removed or added with the triggers dropped

    @Test func aRecordDeletedWithItsTriggersDroppedIsNamed() async throws {
        let box = try await Self.seeded()
        let remiss = try #require(try Self.scalar(box, "SELECT max(id) FROM remiss"))
        let assignment = try #require(try Self.scalar(box, "SELECT min(id) FROM remiss_assignment"))
        try Self.tamper(box, [
            "DROP TRIGGER remiss_no_delete", "DELETE FROM remiss WHERE id = \(remiss)",
            "DROP TRIGGER remiss_assignment_audit_delete", "DELETE FROM remiss_assignment WHERE id = \(assignment)",
        ])
        await Self.expectDetected(box, mentions: ["remiss \(remiss): is missing", "remiss_assignment \(assignment): is missing",
                                                  "removed outside samreg"])
    }

    @Test func aShippedReferenceRecordDeletedOrEditedIsNamed() async throws {
        let box = try await Self.seeded()
        // Organisations from migration 0001 have no audit entry while they are as shipped.
        let untouched = try #require(try Self.scalar(box, """
            SELECT max(o.id) FROM organisation o WHERE NOT EXISTS (SELECT 1 FROM audit a WHERE a.tbl = 'organisation' AND a.record_id = o.id)
              AND NOT EXISTS (SELECT 1 FROM remiss r WHERE r.sender_id = o.id)
            """))
        try Self.tamper(box, ["DROP TRIGGER organisation_no_delete", "DELETE FROM organisation WHERE id = \(untouched)"])
        await Self.expectDetected(box, mentions: ["org \(untouched): is missing: reference data shipped with the schema"])
    }

    @Test func aRecordInsertedWithItsTriggerDroppedIsNamed() async throws {
        let box = try await Self.seeded()
        let next = (try Self.scalar(box, "SELECT max(id) FROM remiss") ?? 0) + 1
        let org = (try Self.scalar(box, "SELECT max(id) FROM organisation") ?? 0) + 1
        try Self.tamper(box, [
            "DROP TRIGGER remiss_audit_insert",
            """
            INSERT INTO remiss (id, title, sender_id, category, received_on, deadline_on)
            VALUES (\(next), 'Inlagd bakvägen', 1, 'nhv', '2025-05-01', '2025-06-01')
            """,
            "DROP TRIGGER organisation_audit_insert",
            "INSERT INTO organisation (id, code, name, kind) VALUES (\(org), 'BAK', 'Bakvägen AB', 'annan')",
        ])
        await Self.expectDetected(box, mentions: ["remiss \(next): has no audit entry", "org \(org): has no audit entry"])
    }

    @Test func aDeletedRecordPutBackIsNamed() async throws {
        let box = try await Self.seeded()
        // The body taken off remiss 1 has a delete as its last audit entry.
        let deleted = try #require(try Self.scalar(box, """
            SELECT record_id FROM audit WHERE tbl = 'remiss_assignment' AND action = 'delete' ORDER BY seq DESC LIMIT 1
            """))
        try Self.tamper(box, [
            "DROP TRIGGER remiss_assignment_audit_insert",
            """
            INSERT INTO remiss_assignment (id, remiss_id, body_id)
            SELECT record_id, json_extract(before, '$.remiss_id'), json_extract(before, '$.body_id') FROM audit
            WHERE tbl = 'remiss_assignment' AND record_id = \(deleted) AND action = 'delete'
            """,
        ])
        await Self.expectDetected(box, mentions: ["remiss_assignment \(deleted): exists although its last audit entry"])
    }

    // MARK: The trail cut back or rewritten: anchoring with a quoted head

    @Test func aTrailCutBackIsCaughtByAQuotedHead() async throws {
        let box = try await Self.seeded()
        // The state of the registry before the head: what cutting the trail back to it and
        // rolling the records back with it (or copying an old backup over the file) leaves.
        let older = box.path("older.sqlite")
        await box.ok(["backup", older])
        let added = try await box.addRemiss(title: "Efter säkerhetskopian")
        await box.ok(["remiss", "update", "\(added)", "--note", "Ändrad efter kopian"])
        let head = try await Self.head(box)
        await box.ok(["audit", "verify", "--head", head])

        // On its own, the older trail is consistent: only the quoted head shows it is cut back.
        await box.ok(["audit", "verify"], db: .file(older))
        let verify = await box.run(["audit", "verify", "--head", head], db: .file(older))
        #expect(verify.exitCode == 1, "\(verify)")
        #expect(verify.stderr.contains("entries were removed after the head was quoted"), "\(verify)")

        // Cutting the live trail with SQL, hiding the sequence too, is caught the same way.
        let count = try #require(try Self.scalar(box, "SELECT max(seq) FROM audit"))
        try Self.tamper(box, [
            "DROP TRIGGER audit_append_only_delete",
            "DELETE FROM audit WHERE seq > \(count - 2)",
            "UPDATE sqlite_sequence SET seq = \(count - 2) WHERE name = 'audit'",
        ])
        await Self.expectDetected(box, ["--head", head], mentions: ["audit record \(count): missing", "ends at \(count - 2)"])
    }

    @Test func aTrailRecomputedWithThePublicRecipeIsCaughtByAQuotedHead() async throws {
        let box = try await Self.seeded()
        let head = try await Self.head(box)
        let count = try #require(try Self.scalar(box, "SELECT max(seq) FROM audit"))
        let remiss = try Self.changedRemiss(box)

        // Change the remiss's title, rewrite its audit entries to say so, and seal the whole chain
        // again: records and trail agree, and the chain verifies.
        try Self.tamper(box, [
            "DROP TRIGGER audit_append_only_update", "DROP TRIGGER remiss_audit_update",
            "UPDATE remiss SET title = 'Omskriven titel' WHERE id = \(remiss)",
            "UPDATE audit SET after = json_set(after, '$.title', 'Omskriven titel') WHERE tbl = 'remiss' AND record_id = \(remiss)",
            """
            UPDATE audit SET before = json_set(before, '$.title', 'Omskriven titel')
            WHERE tbl = 'remiss' AND record_id = \(remiss) AND before IS NOT NULL
            """,
        ])
        try Self.resealWithThePublicRecipe(box)
        let plain = await box.run(["audit", "verify"])
        #expect(plain.exitCode == 0, "the rewrite should be consistent without a head: \(plain)")

        // The head quoted before the rewrite is not extended by the rewritten trail.
        await Self.expectDetected(box, ["--head", head], mentions: ["audit record \(count):", "rewritten after it was quoted"],
                                  checkToo: false)
        // The head is the only problem, and said in one line.
        #expect(await box.run(["audit", "verify", "--head", head]).stderrLines.count == 1)
        // A head is short to quote but long enough: the rewritten entry's hash shares no
        // 20-digit prefix with the quoted one.
        let rewritten = try #require(try Self.text(box, "SELECT hash FROM audit WHERE seq = \(count)"))
        #expect(!head.hasSuffix(String(rewritten.prefix(20))))
    }

    @Test func anAfterImageRewrittenAsGarbageAndResealedIsNamed() async throws {
        // A consistent chain over an after-image that is not JSON at all: the record no
        // longer matches it, and verify says so instead of failing on the JSON.
        let box = try await Self.seeded()
        let remiss = try Self.changedRemiss(box)
        let seq = try #require(try Self.scalar(box, "SELECT max(seq) FROM audit WHERE tbl = 'remiss' AND record_id = \(remiss)"))
        try Self.tamper(box, ["DROP TRIGGER audit_append_only_update", "UPDATE audit SET after = 'inte json {' WHERE seq = \(seq)"])
        try Self.resealWithThePublicRecipe(box)
        await Self.expectDetected(box, mentions: ["remiss \(remiss): differs from its last audit entry (\(seq)) in the whole record"])
    }

    @Test func entriesAppendedAfterTheHeadDoNotChangeWhatItProves() async throws {
        // The limit, pinned down: a head proves entries 1…count, not what came after. An entry
        // appended with the public recipe looks like a samreg write, under the actor the writer
        // chose, and `audit log` shows it.
        let box = try await Self.seeded()
        let head = try await Self.head(box)
        let remiss = try Self.changedRemiss(box)
        let last = "(SELECT after FROM audit WHERE tbl = 'remiss' AND record_id = \(remiss) ORDER BY seq DESC LIMIT 1)"
        try Self.tamper(box, [
            "DROP TRIGGER remiss_audit_update",
            "UPDATE remiss SET note = 'Tillagd med recept' WHERE id = \(remiss)",
            """
            INSERT INTO audit (at, actor, command, action, tbl, record_id, before, after)
            SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'mallory', 'samreg remiss update \(remiss)', 'update', 'remiss', \(remiss),
                   \(last), json_set(\(last), '$.note', 'Tillagd med recept')
            """,
        ])
        try Self.resealWithThePublicRecipe(box)
        await box.ok(["audit", "verify", "--head", head])
        let log = await box.ok(["audit", "log", "--family", "remiss", "--record", "\(remiss)"])
        #expect(log.stdout.contains("mallory"), "\(log)")
    }

    @Test func editingTheFirstAuditRowWithItsGuardsDroppedFails() async throws {
        // The external check: every trigger on the audit table dropped, then the first text
        // column not about hashes changed in the first row.
        let box = try await Self.seeded()
        try Self.tamper(box, ["DROP TRIGGER audit_append_only_update", "DROP TRIGGER audit_append_only_delete",
                              "UPDATE audit SET at = at || 'x' WHERE rowid = (SELECT min(rowid) FROM audit)"])
        await Self.expectDetected(box, mentions: ["audit record 1:"], failing: "audit trail")
    }

    // MARK: Heads refused

    @Test(arguments: [
        "", "samreg-audit", "samreg-audit 12", "12", "abc:0123456789abcdef0123", "-1:0123456789abcdef0123",
        "12:0123456789abcdef012z", "12:0123456789", "12:" + String(repeating: "a", count: 65),
        "99999999999999999999999:0123456789abcdef0123", "12:0123456789abcdef0123:4", "12 : 0123456789abcdef0123",
        "12:0123456789abcdef\n0123", "samreg-audit 12:0123456789abcdef01…",
    ])
    func aMalformedHeadIsRefusedWithOneLine(_ head: String) async throws {
        let box = try await Self.seeded()
        // --head=VALUE for a value starting with '-', so that it is not taken for an option.
        let arguments = head.hasPrefix("-") ? ["--head=\(head)"] : ["--head", head]
        try await box.expectRefused(["audit", "verify"] + arguments, mentions: ["--head"])
    }

    @Test func aWellFormedHeadOfAnotherTrailFails() async throws {
        let box = try await Self.seeded()
        let head = try await Self.head(box)
        let count = try #require(Int(head.dropFirst("samreg-audit ".count).prefix { $0 != ":" }))
        // Right number, wrong hash.
        let wrong = await box.run(["audit", "verify", "--head", "samreg-audit \(count):" + String(repeating: "0", count: 20)])
        #expect(wrong.exitCode == 1, "\(wrong)")
        #expect(wrong.stderr.contains("audit record \(count): its hash begins"), "\(wrong)")
        #expect(wrong.stderrLines.count == 1 && wrong.stderr.hasPrefix("samreg: error: audit trail NOT intact: "), "\(wrong)")
        #expect(wrong.stdout.isEmpty, "\(wrong)")
        // A number beyond the trail.
        let beyond = await box.run(["audit", "verify", "--head", "samreg-audit \(count + 5):" + String(repeating: "a", count: 20)])
        #expect(beyond.exitCode == 1, "\(beyond)")
        #expect(beyond.stderr.contains("the trail ends at \(count)"), "\(beyond)")
        #expect(beyond.stderrLines.count == 1, "\(beyond)")
    }

    @Test func noHeadIsPrintedForATamperedTrail() async throws {
        let box = try await Self.seeded()
        let remiss = try Self.changedRemiss(box)
        try Self.tamper(box, ["DROP TRIGGER remiss_audit_update", "UPDATE remiss SET title = 'Bakvägen' WHERE id = \(remiss)"])
        try await box.expectRefused(["audit", "head"], mentions: ["not intact", "no head printed", "audit verify"])
    }

    // MARK: Helpers

    static func scalar(_ box: Sandbox, _ sql: String) throws -> Int64? {
        let queue = try DatabaseQueue(path: box.db)
        defer { try? queue.close() }
        return try queue.read { db in try Int64.fetchOne(db, sql: sql) }
    }

    static func text(_ box: Sandbox, _ sql: String) throws -> String? {
        let queue = try DatabaseQueue(path: box.db)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchOne(db, sql: sql) }
    }

    struct AuditRow {
        let seq: Int64
        let fields: [String?]
        let hash: String?
    }

    static func auditRows(_ box: Sandbox) throws -> [AuditRow] {
        let queue = try DatabaseQueue(path: box.db)
        defer { try? queue.close() }
        return try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, at, actor, command, action, tbl, record_id, before, after, hash FROM audit ORDER BY seq").map { row in
                AuditRow(seq: row["seq"],
                         fields: [row["at"], row["actor"], row["command"], row["action"], row["tbl"],
                                  String(row["record_id"] as Int64), row["before"], row["after"]],
                         hash: row["hash"])
            }
        }
    }

    /// Seals the whole trail again as docs/data-safety.md describes the chain: SHA-256, in
    /// lower-case hex, of the previous hash, a line feed, and the sequence number and the
    /// fields at, actor, command, action, tbl, record_id, before, after joined by U+001F,
    /// NULL written ∅.
    static func resealWithThePublicRecipe(_ box: Sandbox) throws {
        var previous = ""
        var hashes: [(Int64, String)] = []
        for row in try auditRows(box) {
            let text = previous + "\n" + ([String(row.seq)] + row.fields.map { $0 ?? "\u{2205}" }).joined(separator: "\u{1F}")
            previous = SHA256Digest.hex(Array(text.utf8))
            hashes.append((row.seq, previous))
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: box.db, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS audit_append_only_update")
            for (seq, hash) in hashes { try db.execute(sql: "UPDATE audit SET hash = ? WHERE seq = ?", arguments: [hash, seq]) }
        }
        try queue.close()
    }

    /// Imports `count` remisser in one samreg import.
    static func importRemisser(_ box: Sandbox, count: Int) async throws {
        var csv = "title,sender,category,received,deadline\n"
        for i in 0..<count { csv += "Importerad remiss \(i),SKR,nhv,2025-05-01,2025-06-30\n" }
        let file = try box.write("remisser.csv", csv)
        await box.ok(["import", "remiss", file])
    }
}

/// SHA-256 (FIPS 180-4), for recomputing the chain the way an attacker with the documented
/// recipe would, without samreg's code.
enum SHA256Digest {
    static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    static func hex(_ message: [UInt8]) -> String {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var data = message
        let bitLength = UInt64(message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for i in (0..<8).reversed() { data.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        var w = [UInt32](repeating: 0, count: 64)
        for chunk in stride(from: 0, to: data.count, by: 64) {
            for i in 0..<16 {
                w[i] = (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(data[chunk + i * 4 + $1]) }
            }
            for i in 16..<64 {
                let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for i in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let ch = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d
            h[4] = h[4] &+ e; h[5] = h[5] &+ f; h[6] = h[6] &+ g; h[7] = h[7] &+ hh
        }
        return h.map { v in
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 8 - s.count) + s
        }.joined()
    }
}
