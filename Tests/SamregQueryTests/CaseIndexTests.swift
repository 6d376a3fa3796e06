import Foundation
import GRDB
import SamregCore
@testable import SamregQuery
import SamregStore
import SamregTestSupport
import Testing

/// `TraceQueries.CaseIndex` (what the web server keeps between record pages) changes nothing
/// a trace answers.
@Suite struct CaseIndexTests {
    /// Every case number written anywhere in the registry, as written.
    static func numbers(_ db: Database) throws -> [String] {
        var texts: [String] = []
        for family in Families.traced {
            if let field = family.caseNumberField, let column = field.column {
                texts += try String.fetchAll(db, sql: "SELECT \(column) FROM \(family.table) WHERE \(column) IS NOT NULL")
            }
            for column in [family.traits.otherNumberColumn, family.traits.numbersInTextColumn].compactMap({ $0 }) {
                for text in try String.fetchAll(db, sql: "SELECT \(column) FROM \(family.table) WHERE \(column) IS NOT NULL") {
                    texts += TraceQueries.caseNumbers(in: text).map(\.written)
                }
            }
        }
        texts += try String.fetchAll(db, sql: "SELECT written FROM reference")
        return Array(Set(texts)).sorted()
    }

    static func outcome(_ body: () throws -> [TraceRecord]) -> String {
        do { return "\(try body())" } catch { return "error: \(error)" }
    }

    @Test func everyNumberOfTheSeededRegistryTracesAsWithoutTheIndex() throws {
        try withRegistry(seeded: true) { r in
            // A sealed remiss whose sender reference and answer carry numbers of the seeded matter.
            let secret = try r.remiss("Hemlig remiss", received: "2025-01-03", deadline: "2025-02-01",
                                      extra: ["case_number": "RÖ 2025-0003", "confidential": "ja", "sender_ref": "SKR2024/01345 (RJL 2024/2313)"])
            _ = secret
            try r.read { db in
                let index = try TraceQueries.CaseIndex(db)
                let numbers = try Self.numbers(db)
                #expect(numbers.count >= 5, "\(numbers)")
                // Twice: the second time from what the index kept (links, bodies of citations).
                let extra = ["RÖ 2024–6246", "rö 2024-6246", "SKR 2024/1345", "SVN § 51-2024", "Samverkansnämnden § 51-2024", "okänd § 1-2024"]
                for number in numbers + extra + numbers + extra {
                    for mode in [Confidentiality.Mode.mask, .exclude, .include] {
                        let plain = Self.outcome { try TraceQueries.trace(db, number: number, confidentiality: mode) }
                        let indexed = Self.outcome { try TraceQueries.trace(db, number: number, confidentiality: mode, index: index) }
                        #expect(plain == indexed, "\(number) \(mode)")
                    }
                }
            }
        }
    }

    @Test func instrIsASubstringTestOnBytes() {
        #expect(TraceQueries.CaseIndex.contains(Array("SKR2024/01345".utf8), Array("01345".utf8)))
        #expect(!TraceQueries.CaseIndex.contains(Array("SKR2024/01345".utf8), Array("1346".utf8)))
        #expect(TraceQueries.CaseIndex.contains(Array("abc".utf8), []))
        #expect(!TraceQueries.CaseIndex.contains(Array("ab".utf8), Array("abc".utf8)))
    }
}
