import Foundation
import SamregFuzzing
import Testing

/// The coverage-guided fuzzers' harnesses (scripts/fuzz --coverage) run over the committed
/// seed corpus and every input a fuzzer ever found a problem with (Fuzz/regressions/): each
/// finding stays fixed.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let fuzzRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(_ folders: [String]) -> [URL] {
        folders.flatMap { folder -> [URL] in
            let dir = fuzzRoot.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0) }
        }
    }

    @Test func theCorpusAndRegressionFoldersAreThere() {
        #expect(Self.inputs(["corpus/parsers"]).count >= 10)
        #expect(Self.inputs(["corpus/import"]).count >= 10)
    }

    @Test(arguments: inputs(["corpus/parsers", "regressions/parsers"]))
    func parserInputKeepsEveryPromise(_ file: URL) throws {
        let data = try Data(contentsOf: file)
        let finding = data.withUnsafeBytes { fuzzParsers($0.bindMemory(to: UInt8.self)) }
        #expect(finding == nil, "\(file.lastPathComponent): \(finding ?? "")")
    }

    @Test(arguments: inputs(["corpus/import", "regressions/import"]))
    func importInputIsImportedOrRefusedInOneLine(_ file: URL) throws {
        let data = try Data(contentsOf: file)
        let fuzzer = ImportFuzzer()
        let finding = data.withUnsafeBytes { fuzzer.run($0.bindMemory(to: UInt8.self)) }
        #expect(finding == nil, "\(file.lastPathComponent): \(finding ?? "")")
    }
}
