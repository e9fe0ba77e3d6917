extension Templates {
    /// The yearly follow-up report as a printable HTML page (`ReportView`); with `word`, the page pandoc turns
    /// into a Word file (no `<h1>`: the `<title>` becomes the document's title).
    static let reportHTML = #"""
        {{> page-start}}
        <title>{{heading}}{{^word}} – {{organization}}{{/word}}</title>
        {{> page-style}}
        </head>
        <body>
        <main>
        {{^word}}
        <h1>{{heading}}</h1>
        {{/word}}
        <p class="subtitle">{{organization}}</p>
        {{#note}}
        <p class="note">{{.}}</p>
        {{/note}}
        {{#areas}}
        <section>
        <h2>{{heading}}</h2>
        {{#goals}}
        <h3>{{heading}}</h3>
        {{> followup-table}}
        {{/goals}}
        </section>
        {{/areas}}
        {{^areas}}
        <p>{{words.empty}}</p>
        {{/areas}}
        </main>
        </body>
        </html>

        """#

    /// One delmål's table of Bilaga 1 (Aktivitet | Resultat | Klar?), shared by the report and the
    /// berättelse's appendix.
    static let followUpTable = #"""
        <table class="followup">
        <thead><tr><th>{{words.activity}}</th><th>{{words.result}}</th><th>{{words.done}}</th></tr></thead>
        <tbody>
        {{#rows}}
        <tr><td>{{title}}</td><td>{{result}}</td><td class="status">{{status}}</td></tr>
        {{/rows}}
        </tbody>
        </table>

        """#
}
