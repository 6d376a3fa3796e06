import Foundation

/// Dates only as precise as the source gives them: a year `2024`, a month `2024-06` or a day
/// `2024-06-15`, stored as written. Text order is calendar order, and the first four
/// characters are the year.
///
/// Comparisons are conservative: a month or a year stands for every day in it, so it is
/// counted "as of D" only once its last day has come (`2024-06` is held as of 2024-06-30), and
/// two dates are out of order only when they certainly are, compared on the precision they
/// share (`2024` is not before `2024-03-01`; `2024-05` is before `2024-06-10`).
public enum PartialDate {
    public enum Precision: Sendable, Equatable { case year, month, day }

    /// The year, month and day of `text` (month and day nil where not given), or nil when it
    /// is not `YYYY`, `YYYY-MM` or a valid `YYYY-MM-DD`.
    public static func parse(_ text: String) -> (year: Int, month: Int?, day: Int?)? {
        let u = Array(text.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard u[i] >= 48, u[i] <= 57 else { return nil }
                n = n * 10 + Int(u[i] - 48)
            }
            return n
        }
        switch u.count {
        case 4:
            guard let y = digits(0..<4), y >= 1000 else { return nil }
            return (y, nil, nil)
        case 7:
            guard u[4] == UInt8(ascii: "-"), let y = digits(0..<4), let m = digits(5..<7), y >= 1000,
                  (1...12).contains(m) else { return nil }
            return (y, m, nil)
        default:
            guard let d = ISODate.parse(text) else { return nil }
            return (d.year, d.month, d.day)
        }
    }

    public static func isValid(_ text: String) -> Bool { parse(text) != nil }

    public static func precision(_ text: String) -> Precision? {
        guard let p = parse(text) else { return nil }
        return p.day != nil ? .day : p.month != nil ? .month : .year
    }

    /// The first day the date may mean: `2024` → `2024-01-01`, `2024-06` → `2024-06-01`.
    public static func firstDay(_ text: String) -> String? {
        guard let p = parse(text) else { return nil }
        return String(format: "%04d-%02d-%02d", p.year, p.month ?? 1, p.day ?? 1)
    }

    /// The last day the date may mean: `2024` → `2024-12-31`, `2024-02` → `2024-02-29`.
    public static func lastDay(_ text: String) -> String? {
        guard let p = parse(text) else { return nil }
        let month = p.month ?? 12
        return String(format: "%04d-%02d-%02d", p.year, month, p.day ?? ISODate.daysIn(month: month, year: p.year))
    }

    /// Whether `later` is certainly before `earlier` (they are out of order), compared on the
    /// precision both have.
    public static func isCertainlyBefore(_ later: String, _ earlier: String) -> Bool {
        let n = min(later.utf8.count, earlier.utf8.count)
        return later.utf8.prefix(n).lexicographicallyPrecedes(earlier.utf8.prefix(n))
    }

    /// SQL for the last day of the partial date in `expression` (the day a fact dated with it
    /// counts from, as of a day).
    public static func lastDaySQL(_ expression: String) -> String {
        "(CASE length(\(expression)) WHEN 4 THEN \(expression) || '-12-31' WHEN 7 THEN date(\(expression) || '-01', '+1 month', '-1 day') ELSE \(expression) END)"
    }

    /// SQL for the first day of the partial date in `expression`.
    public static func firstDaySQL(_ expression: String) -> String {
        "substr(\(expression) || '-01-01', 1, 10)"
    }

    /// SQL that is true when the partial date in `expression` lies within the days `from` and
    /// `to` (SQL expressions for ISO dates): a day inside, or a month or year wholly inside.
    public static func withinSQL(_ expression: String, from: String, to: String) -> String {
        "(\(firstDaySQL(expression)) >= \(from) AND \(lastDaySQL(expression)) <= \(to))"
    }
}
