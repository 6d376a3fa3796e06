import Foundation

/// A closed list of words a field may hold: each word's code (what the database stores and the
/// schema's CHECK allows) and its Swedish label (what reports print). Declared once, in the
/// family definitions; reports take their labels from it and input accepts either form.
public struct Vocabulary: Sendable, Equatable, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public struct Word: Sendable, Equatable {
        public let code: String
        public let label: String
    }

    public let words: [Word]

    /// Words with labels, in order: `["oppen": "Öppen", "forsenad": "Försenad"]`.
    public init(dictionaryLiteral elements: (String, String)...) {
        words = elements.map { Word(code: $0.0, label: $0.1) }
    }

    /// Words that are their own label (technical codes such as `sosr`, `share`).
    public init(arrayLiteral elements: String...) {
        words = elements.map { Word(code: $0, label: $0) }
    }

    public init(words: [Word]) {
        self.words = words
    }

    /// The words of both, in order.
    public static func + (a: Vocabulary, b: Vocabulary) -> Vocabulary {
        Vocabulary(words: a.words + b.words)
    }

    public var codes: [String] { words.map(\.code) }

    /// Code → label, for reports.
    public var labels: [String: String] {
        Dictionary(words.map { ($0.code, $0.label) }, uniquingKeysWith: { a, _ in a })
    }

    /// The label of `code`, or the code itself when it is not in the vocabulary.
    public func label(of code: String) -> String {
        words.first { $0.code == code }?.label ?? code
    }

    /// `text` as users may write it, compared without case, accents (å, ä, ö) and the
    /// difference between `_`, `-` and a space: `I drift`, `i_drift` and `I-DRIFT` are one.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The code that `text` names, written as its code or as its label, or nil.
    public func code(for text: String) -> String? {
        if let word = words.first(where: { $0.code == text }) { return word.code }
        let key = Vocabulary.fold(text)
        if let word = words.first(where: { Vocabulary.fold($0.code) == key }) { return word.code }
        return words.first { Vocabulary.fold($0.label) == key }?.code
    }

    /// The word closest to `text` by edit distance over codes and labels, when close enough
    /// to be a likely misspelling.
    public func closest(to text: String) -> Word? {
        let key = Vocabulary.fold(text)
        guard !key.isEmpty else { return nil }
        var best: (word: Word, distance: Int)?
        for word in words {
            for form in [word.code, word.label] {
                let d = Vocabulary.distance(key, Vocabulary.fold(form))
                if best == nil || d < best!.distance { best = (word, d) }
            }
        }
        guard let best, best.distance <= max(2, key.count / 3) else { return nil }
        return best.word
    }

    /// The one-line complaint about `text`: the valid codes and, for a likely misspelling,
    /// `did you mean 'i_drift' (I drift)?`.
    public func rejection(of text: String) -> String {
        var message = "is not one of: \(codes.joined(separator: ", "))"
        if let word = closest(to: text) {
            message += "; did you mean '\(word.code)'" + (word.label == word.code ? "" : " (\(word.label))") + "?"
        }
        return message
    }

    /// The complaint in Swedish, for the web: `finns inte bland valen (Öppen, Försenad …);
    /// menade du ”Försenad”?`. The labels are what users see, so they are what it lists.
    public func swedishRejection(of text: String) -> String {
        var message = "finns inte bland valen: \(words.map(\.label).joined(separator: ", "))."
        if let word = closest(to: text) {
            message += " Menade du ”\(word.label)”?"
        }
        return message
    }

    /// Levenshtein distance between two strings, by characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
