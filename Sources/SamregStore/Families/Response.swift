import SamregCore

extension Families {
    public static let response = Family(
        name: "response", table: "remiss_response", noun: "remiss response",
        abstract: "Answers (yttranden) to remisser, jointly for SÖSR or per region, or a decision not to answer.",
        fields: [
            id,
            Field("remiss", column: "remiss_id", .record("remiss"), required: true, help: "The remiss answered."),
            Field("scope", .vocabulary(["sosr", "region"]), required: true, help: "sosr (joint answer) or region."),
            Field("region", column: "region_id", .organisation, help: "The region, when scope is region."),
            Field("kind", .vocabulary(["yttrande", "avstar"]), help: "yttrande (an answer, default) or avstar (decided not to answer)."),
            Field("approved_by", column: "approved_by_id", .body, help: "The body that approved it."),
            Field("decision", column: "decision_id", .record("decision"), help: "The decision that approved it."),
            Field("approved", column: "approved_on", .date, help: "Day it was approved."),
            Field("sent", column: "sent_on", .date, help: "Day it was sent."),
            caseNumber("The answer's case number as written, e.g. 'RÖ 2024-6246'.", unique: false),
            Field("position", .text, help: "Position taken: tillstyrker, avstyrker, inga synpunkter …"),
            confidential,
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day it was withdrawn (set by `end`)."),
            note, source,
        ],
        filters: [
            Filter("remiss", .integer, sql: "t.remiss_id = ?", help: "Answers to this remiss."),
            Filter("scope", .vocabulary(["sosr", "region"]), sql: "t.scope = ?", help: "Joint or regional answers."),
            Filter("region", .organisation, sql: "t.region_id = ?", help: "Answers of this region."),
            Filter("year", .integer, sql: "t.sent_on BETWEEN ?1 || '-01-01' AND ?1 || '-12-31'", help: "Sent this year."),
        ],
        endField: "withdrawn", dateOrder: [("approved", "sent")],
        tableFields: ["id", "remiss", "scope", "region", "kind", "approved", "sent", "case_number"],
        examples: ["samreg response add --remiss 1 --scope sosr --approved-by SVN --approved 2024-10-18 --sent 2024-10-21",
                   "samreg remiss respond 1 --scope region --region RJL --kind avstar"],
        naturalKey: ["remiss", "scope", "region"])
}
