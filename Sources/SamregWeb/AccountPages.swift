import Foundation
import Hummingbird
import SamregCore
import SamregStore

/// Accounts, for admins: list, add, change role or password, end.
extension Web {
    func registerAccounts(_ router: Router<WebContext>) {
        router.get("/konton") { _, context in
            return try await self.sync {
                let session = try self.require(.admin, context)
                return try self.accountsPage(context, session, message: nil, status: .ok)
            }
        }
        router.post("/konton") { request, context in
            let session = try self.require(.admin, context)
            let form = try await self.postedForm(request, session)
            return try await self.sync {
                let name = (form["username"] ?? "").trimmingCharacters(in: .whitespaces)
                do {
                    let path = self.options.databasePath, today = try self.today(), admin = session.account.name
                    let action = form["action"] ?? ""
                    guard ["add", "update", "end"].contains(action) else { throw PageError(.badRequest, "Okänd åtgärd.") }
                    if action == "end" && name == admin { throw SamregError("you cannot end your own account") }
                    let role = try (form["role"] ?? "").isEmpty ? nil : Accounts.role(form["role"]!)
                    let password = (form["password"] ?? "").isEmpty ? nil : form["password"]
                    // bcrypt, like every handler's database work, runs off the cooperative threads (`sync`).
                    let registry = try Registry(path: path, mode: .readWrite, actor: admin, today: today)
                    try registry.write { db in
                        switch action {
                        case "add":
                            guard let role else { throw SamregError("choose a role") }
                            _ = try Accounts.add(db, name: name, role: role, password: password ?? "", by: admin)
                        case "update":
                            try Accounts.update(db, name: name, role: role, password: password, by: admin)
                        default:
                            try Accounts.end(db, name: name, on: today, by: admin)
                        }
                    }
                    return Web.redirect("/konton")
                } catch let error as PageError {
                    throw error
                } catch {
                    return try self.accountsPage(context, session, message: Web.message(error), status: .unprocessableContent)
                }
            }
        }
    }

    func accountsPage(_ context: WebContext, _ session: WebSession, message: String?, status: HTTPResponse.Status) throws -> Response {
        let accounts = try read { db in try Accounts.list(db) }
        var out = message.map { "<p class=\"error\" role=\"alert\" id=\"account-error\">\(HTML.esc($0))</p>" } ?? ""
        out += HTML.table(caption: "Konton", headings: ["Namn", "Roll", "Avslutat"], rows: accounts.map {
            [HTML.esc($0.name), HTML.esc($0.role.rawValue), HTML.esc($0.endedOn ?? "")]
        }, id: "accounts")
        let roles = Role.allCases.map { "<option value=\"\($0.rawValue)\">\(HTML.esc($0.label)) (\($0.rawValue))</option>" }.joined()
        out += """
            <form id="account-add" method="post" action="/konton">\(HTML.csrfField(session))<input type="hidden" name="action" value="add">
            <fieldset><legend>Nytt konto</legend>
            <label for="add-username">Användarnamn</label><input id="add-username" name="username" autocomplete="off">
            <label for="add-role">Roll</label><select id="add-role" name="role">\(roles)</select>
            <label for="add-password">Lösenord (minst 10 tecken)</label><input id="add-password" name="password" type="password" autocomplete="new-password">
            <p><button type="submit">Lägg till</button></p></fieldset></form>
            <form id="account-update" method="post" action="/konton">\(HTML.csrfField(session))<input type="hidden" name="action" value="update">
            <fieldset><legend>Ändra konto</legend>
            <label for="update-username">Användarnamn</label><input id="update-username" name="username" autocomplete="off">
            <label for="update-role">Ny roll</label><select id="update-role" name="role"><option value="">oförändrad</option>\(roles)</select>
            <label for="update-password">Nytt lösenord (tomt: oförändrat)</label><input id="update-password" name="password" type="password" autocomplete="new-password">
            <p><button type="submit">Ändra</button></p></fieldset></form>
            <form id="account-end" method="post" action="/konton">\(HTML.csrfField(session))<input type="hidden" name="action" value="end">
            <fieldset><legend>Avsluta konto</legend>
            <label for="end-username">Användarnamn</label><input id="end-username" name="username" autocomplete="off">
            <p><button type="submit">Avsluta</button></p></fieldset></form>
            """
        return Web.html(HTML.page(title: "Konton", session: session, content: out), status: status)
    }
}
