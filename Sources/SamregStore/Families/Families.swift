import GRDB
import SamregCore

/// The registry's record families: each table users record into, described once. The
/// command line, import/export, listing and validation are all derived from these.
public enum Families {
    public static let all: [Family] = [
        organisation, body, alias, area, person, membership, meeting, decision, reference,
        remiss, response, permit, goal, workload, flow, contract, price, outsideCare, universityUnit, access,
        indicator, indicatorValue, indicatorSet, indicatorSetMember, adoption, narrative,
    ]

    /// The family called `name` (as on the command line: `remiss`, `indicator-value` …).
    public static func named(_ name: String) -> Family? {
        all.first { $0.name == name }
    }

    // MARK: Shared fields

    static let id = Field("id", .id, help: "The record's number in the registry.",
                          swedish: "Postens nummer i registret.")
    static let note = Field("note", .text, help: "A free note.", swedish: "En fri anteckning.")
    static let source = Field("source", .text, help: "Where the fact comes from (document and line).",
                              swedish: "Var uppgiften kommer ifrån (handling och rad).")
    static let confidential = Field("confidential", .flag,
        help: "Sekretess: only the registration (dates, case number, sender) is shown, and the record and those linked to it are left out of exports, reports and search, unless --include-confidential is given.",
        swedish: "Sekretess: bara registreringen (datum, diarienummer, avsändare) visas, och posten och det som hör till den hålls utanför export, rapporter och sökning.")
    static func validFrom(_ help: String = "First day of validity.", swedish: String = "Första dag som posten gäller.") -> Field {
        Field("valid_from", .date, help: help, swedish: swedish)
    }
    static func validTo(_ help: String = "Last day of validity (set by `end`).",
                        swedish: String = "Sista dag som posten gäller (sätts med Avsluta).") -> Field {
        Field("valid_to", .date, help: help, swedish: swedish)
    }
    static func caseNumber(_ help: String = "Case number (diarienummer) as written, e.g. 'RÖ 2024-6246'.",
                           swedish: String = "Diarienummer så som det är skrivet, t.ex. RÖ 2024-6246.", unique: Bool = true) -> Field {
        Field("case_number", .caseNumber(issuer: "case_issuer", year: "case_year", serial: "case_serial"),
              unique: unique, help: help, swedish: swedish)
    }
    static func bodyName(_ column: String) -> Field {
        Field("\(column)_name", .derived,
              select: "(SELECT \(bodyNameAsOfSQL("b.id", current: "b.name")) FROM body b WHERE b.id = t.\(column)_id)", help: "The body's name.",
              swedish: "Organets namn.")
    }
}
