import SamregStore

/// The families as types for the generic commands, each with its example command lines: the
/// command line's wording for a family lives here, in the CLI module, beside the family's
/// definition in `Sources/SamregStore/Families/`.

enum OrgFamily: FamilyMarker {
    static var family: Family { Families.organisation }
    static let examples = ["samreg org add --code FHM --name Folkhälsomyndigheten --kind myndighet"]
}

enum BodyFamily: FamilyMarker {
    static var family: Family { Families.body }
    static let examples = ["samreg body add --kind rsg --name 'RSG Läkemedel' --short-name 'RSG Läkemedel' --host-region RÖ",
        "samreg body list --kind rpo --format csv"]
}

enum AliasFamily: FamilyMarker {
    static var family: Family { Families.alias }
    static let examples = ["samreg alias add --body SVN --alias Regionsjukvårdsnämnden"]
}

enum AreaFamily: FamilyMarker {
    static var family: Family { Families.area }
    static let examples = ["samreg area list"]
}

enum PersonFamily: FamilyMarker {
    static var family: Family { Families.person }
    static let examples = ["samreg person add --name 'Anna Andersson' --title Hälso- och sjukvårdsdirektör --organisation RKL"]
}

enum MembershipFamily: FamilyMarker {
    static var family: Family { Families.membership }
    static let examples = ["samreg membership add --person 1 --body SVN --role ordforande --region RKL --valid-from 2024-01-01",
        "samreg membership add --body SVN --role ordforande --region RKL --valid-from 2024-01-01 --valid-to 2024-12-31",
        "samreg membership list --body SVN --as-of 2024-06-30"]
}

enum MeetingFamily: FamilyMarker {
    static var family: Family { Families.meeting }
    static let examples = ["samreg meeting add --body SVN --date 2024-10-18 --place Linköping"]
}

enum DecisionFamily: FamilyMarker {
    static var family: Family { Families.decision }
    static let examples = ["samreg decision add --body SVN --date 2024-10-18 --paragraph '§ 51' --case-number 'RÖ 2024-6246' --kind yttrande --title 'Yttrande över reviderat riksavtal'",
        "samreg decision list --body SVN --year 2024 --format json"]
}

enum ReferenceFamily: FamilyMarker {
    static var family: Family { Families.reference }
    static let examples = ["samreg reference add --family remiss --record 1 --written 'RJL 2024/2313'"]
}

enum RemissFamily: FamilyMarker {
    static var family: Family { Families.remiss }
    static let examples = ["samreg remiss add --title 'Vårdförlopp sepsis' --sender SKR --received 2025-05-02 --deadline 2025-06-13 --category Kunskapsstyrning",
        "samreg remiss list --open --due-within 14",
        "samreg remiss respond 3 --scope sosr --approved-by SVN --approved 2024-10-18 --sent 2024-10-21"]
}

enum ResponseFamily: FamilyMarker {
    static var family: Family { Families.response }
    static let examples = ["samreg response add --remiss 1 --scope sosr --approved-by SVN --approved 2024-10-18 --sent 2024-10-21",
        "samreg remiss respond 1 --scope region --region RJL --kind avstar"]
}

enum PermitFamily: FamilyMarker {
    static var family: Family { Families.permit }
    static let examples = ["samreg permit add --care-area 'Svåra hudsymtom' --holder RÖ --unit 'Universitetssjukhuset i Linköping' --status i_drift --start 2024-07-01",
        "samreg permit list --status i_drift --format json"]
}

enum GoalFamily: FamilyMarker {
    static var family: Family { Families.goal }
    static let examples = ["samreg goal add --subject nhv_permits --holder RÖ --min 10 --max 12"]
}

enum WorkloadFamily: FamilyMarker {
    static var family: Family { Families.workload }
    static let examples = ["samreg workload add --specialty urologi --status beslutad --decided-by RSL --performing-region RÖ --decided 2024-03-15"]
}

enum FlowFamily: FamilyMarker {
    static var family: Family { Families.flow }
    static let examples = ["samreg flow add --year 2024 --performing RÖ --home RJL --drg-sum 10432.5"]
}

enum ContractFamily: FamilyMarker {
    static var family: Family { Families.contract }
    static let examples = ["samreg contract add --year 2024 --payer RJL --receiver RÖ --fixed-tkr 378026",
        "samreg contract add --year 2024 --payer RJL --receiver RÖ --basis utfall --variable-tkr 212400"]
}

enum PriceFamily: FamilyMarker {
    static var family: Family { Families.price }
    static let examples = ["samreg price add --year 2024 --drg-price-kr 86656 --invoiced-kr 30330"]
}

enum OutsideCareFamily: FamilyMarker {
    static var family: Family { Families.outsideCare }
    static let examples = ["samreg outside-care add --year 2024 --region RKL --kind planerad --cost-tkr 125000 --source 'Årsbokslut 2024, s. 12'"]
}

enum UniversityUnitFamily: FamilyMarker {
    static var family: Family { Families.universityUnit }
    static let examples = ["samreg usv add --name 'Hjärtcentrum' --region RÖ --area Kardiologi --designated 2024-03-01"]
}

enum AccessFamily: FamilyMarker {
    static var family: Family { Families.access }
    static let examples = ["samreg access add --year 2024 --home RJL --measure nybesok --count 5210 --within-90 4120"]
}

enum IndicatorFamily: FamilyMarker {
    static var family: Family { Families.indicator }
    static let examples = ["samreg indicator add --code vantetid-besok --name 'Väntetid till första besök inom 90 dagar' --promise tillganglig --value-kind share --direction hog --unit % --target 80"]
}

enum IndicatorValueFamily: FamilyMarker {
    static var family: Family { Families.indicatorValue }
    static let examples = ["samreg indicator-value add --indicator vantetid-besok --region RJL --period 2024 --value 74.6"]
}

enum IndicatorSetFamily: FamilyMarker {
    static var family: Family { Families.indicatorSet }
    static let examples = ["samreg indicator-set add --name 'Sjukvårdsregionala systemmått 2024' --valid-from 2024-01-01 --valid-to 2024-12-31"]
}

enum IndicatorSetMemberFamily: FamilyMarker {
    static var family: Family { Families.indicatorSetMember }
    static let examples = ["samreg indicator-set-member add --set 'Sjukvårdsregionala systemmått 2024' --indicator vantetid-besok --position 1 --promise tillganglig"]
}

enum AdoptionFamily: FamilyMarker {
    static var family: Family { Families.adoption }
    static let examples = ["samreg adoption add --recommendation 12 --region RJL --outcome antagen --reference '§ 83, RJL 2024/2313' --decided 2024-11-26"]
}

enum NarrativeFamily: FamilyMarker {
    static var family: Family { Families.narrative }
    static let examples = ["samreg narrative add --year 2024 --section ledning --text-file ledning.md"]
}
