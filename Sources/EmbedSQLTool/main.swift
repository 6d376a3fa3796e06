import Foundation

// The EmbedSQL build-tool plugin's tool: writes the Swift source that embeds every migration
// and seed file into SamregStore, at build time, so that a copied or installed binary works
// without resource folders and the copy can never differ from migrations/ and seeds/.
// Arguments: OUTPUT MIGRATIONS_DIR SEEDS_DIR.
let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: EmbedSQLTool OUTPUT MIGRATIONS_DIR SEEDS_DIR\n".utf8))
    exit(2)
}

/// The `.sql` files of `folder` in name order, as Swift tuples of (stem, raw string).
func entries(_ folder: String) throws -> String {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".sql") }.sorted()
    return try names.map { name in
        let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        guard !text.contains("\"\"\"#") else {
            throw NSError(domain: "EmbedSQL", code: 1,
                          userInfo: [NSLocalizedDescriptionKey: "\(folder)/\(name): contains the sequence that ends a Swift raw string"])
        }
        return "        (name: \"\(name.dropLast(4))\", sql: #\"\"\"\n\(text)\"\"\"#),"
    }.joined(separator: "\n")
}

do {
    let swift = """
    // Generated at build time by the EmbedSQL plugin (Plugins/EmbedSQL) from migrations/ and seeds/.

    /// The SQL of every migration and seed file, in name order, as shipped in the folders.
    enum EmbeddedSQL {
        static let migrations: [(name: String, sql: String)] = [
    \(try entries(arguments[2]))
        ]

        static let seeds: [(name: String, sql: String)] = [
    \(try entries(arguments[3]))
        ]
    }

    """
    try swift.write(toFile: arguments[1], atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("EmbedSQLTool: \(error.localizedDescription)\n".utf8))
    exit(1)
}
