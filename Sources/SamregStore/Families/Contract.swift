import GRDB
import SamregCore

extension Families {
    public static let contractParts: Vocabulary = ["vard": "Vård (fast del)", "samverkan": "Samverkan (fast del)"]

    public static let contractBases: Vocabulary = ["avtal", "utfall"]

    public static let contract = Family(
        name: "contract", table: "contract", noun: "contract figure",
        abstract: "The contract model's amounts per payer × receiver and year, in tkr: the agreement (avtal) and the outcome (utfall) side by side.",
        fields: [
            id,
            Field("year", .integer(min: 1990, max: 2100), required: true, help: "Year.",
                  swedish: "År."),
            Field("payer", column: "payer_id", .organisation, required: true, help: "Paying region (the patients' home region).",
                  swedish: "Regionen som betalar (patienternas hemregion)."),
            Field("receiver", column: "receiver_id", .organisation, required: true, help: "Receiving region (the performing region).",
                  swedish: "Regionen som får betalt (den som utför vården)."),
            Field("part", .vocabulary(contractParts), help: "vard (care under the regional agreement, default) or samverkan (fixed part for cooperation).",
                  swedish: "vard för vård enligt regionavtalet (om inget anges), samverkan för den fasta delen för samverkan."),
            Field("basis", .vocabulary(contractBases),
                  help: "avtal (what the agreement fixes, default) or utfall (the follow-up's outcome). Recording the outcome adds a figure of its own and never changes the agreement's; a figure's basis cannot be changed.",
                  swedish: "avtal för det som överenskommelsen fastställer (om inget anges), utfall för uppföljningens resultat. Utfallet registreras som en egen uppgift och ändrar aldrig avtalets; grunden kan inte ändras i efterhand."),
            Field("fixed_tkr", .real, help: "Fixed part, tkr (the outcome's fixed part may be left out: it is the agreed one).",
                  swedish: "Fast del i tkr (kan utelämnas för utfall: den är densamma som i avtalet)."),
            Field("variable_tkr", .real, help: "Variable part, tkr: the budget on an agreement figure, the outcome on an outcome figure.",
                  swedish: "Rörlig del i tkr: budgeten på en avtalsuppgift, utfallet på en utfallsuppgift."),
            Field("volume_drg", .real, help: "Volume in summed DRG weight: budgeted on an agreement figure; on an outcome figure it overrides the care flows' figure.",
                  swedish: "Volym i summerad DRG-vikt: budgeterad på en avtalsuppgift; på en utfallsuppgift ersätter den siffran från vårdflödena."),
            Field("withdrawn", column: "withdrawn_on", .date, help: "Day the figure was withdrawn (set by `end`).",
                  swedish: "Dag då uppgiften drogs tillbaka (sätts med Avsluta)."),
            note, source,
        ],
        filters: [
            Filter("year", .integer, sql: "t.year = ?", help: "Only this year.",
                  swedish: "Bara detta år."),
            Filter("payer", .organisation, sql: "t.payer_id = ?", help: "Paid by this region.",
                  swedish: "Betalas av denna region."),
            Filter("receiver", .organisation, sql: "t.receiver_id = ?", help: "Received by this region.",
                  swedish: "Tas emot av denna region."),
            Filter("basis", .vocabulary(contractBases), sql: "t.basis = ?", help: "Only the agreement (avtal) or only the outcome (utfall).",
                  swedish: "Bara avtalet (avtal) eller bara utfallet (utfall)."),
        ],
        endField: "withdrawn",
        tableFields: ["id", "year", "payer", "receiver", "part", "basis", "fixed_tkr", "variable_tkr", "volume_drg"],
        order: "t.year, t.part, t.payer_id, t.receiver_id, t.basis",
        naturalKey: ["year", "payer", "receiver", "part", "basis"], keyDefaults: ["part": "vard", "basis": "avtal"],
        traits: contractTraits)

    static let contractTraits: Family.Traits = {
        var t = Family.Traits()
        t.swedish = Family.Swedish(singular: "avtalsbelopp", plural: "Regionavtalet", path: "regionavtal",
                                   about: "Avtalsmodellens belopp per betalare, mottagare och år i tkr: avtal och utfall sida vid sida.")
        return t
    }()
}
