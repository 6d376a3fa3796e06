import SamregCore

extension Families {
    public static let adoptionOutcomes: Vocabulary = ["antagen": "Antagen", "pagaende": "Pågående", "avslagen": "Avslagen"]

    public static let adoption = Family(
        name: "adoption", table: "adoption", noun: "adoption",
        abstract: "Each region's own decision on a recommendation from SVN or RSL.",
        fields: [
            id,
            Field("recommendation", column: "recommendation_id", .record("decision"), required: true,
                  help: "The recommendation (a decision of kind rekommendation)."),
            Field("region", column: "region_id", .organisation, required: true, help: "The region deciding."),
            Field("outcome", .vocabulary(adoptionOutcomes), required: true,
                  help: "antagen, pagaende or avslagen."),
            Field("decision", column: "decision_id", .record("decision"), help: "The region's decision, if recorded."),
            Field("reference", .text, help: "The region's decision reference as written, e.g. '§ 83, RJL 2024/2313'."),
            Field("decided", column: "decided_on", .date, help: "Day the region decided."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day withdrawn (set by `end`)."),
            note, source,
        ],
        filters: [
            Filter("recommendation", .integer, sql: "t.recommendation_id = ?", help: "Decisions on this recommendation."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Decisions of this region."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "recommendation", "region", "outcome", "reference", "decided"],
        examples: ["samreg adoption add --recommendation 12 --region RJL --outcome antagen --reference '§ 83, RJL 2024/2313' --decided 2024-11-26"],
        naturalKey: ["recommendation", "region"])
}
