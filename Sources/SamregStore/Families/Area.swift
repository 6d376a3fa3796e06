import SamregCore

extension Families {
    public static let area = Family(
        name: "area", table: "cooperation_area", noun: "cooperation area",
        abstract: "The six samarbetsområden reported on yearly.",
        fields: [
            id,
            Field("code", .vocabulary(CooperationAreas.areas),
                  required: true, unique: true, help: "Code of the area."),
            Field("name", .text, required: true, help: "Name as in the agreement."),
            Field("ordinal", .integer(min: 1, max: 6), required: true, help: "Place in the annual summary."),
            source,
        ],
        tableFields: ["id", "code", "name", "ordinal"], order: "t.ordinal",
        examples: ["samreg area list"], codeColumn: "code",
        naturalKey: ["code"])
}
