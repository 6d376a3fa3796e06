import Foundation

/// Numbers, amounts and percentages as Swedish readers expect them: `1 018`, `74,6 %`,
/// `86 656 kr`, a space between thousands and a decimal comma. Negative numbers use a minus
/// sign (−). Nothing here depends on the machine's locale.
public enum SwedishFormat {
    /// `1018` → `1 018`; `-1018` → `−1 018`.
    public static func integer(_ n: Int64) -> String {
        grouped(digits: Array(String(n.magnitude).utf8), negative: n < 0)
    }

    /// ASCII digits with a space between thousands, and a minus sign when negative.
    private static func grouped(digits: [UInt8], negative: Bool) -> String {
        var out: [UInt8] = negative ? Array("−".utf8) : []
        out.reserveCapacity(out.count + digits.count + digits.count / 3)
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(UInt8(ascii: " ")) }
            out.append(digit)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `74.6` with one decimal → `74,6`; `86656` with none → `86 656`. Any stored value renders:
    /// a value that is not a finite number is shown as a dash, and one beyond what fits a
    /// 64-bit integer is written out whole (no trap).
    public static func decimal(_ x: Double, decimals: Int) -> String {
        guard x.isFinite else { return "–" }
        let decimals = min(max(decimals, 0), 6)
        let scale = pow(10.0, Double(decimals))
        let scaled = (x * scale).rounded()
        guard scaled.isFinite, let _ = Int64(exactly: scaled.magnitude.rounded(.towardZero)) else {
            // Too large for the exact path: the whole part, rounded, in plain digits.
            let digits = Array(String(format: "%.0f", x.magnitude.rounded()).utf8)
            return grouped(digits: digits, negative: x < 0)
        }
        let rounded = scaled / scale
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = Int64(magnitude.rounded(.towardZero))
        var out = integer(whole)
        if decimals > 0 {
            let fraction = Int64(((magnitude - Double(whole)) * scale).rounded())
            var f = String(fraction)
            f = String(repeating: "0", count: max(0, decimals - f.count)) + f
            out += "," + f
        }
        return negative && magnitude > 0 ? "−" + out : out
    }

    /// A share 0–1 as a percentage: `0.746` → `74,6 %`.
    public static func percent(_ share: Double, decimals: Int = 1) -> String {
        decimal(share * 100, decimals: decimals) + " %"
    }

    /// A value already in per cent: `74.6` → `74,6 %`.
    public static func perCent(_ value: Double, decimals: Int = 1) -> String {
        decimal(value, decimals: decimals) + " %"
    }

    /// A number with the decimals it has (at most six): `3.45` → `3,45`, `1018` → `1 018`,
    /// `-9` → `−9`.
    public static func asRecorded(_ x: Double) -> String {
        var decimals = 0
        while decimals < 6 {
            let scale = pow(10.0, Double(decimals))
            if ((x * scale).rounded() / scale) == x { break }
            decimals += 1
        }
        return decimal(x, decimals: decimals)
    }

    /// `86656` → `86 656 kr`.
    public static func kronor(_ x: Double) -> String { decimal(x, decimals: 0) + " kr" }

    /// `378026` → `378 026 tkr`.
    public static func tkr(_ x: Double) -> String { decimal(x, decimals: 0) + " tkr" }
}
