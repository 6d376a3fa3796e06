import ArgumentParser
import SamregStore

struct Samreg: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "samreg",
        abstract: "The cooperation registry of Sydöstra sjukvårdsregionen (RÖ, RJL, RKL).",
        discussion: """
            Records program areas and cooperation groups, NHV permits, remisser and the answers \
            given to them, workload-division decisions, and the decisions and follow-up figures \
            that tie them together; reports on them in Swedish.

            Every command takes --db PATH (else $SAMREG_DB, else ./samreg.sqlite) and, when it \
            writes, --actor NAME (else $SAMREG_ACTOR, else your login name) for the audit trail.

            Example:
              samreg init && samreg seed && samreg report annual --year 2024
            """,
        version: version,
        subcommands: CommandTree.select(setup + FamilyCommands.groups + tools, level: 1)
    )

    /// The commands before the families' groups in the help, and those after them.
    static let setup: [CommandTree.Entry] = [("init", { Init.self }), ("seed", { Seed.self })]
    static let tools: [CommandTree.Entry] = [
        ("report", { ReportCommand.self }), ("import", { ImportCommand.self }), ("export", { ExportCommand.self }),
        ("search", { SearchCommand.self }), ("trace", { TraceCommand.self }), ("sql", { SQLCommand.self }),
        ("audit", { AuditCommand.self }),
        ("check", { CheckCommand.self }), ("backup", { BackupCommand.self }),
        ("serve", { ServeCommand.self }), ("user", { UserCommand.self }),
    ]
}
