import SamregQuery
import SamregStore

/// Swedish labels for the registry's vocabulary codes, as reports show them.
public enum Labels {
    public static let remissCategory = ["kunskapsstyrning": "Kunskapsstyrning", "nhv": "Nationell högspecialiserad vård",
                                        "myndighet": "Myndighet/departement"]
    public static let remissStatus = ["oppen": "Öppen", "forsenad": "Försenad", "besvarad": "Besvarad",
                                      "avstar": "Avstår", "stangd": "Stängd"]
    public static let permitStatus = ["forberedelse": "Under förberedelse", "ansokt": "Ansökt", "beviljat": "Beviljat",
                                      "avslaget": "Avslaget", "i_drift": "I drift", "avslutat": "Avslutat"]
    public static let workloadStatus = ["utredning": "Under utredning", "beslutad": "Beslutad", "inford": "Införd",
                                        "uppfoljd": "Uppföljd", "avslutad": "Avslutad"]
    public static let decisionKind = ["beslut": "Beslut", "yttrande": "Yttrande", "information": "Information",
                                      "aterrapportering": "Återrapportering", "uppdrag": "Uppdrag",
                                      "delegationsbeslut": "Delegationsbeslut", "rekommendation": "Rekommendation"]
    public static let promise = ["forebyggande": "Förebyggande och hälsofrämjande", "jamlik": "Jämlik vård",
                                 "kostnadseffektiv": "Kostnadseffektiv vård", "delaktighet": "Patientdelaktighet",
                                 "tillganglig": "Tillgänglig vård", "saker": "Säker vård"]
    public static let adoption = ["antagen": "Antagen", "pagaende": "Pågående", "avslagen": "Avslagen",
                                  RecommendationQueries.sealedOutcome: Confidentiality.mask]
    public static let comparison = ["battre": "Bättre än riket", "samre": "Sämre än riket", "lika": "Som riket"]
    public static let contractPart = ["vard": "Vård (fast del)", "samverkan": "Samverkan (fast del)"]
    public static let outsideCareKind = ["akut": "Akut", "planerad": "Planerad", "primarvard": "Primärvård"]
    public static let accessMeasure = ["nybesok": "Första besök", "behandling": "Behandling"]

    /// The label of `code` in `table`, or the code itself.
    public static func of(_ code: String?, _ table: [String: String]) -> String {
        guard let code else { return "–" }
        return table[code] ?? code
    }
}
