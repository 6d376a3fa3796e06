import ArgumentParser
import Foundation
import SamregQuery
import SamregReports
import SamregStore

struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Show one matter's whole chain from any of its case numbers.",
        discussion: """
            A matter carries one case number per organisation it passes through: SKR's \
            (SKR2024/01345), the joint answer's in Region Östergötland's register \
            (RÖ 2024-6246, also written with an en dash), SVN's paragraph (SVN § 51-2024), \
            Region Jönköpings län's (RJL 2024/2313). Any of them, or a record's further \
            reference or a remiss's sender reference, gives the same chain: the remiss, the \
            answers, the decisions, the regions' adoptions of a recommendation and the NHV \
            permits and workload decisions tied to them, in date order, each with every case \
            number it carries per organisation. Records marked confidential (sekretess) show \
            their registration only and the chain does not pass through them, unless \
            --include-confidential is given.

            Examples:
              samreg trace 'RÖ 2024-6246'
              samreg trace 'SVN § 51-2024' --format md
            """)

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("A case number (diarienummer) or paragraph citation.", valueName: "number")) var number: String
    @Option(help: "Output format: table, json or md.") var format: TraceFormat = .table
    @Flag(help: "Show records marked confidential (sekretess) in full and follow links through them.") var includeConfidential = false

    func run() throws {
        try reportingErrors {
            let registry = try common.open(.readOnly)
            let records = try registry.read { db in
                try TraceQueries.trace(db, number: number, confidentiality: includeConfidential ? .include : .mask)
            }
            try TraceOutput.write(records, number: number, format: format, to: OutputSink())
        }
    }
}

extension TraceFormat: ExpressibleByArgument {}
