import SamregQuery
import SamregStore

/// Swedish labels for the registry's vocabulary codes, as reports show them: taken from the
/// vocabularies the families declare (SamregStore), plus the few that only reports have.
public enum Labels {
    public static let remissCategory = Families.remissCategories.labels
    public static let remissStatus = Families.remissStatuses.labels
    public static let permitStatus = Families.permitStatuses.labels
    public static let workloadStatus = Families.workloadStatuses.labels
    public static let decisionKind = Families.decisionKinds.labels
    public static let promise = Families.promises.labels
    public static let adoption = Families.adoptionOutcomes.labels
        .merging([RecommendationQueries.sealedOutcome: Confidentiality.mask]) { a, _ in a }
    public static let comparison = ["battre": "Bättre än riket", "samre": "Sämre än riket", "lika": "Som riket"]
    public static let contractPart = Families.contractParts.labels
    public static let outsideCareKind = Families.outsideCareKinds.labels
    public static let accessMeasure = Families.accessMeasures.labels

    /// The label of `code` in `table`, or the code itself.
    public static func of(_ code: String?, _ table: [String: String]) -> String {
        guard let code else { return "–" }
        return table[code] ?? code
    }
}
