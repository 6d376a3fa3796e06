import GRDB
import SamregCore
import SamregQuery

/// The annual summary's "Sjukvårdsregionala systemmått": the set of measures that applies to
/// the year (not every indicator recorded: those are in `report indicators`), as one wide
/// table per patient promise: Mått | RÖ | RJL | RKL | Riket | Målvärde | each party against
/// riket. Shares are shown in whole per cent, counts as whole numbers, rates as recorded.
public enum SystemMeasureSection {
    public static let id = "systemmatt"
    public static let heading = "Sjukvårdsregionala systemmått"

    /// How a party compares with riket, in words and a sign (not in colour only).
    static let comparison = ["battre": "▲ Bättre", "samre": "▼ Sämre", "lika": "= Som riket"]

    public static func build(_ db: Database, year: Int) throws -> Section {
        guard let set = try IndicatorSetQueries.applying(db, year: year) else {
            return Section(id: id, heading: heading, paragraphs: [
                "Inga sjukvårdsregionala systemmått är registrerade för \(year) (ingen uppsättning mått gäller året). Alla registrerade mått visas i rapporten Systemmått (samreg report indicators).",
            ])
        }
        let measures = try IndicatorSetQueries.measures(db, setId: set.id, period: String(year))
        let validity = "gäller \(set.validFrom) – \(set.validTo ?? "tills vidare")"
        var paragraphs = ["\(set.name) (\(validity)): \(measures.count) mått, värden för \(year). "
            + "▲ Bättre och ▼ Sämre än riket anger om regionen ligger bättre eller sämre till än riket, med hänsyn till om höga eller låga värden är bättre."]
        if measures.isEmpty { paragraphs.append("Uppsättningen har inga mått registrerade.") }
        if let source = set.source { paragraphs.append("Källa: \(source).") }

        // One table per promise, in the order the promises first appear in the set.
        var promises: [String] = []
        for m in measures where !promises.contains(m.promise) { promises.append(m.promise) }
        let parties = IndicatorSetQueries.parties
        let columns: [ReportTable.Column] = [.init("matt", "Mått")]
            + parties.map { .init($0, $0, .decimal1) }
            + [.init("riket", "Riket", .decimal1), .init("mal", "Målvärde", .decimal1)]
            + parties.map { .init("\($0)_jamfort", "\($0) mot riket") }
        let tables = promises.map { promise -> ReportTable in
            let ofPromise = measures.filter { $0.promise == promise }
            var table = ReportTable(id: "\(id)_\(promise)", caption: Labels.of(promise, Labels.promise), columns: columns)
            table.rows = ofPromise.map { m in
                func value(_ v: Double?, _ missing: String?) -> Cell { v.map(Cell.real) ?? missing.map(Cell.text) ?? .null }
                let target: Cell = m.target.map(Cell.real) ?? m.targetText.map(Cell.text) ?? .null
                return [.text(m.name)]
                    + parties.map { value(m.values[$0], m.missing[$0]) }
                    + [value(m.riket, m.riketMissing), target]
                    + parties.map { p in m.comparedToRiket(p).map { Cell.text(comparison[$0] ?? $0) } ?? .null }
            }
            table.rowStyles = ofPromise.map { m in
                if m.isShare { return .perCentWhole }
                if m.valueKind == "count" { return .integer }
                return .asRecorded
            }
            return table
        }
        return Section(id: id, heading: heading, paragraphs: paragraphs, tables: tables)
    }
}
