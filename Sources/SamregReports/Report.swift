import SamregCore

/// A report as data: sections of paragraphs, tables, charts and narrative, rendered to
/// Markdown, HTML, CSV or JSON by the renderers. Values keep their raw numbers; how they are
/// shown in Swedish is decided by each column's `Style`.
public struct Report: Sendable {
    public var title: String
    public var subtitle: String
    /// What the report was made from and when ("Uttag 2025-06-17 ur samreg").
    public var meta: [(String, String)]
    public var sections: [Section]

    public init(title: String, subtitle: String = "", meta: [(String, String)] = [], sections: [Section] = []) {
        self.title = title
        self.subtitle = subtitle
        self.meta = meta
        self.sections = sections
    }
}

public struct Section: Sendable {
    /// A stable machine name (JSON/CSV), e.g. `remisser`.
    public var id: String
    public var heading: String
    public var paragraphs: [String] = []
    public var tables: [ReportTable] = []
    public var charts: [Chart] = []
    /// Markdown written by the secretary for this section and year.
    public var narrative: String?
    /// Sub-sections (the six samarbetsområden).
    public var subsections: [Section] = []

    public init(id: String, heading: String, paragraphs: [String] = [], tables: [ReportTable] = [],
                charts: [Chart] = [], narrative: String? = nil, subsections: [Section] = []) {
        self.id = id
        self.heading = heading
        self.paragraphs = paragraphs
        self.tables = tables
        self.charts = charts
        self.narrative = narrative
        self.subsections = subsections
    }

    /// True when the section has no figures and no text of its own.
    public var isEmpty: Bool {
        tables.allSatisfy { $0.rows.isEmpty } && charts.isEmpty && narrative == nil && subsections.allSatisfy(\.isEmpty)
    }
}

public struct ReportTable: Sendable {
    public enum Style: String, Sendable {
        case text, date, integer, decimal1, decimal2, percent, tkr, kronor
        /// A share 0–1 in whole per cent (`0.746` → `75 %`), as the annual summary publishes it.
        case percentWhole
        /// An amount in mnkr with one decimal (`378.026` → `378,0`).
        case mnkr
        /// A value already in per cent, in whole per cent: `74.3` → `74 %`.
        case perCentWhole
        /// A number with the decimals it was recorded with: `3.45` → `3,45`, `1018` → `1 018`.
        case asRecorded
    }

    public struct Column: Sendable {
        public let key: String
        public let heading: String
        public let style: Style
        public init(_ key: String, _ heading: String, _ style: Style = .text) {
            self.key = key
            self.heading = heading
            self.style = style
        }
    }

    public var id: String
    public var caption: String
    public var columns: [Column]
    public var rows: [[Cell]]
    /// Rows that sum the ones above (shown bold; kept apart in JSON).
    public var totals: [[Cell]] = []
    /// What an empty table says instead.
    public var emptyText: String = "Inga uppgifter registrerade."
    /// Per row, a style that replaces the numeric columns' style (rows of one table that
    /// hold shares, rates and counts); empty or nil for the columns' own.
    public var rowStyles: [Style?] = []

    /// The style of the cell at `row`, `column` of `rows`.
    public func style(row: Int, column: Int) -> Style {
        let own = columns[column].style
        guard row < rowStyles.count, let override = rowStyles[row], own != .text, own != .date else { return own }
        return override
    }

    public init(id: String, caption: String, columns: [Column], rows: [[Cell]] = [], totals: [[Cell]] = [],
                emptyText: String = "Inga uppgifter registrerade.") {
        self.id = id
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.totals = totals
        self.emptyText = emptyText
    }

    /// A cell as Swedish readers see it.
    public static func display(_ cell: Cell, style: Style) -> String {
        if cell.isNull { return "–" }
        switch style {
        case .text, .date: return cell.plain
        case .integer: return cell.int.map(SwedishFormat.integer) ?? cell.double.map { SwedishFormat.decimal($0, decimals: 0) } ?? cell.plain
        case .decimal1: return cell.double.map { SwedishFormat.decimal($0, decimals: 1) } ?? cell.plain
        case .decimal2: return cell.double.map { SwedishFormat.decimal($0, decimals: 2) } ?? cell.plain
        case .percent: return cell.double.map { SwedishFormat.percent($0) } ?? cell.plain
        case .percentWhole: return cell.double.map { SwedishFormat.percent($0, decimals: 0) } ?? cell.plain
        case .mnkr: return cell.double.map { SwedishFormat.decimal($0, decimals: 1) } ?? cell.plain
        case .tkr: return cell.double.map { SwedishFormat.decimal($0, decimals: 0) } ?? cell.plain
        case .kronor: return cell.double.map(SwedishFormat.kronor) ?? cell.plain
        case .perCentWhole: return cell.double.map { SwedishFormat.perCent($0, decimals: 0) } ?? cell.plain
        case .asRecorded: return cell.double.map(SwedishFormat.asRecorded) ?? cell.plain
        }
    }

    public var isNumeric: [Bool] { columns.map { $0.style != .text && $0.style != .date } }
}

/// A chart drawn as inline SVG in HTML (and left out of the other formats, whose tables
/// carry the same numbers).
public struct Chart: Sendable {
    public enum Kind: Sendable { case line, bars }
    public struct Series: Sendable {
        public let name: String
        public let values: [Double?]
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    public var kind: Kind
    public var title: String
    /// Category labels along the x axis (years, indicators …).
    public var labels: [String]
    public var series: [Series]
    public var unit: String
    /// A horizontal band to draw (e.g. the permit goal 10–12).
    public var band: (low: Double, high: Double, label: String)?

    public init(kind: Kind, title: String, labels: [String], series: [Series], unit: String = "",
                band: (low: Double, high: Double, label: String)? = nil) {
        self.kind = kind
        self.title = title
        self.labels = labels
        self.series = series
        self.unit = unit
        self.band = band
    }
}
