extension Templates {
    /// An agenda draft in Markdown (`AgendaView`).
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
        | {{words.goal}} | {{words.activity}} | {{words.responsible}} | {{words.status}} | {{words.latestFollowUp}} |
        |---|---|---|---|---|
        {{#rows}}
        | {{goal}} | {{title}} | {{responsible}} | {{status}} | {{followUp}} |
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

        ## {{words.lacking}}

        {{#lacking}}
        - **{{title}}** ({{goal}}): {{reasons}}
        {{/lacking}}
        {{^lacking}}
        {{words.noneLacking}}
        {{/lacking}}
        {{#nextMeeting}}

        ## {{words.next}}

        {{.}}
        {{/nextMeeting}}

        ---

        *{{footer}}*

        """#
}
