import Foundation
import GRDB
import Hummingbird
import SamregCore
import SamregQuery
import SamregReports
import SamregStore

/// The pages of every record family, derived from `Families.all` as the commands are: a list
/// at `/FAMILY` (the command-line name: `/remiss`, `/indicator-value`), a record at
/// `/FAMILY/ID`, forms to add (`/FAMILY/ny`), correct (`/FAMILY/ID/andra`) and end
/// (`/FAMILY/ID/avsluta`), all validated by the same `RecordWriter`.
extension Web {
    func registerFamilies(_ router: Router<WebContext>) {
        router.get("/register") { _, context in
            return try await self.sync {
                let session = try self.require(.reader, context)
                let rows = Families.all.map { f in ["<a href=\"/\(f.swedish.path)\">\(HTML.esc(f.swedish.plural))</a>", HTML.esc(f.name), HTML.esc(f.swedish.about)] }
                return Web.html(HTML.page(title: "Register", session: session,
                                          content: HTML.table(caption: "Postslag", headings: ["Postslag", "Namn på kommandoraden", "Beskrivning"], rows: rows, id: "families")))
            }
        }
        router.get(":family") { request, context in
            return try await self.sync {
                let session = try self.require(.reader, context)
                return try self.listPage(request, context, session, family: try Web.family(context))
            }
        }
        router.get(":family/ny") { request, context in
            return try await self.sync {
                let session = try self.require(.registrator, context)
                let family = try Web.family(context)
                // Values in the address prefill the form (`/response/ny?remiss=42`).
                let values = FormData.urlEncoded(request.uri.query ?? "").values
                return self.formPage(session, family: family, id: nil, values: values, errors: [:], status: .ok)
            }
        }
        router.post(":family/ny") { request, context in
            let session = try self.require(.registrator, context)
            let family = try Web.family(context)
            let form = try await self.postedForm(request, session)
            return try await self.sync {
                let input = Web.fieldInput(form, family: family, current: nil)
                do {
                    let registry = try self.writer(context, request)
                    let id = try registry.write { db in try RecordWriter(family: family, db: db, lookups: Lookups()).insert(input) }
                    return Web.redirect("/\(family.swedish.path)/\(id)?sparad=1")
                } catch {
                    return self.formPage(session, family: family, id: nil, values: form.values, errors: Web.fieldErrors(error), status: .unprocessableContent)
                }
            }
        }
        router.get(":family/:id") { request, context in
            return try await self.sync {
                let session = try self.require(.reader, context)
                let family = try Web.family(context)
                if let raw = context.parameters.get("id"), Int64(raw) == nil {
                    let key = raw.removingPercentEncoding ?? raw
                    // A case number or code in the address (`/remiss/RÖ%202024-6246`): to the record's own address.
                    let found = try self.read { db -> String? in
                        let table = try? RecordQuery.show(db, family: family, key: key, confidentiality: session.account.role.confidentiality)
                        return table?.rows.first?.first?.plain
                    }
                    guard let id = found else { throw PageError.notFound }
                    return Web.redirect("/\(family.swedish.path)/\(id)")
                }
                return try self.recordPage(request, context, session, family: family, id: try Web.recordId(context))
            }
        }
        router.get(":family/:id/andra") { _, context in
            return try await self.sync {
                let session = try self.require(.registrator, context)
                let family = try Web.family(context)
                let id = try Web.recordId(context)
                let current = try self.currentValues(context, family: family, id: id)
                return self.formPage(session, family: family, id: id, values: current, errors: [:], status: .ok)
            }
        }
        router.post(":family/:id/andra") { request, context in
            let session = try self.require(.registrator, context)
            let family = try Web.family(context)
            let id = try Web.recordId(context)
            let form = try await self.postedForm(request, session)
            return try await self.sync {
                let current = try self.currentValues(context, family: family, id: id)
                let input = Web.fieldInput(form, family: family, current: current)
                let changedOn = form["changed_on"].flatMap { $0.isEmpty ? nil : $0 }
                do {
                    if let changedOn, !ISODate.isValid(changedOn) {
                        throw FieldError(field: "changed_on", message: "'\(changedOn)' is not a valid date (YYYY-MM-DD)",
                                         swedish: "”\(changedOn)” är inget giltigt datum. Ange ett datum som ÅÅÅÅ-MM-DD.")
                    }
                    if !input.isEmpty {
                        let registry = try self.writer(context, request)
                        try registry.write { db in
                            try RecordWriter(family: family, db: db, lookups: Lookups()).update(id: id, input, changedOn: changedOn)
                        }
                    }
                    return Web.redirect("/\(family.swedish.path)/\(id)?sparad=1")
                } catch {
                    return self.formPage(session, family: family, id: id, values: form.values, errors: Web.fieldErrors(error), status: .unprocessableContent)
                }
            }
        }
        router.post(":family/:id/avsluta") { request, context in
            let session = try self.require(.registrator, context)
            let family = try Web.family(context)
            let id = try Web.recordId(context)
            let form = try await self.postedForm(request, session)
            return try await self.sync {
                guard family.endField != nil else { throw PageError(.badRequest, "Poster av slaget \(family.swedish.plural.lowercased()) kan inte avslutas.") }
                let registry = try self.writer(context, request)
                let day = (form["on"] ?? "").isEmpty ? registry.today : form["on"]!
                do {
                    guard ISODate.isValid(day) else {
                        throw SamregError("'\(day)' is not a valid date (YYYY-MM-DD)", swedish: "”\(day)” är inget giltigt datum. Ange ett datum som ÅÅÅÅ-MM-DD.")
                    }
                    try registry.write { db in try RecordWriter(family: family, db: db, lookups: Lookups()).end(id: id, on: day) }
                } catch {
                    throw PageError(.unprocessableContent, Web.message(error))
                }
                return Web.redirect("/\(family.swedish.path)/\(id)?sparad=1")
            }
        }
    }

    static func family(_ context: WebContext) throws -> Family {
        guard let name = context.parameters.get("family"), let family = Families.forPath(name) else { throw PageError.notFound }
        return family
    }

    static func recordId(_ context: WebContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else { throw PageError.notFound }
        return id
    }

    /// The field values to write: every writable field given, and on a correction only those
    /// that differ from the record's current values (an emptied field clears it).
    static func fieldInput(_ form: FormData, family: Family, current: [String: String]?) -> [String: String] {
        var input: [String: String] = [:]
        for field in family.writableFields {
            guard let value = form[field.name] else { continue }
            // Browsers send CRLF in text areas; the registry keeps LF.
            let text = value.replacingOccurrences(of: "\r\n", with: "\n")
            if let current {
                var stored = current[field.name] ?? ""
                // A flag is stored as 1/0 and shown in the form as ja/nej.
                if field.kind == .flag { stored = stored == "1" ? "ja" : stored == "0" ? "nej" : stored }
                if text != stored { input[field.name] = text }
            } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                input[field.name] = text
            }
        }
        return input
    }

    /// Errors by field name ("" for the form as a whole), in Swedish where the registry has
    /// written it (every `FieldError` the writer makes), else in English.
    static func fieldErrors(_ error: any Error) -> [String: String] {
        if let error = error as? FieldError { return [error.field ?? "": error.swedishMessage] }
        return ["": message(error)]
    }

    /// A record's values as stored (ids for links), for the correction form.
    func currentValues(_ context: WebContext, family: Family, id: Int64) throws -> [String: String] {
        return try read { db in
            let table: ResultTable
            do {
                table = try RecordQuery.show(db, family: family, key: String(id), confidentiality: .include)
            } catch let error as SamregError {
                throw PageError(.notFound, error.description)
            }
            guard let row = table.rows.first else { throw PageError.notFound }
            return Dictionary(zip(table.columns, row.map(\.plain)), uniquingKeysWith: { a, _ in a })
        }
    }

    // MARK: List

    func listPage(_ request: Request, _ context: WebContext, _ session: WebSession, family: Family) throws -> Response {
        let params = FormData.urlEncoded(request.uri.query ?? "")
        let role = session.account.role
        var query = RecordQuery(family: family)
        query.confidentiality = role.confidentiality
        var filterErrors: [String] = []
        for filter in family.filters {
            guard let value = params[filter.name], !value.isEmpty else { continue }
            if filter.kind == .switch {
                if value == "ja" { query.filters.append((filter, "")) }
            } else {
                query.filters.append((filter, value))
            }
        }
        let search = (params["q"] ?? "").trimmingCharacters(in: .whitespaces)
        let sort = params["sort"].flatMap { family.field(named: $0) }?.name
        let descending = params["dir"] == "desc"
        // Bounded: a page number from the address must not overflow the offset.
        let page = min(max(1, Int(params["sida"] ?? "1") ?? 1), 10_000_000)
        let columns = family.tableFields
        var total = 0
        var rows: [[String]] = []
        do {
            try read { db in
                let (sql, arguments) = try query.sql(db)
                var conditions: [String] = []
                var extra: [DatabaseValue] = []
                let used = query.filters.filter { $0.0.kind != .switch }.count
                if !search.isEmpty {
                    let literal = Registry.fold(search).replacingOccurrences(of: "\\", with: "\\\\")
                        .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
                    extra.append("%\(literal)%".databaseValue)
                    let n = used + 1
                    conditions.append("(" + columns.map { "samreg_fold(CAST(\"\($0)\" AS TEXT)) LIKE ?\(n) ESCAPE '\\'" }.joined(separator: " OR ") + ")")
                }
                let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
                let all = arguments + StatementArguments(extra)
                var counting = query
                counting.unordered = true
                let (countSQL, _) = try counting.sql(db)
                // Statements kept prepared on the pooled connection (the page number is an argument).
                total = try Int.fetchOne(db, SQLRequest<Row>(sql: "SELECT count(*) FROM (\(countSQL))\(whereClause)", arguments: all, cached: true)) ?? 0
                var order = ""
                if let sort { order = " ORDER BY \"\(sort)\" \(descending ? "DESC" : "ASC"), \"id\"" }
                let limit = options.pageSize
                let select = "SELECT * FROM (\(sql))\(whereClause)\(order) LIMIT \(limit) OFFSET ?"
                for row in try Row.fetchAll(db, SQLRequest<Row>(sql: select, arguments: all + [(page - 1) * limit], cached: true)) {
                    let cells = row.cells
                    let byName = Dictionary(zip(query.columns, cells), uniquingKeysWith: { a, _ in a })
                    rows.append(try columns.map { name in
                        guard let cell = byName[name], let field = family.field(named: name) else { return "" }
                        let shown = try Web.display(db, family: family, field: field, cell: cell, row: byName,
                                                    confidentiality: query.confidentiality)
                        if name == "id" { return "<a href=\"/\(family.swedish.path)/\(HTML.esc(cell.plain))\">\(HTML.esc(cell.plain))</a>" }
                        return HTML.text(shown)
                    })
                }
            }
        } catch let error as SamregError {
            filterErrors.append(error.swedishDescription)
        }
        var out = "<p>\(HTML.esc(family.swedish.about))</p>"
        if role >= .registrator { out += "<p><a id=\"add-record\" href=\"/\(family.swedish.path)/ny\">Lägg till</a></p>" }
        out += "<form id=\"filter-form\" method=\"get\" action=\"/\(family.swedish.path)\"><fieldset><legend>Urval</legend>"
        out += "<label for=\"q\">Sök</label><input id=\"q\" name=\"q\" value=\"\(HTML.esc(search))\">"
        for filter in family.filters {
            let id = "filter-\(filter.name)"
            let value = params[filter.name] ?? ""
            out += "<label for=\"\(id)\">\(HTML.esc(WebLabels.label(filter.name)))</label>"
            switch filter.kind {
            case .switch:
                out += "<select id=\"\(id)\" name=\"\(HTML.esc(filter.name))\"><option value=\"\"></option><option value=\"ja\"\(value == "ja" ? " selected" : "")>ja</option></select>"
            case .vocabulary(let vocabulary):
                out += Web.select(id: id, name: filter.name, vocabulary: vocabulary, value: value, allowEmpty: true)
            case .date:
                out += "<input id=\"\(id)\" name=\"\(HTML.esc(filter.name))\" type=\"date\" value=\"\(HTML.esc(value))\">"
            default:
                out += "<input id=\"\(id)\" name=\"\(HTML.esc(filter.name))\" value=\"\(HTML.esc(value))\">"
            }
            out += "<p class=\"hint\">\(HTML.esc(filter.swedishHelp))</p>"
        }
        out += "<label for=\"sort\">Sortera efter</label><select id=\"sort\" name=\"sort\"><option value=\"\">standard</option>"
        out += family.fields.map { "<option value=\"\(HTML.esc($0.name))\"\($0.name == sort ? " selected" : "")>\(HTML.esc(WebLabels.label($0.name)))</option>" }.joined()
        out += "</select><label for=\"dir\">Ordning</label><select id=\"dir\" name=\"dir\"><option value=\"asc\">stigande</option>"
        out += "<option value=\"desc\"\(descending ? " selected" : "")>fallande</option></select>"
        out += "<p><button type=\"submit\" id=\"filter\">Visa</button></p></fieldset></form>"
        for error in filterErrors { out += "<p class=\"error\" role=\"alert\">\(HTML.esc(error))</p>" }
        let pages = max(1, (total + options.pageSize - 1) / options.pageSize)
        out += "<p id=\"count\">\(total) poster, sida \(min(page, pages)) av \(pages).</p>"
        out += HTML.table(caption: family.swedish.plural, headings: columns.map(WebLabels.label), rows: rows, id: "records")
        var link = params.values.filter { $0.key != "sida" }
        func pageLink(_ n: Int) -> String {
            link["sida"] = String(n)
            return "/\(family.swedish.path)?" + link.sorted { $0.key < $1.key }.map { "\(HTML.url($0.key))=\(HTML.url($0.value))" }.joined(separator: "&")
        }
        out += "<nav class=\"pager\" aria-label=\"Sidor\">"
        if page > 1 { out += "<a rel=\"prev\" href=\"\(HTML.esc(pageLink(page - 1)))\">Föregående</a>" }
        if page < pages { out += "<a rel=\"next\" href=\"\(HTML.esc(pageLink(page + 1)))\">Nästa</a>" }
        out += "</nav>"
        return Web.html(HTML.page(title: family.swedish.plural, session: session, content: out))
    }

    /// A cell as shown: linked records named, vocabulary codes with their Swedish label.
    static func display(_ db: Database, family: Family, field: Field, cell: Cell, row: [String: Cell],
                        confidentiality: Confidentiality.Mode) throws -> String {
        let shown = try RecordLabels.display(db, family: family, field: field, cell: cell, row: row, confidentiality: confidentiality).plain
        if field.kind == .flag { return shown == "1" ? "ja" : shown == "0" ? "nej" : shown }
        var vocabulary: Vocabulary?
        if case .vocabulary(let v) = field.kind { vocabulary = v }
        // A derived value with a filter of its name over a vocabulary (a remiss's status).
        if field.kind == .derived, let filter = family.filters.first(where: { $0.name == field.name }),
           case .vocabulary(let v) = filter.kind { vocabulary = v }
        if let label = vocabulary?.labels[shown], label != shown { return label }
        return shown
    }

    static func select(id: String, name: String, vocabulary: Vocabulary, value: String, allowEmpty: Bool) -> String {
        var out = "<select id=\"\(HTML.esc(id))\" name=\"\(HTML.esc(name))\">"
        if allowEmpty { out += "<option value=\"\"></option>" }
        for word in vocabulary.words {
            out += "<option value=\"\(HTML.esc(word.code))\"\(word.code == value ? " selected" : "")>\(HTML.esc(word.label == word.code ? word.code : "\(word.label) (\(word.code))"))</option>"
        }
        return out + "</select>"
    }

    // MARK: Record

    func recordPage(_ request: Request, _ context: WebContext, _ session: WebSession, family: Family, id: Int64) throws -> Response {
        let role = session.account.role
        let confidentiality = role.confidentiality
        let content = try read { (db: Database, lease: ReaderPool.Lease) -> String in
            var table: ResultTable
            do {
                table = try RecordQuery.show(db, family: family, key: String(id), confidentiality: confidentiality)
            } catch let error as SamregError {
                throw PageError(.notFound, error.description)
            }
            guard let row = table.rows.first else { throw PageError.notFound }
            let byName = Dictionary(zip(table.columns, row), uniquingKeysWith: { a, _ in a })
            var out = ""
            if FormData.urlEncoded(request.uri.query ?? "")["sparad"] == "1" {
                out += "<p class=\"notice\" role=\"status\" id=\"saved\">Sparat.</p>"
            }
            out += "<dl class=\"record\" id=\"record\">"
            for (field, cell) in zip(family.fields, row) {
                let shown = try Web.display(db, family: family, field: field, cell: cell, row: byName, confidentiality: confidentiality)
                var value = HTML.text(shown)
                if case .record(let target) = field.kind, !cell.isNull, Families.named(target) != nil {
                    value = "<a href=\"/\(HTML.esc(Families.named(target)?.swedish.path ?? target))/\(HTML.esc(cell.plain))\">\(value)</a>"
                }
                out += "<dt id=\"label-\(HTML.esc(field.name))\">\(HTML.esc(WebLabels.label(field.name)))</dt><dd id=\"value-\(HTML.esc(field.name))\">\(value)</dd>"
            }
            out += "</dl>"
            if role >= .registrator {
                out += "<p><a id=\"edit-record\" href=\"/\(family.swedish.path)/\(id)/andra\">Rätta</a></p>"
                if let endField = family.endField {
                    out += """
                        <form id="end-form" method="post" action="/\(family.swedish.path)/\(id)/avsluta">\(HTML.csrfField(session))
                        <label for="end-on">Avsluta per (\(HTML.esc(endField)))</label><input id="end-on" name="on" type="date">
                        <button type="submit" id="end-record">Avsluta</button></form>
                        """
                }
                // Records that point to this one are added from here, with the link filled in
                // (a remiss's answer: /remissvar/ny?remiss=ID).
                for (childName, filterName) in family.traits.related {
                    guard let child = Families.named(childName), child.traits.pointer == nil,
                          child.field(named: filterName)?.isWritable == true else { continue }
                    out += "<p><a id=\"add-\(HTML.esc(child.name))\" href=\"/\(child.swedish.path)/ny?\(HTML.url(filterName))=\(id)\">Registrera \(HTML.esc(child.swedish.singular)) till denna post</a></p>"
                }
            }
            out += try relatedTables(db, family: family, id: id, confidentiality: confidentiality)
            out += try chain(db, family: family, id: id, confidentiality: confidentiality, lease: lease)
            out += try history(db, family: family, id: id, includeConfidential: confidentiality == .include)
            return out
        }
        return Web.html(HTML.page(title: "\(family.swedish.singular.prefix(1).uppercased())\(family.swedish.singular.dropFirst()) \(id)", session: session, content: content))
    }

    /// The records of other families that point to this one: each field of another family
    /// that links to this family and has a list filter of the same name.
    func relatedTables(_ db: Database, family: Family, id: Int64, confidentiality: Confidentiality.Mode) throws -> String {
        var out = ""
        for child in Families.all {
            for field in child.fields {
                let links: Bool
                links = field.kind.linkedFamily == family.name
                guard links, let filter = child.filters.first(where: { $0.name == field.name }) else { continue }
                var query = RecordQuery(family: child)
                query.confidentiality = confidentiality
                query.filters = [(filter, String(id))]
                query.limit = 200
                let result = try query.fetch(db)
                guard !result.rows.isEmpty else { continue }
                let columns = child.tableFields.filter { $0 != field.name }
                let rows = try result.rows.map { row -> [String] in
                    let byName = Dictionary(zip(result.columns, row), uniquingKeysWith: { a, _ in a })
                    return try columns.map { name in
                        guard let cell = byName[name], let f = child.field(named: name) else { return "" }
                        if name == "id" { return "<a href=\"/\(child.swedish.path)/\(HTML.esc(cell.plain))\">\(HTML.esc(cell.plain))</a>" }
                        return HTML.text(try Web.display(db, family: child, field: f, cell: cell, row: byName, confidentiality: confidentiality))
                    }
                }
                out += "<section class=\"related\"><h2>\(HTML.esc(child.swedish.plural)) (\(HTML.esc(WebLabels.label(field.name))))</h2>"
                out += HTML.table(caption: "\(child.swedish.plural) som hör till denna post", headings: columns.map(WebLabels.label), rows: rows, id: "related-\(child.name)-\(field.name)")
                out += "</section>"
            }
        }
        return out
    }

    /// The matter's case-number chain (`samreg trace`), from the record's own case number.
    /// `lease`: the pooled connection; the pool keeps the case numbers a chain cannot find
    /// through an index (`TraceQueries.CaseIndex`) between requests while the registry is unchanged.
    func chain(_ db: Database, family: Family, id: Int64, confidentiality: Confidentiality.Mode, lease: ReaderPool.Lease? = nil) throws -> String {
        guard TraceQueries.families.contains(family.name),
              let record = try TraceQueries.record(db, family: family.name, id: id, confidentiality: confidentiality),
              let number = record.caseNumbers.first?.written else { return "" }
        let index = try lease.map { try readers.caseIndex(db, lease: $0) }
        guard let records = try? TraceQueries.trace(db, number: number, confidentiality: confidentiality, index: index),
              records.count > 1 else { return "" }
        let rows = records.map { r -> [String] in
            let link = r.family == family.name && r.id == id ? HTML.esc(r.title) : "<a href=\"/\(Families.named(r.family)?.swedish.path ?? r.family)/\(r.id)\">\(HTML.esc(r.title))</a>"
            return [HTML.esc(r.date ?? ""), HTML.esc(Families.named(r.family)?.traits.trace?.label ?? r.family), HTML.esc(r.party ?? ""), link, HTML.esc(r.caseNumberText)]
        }
        return "<section id=\"chain\"><h2>Ärendekedja</h2>" + HTML.table(caption: "Ärendet genom organisationerna (samreg trace \(number))",
            headings: ["Datum", "Postslag", "Part", "Post", "Diarienummer"], rows: rows) + "</section>"
    }

    /// The record's history from the audit trail (masked as `audit log` masks it).
    func history(_ db: Database, family: Family, id: Int64, includeConfidential: Bool) throws -> String {
        let entries = try AuditTrail.log(db, table: family.table, recordId: id, includeConfidential: includeConfidential)
        let rows = entries.map { e -> [String] in
            [HTML.esc(String(e.seq)), HTML.esc(e.at), HTML.esc(e.actor), HTML.esc(e.action), HTML.text(Web.changes(before: e.before, after: e.after))]
        }
        return "<section id=\"history\"><h2>Historik</h2>" + HTML.table(caption: "Ändringar enligt granskningsloggen",
                                                                       headings: ["Nr", "Tid", "Av", "Åtgärd", "Ändrat"], rows: rows) + "</section>"
    }

    /// `field: old → new` for each field that changed between two audit JSON objects.
    static func changes(before: String?, after: String?) -> String {
        func object(_ text: String?) -> [String: Any] {
            guard let text, let data = text.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
            return object
        }
        func show(_ value: Any?) -> String {
            guard let value, !(value is NSNull) else { return "–" }
            return "\(value)"
        }
        let a = object(before), b = object(after)
        return Set(a.keys).union(b.keys).sorted().compactMap { key in
            let x = show(a[key]), y = show(b[key])
            return x == y ? nil : (a.isEmpty ? "\(key): \(y)" : "\(key): \(x) → \(y)")
        }.joined(separator: "\n")
    }

    // MARK: Forms

    func formPage(_ session: WebSession, family: Family, id: Int64?, values: [String: String], errors: [String: String],
                  status: HTTPResponse.Status) -> Response {
        let action = id.map { "/\(family.swedish.path)/\($0)/andra" } ?? "/\(family.swedish.path)/ny"
        var out = ""
        if !errors.isEmpty {
            out += "<p class=\"error\" role=\"alert\" id=\"form-error\">Inget sparades: rätta det som är markerat.</p>"
            // What is wrong, at the top too, each linked to its field (the field's Swedish name
            // first, unless the message begins with it).
            let fieldErrors = errors.filter { !$0.key.isEmpty }.sorted { $0.key < $1.key }
            if !fieldErrors.isEmpty {
                out += "<ul class=\"error\" id=\"form-errors\">"
                for (name, message) in fieldErrors {
                    let label = name == "changed_on" ? "Ändringen gäller från" : SwedishNames.field(name)
                    let text = message.hasPrefix(label) ? message : "\(label): \(message)"
                    out += "<li><a href=\"#f-\(HTML.esc(name))\">\(HTML.esc(text))</a></li>"
                }
                out += "</ul>"
            }
        }
        if let general = errors[""] { out += "<p class=\"error\" id=\"error-general\">\(HTML.esc(general))</p>" }
        out += "<form id=\"record-form\" method=\"post\" action=\"\(action)\" novalidate>\(HTML.csrfField(session))"
        var known = Set(family.writableFields.map(\.name))
        known.insert("changed_on")
        for field in family.writableFields {
            let name = field.name
            let inputId = "f-\(name)"
            let value = values[name] ?? ""
            let error = errors[name]
            let describedBy = "h-\(name)" + (error != nil ? " e-\(name)" : "")
            out += "<label for=\"\(inputId)\">\(HTML.esc(WebLabels.label(name)))\(field.required && id == nil ? " (obligatorisk)" : "")</label>"
            let common = "id=\"\(inputId)\" name=\"\(HTML.esc(name))\" aria-describedby=\"\(describedBy)\"\(error != nil ? " aria-invalid=\"true\"" : "")"
            switch field.kind {
            case .longText:
                out += "<textarea \(common)>\(HTML.esc(value))</textarea>"
            case .vocabulary(let vocabulary):
                out += Web.select(id: inputId, name: name, vocabulary: vocabulary, value: value, allowEmpty: true)
                    .replacingOccurrences(of: "<select id=\"\(inputId)\" name=\"\(HTML.esc(name))\">", with: "<select \(common)>")
            case .flag:
                let v = ["ja", "1", "true"].contains(value.lowercased()) ? "ja" : ["nej", "0", "false"].contains(value.lowercased()) ? "nej" : ""
                out += "<select \(common)><option value=\"\"></option><option value=\"ja\"\(v == "ja" ? " selected" : "")>ja</option><option value=\"nej\"\(v == "nej" ? " selected" : "")>nej</option></select>"
            default:
                out += "<input \(common) value=\"\(HTML.esc(value))\">"
            }
            out += "<p class=\"hint\" id=\"h-\(HTML.esc(name))\">\(HTML.esc(field.swedishValueHint)) – \(HTML.esc(field.swedishHelp))</p>"
            if let error { out += "<p class=\"field-error\" id=\"e-\(HTML.esc(name))\">\(HTML.esc(error))</p>" }
        }
        if id != nil {
            out += "<label for=\"f-changed_on\">Ändringen gäller från (changed_on)</label><input id=\"f-changed_on\" name=\"changed_on\" type=\"date\" aria-describedby=\"h-changed_on\" value=\"\(HTML.esc(values["changed_on"] ?? ""))\">"
            out += "<p class=\"hint\" id=\"h-changed_on\">Dagen ett organs nya namn eller en ny roll gäller från (standard i dag).</p>"
            if let error = errors["changed_on"] { out += "<p class=\"field-error\" id=\"e-changed_on\">\(HTML.esc(error))</p>" }
        }
        // An error about a field the form does not show (a derived rule) is shown at the top.
        for (name, message) in errors where !name.isEmpty && !known.contains(name) {
            out += "<p class=\"error\">\(HTML.esc(name)): \(HTML.esc(message))</p>"
        }
        out += "<p><button type=\"submit\" id=\"save\">Spara</button></p></form>"
        let title = id.map { "Rätta \(family.swedish.singular) \($0)" } ?? "Registrera \(family.swedish.singular)"
        return Web.html(HTML.page(title: title, session: session, content: out), status: status)
    }
}
