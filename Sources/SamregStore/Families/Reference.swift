import GRDB
import SamregCore

extension Families {
    public static let reference = Family(
        name: "reference", table: "reference", noun: "reference",
        abstract: "Further case numbers a record carries (one per organisation the matter passes).",
        fields: [
            id,
            Field("family", .vocabulary(["decision", "remiss", "permit", "workload"]), required: true, help: "Family of the record.",
                  swedish: "Postslaget: decision (beslut), remiss, permit (tillstånd) eller workload (arbetsfördelning)."),
            Field("record", column: "record_id", .integer(min: 1, max: Int.max), required: true, help: "Id of the record.",
                  swedish: "Postens nummer."),
            Field("written", .caseNumber(issuer: "issuer", year: "year", serial: "serial"), required: true,
                  help: "The case number as written.",
                  swedish: "Diarienumret så som det är skrivet."),
            note, source,
        ],
        filters: [
            Filter("family", .vocabulary(["decision", "remiss", "permit", "workload"]), sql: "t.family = ?", help: "Of this family.",
                  swedish: "För detta postslag."),
            Filter("record", .integer, sql: "t.record_id = ?", help: "Of this record.",
                  swedish: "För denna post (postens nummer)."),
        ],
        tableFields: ["id", "family", "record", "written"],
        naturalKey: ["family", "record", "written"],
        traits: referenceTraits)

    /// A reference points at a record of the family it names; it is part of that record
    /// (sealed with it, indexed for search with it).
    static let referenceTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "diarienummer", plural: "Fler diarienummer", path: "diarienummer",
                                   about: "Fler diarienummer som en post bär (ett per organisation som ärendet passerar).")
        t.pointer = Family.RecordPointer(familyField: "family", familyColumn: "family", idField: "record", idColumn: "record_id")
        t.registration = Family.Registration(fields: ["id", "family", "record"], filters: ["family", "record"])
        return t
    }()
}
