extension Templates {
    /// Minnesanteckningar in Markdown (`MinutesView`).
    static let minutesMD = #"""
        {{% CONTENT_TYPE: MARKDOWN}}
        # {{heading}}

        {{#facts}}
        **{{label}}:** {{value}}  
        {{/facts}}
        {{#attendance}}

        ## {{heading}}

        {{#names}}
        - {{.}}
        {{/names}}
        {{/attendance}}

        ## {{words.items}}
        {{#items}}

        {{number}}. **{{title}}**
        {{#notes}}

           {{.}}
        {{/notes}}
        {{#hasDecisions}}

           *{{words.decisions}}:*
        {{#decisions}}
           - {{.}}
        {{/decisions}}
        {{/hasDecisions}}
        {{/items}}
        {{#hasFollowUps}}

        ## {{words.followUps}}

        | {{agendaWords.activity}} | {{agendaWords.status}} | {{result}} |
        |---|---|---|
        {{#followUps}}
        | {{activity}} | {{status}} | {{text}} |
        {{/followUps}}
        {{/hasFollowUps}}
        {{#hasActions}}

        ## {{words.actions}}

        | {{agendaWords.actionColumn}} | {{agendaWords.responsible}} | {{agendaWords.dueColumn}} |
        |---|---|---|
        {{#actions}}
        | {{text}} | {{responsible}} | {{due}} |
        {{/actions}}
        {{/hasActions}}
        {{#hasDone}}

        ## {{words.done}}

        {{#done}}
        - {{text}} ({{id}})
        {{/done}}
        {{/hasDone}}

        ---

        *{{recordedBy}}*

        """#

    /// Minnesanteckningar as a printable HTML page (`MinutesView`).
    static let minutesHTML = #"""
        {{> page-start}}
        <title>{{heading}}</title>
        {{> page-style}}
        </head>
        <body>
        <main>
        <header>
        <h1>{{heading}}</h1>
        <dl class="facts">
        {{#facts}}
        <dt>{{label}}</dt><dd>{{value}}</dd>
        {{/facts}}
        </dl>
        </header>
        {{#attendance}}
        <section>
        <h2>{{heading}}</h2>
        <ul>
        {{#names}}
        <li>{{.}}</li>
        {{/names}}
        </ul>
        </section>
        {{/attendance}}
        <section>
        <h2>{{words.items}}</h2>
        <ol>
        {{#items}}
        <li><strong>{{title}}</strong>
        {{#notes}}
        <p>{{.}}</p>
        {{/notes}}
        {{#hasDecisions}}
        <p><em>{{words.decisions}}:</em></p>
        <ul>
        {{#decisions}}
        <li>{{.}}</li>
        {{/decisions}}
        </ul>
        {{/hasDecisions}}
        </li>
        {{/items}}
        </ol>
        </section>
        {{#hasFollowUps}}
        <section>
        <h2>{{words.followUps}}</h2>
        <table>
        <thead><tr><th>{{agendaWords.activity}}</th><th>{{agendaWords.status}}</th><th>{{result}}</th></tr></thead>
        <tbody>
        {{#followUps}}
        <tr><td>{{activity}}</td><td class="status">{{status}}</td><td>{{text}}</td></tr>
        {{/followUps}}
        </tbody>
        </table>
        </section>
        {{/hasFollowUps}}
        {{#hasActions}}
        <section>
        <h2>{{words.actions}}</h2>
        <table>
        <thead><tr><th>{{agendaWords.actionColumn}}</th><th>{{agendaWords.responsible}}</th><th>{{agendaWords.dueColumn}}</th></tr></thead>
        <tbody>
        {{#actions}}
        <tr><td>{{text}}</td><td>{{responsible}}</td><td>{{due}}</td></tr>
        {{/actions}}
        </tbody>
        </table>
        </section>
        {{/hasActions}}
        {{#hasDone}}
        <section>
        <h2>{{words.done}}</h2>
        <ul>
        {{#done}}
        <li>{{text}} ({{id}})</li>
        {{/done}}
        </ul>
        </section>
        {{/hasDone}}
        </main>
        <footer>{{recordedBy}}</footer>
        </body>
        </html>

        """#
}
