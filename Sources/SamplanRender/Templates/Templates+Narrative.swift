extension Templates {
    /// The yearly narrative report in Markdown (`NarrativeView`).
    static let narrativeMD = #"""
        {{% CONTENT_TYPE: MARKDOWN}}
        # {{title}}
        {{#background}}

        ## {{heading}}
        {{#paragraphs}}

        {{.}}
        {{/paragraphs}}
        {{#missing}}

        *{{.}}*
        {{/missing}}
        {{/background}}

        ## {{resultsHeading}}

        {{resultsIntro}}
        {{#bodies}}

        ### {{heading}}
        {{#hasParticipation}}

        {{participantsIntro}}

        {{#participation}}
        - {{.}}
        {{/participation}}
        {{/hasParticipation}}

        {{met}}

        {{#meetings}}
        - {{#cancelled}}~~{{when}}~~{{/cancelled}}{{^cancelled}}{{when}}{{/cancelled}}{{#note}} – {{.}}{{/note}}
        {{/meetings}}
        {{#steeredBy}}

        {{.}}
        {{/steeredBy}}
        {{#invited}}

        {{.}}
        {{/invited}}
        {{/bodies}}

        ### {{activitiesHeading}}

        {{activityCount}}

        | {{areaColumn}} | {{statusColumn}} |
        |---|---|
        {{#statuses}}
        | {{area}} | {{summary}} |
        {{/statuses}}
        {{#total}}
        | **{{area}}** | **{{summary}}** |
        {{/total}}
        {{#hasTold}}

        ### {{toldHeading}}
        {{#told}}

        #### {{title}}
        {{#parts}}

        **{{label}}:** {{first}}
        {{#rest}}

        {{.}}
        {{/rest}}
        {{/parts}}
        {{/told}}
        {{/hasTold}}
        {{#summary}}

        ## {{heading}}
        {{#paragraphs}}

        {{.}}
        {{/paragraphs}}
        {{#missing}}

        *{{.}}*
        {{/missing}}
        {{/summary}}
        {{#approval}}

        {{.}}
        {{/approval}}
        {{#appendix}}

        ## {{heading}}
        {{#note}}

        *{{.}}*
        {{/note}}
        {{#areas}}

        ### {{heading}}
        {{#goals}}

        #### {{heading}}

        | {{words.activity}} | {{words.result}} | {{words.done}} |
        |---|---|---|
        {{#rows}}
        | {{title}} | {{result}} | {{status}} |
        {{/rows}}
        {{/goals}}
        {{/areas}}
        {{^areas}}

        {{words.empty}}
        {{/areas}}
        {{/appendix}}

        """#

    /// The yearly narrative report as a printable HTML page (`NarrativeView`); with `word`, the page
    /// pandoc turns into a Word file (no `<h1>`: the `<title>` becomes the document's title).
    static let narrativeHTML = #"""
        {{> page-start}}
        <title>{{title}}</title>
        {{> page-style}}
        </head>
        <body>
        <main>
        {{^word}}
        <h1>{{title}}</h1>
        {{/word}}
        {{#background}}
        <section>
        <h2>{{heading}}</h2>
        {{#paragraphs}}
        <p>{{.}}</p>
        {{/paragraphs}}
        {{#missing}}
        <p class="note">{{.}}</p>
        {{/missing}}
        </section>
        {{/background}}
        <section>
        <h2>{{resultsHeading}}</h2>
        <p>{{resultsIntro}}</p>
        {{#bodies}}
        <h3>{{heading}}</h3>
        {{#hasParticipation}}
        <p>{{participantsIntro}}</p>
        <ul>
        {{#participation}}
        <li>{{.}}</li>
        {{/participation}}
        </ul>
        {{/hasParticipation}}
        <p>{{met}}</p>
        <ul class="meetings">
        {{#meetings}}
        <li>{{#cancelled}}<del>{{when}}</del>{{/cancelled}}{{^cancelled}}{{when}}{{/cancelled}}{{#note}} – {{.}}{{/note}}</li>
        {{/meetings}}
        </ul>
        {{#steeredBy}}
        <p>{{.}}</p>
        {{/steeredBy}}
        {{#invited}}
        <p>{{.}}</p>
        {{/invited}}
        {{/bodies}}
        <h3>{{activitiesHeading}}</h3>
        <p>{{activityCount}}</p>
        <table class="statuses">
        <thead><tr><th>{{areaColumn}}</th><th>{{statusColumn}}</th></tr></thead>
        <tbody>
        {{#statuses}}
        <tr><td>{{area}}</td><td>{{summary}}</td></tr>
        {{/statuses}}
        {{#total}}
        <tr><td><strong>{{area}}</strong></td><td><strong>{{summary}}</strong></td></tr>
        {{/total}}
        </tbody>
        </table>
        {{#hasTold}}
        <h3>{{toldHeading}}</h3>
        {{#told}}
        <h4>{{title}}</h4>
        {{#parts}}
        <p><strong>{{label}}:</strong> {{first}}</p>
        {{#rest}}
        <p>{{.}}</p>
        {{/rest}}
        {{/parts}}
        {{/told}}
        {{/hasTold}}
        </section>
        {{#summary}}
        <section>
        <h2>{{heading}}</h2>
        {{#paragraphs}}
        <p>{{.}}</p>
        {{/paragraphs}}
        {{#missing}}
        <p class="note">{{.}}</p>
        {{/missing}}
        </section>
        {{/summary}}
        {{#approval}}
        <p class="approval">{{.}}</p>
        {{/approval}}
        {{#appendix}}
        <section class="appendix">
        <h2>{{heading}}</h2>
        {{#note}}
        <p class="note">{{.}}</p>
        {{/note}}
        {{#areas}}
        <h3>{{heading}}</h3>
        {{#goals}}
        <h4>{{heading}}</h4>
        {{> followup-table}}
        {{/goals}}
        {{/areas}}
        {{^areas}}
        <p>{{words.empty}}</p>
        {{/areas}}
        </section>
        {{/appendix}}
        </main>
        </body>
        </html>

        """#
}
