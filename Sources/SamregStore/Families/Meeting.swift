import GRDB
import SamregCore

extension Families {
    public static let meeting = Family(
        name: "meeting", table: "meeting", noun: "meeting",
        abstract: "Meetings of a body; a decision is final when its meeting's protocol is approved.",
        fields: [
            id,
            Field("body", column: "body_id", .body, required: true, help: "The body that met.",
                  swedish: "Organet som sammanträdde."),
            Field("date", column: "held_on", .partialDate, required: true,
                  help: "Day of the meeting; a month (2024-06) or a year (2024) where the source gives no day.",
                  swedish: "Dag för sammanträdet; månad (2024-06) eller år (2024) om källan inte anger dag."),
            Field("place", .text, help: "Where.",
                  swedish: "Var sammanträdet hölls."),
            Field("protocol_approved", column: "protocol_approved_on", .date, help: "Day the protocol was approved (justerat).",
                  swedish: "Dag då protokollet justerades."),
            Field("cancelled", column: "cancelled_on", .date, help: "Day the meeting was cancelled (set by `end`).",
                  swedish: "Dag då sammanträdet ställdes in (sätts med Avsluta)."),
            bodyName("body"), note, source,
        ],
        filters: [
            Filter("body", .body, sql: "t.body_id = ?", help: "Meetings of this body.",
                  swedish: "Sammanträden i detta organ."),
            Filter("year", .integer, sql: "t.held_on BETWEEN (?1 || '') AND ?1 || '-12-31'", help: "Held this year (a date given as a month or year counts in its year).",
                  swedish: "Sammanträden detta år (en månad eller ett år räknas till sitt år)."),
        ],
        endField: "cancelled", dateOrder: [("date", "protocol_approved")],
        tableFields: ["id", "date", "body_name", "place", "protocol_approved"],
        order: "t.held_on, t.id",
        naturalKey: ["body", "date"],
        traits: meetingTraits)

    /// How a record is named where others show it.
    static let meetingTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "sammanträde", plural: "Sammanträden", path: "sammantraden",
                                   about: "Ett organs sammanträden; ett beslut är slutligt när sammanträdets protokoll är justerat.")
        t.naming = Family.Naming(column: nil, label: "(SELECT coalesce(b.short_name, b.name) FROM body b WHERE b.id = t.body_id) || ' ' || t.held_on")
        return t
    }()
}
