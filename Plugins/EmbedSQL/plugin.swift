import Foundation
import PackagePlugin

/// Embeds migrations/*.sql and seeds/*.sql into the target it is applied to (SamregStore) at
/// build time: the generated `EmbeddedSQL.swift` is written into the build folder, never
/// committed, and rewritten only when one of the files changes.
@main
struct EmbedSQL: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let migrations = root.appending(path: "migrations"), seeds = root.appending(path: "seeds")
        let inputs = try [migrations, seeds].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".sql") }.sorted().map { folder.appending(path: $0) }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSQL.swift")
        return [.buildCommand(displayName: "Embedding migrations/ and seeds/ into SamregStore",
                              executable: try context.tool(named: "EmbedSQLTool").url,
                              arguments: [output.path, migrations.path, seeds.path],
                              inputFiles: inputs, outputFiles: [output])]
    }
}
