import GRDB
import SamregCore

extension Families {
    public static let goal = Family(
        name: "goal", table: "goal", noun: "goal",
        abstract: "The region's stated goals, e.g. 10–12 NHV permits.",
        fields: [
            id,
            Field("subject", .vocabulary(["nhv_permits"]), required: true, help: "What is counted.",
                  swedish: "Vad som räknas: nhv_permits, antal NHV-tillstånd."),
            Field("holder", column: "holder_id", .organisation, help: "Whose goal.",
                  swedish: "Regionen som har målet."),
            Field("min", column: "min_count", .integer(min: 0, max: 10_000), required: true, help: "Lower end of the goal.",
                  swedish: "Målets lägsta nivå."),
            Field("max", column: "max_count", .integer(min: 0, max: 10_000), required: true, help: "Upper end of the goal.",
                  swedish: "Målets högsta nivå."),
            validFrom(), validTo(), source,
        ],
        endField: "valid_to", dateOrder: [("valid_from", "valid_to")],
        tableFields: ["id", "subject", "holder", "min", "max", "valid_from", "valid_to"],
        naturalKey: ["subject", "holder", "valid_from"],
        traits: goalTraits)

    /// The goal's range is in order.
    static let goalTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "mål", plural: "Mål för antal tillstånd", path: "mal",
                                   about: "Sjukvårdsregionens uttalade mål, till exempel 10–12 NHV-tillstånd.")
        t.rules = [{ r in
            if let lo = r.values["min"].flatMap(Int.fromDatabaseValue), let hi = r.values["max"].flatMap(Int.fromDatabaseValue), hi < lo {
                throw FieldError(field: "max", message: "goal: max \(hi) is below min \(lo)", swedish: "Högst (\(hi)) kan inte vara mindre än minst (\(lo)).")
            }
        }]
        return t
    }()
}
