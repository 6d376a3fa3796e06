import Foundation
import SamregCore
import SamregStore
import SamregReports

/// The pages' HTML: every value from the registry or the request goes through `esc`.
enum HTML {
    /// Text escaped for an element's content or a quoted attribute value, controls shown as
    /// code points (the reports' escaping, `HTMLRenderer.escape`).
    static func esc(_ text: String) -> String {
        // Most text has nothing to escape: returned as it is. Bytes that may need escaping:
        // ASCII controls but TAB, LF, CR; & < > " ' DEL; and the first bytes of the bidi
        // controls' UTF-8 (U+061C: D8; U+200E–U+2069: E2).
        let plain = text.utf8.allSatisfy { b in
            b >= 0x20 ? !(b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0x7F || b == 0xD8 || b == 0xE2)
                : (b == 0x09 || b == 0x0A || b == 0x0D)
        }
        return plain ? text : escapeEveryCharacter(text)
    }

    /// `esc` without its shortcut: every character looked at.
    static func escapeEveryCharacter(_ text: String) -> String {
        HTMLRenderer.escape(text, showingControls: true)
    }

    /// A query-string component.
    static func url(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// The Content-Security-Policy of every page: nothing runs, styles and forms only from
    /// the server itself, no framing.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// A whole page: navigation by role, the logout form, `content`.
    static func page(title: String, session: WebSession?, content: String) -> String {
        var nav = ""
        if let session {
            let role = session.account.role
            var links: [(String, String)] = [("/", "Start"), ("/register", "Register")]
                + [Families.remiss, Families.decision, Families.permit].map { ("/\($0.swedish.path)", $0.swedish.plural) }
                + [("/sok", "Sök")]
            if role >= .analyst { links += [("/rapporter", "Rapporter"), ("/export", "Export"), ("/sql", "SQL")] }
            if role >= .registrator { links.append(("/import", "Import")) }
            if role >= .admin { links.append(("/konton", "Konton")) }
            nav = """
                <nav aria-label="Huvudmeny"><ul>\(links.map { "<li><a href=\"\($0.0)\">\(esc($0.1))</a></li>" }.joined())</ul>
                <form id="logout-form" method="post" action="/logout"><input type="hidden" name="csrf_token" value="\(esc(session.csrf))">
                <span class="who">\(esc(session.account.name)) (\(esc(role.label)))</span>
                <button type="submit" id="logout">Logga ut</button></form></nav>
                """
        }
        return """
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(esc(title)) – samreg</title>
            <link rel="stylesheet" href="/static/samreg.css">
            </head>
            <body>
            <a class="skip" href="#main">Till innehållet</a>
            <header><p class="brand">samreg · Sydöstra sjukvårdsregionen</p>\(nav)</header>
            <main id="main">
            <h1>\(esc(title))</h1>
            \(content)
            </main>
            </body>
            </html>

            """
    }

    /// The hidden field every posted form carries.
    static func csrfField(_ session: WebSession) -> String {
        "<input type=\"hidden\" name=\"csrf_token\" value=\"\(esc(session.csrf))\">"
    }

    /// A table with a caption; `rows` are already HTML.
    static func table(caption: String, headings: [String], rows: [[String]], id: String? = nil) -> String {
        if rows.isEmpty { return "<p class=\"empty\"><strong>\(esc(caption))</strong>: inga.</p>" }
        var out = "<table\(id.map { " id=\"\(esc($0))\"" } ?? "")><caption>\(esc(caption))</caption><thead><tr>"
        out += headings.map { "<th scope=\"col\">\(esc($0))</th>" }.joined()
        out += "</tr></thead><tbody>\n"
        for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
        return out + "</tbody></table>"
    }

    /// Text from the registry in a cell: escaped, line breaks kept.
    static func text(_ value: String) -> String {
        let escaped = esc(value)
        return escaped.utf8.contains(0x0A) ? escaped.replacingOccurrences(of: "\n", with: "<br>") : escaped
    }

    /// The stylesheet: readable, high contrast (WCAG AA), a visible focus ring, and print rules.
    static let stylesheet = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; margin: 0; line-height: 1.5; }
        header { background: #0b3d5c; color: #fff; padding: 0.5rem 1rem; }
        header a, header .who { color: #fff; }
        .brand { margin: 0; font-weight: bold; }
        nav ul { list-style: none; padding: 0; margin: 0.25rem 0; display: flex; flex-wrap: wrap; gap: 1rem; }
        nav form { display: inline; }
        main { padding: 1rem; max-width: 80rem; }
        a { color: #0a4f8a; }
        a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid #c75000; outline-offset: 2px; }
        .skip { position: absolute; left: -10000px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; color: #000; padding: 0.5rem; }
        table { border-collapse: collapse; margin: 1rem 0; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { border: 1px solid #8a8a8a; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #e8eef3; }
        label { display: block; font-weight: 600; margin-top: 0.5rem; }
        input, select, textarea { font: inherit; border: 1px solid #555; padding: 0.25rem; max-width: 100%; }
        textarea { width: 40rem; height: 8rem; }
        button { font: inherit; background: #0b3d5c; color: #fff; border: 1px solid #0b3d5c; padding: 0.3rem 0.8rem; cursor: pointer; }
        header button { background: #fff; color: #0b3d5c; }
        .error, .field-error { color: #a4000f; font-weight: 600; }
        .notice { background: #e6f4ea; border: 1px solid #1e6b34; padding: 0.5rem; }
        .hint { color: #444; font-size: 0.9rem; margin: 0; }
        fieldset { border: 1px solid #8a8a8a; margin: 1rem 0; }
        dl.record { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
        dl.record dt { font-weight: 600; }
        dl.record dd { margin: 0; }
        .pager a, .pager span { margin-right: 1rem; }
        @media print {
          header, nav, form, .pager, .skip, button { display: none !important; }
          body { color: #000; }
          a { color: #000; text-decoration: none; }
          main { max-width: none; padding: 0; }
          table { page-break-inside: auto; }
          tr { page-break-inside: avoid; }
        }

        """
}
