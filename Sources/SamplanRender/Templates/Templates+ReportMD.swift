extension Templates {
    /// The yearly follow-up report in Markdown (`ReportView`).
    static let reportMD = #"""
        {{% CONTENT_TYPE: MARKDOWN}}
        # {{heading}}

        {{organization}}
        {{#note}}

        *{{.}}*
        {{/note}}
        {{#areas}}

        ## {{heading}}
        {{#goals}}

        ### {{heading}}

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

        """#
}
