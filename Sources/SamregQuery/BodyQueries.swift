import GRDB
import SamregCore
import SamregStore

/// How many bodies of the kinds the annual summary counts were valid on one day.
public struct BodyCounts: Equatable, Sendable {
    /// Regionala programområden.
    public var rpo = 0
    /// Regionala samverkansgrupper.
    public var rsg = 0
    public var kunskapsrad = 0
    /// Nationella programområden that Sydöstra sjukvårdsregionen hosts (värdskap).
    public var hostedNPO = 0

    public init(rpo: Int = 0, rsg: Int = 0, kunskapsrad: Int = 0, hostedNPO: Int = 0) {
        self.rpo = rpo
        self.rsg = rsg
        self.kunskapsrad = kunskapsrad
        self.hostedNPO = hostedNPO
    }
}

/// The organisation of the cooperation as recorded: bodies valid on a day.
public enum BodyQueries {
    /// The RPO, RSG, kunskapsråd and hosted NPO valid on `day` (begun on or before it, or with
    /// no start recorded, and not ended before it).
    public static func counts(_ db: Database, on day: String) throws -> BodyCounts {
        let rows = try Row.fetchAll(db, sql: """
            SELECT kind, hosted_by_sosr, count(*) AS n FROM body
            WHERE kind IN ('rpo', 'rsg', 'kunskapsrad', 'npo')
              AND (valid_from IS NULL OR valid_from <= ?1) AND (valid_to IS NULL OR valid_to >= ?1)
            GROUP BY kind, hosted_by_sosr
            """, arguments: [day])
        var counts = BodyCounts()
        for row in rows {
            let n: Int = row["n"]
            switch row["kind"] as String {
            case "rpo": counts.rpo += n
            case "rsg": counts.rsg += n
            case "kunskapsrad": counts.kunskapsrad += n
            case "npo": if (row["hosted_by_sosr"] as Int) == 1 { counts.hostedNPO += n }
            default: break
            }
        }
        return counts
    }
}
