extension Templates {
    /// An agenda as a printable HTML page (`AgendaView`): the strategist's draft, or without the `draft` parts the public agenda.
    static let agendaHTML = #"""
        {{> page-start}}
        <title>{{heading}}</title>
        {{> page-style}}
        </head>
        <body>
        <main>
        <header>
        <h1>{{heading}}</h1>
        {{#cancelled}}
        <p class="note">{{.}}</p>
        {{/cancelled}}
        <dl class="facts">
        {{#facts}}
        <dt>{{label}}</dt><dd>{{value}}</dd>
        {{/facts}}
        </dl>
        </header>
        <section>
        <h2>{{words.items}}</h2>
        <table>
        <thead><tr><th class="time">{{words.time}}</th><th>{{words.item}}</th></tr></thead>
        <tbody>
        {{#items}}
        <tr><td class="time">{{time}}</td><td>{{number}}. {{title}}</td></tr>
        {{/items}}
        </tbody>
        </table>
        {{#overrun}}
        <p class="note">{{.}}</p>
        {{/overrun}}
        </section>
        {{#focus}}
        <section>
        <h2>{{heading}}</h2>
        <ul>
        {{#goals}}
        <li>{{label}}</li>
        {{/goals}}
        </ul>
        {{#hasActivities}}
        <table>
        <thead><tr><th>{{words.goal}}</th><th>{{words.activity}}</th>{{#draft}}<th>{{words.responsible}}</th>{{/draft}}<th>{{words.status}}</th>{{#draft}}<th>{{words.latestFollowUp}}</th>{{/draft}}</tr></thead>
        <tbody>
        {{#rows}}
        <tr><td>{{goal}}</td><td>{{title}}</td>{{#draft}}<td>{{responsible}}</td>{{/draft}}<td class="status">{{status}}</td>{{#draft}}<td>{{followUp}}</td>{{/draft}}</tr>
        {{/rows}}
        </tbody>
        </table>
        {{/hasActivities}}
        {{^hasActivities}}
        <p>{{words.noActivities}}</p>
        {{/hasActivities}}
        </section>
        {{/focus}}
        {{#hasPresentations}}
        <section>
        <h2>{{words.presenters}}</h2>
        <table>
        <thead><tr><th class="time">{{words.time}}</th><th>{{words.presenter}}</th><th>{{words.topic}}</th></tr></thead>
        <tbody>
        {{#presentations}}
        <tr><td class="time">{{time}}</td><td>{{presenter}}</td><td>{{topic}}</td></tr>
        {{/presentations}}
        </tbody>
        </table>
        </section>
        {{/hasPresentations}}
        {{#draft}}
        <section>
        <h2>{{words.lacking}}</h2>
        {{#missingList}}
        <p class="note">{{.}}</p>
        {{/missingList}}
        {{#hasLacking}}
        <table>
        <thead><tr><th>{{words.activity}}</th><th>{{words.goal}}</th><th>{{words.responsible}}</th><th>{{words.reasons}}</th></tr></thead>
        <tbody>
        {{#lacking}}
        <tr><td>{{title}}</td><td>{{goal}}</td><td>{{who}}</td><td>{{reasons}}</td></tr>
        {{/lacking}}
        </tbody>
        </table>
        {{/hasLacking}}
        {{^hasLacking}}
        {{^missingList}}
        <p>{{words.noneLacking}}</p>
        {{/missingList}}
        {{/hasLacking}}
        </section>
        {{#hasOpenActions}}
        <section>
        <h2>{{words.openActions}}</h2>
        <table>
        <thead><tr><th>{{words.actionColumn}}</th><th>{{words.responsible}}</th><th>{{words.dueColumn}}</th><th>{{words.fromMeeting}}</th></tr></thead>
        <tbody>
        {{#openActions}}
        <tr><td>{{text}}</td><td>{{responsible}}</td><td>{{due}}</td><td>{{agreedAt}}</td></tr>
        {{/openActions}}
        </tbody>
        </table>
        </section>
        {{/hasOpenActions}}
        {{/draft}}
        {{#nextMeeting}}
        <section>
        <h2>{{words.next}}</h2>
        <p>{{.}}</p>
        </section>
        {{/nextMeeting}}
        </main>
        <footer>{{footer}}</footer>
        </body>
        </html>

        """#
}
