/// Swedish names of the fields and filters, by the field's name (the same name in every
/// family: `received`, `deadline`, `case_number` …): the web's labels and the Swedish text of
/// `FieldError`s ("Svar senast (2024-01-10) kan inte vara före inkommen (2024-02-01).").
public enum SwedishNames {
    public static let fields: [String: String] = [
        "id": "Nummer", "name": "Namn", "short_name": "Kortnamn", "code": "Kod", "kind": "Slag", "title": "Titel",
        "status": "Status", "note": "Anteckning", "source": "Källa", "confidential": "Sekretess", "year": "År",
        "region": "Region", "body": "Organ", "unit": "Enhet", "remiss": "Remiss", "decision": "Beslut",
        "decided": "Beslutsdag", "valid_from": "Gäller från", "valid_to": "Gäller till", "text": "Text", "scope": "Omfattning",
        "promise": "Patientlöfte", "position": "Plats", "parent": "Överordnad", "indicator": "Indikator", "home": "Hemregion",
        "holder": "Tillståndshavare", "ended": "Avslutad", "date": "Datum", "case_number": "Diarienummer", "basis": "Grund",
        "area": "Samarbetsområde", "written": "Skriven", "workload": "Arbetsfördelning", "value": "Värde",
        "value_kind": "Värdeslag", "target": "Målvärde", "target_text": "Mål (text)", "subject": "Ämne", "start": "Start",
        "specialty": "Specialitet", "sosr_party": "Part i SÖSR", "set": "Uppsättning", "sent": "Skickad",
        "sending_unit": "Remitterande enhet", "sending_region": "Remitterande region", "sender_ref": "Avsändarens diarienummer",
        "sender": "Avsändare", "section": "Avsnitt", "role": "Roll", "revoked": "Upphävd", "responsible": "Handläggare",
        "reference": "Referens", "record": "Post", "recommendation": "Rekommendation", "recipients": "Mottagare",
        "receiver": "Mottagare", "received": "Inkommen", "protocol_approved": "Protokollet justerat", "preparing": "Beredande organ",
        "place": "Plats", "person_name": "Personens namn", "person": "Person", "permit": "Tillstånd", "period": "Period",
        "periodicity": "Periodicitet", "performing_unit": "Utförande enhet", "performing_region": "Utförande region",
        "performing": "Utförande", "payer": "Betalare", "patient_group": "Patientgrupp", "part": "Del",
        "paragraph": "Paragraf", "outcome": "Utfall", "organisation": "Organisation", "ordinal": "Ordningsnummer",
        "missing": "Saknas", "min": "Minst", "max": "Högst", "members": "Ledamöter", "meeting": "Sammanträde",
        "measure": "Mått", "joint": "Gemensamt svar", "invoiced_kr": "Fakturerat (kr)", "indicator_name": "Indikatorns namn",
        "index_pct": "Index (%)", "hosted_by_sosr": "Värd i SÖSR", "host_region": "Värdregion", "followup": "Uppföljning",
        "fixed_tkr": "Fast del (tkr)", "fixed_share_pct": "Fast andel (%)", "final": "Slutligt", "family": "Postslag",
        "end": "Slut", "effective": "Gäller från", "drg_sum": "DRG-summa", "drg_price_kr": "DRG-pris (kr)",
        "direction": "Riktning", "designated": "Utsedd", "decided_by": "Beslutat av", "deadline": "Svar senast",
        "counterpart": "Motpart", "count": "Antal", "cost_tkr": "Kostnad (tkr)", "consequence_analysis": "Konsekvensanalys",
        "closed": "Stängd", "category": "Kategori", "cases": "Fall", "care_area": "Vårdområde", "cancelled": "Inställt",
        "approved_by": "Godkänt av", "approved": "Godkänt", "applied": "Ansökt", "answered": "Besvarad",
        "aliases": "Andra namn", "alias": "Annat namn", "withdrawn": "Återkallad", "volume_drg": "Volym (DRG)",
        "variable_tkr": "Rörlig del (tkr)", "variable_share_pct": "Rörlig andel (%)",
        // Filters.
        "active": "Aktiva", "due-after": "Svar senast efter", "due-before": "Svar senast före", "due-within": "Svar inom (dagar)",
        "from": "Från", "to": "Till", "open": "Öppna",
    ]

    /// `Inkommen` for `received`; a name missing here is given as it is.
    public static func field(_ name: String) -> String {
        fields[name] ?? name
    }

    /// The name in running text: `inkommen`, `svar senast` (lower case unless it begins
    /// with an abbreviation such as `DRG-summa`).
    public static func inText(_ name: String) -> String {
        let shown = field(name)
        guard let first = shown.first, shown.dropFirst().first?.isLowercase ?? true else { return shown }
        return first.lowercased() + shown.dropFirst()
    }
}
