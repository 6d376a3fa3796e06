import SamregCore

/// The unit in which a report shows amounts: tkr as recorded, or mnkr as Samverkansnämnden's
/// annual summary publishes them.
public enum AmountUnit: String, CaseIterable, Sendable {
    case tkr, mnkr
}

/// How a report shows its figures. The annual summary publishes amounts in mnkr, shares in
/// whole per cent and DRG volumes in whole points (`published`); the analysts' reports keep
/// tkr and decimals (`analysts`). The unit can be chosen apart (`samreg report … --unit`).
public struct Presentation: Sendable, Equatable {
    public var unit: AmountUnit
    public var wholeNumbers: Bool

    public init(unit: AmountUnit, wholeNumbers: Bool) {
        self.unit = unit
        self.wholeNumbers = wholeNumbers
    }

    public static let published = Presentation(unit: .mnkr, wholeNumbers: true)
    public static let analysts = Presentation(unit: .tkr, wholeNumbers: false)

    /// This presentation with `unit` instead, when given.
    public func with(unit: AmountUnit?) -> Presentation {
        Presentation(unit: unit ?? self.unit, wholeNumbers: wholeNumbers)
    }

    /// An amount recorded in tkr, in the chosen unit.
    public func amount(_ tkr: Double?) -> Cell {
        guard let tkr else { return .null }
        return .real(unit == .mnkr ? tkr / 1000 : tkr)
    }

    public var amountStyle: ReportTable.Style { unit == .mnkr ? .mnkr : .tkr }
    public var shareStyle: ReportTable.Style { wholeNumbers ? .percentWhole : .percent }
    public var volumeStyle: ReportTable.Style { wholeNumbers ? .integer : .decimal1 }
    /// `tkr` or `mnkr`, for captions.
    public var unitName: String { unit.rawValue }
}
