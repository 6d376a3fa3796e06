import SamregStore

/// Swedish names for the fields and filters the pages show, by the field's name (the same
/// name in every family: `received`, `deadline`, `case_number` …), from `SwedishNames` in the
/// store, whose Swedish field errors name fields the same way. A name missing there is
/// shown as it is; the field's name (the CSV column, the command-line option) follows in
/// parentheses, so a label never hides what the column is called.
enum WebLabels {
    /// The Swedish names live with the fields (`SwedishNames`), where store messages use them too.
    static let names: [String: String] = SwedishNames.fields

    /// `Inkommen (received)`, or the name alone.
    static func label(_ name: String) -> String {
        names[name].map { "\($0) (\(name))" } ?? name
    }
}
