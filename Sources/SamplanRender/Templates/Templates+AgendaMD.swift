extension Templates {
    /// An agenda in Markdown (`AgendaView`): the strategist's draft, or without the `draft` parts the public agenda.
    static let agendaMD = #"""
        {{% CONTENT_TYPE: MARKDOWN}}
        # {{heading}}

        {{#cancelled}}
        **{{.}}**

        {{/cancelled}}
        {{#facts}}
        **{{label}}:** {{value}}  
        {{/facts}}

        ## {{words.items}}

        {{#items}}
        {{number}}. {{time}} {{title}}
        {{/items}}
        {{#overrun}}

        **{{.}}**
        {{/overrun}}
        {{#focus}}

        ## {{heading}}

        {{#goals}}
        - {{label}}
        {{/goals}}

        {{#hasActivities}}
        | {{words.goal}} | {{words.activity}} |{{#draft}} {{words.responsible}} |{{/draft}} {{words.status}} |{{#draft}} {{words.latestFollowUp}} |{{/draft}}
        |---|---|{{#draft}}---|{{/draft}}---|{{#draft}}---|{{/draft}}
        {{#rows}}
        | {{goal}} | {{title}} |{{#draft}} {{responsible}} |{{/draft}} {{status}} |{{#draft}} {{followUp}} |{{/draft}}
        {{/rows}}
        {{/hasActivities}}
        {{^hasActivities}}
        {{words.noActivities}}
        {{/hasActivities}}
        {{/focus}}
        {{#hasPresentations}}

        ## {{words.presenters}}

        | {{words.time}} | {{words.presenter}} | {{words.topic}} |
        |---|---|---|
        {{#presentations}}
        | {{time}} | {{presenter}} | {{topic}} |
        {{/presentations}}
        {{/hasPresentations}}
        {{#draft}}

        ## {{words.lacking}}

        {{#missingList}}
        *{{.}}*

        {{/missingList}}
        {{#lacking}}
        - **{{title}}** ({{goal}}; {{words.responsible}}: {{who}}): {{reasons}}
        {{/lacking}}
        {{^hasLacking}}
        {{^missingList}}
        {{words.noneLacking}}
        {{/missingList}}
        {{/hasLacking}}
        {{#hasOpenActions}}

        ## {{words.openActions}}

        | {{words.actionColumn}} | {{words.responsible}} | {{words.dueColumn}} | {{words.fromMeeting}} |
        |---|---|---|---|
        {{#openActions}}
        | {{text}} | {{responsible}} | {{due}} | {{agreedAt}} |
        {{/openActions}}
        {{/hasOpenActions}}
        {{/draft}}
        {{#nextMeeting}}

        ## {{words.next}}

        {{.}}
        {{/nextMeeting}}

        ---

        *{{footer}}*

        """#
}
