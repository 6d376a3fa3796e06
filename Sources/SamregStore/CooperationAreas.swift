/// Which samarbetsområde a record belongs to: the one place that says so.
///
/// The 2024 agreement (000_1b6127ee32d5d371.txt:110–125 and the parts that follow) names six
/// areas; the annual summary reports the year's results inside them. Whole families belong to
/// one area by the agreement's structure: coordinated remiss answers are its example of
/// Effektiva processer (000:455–457), workload division is Långsiktig och hållbar
/// arbetsfördelning (000:387–436). A decision belongs to the area it is filed under
/// (`decision add --area processer`, migration 0014) or else to the area of the remiss
/// or workload decision it concerns. Högspecialiserad vård and Universitetssjukvård have
/// sections of their own in the summary and belong to no area.
public enum CooperationAreas {
    /// The six areas' codes, in the agreement's order (the `area` family's vocabulary).
    public static var areas: Vocabulary { Families.cooperationAreas }

    /// The area of family `family`'s records, when the whole family belongs to one
    /// (`Family.Traits.area`, in the family's file).
    public static func area(ofFamily family: String) -> String? { Families.named(family)?.traits.area }

    /// The SQL for the area of decision `alias`: its own, else that of the record it concerns.
    public static func decisionAreaSQL(alias: String) -> String {
        var cases: [String] = []
        for (column, family) in [("remiss_id", Families.remiss), ("workload_id", Families.workload)] {
            if let a = family.traits.area { cases.append("WHEN \(alias).\(column) IS NOT NULL THEN '\(a)'") }
        }
        return "ifnull(\(alias).area, CASE \(cases.joined(separator: " ")) END)"
    }
}
