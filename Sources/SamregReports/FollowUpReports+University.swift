import GRDB
import SamregCore
import SamregQuery
import SamregStore

/// Universitetssjukvård: the university healthcare units per region at the year's end beside
/// the year before, the units designated during the year, and access at the university
/// hospital for patients from the other regions, this year beside last year.
extension FollowUpReports {
    public static func universitySection(_ db: Database, year: Int, asOf: String,
                                         presentation p: Presentation = .analysts) throws -> Section {
        let yearEnd = min(String(format: "%04d-12-31", year), asOf)
        let previousEnd = String(format: "%04d-12-31", year - 1)
        let units = try UniversityQueries.units(db)
        let now = UniversityQueries.heldPerRegion(units, on: yearEnd)
        let before = UniversityQueries.heldPerRegion(units, on: previousEnd)
        // Units designated after `asOf` had not been designated on that day.
        let added = UniversityQueries.designated(units, in: year).filter { ($0.designated ?? yearEnd) <= yearEnd }

        var perRegion = ReportTable(
            id: "usv_per_region", caption: "Universitetssjukvårdsenheter per region vid årets slut",
            columns: [.init("region", "Region"), .init("foregaende_ar", String(year - 1), .integer),
                      .init("ar", String(year), .integer), .init("nya", "Nya under \(year)", .integer)],
            emptyText: "Inga universitetssjukvårdsenheter registrerade.")
        var paragraphs: [String] = []
        if !units.isEmpty {
            perRegion.rows = now.map { r in
                [.text(r.region), .int(Int64(before.first { $0.region == r.region }?.count ?? 0)), .int(Int64(r.count)),
                 .int(Int64(added.filter { $0.region == r.region }.count))]
            }
            let total = now.reduce(0) { $0 + $1.count }
            let totalBefore = before.reduce(0) { $0 + $1.count }
            perRegion.totals = [[.text("Summa"), .int(Int64(totalBefore)), .int(Int64(total)), .int(Int64(added.count))]]
            let list = now.map { "\($0.region) \($0.count)" }.joined(separator: ", ")
            let noun = total == 1 ? "universitetssjukvårdsenhet" : "universitetssjukvårdsenheter"
            paragraphs.append("Per \(yearEnd) fanns \(total) \(noun) (\(list)), mot \(totalBefore) vid utgången av \(year - 1). Under \(year) utsågs \(added.count) \(added.count == 1 ? "ny" : "nya").")
            let undated = units.filter { $0.designated == nil && $0.isHeld(on: yearEnd) }.count
            if undated > 0 {
                paragraphs.append("\(undated) av enheterna saknar datum för utseende i registret och räknas därför båda åren.")
            }
        }
        var newUnits = ReportTable(
            id: "usv_nya", caption: "Nya universitetssjukvårdsenheter \(year)",
            columns: [.init("enhet", "Enhet"), .init("region", "Region"), .init("omrade", "Område"), .init("utsedd", "Utsedd", .date)],
            emptyText: "Inga nya universitetssjukvårdsenheter under året.")
        newUnits.rows = added.map {
            [.text($0.name), .text($0.region), $0.area.map(Cell.text) ?? .null, $0.designated.map(Cell.text) ?? .null]
        }

        // Access: one row per unit, home region and measure; last year beside this year.
        let figures = try UniversityQueries.access(db, years: (year - 1)...year)
        var access = ReportTable(
            id: "tillganglighet_us",
            caption: "Tillgänglighet vid universitetssjukhuset för patienter från de andra regionerna: andel inom 90 dagar",
            columns: [.init("enhet", "Utförande enhet"), .init("hemregion", "Hemregion"), .init("matt", "Mått")]
                + [year - 1, year].flatMap { y -> [ReportTable.Column] in
                    [.init("antal_\(y)", "Antal \(y)", .integer), .init("inom_90_\(y)", "Inom 90 dagar \(y)", .integer),
                     .init("andel_\(y)", "Andel inom 90 dagar \(y)", p.shareStyle)]
                },
            emptyText: "Inga uppgifter om tillgänglighet registrerade.")
        var keys: [String] = []
        var byKey: [String: [Int: UniversityQueries.Access]] = [:]
        for f in figures {
            let key = [f.unit, f.home, f.measure].joined(separator: "\u{1F}")
            if byKey[key] == nil { keys.append(key) }
            byKey[key, default: [:]][f.year] = f
        }
        access.rows = keys.map { key in
            let ofKey = byKey[key]!
            let any = ofKey.values.first!
            return [.text(any.unit), .text(any.home), .text(Labels.of(any.measure, Labels.accessMeasure))]
                + [year - 1, year].flatMap { y -> [Cell] in
                    guard let f = ofKey[y] else { return [.null, .null, .null] }
                    return [.int(Int64(f.count)), .int(Int64(f.within90)), f.shareWithin90.map(Cell.real) ?? .null]
                }
        }
        return Section(id: "universitetssjukvard", heading: "Universitetssjukvård", paragraphs: paragraphs,
                       tables: [perRegion, newUnits, access])
    }
}
