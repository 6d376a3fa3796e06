import Foundation
import SamregCore
import SamregStore

/// One input through `samreg import`: the first byte picks the family and CSV or JSON, the
/// rest is the file. The registry is seeded once (so names and case numbers resolve and rows
/// get past the lookups) and made anew every few hundred inputs so it stays small. Any
/// refusal must be a `SamregError` or `FieldError` (what the command line prints as one line);
/// anything else thrown, and any trap, is a finding.
public final class ImportFuzzer {
    public static let families = ["remiss", "decision", "response", "reference", "body", "membership", "permit",
                           "workload", "flow", "contract", "indicator-value", "meeting", "adoption", "narrative"]
    let directory: String
    var registry: Registry?
    var runs = 0

    public init() {
        directory = NSTemporaryDirectory() + "samreg-fuzz-import-\(getpid())-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit {
        registry = nil
        try? FileManager.default.removeItem(atPath: directory)
    }

    func freshRegistry() -> Registry {
        if let registry, runs % 500 != 0 { return registry }
        registry = nil
        let path = directory + "/registry.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        do {
            let r = try Registry(path: path, mode: .create, actor: "fuzz", today: "2025-06-17")
            _ = try Seeder.run(r)
            registry = r
            return r
        } catch {
            fatalError("cannot make the fuzzing registry: \(error)")
        }
    }

    /// Imports one input; returns what went wrong in a way users would see as more than
    /// samreg's one-line error (nil when the import succeeded or was refused properly).
    public func run(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let selector = bytes.first else { return nil }
        runs += 1
        let registry = freshRegistry()
        let name = ImportFuzzer.families[Int(selector >> 1) % ImportFuzzer.families.count]
        guard let family = Families.named(name) else { return "no family \(name)" }
        let json = selector & 1 == 1
        let path = directory + "/input." + (json ? "json" : "csv")
        let body = Data(bytes.dropFirst())
        guard FileManager.default.createFile(atPath: path, contents: body) else { return "cannot write \(path)" }
        do {
            _ = try Importer(registry: registry, family: family).run(path: path)
        } catch is SamregError {
        } catch is FieldError {
        } catch {
            return "import \(name) threw an error users would not see as one line: \(error)"
        }
        return nil
    }
}

