import Foundation
import Hummingbird
import SamregCore
import SamregQuery
import SamregReports
import SamregStore

extension Web {
    func registerLogin(_ router: Router<WebContext>) {
        router.get("/login") { request, context in
            return try await self.sync {
                if context.session != nil { return Web.redirect("/") }
                return self.loginPage(request, message: nil, status: .ok)
            }
        }
        router.post("/login") { request, context in try await self.login(request, context) }
        router.post("/logout") { request, context in
            let session = try self.require(.reader, context)
            _ = try await self.postedForm(request, session)
            return try await self.sync {
                let registry = try self.writer(context, request)
                try registry.write { db in try Accounts.endSession(db, token: session.token) }
                var response = Web.redirect("/login")
                response.setCookie(self.cookie(Web.sessionCookie, "", request: request, maxAge: 0))
                return response
            }
        }
    }

    /// The login form, with a fresh pre-login CSRF token in a cookie and in the form.
    func loginPage(_ request: Request, message: String?, status: HTTPResponse.Status, username: String = "") -> Response {
        let token = Accounts.randomToken()
        let error = message.map { "<p class=\"error\" role=\"alert\" id=\"login-error\">\(HTML.esc($0))</p>" } ?? ""
        let content = """
            \(error)
            <form id="login-form" method="post" action="/login">
            <input type="hidden" name="csrf_token" value="\(token)">
            <label for="username">Användarnamn</label>
            <input id="username" name="username" autocomplete="username" required value="\(HTML.esc(username))">
            <label for="password">Lösenord</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <p><button type="submit" id="login">Logga in</button></p>
            </form>
            """
        var response = Web.html(HTML.page(title: "Logga in", session: nil, content: content), status: status)
        response.setCookie(cookie(Web.loginCookie, token, request: request, maxAge: 3600))
        return response
    }

    func login(_ request: Request, _ context: WebContext) async throws -> Response {
        let form = try await readForm(request)
        guard let token = form["csrf_token"], let expected = request.cookies[Web.loginCookie]?.value,
              Web.constantTimeEqual(token, expected) else {
            throw PageError(.forbidden, "Inloggningsformuläret saknar en giltig CSRF-token (csrf_token). Ladda om sidan och försök igen.")
        }
        let name = (form["username"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = form["password"] ?? ""
        let key = "\(name.lowercased())|\(context.remoteAddress)"
        if limiter.isBlocked(key) {
            return loginPage(request, message: "För många misslyckade inloggningar för \(name) från din adress: försök igen om en stund.",
                             status: .tooManyRequests, username: name)
        }
        let path = options.databasePath, today = try today(), old = request.cookies[Web.sessionCookie]?.value
        // bcrypt takes a while by design: checked off the threads that serve other requests.
        let newToken: String? = try await Web.offload {
            let registry = try Registry(path: path, mode: .readWrite, actor: "samreg serve", today: today)
            let account = try registry.read { db in try Accounts.authenticate(db, name: name, password: password) }
            guard let account else { return nil }
            // A new session id at every login (never the one the browser brought), the old one ended.
            return try registry.write { db in
                if let old { try Accounts.endSession(db, token: old) }
                return try Accounts.startSession(db, account: account).token
            }
        }
        guard let newToken else {
            limiter.fail(key)
            return loginPage(request, message: "Fel användarnamn eller lösenord.", status: .unauthorized, username: name)
        }
        limiter.clear(key)
        var response = Web.redirect("/")
        response.setCookie(cookie(Web.sessionCookie, newToken, request: request))
        response.setCookie(cookie(Web.loginCookie, "", request: request, maxAge: 0))
        return response
    }

    func registerStart(_ router: Router<WebContext>) {
        router.get("/sok") { request, context in
            return try await self.sync {
                let session = try self.require(.reader, context)
                let text = (FormData.urlEncoded(request.uri.query ?? "")["q"] ?? "").trimmingCharacters(in: .whitespaces)
                var out = """
                    <p>Fritextsökning i beslut, remisser, NHV-tillstånd och arbetsfördelningsbeslut, som <code>samreg search</code>: \
                    varje ord måste finnas; avsluta ett ord med * för att söka på början.</p>
                    <form id="search-form" method="get" action="/sok"><label for="search-q">Sök efter</label>
                    <input id="search-q" name="q" value="\(HTML.esc(text))"> <button type="submit" id="search">Sök</button></form>
                    """
                if !text.isEmpty {
                    let include = session.account.role.confidentiality == .include
                    do {
                        let hits = try self.read { db in try Search.run(db, text: text, limit: 50, includeConfidential: include) }
                        out += HTML.table(caption: "Träffar (\(hits.count))", headings: ["Postslag", "Post", "Utdrag"], rows: hits.map { hit in
                            [HTML.esc(hit.family), "<a href=\"/\(HTML.esc(hit.family))/\(hit.id)\">\(HTML.esc(hit.title))</a>", HTML.esc(hit.snippet)]
                        }, id: "hits")
                    } catch let error as SamregError {
                        out += "<p class=\"error\" role=\"alert\">\(HTML.esc(error.description))</p>"
                    }
                }
                return Web.html(HTML.page(title: "Sök", session: session, content: out))
            }
        }
        router.get("/") { request, context in
            return try await self.sync {
                let session = try self.require(.reader, context)
                let publicOnly = session.account.role.confidentiality != .include
                let content = try self.withReader { registry in try registry.read { db -> String in
                    let today = registry.today
                    let due = try RemissQueries.open(db, asOf: today, within: 30, publicOnly: publicOnly)
                    let overdue = due.filter { $0.daysLeft < 0 }
                    let soon = due.filter { $0.daysLeft >= 0 }
                    func remissRows(_ list: [RemissSummary]) -> [[String]] {
                        list.map { r in
                            ["<a href=\"/\(Families.remiss.swedish.path)/\(r.id)\">\(HTML.esc(r.title))</a>", HTML.esc(r.sender), HTML.esc(r.deadline),
                             HTML.esc(String(r.daysLeft)), HTML.esc(Labels.of(r.status, Labels.remissStatus))]
                        }
                    }
                    let decisions = try DecisionQueries.decisions(db, period: Period(from: "1900-01-01", to: today), publicOnly: publicOnly)
                        .sorted { ($0.date, $0.id) > ($1.date, $1.id) }.prefix(10)
                    let progress = try PermitQueries.progress(db, asOf: today, publicOnly: publicOnly)
                    var out = "<p>Dagens läge per \(HTML.esc(today)).</p>"
                    out += HTML.table(caption: "Försenade remisser", headings: ["Remiss", "Avsändare", "Svar senast", "Dagar kvar", "Status"],
                                      rows: remissRows(overdue), id: "overdue")
                    out += HTML.table(caption: "Remisser att besvara inom 30 dagar", headings: ["Remiss", "Avsändare", "Svar senast", "Dagar kvar", "Status"],
                                      rows: remissRows(soon), id: "due")
                    out += HTML.table(caption: "Senaste beslut", headings: ["Datum", "Organ", "Paragraf", "Beslut", "Slag"],
                                      rows: decisions.map { d in
                                          [HTML.esc(d.date), HTML.esc(d.body), HTML.esc(d.paragraph ?? ""),
                                           "<a href=\"/\(Families.decision.swedish.path)/\(d.id)\">\(HTML.esc(d.title))</a>", HTML.esc(Labels.of(d.kind, Labels.decisionKind))]
                                      }, id: "decisions")
                    let goal = progress.goalMin.map { min in
                        progress.goalMax.map { max in max == min ? "\(min)" : "\(min)–\(max)" } ?? "\(min)"
                    } ?? "–"
                    out += """
                        <section id="permits"><h2>NHV-tillstånd mot målet</h2>
                        <p>\(HTML.esc(progress.holder)) har \(progress.held.count) tillstånd (mål: \(HTML.esc(goal))), varav \(progress.inOperation.count) i drift\
                        \(progress.missingToGoal.map { $0 > 0 ? "; \($0) kvar till målet" : "; målet är nått" } ?? "").</p></section>
                        """
                    return out
                } }
                return Web.html(HTML.page(title: "Start", session: session, content: content))
            }
        }
    }
}
