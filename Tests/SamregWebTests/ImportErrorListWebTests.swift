import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import SamregStore
@testable import SamregWeb
import Testing

/// Import by upload (issue 12): a file with several bad rows lists every one, in Swedish with
/// its file:line:column, under how many there are; nothing is imported.
@Suite struct ImportErrorListWebTests {
    static func errorItems(in html: String) -> [String] {
        guard let start = html.range(of: "id=\"import-errors\""),
              let end = html.range(of: "</ul>", range: start.upperBound..<html.endIndex) else { return [] }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "<li>").dropFirst().map {
            $0.replacingOccurrences(of: "</li>", with: "")
        }
    }

    @Test func everyBadRowOfAnUploadIsListedAndNothingIsImported() async throws {
        let fixture = try WebFixture()
        let before = try fixture.count("remiss")
        let audit = try fixture.registry().read { db in try Int.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM audit") ?? 0 }
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            let csv = """
                title,sender,category,received,deadline
                Ett,SKR,nhv,2025-06-01,2025-07-01
                Två,SKR,nhv,2025-02-30,2025-07-01
                Tre,Okänd avsändare,nhv,2025-06-01,2025-07-01
                Fyra,SKR,nhv
                Fem,SKR,nhv,2025-06-01,2025-05-01
                Sex,SKR,nhv,2025-06-01,2025-07-01

                """
            let bad = try await WebToolTests.upload(client, &browser, family: "remiss", filename: "remisser.csv", csv)
            #expect(bad.status == .unprocessableContent)
            let items = Self.errorItems(in: bad.text)
            #expect(items.count == 4, "\(bad.text)")
            let places = ["remisser.csv:3:4: ", "remisser.csv:4:2: ", "remisser.csv:5:4: ", "remisser.csv:6:5: "]
            for (item, place) in zip(items, places) {
                #expect(item.hasPrefix(HTML.esc(place)), "\(item)")
            }
            #expect(items.first == HTML.esc("remisser.csv:3:4: ”2025-02-30” är inget giltigt datum. Ange ett datum som ÅÅÅÅ-MM-DD (en dag som finns)."), "\(items)")
            #expect(items[safe: 2] == HTML.esc("remisser.csv:5:4: Raden har 3 fält men rubrikraden 5."), "\(items)")
            // In Swedish, not the command line's English; the server's temporary path is not shown.
            #expect(!bad.text.contains("is not a valid date") && !bad.text.contains("unknown organisation") && !bad.text.contains("is before"))
            #expect(!bad.text.contains("/tmp"))
            #expect(bad.text.contains("<p id=\"import-summary\">" + HTML.esc("4 fel; ingenting importerades.") + "</p>"), "\(bad.text)")
        }
        #expect(try fixture.count("remiss") == before)
        #expect(try fixture.registry().read { db in try Int.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM audit") ?? 0 } == audit)
    }

    /// A file the import cannot read as rows (a header, a quote, the format) is refused in Swedish too.
    @Test func aFileThatCannotBeReadAsRowsIsRefusedInSwedish() async throws {
        let fixture = try WebFixture()
        let before = try fixture.count("remiss")
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            let cases: [(String, String, String)] = [
                ("title,sändare,category\nEtt,SKR,nhv\n", "remisser.csv:1:2: Okänd kolumn ”sändare”. Kolumnerna för Remisser är: id, title,", "unknown column"),
                ("title,title\nEtt,Två\n", "remisser.csv:1:2: Kolumnen ”title” finns två gånger i rubrikraden.", "appears twice"),
                ("title,sender\n\"Ett,SKR\n", "remisser.csv:2:1: Ett citattecken stängs aldrig", "unbalanced quote"),
            ]
            for (csv, swedish, english) in cases {
                let refused = try await WebToolTests.upload(client, &browser, family: "remiss", filename: "remisser.csv", csv)
                let items = Self.errorItems(in: refused.text)
                #expect(items.first?.hasPrefix(HTML.esc(swedish)) == true, "\(items) for \(csv.debugDescription)")
                #expect(!refused.text.contains(english), "\(english) in \(refused.text)")
            }
        }
        #expect(try fixture.count("remiss") == before)
    }

    @Test func theListIsCappedAtTheImportLimitAndSaysSo() async throws {
        let fixture = try WebFixture()
        let before = try fixture.count("remiss")
        try await fixture.test { client in
            var browser = try await Browser.login(client, "registrator")
            var csv = "title,sender,category,received,deadline\n"
            for i in 1...(Web.importMaxErrors + 5) { csv += "Rad \(i),SKR,nhv,2025-02-30,2025-07-01\n" }
            let bad = try await WebToolTests.upload(client, &browser, family: "remiss", filename: "manga.csv", csv)
            #expect(bad.status == .unprocessableContent)
            #expect(Self.errorItems(in: bad.text).count == Web.importMaxErrors)
            #expect(bad.text.contains(HTML.esc("\(Web.importMaxErrors) fel; ingenting importerades (visar de första \(Web.importMaxErrors); resten av filen lästes inte).")), "\(bad.text.suffix(3000))")
        }
        #expect(try fixture.count("remiss") == before)
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
