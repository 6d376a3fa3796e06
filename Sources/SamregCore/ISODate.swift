/// Calendar dates as the registry stores them: ISO 8601 `YYYY-MM-DD` text.
///
/// `ISODate.validate("2025-02-30")` fails: the day does not exist. Only the exact
/// ten-character form is accepted, so what is stored sorts and compares as text.
public enum ISODate {
    /// Returns `text` if it is a real calendar date written `YYYY-MM-DD`, else nil.
    public static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard u[i] >= 48, u[i] <= 57 else { return nil }
                n = n * 10 + Int(u[i] - 48)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              y >= 1000, (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        return (y, m, d)
    }

    public static func isValid(_ text: String) -> Bool { parse(text) != nil }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a valid ISO date (proleptic Gregorian).
    public static func dayNumber(_ text: String) -> Int? {
        guard let (y0, m, d) = parse(text) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The ISO date of a day number (inverse of `dayNumber`).
    public static func from(dayNumber z0: Int) -> String {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// Today's date in UTC, or `SAMREG_TODAY` when set (tests and reports "as of" a day). A set
    /// but invalid `SAMREG_TODAY` is an error, never silently replaced by the clock.
    public static func today(environment: [String: String]) throws -> String {
        if let fixed = environment["SAMREG_TODAY"] {
            guard isValid(fixed) else {
                throw SamregError("SAMREG_TODAY: '\(fixed)' is not a valid date (YYYY-MM-DD, a day that exists); unset it to use today's date")
            }
            return fixed
        }
        let seconds = Int(time(nil))
        return from(dayNumber: seconds / 86400)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
