import ArgumentParser
import Foundation
import GRDB
import SamregCore
import SamregQuery
import SamregStore

/// Shell completion for a family's fields (`add`, `update`) and filters (`list`), which the
/// argument parser does not know as options (they are read from the family definition): the
/// option names, and after an option its values: a vocabulary's codes, `ja`/`nej`, and the
/// organisation codes and body names in the registry (`--db`, else $SAMREG_DB, else
/// ./samreg.sqlite). The shell scripts call it through `samreg ---completion`.
enum FieldCompletion {
    /// What a field or filter takes, as far as completion is concerned.
    enum Values {
        case vocabulary(Vocabulary), flag, organisation, body, none
    }

    /// For `add` and `update`: the family's writable fields.
    static func fields(_ family: Family) -> CompletionKind {
        let options = family.writableFields.map { (FamilyCommands.optionName($0.name), values(of: $0.kind)) }
        return .custom { words, index, prefix in complete(options, words, index, prefix) }
    }

    /// For `list`: the family's filters.
    static func filters(_ family: Family) -> CompletionKind {
        let options = family.filters.map { (FamilyCommands.optionName($0.name), values(of: $0.kind)) }
        return .custom { words, index, prefix in complete(options, words, index, prefix) }
    }

    static func values(of kind: Field.Kind) -> Values {
        switch kind {
        case .vocabulary(let v): return .vocabulary(v)
        case .flag: return .flag
        case .organisation: return .organisation
        case .body, .bodies: return .body
        default: return .none
        }
    }

    static func values(of kind: Filter.Kind) -> Values {
        switch kind {
        case .vocabulary(let v): return .vocabulary(v)
        case .flag: return .flag
        case .organisation: return .organisation
        case .body: return .body
        default: return .none
        }
    }

    /// The candidates for word `index` of `words` (the shell's words, the command first), of
    /// which `prefix` is typed: the values of the option before it, else the option names.
    static func complete(_ options: [(String, Values)], _ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let previous = index > 0 && index - 1 < words.count ? words[index - 1] : ""
        if let (_, values) = options.first(where: { $0.0 == previous }) {
            return candidates(values, words).filter { Vocabulary.fold($0).hasPrefix(Vocabulary.fold(prefix)) }
        }
        return options.map(\.0).filter { $0.hasPrefix(prefix) }
    }

    static func candidates(_ values: Values, _ words: [String]) -> [String] {
        switch values {
        case .vocabulary(let vocabulary): return vocabulary.codes
        case .flag: return ["ja", "nej"]
        case .none: return []
        case .organisation: return (try? read(words, ReferenceNames.organisationCodes)) ?? []
        case .body: return (try? read(words, ReferenceNames.bodyNames)) ?? []
        }
    }

    /// Reads the registry the command line names, read-only; nothing when it cannot.
    static func read(_ words: [String], _ query: (GRDB.Database) throws -> [String]) throws -> [String] {
        var path: String?
        for (i, word) in words.enumerated() {
            if word == "--db", i + 1 < words.count { path = words[i + 1] }
            if word.hasPrefix("--db=") { path = String(word.dropFirst(5)) }
        }
        let environment = ProcessInfo.processInfo.environment
        let db = path.flatMap { $0.isEmpty ? nil : $0 } ?? environment["SAMREG_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "samreg.sqlite"
        guard FileManager.default.fileExists(atPath: db) else { return [] }
        let registry = try Registry(path: db, mode: .readOnly, actor: "completion", today: try ISODate.today(environment: environment))
        return try registry.read(query)
    }
}
