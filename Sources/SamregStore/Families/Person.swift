import GRDB
import SamregCore

extension Families {
    public static let person = Family(
        name: "person", table: "person", noun: "person",
        abstract: "People who sit in bodies (their names are never shown in reports).",
        fields: [
            id,
            Field("name", .text, required: true, help: "Full name.",
                  swedish: "Fullständigt namn."),
            Field("title", .text, help: "Title or role at work.",
                  swedish: "Titel eller befattning."),
            Field("organisation", column: "organisation_id", .organisation, help: "Employer.",
                  swedish: "Arbetsgivare."),
            validTo("Left the registry's bodies on this day (set by `end`).",
                    swedish: "Dag då personen lämnade registrets organ (sätts med Avsluta)."), note, source,
        ],
        filters: [Filter("organisation", .organisation, sql: "t.organisation_id = ?", help: "Employed by.",
              swedish: "Anställda hos denna organisation.")],
        endField: "valid_to",
        tableFields: ["id", "name", "title", "organisation"], order: "t.name COLLATE swedish, t.id",
        traits: personTraits)

    /// How a record is named where others show it.
    static let personTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "person", plural: "Personer", path: "personer",
                                   about: "Personer som sitter i organ (deras namn visas aldrig i rapporter).")
        t.naming = Family.Naming(column: "name")
        return t
    }()
}
