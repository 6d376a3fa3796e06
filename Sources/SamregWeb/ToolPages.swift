import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import SamregCore
import SamregQuery
import SamregReports
import SamregStore

/// Reports, export and import, and the analysts' SQL page.
extension Web {
    /// A report of `samreg report NAME`: its parameters and how it is built from the same
    /// SamregQuery/SamregReports functions the command calls.
    struct ReportKind: Sendable {
        let name: String
        let title: String
        /// Parameter names with their Swedish labels and hints.
        let parameters: [(name: String, label: String, hint: String)]
        let build: @Sendable (Database, String, [String: String]) throws -> Report
    }

    static let reportKinds: [ReportKind] = [
        ReportKind(name: "annual", title: "Årlig uppföljning",
                   parameters: [("year", "År", "t.ex. 2024 (obligatoriskt)"), ("unit", "Enhet", "mnkr eller tkr")]) { db, today, p in
            guard let year = p["year"].flatMap(Int.init), (1990...2100).contains(year) else {
                throw SamregError("year: give a year between 1990 and 2100")
            }
            let unit = try Web.unit(p["unit"], default: .mnkr)
            return try AnnualReport.build(db, year: year, asOf: today, includeConfidential: false, unit: unit)
        },
        ReportKind(name: "remisser", title: "Remisser",
                   parameters: [("from", "Från", "ÅÅÅÅ-MM-DD (standard 1 januari i år)"), ("to", "Till", "ÅÅÅÅ-MM-DD (standard i dag)")]) { db, today, p in
            let from = try Web.date(p["from"], "from") ?? String(today.prefix(4)) + "-01-01"
            let to = try Web.date(p["to"], "to") ?? today
            if to < from { throw SamregError("to \(to) is before from \(from)") }
            let period = Period(from: from, to: to)
            let sections = try FollowUpReports.remissSections(db, period: period, asOf: today, publicOnly: true)
            return Report(title: "Remisser", subtitle: "Uppföljning per \(today)", meta: [("Period", "\(period.from) – \(period.to)")],
                          sections: sections)
        },
        ReportKind(name: "permits", title: "Nationell högspecialiserad vård", parameters: []) { db, today, _ in
            let year = Int(today.prefix(4)) ?? 2025
            let section = try FollowUpReports.permitSection(db, asOf: today, publicOnly: true, years: (year - 9)...year)
            return Report(title: "Nationell högspecialiserad vård", subtitle: "Tillstånd per \(today)", sections: [section])
        },
        ReportKind(name: "workload", title: "Arbetsfördelning", parameters: []) { db, today, _ in
            Report(title: "Arbetsfördelning", subtitle: "Per \(today)",
                   sections: [try FollowUpReports.workloadSection(db, asOf: today, publicOnly: true)])
        },
        ReportKind(name: "flows", title: "Vård enligt regionavtalet",
                   parameters: [("year", "Sista år", "standard: senaste år med siffror"), ("unit", "Enhet", "tkr eller mnkr")]) { db, today, p in
            let latest = try ReportDefaults.latestFigureYear(db)
            var y = latest ?? Int(today.prefix(4)) ?? 2025
            if let text = p["year"], !text.isEmpty {
                guard let year = Int(text), (1990...2100).contains(year) else { throw SamregError("year: '\(text)' is not a year") }
                y = year
            }
            let unit = try Web.unit(p["unit"], default: .tkr) ?? .tkr
            return Report(title: "Vård enligt regionavtalet", subtitle: "\(y - 4)–\(y)",
                          sections: [try FollowUpReports.flowSection(db, year: y),
                                     try FollowUpReports.contractSection(db, year: y, presentation: Presentation.analysts.with(unit: unit))])
        },
        ReportKind(name: "indicators", title: "Systemmått",
                   parameters: [("period", "Period", "2024, 2024-T1 eller 2024-05 (standard: senaste)")]) { db, today, p in
            var period = p["period"] ?? ""
            if period.isEmpty { period = try ReportDefaults.latestIndicatorYear(db) ?? String(today.prefix(4)) }
            guard RecordWriter.isPeriod(period) else { throw SamregError("period: '\(period)' is not 2024, 2024-T1 or 2024-05") }
            return Report(title: "Systemmått", subtitle: "Period \(period)", sections: [try FollowUpReports.indicatorSection(db, period: period)])
        },
    ]

    static func unit(_ text: String?, default fallback: AmountUnit) throws -> AmountUnit? {
        guard let text, !text.isEmpty else { return fallback }
        guard let unit = AmountUnit(rawValue: text) else { throw SamregError("unit: '\(text)' is not mnkr or tkr") }
        return unit
    }

    static func date(_ text: String?, _ name: String) throws -> String? {
        guard let text, !text.isEmpty else { return nil }
        guard ISODate.isValid(text) else { throw SamregError("\(name): '\(text)' is not a valid date (YYYY-MM-DD)") }
        return text
    }

    /// Content type and file extension of each report format.
    static let reportFormats: [(ReportFormat, String, String)] = [
        (.html, "text/html; charset=utf-8", "html"), (.md, "text/markdown; charset=utf-8", "md"),
        (.csv, "text/csv; charset=utf-8", "csv"), (.csvExcel, "text/csv; charset=utf-8", "csv"),
        (.json, "application/json; charset=utf-8", "json"),
    ]

    /// Renders through an `OutputSink` into a private temporary file, exactly as the command
    /// writes `--out`, and returns the bytes.
    static func rendered(_ write: (OutputSink) throws -> Void) throws -> Data {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/out"
        let sink = try OutputSink(path: path)
        try write(sink)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// A new directory only this process's user can read.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "samreg-serve-" + Accounts.randomToken().prefix(16)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        return path
    }

    func registerTools(_ router: Router<WebContext>) {
        router.get("/rapporter") { _, context in
            return try await self.sync {
                let session = try self.require(.analyst, context)
                var out = "<p>Rapporterna är desamma som <code>samreg report</code> skriver. Sekretessmarkerade poster ingår inte.</p>"
                for kind in Web.reportKinds {
                    out += "<section><h2>\(HTML.esc(kind.title))</h2><form id=\"report-\(kind.name)\" method=\"get\" action=\"/rapporter/\(kind.name)\">"
                    for p in kind.parameters {
                        let id = "\(kind.name)-\(p.name)"
                        out += "<label for=\"\(id)\">\(HTML.esc(p.label))</label><input id=\"\(id)\" name=\"\(p.name)\" aria-describedby=\"\(id)-hint\">"
                        out += "<p class=\"hint\" id=\"\(id)-hint\">\(HTML.esc(p.hint))</p>"
                    }
                    out += "<label for=\"\(kind.name)-as_of\">Per dag</label><input id=\"\(kind.name)-as_of\" name=\"as_of\" type=\"date\">"
                    out += "<label for=\"\(kind.name)-format\">Format</label><select id=\"\(kind.name)-format\" name=\"format\">"
                    out += "<option value=\"html\">Visa (HTML)</option><option value=\"md\">Markdown</option><option value=\"csv\">CSV</option>"
                    out += "<option value=\"csv-excel\">CSV för Excel</option><option value=\"json\">JSON</option></select>"
                    out += "<p><button type=\"submit\">Ta fram</button></p></form></section>"
                }
                return Web.html(HTML.page(title: "Rapporter", session: session, content: out))
            }
        }
        router.get("/rapporter/:report") { request, context in
            return try await self.sync {
                _ = try self.require(.analyst, context)
                guard let name = context.parameters.get("report"), let kind = Web.reportKinds.first(where: { $0.name == name }) else {
                    throw PageError.notFound
                }
                let params = FormData.urlEncoded(request.uri.query ?? "").values
                guard let (format, type, ext) = Web.reportFormats.first(where: { $0.0.rawValue == (params["format"] ?? "html") }) else {
                    throw PageError(.badRequest, "Okänt format: md, html, csv, csv-excel eller json.")
                }
                var environment = self.options.environment
                if let asOf = params["as_of"], !asOf.isEmpty {
                    guard ISODate.isValid(asOf) else { throw PageError(.badRequest, "as_of: '\(asOf)' är inget giltigt datum (ÅÅÅÅ-MM-DD).") }
                    environment["SAMREG_TODAY"] = asOf
                }
                let today = try ISODate.today(environment: environment)
                let registry = try Registry(path: self.options.databasePath, mode: .readOnly, actor: "samreg serve", today: today)
                let data: Data
                do {
                    let report = try registry.read { db in try kind.build(db, today, params) }
                    data = try Web.rendered { sink in try report.write(format, to: sink) }
                } catch let error as SamregError {
                    throw PageError(.badRequest, error.description)
                }
                let filename = "samreg-\(kind.name)\(format == .csvExcel ? "-excel" : "").\(ext)"
                var response = Web.download(data, type: type, filename: filename, inline: format == .html)
                if format == .html {
                    // The report's own policy (inline CSS and SVG), as in the file the command writes.
                    response.headers[HTTPField.Name("Content-Security-Policy")!] =
                        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
                }
                return response
            }
        }
        router.get("/export") { _, context in
            return try await self.sync {
                let session = try self.require(.analyst, context)
                let out = """
                    <p>Alla poster av ett slag, i den form <code>samreg import</code> läser. Sekretessmarkerade poster ingår inte.</p>
                    <form id="export-form" method="get" action="/export/fil">
                    <label for="export-family">Postslag</label>
                    <select id="export-family" name="family">\(Families.all.map { "<option value=\"\(HTML.esc($0.name))\">\(HTML.esc($0.name))</option>" }.joined())</select>
                    <label for="export-format">Format</label>
                    <select id="export-format" name="format"><option value="csv">CSV</option><option value="csv-excel">CSV för Excel</option><option value="json">JSON</option></select>
                    <p><button type="submit" id="export">Ladda ner</button></p></form>
                    """
                return Web.html(HTML.page(title: "Export", session: session, content: out))
            }
        }
        router.get("/export/fil") { request, context in
            return try await self.sync {
                _ = try self.require(.analyst, context)
                let params = FormData.urlEncoded(request.uri.query ?? "")
                guard let family = params["family"].flatMap(Families.named) else { throw PageError.notFound }
                guard let format = params["format"].flatMap(TableFormat.init(rawValue:)), format != .table else {
                    throw PageError(.badRequest, "Okänt format: csv, csv-excel eller json.")
                }
                var query = RecordQuery(family: family)
                query.confidentiality = .exclude
                query.orderById = true
                let registry = try self.reader(context)
                let data = try Web.rendered { sink in
                    let writer = RowWriter(format: format, columns: query.columns, sink: sink)
                    try registry.read { db in try query.forEach(db) { try writer.append($0) } }
                    _ = try writer.finish()
                }
                let ext = format == .json ? "json" : "csv"
                return Web.download(data, type: format == .json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
                                    filename: "samreg-\(family.name)\(format == .csvExcel ? "-excel" : "").\(ext)")
            }
        }
        router.get("/import") { _, context in
            return try await self.sync {
                let session = try self.require(.registrator, context)
                return Web.html(HTML.page(title: "Import", session: session, content: self.importForm(session, message: nil)))
            }
        }
        router.post("/import") { request, context in
            let session = try self.require(.registrator, context)
            let form = try await self.postedForm(request, session)
            return try await self.sync {
                guard let family = form["family"].flatMap(Families.named) else { throw PageError(.badRequest, "Välj ett postslag.") }
                guard let file = form.files["file"], !file.data.isEmpty else {
                    return Web.html(HTML.page(title: "Import", session: session,
                                              content: self.importForm(session, message: (false, "Välj en fil att importera."))), status: .badRequest)
                }
                // The browser's name for the file, reduced to a plain base name (it is only shown).
                let base = (file.filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? "fil")
                    .filter { $0.isLetter || $0.isNumber || "._-".contains($0) }
                let shown = base.isEmpty || base.hasPrefix(".") ? "uppladdad-fil" : base
                let format: Importer.Format = form["format"].flatMap(Importer.Format.init(rawValue:))
                    ?? (shown.lowercased().hasSuffix(".json") ? .json : .csv)
                let dir = try Web.temporaryDirectory()
                defer { try? FileManager.default.removeItem(atPath: dir) }
                let path = dir + "/" + shown
                try file.data.write(to: URL(fileURLWithPath: path))
                do {
                    let registry = try self.writer(context, request)
                    var importer = Importer(registry: registry, family: family)
                    importer.maxErrors = Web.importMaxErrors
                    let counts = try importer.run(path: path, format: format, update: form["update"] == "ja")
                    let text = "\(counts.added) poster lades till och \(counts.updated) rättades (\(family.name), \(shown))."
                    return Web.html(HTML.page(title: "Import", session: session, content: self.importForm(session, message: (true, text))))
                } catch let refused as ImportRefused {
                    // Every bad row found, each with file:line:column and its Swedish, under how many.
                    let text = refused.errors.map { Web.message($0).replacingOccurrences(of: path, with: shown) }.joined(separator: "\n")
                    return Web.html(HTML.page(title: "Import", session: session,
                                              content: self.importForm(session, message: (false, text), summary: refused.swedishSummary)),
                                    status: .unprocessableContent)
                } catch {
                    let text = Web.message(error).replacingOccurrences(of: path, with: shown)
                    return Web.html(HTML.page(title: "Import", session: session,
                                              content: self.importForm(session, message: (false, "Inget importerades: " + text))),
                                    status: .unprocessableContent)
                }
            }
        }
        router.get("/sql") { _, context in
            return try await self.sync {
                let session = try self.require(.analyst, context)
                return Web.html(HTML.page(title: "SQL", session: session, content: self.sqlForm(session, sql: "", result: "")))
            }
        }
        router.post("/sql") { request, context in
            let session = try self.require(.analyst, context)
            let form = try await self.postedForm(request, session)
            return try await self.sync {
                let sql = form["sql"] ?? ""
                var result = ""
                do {
                    try Web.checkSQL(sql)
                    let registry = try self.reader(context)
                    var columns: [String] = []
                    var rows: [[String]] = []
                    var truncated = false
                    try registry.read { db in
                        try ReadOnlySQL.run(db, sql: sql, timeout: self.options.sqlTimeout,
                                            confidentiality: session.account.role.confidentiality, header: { columns = $0 }) { cells in
                            if rows.count >= 1000 { truncated = true; return }
                            rows.append(cells.map { HTML.text($0.plain) })
                        }
                    }
                    result = HTML.table(caption: "Resultat (\(rows.count)\(truncated ? " första" : "") rader)", headings: columns, rows: rows, id: "sql-result")
                } catch {
                    result = "<p class=\"error\" role=\"alert\" id=\"sql-error\">\(HTML.esc(Web.message(error)))</p>"
                }
                return Web.html(HTML.page(title: "SQL", session: session, content: self.sqlForm(session, sql: sql, result: result)))
            }
        }
    }

    /// The account tables are not for the SQL page: their password hashes and sessions stay
    /// with the server. SQLite matches table names ignoring ASCII case, and quotes or brackets
    /// around a name do not change it.
    static func checkSQL(_ sql: String) throws {
        let plain = sql.lowercased().filter { !"\"`[]".contains($0) }
        if plain.contains("web_user") || plain.contains("web_session") {
            throw SamregError("sql: the account tables (web_user, web_session) cannot be read from the web")
        }
    }

    /// How many bad rows an import by upload lists before it stops reading (`Importer.maxErrors`).
    static let importMaxErrors = 100

    /// The import page; `summary` is the sentence above a list of errors ("7 fel; ingenting importerades.").
    func importForm(_ session: WebSession, message: (ok: Bool, text: String)?, summary: String? = nil) -> String {
        var out = ""
        if let message {
            out += message.ok ? "<p class=\"notice\" role=\"status\" id=\"import-result\">\(HTML.esc(message.text))</p>"
                : "<div class=\"error\" role=\"alert\" id=\"import-errors\">\(summary.map { "<p id=\"import-summary\">\(HTML.esc($0))</p>" } ?? "")<ul>\(message.text.split(separator: "\n").map { "<li>\(HTML.esc(String($0)))</li>" }.joined())</ul></div>"
        }
        out += """
            <p>Allt eller inget: ett fel i någon rad och ingenting importeras. Felen anges som fil:rad:kolumn, de första \(Web.importMaxErrors) på en gång.</p>
            <form id="import-form" method="post" action="/import" enctype="multipart/form-data">\(HTML.csrfField(session))
            <label for="import-family">Postslag</label>
            <select id="import-family" name="family">\(Families.all.map { "<option value=\"\(HTML.esc($0.name))\">\(HTML.esc($0.name))</option>" }.joined())</select>
            <label for="import-file">Fil (CSV eller JSON, högst \(Web.size(options.maxBodyBytes)))</label>
            <input id="import-file" name="file" type="file" accept=".csv,.json,text/csv,application/json">
            <label for="import-format">Format</label>
            <select id="import-format" name="format"><option value="">efter filnamnet</option><option value="csv">CSV</option><option value="json">JSON</option></select>
            <label for="import-update">Rätta befintliga poster (--update)</label>
            <select id="import-update" name="update"><option value="nej">nej</option><option value="ja">ja</option></select>
            <p><button type="submit" id="import">Importera</button></p></form>
            """
        return out
    }

    func sqlForm(_ session: WebSession, sql: String, result: String) -> String {
        """
        <p>En fråga som bara läser (SELECT), högst \(Int(options.sqlTimeout)) s. \(session.account.role.confidentiality == .include
            ? "Tabellerna läses som de är lagrade, som med <code>samreg sql</code>."
            : "Sekretessmarkerade poster läses maskerade, som i listorna: bara registreringen (diarienummer, datum, avsändare) visas.")</p>
        <form id="sql-form" method="post" action="/sql">\(HTML.csrfField(session))
        <label for="sql">SQL</label><textarea id="sql" name="sql">\(HTML.esc(sql))</textarea>
        <p><button type="submit" id="run-sql">Kör</button></p></form>
        \(result)
        """
    }
}
