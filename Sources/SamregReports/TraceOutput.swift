import Foundation
import SamregCore
import SamregQuery
import SamregStore

/// The formats of `samreg trace`.
public enum TraceFormat: String, CaseIterable, Sendable {
    case table, json, md
}

/// Renders a matter's chain (`TraceQueries.trace`): an aligned table, JSON (case numbers as
/// objects with their organisation) or a Markdown document.
public enum TraceOutput {
    /// The table's columns: a record's further case numbers continue on the lines under it,
    /// one per line, so that no number is cut.
    public static let columns = ["date", "family", "party", "title", "organisation", "case_number"]

    public static func write(_ records: [TraceRecord], number: String, format: TraceFormat, to sink: OutputSink) throws {
        switch format {
        case .table:
            let writer = RowWriter(format: .table, columns: columns, sink: sink)
            for record in records {
                let numbers = record.caseNumbers.isEmpty ? [nil] : record.caseNumbers.map(Optional.some)
                for (i, ref) in numbers.enumerated() {
                    let head: [Cell] = i == 0
                        ? [record.date.map(Cell.text) ?? .null, .text(record.family), record.party.map(Cell.text) ?? .null, .text(record.title)]
                        : [.null, .null, .null, .null]
                    try writer.append(head + [ref.map { .text($0.organisation) } ?? .null, ref.map { .text($0.written) } ?? .null])
                }
            }
            try writer.finish()
        case .json:
            sink.write(json(records, number: number))
            try sink.finish()
        case .md:
            sink.write(MarkdownRenderer.render(report(records, number: number)))
            try sink.finish()
        }
    }

    static func json(_ records: [TraceRecord], number: String) -> String {
        var out = "{\n  \"number\": \(JSON.string(number)),\n  \"records\": ["
        for (i, r) in records.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            let numbers = r.caseNumbers.map { "{\"organisation\": \(JSON.string($0.organisation)), \"written\": \(JSON.string($0.written))}" }
            out += "    {\"date\": \(r.date.map(JSON.string) ?? "null"), \"family\": \(JSON.string(r.family)), \"id\": \(r.id), "
            out += "\"party\": \(r.party.map(JSON.string) ?? "null"), \"title\": \(JSON.string(r.title)), "
            out += "\"sealed\": \(r.sealed), \"case_numbers\": [\(numbers.joined(separator: ", "))]}"
        }
        out += records.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// The chain as a report of one table, in Swedish.
    public static func report(_ records: [TraceRecord], number: String) -> Report {
        let table = ReportTable(
            id: "arende", caption: "Ärendets gång",
            columns: [.init("datum", "Datum", .date), .init("typ", "Typ"), .init("part", "Organ/part"),
                      .init("arende", "Ärende"), .init("diarienummer", "Diarienummer")],
            rows: records.map { r in
                [r.date.map(Cell.text) ?? .null, .text(Families.named(r.family)?.traits.trace?.label ?? r.family), r.party.map(Cell.text) ?? .null,
                 .text(r.title), .text(r.caseNumberText)]
            })
        return Report(title: "Ärende \(number)", subtitle: "Alla diarienummer och beslut i ärendet",
                      sections: [Section(id: "arende", heading: "Ärendets gång", tables: [table])])
    }
}
